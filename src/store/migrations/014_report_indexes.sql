-- opsdesk schema 15: the indexes behind the reports (Q1-Q4) and the Reports view, so that a
-- day, a week, a month or a half-year is a range read, never a scan of every incident.
CREATE INDEX IF NOT EXISTS incidents_received ON incidents (received_at);
CREATE INDEX IF NOT EXISTS incidents_restored ON incidents (restored_at) WHERE restored_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS incidents_resolved ON incidents (resolved_at) WHERE resolved_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS incidents_closed ON incidents (closed_at) WHERE closed_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS duties_due ON duties (due_at);
CREATE INDEX IF NOT EXISTS duties_raised ON duties (raised_at);
CREATE INDEX IF NOT EXISTS changes_closed ON changes (closed_at) WHERE closed_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS requests_due_all ON requests (due_at) WHERE due_at IS NOT NULL;
