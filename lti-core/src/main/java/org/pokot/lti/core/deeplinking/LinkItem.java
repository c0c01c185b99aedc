package org.pokot.lti.core.deeplinking;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A plain link the platform shows as is.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0#link">Deep Linking 2.0 §3.1</a>
 */
public record LinkItem(URI url, Optional<String> title, Optional<String> text) implements ContentItem {

    public static final String TYPE = "link";

    public LinkItem {
        Objects.requireNonNull(url, "url");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", TYPE);
        json.put("url", url.toString());
        title.ifPresent(t -> json.put("title", t));
        text.ifPresent(t -> json.put("text", t));
        return json;
    }
}
