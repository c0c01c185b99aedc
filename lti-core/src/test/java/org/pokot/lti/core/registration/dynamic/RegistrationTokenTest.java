package org.pokot.lti.core.registration.dynamic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.pokot.lti.core.testing.MoodleCaptures;

class RegistrationTokenTest {

    static final String MOODLE_NEW = (String) MoodleCaptures.json("registration/02_initiation_query_params.json")
            .get("registration_token");
    static final String MOODLE_UPDATE = updateToken();

    @Test
    void ofWhenMoodleNewRegistrationTokenThenScopeRegAndSubjectTheComingClientId() {
        RegistrationToken token = RegistrationToken.of(MOODLE_NEW);

        assertThat(token.scopes()).containsExactly("reg");
        assertThat(token.subject()).contains("D7tMxo9hH2hgnir");
        assertThat(token.expiresAt()).contains(Instant.ofEpochSecond(1796153562));
        assertThat(token.isUpdate()).isFalse();
        assertThat(token.updatedToolId()).isEmpty();
    }

    @Test
    void ofWhenMoodleUpdateTokenThenUpdateOfTheToolTypeItNames() {
        RegistrationToken token = RegistrationToken.of(MOODLE_UPDATE);

        assertThat(token.isUpdate()).isTrue();
        assertThat(token.updatedToolId()).contains("2");
    }

    @Test
    void ofWhenOpaqueTokenThenAcceptedWithoutHints() {
        RegistrationToken token = RegistrationToken.of("b3BhcXVlLXRva2Vu");

        assertThat(token.scopes()).isEmpty();
        assertThat(token.subject()).isEmpty();
        assertThat(token.expiresAt()).isEmpty();
        assertThat(token.authorizationHeader()).isEqualTo("Bearer b3BhcXVlLXRva2Vu");
    }

    @Test
    void ofWhenNotBearerTokenCharactersThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> RegistrationToken.of("a b"));
        assertThatIllegalArgumentException().isThrownBy(() -> RegistrationToken.of("a\r\nX-Injected: 1"));
        assertThatIllegalArgumentException().isThrownBy(() -> RegistrationToken.of(""));
    }

    @Test
    void toStringWhenPrintedThenNeverTheToken() {
        RegistrationToken token = RegistrationToken.of(MOODLE_NEW);

        assertThat(token.toString()).doesNotContain(MOODLE_NEW).doesNotContain(MOODLE_NEW.substring(0, 20))
                .isEqualTo("RegistrationToken[scope=reg]");
    }

    private static String updateToken() {
        Object params = MoodleCaptures.json("registration/update/03_initiation_request.json").get("query_params");
        return ((java.util.List<?>) params).stream().map(p -> (java.util.List<?>) p)
                .filter(p -> p.get(0).equals("registration_token")).map(p -> (String) p.get(1)).findFirst()
                .orElseThrow();
    }
}
