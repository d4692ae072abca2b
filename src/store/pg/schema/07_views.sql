-- The history as words (SQLite migration 019's view history_text), for people reading the
-- database with psql; opsdesk reads the history by number.

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
