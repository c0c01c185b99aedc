-- Logins are sealed into their own state value (LoginStateSeal): a login writes nothing, and only the single use
-- of each nonce is recorded, at launch. A login in flight during the upgrade fails as "state unknown" and is
-- retried from the course. docs/security.md, "Login state and nonce".
DROP TABLE lti_login_state;

CREATE TABLE lti_nonce_use (
    nonce      VARCHAR(64)              NOT NULL PRIMARY KEY,
    used_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    -- when the login's state expires: a use is kept a while past it, then purged
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_nonce_use_expires_at ON lti_nonce_use (expires_at);
