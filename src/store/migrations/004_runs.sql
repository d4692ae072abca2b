-- opsdesk schema 4: billing and settlement runs (B1-B8).

CREATE TABLE runs (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL,
    period          TEXT NOT NULL,
    in_charge       TEXT NOT NULL,
    state           TEXT NOT NULL,
    attempt         INTEGER NOT NULL DEFAULT 1,
    deadline        INTEGER NOT NULL,
    submitted_at    INTEGER,
    confirmed_by    TEXT,
    published_at    INTEGER,
    dispute_reason  TEXT NOT NULL DEFAULT '',
    rollback_reason TEXT NOT NULL DEFAULT '',
    version         INTEGER NOT NULL DEFAULT 1,
    updated_at      INTEGER NOT NULL,
    updated_by      TEXT NOT NULL,
    UNIQUE (kind, period)
) STRICT;
-- This month's runs (by deadline), and the list by period.
CREATE INDEX runs_deadline ON runs (deadline, id);
CREATE INDEX runs_period ON runs (period, kind);

-- B3, B4: one row per item per attempt; every attempt keeps its own.
CREATE TABLE run_checks (
    id           INTEGER PRIMARY KEY,
    run_id       INTEGER NOT NULL REFERENCES runs (id),
    attempt      INTEGER NOT NULL,
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
    UNIQUE (run_id, attempt, key)
) STRICT;

-- B6.
CREATE TABLE run_anomalies (
    id      INTEGER PRIMARY KEY,
    run_id  INTEGER NOT NULL REFERENCES runs (id),
    attempt INTEGER NOT NULL,
    at      INTEGER NOT NULL,
    by      TEXT NOT NULL,
    what    TEXT NOT NULL,
    effect  TEXT NOT NULL,
    duty_id INTEGER REFERENCES duties (id)
) STRICT;
CREATE INDEX run_anomalies_run ON run_anomalies (run_id, attempt, id);
