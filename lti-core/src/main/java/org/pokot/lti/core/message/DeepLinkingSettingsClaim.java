package org.pokot.lti.core.message;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;

/**
 * What the platform accepts back from a deep-linking selection. Moodle sends no {@code data} and no
 * {@code accept_lineitem}; the spec reads a missing {@code accept_lineitem} as "no assumption", so only an explicit
 * {@code false} refuses line items.
 *
 * @param data opaque, echoed back byte for byte
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0#deep-linking-settings">Deep Linking 2.0 §4.4.1</a>
 */
public record DeepLinkingSettingsClaim(URI deepLinkReturnUrl, List<String> acceptTypes,
                                       List<String> acceptPresentationDocumentTargets, List<String> acceptMediaTypes,
                                       boolean acceptMultiple, Optional<Boolean> acceptLineItem, boolean autoCreate,
                                       Optional<String> title, Optional<String> text, Optional<String> data) {

    public DeepLinkingSettingsClaim {
        acceptTypes = List.copyOf(acceptTypes);
        acceptPresentationDocumentTargets = List.copyOf(acceptPresentationDocumentTargets);
        acceptMediaTypes = List.copyOf(acceptMediaTypes);
    }

    static DeepLinkingSettingsClaim fromClaims(ClaimReader claims) {
        ClaimReader s = claims.object(LtiClaimNames.DEEP_LINKING_SETTINGS).orElseThrow(() -> new LtiException(
                LtiError.DEEP_LINKING_SETTINGS_INVALID, "claim " + LtiClaimNames.DEEP_LINKING_SETTINGS + " is missing"));
        URI returnUrl = s.uri("deep_link_return_url").orElseThrow(() -> new LtiException(
                LtiError.DEEP_LINKING_SETTINGS_INVALID,
                "claim " + LtiClaimNames.DEEP_LINKING_SETTINGS + " has no deep_link_return_url"));
        if (!"https".equalsIgnoreCase(returnUrl.getScheme()) && !"http".equalsIgnoreCase(returnUrl.getScheme())) {
            // the browser is sent there with a form post: never a javascript: or data: URL
            throw new LtiException(LtiError.DEEP_LINKING_SETTINGS_INVALID, "deep_link_return_url must be http(s)");
        }
        List<String> acceptTypes = s.strings("accept_types");
        if (acceptTypes.isEmpty()) {
            throw new LtiException(LtiError.DEEP_LINKING_SETTINGS_INVALID,
                    "claim " + LtiClaimNames.DEEP_LINKING_SETTINGS + " has no accept_types");
        }
        return new DeepLinkingSettingsClaim(returnUrl, acceptTypes, s.strings("accept_presentation_document_targets"),
                s.strings("accept_media_types"), s.bool("accept_multiple").orElse(false),
                s.bool("accept_lineitem"), s.bool("auto_create").orElse(false), s.string("title"),
                s.string("text"), s.string("data"));
    }
}
