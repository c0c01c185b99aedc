package org.pokot.lti.core.jwks;

import java.util.List;

/**
 * Storage port for the tool's own keys, shared by every instance of the tool. All changes are compare-and-set on
 * the version of the whole key set, so that of two instances deciding the same rotation at once only one writes.
 */
public interface ToolKeyStore {

    /** Every key, retired ones included, with the current version. */
    ToolKeySnapshot load();

    /**
     * Inserts the keys whose kid is new and updates status and {@code since} of the others, and raises the version,
     * all or nothing, if the version is still {@code expectedVersion}.
     *
     * @return false, having written nothing, when another writer changed the key set first
     */
    boolean update(long expectedVersion, List<ToolKey> changed);
}
