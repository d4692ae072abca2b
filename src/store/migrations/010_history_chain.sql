-- opsdesk schema 10: history that proves it was not rewritten (A1, issue 17).
--
-- Each history row carries `hash`: SHA-256 over its own fields and the `hash` of the row before it
-- by id (the canonical encoding is described in src/store/chain.rs). Rows are appended with their
-- hash in the write transaction that reads the previous one. The hashes of the rows written
-- before this schema are computed by opsdesk right after this file runs, in the same transaction
-- (`store::chain_tail::link_existing`): SQLite has no SHA-256 of its own. A later migration that
-- writes history rows must write them through opsdesk for the same reason, never in SQL alone.
ALTER TABLE history ADD COLUMN hash BLOB;
