-- Switchboard V14: a login that exists already joins a portal or a client account only by
-- accepting an invitation. Until then its membership is inactive and awaits acceptance: the adder
-- sees no sign-in time, the person's landing page and sign-in-as standing do not change, and no
-- admin can switch the membership on in their stead.
ALTER TABLE portal_membership ADD COLUMN awaiting_acceptance BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE client_membership ADD COLUMN awaiting_acceptance BOOLEAN DEFAULT FALSE NOT NULL;

-- PORTAL_JOIN names the portal membership (membership_id), CLIENT_JOIN the client membership.
ALTER TABLE invitation ADD COLUMN client_membership_id BIGINT REFERENCES client_membership (id) ON DELETE SET NULL;
ALTER TABLE invitation DROP CONSTRAINT invitation_kind_ck;
ALTER TABLE invitation ADD CONSTRAINT invitation_kind_ck
    CHECK (kind IN ('PARTNER', 'PORTAL_USER', 'PORTAL_JOIN', 'CLIENT_JOIN'));
ALTER TABLE invitation DROP CONSTRAINT invitation_target_ck;
ALTER TABLE invitation ADD CONSTRAINT invitation_target_ck CHECK ((kind = 'PARTNER' AND client_id IS NOT NULL)
    OR (kind IN ('PORTAL_USER', 'PORTAL_JOIN') AND portal_id IS NOT NULL)
    OR (kind = 'CLIENT_JOIN' AND client_id IS NOT NULL));
CREATE INDEX invitation_client_membership_idx ON invitation (client_membership_id);

-- What the submitting partner is told of a conflict: never another portal's referral or client.
-- `conflict` keeps the detail for the operator's referral desk.
ALTER TABLE referral ADD COLUMN conflict_for_partner VARCHAR(300);
UPDATE referral SET conflict_for_partner = conflict WHERE conflict LIKE 'Your portal%';
UPDATE referral SET conflict_for_partner = 'Our team checks this referral against earlier ones and existing clients.'
    WHERE conflict IS NOT NULL AND conflict_for_partner IS NULL;
