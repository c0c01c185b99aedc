package org.pokot.lti.app.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import org.pokot.lti.app.registration.RegistrationsChanged;
import org.pokot.lti.app.testing.ValidatedMoodleLaunches;
import org.pokot.lti.core.launch.DeploymentAdmission;
import org.pokot.lti.core.launch.ValidatedLaunch;
import org.pokot.lti.core.message.LtiClaimNames;
import org.pokot.lti.core.message.ResourceLinkLaunch;
import org.pokot.lti.core.registration.RegistrationId;
import org.pokot.lti.core.testing.MoodleCaptures;
import org.pokot.lti.core.testing.TestClock;

/** Which launches write the link's row; the statements themselves run in the flow tests. */
class ResourceLinksTest {

    private final TestClock clock = TestClock.atStart();
    private final List<Object[]> writes = new ArrayList<>();
    private final ResourceLinks links = new ResourceLinks(new JdbcTemplate() {
        @Override
        public int update(String sql, Object... args) {
            writes.add(args);
            return 1; // the row exists: one UPDATE per write
        }
    }, clock);

    @Test
    void recordWhenLaunchedAgainUnchangedThenWrittenOncePerMinute() {
        links.record(launch(), link("Dummy LTI activity"));
        links.record(launch(), link("Dummy LTI activity"));
        clock.advance(Duration.ofSeconds(59));
        links.record(launch(), link("Dummy LTI activity"));
        assertThat(writes).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        links.record(launch(), link("Dummy LTI activity"));

        assertThat(writes).hasSize(2);
        assertThat(writes.get(1)[5]).isEqualTo(java.sql.Timestamp.from(clock.instant()));
    }

    @Test
    void recordWhenTheLinkIsDescribedDifferentlyThenWrittenAtOnce() {
        links.record(launch(), link("Dummy LTI activity"));
        links.record(launch(), link("Renamed activity"));
        links.record(launch(), link("Dummy LTI activity"));

        assertThat(writes).extracting(w -> w[0]).containsExactly("Dummy LTI activity", "Renamed activity",
                "Dummy LTI activity");
    }

    @Test
    void recordWhenARegistrationChangedThenWrittenAgain() {
        links.record(launch(), link("Dummy LTI activity"));
        links.onRegistrationChange(new RegistrationsChanged(new RegistrationId("reg-moodle")));
        links.record(launch(), link("Dummy LTI activity"));

        assertThat(writes).hasSize(2);
    }

    private static ValidatedLaunch launch() {
        return ValidatedMoodleLaunches.of(link("Dummy LTI activity"), DeploymentAdmission.REGISTERED);
    }

    @SuppressWarnings("unchecked")
    private static ResourceLinkLaunch link(String title) {
        Map<String, Object> claims = new java.util.HashMap<>(MoodleCaptures.json("launch/student-resource-link.payload.json"));
        Map<String, Object> link = new java.util.HashMap<>((Map<String, Object>) claims.get(LtiClaimNames.RESOURCE_LINK));
        link.put("title", title);
        claims.put(LtiClaimNames.RESOURCE_LINK, link);
        return (ResourceLinkLaunch) ValidatedMoodleLaunches.message(claims);
    }
}
