package org.pokot.lti.core.registration.dynamic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.pokot.lti.core.registration.PlatformFamily;

/**
 * The {@code https://purl.imsglobal.org/spec/lti-platform-configuration} claim of a platform's OpenID
 * configuration: which LMS it is and which messages it can send.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0#lti-platform-configuration">Dynamic Registration, LTI platform configuration</a>
 */
public record LtiPlatformConfiguration(String productFamilyCode, String version, List<SupportedMessage> messagesSupported) {

    public static final String CLAIM = "https://purl.imsglobal.org/spec/lti-platform-configuration";

    public LtiPlatformConfiguration {
        Objects.requireNonNull(productFamilyCode, "productFamilyCode");
        Objects.requireNonNull(version, "version");
        messagesSupported = List.copyOf(messagesSupported);
    }

    public PlatformFamily family() {
        return PlatformFamily.fromProductFamilyCode(productFamilyCode);
    }

    public boolean supports(String messageType) {
        return messagesSupported.stream().anyMatch(m -> m.type().equals(messageType));
    }

    static LtiPlatformConfiguration fromJson(JsonReader json) {
        List<SupportedMessage> messages = json.objects("messages_supported").stream()
                .map(SupportedMessage::fromJson).toList();
        if (messages.isEmpty()) {
            throw json.fail("messages_supported is missing or empty");
        }
        return new LtiPlatformConfiguration(json.required("product_family_code"), json.required("version"), messages);
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("product_family_code", productFamilyCode);
        json.put("version", version);
        json.put("messages_supported", messagesSupported.stream().map(SupportedMessage::toJson).toList());
        return json;
    }
}
