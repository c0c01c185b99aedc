package org.pokot.lti.core.jwks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** For tests and embedded use. */
public final class InMemoryToolKeyStore implements ToolKeyStore {

    private final Map<String, ToolKey> keys = new LinkedHashMap<>();
    private long version;

    @Override
    public synchronized ToolKeySnapshot load() {
        return new ToolKeySnapshot(version, List.copyOf(keys.values()));
    }

    @Override
    public synchronized boolean update(long expectedVersion, List<ToolKey> changed) {
        if (version != expectedVersion) {
            return false;
        }
        changed.forEach(k -> keys.put(k.kid(), k));
        version++;
        return true;
    }

    /** Stores a key unconditionally: for seeding tests. */
    public synchronized void save(ToolKey key) {
        keys.put(key.kid(), key);
        version++;
    }
}
