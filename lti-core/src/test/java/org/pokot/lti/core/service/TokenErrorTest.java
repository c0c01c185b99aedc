package org.pokot.lti.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pokot.lti.core.testing.LtiAssertions.assertLtiError;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.pokot.lti.core.error.LtiError;

class TokenErrorTest {

    @Test
    void fromJsonWhenWrittenByToJsonThenSameError() {
        TokenError error = new TokenError(LtiError.ACCESS_TOKEN_REJECTED, OptionalInt.of(400), "invalid_client",
                Optional.of("unknown client"), Optional.empty());

        assertThat(TokenError.fromJson(error.toJson(), 400)).isEqualTo(error);
        assertThat(error.toJson()).isEqualTo(Map.of("error", "invalid_client", "error_description", "unknown client"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "400, invalid_client, ACCESS_TOKEN_REJECTED",
            "401, invalid_client, ACCESS_TOKEN_REJECTED",
            "400, unauthorized_client, ACCESS_TOKEN_REJECTED",
            "400, invalid_grant, ACCESS_TOKEN_REJECTED",
            "400, Signature verification failed, ACCESS_TOKEN_REJECTED",
            "400, Expired token, ACCESS_TOKEN_REJECTED",
            "400, invalid_scope, SCOPE_NOT_GRANTED",
            "400, invalid_request, PLATFORM_SERVICE_ERROR",
            "400, unsupported_grant_type, PLATFORM_SERVICE_ERROR",
            "400, temporarily_unavailable, PLATFORM_SERVICE_UNAVAILABLE",
            "503, invalid_client, PLATFORM_SERVICE_UNAVAILABLE",
            "429, slow_down, PLATFORM_SERVICE_UNAVAILABLE"})
    void fromJsonWhenErrorCodeThenClassified(int status, String code, LtiError expected) {
        assertThat(TokenError.fromJson(Map.of("error", code), status).error()).isEqualTo(expected);
    }

    @Test
    void fromJsonWhenNoErrorCodeThenResponseInvalid() {
        assertLtiError(() -> TokenError.fromJson(Map.of("foo", "bar"), 400), LtiError.PLATFORM_SERVICE_RESPONSE_INVALID);
    }

    @Test
    void constructorWhenTextHasControlCharactersOrIsLongThenCleaned() {
        TokenError error = TokenError.ofCode(400, "line\none" + "x".repeat(500));

        assertThat(error.code()).doesNotContain("\n").hasSizeLessThanOrEqualTo(201);
    }
}
