package org.pokot.lti.core.registration.dynamic;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One message the tool asks to receive. Moodle keeps only the deep-linking entry's {@code target_link_uri} and
 * launches resource links at the tool-level one, so both must be a URL that serves both message types.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0#lti-configuration-0">Dynamic Registration, LTI configuration</a>
 */
public record LtiToolMessage(String type, URI targetLinkUri, String label, List<String> placements) {

    public LtiToolMessage {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(targetLinkUri, "targetLinkUri");
        Objects.requireNonNull(label, "label");
        placements = List.copyOf(placements);
    }

    static LtiToolMessage fromJson(JsonReader json) {
        return new LtiToolMessage(json.required("type"), json.requiredUri("target_link_uri"),
                json.optional("label").orElse(""), json.strings("placements"));
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", type);
        json.put("target_link_uri", targetLinkUri.toString());
        if (!label.isEmpty()) {
            json.put("label", label);
        }
        if (!placements.isEmpty()) {
            json.put("placements", placements);
        }
        return json;
    }
}
