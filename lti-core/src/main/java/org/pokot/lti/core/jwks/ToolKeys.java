package org.pokot.lti.core.jwks;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import org.pokot.lti.core.IdGenerator;

/**
 * The tool's key ring: creates the first key, rotates, and publishes the public keys.
 * Rotation keeps the previous key published, so that launches and service calls signed a moment ago still verify.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#key-rotation">Security Framework §6.1</a>
 */
public final class ToolKeys {

    private static final int KEY_SIZE = 2048;

    private final ToolKeyStore store;
    private final IdGenerator ids;
    private final Clock clock;
    private volatile ToolKey signingKey;
    private volatile JWKSet publicKeys;

    public ToolKeys(ToolKeyStore store, IdGenerator ids, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The active key, created on first use. */
    public ToolKey signingKey() {
        ToolKey key = signingKey;
        if (key == null) {
            synchronized (this) {
                reload();
                if (signingKey == null) {
                    store.save(generate());
                    reload();
                }
                key = signingKey;
            }
        }
        return key;
    }

    /** Public keys of every key not retired: what {@code /.well-known/jwks.json} serves. */
    public JWKSet publicJwks() {
        signingKey();
        return publicKeys;
    }

    /** Makes a new key the signing key; the one it replaces stays published. */
    public synchronized ToolKey rotate() {
        ToolKey current = signingKey();
        store.save(current.withStatus(ToolKeyStatus.PREVIOUS));
        ToolKey next = generate();
        store.save(next);
        reload();
        return next;
    }

    /** Stops publishing a previous key. The active key cannot be retired: rotate first. */
    public synchronized void retire(String kid) {
        ToolKey key = store.findAll().stream().filter(k -> k.kid().equals(kid)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tool key with kid " + kid));
        if (key.status() == ToolKeyStatus.ACTIVE) {
            throw new IllegalStateException("the active key cannot be retired; rotate first");
        }
        store.save(key.withStatus(ToolKeyStatus.RETIRED));
        reload();
    }

    public List<ToolKey> all() {
        return store.findAll().stream().sorted(Comparator.comparing(ToolKey::createdAt)).toList();
    }

    /** Re-reads the store, e.g. after another instance of the tool rotated the key. */
    public synchronized void reload() {
        List<ToolKey> keys = all();
        signingKey = keys.stream().filter(k -> k.status() == ToolKeyStatus.ACTIVE)
                .max(Comparator.comparing(ToolKey::createdAt)).orElse(null);
        publicKeys = new JWKSet(keys.stream().filter(k -> k.status() != ToolKeyStatus.RETIRED)
                .map(k -> (JWK) k.jwk().toPublicJWK()).toList());
    }

    private ToolKey generate() {
        String kid = ids.newId();
        try {
            RSAKey jwk = new RSAKeyGenerator(KEY_SIZE).keyID(kid).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
            return new ToolKey(kid, jwk, clock.instant(), ToolKeyStatus.ACTIVE);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }
}
