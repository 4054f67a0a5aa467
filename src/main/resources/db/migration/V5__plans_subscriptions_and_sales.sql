-- Switchboard V5: the plan catalogue, client subscriptions and the sales they produce. Money is
-- NUMERIC(12,2) with its ISO currency beside it. Every sale has a natural key under a unique
-- constraint, so that a double-clicked form, a schedule run twice or on two servers, or a retry
-- after a crash can never record a sale twice.

-- The seeded plans take ids 1 to 3; new plans come from the sequence's second block (51 and up), as
-- EclipseLink uses the 50 ids up to each value it draws.
CREATE SEQUENCE plan_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE subscription_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE sale_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE plan (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    code                VARCHAR(64)   NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    monthly_seat_price  NUMERIC(12,2) NOT NULL,
    annual_seat_price   NUMERIC(12,2) NOT NULL,
    currency            CHAR(3)       NOT NULL,
    -- 0: the plan has no trial.
    trial_days          INTEGER       NOT NULL,
    active              BOOLEAN       NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT plan_code_uq UNIQUE (code),
    CONSTRAINT plan_prices_ck CHECK (monthly_seat_price >= 0 AND annual_seat_price >= 0),
    CONSTRAINT plan_trial_ck CHECK (trial_days >= 0 AND trial_days <= 90)
);
INSERT INTO plan (id, code, name, monthly_seat_price, annual_seat_price, currency, trial_days, active, version)
VALUES (1, 'starter', 'Starter', 6.00, 60.00, 'EUR', 14, TRUE, 0),
       (2, 'growth', 'Growth', 9.00, 90.00, 'EUR', 14, TRUE, 0),
       (3, 'pro', 'Pro', 14.00, 140.00, 'EUR', 0, TRUE, 0);

CREATE TABLE subscription (
    id             BIGINT        NOT NULL PRIMARY KEY,
    client_id      BIGINT        NOT NULL REFERENCES client_account (id),
    plan_id        BIGINT        NOT NULL REFERENCES plan (id),
    seats          INTEGER       NOT NULL,
    billing        VARCHAR(8)    NOT NULL,
    -- The price per seat and period when the subscription took this plan: a later price change of
    -- the plan never rewrites it.
    seat_price     NUMERIC(12,2) NOT NULL,
    currency       CHAR(3)       NOT NULL,
    anchor_date    DATE          NOT NULL,
    period_index   INTEGER       NOT NULL,
    period_start   DATE          NOT NULL,
    period_end     DATE          NOT NULL,
    status         VARCHAR(12)   NOT NULL,
    -- A downgrade waits for the next renewal.
    next_plan_id   BIGINT        REFERENCES plan (id),
    next_seats     INTEGER,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT subscription_client_uq UNIQUE (client_id),
    CONSTRAINT subscription_seats_ck CHECK (seats > 0 AND (next_seats IS NULL OR next_seats > 0)),
    CONSTRAINT subscription_billing_ck CHECK (billing IN ('MONTHLY', 'ANNUAL')),
    CONSTRAINT subscription_status_ck CHECK (status IN ('ACTIVE', 'CANCELLING', 'CANCELLED'))
);
CREATE INDEX subscription_due_idx ON subscription (status, period_end);

CREATE TABLE sale (
    id               BIGINT        NOT NULL PRIMARY KEY,
    natural_key      VARCHAR(120)  NOT NULL,
    type             VARCHAR(8)    NOT NULL,
    -- The portal the sale is attributed to, as it was when the sale was made.
    portal_id        BIGINT        REFERENCES portal (id),
    client_id        BIGINT        NOT NULL REFERENCES client_account (id),
    subscription_id  BIGINT        NOT NULL REFERENCES subscription (id),
    amount           NUMERIC(12,2) NOT NULL,
    currency         CHAR(3)       NOT NULL,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    description      VARCHAR(300)  NOT NULL,
    refunds_sale_id  BIGINT        REFERENCES sale (id),
    CONSTRAINT sale_natural_key_uq UNIQUE (natural_key),
    CONSTRAINT sale_type_ck CHECK (type IN ('NEW', 'RENEWAL', 'UPGRADE', 'REFUND')),
    CONSTRAINT sale_sign_ck CHECK ((type = 'REFUND' AND amount <= 0) OR (type <> 'REFUND' AND amount >= 0))
);
CREATE INDEX sale_client_idx ON sale (client_id, occurred_at, id);
CREATE INDEX sale_portal_idx ON sale (portal_id, occurred_at, id);

-- A new client made from a form remembers the form's idempotency key: posting it twice finds the
-- first client instead of making a second.
ALTER TABLE client_account ADD COLUMN creation_key VARCHAR(64);
ALTER TABLE client_account ADD CONSTRAINT client_account_creation_key_uq UNIQUE (creation_key);
ALTER TABLE client_account ADD COLUMN country CHAR(2);
ALTER TABLE client_account ADD COLUMN currency CHAR(3);
