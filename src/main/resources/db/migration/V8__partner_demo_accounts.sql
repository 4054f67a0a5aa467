-- Switchboard V8: every portal's own demo client account, for showing the product to prospects.
-- The portal names its demo account, so that the Accounts and Welcome queries keep it out with
-- "c.id <> demo": the id is the last column of every (portal_id, column, id) index, so the
-- condition is checked on index entries and the index-only paging stays as fast as before.
-- The flag on the account itself is what consent, billing and the operator console ask.

ALTER TABLE client_account ADD COLUMN demo BOOLEAN DEFAULT FALSE NOT NULL;

ALTER TABLE portal ADD COLUMN demo_client_id BIGINT REFERENCES client_account (id);
CREATE UNIQUE INDEX portal_demo_client_idx ON portal (demo_client_id);
