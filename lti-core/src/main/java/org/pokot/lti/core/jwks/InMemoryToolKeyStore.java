package org.pokot.lti.core.jwks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** For tests and embedded use. */
public final class InMemoryToolKeyStore implements ToolKeyStore {

    private final Map<String, ToolKey> keys = new ConcurrentHashMap<>();

    @Override
    public List<ToolKey> findAll() {
        return new ArrayList<>(keys.values());
    }

    @Override
    public void save(ToolKey key) {
        keys.put(key.kid(), key);
    }
}
