package org.pokot.lti.app.launch;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.pokot.lti.core.oidc.NonceLedger;

/**
 * The used nonces, one row each: the only write of a launch's login. The primary key makes the use atomic across
 * instances: of two inserts of one nonce the database refuses the second. One statement per method, no
 * transaction (and no repository proxy: JdbcTemplate already translates the exceptions).
 * <p>
 * A row is keyed by the first 64 bits of the nonce's SHA-256, not by the nonce: on H2 a numeric key is the table's
 * row key, where a character key was a uniqueness check of its own costing a third of the insert
 * (docs/performance.md). Two nonces share a key with a chance of n in 2<sup>64</sup>, n being the uses kept (the
 * launches of about twenty minutes); the later launch is then refused as a replay and opened again from the
 * course. It fails safe: a replay is never accepted.
 */
@Component
class JdbcNonceLedger implements NonceLedger {

    private final JdbcTemplate jdbc;

    JdbcNonceLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean recordUse(String nonce, Instant usedAt, Instant expiresAt) {
        try {
            return jdbc.update("INSERT INTO lti_nonce_use (nonce_key, used_at, expires_at) VALUES (?, ?, ?)",
                    key(nonce), Timestamp.from(usedAt), Timestamp.from(expiresAt)) == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<Instant> usedAt(String nonce) {
        List<Timestamp> used = jdbc.queryForList("SELECT used_at FROM lti_nonce_use WHERE nonce_key = ?",
                Timestamp.class, key(nonce));
        return used.isEmpty() ? Optional.empty() : Optional.of(used.get(0).toInstant());
    }

    @Override
    public int purgeExpired(Instant before) {
        return jdbc.update("DELETE FROM lti_nonce_use WHERE expires_at < ?", Timestamp.from(before));
    }

    static long key(String nonce) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(nonce.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
