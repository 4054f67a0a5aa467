-- Switchboard V2: the client workspace (jobs, candidates, activity) and the figures the Accounts
-- page lists, sorts and filters by. Those figures are kept on client_account as things happen, so
-- that sorting 100,000 clients by "last activity" or "open jobs" reads an index instead of
-- computing a value per row.

CREATE SEQUENCE job_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE candidate_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE activity_event_seq START WITH 50 INCREMENT BY 50;

ALTER TABLE client_account ADD COLUMN name_key VARCHAR(200);
ALTER TABLE client_account ADD COLUMN users_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE client_account ADD COLUMN open_jobs_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE client_account ADD COLUMN recent_candidates_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE client_account ADD COLUMN last_activity_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE client_account ADD COLUMN trial_ends_at TIMESTAMP WITH TIME ZONE;
UPDATE client_account SET name_key = LOWER(name), last_activity_at = created_at;
UPDATE client_account SET users_count = (
    SELECT COUNT(*) FROM client_membership m JOIN app_user u ON u.id = m.user_id
    WHERE m.client_id = client_account.id AND m.active = TRUE AND u.active = TRUE);
ALTER TABLE client_account ALTER COLUMN name_key SET NOT NULL;
ALTER TABLE client_account ALTER COLUMN last_activity_at SET NOT NULL;

-- One index per sortable column within a portal, with the id as tie-breaker, so every sort order
-- pages straight off an index in both directions.
DROP INDEX client_account_portal_idx;
CREATE INDEX client_account_by_name_idx ON client_account (portal_id, name_key, id);
CREATE INDEX client_account_by_plan_idx ON client_account (portal_id, plan_code, id);
CREATE INDEX client_account_by_status_idx ON client_account (portal_id, status, id);
CREATE INDEX client_account_by_seats_idx ON client_account (portal_id, seats, id);
CREATE INDEX client_account_by_users_idx ON client_account (portal_id, users_count, id);
CREATE INDEX client_account_by_open_jobs_idx ON client_account (portal_id, open_jobs_count, id);
CREATE INDEX client_account_by_candidates_idx ON client_account (portal_id, recent_candidates_count, id);
CREATE INDEX client_account_by_activity_idx ON client_account (portal_id, last_activity_at, id);
CREATE INDEX client_account_by_created_idx ON client_account (portal_id, created_at, id);
CREATE INDEX client_account_trial_idx ON client_account (portal_id, status, trial_ends_at);

CREATE TABLE job (
    id                BIGINT       NOT NULL PRIMARY KEY,
    client_id         BIGINT       NOT NULL REFERENCES client_account (id),
    -- The owning portal at the time, copied so that a portal's open jobs list off one index; it
    -- is rewritten with the client's when a client moves to another portal.
    portal_id         BIGINT,
    title             VARCHAR(200) NOT NULL,
    location          VARCHAR(200),
    department        VARCHAR(200),
    status            VARCHAR(16)  NOT NULL,
    opened_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at         TIMESTAMP WITH TIME ZONE,
    candidates_count  INTEGER      DEFAULT 0 NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT job_status_ck CHECK (status IN ('OPEN', 'CLOSED'))
);
CREATE INDEX job_client_idx ON job (client_id, status, opened_at, id);
CREATE INDEX job_portal_open_idx ON job (portal_id, status, opened_at, id);

CREATE TABLE candidate (
    id                BIGINT       NOT NULL PRIMARY KEY,
    client_id         BIGINT       NOT NULL REFERENCES client_account (id),
    job_id            BIGINT       NOT NULL REFERENCES job (id),
    full_name         VARCHAR(200) NOT NULL,
    email             VARCHAR(254) NOT NULL,
    stage             VARCHAR(16)  NOT NULL,
    applied_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    stage_changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT candidate_stage_ck CHECK (stage IN ('APPLIED', 'SCREENING', 'INTERVIEW', 'OFFER', 'HIRED', 'REJECTED')),
    CONSTRAINT candidate_job_email_uq UNIQUE (job_id, email)
);
CREATE INDEX candidate_job_idx ON candidate (job_id, applied_at, id);
CREATE INDEX candidate_client_idx ON candidate (client_id, applied_at);

-- What happened in a client account, for its dashboard and its portal's views. Append-only.
CREATE TABLE activity_event (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    client_id          BIGINT       NOT NULL,
    portal_id          BIGINT,
    actor_user_id      BIGINT,
    effective_user_id  BIGINT,
    type               VARCHAR(32)  NOT NULL,
    summary            VARCHAR(500) NOT NULL
);
CREATE INDEX activity_event_client_idx ON activity_event (client_id, occurred_at, id);
CREATE INDEX activity_event_portal_idx ON activity_event (portal_id, occurred_at, id);
