package org.pokot.lti.core.launch;

import java.util.Optional;

/**
 * The form post of the platform's authentication response, plus the browser secret the tool found with it
 * (a cookie, or the frame's session storage).
 */
public record LaunchRequest(String idToken, String state, Optional<String> browserSecret) {

    public LaunchRequest {
        browserSecret = browserSecret == null ? Optional.empty() : browserSecret;
    }

    @Override
    public String toString() {
        return "LaunchRequest[state=" + state + "]";
    }
}
