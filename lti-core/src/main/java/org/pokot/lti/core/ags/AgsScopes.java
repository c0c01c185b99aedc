package org.pokot.lti.core.ags;

import java.util.Set;

/**
 * The OAuth scopes of Assignment and Grade Services.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#assignment-and-grade-service-claim">AGS 2.0 §3.1</a>
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#line-item-service-scope-and-allowed-http-methods">AGS 2.0, scopes and allowed methods</a>
 */
public final class AgsScopes {

    /** Read, create, update and delete line items. */
    public static final String LINE_ITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    /** Read line items. */
    public static final String LINE_ITEM_READ_ONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    /** Read results. */
    public static final String RESULT_READ_ONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    /** Post scores. */
    public static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

    /** Every AGS scope: what the tool asks for by default, and the platform grants what the tool type allows. */
    public static final Set<String> ALL = Set.of(LINE_ITEM, LINE_ITEM_READ_ONLY, RESULT_READ_ONLY, SCORE);

    private AgsScopes() {
    }
}
