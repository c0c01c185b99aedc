package org.pokot.lti.app.launch;

/** Claim names of the tool's session token. */
public final class SessionClaims {

    public static final String REGISTRATION = "reg";
    public static final String DEPLOYMENT = "dep";
    public static final String CONTEXT = "ctx";
    public static final String RESOURCE_LINK = "rl";
    public static final String ROLES = "roles";
    public static final String NAME = "name";
    public static final String LOCALE = "locale";

    private SessionClaims() {
    }
}
