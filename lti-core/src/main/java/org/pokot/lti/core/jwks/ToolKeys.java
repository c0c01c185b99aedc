package org.pokot.lti.core.jwks;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import org.pokot.lti.core.IdGenerator;

/**
 * The tool's key ring as this instance last read it: the active key and its signer, and the public keys. Creates
 * the first key; {@link ToolKeyRotation} changes the ring, and {@link #reload()} picks up what another instance of
 * the tool changed.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#key-rotation">Security Framework §6.1</a>
 */
public final class ToolKeys {

    private static final int KEY_SIZE = 2048;

    private final ToolKeyStore store;
    private final IdGenerator ids;
    private final Clock clock;
    private volatile Ring ring;

    public ToolKeys(ToolKeyStore store, IdGenerator ids, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The active key, created on first use. */
    public ToolKey signingKey() {
        return ring().active();
    }

    /** Signs with the active key; the same signer object for as long as the key is active. */
    public ToolSigner signer() {
        return ring().signer();
    }

    /** Public keys of the next, active and previous keys: what {@code /.well-known/jwks.json} serves. */
    public JWKSet publicJwks() {
        return ring().publicKeys();
    }

    /** Every key, retired ones included, oldest first, as stored now. */
    public List<ToolKey> all() {
        return sorted(store.load().keys());
    }

    /**
     * Stops publishing a previous or next key at once, e.g. one that may have leaked. The active key cannot be
     * retired: rotate first.
     */
    public void retire(String kid) {
        for (int attempt = 0; attempt < 3; attempt++) {
            ToolKeySnapshot snapshot = store.load();
            ToolKey key = snapshot.keys().stream().filter(k -> k.kid().equals(kid)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no tool key with kid " + kid));
            if (key.status() == ToolKeyStatus.ACTIVE) {
                throw new IllegalStateException("the active key cannot be retired; rotate first");
            }
            if (key.status() == ToolKeyStatus.RETIRED
                    || apply(snapshot.version(), List.of(key.withStatus(ToolKeyStatus.RETIRED, clock.instant())))) {
                reload();
                return;
            }
        }
        throw new IllegalStateException("the tool keys kept changing while retiring " + kid);
    }

    /** Re-reads the store, e.g. after another instance of the tool rotated the key. */
    public synchronized void reload() {
        Ring previous = ring;
        ToolKeySnapshot snapshot = store.load();
        List<ToolKey> keys = sorted(snapshot.keys());
        Optional<ToolKey> active = keys.stream().filter(k -> k.status() == ToolKeyStatus.ACTIVE)
                .max(Comparator.comparing(ToolKey::createdAt));
        if (active.isEmpty()) {
            ring = null;
            return;
        }
        ToolKey key = active.get();
        ToolSigner signer = previous != null && previous.active().kid().equals(key.kid()) ? previous.signer()
                : new ToolSigner(key);
        JWKSet publicKeys = new JWKSet(keys.stream().filter(k -> k.status().isPublished())
                .map(k -> (JWK) k.jwk().toPublicJWK()).toList());
        ring = new Ring(key, signer, publicKeys);
    }

    /** Writes a change if no one else changed the keys since {@code version}, then re-reads them either way. */
    boolean apply(long version, List<ToolKey> changed) {
        boolean written = store.update(version, changed);
        reload();
        return written;
    }

    ToolKeySnapshot snapshot() {
        return store.load();
    }

    ToolKey generate(ToolKeyStatus status) {
        String kid = ids.newId();
        try {
            RSAKey jwk = new RSAKeyGenerator(KEY_SIZE).keyID(kid).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
            return new ToolKey(kid, jwk, clock.instant(), status);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    private Ring ring() {
        Ring current = ring;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            reload();
            // several instances may start on an empty database at once: the version check lets one key in
            while (ring == null) {
                ToolKeySnapshot snapshot = store.load();
                if (snapshot.keys().stream().noneMatch(k -> k.status() == ToolKeyStatus.ACTIVE)) {
                    store.update(snapshot.version(), List.of(generate(ToolKeyStatus.ACTIVE)));
                }
                reload();
            }
            return ring;
        }
    }

    private static List<ToolKey> sorted(List<ToolKey> keys) {
        return keys.stream().sorted(Comparator.comparing(ToolKey::createdAt)).toList();
    }

    private record Ring(ToolKey active, ToolSigner signer, JWKSet publicKeys) {
    }
}
