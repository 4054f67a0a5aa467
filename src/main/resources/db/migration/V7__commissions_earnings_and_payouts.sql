-- Switchboard V7: how channel partners earn (commission plans, exchange rates), the earnings ledger
-- and the monthly payouts. Earnings are never updated except their status and payout, and never
-- deleted: a refund adds reversing entries. A payout is unique per portal, period and currency,
-- and a payout run is unique per period, so that no earning is paid twice.

CREATE SEQUENCE commission_plan_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE exchange_rate_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE earning_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE payout_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE payout_run_seq START WITH 50 INCREMENT BY 50;

-- One row per version of a portal's plan: a change is a new row effective from a date, so sales
-- before that date keep the terms they were earned under.
CREATE TABLE commission_plan (
    id               BIGINT        NOT NULL PRIMARY KEY,
    portal_id        BIGINT        NOT NULL REFERENCES portal (id),
    effective_from   DATE          NOT NULL,
    rate_new         NUMERIC(5,2)  NOT NULL,
    rate_renewal     NUMERIC(5,2)  NOT NULL,
    rate_upgrade     NUMERIC(5,2)  NOT NULL,
    referral_bounty  NUMERIC(12,2) NOT NULL,
    hold_days        INTEGER       NOT NULL,
    clawback_days    INTEGER       NOT NULL,
    threshold        NUMERIC(12,2) NOT NULL,
    currency         CHAR(3)       NOT NULL,
    created_by       BIGINT        NOT NULL REFERENCES app_user (id),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT commission_plan_version_uq UNIQUE (portal_id, effective_from),
    CONSTRAINT commission_plan_rates_ck CHECK (rate_new BETWEEN 0 AND 100 AND rate_renewal BETWEEN 0 AND 100
        AND rate_upgrade BETWEEN 0 AND 100),
    CONSTRAINT commission_plan_amounts_ck CHECK (referral_bounty >= 0 AND threshold >= 0),
    CONSTRAINT commission_plan_days_ck CHECK (hold_days BETWEEN 0 AND 365 AND clawback_days BETWEEN 0 AND 730)
);

-- Volume tiers: at or above min_clients paying clients, bonus_points are added to every rate.
CREATE TABLE commission_tier (
    commission_plan_id  BIGINT       NOT NULL REFERENCES commission_plan (id),
    min_clients         INTEGER      NOT NULL,
    bonus_points        NUMERIC(5,2) NOT NULL,
    CONSTRAINT commission_tier_uq UNIQUE (commission_plan_id, min_clients),
    CONSTRAINT commission_tier_ck CHECK (min_clients > 0 AND bonus_points BETWEEN 0 AND 100)
);

-- How much one unit of from_currency is in to_currency from valid_from on (until a later row).
CREATE TABLE exchange_rate (
    id             BIGINT        NOT NULL PRIMARY KEY,
    from_currency  CHAR(3)       NOT NULL,
    to_currency    CHAR(3)       NOT NULL,
    valid_from     DATE          NOT NULL,
    rate           NUMERIC(18,8) NOT NULL,
    created_by     BIGINT        NOT NULL REFERENCES app_user (id),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT exchange_rate_uq UNIQUE (from_currency, to_currency, valid_from),
    CONSTRAINT exchange_rate_ck CHECK (rate > 0 AND from_currency <> to_currency)
);

CREATE TABLE payout_run (
    id                BIGINT       NOT NULL PRIMARY KEY,
    -- The month paid for, e.g. 2026-10; its cut-off is the first day of the next month.
    period            CHAR(7)      NOT NULL,
    status            VARCHAR(10)  NOT NULL,
    started_by        BIGINT       REFERENCES app_user (id),
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    -- A run that stops reporting (its server died) may be taken over after a while.
    heartbeat_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at       TIMESTAMP WITH TIME ZONE,
    job_execution_id  BIGINT,
    portals_done      INTEGER      NOT NULL,
    payouts_made      INTEGER      NOT NULL,
    failure           VARCHAR(500),
    version           BIGINT       NOT NULL,
    CONSTRAINT payout_run_period_uq UNIQUE (period),
    CONSTRAINT payout_run_status_ck CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED'))
);

