package org.pokot.lti.core.ags;

import java.util.Set;

/**
 * What the platform lets the tool do, read from the scopes it granted (Moodle grants only what the tool type
 * allows: "grade sync only" gives no {@link AgsScopes#LINE_ITEM}). Callers leave out what is not granted instead of
 * failing on it.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#line-item-service-scope-and-allowed-http-methods">AGS 2.0, scopes and allowed methods</a>
 */
public record AgsCapabilities(Set<String> grantedScopes) {

    public AgsCapabilities {
        grantedScopes = Set.copyOf(grantedScopes);
    }

    public boolean canReadLineItems() {
        return grantedScopes.contains(AgsScopes.LINE_ITEM) || grantedScopes.contains(AgsScopes.LINE_ITEM_READ_ONLY);
    }

    /** Create, update and delete line items. */
    public boolean canManageLineItems() {
        return grantedScopes.contains(AgsScopes.LINE_ITEM);
    }

    public boolean canPostScores() {
        return grantedScopes.contains(AgsScopes.SCORE);
    }

    public boolean canReadResults() {
        return grantedScopes.contains(AgsScopes.RESULT_READ_ONLY);
    }
}
