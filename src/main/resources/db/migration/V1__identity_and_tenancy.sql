-- Switchboard V1: identity and tenancy.
-- Portable SQL for PostgreSQL (production) and H2 (embedded default).
-- Sequences start at 50 and step by 50 to match @SequenceGenerator(allocationSize = 50)
-- on every server (Open Liberty's EclipseLink rejects START WITH 1 for pooled ids).
-- Timestamps are stored with time zone and written in UTC.

CREATE SEQUENCE portal_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE client_account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE app_user_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE portal_membership_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE client_membership_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE platform_operator_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE portal (
    id              BIGINT       NOT NULL PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    kind            VARCHAR(32)  NOT NULL,
    verification    VARCHAR(32)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT portal_kind_ck CHECK (kind IN ('SERVICE_PROVIDER', 'CHANNEL_PARTNER', 'COMPANY_GROUP')),
    CONSTRAINT portal_verification_ck CHECK (verification IN ('PENDING', 'VERIFIED', 'REJECTED'))
);

CREATE TABLE client_account (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    name                 VARCHAR(200) NOT NULL,
    plan_code            VARCHAR(64)  NOT NULL,
    status               VARCHAR(16)  NOT NULL,
    seats                INTEGER      NOT NULL,
    portal_id            BIGINT       REFERENCES portal (id),
    allow_partner_login  BOOLEAN      NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT client_account_status_ck CHECK (status IN ('TRIAL', 'ACTIVE', 'PAST_DUE', 'CANCELLED', 'EXPIRED')),
    CONSTRAINT client_account_seats_ck CHECK (seats >= 0)
);
CREATE INDEX client_account_portal_idx ON client_account (portal_id, status);

-- One global identity per person. The e-mail is stored normalised (trimmed, lower case), so the
-- unique index makes two accounts for one address impossible whatever the letter case.
CREATE TABLE app_user (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    email                 VARCHAR(254) NOT NULL,
    first_name            VARCHAR(100) NOT NULL,
    last_name             VARCHAR(100) NOT NULL,
    password_hash         VARCHAR(512),
    active                BOOLEAN      NOT NULL,
    must_change_password  BOOLEAN      NOT NULL,
    failed_logins         INTEGER      NOT NULL,
    locked_until          TIMESTAMP WITH TIME ZONE,
    last_login_at         TIMESTAMP WITH TIME ZONE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT       NOT NULL,
    CONSTRAINT app_user_email_uq UNIQUE (email),
    CONSTRAINT app_user_email_lower_ck CHECK (email = LOWER(email))
);

CREATE TABLE portal_membership (
    id            BIGINT      NOT NULL PRIMARY KEY,
    user_id       BIGINT      NOT NULL REFERENCES app_user (id),
    portal_id     BIGINT      NOT NULL REFERENCES portal (id),
    role          VARCHAR(32) NOT NULL,
    client_scope  VARCHAR(16) NOT NULL,
    restricted    BOOLEAN     NOT NULL,
    active        BOOLEAN     NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT      NOT NULL,
    CONSTRAINT portal_membership_uq UNIQUE (user_id, portal_id),
    CONSTRAINT portal_membership_role_ck CHECK (role IN ('PORTAL_ADMIN', 'PARTNER_USER')),
    CONSTRAINT portal_membership_scope_ck CHECK (client_scope IN ('ALL', 'ASSIGNED'))
);
CREATE INDEX portal_membership_portal_idx ON portal_membership (portal_id);

-- The clients assigned to a membership whose scope is ASSIGNED.
CREATE TABLE portal_membership_client (
    membership_id  BIGINT NOT NULL REFERENCES portal_membership (id) ON DELETE CASCADE,
    client_id      BIGINT NOT NULL REFERENCES client_account (id),
    PRIMARY KEY (membership_id, client_id)
);
CREATE INDEX portal_membership_client_client_idx ON portal_membership_client (client_id);

CREATE TABLE client_membership (
    id          BIGINT      NOT NULL PRIMARY KEY,
    user_id     BIGINT      NOT NULL REFERENCES app_user (id),
    client_id   BIGINT      NOT NULL REFERENCES client_account (id),
    role        VARCHAR(32) NOT NULL,
    active      BOOLEAN     NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT      NOT NULL,
    CONSTRAINT client_membership_uq UNIQUE (user_id, client_id),
    CONSTRAINT client_membership_role_ck CHECK (role IN ('CLIENT_ADMIN', 'RECRUITER', 'VIEWER'))
);
CREATE INDEX client_membership_client_idx ON client_membership (client_id);

CREATE TABLE platform_operator (
    id          BIGINT  NOT NULL PRIMARY KEY,
    user_id     BIGINT  NOT NULL REFERENCES app_user (id),
    active      BOOLEAN NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT  NOT NULL,
    CONSTRAINT platform_operator_user_uq UNIQUE (user_id)
);

-- Append-only: the application inserts rows and never updates or deletes one. Ids of people and
-- accounts are kept without foreign keys so that an event outlives what it is about, and so that a
-- failed login for an unknown e-mail can be recorded.
CREATE TABLE audit_event (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    type               VARCHAR(48)  NOT NULL,
    actor_user_id      BIGINT,
    effective_user_id  BIGINT,
    portal_id          BIGINT,
    client_id          BIGINT,
    subject            VARCHAR(254),
    detail             VARCHAR(1000),
    source_address     VARCHAR(64)
);
CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at);
CREATE INDEX audit_event_actor_idx ON audit_event (actor_user_id, occurred_at);
CREATE INDEX audit_event_portal_idx ON audit_event (portal_id, occurred_at);
CREATE INDEX audit_event_client_idx ON audit_event (client_id, occurred_at);
