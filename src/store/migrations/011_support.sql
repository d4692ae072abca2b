-- opsdesk schema 11: the support centre's contact forms (R9, R7) and the training record (R6).
-- Lists are JSON arrays.
-- Every object is created only if missing (as in 013): a desk taken back to an earlier schema
-- (store_chain's simulated schema-9 desk) upgrades again.

CREATE TABLE IF NOT EXISTS support_forms (
    id                 INTEGER PRIMARY KEY,
    project_no         TEXT NOT NULL DEFAULT '',
    project_name       TEXT NOT NULL,
    client             TEXT NOT NULL,
    owner_party        TEXT NOT NULL DEFAULT '',
    types              TEXT NOT NULL DEFAULT '[]',
    support            TEXT NOT NULL,
    material           TEXT NOT NULL DEFAULT '',
    needs              TEXT NOT NULL DEFAULT '',
    initiator          TEXT NOT NULL,
    dept               TEXT NOT NULL,
    contact            TEXT NOT NULL DEFAULT '',
    channel            TEXT NOT NULL,
    form_no            TEXT NOT NULL DEFAULT '',
    approvals          TEXT NOT NULL DEFAULT '[]',
    received_at        INTEGER NOT NULL,
    clock_start        INTEGER NOT NULL,
    reply_due          INTEGER NOT NULL,
    reply_channel      TEXT,
    reply_text         TEXT NOT NULL DEFAULT '',
    replied_at         INTEGER,
    replied_by         TEXT,
    status             TEXT NOT NULL,
    accepted_at        INTEGER,
    accepted_by        TEXT,
    plan               TEXT NOT NULL DEFAULT '',
    urgent_reason      TEXT NOT NULL DEFAULT '',
    urgent_by          TEXT NOT NULL DEFAULT '',
    urgent_approved_at INTEGER,
    urgent_at          INTEGER,
    urgent_form_no     TEXT NOT NULL DEFAULT '',
    overtook           TEXT NOT NULL DEFAULT '[]',
    author             TEXT,
    rounds             TEXT NOT NULL DEFAULT '[]',
    reassignments      TEXT NOT NULL DEFAULT '[]',
    passed_at          INTEGER,
    closed_at          INTEGER,
    close_reason       TEXT NOT NULL DEFAULT '',
    version            INTEGER NOT NULL DEFAULT 1,
    updated_at         INTEGER NOT NULL,
    updated_by         TEXT NOT NULL
) STRICT;
-- The ledger's queue in its order: urgent first by the urgent form's arrival, then by arrival.
CREATE INDEX IF NOT EXISTS support_ledger ON support_forms ((urgent_at IS NULL), coalesce(urgent_at, received_at), id)
    WHERE status IN ('queued', 'in_review', 'returned');
-- The archive by status, newest first; the open forms; the reply clocks still running.
CREATE INDEX IF NOT EXISTS support_status ON support_forms (status, id);
CREATE INDEX IF NOT EXISTS support_open ON support_forms (id) WHERE status <> 'closed';
CREATE INDEX IF NOT EXISTS support_unreplied ON support_forms (reply_due) WHERE replied_at IS NULL AND status <> 'closed';

-- R6: training records, written once.
CREATE TABLE IF NOT EXISTS training (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,
    person       TEXT NOT NULL,
    topic        TEXT NOT NULL,
    day          TEXT NOT NULL,
    minutes      INTEGER NOT NULL,
    dept         TEXT NOT NULL DEFAULT '',
    attendees    INTEGER NOT NULL DEFAULT 0,
    note         TEXT NOT NULL DEFAULT '',
    recorded_at  INTEGER NOT NULL,
    recorded_by  TEXT NOT NULL
) STRICT;
-- A month's report and a person's record, by day.
CREATE INDEX IF NOT EXISTS training_on ON training (day, id);
CREATE INDEX IF NOT EXISTS training_person ON training (person, day, id);
