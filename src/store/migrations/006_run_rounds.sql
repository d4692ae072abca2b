-- opsdesk schema 6: billing runs keep every round of checking (B8).
--
-- A dispute used to clear the attempt's checklist in place, so what had been checked showed
-- only in the history. Now a dispute starts a new round: fresh rows, the earlier round kept.

ALTER TABLE runs ADD COLUMN round INTEGER NOT NULL DEFAULT 1;

CREATE TABLE run_checks_rounds (
    id           INTEGER PRIMARY KEY,
    run_id       INTEGER NOT NULL REFERENCES runs (id),
    attempt      INTEGER NOT NULL,
    round        INTEGER NOT NULL DEFAULT 1,
    seq          INTEGER NOT NULL,
    key          TEXT NOT NULL,
    step         TEXT NOT NULL,
    title        TEXT NOT NULL,
    verify       TEXT NOT NULL DEFAULT '',
    figure_names TEXT NOT NULL DEFAULT '[]',
    performed_by TEXT,
    performed_at INTEGER,
    result       TEXT,
    figures      TEXT NOT NULL DEFAULT '{}',
    remark       TEXT NOT NULL DEFAULT '',
    reviewed_by  TEXT,
    reviewed_at  INTEGER,
    verdict      TEXT,
    review_note  TEXT NOT NULL DEFAULT '',
    version      INTEGER NOT NULL DEFAULT 1,
    UNIQUE (run_id, attempt, round, key)
) STRICT;
INSERT INTO run_checks_rounds (id, run_id, attempt, round, seq, key, step, title, verify, figure_names,
        performed_by, performed_at, result, figures, remark, reviewed_by, reviewed_at, verdict, review_note, version)
    SELECT id, run_id, attempt, 1, seq, key, step, title, verify, figure_names,
        performed_by, performed_at, result, figures, remark, reviewed_by, reviewed_at, verdict, review_note, version
    FROM run_checks;
DROP TABLE run_checks;
ALTER TABLE run_checks_rounds RENAME TO run_checks;
-- A round's checklist in list order, and every round of a run.
CREATE INDEX run_checks_list ON run_checks (run_id, attempt, round, seq);

-- B8: how each round ended: disputed by the supervisor, or rolled back; with the reason.
CREATE TABLE run_round_ends (
    id      INTEGER PRIMARY KEY,
    run_id  INTEGER NOT NULL REFERENCES runs (id),
    attempt INTEGER NOT NULL,
    round   INTEGER NOT NULL,
    how     TEXT NOT NULL,
    at      INTEGER NOT NULL,
    by      TEXT NOT NULL,
    reason  TEXT NOT NULL
) STRICT;
CREATE INDEX run_round_ends_run ON run_round_ends (run_id, id);

-- Every run and check written before this schema gains its round in its history, so that the
-- history still replays to the row (opsdesk check).
INSERT INTO history (record_kind, record_id, subject_kind, subject_id, at, actor, action, version, changes, detail)
    SELECT 'run', id, 'run', id, unixepoch(), 'opsdesk', 'upgrade', version,
           '[{"field":"round","before":null,"after":1}]', 'schema 6: checks are kept per round'
    FROM runs;
INSERT INTO history (record_kind, record_id, subject_kind, subject_id, at, actor, action, version, changes, detail)
    SELECT 'check', id, 'run', run_id, unixepoch(), 'opsdesk', 'upgrade', version,
           '[{"field":"round","before":null,"after":1}]', 'schema 6: checks are kept per round'
    FROM run_checks;
