package org.pokot.lti.core.registration.dynamic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of the platform's {@code messages_supported}: a message type and the placements it offers it in.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0#lti-platform-configuration">Dynamic Registration, LTI platform configuration</a>
 */
public record SupportedMessage(String type, List<String> placements) {

    public SupportedMessage {
        Objects.requireNonNull(type, "type");
        placements = List.copyOf(placements);
    }

    static SupportedMessage fromJson(JsonReader json) {
        return new SupportedMessage(json.required("type"), json.strings("placements"));
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", type);
        if (!placements.isEmpty()) {
            json.put("placements", placements);
        }
        return json;
    }
}
