package org.pokot.lti.core.jwks;

/**
 * Life of a tool key: published first, then signing, then published a while longer, then gone. A key is in the
 * JWKS before it signs anything and after it has stopped, so that a platform holding a cached key set verifies
 * every message through a rotation.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#key-rotation">Security Framework §6.1</a>
 */
public enum ToolKeyStatus {
    /** Published, signs nothing yet: platforms get to cache it before it takes over. */
    NEXT,
    /** Signs new messages and is published. */
    ACTIVE,
    /** Replaced by a newer key; still published so that what it signed keeps verifying. */
    PREVIOUS,
    /** No longer published. */
    RETIRED;

    /** Whether the JWKS serves this key. */
    public boolean isPublished() {
        return this != RETIRED;
    }
}
