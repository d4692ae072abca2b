-- opsdesk schema 19: each history row without its repeated words (issue 18, item 5's remainder).
--
-- 1. The words a row repeats (its record's and subject's kinds, its actor, its action) are stored
--    once each in `history_words` and named by their number in the rows; like the rows, the
--    words are never changed or removed. `incident` is word 0, which SQLite stores in no bytes.
-- 2. A row's subject is stored only when it is not the record itself (a duty's row, shown on its
--    incident's timeline): `subject_kind` and `subject_id` are both NULL when the record is its
--    own subject, both set otherwise.
-- 3. One index holds every row by record; a partial one holds the rows of another record's
--    timeline, by subject. A timeline reads the record's own rows from the first and the others'
--    from the second (store/audit.rs).
--
-- What a row says is unchanged: `history_text` shows every row with its words, as the columns
-- held them before, and the hash chain covers exactly that text (store/chain.rs), so every hash,
-- and every head kept elsewhere, holds as before; nothing is re-chained. The rows are copied
-- into the new table by opsdesk right after this file, in the same transaction
-- (`store::history_codes::on_migration`), which then drops `history_v1`.
DROP TRIGGER IF EXISTS history_no_update;
DROP TRIGGER IF EXISTS history_no_delete;
DROP INDEX IF EXISTS history_subject;
DROP INDEX IF EXISTS history_record;
ALTER TABLE history RENAME TO history_v1;

CREATE TABLE history_words (
    id   INTEGER PRIMARY KEY,
    word TEXT NOT NULL UNIQUE
) STRICT;
INSERT INTO history_words (id, word) VALUES (0, 'incident');

-- A1: append-only. `record` is the row that changed; `subject` is the record whose timeline
-- shows it, NULL when that is the record itself.
CREATE TABLE history (
    id           INTEGER PRIMARY KEY,
    record_kind  INTEGER NOT NULL,  -- history_words.id
    record_id    INTEGER NOT NULL,
    subject_kind INTEGER,           -- history_words.id; NULL: the record is its own subject
    subject_id   INTEGER,           -- NULL: the record is its own subject
    at           INTEGER NOT NULL,
    actor        INTEGER NOT NULL,  -- history_words.id
    action       INTEGER NOT NULL,  -- history_words.id
    -- The record's version after this change; NULL when the change bumped none (a note).
    version      INTEGER,
    changes      TEXT NOT NULL DEFAULT '[]',
    detail       TEXT NOT NULL DEFAULT '',
    hash         BLOB
) STRICT;
-- (Every index entry ends in the row's id already, and is ordered by it: naming `id` again
-- would store it twice.)
CREATE INDEX history_record ON history (record_kind, record_id);
CREATE INDEX history_subject ON history (subject_kind, subject_id) WHERE subject_id IS NOT NULL;

CREATE TRIGGER history_no_update BEFORE UPDATE ON history
BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END;
CREATE TRIGGER history_no_delete BEFORE DELETE ON history
BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END;
CREATE TRIGGER history_words_no_update BEFORE UPDATE ON history_words
BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END;
CREATE TRIGGER history_words_no_delete BEFORE DELETE ON history_words
BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END;

-- Every row as the columns held it before this schema (the text the hash chain covers; changes
-- as stored, compact or not: store/compact.rs), for reading by hand.
CREATE VIEW history_text AS
SELECT h.id,
       (SELECT word FROM history_words WHERE id = h.record_kind) AS record_kind,
       h.record_id,
       (SELECT word FROM history_words WHERE id = coalesce(h.subject_kind, h.record_kind)) AS subject_kind,
       coalesce(h.subject_id, h.record_id) AS subject_id,
       h.at,
       (SELECT word FROM history_words WHERE id = h.actor) AS actor,
       (SELECT word FROM history_words WHERE id = h.action) AS action,
       h.version, h.changes, h.detail, h.hash
FROM history h;

-- The search index: `search_docs_record` repeated what the UNIQUE index holds once its columns
-- are the other way round (a record's documents by its id, of whichever kind).
CREATE TABLE search_docs_v2 (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    open      INTEGER NOT NULL,
    at        INTEGER NOT NULL,
    UNIQUE (record_id, kind)
) STRICT;
INSERT INTO search_docs_v2 (id, kind, record_id, open, at) SELECT id, kind, record_id, open, at FROM search_docs;
DROP TABLE search_docs;
ALTER TABLE search_docs_v2 RENAME TO search_docs;
CREATE INDEX search_docs_at ON search_docs (at);

-- `incidents_received` is the first column of `incidents_report_times` (schema 18), which serves
-- every query by `received_at` as well.
DROP INDEX IF EXISTS incidents_received;
