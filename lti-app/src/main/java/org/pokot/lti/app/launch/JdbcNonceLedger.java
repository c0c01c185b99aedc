package org.pokot.lti.app.launch;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import org.pokot.lti.core.oidc.NonceLedger;

/**
 * The used nonces, one row each: the only write of a launch's login. The primary key makes the use atomic across
 * instances: of two inserts of one nonce the database refuses the second. One statement per method, no
 * transaction.
 */
@Repository
class JdbcNonceLedger implements NonceLedger {

    private final JdbcTemplate jdbc;

    JdbcNonceLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean recordUse(String nonce, Instant usedAt, Instant expiresAt) {
        try {
            return jdbc.update("INSERT INTO lti_nonce_use (nonce, used_at, expires_at) VALUES (?, ?, ?)", nonce,
                    Timestamp.from(usedAt), Timestamp.from(expiresAt)) == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<Instant> usedAt(String nonce) {
        List<Timestamp> used = jdbc.queryForList("SELECT used_at FROM lti_nonce_use WHERE nonce = ?",
                Timestamp.class, nonce);
        return used.isEmpty() ? Optional.empty() : Optional.of(used.get(0).toInstant());
    }

    @Override
    public int purgeExpired(Instant before) {
        return jdbc.update("DELETE FROM lti_nonce_use WHERE expires_at < ?", Timestamp.from(before));
    }
}
