-- PostgreSQL only: "contains" search over client names and prefix search over e-mail addresses
-- use indexes. pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX client_account_name_trgm_idx ON client_account USING gin (name_key gin_trgm_ops);
CREATE INDEX app_user_email_pattern_idx ON app_user (email varchar_pattern_ops);
