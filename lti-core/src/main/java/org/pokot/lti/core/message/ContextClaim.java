package org.pokot.lti.core.message;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;

/**
 * The course (context) the launch comes from. Moodle sends {@code type: ["CourseSection"]}.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#context-claim">LTI 1.3 §5.4.1</a>
 */
public record ContextClaim(String id, Optional<String> label, Optional<String> title, List<String> types) {

    public ContextClaim {
        types = List.copyOf(types);
    }

    /** A name fit for a page: the title, else the label, else the id. */
    public String displayName() {
        return title.filter(t -> !t.isBlank()).or(() -> label.filter(l -> !l.isBlank())).orElse(id);
    }

    static Optional<ContextClaim> fromClaims(ClaimReader claims) {
        return claims.object(LtiClaimNames.CONTEXT).map(c -> new ContextClaim(
                c.string("id").filter(s -> !s.isBlank()).orElseThrow(() -> new LtiException(LtiError.CLAIM_INVALID,
                        "claim " + LtiClaimNames.CONTEXT + " has no id")),
                c.string("label"), c.string("title"), c.strings("type")));
    }

    public Map<String, Object> toClaims() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        label.ifPresent(v -> out.put("label", v));
        title.ifPresent(v -> out.put("title", v));
        out.put("type", types);
        return out;
    }
}
