package org.pokot.lti.core.registration.dynamic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.pokot.lti.core.oidc.ToolUrls;
import org.pokot.lti.core.testing.MoodleCaptures;

class ClientRegistrationRequestTest {

    static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/scope/";
    static final ToolUrls CAPTURED_TOOL = ToolUrls.under(URI.create("http://127.0.0.1:9091"));
    static final ToolRegistrationProfile PROFILE = ToolRegistrationProfile.defaults("POKOT micro-credentials",
            "POKOT modules", Optional.of(URI.create("http://127.0.0.1:9091/img/logo.svg")));

    @Test
    void toJsonWhenTheCapturedRequestsValuesThenExactlyTheBodyMoodleAccepted() {
        LtiToolConfiguration lti = new LtiToolConfiguration("127.0.0.1:9091",
                URI.create("http://127.0.0.1:9091/lti/launch"),
                "Loopback dummy tool registered via LTI Dynamic Registration",
                Map.of("dr_param", "hello", "dr_ctx", "$Context.id"),
                List.of("iss", "sub", "name", "given_name", "family_name", "email", "locale"),
                List.of(new LtiToolMessage("LtiResourceLinkRequest", URI.create("http://127.0.0.1:9091/lti/launch/resource"),
                                "Dummy DR resource", List.of("ContentArea")),
                        new LtiToolMessage("LtiDeepLinkingRequest", URI.create("http://127.0.0.1:9091/lti/launch/deeplink"),
                                "Add Dummy DR content", List.of("ContentArea"))));
        ClientRegistrationRequest request = new ClientRegistrationRequest("web", List.of("id_token"),
                List.of("implicit", "client_credentials"), CAPTURED_TOOL.loginUri(), List.of(CAPTURED_TOOL.launchUri()),
                "Dummy DR Tool", CAPTURED_TOOL.jwksUri(), Optional.of(URI.create("http://127.0.0.1:9091/logo.png")),
                "private_key_jwt", List.of(AGS + "lineitem", AGS + "lineitem.readonly", AGS + "result.readonly",
                        AGS + "score", ToolRegistrationProfile.NRPS_MEMBERSHIP_READ_ONLY), lti);

        assertThat(request.toJson()).isEqualTo(captured());
    }

    @Test
    void forToolWhenMoodleThenFixedFieldsAsCapturedAndOneTargetForBothMessages() {
        Map<String, Object> ours = ClientRegistrationRequest.forTool(CAPTURED_TOOL, PROFILE, moodle()).toJson();
        Map<String, Object> captured = captured();

        assertThat(ours.keySet()).containsExactlyElementsOf(captured.keySet());
        for (String fixed : List.of("application_type", "response_types", "grant_types", "initiate_login_uri",
                "redirect_uris", "jwks_uri", "token_endpoint_auth_method")) {
            assertThat(ours.get(fixed)).as(fixed).isEqualTo(captured.get(fixed));
        }
        assertThat(ours.get("scope")).isEqualTo(AGS + "lineitem " + AGS + "score " + AGS + "result.readonly "
                + ToolRegistrationProfile.NRPS_MEMBERSHIP_READ_ONLY);
        @SuppressWarnings("unchecked")
        Map<String, Object> lti = (Map<String, Object>) ours.get(LtiToolConfiguration.CLAIM);
        assertThat(lti.get("domain")).isEqualTo("127.0.0.1:9091");
        assertThat(lti.get("target_link_uri")).isEqualTo("http://127.0.0.1:9091/lti/launch");
        assertThat(lti.get("claims")).isEqualTo(List.of("iss", "sub", "name", "given_name", "family_name"));
        assertThat(lti.get("messages")).isEqualTo(List.of(
                Map.of("type", "LtiResourceLinkRequest", "target_link_uri", "http://127.0.0.1:9091/lti/launch",
                        "label", "POKOT micro-credentials"),
                Map.of("type", "LtiDeepLinkingRequest", "target_link_uri", "http://127.0.0.1:9091/lti/launch",
                        "label", "POKOT micro-credentials", "placements", List.of("ContentArea"))));
    }

    @Test
    void forToolWhenPlatformOffersNoDeepLinkingThenOnlyResourceLinks() {
        PlatformConfiguration resourceLinksOnly = PlatformConfiguration.fromJson(TestConfigurations.with(
                TestConfigurations.moodle(), LtiPlatformConfiguration.CLAIM, Map.of("product_family_code", "x",
                        "version", "1", "messages_supported", List.of(Map.of("type", "LtiResourceLinkRequest")))));

        ClientRegistrationRequest request = ClientRegistrationRequest.forTool(CAPTURED_TOOL, PROFILE, resourceLinksOnly);

        assertThat(request.toolConfiguration().messages()).extracting(LtiToolMessage::type)
                .containsExactly("LtiResourceLinkRequest");
    }

    @Test
    void forToolWhenDefaultPortThenDomainIsTheHostAlone() {
        ClientRegistrationRequest request = ClientRegistrationRequest.forTool(
                ToolUrls.under(URI.create("https://tool.example.invalid")), PROFILE, moodle());

        assertThat(request.toolConfiguration().domain()).isEqualTo("tool.example.invalid");
    }

    @Test
    void fromJsonWhenToJsonThenSameRequest() {
        ClientRegistrationRequest request = ClientRegistrationRequest.forTool(CAPTURED_TOOL, PROFILE, moodle());

        assertThat(ClientRegistrationRequest.fromJson(request.toJson())).isEqualTo(request);
        assertThat(ClientRegistrationRequest.fromJson(captured()).toJson()).isEqualTo(captured());
    }

    @Test
    void toolConfigurationWhenDomainIsNotTheTargetsHostThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LtiToolConfiguration("tool.example.org",
                URI.create("http://127.0.0.1:9091/lti/launch"), "", Map.of(), List.of(), List.of()));
    }

    static PlatformConfiguration moodle() {
        return PlatformConfiguration.fromJson(TestConfigurations.moodle());
    }

    static Map<String, Object> captured() {
        return MoodleCaptures.json("registration/05_registration_request_body.json");
    }
}
