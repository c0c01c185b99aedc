package org.pokot.lti.core.registration.dynamic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pokot.lti.core.testing.MoodleCaptures;

/** OpenID configurations for tests: Moodle's capture as it is, or one shaped like it for another issuer. */
final class TestConfigurations {

    static final String MOODLE_CONFIGURATION_URL = "http://127.0.0.1:8081/mod/lti/openid-configuration.php";

    private TestConfigurations() {
    }

    static Map<String, Object> moodle() {
        return MoodleCaptures.json("registration/04_openid_configuration.json");
    }

    /** A configuration of a platform at {@code issuer}, with Moodle's paths and platform claim. */
    static Map<String, Object> at(String issuer) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("issuer", issuer);
        json.put("authorization_endpoint", issuer + "/mod/lti/auth.php");
        json.put("token_endpoint", issuer + "/mod/lti/token.php");
        json.put("jwks_uri", issuer + "/mod/lti/certs.php");
        json.put("registration_endpoint", issuer + "/mod/lti/openid-registration.php");
        json.put(LtiPlatformConfiguration.CLAIM, Map.of("product_family_code", "moodle", "version", "5.0.6+",
                "messages_supported", List.of(Map.of("type", "LtiResourceLinkRequest"),
                        Map.of("type", "LtiDeepLinkingRequest", "placements", List.of("ContentArea")))));
        return json;
    }

    static Map<String, Object> without(Map<String, Object> json, String field) {
        Map<String, Object> copy = new LinkedHashMap<>(json);
        copy.remove(field);
        return copy;
    }

    static Map<String, Object> with(Map<String, Object> json, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(json);
        copy.put(field, value);
        return copy;
    }
}
