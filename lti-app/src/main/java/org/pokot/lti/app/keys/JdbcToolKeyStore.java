package org.pokot.lti.app.keys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.ParseException;
import java.util.List;

import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import org.pokot.lti.core.jwks.ToolKey;
import org.pokot.lti.core.jwks.ToolKeySnapshot;
import org.pokot.lti.core.jwks.ToolKeyStatus;
import org.pokot.lti.core.jwks.ToolKeyStore;

/**
 * The tool's keys in the database, private parts included, so that every instance and restart signs alike. The
 * one row of {@code lti_tool_key_set} carries the version: a change is a conditional UPDATE of it, and the
 * instance whose UPDATE matches no row (another one changed the keys first) writes nothing.
 */
@Repository
class JdbcToolKeyStore implements ToolKeyStore {

    private static final String SET = "tool";

    private final JdbcTemplate jdbc;

    JdbcToolKeyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public ToolKeySnapshot load() {
        // version first: a change committed between the two reads then pairs newer keys with an older version,
        // whose compare-and-set fails; the other order could pass a decision made on stale keys
        long version = jdbc.queryForObject("SELECT version FROM lti_tool_key_set WHERE id = ?", Long.class, SET);
        List<ToolKey> keys = jdbc.query("SELECT kid, jwk, status, created_at, status_since FROM lti_tool_key",
                (rs, n) -> toKey(rs));
        return new ToolKeySnapshot(version, keys);
    }

    @Override
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public boolean update(long expectedVersion, List<ToolKey> changed) {
        // under READ COMMITTED a concurrent UPDATE waits for the first to commit, then sees the new version
        if (jdbc.update("UPDATE lti_tool_key_set SET version = version + 1 WHERE id = ? AND version = ?",
                SET, expectedVersion) == 0) {
            return false;
        }
        for (ToolKey key : changed) {
            int updated = jdbc.update("UPDATE lti_tool_key SET status = ?, status_since = ? WHERE kid = ?",
                    key.status().name(), Timestamp.from(key.since()), key.kid());
            if (updated == 0) {
                jdbc.update("INSERT INTO lti_tool_key (kid, jwk, status, created_at, status_since) "
                                + "VALUES (?, ?, ?, ?, ?)", key.kid(), key.jwk().toJSONString(), key.status().name(),
                        Timestamp.from(key.createdAt()), Timestamp.from(key.since()));
            }
        }
        return true;
    }

    private static ToolKey toKey(ResultSet rs) throws SQLException {
        String kid = rs.getString("kid");
        try {
            return new ToolKey(kid, RSAKey.parse(rs.getString("jwk")), rs.getTimestamp("created_at").toInstant(),
                    ToolKeyStatus.valueOf(rs.getString("status")), rs.getTimestamp("status_since").toInstant());
        } catch (ParseException e) {
            throw new IllegalStateException("stored tool key " + kid + " is not an RSA JWK", e);
        }
    }
}
