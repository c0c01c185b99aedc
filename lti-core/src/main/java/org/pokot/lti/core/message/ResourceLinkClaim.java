package org.pokot.lti.core.message;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;

/**
 * The placement of the tool that was launched: in Moodle, the External tool activity.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#resource-link-claim">LTI 1.3 §5.3.5</a>
 */
public record ResourceLinkClaim(String id, Optional<String> title, Optional<String> description) {

    public ResourceLinkClaim {
        if (id == null || id.isBlank() || id.length() > 255) {
            throw new LtiException(LtiError.RESOURCE_LINK_MISSING, "resource_link.id must be 1 to 255 characters");
        }
    }

    static ResourceLinkClaim fromClaims(ClaimReader claims) {
        ClaimReader link = claims.object(LtiClaimNames.RESOURCE_LINK).orElseThrow(() -> new LtiException(
                LtiError.RESOURCE_LINK_MISSING, "claim " + LtiClaimNames.RESOURCE_LINK + " is missing"));
        return new ResourceLinkClaim(link.string("id").orElse(null), link.string("title"), link.string("description"));
    }

    public Map<String, Object> toClaims() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        title.ifPresent(v -> out.put("title", v));
        description.ifPresent(v -> out.put("description", v));
        return out;
    }
}
