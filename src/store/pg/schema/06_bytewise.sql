-- Text compares and sorts by its bytes, as SQLite's BINARY collation does, whatever collation the
-- database was created with: a list ordered by login or code comes out in the same order on
-- both engines, and a key copied from SQLite is unique here too. Run after the tables, twice
-- (src/store/pg/mod.rs says why); each run changes only what is not so yet.

DO $$
DECLARE c record;
BEGIN
    FOR c IN SELECT table_name, column_name FROM information_schema.columns
             WHERE table_schema = current_schema() AND data_type = 'text'
               AND collation_name IS DISTINCT FROM 'C'
    LOOP
        EXECUTE format('ALTER TABLE %I ALTER COLUMN %I TYPE text COLLATE "C"', c.table_name, c.column_name);
    END LOOP;
END $$;
