-- The HMAC key of the tool's session tokens, shared by every instance of the tool.
CREATE TABLE lti_session_secret (
    id         VARCHAR(16)  NOT NULL PRIMARY KEY,
    secret     VARCHAR(128) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
