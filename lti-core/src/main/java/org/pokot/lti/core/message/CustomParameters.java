package org.pokot.lti.core.message;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The custom claim. Lookups ignore case because Moodle sends each parameter twice, as written and lower-cased;
 * the value under the name as written wins.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#custom-properties-and-variable-substitution">LTI 1.3 §5.4.6</a>
 */
public record CustomParameters(Map<String, String> values) {

    public CustomParameters {
        values = Map.copyOf(values);
    }

    public static CustomParameters empty() {
        return new CustomParameters(Map.of());
    }

    public Optional<String> get(String name) {
        String exact = values.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return values.entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(lower))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    static CustomParameters fromClaims(ClaimReader claims) {
        return new CustomParameters(claims.stringMap(LtiClaimNames.CUSTOM));
    }
}
