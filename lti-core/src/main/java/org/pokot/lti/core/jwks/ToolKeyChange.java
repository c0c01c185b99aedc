package org.pokot.lti.core.jwks;

import java.time.Instant;

/** A step of a rotation that this instance made: named by kid only, so it can go to an audit log. */
public sealed interface ToolKeyChange {

    String kid();

    /** A new key is in the key set; it signs from {@code signsFrom}. */
    record NextKeyPublished(String kid, Instant signsFrom) implements ToolKeyChange {
    }

    /** The next key signs now; {@code replacedKid} stays published until {@code replacedRetiresAt}. */
    record NextKeyActivated(String kid, String replacedKid, Instant replacedRetiresAt) implements ToolKeyChange {
    }

    /** The key is no longer published. */
    record KeyRetired(String kid) implements ToolKeyChange {
    }
}
