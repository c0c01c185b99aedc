package org.pokot.lti.core.message;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Assignment and Grade Services endpoints. Moodle sends {@code lineitem} only when the activity accepts grades.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#assignment-and-grade-service-claim">AGS 2.0 §3.1</a>
 */
public record AgsEndpointClaim(List<String> scopes, Optional<URI> lineItems, Optional<URI> lineItem) {

    public AgsEndpointClaim {
        scopes = List.copyOf(scopes);
    }

    static Optional<AgsEndpointClaim> fromClaims(ClaimReader claims) {
        return claims.object(LtiClaimNames.AGS_ENDPOINT).map(a -> new AgsEndpointClaim(a.strings("scope"),
                a.uri("lineitems"), a.uri("lineitem")));
    }
}
