package org.pokot.lti.app.registration;

import org.pokot.lti.core.registration.RegistrationId;

/** Published after a registration is written, so that caches of registration data (frame ancestors) refresh. */
public record RegistrationsChanged(RegistrationId id) {
}
