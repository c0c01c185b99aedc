package org.pokot.lti.app.testing;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.pokot.lti.core.launch.DeploymentAdmission;
import org.pokot.lti.core.launch.ValidatedLaunch;
import org.pokot.lti.core.message.LaunchClaims;
import org.pokot.lti.core.message.LtiMessage;
import org.pokot.lti.core.oidc.LoginInitiationRequest;
import org.pokot.lti.core.oidc.LoginState;
import org.pokot.lti.core.registration.DeploymentId;
import org.pokot.lti.core.registration.Issuer;
import org.pokot.lti.core.registration.PlatformRegistration;
import org.pokot.lti.core.testing.MoodleCaptures;

/** Launches as the validator hands them on, from Moodle's captured claims: for tests of what follows a launch. */
public final class ValidatedMoodleLaunches {

    private ValidatedMoodleLaunches() {
    }

    /** The message of a captured payload (or of one changed from it), for deployment {@code 1}. */
    public static LtiMessage message(Map<String, Object> claims) {
        return LaunchClaims.parseMessage(claims, new DeploymentId(MoodleCaptures.DEPLOYMENT_ID));
    }

    /** The message as it passed validation through the lab registration, with a fresh login state. */
    public static ValidatedLaunch of(LtiMessage message, DeploymentAdmission admission) {
        PlatformRegistration registration = MoodleCaptures.registration().build();
        Instant now = Instant.now();
        LoginState state = new LoginState("state", "nonce", registration.id(),
                new LoginInitiationRequest(new Issuer(MoodleCaptures.ISSUER), "2",
                        MoodleCaptures.TOOL_BASE.resolve("/lti/launch"), Optional.empty(), Optional.empty(),
                        Optional.empty()),
                LoginState.hash("browser"), now, now.plusSeconds(300));
        return new ValidatedLaunch(registration, message, state, admission);
    }
}
