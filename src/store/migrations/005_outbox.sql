-- opsdesk schema 5: the outbox. A duty to tell someone becomes one message per medium.

CREATE TABLE messages (
    id              INTEGER PRIMARY KEY,
    duty_id         INTEGER NOT NULL REFERENCES duties (id),
    medium          TEXT NOT NULL CHECK (medium IN ('email', 'sms')),
    to_list         TEXT NOT NULL DEFAULT '[]',
    cc_list         TEXT NOT NULL DEFAULT '[]',
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    lang            TEXT NOT NULL,
    state           TEXT NOT NULL,
    edited          INTEGER NOT NULL DEFAULT 0,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    lease_owner     TEXT,
    lease_until     INTEGER,
    last_error      TEXT NOT NULL DEFAULT '',
    approved_by     TEXT,
    approved_at     INTEGER,
    sent_at         INTEGER,
    channel         TEXT,
    receipt         TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    updated_by      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    -- However many engines prepare messages at once, a duty has one per medium.
    UNIQUE (duty_id, medium)
) STRICT;
-- What a sender claims next, and the leases that ran out.
CREATE INDEX messages_due ON messages (next_attempt_at, id) WHERE state = 'queued';
CREATE INDEX messages_leased ON messages (lease_until) WHERE state = 'sending';
-- The Outbox view: newest first, all or by state.
CREATE INDEX messages_state ON messages (state, id);

-- Every try, with what the channel said.
CREATE TABLE message_attempts (
    id         INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages (id),
    attempt    INTEGER NOT NULL,
    at         INTEGER NOT NULL,
    owner      TEXT NOT NULL,
    channel    TEXT,
    outcome    TEXT NOT NULL,
    detail     TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX message_attempts_message ON message_attempts (message_id, id);
