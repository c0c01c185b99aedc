package org.pokot.lti.app.launch;

/** Claim names of the tool's session token. */
public final class SessionClaims {

    public static final String REGISTRATION = "reg";
    public static final String DEPLOYMENT = "dep";
    public static final String CONTEXT = "ctx";
    public static final String CONTEXT_TITLE = "ctx_title";
    public static final String RESOURCE_LINK_TITLE = "rl_title";
    /** The custom parameters that choose content: {@code pack} and {@code module}. */
    public static final String PACK = "pack";
    public static final String MODULE = "module";
    public static final String RESOURCE_LINK = "rl";
    public static final String ROLES = "roles";
    public static final String NAME = "name";
    public static final String LOCALE = "locale";
    /** Present and true when the launch came through a deployment no admin has confirmed yet. */
    public static final String UNCONFIRMED_DEPLOYMENT = "dep_unconfirmed";

    /** The deep-linking settings of the request a content selection answers (an object). */
    public static final String DEEP_LINKING = "dl";

    private SessionClaims() {
    }
}
