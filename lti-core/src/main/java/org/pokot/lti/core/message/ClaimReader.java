package org.pokot.lti.core.message;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;

/** Typed, failing-loudly reads of a JSON claims map; the path names the claim in every error. */
final class ClaimReader {

    private final Map<String, Object> claims;
    private final String path;

    ClaimReader(Map<String, Object> claims, String path) {
        this.claims = claims == null ? Map.of() : claims;
        this.path = path;
    }

    static ClaimReader of(Map<String, Object> claims) {
        return new ClaimReader(claims, "");
    }

    boolean has(String name) {
        return claims.get(name) != null;
    }

    Optional<String> string(String name) {
        Object value = claims.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String s) {
            return Optional.of(s);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return Optional.of(String.valueOf(value));
        }
        throw invalid(name, "a string");
    }

    Optional<Long> number(String name) {
        Object value = claims.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number n) {
            return Optional.of(n.longValue());
        }
        throw invalid(name, "a number");
    }

    Optional<Boolean> bool(String name) {
        Object value = claims.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        throw invalid(name, "true or false");
    }

    Optional<URI> uri(String name) {
        return string(name).filter(s -> !s.isBlank()).map(s -> {
            try {
                URI uri = new URI(s);
                if (!uri.isAbsolute()) {
                    throw invalid(name, "an absolute URL");
                }
                return uri;
            } catch (java.net.URISyntaxException e) {
                throw invalid(name, "a URL");
            }
        });
    }

    /** A string or an array of strings, as {@code aud} and LTI list claims may be. */
    List<String> strings(String name) {
        Object value = claims.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof List<?> list) {
            List<String> out = new ArrayList<>(list.size());
            for (Object item : list) {
                if (!(item instanceof String s)) {
                    throw invalid(name, "an array of strings");
                }
                out.add(s);
            }
            return List.copyOf(out);
        }
        throw invalid(name, "an array of strings");
    }

    Optional<ClaimReader> object(String name) {
        Object value = claims.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) map;
            return Optional.of(new ClaimReader(typed, qualified(name)));
        }
        throw invalid(name, "a JSON object");
    }

    /** A JSON object whose values are kept as strings (custom parameters, ext). */
    Map<String, String> stringMap(String name) {
        return object(name).map(reader -> {
            Map<String, String> out = new LinkedHashMap<>();
            reader.claims.forEach((key, value) -> {
                if (value != null) {
                    out.put(key, value instanceof String s ? s : String.valueOf(value));
                }
            });
            return out;
        }).orElse(Map.of());
    }

    private String qualified(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private LtiException invalid(String name, String expected) {
        return new LtiException(LtiError.CLAIM_INVALID, "claim " + qualified(name) + " must be " + expected);
    }
}
