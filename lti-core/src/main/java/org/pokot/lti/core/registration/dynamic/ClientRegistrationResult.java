package org.pokot.lti.core.registration.dynamic;

/** The platform's answer to a client registration: the registered client, or the reason it refused. */
public sealed interface ClientRegistrationResult permits ClientRegistrationResponse, ClientRegistrationError {
}