CREATE TABLE payout (
    id              BIGINT        NOT NULL PRIMARY KEY,
    portal_id       BIGINT        NOT NULL REFERENCES portal (id),
    period          CHAR(7)       NOT NULL,
    cut_off         DATE          NOT NULL,
    currency        CHAR(3)       NOT NULL,
    amount          NUMERIC(14,2) NOT NULL,
    earnings_count  INTEGER       NOT NULL,
    status          VARCHAR(8)    NOT NULL,
    run_id          BIGINT        NOT NULL REFERENCES payout_run (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    reference       VARCHAR(100),
    failure_reason  VARCHAR(300),
    settled_by      BIGINT        REFERENCES app_user (id),
    settled_at      TIMESTAMP WITH TIME ZONE,
    version         BIGINT        NOT NULL,
    CONSTRAINT payout_once_uq UNIQUE (portal_id, period, currency),
    CONSTRAINT payout_amount_ck CHECK (amount > 0),
    CONSTRAINT payout_status_ck CHECK (status IN ('ISSUED', 'PAID', 'FAILED'))
);
CREATE INDEX payout_portal_idx ON payout (portal_id, period);
CREATE INDEX payout_status_idx ON payout (status, period);

CREATE TABLE earning (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    portal_id            BIGINT        NOT NULL REFERENCES portal (id),
    kind                 VARCHAR(10)   NOT NULL,
    -- The sale it was earned on (for a clawback: the refund), or the won referral of a bounty.
    sale_id              BIGINT        REFERENCES sale (id),
    referral_id          BIGINT        REFERENCES referral (id),
    client_id            BIGINT        REFERENCES client_account (id),
    reverses_earning_id  BIGINT        REFERENCES earning (id),
    commission_plan_id   BIGINT        NOT NULL REFERENCES commission_plan (id),
    -- What the rate was applied to, in the sale's currency, and the exchange rate into `currency`.
    base_amount          NUMERIC(12,2) NOT NULL,
    base_currency        CHAR(3)       NOT NULL,
    exchange_rate        NUMERIC(18,8) NOT NULL,
    rate_percent         NUMERIC(5,2),
    paying_clients       INTEGER,
    amount               NUMERIC(12,2) NOT NULL,
    currency             CHAR(3)       NOT NULL,
    earned_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    available_on         DATE          NOT NULL,
    -- A refund on or before this date claws the earning back.
    clawback_until       DATE          NOT NULL,
    status               VARCHAR(10)   NOT NULL,
    payout_id            BIGINT        REFERENCES payout (id),
    CONSTRAINT earning_sale_uq UNIQUE (sale_id, kind),
    CONSTRAINT earning_reverses_uq UNIQUE (reverses_earning_id),
    CONSTRAINT earning_referral_uq UNIQUE (referral_id),
    CONSTRAINT earning_kind_ck CHECK (kind IN ('COMMISSION', 'CLAWBACK', 'BOUNTY')),
    CONSTRAINT earning_status_ck CHECK (status IN ('PENDING', 'AVAILABLE', 'PAID')),
    CONSTRAINT earning_paid_ck CHECK ((status = 'PAID') = (payout_id IS NOT NULL)),
    CONSTRAINT earning_sign_ck CHECK ((kind = 'CLAWBACK' AND amount <= 0) OR (kind <> 'CLAWBACK' AND amount >= 0))
);
-- The payout run pays one portal's available earnings up to a cut-off; the release finds due ones.
CREATE INDEX earning_payable_idx ON earning (portal_id, status, available_on);
CREATE INDEX earning_release_idx ON earning (status, available_on);
CREATE INDEX earning_portal_time_idx ON earning (portal_id, earned_at, id);
CREATE INDEX earning_payout_idx ON earning (payout_id);

-- A sale whose earning could not be worked out yet (no exchange rate for its currency and date):
-- shown to the operator, earned once the rate is entered, never guessed.
CREATE TABLE held_sale (
    sale_id      BIGINT       NOT NULL PRIMARY KEY REFERENCES sale (id),
    portal_id    BIGINT       NOT NULL REFERENCES portal (id),
    reason       VARCHAR(300) NOT NULL,
    held_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX held_sale_open_idx ON held_sale (resolved_at, held_at);
