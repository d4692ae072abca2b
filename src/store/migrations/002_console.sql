-- opsdesk schema 2: what the console needs.

-- Who has which record open in a console: a heartbeat, stale after 30 seconds. Not a record of
-- the desk (no history): it says where people are looking, nothing about the work.
CREATE TABLE presence (
    console     TEXT PRIMARY KEY,
    login       TEXT NOT NULL,
    name        TEXT NOT NULL,
    record_kind TEXT,
    record_id   INTEGER,
    seen_at     INTEGER NOT NULL
) STRICT;
CREATE INDEX presence_record ON presence (record_kind, record_id);

-- The open queue in each of its sort orders, paged by key.
CREATE INDEX incidents_open_urgency ON incidents ((restored_at IS NOT NULL), clock_start, id) WHERE status <> 'closed';
CREATE INDEX incidents_open_severity ON incidents (severity, clock_start, id) WHERE status <> 'closed';
