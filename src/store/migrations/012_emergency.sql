-- opsdesk schema: emergencies (E1, E2, I14). Emergency plans with their leadership groups, the
-- drills of a plan, and the responses major incidents start. Lists are JSON arrays.

CREATE TABLE IF NOT EXISTS plans (
    id                   INTEGER PRIMARY KEY,
    name                 TEXT NOT NULL,
    services             TEXT NOT NULL DEFAULT '[]',
    scenarios            TEXT NOT NULL DEFAULT '[]',
    members              TEXT NOT NULL DEFAULT '[]',
    steps                TEXT NOT NULL DEFAULT '[]',
    report_every_minutes INTEGER NOT NULL,
    review_days          INTEGER NOT NULL,
    status               TEXT NOT NULL,
    revision             INTEGER NOT NULL DEFAULT 1,
    review_by            INTEGER,
    approved_by          TEXT,
    approved_at          INTEGER,
    note                 TEXT NOT NULL DEFAULT '',
    created_by           TEXT NOT NULL,
    created_at           INTEGER NOT NULL,
    version              INTEGER NOT NULL DEFAULT 1,
    updated_at           INTEGER NOT NULL,
    updated_by           TEXT NOT NULL
) STRICT;
-- The plans in force (I14 picks one by service among these).
CREATE INDEX IF NOT EXISTS plans_status ON plans (status, id);

CREATE TABLE IF NOT EXISTS drills (
    id            INTEGER PRIMARY KEY,
    plan_id       INTEGER NOT NULL REFERENCES plans (id),
    plan_name     TEXT NOT NULL,
    plan_revision INTEGER NOT NULL,
    scenario      TEXT NOT NULL,
    scheduled_at  INTEGER NOT NULL,
    status        TEXT NOT NULL,
    held_at       INTEGER,
    ended_at      INTEGER,
    participants  TEXT NOT NULL DEFAULT '[]',
    simulated     TEXT NOT NULL DEFAULT '',
    timings       TEXT NOT NULL DEFAULT '[]',
    worked        TEXT NOT NULL DEFAULT '',
    failed        TEXT NOT NULL DEFAULT '',
    measures      TEXT NOT NULL DEFAULT '[]',
    evaluated_by  TEXT,
    evaluated_at  INTEGER,
    created_by    TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    INTEGER NOT NULL,
    updated_by    TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS drills_plan ON drills (plan_id, id);

CREATE TABLE IF NOT EXISTS responses (
    id                   INTEGER PRIMARY KEY,
    incident_id          INTEGER NOT NULL REFERENCES incidents (id),
    plan_id              INTEGER NOT NULL REFERENCES plans (id),
    plan_name            TEXT NOT NULL,
    plan_revision        INTEGER NOT NULL,
    members              TEXT NOT NULL DEFAULT '[]',
    declared_at          INTEGER NOT NULL,
    declared_by          TEXT NOT NULL,
    auto                 INTEGER NOT NULL DEFAULT 0,
    reason               TEXT NOT NULL DEFAULT '',
    report_every_minutes INTEGER NOT NULL,
    review_days          INTEGER NOT NULL,
    words                TEXT NOT NULL DEFAULT '',
    words_at             INTEGER,
    stood_down_at        INTEGER,
    stood_down_by        TEXT,
    stand_down_note      TEXT NOT NULL DEFAULT '',
    review_due           INTEGER,
    causes               TEXT NOT NULL DEFAULT '',
    missed               TEXT NOT NULL DEFAULT '',
    measures             TEXT NOT NULL DEFAULT '[]',
    reviewed_by          TEXT,
    reviewed_at          INTEGER,
    version              INTEGER NOT NULL DEFAULT 1,
    updated_at           INTEGER NOT NULL,
    updated_by           TEXT NOT NULL
) STRICT;
-- I14: one active response per incident, however many consoles and engines declare at once.
CREATE UNIQUE INDEX IF NOT EXISTS responses_active ON responses (incident_id) WHERE stood_down_at IS NULL;
CREATE INDEX IF NOT EXISTS responses_incident ON responses (incident_id, id);
