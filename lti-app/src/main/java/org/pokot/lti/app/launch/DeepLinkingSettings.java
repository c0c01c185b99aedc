package org.pokot.lti.app.launch;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pokot.lti.core.message.DeepLinkingSettingsClaim;

/**
 * The deep-linking settings carried in the tool's signed session token between the request and the teacher's
 * choice, so no server-side session holds them; {@code data} travels unchanged.
 */
public final class DeepLinkingSettings {

    private DeepLinkingSettings() {
    }

    static Map<String, Object> toClaim(DeepLinkingSettingsClaim s) {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("return_url", s.deepLinkReturnUrl().toString());
        claim.put("accept_types", s.acceptTypes());
        claim.put("accept_targets", s.acceptPresentationDocumentTargets());
        claim.put("accept_multiple", s.acceptMultiple());
        s.acceptLineItem().ifPresent(v -> claim.put("accept_lineitem", v));
        s.title().ifPresent(v -> claim.put("title", v));
        s.data().ifPresent(v -> claim.put("data", v));
        return claim;
    }

    @SuppressWarnings("unchecked")
    public static Optional<DeepLinkingSettingsClaim> fromClaim(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return Optional.empty();
        }
        Map<String, Object> claim = (Map<String, Object>) map;
        return Optional.of(new DeepLinkingSettingsClaim(URI.create((String) claim.get("return_url")),
                (List<String>) claim.getOrDefault("accept_types", List.of()),
                (List<String>) claim.getOrDefault("accept_targets", List.of()), List.of(),
                Boolean.TRUE.equals(claim.get("accept_multiple")),
                Optional.ofNullable((Boolean) claim.get("accept_lineitem")), false,
                Optional.ofNullable((String) claim.get("title")), Optional.empty(),
                Optional.ofNullable((String) claim.get("data"))));
    }
}
