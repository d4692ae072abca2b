-- opsdesk: problems (P1, I9), knowledge articles (K1, I10) and the search index (issue 14).
-- Every object is created only where it is missing: a desk that an older opsdesk took back to an
-- earlier schema (a restore of its file, a test that undoes a later migration) upgrades again.

-- P1: a cause that needs a system change to remove.
CREATE TABLE IF NOT EXISTS problems (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL,
    service      TEXT NOT NULL DEFAULT '',
    category     TEXT NOT NULL DEFAULT '',
    root_cause   TEXT NOT NULL DEFAULT '',
    workaround   TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL,
    owner        TEXT NOT NULL DEFAULT '',
    change_id    INTEGER REFERENCES changes (id),
    planned_at   INTEGER,
    fixed_at     INTEGER,
    closed_at    INTEGER,
    close_note   TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    updated_at   INTEGER NOT NULL,
    updated_by   TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS problems_status ON problems (status, id);
CREATE INDEX IF NOT EXISTS problems_change ON problems (change_id) WHERE change_id IS NOT NULL;

-- The incidents a problem caused, both ways (a row is a link; links are never removed).
CREATE TABLE IF NOT EXISTS problem_incidents (
    problem_id  INTEGER NOT NULL REFERENCES problems (id),
    incident_id INTEGER NOT NULL REFERENCES incidents (id),
    linked_at   INTEGER NOT NULL,
    linked_by   TEXT NOT NULL,
    PRIMARY KEY (problem_id, incident_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS problem_incidents_incident ON problem_incidents (incident_id, problem_id);

-- K1: manuals, FAQ and case analyses.
CREATE TABLE IF NOT EXISTS articles (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,
    title        TEXT NOT NULL,
    body         TEXT NOT NULL DEFAULT '',
    services     TEXT NOT NULL DEFAULT '[]',
    categories   TEXT NOT NULL DEFAULT '[]',
    incidents    TEXT NOT NULL DEFAULT '[]',
    status       TEXT NOT NULL,
    author       TEXT NOT NULL,
    reviewed_by  TEXT,
    reviewed_at  INTEGER,
    published_at INTEGER,
    retired_at   INTEGER,
    revision     INTEGER NOT NULL DEFAULT 1,
    created_at   INTEGER NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    updated_at   INTEGER NOT NULL,
    updated_by   TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS articles_status ON articles (status, id);

-- The search index: one document per record, its text taken from the columns its kind declares
-- (store/search/sources.rs) and from its history's texts. A document gets a new id each time its
-- record changes, so the newest first is the highest id first, which FTS5 reads in order without
-- sorting. `text` holds the record's words as the index wants them (Chinese as overlapping pairs,
-- see store/search/tokens.rs); `tags` its kind and whether it is open, so that a filter is read
-- from the index too. Nothing of the text is stored twice: a snippet is cut from the record.
CREATE TABLE IF NOT EXISTS search_docs (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    open      INTEGER NOT NULL,
    at        INTEGER NOT NULL,
    UNIQUE (kind, record_id)
) STRICT;
CREATE INDEX IF NOT EXISTS search_docs_record ON search_docs (record_id);
CREATE INDEX IF NOT EXISTS search_docs_at ON search_docs (at);
CREATE VIRTUAL TABLE IF NOT EXISTS search_text USING fts5 (
    text, tags, content = '', contentless_delete = 1, tokenize = 'unicode61'
);
