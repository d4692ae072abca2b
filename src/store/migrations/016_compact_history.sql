-- opsdesk schema 16: the history in a third of the space (issue 18, item 5).
--
-- 1. One index where two held the same rows. `history_subject` (subject_kind, subject_id, id)
--    holds every row; a record's own rows are those whose record is their subject, so the
--    record index now holds only the rows written for another record's timeline (a duty's rows,
--    shown on its incident's). Every query by record reads both (store/audit.rs `by_record`),
--    and states this index's condition word for word, or SQLite would not use it.
DROP INDEX history_record;
CREATE INDEX history_record ON history (record_kind, record_id, id)
    WHERE (record_kind <> subject_kind OR record_id <> subject_id);

-- 2. Every row's changes in the compact form of store/compact.rs where it decodes back to exactly
--    the text the row held: done by opsdesk right after this file, in the same transaction
--    (`store::compact_history::on_migration`), with the append-only trigger set aside and put
--    back as it was. The hash chain covers the canonical (decoded) text, so every hash, and every
--    head kept elsewhere, holds as before: nothing is re-chained.
