-- Logins are sealed into their own state value (LoginStateSeal): a login writes nothing, and only the single use
-- of each nonce is recorded, at launch. A login in flight during the upgrade fails as "state unknown" and is
-- retried from the course. docs/security.md, "Single-use state and nonce".
DROP TABLE lti_login_state;

-- One row per used nonce, keyed by 64 bits of the nonce's SHA-256 (JdbcNonceLedger): a numeric primary key is
-- the table's own row key, where a character key costs H2 a separate uniqueness check on every insert.
CREATE TABLE lti_nonce_use (
    nonce_key  BIGINT                   NOT NULL PRIMARY KEY,
    used_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    -- when the login's state expires: a use is kept a while past it, then purged
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_nonce_use_expires_at ON lti_nonce_use (expires_at);
