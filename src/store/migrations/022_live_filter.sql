-- The live filter (issue 18): the columns a typed filter looks in (title, service, owner,
-- reporter, department, and the id), for every open incident in the queue's urgency order. A
-- filtered queue walks this index alone and reads an incident's row only when it matches: a rare
-- term no longer reads the row of every open incident (seconds with the page cache cold, where
-- this index is a few megabytes read in order). The queue names it (INDEXED BY, SQLite-only) in
-- store/incidents.rs. Schema 22.
CREATE INDEX IF NOT EXISTS incidents_open_filter
    ON incidents ((restored_at IS NOT NULL), clock_start, id, title, service, owner, reporter, dept)
    WHERE status <> 'closed';
