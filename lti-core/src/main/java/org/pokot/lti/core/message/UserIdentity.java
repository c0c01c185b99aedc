package org.pokot.lti.core.message;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;

/**
 * The launching user: {@code sub} and the OpenID Connect standard profile claims the platform chose to send.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#user-identity-claims">LTI 1.3 §5.3.6</a>
 */
public record UserIdentity(String subject, Optional<String> name, Optional<String> givenName,
                           Optional<String> familyName, Optional<String> email, Optional<String> locale) {

    public UserIdentity {
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank() || subject.length() > 255) {
            throw new IllegalArgumentException("sub must be 1 to 255 characters");
        }
    }

    public static UserIdentity of(String subject) {
        return new UserIdentity(subject, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** A name fit for a greeting: the full name, given + family name, or the opaque id as a last resort. */
    public String displayName() {
        return name.filter(n -> !n.isBlank())
                .or(() -> givenName.map(g -> (g + " " + familyName.orElse("")).trim()).filter(n -> !n.isBlank()))
                .orElse(subject);
    }

    static Optional<UserIdentity> fromClaims(ClaimReader claims) {
        return claims.string("sub").filter(s -> !s.isBlank()).map(sub -> {
            if (sub.length() > 255) {
                throw new LtiException(LtiError.CLAIM_INVALID, "claim sub must be at most 255 characters");
            }
            return new UserIdentity(sub, claims.string("name"), claims.string("given_name"),
                    claims.string("family_name"), claims.string("email"), claims.string("locale"));
        });
    }

    public Map<String, Object> toClaims() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sub", subject);
        name.ifPresent(v -> out.put("name", v));
        givenName.ifPresent(v -> out.put("given_name", v));
        familyName.ifPresent(v -> out.put("family_name", v));
        email.ifPresent(v -> out.put("email", v));
        locale.ifPresent(v -> out.put("locale", v));
        return out;
    }
}
