package org.pokot.lti.core.message;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;

/**
 * Names and Role Provisioning Services endpoint.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0#lti-1-3-integration">NRPS 2.0 §3.6.1</a>
 */
public record NrpsClaim(URI contextMembershipsUrl, List<String> serviceVersions) {

    public NrpsClaim {
        serviceVersions = List.copyOf(serviceVersions);
    }

    static Optional<NrpsClaim> fromClaims(ClaimReader claims) {
        return claims.object(LtiClaimNames.NRPS).map(n -> new NrpsClaim(
                n.uri("context_memberships_url").orElseThrow(() -> new LtiException(LtiError.CLAIM_INVALID,
                        "claim " + LtiClaimNames.NRPS + " has no context_memberships_url")),
                n.strings("service_versions")));
    }
}
