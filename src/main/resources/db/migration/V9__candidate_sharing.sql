-- Switchboard V9: candidate sharing between the client accounts of one portal. The operator
-- switches it on per portal; each client's own admins decide whether its candidates are shared.
-- Both switches are read by the search query itself, so turning either off hides at once.

ALTER TABLE portal ADD COLUMN candidate_sharing BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE client_account ADD COLUMN shares_candidates BOOLEAN DEFAULT FALSE NOT NULL;

-- The name in lower case, so that "name starts with" reads an index on every database.
ALTER TABLE candidate ADD COLUMN name_key VARCHAR(200);
UPDATE candidate SET name_key = LOWER(full_name);
ALTER TABLE candidate ALTER COLUMN name_key SET NOT NULL;

-- Where a copied candidate came from. No foreign key: the copy belongs to its own account and
-- stays whole whatever becomes of the source.
ALTER TABLE candidate ADD COLUMN copied_from_candidate_id BIGINT;
ALTER TABLE candidate ADD COLUMN source_client_id BIGINT;

-- A shared search walks the opted-in clients of one portal and, within each, the names in order.
CREATE INDEX client_account_sharing_idx ON client_account (portal_id, shares_candidates, id);
CREATE INDEX candidate_client_name_idx ON candidate (client_id, name_key, id);
-- "Already copied into this job?" is answered off an index.
CREATE INDEX candidate_copied_from_idx ON candidate (job_id, copied_from_candidate_id);
