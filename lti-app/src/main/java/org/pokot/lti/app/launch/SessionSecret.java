package org.pokot.lti.app.launch;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Component;

import org.pokot.lti.core.IdGenerator;

/**
 * The HMAC-SHA256 key of session tokens, created on first start and stored so that every instance shares it.
 * HMAC rather than the tool's RSA key because the tool is both issuer and only verifier of these tokens, and an
 * RSA signature costs about 1.5 ms of CPU per launch where HMAC costs microseconds.
 */
@Component
class SessionSecret {

    private final SecretKey key;

    SessionSecret(SessionSecretRowRepository rows, JdbcAggregateTemplate aggregates, IdGenerator ids, Clock clock) {
        String secret = rows.findById(SessionSecretRow.CURRENT).map(SessionSecretRow::secret).orElseGet(() -> {
            // two ids: 384 random bits, above HS256's 256-bit minimum
            SessionSecretRow row = new SessionSecretRow(SessionSecretRow.CURRENT, ids.newId() + ids.newId(),
                    clock.instant());
            try {
                aggregates.insert(row);
                return row.secret();
            } catch (DuplicateKeyException e) {
                return rows.findById(SessionSecretRow.CURRENT).orElseThrow().secret(); // another instance won
            }
        });
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    SecretKey key() {
        return key;
    }

    @Override
    public String toString() {
        return "SessionSecret[HmacSHA256]";
    }
}
