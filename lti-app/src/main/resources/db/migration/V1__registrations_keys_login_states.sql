-- Runs unchanged on H2 (default) and PostgreSQL (profile postgres).

CREATE TABLE lti_registration (
    id                        VARCHAR(64)   NOT NULL PRIMARY KEY,
    issuer                    VARCHAR(255)  NOT NULL,
    client_id                 VARCHAR(255)  NOT NULL,
    authorization_endpoint    VARCHAR(2048) NOT NULL,
    token_endpoint            VARCHAR(2048) NOT NULL,
    jwks_uri                  VARCHAR(2048) NOT NULL,
    unknown_deployment_policy VARCHAR(32)   NOT NULL,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_registration_issuer_client UNIQUE (issuer, client_id)
);

CREATE TABLE lti_deployment (
    registration_id VARCHAR(64)  NOT NULL REFERENCES lti_registration (id) ON DELETE CASCADE,
    deployment_id   VARCHAR(255) NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (registration_id, deployment_id)
);

CREATE TABLE lti_tool_key (
    kid        VARCHAR(64)   NOT NULL PRIMARY KEY,
    jwk        VARCHAR(8192) NOT NULL,
    status     VARCHAR(16)   NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per login: the state, the nonce issued with it, and when (if ever) a launch consumed it.
CREATE TABLE lti_login_state (
    state                VARCHAR(64)   NOT NULL PRIMARY KEY,
    nonce                VARCHAR(64)   NOT NULL,
    registration_id      VARCHAR(64)   NOT NULL REFERENCES lti_registration (id) ON DELETE CASCADE,
    issuer               VARCHAR(255)  NOT NULL,
    login_hint           VARCHAR(4096) NOT NULL,
    target_link_uri      VARCHAR(4096) NOT NULL,
    lti_message_hint     VARCHAR(4096),
    client_id            VARCHAR(255),
    deployment_id        VARCHAR(255),
    browser_binding_hash VARCHAR(64)   NOT NULL,
    issued_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at              TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_login_state_nonce UNIQUE (nonce)
);

CREATE INDEX ix_login_state_expires_at ON lti_login_state (expires_at);
