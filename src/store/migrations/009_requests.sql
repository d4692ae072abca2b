-- opsdesk schema 9: service requests (R1-R5, R7, R8), the accounts they granted and the HR
-- records that remove them (R3), and the exports of the archive (R8, A2). Lists are JSON arrays.

CREATE TABLE requests (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL,
    title            TEXT NOT NULL,
    description      TEXT NOT NULL DEFAULT '',
    dept             TEXT NOT NULL,
    requester        TEXT NOT NULL,
    contact          TEXT NOT NULL DEFAULT '',
    channel          TEXT NOT NULL,
    form_no          TEXT NOT NULL DEFAULT '',
    filed_at         INTEGER,
    received_at      INTEGER NOT NULL,
    chain            TEXT NOT NULL DEFAULT '[]',
    limit_days       INTEGER NOT NULL,
    approvals        TEXT NOT NULL DEFAULT '[]',
    status           TEXT NOT NULL,
    owner            TEXT,
    accepted_at      INTEGER,
    clock_start      INTEGER,
    episode          INTEGER NOT NULL DEFAULT 0,
    pauses           TEXT NOT NULL DEFAULT '[]',
    paused_since     INTEGER,
    due_at           INTEGER,
    met_at           INTEGER,
    changes_product  INTEGER NOT NULL DEFAULT 0,
    evaluation       TEXT NOT NULL DEFAULT '',
    evaluated_at     INTEGER,
    new_project      INTEGER NOT NULL DEFAULT 0,
    feedback         TEXT,
    feedback_form    TEXT NOT NULL DEFAULT '',
    feedback_note    TEXT NOT NULL DEFAULT '',
    feedback_at      INTEGER,
    action           TEXT,
    system           TEXT NOT NULL DEFAULT '',
    account          TEXT NOT NULL DEFAULT '',
    person           TEXT NOT NULL DEFAULT '',
    person_name      TEXT NOT NULL DEFAULT '',
    permission       TEXT NOT NULL DEFAULT '',
    beyond_authority INTEGER NOT NULL DEFAULT 0,
    purpose          TEXT NOT NULL DEFAULT '',
    use_scope        TEXT NOT NULL DEFAULT '',
    president_needed INTEGER,
    decided_by       TEXT,
    classification   TEXT,
    encrypted        INTEGER NOT NULL DEFAULT 0,
    sha256           TEXT NOT NULL DEFAULT '',
    urgent           INTEGER NOT NULL DEFAULT 0,
    supervisor       TEXT NOT NULL DEFAULT '',
    reply            TEXT NOT NULL DEFAULT '',
    delivered_at     INTEGER,
    delivery_note    TEXT NOT NULL DEFAULT '',
    closed_at        INTEGER,
    close_reason     TEXT NOT NULL DEFAULT '',
    version          INTEGER NOT NULL DEFAULT 1,
    updated_at       INTEGER NOT NULL,
    updated_by       TEXT NOT NULL
) STRICT;
-- The open list, newest first, and the lists by sub-kind, department and requester.
CREATE INDEX requests_open ON requests (id) WHERE status <> 'closed';
CREATE INDEX requests_kind ON requests (kind, id);
CREATE INDEX requests_dept ON requests (dept, id);
CREATE INDEX requests_requester ON requests (requester, id);
CREATE INDEX requests_status ON requests (status, id);
CREATE INDEX requests_owner ON requests (owner, id) WHERE owner IS NOT NULL;
-- R8: found by the form's own number.
CREATE INDEX requests_form ON requests (form_no) WHERE form_no <> '';
-- R7: the clocks that run, by deadline (late ones, soonest due).
CREATE INDEX requests_due ON requests (due_at) WHERE met_at IS NULL AND due_at IS NOT NULL;
CREATE INDEX requests_paused ON requests (id) WHERE paused_since IS NOT NULL;
-- R8: the archive's export by the time forms reached IT, paged by (received_at, id).
CREATE INDEX requests_received ON requests (received_at, id);

-- R3: the accounts opsdesk granted, until removed.
CREATE TABLE accounts (
    id               INTEGER PRIMARY KEY,
    person           TEXT NOT NULL,
    person_name      TEXT NOT NULL DEFAULT '',
    dept             TEXT NOT NULL DEFAULT '',
    system           TEXT NOT NULL,
    account          TEXT NOT NULL,
    permission       TEXT NOT NULL DEFAULT '',
    request_id       INTEGER NOT NULL REFERENCES requests (id),
    granted_at       INTEGER NOT NULL,
    hr_record        TEXT NOT NULL DEFAULT '',
    removal_asked_at INTEGER,
    removed_at       INTEGER,
    removed_by       TEXT,
    removed_how      TEXT NOT NULL DEFAULT '',
    version          INTEGER NOT NULL DEFAULT 1,
    updated_at       INTEGER NOT NULL,
    updated_by       TEXT NOT NULL
) STRICT;
CREATE INDEX accounts_person ON accounts (person, id);
CREATE INDEX accounts_active ON accounts (id) WHERE removed_at IS NULL;
CREATE INDEX accounts_to_remove ON accounts (id) WHERE removed_at IS NULL AND removal_asked_at IS NOT NULL;
CREATE INDEX accounts_key ON accounts (person, system, account) WHERE removed_at IS NULL;
CREATE INDEX accounts_request ON accounts (request_id, id);

-- R3: the HR records (a move, a departure) that asked for accounts' removal. Written once.
CREATE TABLE person_changes (
    id          INTEGER PRIMARY KEY,
    person      TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('move', 'leave')),
    hr_record   TEXT NOT NULL,
    at          INTEGER NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at INTEGER NOT NULL
) STRICT;
CREATE INDEX person_changes_person ON person_changes (person, id);

-- R8, A2: every export of the archive, who made it, when, of what. Written once.
CREATE TABLE exports (
    id         INTEGER PRIMARY KEY,
    what       TEXT NOT NULL,
    range_from INTEGER NOT NULL,
    range_to   INTEGER NOT NULL,
    filter     TEXT NOT NULL DEFAULT '',
    rows       INTEGER NOT NULL,
    format     TEXT NOT NULL,
    output     TEXT NOT NULL DEFAULT '',
    by         TEXT NOT NULL,
    at         INTEGER NOT NULL
) STRICT;
