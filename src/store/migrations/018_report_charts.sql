-- opsdesk: the Reports view's weeks (issue 15, item 8) read from the index alone: when each
-- incident was received, when its clock started, when it was restored and how it was rated.
-- Twelve weeks of a busy desk are tens of thousands of incidents; without this each is a lookup
-- of its row.
CREATE INDEX IF NOT EXISTS incidents_report_times ON incidents (received_at, clock_start, restored_at, satisfaction);
