//! Noticing other processes' commits: `PRAGMA data_version` changes when another connection
//! committed since this one last looked. Cheap enough to ask every tick (SQLite-only: another
//! backend would listen for a notification instead). And the next moment the clock alone changes
//! what a console shows of the incidents, so that an idle console reads nothing until then.

use anyhow::Result;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension};

use super::db::Db;
use super::{at, ts};

pub fn data_version(conn: &Connection) -> Result<i64> {
    Ok(conn
        .prepare_cached("PRAGMA data_version")?
        .query_row([], |r| r.get(0))?)
}

/// The desk's change count: moved by every write but a console's presence (`Store::write_aside`),
/// so that a console told by `data_version` that something was committed can tell a heartbeat
/// from a change to what it shows. Kept in `meta`; a desk that never counted reads 0.
pub fn desk_changes(conn: &Connection) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'changes'")?
        .query_row([], |r| r.get(0))
        .optional()?
        .unwrap_or(0))
}

/// Move the change count on, inside the writing transaction.
pub(crate) fn count_change(conn: &dyn Db) -> Result<()> {
    conn.exec(
        "INSERT INTO meta (key, value) VALUES ('changes', '1')
         ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT)",
        &[],
    )?;
    Ok(())
}

/// The first instant after `now` at which a figure computed from the clock alone changes: an
/// open incident not yet restored reaching one of the ladder's steps (`levels`, seconds after
/// its clock started: what the counts, the levels and the urgency order move with) or an open
/// duty falling past its moment (missed: due strictly before now). None when nothing is waiting.
pub fn next_clock_change(
    conn: &(impl Db + ?Sized),
    now: DateTime<Utc>,
    levels: &[i64],
) -> Result<Option<DateTime<Utc>>> {
    let now_s = ts(now);
    let mut next: Option<i64> = None;
    let least = |sql: &str, arg: i64| -> Result<Option<i64>> {
        let v = super::db::first(conn, sql, [arg], |r| Ok(r.cell(0)?.as_i64_or_null()?))?;
        Ok(v.flatten())
    };
    // Walks incidents_open_urgency from the first clock that has not reached the level yet.
    let first_clock = format!(
        "SELECT min(clock_start) FROM incidents WHERE status <> 'closed' AND {} AND clock_start > ?1",
        super::incidents::unrestored(conn.engine())
    );
    for &level in levels {
        if let Some(s) = least(&first_clock, now_s - level)? {
            next = Some(next.map_or(s + level, |n| n.min(s + level)));
        }
    }
    // duties_open: a duty due at `d` is missed from d + 1 s (count_open_due_before is strict).
    let due = least(
        "SELECT min(due_at) FROM duties WHERE done_at IS NULL AND due_at >= ?1",
        now_s,
    )?;
    if let Some(d) = due {
        next = Some(next.map_or(d + 1, |n| n.min(d + 1)));
    }
    Ok(next.map(at))
}
