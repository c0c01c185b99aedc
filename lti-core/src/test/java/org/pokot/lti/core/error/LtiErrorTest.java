package org.pokot.lti.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LtiErrorTest {

    /** RFC 6749 §4.1.2.1 and §5.2, RFC 6750 §3.1, OpenID Connect Core §3.1.2.6. */
    private static final Set<String> WIRE_CODES = Set.of("invalid_request", "unauthorized_client", "access_denied",
            "unsupported_response_type", "invalid_scope", "server_error", "temporarily_unavailable", "invalid_client",
            "invalid_grant", "unsupported_grant_type", "invalid_token", "insufficient_scope", "interaction_required",
            "login_required", "account_selection_required", "consent_required", "invalid_request_uri",
            "invalid_request_object", "request_not_supported", "request_uri_not_supported",
            "registration_not_supported");

    @Test
    void codeWhenListedThenUniqueKebabCaseOfTheName() {
        assertThat(Arrays.stream(LtiError.values()).map(LtiError::code)).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(LtiError.NONCE_REPLAYED.code()).isEqualTo("nonce-replayed");
    }

    @ParameterizedTest
    @EnumSource(LtiError.class)
    void specUriWhenReadThenAnHttpsLinkToASpecification(LtiError error) {
        assertThat(error.specUri()).startsWith("https://");
        assertThat(java.net.URI.create(error.specUri()).getHost()).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(LtiError.class)
    void httpStatusWhenReadThenClientOrServerError(LtiError error) {
        assertThat(error.httpStatus()).isBetween(400, 599);
    }

    @ParameterizedTest
    @EnumSource(LtiError.class)
    void wireCodeAndDescriptionWhenReadThenOAuthCodeAndASentence(LtiError error) {
        assertThat(error.wireCode()).isIn(WIRE_CODES);
        assertThat(error.description()).isNotBlank().endsWith(".");
    }

    @Test
    void httpStatusWhenPlatformSideFailureThenFiveHundreds() {
        assertThat(LtiError.JWKS_UNAVAILABLE.httpStatus()).isGreaterThanOrEqualTo(500);
        assertThat(LtiError.PLATFORM_SERVICE_ERROR.httpStatus()).isGreaterThanOrEqualTo(500);
        assertThat(LtiError.ID_TOKEN_SIGNATURE_INVALID.httpStatus()).isBetween(400, 499);
    }

    @Test
    void exceptionWhenCreatedThenCarriesErrorDetailAndCause() {
        IllegalStateException cause = new IllegalStateException("boom");
        LtiException ex = new LtiException(LtiError.STATE_UNKNOWN, "no such state", cause);

        assertThat(ex.error()).isEqualTo(LtiError.STATE_UNKNOWN);
        assertThat(ex.detail()).isEqualTo("no such state");
        assertThat(ex.getCause()).isSameAs(cause);
        assertThat(new LtiException(LtiError.STATE_UNKNOWN, "x").getCause()).isNull();
        assertThatNullPointerException().isThrownBy(() -> new LtiException(null, "x"));
    }
}
