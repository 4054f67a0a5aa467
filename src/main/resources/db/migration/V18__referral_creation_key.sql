-- Switchboard V18: a referral remembers the idempotency key of the request that submitted it, so
-- that a retried POST /api/v1/referrals answers the referral the first request made instead of
-- submitting the lead twice. Unique per portal, as a client account's creation key is; referrals
-- submitted on the page carry none (NULLs never collide).

ALTER TABLE referral ADD COLUMN creation_key VARCHAR(64);
CREATE UNIQUE INDEX referral_creation_key_uq ON referral (portal_id, creation_key);
