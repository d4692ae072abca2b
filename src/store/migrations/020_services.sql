-- opsdesk: the services directory (I3, I11; issue 19 item 11). A service typed by its code, a
-- name or an alias is recorded as its code, so one service keeps one outage budget. The rows
-- the desk's records already name are added by the migration's step (store::services), each with
-- its history row.
CREATE TABLE IF NOT EXISTS services (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name_en     TEXT NOT NULL DEFAULT '',
    name_zh     TEXT NOT NULL DEFAULT '',
    aliases     TEXT NOT NULL DEFAULT '[]',
    ord         INTEGER NOT NULL DEFAULT 100,
    retired     INTEGER NOT NULL DEFAULT 0,
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  INTEGER NOT NULL,
    updated_by  TEXT NOT NULL
) STRICT;
