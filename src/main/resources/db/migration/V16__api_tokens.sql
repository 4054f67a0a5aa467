-- Switchboard V16: API tokens for the partner REST API. A portal admin makes a token with a name,
-- an expiry and scopes; the token acts with its owner's rights in the portal, never more. Only the
-- SHA-256 of the secret is kept. The rate-limit window lives on the token's row, so that every
-- server counts the same requests (the row lock serialises the count).

CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE api_token (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    portal_id             BIGINT       NOT NULL REFERENCES portal (id),
    owner_user_id         BIGINT       NOT NULL REFERENCES app_user (id),
    name                  VARCHAR(100) NOT NULL,
    token_hash            VARCHAR(64)  NOT NULL,
    hint                  VARCHAR(16)  NOT NULL,
    scopes                VARCHAR(200) NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at            TIMESTAMP WITH TIME ZONE,
    revoked_by_user_id    BIGINT       REFERENCES app_user (id),
    last_used_at          TIMESTAMP WITH TIME ZONE,
    last_used_from        VARCHAR(64),
    requests_per_minute   INTEGER      NOT NULL,
    window_start          TIMESTAMP WITH TIME ZONE,
    window_requests       INTEGER      NOT NULL,
    version               BIGINT       NOT NULL,
    CONSTRAINT api_token_hash_uq UNIQUE (token_hash),
    CONSTRAINT api_token_rate_ck CHECK (requests_per_minute BETWEEN 1 AND 100000)
);

CREATE INDEX api_token_portal_idx ON api_token (portal_id, created_at);
CREATE INDEX api_token_owner_idx ON api_token (owner_user_id);
