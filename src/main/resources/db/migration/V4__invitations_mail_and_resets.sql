-- Switchboard V4: invitations (a client invites its partner; a portal admin invites its people),
-- password resets, and the outbox every e-mail goes through. Tokens are never stored, only their
-- SHA-256; an e-mail is a row written in the same transaction as the change it tells of, and sent
-- after that transaction commits.

CREATE SEQUENCE invitation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE password_reset_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE mail_message_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE invitation (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    kind                 VARCHAR(16)  NOT NULL,
    token_hash           CHAR(64)     NOT NULL,
    email                VARCHAR(254) NOT NULL,
    -- PARTNER: the client that invites its partner; PORTAL_USER: none.
    client_id            BIGINT       REFERENCES client_account (id),
    -- PORTAL_USER: the portal and the membership made for the person; PARTNER: the portal that accepted.
    portal_id            BIGINT       REFERENCES portal (id),
    -- Cleared when the person is removed from the portal; the invitation stays as a record.
    membership_id        BIGINT       REFERENCES portal_membership (id) ON DELETE SET NULL,
    invited_by_user_id   BIGINT       NOT NULL REFERENCES app_user (id),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at          TIMESTAMP WITH TIME ZONE,
    accepted_by_user_id  BIGINT       REFERENCES app_user (id),
    revoked_at           TIMESTAMP WITH TIME ZONE,
    version              BIGINT       NOT NULL,
    CONSTRAINT invitation_token_uq UNIQUE (token_hash),
    CONSTRAINT invitation_kind_ck CHECK (kind IN ('PARTNER', 'PORTAL_USER')),
    CONSTRAINT invitation_target_ck CHECK ((kind = 'PARTNER' AND client_id IS NOT NULL)
        OR (kind = 'PORTAL_USER' AND portal_id IS NOT NULL))
);
CREATE INDEX invitation_client_idx ON invitation (client_id, created_at);
CREATE INDEX invitation_portal_idx ON invitation (portal_id, created_at);
CREATE INDEX invitation_membership_idx ON invitation (membership_id);

CREATE TABLE password_reset (
    id          BIGINT   NOT NULL PRIMARY KEY,
    user_id     BIGINT   NOT NULL REFERENCES app_user (id),
    token_hash  CHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    version     BIGINT   NOT NULL,
    CONSTRAINT password_reset_token_uq UNIQUE (token_hash)
);
CREATE INDEX password_reset_user_idx ON password_reset (user_id, created_at);

-- The outbox. A message is claimed (claimed_until) before it is sent, so that two servers never
-- send it twice; a failed attempt is retried later, and after the last one it stays FAILED for an
-- operator to see and retry.
CREATE TABLE mail_message (
    id               BIGINT        NOT NULL PRIMARY KEY,
    kind             VARCHAR(32)   NOT NULL,
    recipient        VARCHAR(254)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body             VARCHAR(8000) NOT NULL,
    status           VARCHAR(8)    NOT NULL,
    attempts         INTEGER       NOT NULL,
    last_error       VARCHAR(1000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until    TIMESTAMP WITH TIME ZONE,
    sent_at          TIMESTAMP WITH TIME ZONE,
    version          BIGINT        NOT NULL,
    CONSTRAINT mail_message_status_ck CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
CREATE INDEX mail_message_due_idx ON mail_message (status, next_attempt_at);

-- A client whose admin accepted a move to another portal's management waits here for its own
-- admin's confirmation; until then the old portal keeps it.
ALTER TABLE client_account ADD COLUMN pending_portal_id BIGINT REFERENCES portal (id);

CREATE INDEX audit_event_type_idx ON audit_event (type, occurred_at);
