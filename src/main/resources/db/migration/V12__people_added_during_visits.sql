-- A person a partner added to a client during a visit: which portal's partner, and in which visit.
-- The client's own admins see it on their Users page and may remove such people once the partner
-- is gone; a partner's visit can add people but never make an admin (see ClientUsers).
ALTER TABLE client_membership ADD COLUMN added_by_portal_id BIGINT REFERENCES portal (id);
ALTER TABLE client_membership ADD COLUMN added_in_visit_id BIGINT;
