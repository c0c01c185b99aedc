package org.pokot.lti.app.launch;

import org.pokot.lti.core.message.LtiMessageType;
import org.pokot.lti.core.registration.RegistrationId;

/**
 * Published after each valid launch. {@code boundBy} says how the browser proved it started the login: which
 * cookie came back, or the frame's session storage.
 */
public record LaunchCompleted(RegistrationId registrationId, LtiMessageType messageType, BrowserBinding.Source boundBy) {
}
