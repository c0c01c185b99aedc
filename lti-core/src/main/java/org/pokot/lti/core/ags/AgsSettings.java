package org.pokot.lti.core.ags;

import java.util.Set;

/**
 * How the AGS client asks for its token and how far it follows paging.
 *
 * @param scopes   the scope set the AGS token is asked for: one cached token serves every AGS call
 * @param maxPages a list that needs more pages than this is refused (a platform whose next links never end)
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#line-item-service-scope-and-allowed-http-methods">AGS 2.0, scopes and allowed methods</a>
 */
public record AgsSettings(Set<String> scopes, int maxPages) {

    public AgsSettings {
        scopes = Set.copyOf(scopes);
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("ask for at least one AGS scope");
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1");
        }
    }

    /** Every AGS scope; at most 100 pages. */
    public static AgsSettings defaults() {
        return new AgsSettings(AgsScopes.ALL, 100);
    }
}
