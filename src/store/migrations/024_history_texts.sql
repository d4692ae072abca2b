-- opsdesk schema 24: the texts the history holds once (issue 18, item 5).
--
-- From this schema on, a history row's changes may be stored in the forms `7…` and `8…`
-- (store/compact/texts.rs): the packed forms of schema 23 in which a string value of at least
-- eight bytes is written as the id of a row here. The same cause, department, contact or owner
-- in a hundred thousand rows is then stored once. Such a row decodes, with these texts, to
-- exactly the canonical text that `history --json` shows, `opsdesk check` replays and the hash
-- chain covers (store/chain.rs), so a text changed here breaks the chain at every row naming it.
-- Rows written before stay as they are and read as before. (IF NOT EXISTS: a desk whose schema
-- number was put back by hand, as tests of older schemas do, keeps the texts its rows name.)
CREATE TABLE IF NOT EXISTS history_texts (
    id   INTEGER PRIMARY KEY,
    hash INTEGER NOT NULL,  -- FNV-1a (64 bits) of text: how a text is found again
    text TEXT NOT NULL      -- a JSON string, quotes included, as the canonical changes have it
) STRICT;
CREATE INDEX IF NOT EXISTS history_texts_hash ON history_texts (hash);

CREATE TRIGGER IF NOT EXISTS history_texts_no_update BEFORE UPDATE ON history_texts
BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END;

CREATE TRIGGER IF NOT EXISTS history_texts_no_delete BEFORE DELETE ON history_texts
BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END;
