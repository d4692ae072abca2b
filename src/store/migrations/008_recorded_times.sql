-- opsdesk schema 8: what real use found (issue 21).
--
-- A duty whose moment was never reached once the recorded times were known (a restoration
-- recorded after the fact, I6/I8) is withdrawn: closed with the reason, not done.
ALTER TABLE duties ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0;
-- I8: the departments an incident affects, by code (JSON array), told when it is over.
ALTER TABLE incidents ADD COLUMN affected TEXT NOT NULL DEFAULT '[]';
-- C10: a change started outside its scheduled window, by a manager's override with a reason.
ALTER TABLE changes ADD COLUMN start_override_by TEXT;
ALTER TABLE changes ADD COLUMN start_override_reason TEXT NOT NULL DEFAULT '';
-- Records written before this schema carry no history of these fields: `opsdesk check` reads a
-- field its history never mentions as the empty value it was added with.
