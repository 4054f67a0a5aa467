-- Switchboard V3: partner access. A portal user signs in to a client account as themselves or as
-- one of its users; each visit is an access_session, and whatever is done during it names the
-- visit. The client decides whether partners may enter at all and with how much power.

CREATE SEQUENCE access_session_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE partner_login_consent_seq START WITH 50 INCREMENT BY 50;

-- The highest role a partner gets when signing in as themselves; the client admin chooses it.
ALTER TABLE client_account ADD COLUMN partner_role_cap VARCHAR(32) DEFAULT 'CLIENT_ADMIN' NOT NULL;
ALTER TABLE client_account ADD CONSTRAINT client_account_partner_role_cap_ck
    CHECK (partner_role_cap IN ('CLIENT_ADMIN', 'RECRUITER', 'VIEWER'));
-- The operator console finds clients by name across every portal.
CREATE INDEX client_account_name_idx ON client_account (name_key, id);

-- A membership created just in time by "Sign in as Me" names the portal it came through. It
-- works only inside a visit from that portal, is not one of the client's seats, and is what a
-- leaver report lists.
ALTER TABLE client_membership ADD COLUMN partner_portal_id BIGINT REFERENCES portal (id);
CREATE INDEX client_membership_partner_idx ON client_membership (partner_portal_id, user_id);

CREATE TABLE access_session (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    real_user_id       BIGINT       NOT NULL REFERENCES app_user (id),
    portal_id          BIGINT       NOT NULL REFERENCES portal (id),
    client_id          BIGINT       NOT NULL REFERENCES client_account (id),
    mode               VARCHAR(8)   NOT NULL,
    effective_user_id  BIGINT       NOT NULL REFERENCES app_user (id),
    reason             VARCHAR(500),
    restricted         BOOLEAN      NOT NULL,
    started_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- The hard limit, fixed at the start: a visit never outlives it, however busy.
    expires_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at           TIMESTAMP WITH TIME ZONE,
    end_reason         VARCHAR(24),
    source_address     VARCHAR(64),
    CONSTRAINT access_session_mode_ck CHECK (mode IN ('AS_SELF', 'AS_USER')),
    CONSTRAINT access_session_reason_ck CHECK (mode = 'AS_SELF' OR reason IS NOT NULL),
    CONSTRAINT access_session_end_ck CHECK ((ended_at IS NULL) = (end_reason IS NULL))
);
CREATE INDEX access_session_client_idx ON access_session (client_id, started_at, id);
CREATE INDEX access_session_portal_idx ON access_session (portal_id, started_at, id);
CREATE INDEX access_session_user_idx ON access_session (real_user_id, started_at);
-- The sweep that closes abandoned visits reads only the open ones.
CREATE INDEX access_session_open_idx ON access_session (ended_at, last_seen_at);

-- What was done during a visit names it, so a history can list a visit's changes.
ALTER TABLE activity_event ADD COLUMN access_session_id BIGINT;
CREATE INDEX activity_event_access_idx ON activity_event (access_session_id, occurred_at, id);
ALTER TABLE audit_event ADD COLUMN access_session_id BIGINT;

-- A client's written consent to partner login, as a platform operator recorded it. Append-only.
CREATE TABLE partner_login_consent (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    client_id            BIGINT        NOT NULL REFERENCES client_account (id),
    given_by             VARCHAR(200)  NOT NULL,
    given_on             DATE          NOT NULL,
    note                 VARCHAR(1000),
    recorded_by_user_id  BIGINT        NOT NULL REFERENCES app_user (id),
    recorded_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX partner_login_consent_client_idx ON partner_login_consent (client_id, recorded_at);
