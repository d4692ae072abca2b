-- opsdesk schema 1: directory, incidents, duties and the audit trail.
-- Instants are INTEGER seconds since the Unix epoch, UTC. Booleans are 0/1.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- U3: the IT management department and the business departments it serves.
CREATE TABLE departments (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('it', 'business')),
    interface_name  TEXT NOT NULL DEFAULT '',
    interface_phone TEXT NOT NULL DEFAULT '',
    interface_email TEXT NOT NULL DEFAULT '',
    head_name       TEXT NOT NULL DEFAULT '',
    head_phone      TEXT NOT NULL DEFAULT '',
    head_email      TEXT NOT NULL DEFAULT '',
    manager_name    TEXT NOT NULL DEFAULT '',
    manager_phone   TEXT NOT NULL DEFAULT '',
    manager_email   TEXT NOT NULL DEFAULT '',
    front_line      INTEGER NOT NULL DEFAULT 0,
    maintenance     INTEGER NOT NULL DEFAULT 0,
    relevance       INTEGER NOT NULL DEFAULT 100,
    version         INTEGER NOT NULL DEFAULT 1,
    updated_at      INTEGER NOT NULL,
    updated_by      TEXT NOT NULL
) STRICT;

-- U2: an operating-system login mapped to a person.
CREATE TABLE users (
    id         INTEGER PRIMARY KEY,
    login      TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('operator', 'supervisor', 'manager', 'leader', 'admin')),
    dept_id    INTEGER NOT NULL REFERENCES departments (id),
    phone      TEXT NOT NULL DEFAULT '',
    email      TEXT NOT NULL DEFAULT '',
    version    INTEGER NOT NULL DEFAULT 1,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL
) STRICT;
CREATE INDEX users_role ON users (role);

-- I1-I13.
CREATE TABLE incidents (
    id            INTEGER PRIMARY KEY,
    title         TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL,
    category      TEXT NOT NULL,
    severity      TEXT NOT NULL,
    service       TEXT NOT NULL,
    channel       TEXT NOT NULL,
    reporter      TEXT NOT NULL DEFAULT '',
    contact       TEXT NOT NULL DEFAULT '',
    dept          TEXT NOT NULL DEFAULT '',
    outage        INTEGER NOT NULL DEFAULT 0,
    human_cause   INTEGER NOT NULL DEFAULT 0,
    received_at   INTEGER NOT NULL,
    started_at    INTEGER NOT NULL,
    clock_start   INTEGER NOT NULL,
    episode       INTEGER NOT NULL DEFAULT 0,
    owner         TEXT,
    accepted_at   INTEGER,
    contacted_at  INTEGER,
    restored_at   INTEGER,
    resolved_at   INTEGER,
    verified_at   INTEGER,
    closed_at     INTEGER,
    cause         TEXT NOT NULL DEFAULT '',
    satisfaction  INTEGER,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    INTEGER NOT NULL,
    updated_by    TEXT NOT NULL,
    -- Not part of the record: the next instant at which the escalation engine has something to
    -- raise for this incident (NULL: nothing by time alone). Lets a tick visit only those.
    engine_due_at INTEGER
) STRICT;
-- The open queue, paged by id.
CREATE INDEX incidents_open ON incidents (id) WHERE status <> 'closed';
CREATE INDEX incidents_engine ON incidents (engine_due_at) WHERE engine_due_at IS NOT NULL;
-- I7: recent quick fixes on one service and category.
CREATE INDEX incidents_recurrence ON incidents (service, category, clock_start);
-- I11: suspensions by start.
CREATE INDEX incidents_outage ON incidents (started_at) WHERE outage = 1;

-- I6-I8 (and later C5-C9, B5-B6): something that must be done for a record by an instant.
-- The UNIQUE constraint is what makes each step recorded once, however many engines run.
CREATE TABLE duties (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    record_kind TEXT NOT NULL,
    record_id   INTEGER NOT NULL,
    episode     INTEGER NOT NULL DEFAULT 0,
    whom        TEXT NOT NULL DEFAULT '',
    raised_at   INTEGER NOT NULL,
    due_at      INTEGER NOT NULL,
    done_at     INTEGER,
    done_by     TEXT,
    done_how    TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1,
    UNIQUE (record_kind, record_id, kind, episode)
) STRICT;
CREATE INDEX duties_open ON duties (due_at) WHERE done_at IS NULL;

-- A1: append-only. `record` is the row that changed; `subject` is the record whose timeline
-- shows it (a duty's subject is its incident).
CREATE TABLE history (
    id           INTEGER PRIMARY KEY,
    record_kind  TEXT NOT NULL,
    record_id    INTEGER NOT NULL,
    subject_kind TEXT NOT NULL,
    subject_id   INTEGER NOT NULL,
    at           INTEGER NOT NULL,
    actor        TEXT NOT NULL,
    action       TEXT NOT NULL,
    -- The record's version after this change; NULL when the change bumped none (a note).
    version      INTEGER,
    changes      TEXT NOT NULL DEFAULT '[]',
    detail       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX history_subject ON history (subject_kind, subject_id, id);
CREATE INDEX history_record ON history (record_kind, record_id, id);

CREATE TRIGGER history_no_update BEFORE UPDATE ON history
BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END;
CREATE TRIGGER history_no_delete BEFORE DELETE ON history
BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END;
