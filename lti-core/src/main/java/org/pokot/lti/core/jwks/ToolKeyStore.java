package org.pokot.lti.core.jwks;

import java.util.List;

/** Storage port for the tool's own keys. */
public interface ToolKeyStore {

    List<ToolKey> findAll();

    /** Inserts the key, or updates its status when the kid exists. */
    void save(ToolKey key);
}
