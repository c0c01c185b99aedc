package org.pokot.lti.core.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A platform's answer. Headers are looked up without regard to case; the reason phrase is kept because some
 * platforms (Moodle) put their only error detail there.
 */
public record TransportResponse(int status, String reasonPhrase, Map<String, List<String>> headers, byte[] body) {

    public TransportResponse {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        headers = java.util.Collections.unmodifiableMap(copy);
        body = body == null ? new byte[0] : body.clone();
        reasonPhrase = reasonPhrase == null ? "" : reasonPhrase;
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
