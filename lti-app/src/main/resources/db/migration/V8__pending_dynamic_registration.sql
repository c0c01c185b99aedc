-- A dynamic registration between the platform's initiation (GET /lti/register) and the admin's confirmation: the
-- checked configuration and the platform's registration token, under an unguessable id. The row goes on success
-- and at expiry; the token is kept for no longer.
CREATE TABLE lti_pending_registration (
    id                     VARCHAR(64)     NOT NULL PRIMARY KEY,
    configuration          VARCHAR(100000) NOT NULL,
    registration_token     VARCHAR(8192),
    current_registration   VARCHAR(100000),
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX lti_pending_registration_expires ON lti_pending_registration (expires_at);
