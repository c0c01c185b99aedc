package org.pokot.lti.core.http;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the tool may send requests that a platform's data names (configuration, registration, JWKS, token, AGS,
 * NRPS URLs).
 *
 * @param allowLoopback  loopback addresses (and http to them) are allowed: development and tests only
 * @param allowedHosts   host names an admin allows even though they resolve to private addresses (an LMS on the
 *                       school's own network), compared without case
 */
public record OutboundPolicy(boolean allowLoopback, Set<String> allowedHosts) {

    public OutboundPolicy {
        allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Production: public https hosts only, plus what an admin allows. */
    public static OutboundPolicy publicOnly(Set<String> allowedHosts) {
        return new OutboundPolicy(false, allowedHosts);
    }

    boolean allows(String host) {
        return allowedHosts.contains(host.toLowerCase(Locale.ROOT));
    }
}
