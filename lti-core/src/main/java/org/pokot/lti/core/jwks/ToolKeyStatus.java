package org.pokot.lti.core.jwks;

/** Life of a tool key: one signs, earlier ones stay published until platforms have stopped caching them. */
public enum ToolKeyStatus {
    /** Signs new messages and is published. */
    ACTIVE,
    /** Replaced by a newer key; still published so that platforms holding it keep verifying. */
    PREVIOUS,
    /** No longer published. */
    RETIRED
}
