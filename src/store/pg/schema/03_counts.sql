-- The open-incident counts (SQLite migration 007): kept by triggers on incidents, as on SQLite.
-- `(x <> 'closed')::int` is SQLite's boolean-as-integer; greatest() its two-argument max().

INSERT INTO open_total (one, n) VALUES (1, 0);

CREATE FUNCTION opsdesk_open_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE open_total SET n = n - (OLD.status <> 'closed')::int;
        UPDATE open_restored SET n = n - 1
            WHERE OLD.status <> 'closed' AND OLD.restored_at IS NOT NULL
              AND minute = greatest(0, OLD.restored_at - OLD.clock_start - 1) / 60;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE open_total SET n = n + (NEW.status <> 'closed')::int;
        INSERT INTO open_restored (minute, n)
            SELECT greatest(0, NEW.restored_at - NEW.clock_start - 1) / 60, 1
            WHERE NEW.status <> 'closed' AND NEW.restored_at IS NOT NULL
            ON CONFLICT (minute) DO UPDATE SET n = open_restored.n + 1;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER incidents_count_insert AFTER INSERT ON incidents
    FOR EACH ROW EXECUTE FUNCTION opsdesk_open_counts();
CREATE TRIGGER incidents_count_update AFTER UPDATE OF status, restored_at, clock_start ON incidents
    FOR EACH ROW EXECUTE FUNCTION opsdesk_open_counts();
CREATE TRIGGER incidents_count_delete AFTER DELETE ON incidents
    FOR EACH ROW EXECUTE FUNCTION opsdesk_open_counts();
