package org.pokot.lti.core.launch;

import java.util.Objects;

import org.pokot.lti.core.message.LtiMessage;
import org.pokot.lti.core.oidc.LoginState;
import org.pokot.lti.core.registration.PlatformRegistration;

/** A launch that passed every check: the registration it came through and the typed message. */
public record ValidatedLaunch(PlatformRegistration registration, LtiMessage message, LoginState loginState,
                              DeploymentAdmission admission) {

    public ValidatedLaunch {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(loginState, "loginState");
        Objects.requireNonNull(admission, "admission");
    }
}
