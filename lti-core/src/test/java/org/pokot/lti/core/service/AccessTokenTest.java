package org.pokot.lti.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.pokot.lti.core.testing.LtiAssertions.assertLtiError;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.testing.TestClock;

class AccessTokenTest {

    private static final Instant T0 = TestClock.START;
    private static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    private static final String LINE_ITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void fromJsonWhenWrittenByToJsonThenSameToken() {
        AccessToken token = new AccessToken("abc", "Bearer", T0, T0.plusSeconds(3600), Set.of(SCORE, LINE_ITEM));

        assertThat(AccessToken.fromJson(token.toJson(), T0, Set.of(), FIVE_MINUTES)).isEqualTo(token);
        assertThat(token.toJson()).containsEntry("expires_in", 3600L).containsEntry("scope", LINE_ITEM + " " + SCORE);
    }

    @Test
    void fromJsonWhenScopeMissingThenTheRequestedScopesWereGranted() {
        AccessToken token = AccessToken.fromJson(Map.of("access_token", "abc", "expires_in", 60), T0,
                Set.of(SCORE), FIVE_MINUTES);

        assertThat(token.scopes()).containsExactly(SCORE);
        assertThat(token.tokenType()).isEqualTo("Bearer");
    }

    @Test
    void fromJsonWhenLenientFormsThenRead() {
        AccessToken token = AccessToken.fromJson(Map.of("access_token", "abc", "token_type", "bearer",
                "expires_in", "600", "scope", List.of(SCORE, LINE_ITEM)), T0, Set.of(), FIVE_MINUTES);

        assertThat(token.expiresAt()).isEqualTo(T0.plusSeconds(600));
        assertThat(token.scopes()).containsExactlyInAnyOrder(SCORE, LINE_ITEM);
    }

    @Test
    void fromJsonWhenNoExpiresInThenTheAssumedLifetime() {
        AccessToken token = AccessToken.fromJson(Map.of("access_token", "abc"), T0, Set.of(SCORE), FIVE_MINUTES);

        assertThat(token.expiresAt()).isEqualTo(T0.plus(FIVE_MINUTES));
    }

    @Test
    void fromJsonWhenTokenMissingOrNotBearerThenResponseInvalid() {
        assertLtiError(() -> AccessToken.fromJson(Map.of("token_type", "Bearer"), T0, Set.of(SCORE), FIVE_MINUTES),
                LtiError.PLATFORM_SERVICE_RESPONSE_INVALID);
        assertLtiError(() -> AccessToken.fromJson(Map.of("access_token", "abc", "token_type", "DPoP"), T0,
                Set.of(SCORE), FIVE_MINUTES), LtiError.PLATFORM_SERVICE_RESPONSE_INVALID);
        assertLtiError(() -> AccessToken.fromJson(Map.of("access_token", "abc", "expires_in", "soon"), T0,
                Set.of(SCORE), FIVE_MINUTES), LtiError.PLATFORM_SERVICE_RESPONSE_INVALID);
    }

    @Test
    void isFreshAtWhenLongLivedThenRenewedSixtySecondsBeforeExpiry() {
        AccessToken token = new AccessToken("abc", "Bearer", T0, T0.plusSeconds(3600), Set.of(SCORE));

        assertThat(token.isFreshAt(T0.plusSeconds(3539), Duration.ofSeconds(60))).isTrue();
        assertThat(token.isFreshAt(T0.plusSeconds(3540), Duration.ofSeconds(60))).isFalse();
    }

    @Test
    void isFreshAtWhenShortLivedThenRenewedATenthOfItsLifeBeforeExpiry() {
        AccessToken token = new AccessToken("abc", "Bearer", T0, T0.plusSeconds(120), Set.of(SCORE));

        assertThat(token.isFreshAt(T0.plusSeconds(107), Duration.ofSeconds(60))).isTrue();
        assertThat(token.isFreshAt(T0.plusSeconds(108), Duration.ofSeconds(60))).isFalse();
    }

    @Test
    void toStringWhenPrintedThenTheTokenValueIsRedacted() {
        AccessToken token = new AccessToken("very-secret-token", "Bearer", T0, T0.plusSeconds(60), Set.of(SCORE));

        assertThat(token.toString()).doesNotContain("very-secret-token").contains("<redacted>");
        assertThat(token.authorizationHeader()).isEqualTo("Bearer very-secret-token");
    }

    @Test
    void constructorWhenBlankValueThenRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AccessToken(" ", "Bearer", T0, T0, Set.of()));
    }
}
