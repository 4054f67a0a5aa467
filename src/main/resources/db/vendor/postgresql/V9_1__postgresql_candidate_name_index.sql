-- PostgreSQL only: in a database whose collation is not "C", LIKE 'prefix%' can use a btree
-- index only with the pattern operator class. The shared search starts from the names that match
-- and keeps those of opted-in clients of the portal; with the client and id in the index, counting
-- and picking a page's ids never read the table, only the 25 rows shown are.
CREATE INDEX candidate_name_pattern_idx ON candidate (name_key varchar_pattern_ops) INCLUDE (client_id, id);
