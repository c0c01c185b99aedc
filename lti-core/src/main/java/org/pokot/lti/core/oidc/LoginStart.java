package org.pokot.lti.core.oidc;

import java.util.Objects;

/**
 * The outcome of a valid login initiation: where to send the browser, and the secret that binds the state to that
 * browser (set by the caller as a cookie, or in the frame's session storage). The secret is not stored anywhere.
 */
public record LoginStart(AuthenticationRequest authenticationRequest, LoginState state, String browserSecret) {

    public LoginStart {
        Objects.requireNonNull(authenticationRequest, "authenticationRequest");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(browserSecret, "browserSecret");
    }

    @Override
    public String toString() {
        return "LoginStart[state=" + state.state() + "]";
    }
}
