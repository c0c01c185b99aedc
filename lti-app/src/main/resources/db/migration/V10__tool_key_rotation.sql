-- Key rotation: when each key entered its status, and one version for the whole key set, raised by every change,
-- so that of several instances only the one whose conditional UPDATE matches makes a rotation step.
-- Runs unchanged on H2 (default) and PostgreSQL (profile postgres).

ALTER TABLE lti_tool_key ADD COLUMN status_since TIMESTAMP WITH TIME ZONE;
UPDATE lti_tool_key SET status_since = created_at WHERE status <> 'PREVIOUS';
-- a key replaced by hand before this version: keep it published for a full overlap from the upgrade
UPDATE lti_tool_key SET status_since = CURRENT_TIMESTAMP WHERE status = 'PREVIOUS';
ALTER TABLE lti_tool_key ALTER COLUMN status_since SET NOT NULL;

CREATE TABLE lti_tool_key_set (
    id      VARCHAR(16) NOT NULL PRIMARY KEY,
    version BIGINT      NOT NULL
);
INSERT INTO lti_tool_key_set (id, version) VALUES ('tool', 0);
