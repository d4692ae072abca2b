-- opsdesk schema 7: the title bar's open incidents per escalation level, without counting a
-- desk's whole open tail on every refresh.
--
-- An unrestored incident's level moves with the clock: those are few, and counted live. A
-- restored one's level stopped at its restoration: kept here by minute of elapsed time (restored_at
-- - clock_start - 1, as the level rule counts it), so a count is a sum over a few hundred rows.
-- Triggers keep both tables in the same transaction as every change to an incident.

CREATE TABLE open_total (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    n   INTEGER NOT NULL
) STRICT;
CREATE TABLE open_restored (
    minute INTEGER PRIMARY KEY,
    n      INTEGER NOT NULL
) STRICT;

INSERT INTO open_total VALUES (1, (SELECT count(*) FROM incidents WHERE status <> 'closed'));
INSERT INTO open_restored (minute, n)
    SELECT max(0, restored_at - clock_start - 1) / 60, count(*) FROM incidents
    WHERE status <> 'closed' AND restored_at IS NOT NULL GROUP BY 1;

CREATE TRIGGER incidents_count_insert AFTER INSERT ON incidents
BEGIN
    UPDATE open_total SET n = n + (NEW.status <> 'closed');
    INSERT INTO open_restored (minute, n)
        SELECT max(0, NEW.restored_at - NEW.clock_start - 1) / 60, 1
        WHERE NEW.status <> 'closed' AND NEW.restored_at IS NOT NULL
        ON CONFLICT (minute) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER incidents_count_update AFTER UPDATE OF status, restored_at, clock_start ON incidents
BEGIN
    UPDATE open_total SET n = n - (OLD.status <> 'closed') + (NEW.status <> 'closed');
    UPDATE open_restored SET n = n - 1
        WHERE OLD.status <> 'closed' AND OLD.restored_at IS NOT NULL
          AND minute = max(0, OLD.restored_at - OLD.clock_start - 1) / 60;
    INSERT INTO open_restored (minute, n)
        SELECT max(0, NEW.restored_at - NEW.clock_start - 1) / 60, 1
        WHERE NEW.status <> 'closed' AND NEW.restored_at IS NOT NULL
        ON CONFLICT (minute) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER incidents_count_delete AFTER DELETE ON incidents
BEGIN
    UPDATE open_total SET n = n - (OLD.status <> 'closed');
    UPDATE open_restored SET n = n - 1
        WHERE OLD.status <> 'closed' AND OLD.restored_at IS NOT NULL
          AND minute = max(0, OLD.restored_at - OLD.clock_start - 1) / 60;
END;
