package org.pokot.lti.core.ags;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;

/**
 * Lenient, typed reads of one AGS JSON object; the object's name is in every error. Lenient where platforms differ
 * without harm: numbers may come as numeric strings, ids as numbers, and an empty string counts as absent (Moodle
 * sends {@code "tag": ""}).
 */
final class AgsJson {

    /** ISO 8601 in UTC with milliseconds, e.g. {@code 2026-12-01T18:10:07.792Z}, as AGS asks for timestamps. */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Map<String, Object> json;
    private final String what;

    AgsJson(Map<String, Object> json, String what) {
        this.json = json == null ? Map.of() : json;
        this.what = what;
    }

    static Map<String, Object> parseObject(String text, String what) {
        try {
            return JSONObjectUtils.parse(text.strip());
        } catch (ParseException e) {
            throw new LtiException(LtiError.PLATFORM_SERVICE_RESPONSE_INVALID, "the " + what + " is not a JSON object", e);
        }
    }

    /** A JSON array of objects, as AGS containers are. */
    static List<Map<String, Object>> parseArray(String text, String what) {
        List<Object> items;
        try {
            items = JSONArrayUtils.parse(text.strip());
        } catch (ParseException e) {
            throw new LtiException(LtiError.PLATFORM_SERVICE_RESPONSE_INVALID, "the " + what + " is not a JSON array", e);
        }
        List<Map<String, Object>> out = new ArrayList<>(items.size());
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> map)) {
                throw new LtiException(LtiError.PLATFORM_SERVICE_RESPONSE_INVALID,
                        "the " + what + " holds something that is not a JSON object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) map;
            out.add(typed);
        }
        return out;
    }

    /** A string, or a number written as one; empty when absent or blank. */
    Optional<String> text(String name) {
        Object value = json.get(name);
        if (value == null) {
            return Optional.empty();
        }
        String text;
        if (value instanceof String s) {
            text = s;
        } else if (value instanceof Long || value instanceof Integer) {
            text = String.valueOf(value);
        } else if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            text = String.valueOf(n.longValue());
        } else {
            throw invalid(name, "a string");
        }
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    String requiredText(String name) {
        return text(name).orElseThrow(() -> invalid(name, "present"));
    }

    Optional<Double> number(String name) {
        Object value = json.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number n) {
            return Optional.of(n.doubleValue());
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return Optional.of(Double.parseDouble(s.strip()));
            } catch (NumberFormatException e) {
                throw invalid(name, "a number");
            }
        }
        throw invalid(name, "a number");
    }

    Optional<Boolean> bool(String name) {
        Object value = json.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        throw invalid(name, "true or false");
    }

    Optional<URI> uri(String name) {
        return text(name).map(s -> {
            try {
                URI uri = new URI(s.strip());
                if (!uri.isAbsolute()) {
                    throw invalid(name, "an absolute URL");
                }
                return uri;
            } catch (URISyntaxException e) {
                throw invalid(name, "a URL");
            }
        });
    }

    /** ISO 8601 with an offset ({@code Z}, {@code +00:00}), with or without fractions of a second. */
    Optional<Instant> instant(String name) {
        return text(name).map(s -> {
            try {
                return OffsetDateTime.parse(s.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                throw invalid(name, "an ISO 8601 date and time with an offset");
            }
        });
    }

    /** A number as JSON writes it best: whole values without {@code .0}, so {@code 100} stays {@code 100}. */
    static Object jsonNumber(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return (long) value;
        }
        return value;
    }

    static String format(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    LtiException invalid(String name, String expected) {
        return new LtiException(LtiError.PLATFORM_SERVICE_RESPONSE_INVALID, what + "." + name + " must be " + expected);
    }
}
