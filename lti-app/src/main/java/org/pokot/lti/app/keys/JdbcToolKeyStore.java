package org.pokot.lti.app.keys;

import java.text.ParseException;
import java.util.List;

import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import org.pokot.lti.core.jwks.ToolKey;
import org.pokot.lti.core.jwks.ToolKeyStatus;
import org.pokot.lti.core.jwks.ToolKeyStore;

/** The tool's keys in the database, private parts included, so that every instance and restart signs alike. */
@Repository
@Transactional
class JdbcToolKeyStore implements ToolKeyStore {

    private final ToolKeyRowRepository rows;
    private final JdbcAggregateTemplate aggregates;

    JdbcToolKeyStore(ToolKeyRowRepository rows, JdbcAggregateTemplate aggregates) {
        this.rows = rows;
        this.aggregates = aggregates;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ToolKey> findAll() {
        return rows.findAll().stream().map(JdbcToolKeyStore::toKey).toList();
    }

    @Override
    public void save(ToolKey key) {
        ToolKeyRow row = new ToolKeyRow(key.kid(), key.jwk().toJSONString(), key.status().name(), key.createdAt());
        if (rows.existsById(key.kid())) {
            aggregates.update(row);
        } else {
            aggregates.insert(row);
        }
    }

    private static ToolKey toKey(ToolKeyRow row) {
        try {
            return new ToolKey(row.kid(), RSAKey.parse(row.jwk()), row.createdAt(), ToolKeyStatus.valueOf(row.status()));
        } catch (ParseException e) {
            throw new IllegalStateException("stored tool key " + row.kid() + " is not an RSA JWK", e);
        }
    }
}
