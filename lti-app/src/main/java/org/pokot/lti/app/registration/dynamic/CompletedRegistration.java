package org.pokot.lti.app.registration.dynamic;

import org.pokot.lti.core.registration.PlatformRegistration;

/**
 * A registration the platform accepted and the tool stored.
 *
 * @param updated the tool already had this client and updated it, rather than adding a registration
 */
record CompletedRegistration(PlatformRegistration registration, boolean updated) {
}
