package org.pokot.lti.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.pokot.lti.core.error.LtiError;

/** The {@link LtiError} constants of the platform services: wire code, status and spec clause. */
class PlatformServiceErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ACCESS_TOKEN_REJECTED, invalid_client, 502, https://www.imsglobal.org/spec/security/v1p0/#using-json-web-tokens-with-oauth-2-0-client-credentials-grant",
            "SCOPE_NOT_GRANTED, invalid_scope, 502, https://www.imsglobal.org/spec/lti-ags/v2p0/#line-item-service-scope-and-allowed-http-methods",
            "PLATFORM_SERVICE_UNAUTHORIZED, invalid_token, 502, https://www.imsglobal.org/spec/security/v1p0/#securing_web_services",
            "PLATFORM_SERVICE_REFUSED, invalid_request, 502, https://www.imsglobal.org/spec/lti-ags/v2p0/",
            "PLATFORM_SERVICE_CONFLICT, invalid_request, 409, https://www.imsglobal.org/spec/lti-ags/v2p0/#score-publish-service",
            "PLATFORM_SERVICE_UNAVAILABLE, temporarily_unavailable, 503, https://www.imsglobal.org/spec/security/v1p0/#securing_web_services",
            "PLATFORM_SERVICE_RESPONSE_INVALID, server_error, 502, https://www.imsglobal.org/spec/lti-ags/v2p0/"})
    void constantWhenDefinedThenCarriesWireCodeStatusAndSpec(LtiError error, String wireCode, int status, String spec) {
        assertThat(error.wireCode()).isEqualTo(wireCode);
        assertThat(error.httpStatus()).isEqualTo(status);
        assertThat(error.specUri()).isEqualTo(spec);
        assertThat(error.description()).isNotBlank();
    }
}
