//! Who has which record open in a console (a heartbeat; stale after [`STALE_SECS`]).

use anyhow::Result;
use chrono::{DateTime, Utc};
use rusqlite::params;

use super::db::{self, Db};

use super::ts;
use crate::domain::kind::Kind;

pub const STALE_SECS: i64 = 30;

/// This console is looking at `record` (or at nothing in particular).
pub fn beat(
    conn: &(impl Db + ?Sized),
    console: &str,
    login: &str,
    name: &str,
    record: Option<(Kind, i64)>,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.exec(
        "INSERT INTO presence (console, login, name, record_kind, record_id, seen_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (console) DO UPDATE SET record_kind = excluded.record_kind, record_id = excluded.record_id, seen_at = excluded.seen_at",
        params![console, login, name, record.map(|r| r.0.as_str()), record.map(|r| r.1), ts(now)],
    )?;
    // Consoles that died without saying goodbye.
    conn.exec(
        "DELETE FROM presence WHERE seen_at < ?1",
        &[&(ts(now) - 10 * STALE_SECS)],
    )?;
    Ok(())
}

pub fn leave(conn: &(impl Db + ?Sized), console: &str) -> Result<()> {
    conn.exec("DELETE FROM presence WHERE console = ?1", &[&console])?;
    Ok(())
}

/// The names of other people whose consoles showed `record` within the last 30 seconds.
pub fn others_on(conn: &(impl Db + ?Sized), record: (Kind, i64), me: &str, now: DateTime<Utc>) -> Result<Vec<String>> {
    db::rows(
        conn,
        "SELECT DISTINCT name FROM presence WHERE record_kind = ?1 AND record_id = ?2 AND login <> ?3 AND seen_at >= ?4 ORDER BY name",
        params![record.0.as_str(), record.1, me, ts(now) - STALE_SECS],
        |r| Ok(r.cell(0)?.as_str()?.to_string()),
    )
}
