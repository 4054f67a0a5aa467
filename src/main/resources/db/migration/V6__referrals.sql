-- Switchboard V6: referrals, the leads partners pass on. The company is matched case-insensitively
-- against clients and other portals' open referrals, so that conflicts are flagged for the operator.

CREATE SEQUENCE referral_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE referral (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    portal_id           BIGINT        NOT NULL REFERENCES portal (id),
    company             VARCHAR(200)  NOT NULL,
    company_key         VARCHAR(200)  NOT NULL,
    contact_name        VARCHAR(200)  NOT NULL,
    contact_email       VARCHAR(254)  NOT NULL,
    notes               VARCHAR(2000),
    status              VARCHAR(12)   NOT NULL,
    -- Why the operator must look: the company is a client already, or another portal referred it first.
    conflict            VARCHAR(300),
    submitted_by        BIGINT        NOT NULL REFERENCES app_user (id),
    submitted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by          BIGINT        REFERENCES app_user (id),
    decided_at          TIMESTAMP WITH TIME ZONE,
    outcome_note        VARCHAR(300),
    client_id           BIGINT        REFERENCES client_account (id),
    version             BIGINT        NOT NULL,
    CONSTRAINT referral_status_ck CHECK (status IN ('SUBMITTED', 'QUALIFIED', 'WON', 'LOST'))
);
CREATE INDEX referral_company_idx ON referral (company_key, status);
CREATE INDEX referral_portal_idx ON referral (portal_id, submitted_at);
CREATE INDEX referral_status_idx ON referral (status, submitted_at);
