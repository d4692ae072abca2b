-- opsdesk: quality (issue 15 items 5-7): corrective notices (Q6), samples and their findings (Q5),
-- callbacks (Q7). Created only where missing, as 013 does.

-- Q6: a department below standard is told what to correct, by whom, by when.
CREATE TABLE IF NOT EXISTS correctives (
    id              INTEGER PRIMARY KEY,
    dept            TEXT NOT NULL,
    findings        TEXT NOT NULL,
    measures        TEXT NOT NULL,
    responsible     TEXT NOT NULL,
    due_at          INTEGER NOT NULL,
    expected_effect TEXT NOT NULL,
    source          TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL,
    round           INTEGER NOT NULL DEFAULT 0,
    issued_by       TEXT NOT NULL,
    follow_up       TEXT NOT NULL DEFAULT '',
    followed_up_at  INTEGER,
    followed_up_by  TEXT NOT NULL DEFAULT '',
    closed_at       INTEGER,
    close_note      TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    updated_at      INTEGER NOT NULL,
    updated_by      TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS correctives_status ON correctives (status, id);

-- Q5: a sample drawn, written once; its items in draw order.
CREATE TABLE IF NOT EXISTS samples (
    id          INTEGER PRIMARY KEY,
    month       TEXT NOT NULL,
    kinds       TEXT NOT NULL,
    size        INTEGER NOT NULL,
    seed        INTEGER NOT NULL,
    candidates  INTEGER NOT NULL,
    drawn_by    TEXT NOT NULL,
    drawn_at    INTEGER NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS sample_items (
    sample_id   INTEGER NOT NULL REFERENCES samples (id),
    pos         INTEGER NOT NULL,
    record_kind TEXT NOT NULL,
    record_id   INTEGER NOT NULL,
    PRIMARY KEY (sample_id, pos)
) STRICT, WITHOUT ROWID;

-- Q5: one finding per sampled item, written once.
CREATE TABLE IF NOT EXISTS findings (
    id            INTEGER PRIMARY KEY,
    sample_id     INTEGER NOT NULL REFERENCES samples (id),
    pos           INTEGER NOT NULL,
    record_kind   TEXT NOT NULL,
    record_id     INTEGER NOT NULL,
    ok            INTEGER NOT NULL,
    text          TEXT NOT NULL,
    reviewer      TEXT NOT NULL,
    at            INTEGER NOT NULL,
    corrective_id INTEGER REFERENCES correctives (id),
    UNIQUE (sample_id, pos)
) STRICT;

-- Q5: the closed records of a month, by when they were closed.
CREATE INDEX IF NOT EXISTS incidents_closed_at ON incidents (closed_at, id) WHERE status = 'closed';
CREATE INDEX IF NOT EXISTS requests_closed_at ON requests (closed_at, id) WHERE status = 'closed';

-- Q7: a call owed to a reporter after verification (or a requester after delivery), and its result.
CREATE TABLE IF NOT EXISTS callbacks (
    id           INTEGER PRIMARY KEY,
    record_kind  TEXT NOT NULL,
    record_id    INTEGER NOT NULL,
    episode      INTEGER NOT NULL,
    person       TEXT NOT NULL,
    contact      TEXT NOT NULL,
    due_at       INTEGER NOT NULL,
    status       TEXT NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    reached_at   INTEGER,
    satisfaction INTEGER,
    remarks      TEXT NOT NULL DEFAULT '',
    called_by    TEXT NOT NULL DEFAULT '',
    reopened     INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    updated_at   INTEGER NOT NULL,
    updated_by   TEXT NOT NULL,
    UNIQUE (record_kind, record_id, episode)
) STRICT;
CREATE INDEX IF NOT EXISTS callbacks_status ON callbacks (status, id);
