package org.pokot.lti.app.pack;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;

/** A learner-facing text in each of the pack's languages; falls back to English, then to any language. */
public record LocalizedText(Map<String, String> values) {

    public LocalizedText {
        values = Map.copyOf(values);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static LocalizedText of(Map<String, String> values) {
        return new LocalizedText(values);
    }

    public String in(String language) {
        String text = values.get(language);
        if (text == null) {
            text = values.get("en");
        }
        return text != null ? text : values.values().stream().findFirst().orElse("");
    }
}
