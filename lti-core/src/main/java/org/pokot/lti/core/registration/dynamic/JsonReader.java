package org.pokot.lti.core.registration.dynamic;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;

/**
 * Reads the fields of one JSON object a platform sent; a missing or mistyped field fails with {@code error}, naming
 * the field (never its value, which could be long or hostile).
 */
final class JsonReader {

    private final Map<String, Object> json;
    private final LtiError error;
    private final String what;

    JsonReader(Map<String, Object> json, LtiError error, String what) {
        this.json = json == null ? Map.of() : json;
        this.error = error;
        this.what = what;
    }

    String required(String name) {
        return optional(name).orElseThrow(() -> fail(name + " is missing"));
    }

    Optional<String> optional(String name) {
        Object value = json.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            return text.isBlank() ? Optional.empty() : Optional.of(text);
        }
        if (value instanceof Number number) {
            return Optional.of(number.toString()); // some platforms send ids as numbers
        }
        throw fail(name + " is not a string");
    }

    URI requiredUri(String name) {
        try {
            return URI.create(required(name));
        } catch (IllegalArgumentException e) {
            throw fail(name + " is not a URL");
        }
    }

    List<String> strings(String name) {
        Object value = json.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        throw fail(name + " is not a list of strings");
    }

    List<JsonReader> objects(String name) {
        Object value = json.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list && list.stream().allMatch(Map.class::isInstance)) {
            return list.stream().map(item -> new JsonReader(cast(item), error, what + " " + name)).toList();
        }
        throw fail(name + " is not a list of objects");
    }

    Optional<JsonReader> object(String name) {
        Object value = json.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> map) {
            return Optional.of(new JsonReader(cast(map), error, what + " " + name));
        }
        throw fail(name + " is not an object");
    }

    /** A flat object of strings, such as custom parameters. */
    Map<String, String> stringMap(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        object(name).ifPresent(o -> o.json.forEach((key, value) -> {
            if (!(value instanceof String text)) {
                throw fail(name + "." + key + " is not a string");
            }
            out.put(key, text);
        }));
        return out;
    }

    LtiException fail(String detail) {
        return new LtiException(error, what + ": " + detail);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object map) {
        return (Map<String, Object>) map;
    }
}
