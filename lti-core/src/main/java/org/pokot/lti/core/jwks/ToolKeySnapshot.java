package org.pokot.lti.core.jwks;

import java.util.List;

/**
 * The stored keys as read at one moment, with the version of the key set they belong to. A change is written only
 * if the version is still the same ({@link ToolKeyStore#update}), so two instances cannot both rotate.
 */
public record ToolKeySnapshot(long version, List<ToolKey> keys) {

    public ToolKeySnapshot {
        keys = List.copyOf(keys);
    }
}
