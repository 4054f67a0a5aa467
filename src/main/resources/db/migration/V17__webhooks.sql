-- Switchboard V17: webhooks. A portal admin registers HTTPS endpoints and chooses events; every
-- change that an endpoint listens to writes a delivery in the transaction of the change (the mail
-- outbox's pattern), sent after commit, signed as the Standard Webhooks specification describes,
-- and retried with backoff. A server claims a delivery before sending it, so two servers never
-- send one twice.

CREATE SEQUENCE webhook_endpoint_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE webhook_endpoint (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    portal_id              BIGINT        NOT NULL REFERENCES portal (id),
    url                    VARCHAR(2000) NOT NULL,
    description            VARCHAR(200),
    events                 VARCHAR(500)  NOT NULL,
    secret                 VARCHAR(100)  NOT NULL,
    -- The secret before the latest rotation: deliveries carry both signatures for a day, so the
    -- receiver can switch over without losing one.
    previous_secret        VARCHAR(100),
    previous_secret_until  TIMESTAMP WITH TIME ZONE,
    enabled                BOOLEAN       NOT NULL,
    disabled_reason        VARCHAR(300),
    failing_since          TIMESTAMP WITH TIME ZONE,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by_user_id     BIGINT        NOT NULL REFERENCES app_user (id),
    version                BIGINT        NOT NULL
);

CREATE INDEX webhook_endpoint_portal_idx ON webhook_endpoint (portal_id, enabled);

CREATE SEQUENCE webhook_delivery_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE webhook_delivery (
    id                BIGINT        NOT NULL PRIMARY KEY,
    endpoint_id       BIGINT        NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    portal_id         BIGINT        NOT NULL REFERENCES portal (id),
    -- The webhook-id header: the same for every attempt and every endpoint of one event.
    message_id        VARCHAR(40)   NOT NULL,
    event_type        VARCHAR(40)   NOT NULL,
    payload           VARCHAR(8000) NOT NULL,
    -- Set for events a schedule finds (a trial ending): one delivery per endpoint and fact, however
    -- many servers look.
    dedupe_key        VARCHAR(200),
    status            VARCHAR(20)   NOT NULL,
    attempts          INTEGER       NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until     TIMESTAMP WITH TIME ZONE,
    last_attempt_at   TIMESTAMP WITH TIME ZONE,
    last_status_code  INTEGER,
    last_error        VARCHAR(1000),
    last_duration_ms  INTEGER,
    delivered_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT webhook_delivery_status_ck CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    CONSTRAINT webhook_delivery_dedupe_uq UNIQUE (endpoint_id, dedupe_key)
);

-- The senders' scan for due deliveries, and each endpoint's delivery log (newest first).
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (status, next_attempt_at);
CREATE INDEX webhook_delivery_endpoint_idx ON webhook_delivery (endpoint_id, id);
