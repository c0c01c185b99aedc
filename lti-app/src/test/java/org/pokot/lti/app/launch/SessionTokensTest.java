package org.pokot.lti.app.launch;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import org.pokot.lti.app.testing.AppPort;
import org.pokot.lti.app.testing.LtiAppTest;
import org.pokot.lti.app.testing.ValidatedMoodleLaunches;
import org.pokot.lti.core.launch.DeploymentAdmission;
import org.pokot.lti.core.launch.ValidatedLaunch;
import org.pokot.lti.core.testing.MoodleCaptures;

/**
 * The launch's first page reads the session token from what {@link SessionTokens#issue} returns, every later page
 * from what the resource server decodes: the two must be the same.
 */
@LtiAppTest
class SessionTokensTest extends AppPort {

    @Autowired
    SessionTokens tokens;
    @Autowired
    JwtDecoder sessionTokenDecoder;

    @Test
    void issueWhenResourceLinkLaunchThenClaimsAreWhatTheDecoderReads() {
        Jwt issued = tokens.issue(launchOf("launch/student-resource-link.payload.json", DeploymentAdmission.REGISTERED));

        assertReadsAlike(issued);
        assertThat(issued.getClaimAsString(SessionClaims.NAME)).isNotBlank();
        assertThat(issued.getClaimAsStringList(SessionClaims.ROLES)).isNotEmpty();
    }

    @Test
    void issueWhenDeepLinkingRequestFromUnconfirmedDeploymentThenClaimsAreWhatTheDecoderReads() {
        Jwt issued = tokens.issue(launchOf("deeplinking/teacher-request.payload.json",
                DeploymentAdmission.RECORDED_UNCONFIRMED));

        assertReadsAlike(issued);
        assertThat(issued.getClaimAsMap(SessionClaims.DEEP_LINKING)).containsKey("return_url");
        assertThat(issued.getClaimAsBoolean(SessionClaims.UNCONFIRMED_DEPLOYMENT)).isTrue();
    }

    private void assertReadsAlike(Jwt issued) {
        Jwt decoded = sessionTokenDecoder.decode(issued.getTokenValue());
        assertThat(issued.getClaims()).isEqualTo(decoded.getClaims());
        assertThat(issued.getHeaders()).isEqualTo(decoded.getHeaders());
        assertThat(issued.getIssuedAt()).isEqualTo(decoded.getIssuedAt());
        assertThat(issued.getExpiresAt()).isEqualTo(decoded.getExpiresAt());
    }

    private static ValidatedLaunch launchOf(String capture, DeploymentAdmission admission) {
        return ValidatedMoodleLaunches.of(ValidatedMoodleLaunches.message(MoodleCaptures.json(capture)), admission);
    }
}
