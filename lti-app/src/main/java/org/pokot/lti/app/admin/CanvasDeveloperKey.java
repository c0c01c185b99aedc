package org.pokot.lti.app.admin;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.pokot.lti.core.ags.AgsScopes;

/**
 * The JSON that Canvas's "LTI Key" form takes under Method "Paste JSON". Content is added through deep linking
 * (link and assignment selection), so every placement sends an {@code LtiDeepLinkingRequest} to the launch URL.
 *
 * @see <a href="https://canvas.instructure.com/doc/api/file.lti_dev_key_config.html">Canvas LTI developer key configuration</a>
 */
record CanvasDeveloperKey(String title, String description,
                          @JsonProperty("oidc_initiation_url") String oidcInitiationUrl,
                          @JsonProperty("target_link_uri") String targetLinkUri,
                          @JsonProperty("public_jwk_url") String publicJwkUrl,
                          List<String> scopes, List<Extension> extensions) {

    static CanvasDeveloperKey of(ManualRegistrationValues values) {
        String launch = values.toolUrl().toString();
        List<Placement> placements = List.of(
                new Placement("link_selection", "LtiDeepLinkingRequest", launch, values.toolName()),
                new Placement("assignment_selection", "LtiDeepLinkingRequest", launch, values.toolName()));
        return new CanvasDeveloperKey(values.toolName(), "POKOT training modules, with grade passback",
                values.loginUrl().toString(), launch, values.jwksUrl().toString(),
                List.of(AgsScopes.LINE_ITEM, AgsScopes.LINE_ITEM_READ_ONLY, AgsScopes.RESULT_READ_ONLY, AgsScopes.SCORE),
                List.of(new Extension(values.domain(), "canvas.instructure.com", "name_only",
                        new Settings(values.toolName(), placements))));
    }

    record Extension(String domain, String platform, @JsonProperty("privacy_level") String privacyLevel,
                     Settings settings) {
    }

    record Settings(String text, List<Placement> placements) {
    }

    record Placement(String placement, @JsonProperty("message_type") String messageType,
                     @JsonProperty("target_link_uri") String targetLinkUri, String text) {
    }
}
