//! Noticing other processes' commits: `PRAGMA data_version` changes when another connection
//! committed since this one last looked. Cheap enough to ask every tick.

use anyhow::Result;
use rusqlite::Connection;

pub fn data_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "data_version", |r| r.get(0))?)
}
