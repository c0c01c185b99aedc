-- The nonce is checked against its own login's row (found by state), so uniqueness was never what made it
-- "issued by this tool and usable once": 192 random bits do not collide, and used_at makes it single-use. The
-- unique check was a third of each login's insert on H2 (docs/performance.md). The index stays for the error
-- path that tells a replayed nonce from one never issued.
ALTER TABLE lti_login_state DROP CONSTRAINT uq_login_state_nonce;
CREATE INDEX ix_login_state_nonce ON lti_login_state (nonce);
