-- opsdesk: Q1's work reports as sent through the outbox (issue 15 item 3): the figures read when
-- the supervisor sent it, kept as the message's context. Created only where missing, as 013 does.
CREATE TABLE IF NOT EXISTS work_reports (
    id         INTEGER PRIMARY KEY,
    span       TEXT NOT NULL CHECK (span IN ('daily', 'weekly')),
    period     TEXT NOT NULL,
    text       TEXT NOT NULL DEFAULT '',
    context    TEXT NOT NULL,
    issued_by  TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS work_reports_period ON work_reports (span, period, id);
