//! Duties (SPEC I8 and later C5–C9, B5–B6). Raising one is `INSERT OR IGNORE` against the unique
//! (record, kind, episode) key: however many engines run at once, each duty exists once, and only
//! the engine whose insert took effect records it in the history.

use anyhow::Result;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{at, at_opt, parse_col, ts, ts_opt};
use crate::domain::duty::{Duty, DutyKind};
use crate::domain::escalation::DutySpec;
use crate::domain::kind::Kind;

const COLS: &str = "id, kind, record_kind, record_id, episode, whom, raised_at, due_at, done_at, done_by, done_how, version, withdrawn";

fn from_row(r: &Row) -> rusqlite::Result<Duty> {
    Ok(Duty {
        id: r.get(0)?,
        kind: parse_col(1, r.get(1)?, DutyKind::parse)?,
        record_kind: parse_col(2, r.get(2)?, Kind::parse)?,
        record_id: r.get(3)?,
        episode: r.get(4)?,
        whom: r.get(5)?,
        raised_at: at(r.get(6)?),
        due_at: at(r.get(7)?),
        done_at: at_opt(r.get(8)?),
        done_by: r.get(9)?,
        done_how: r.get(10)?,
        version: r.get(11)?,
        withdrawn: r.get(12)?,
    })
}

/// One page of every duties row in id order (`opsdesk check`).
pub fn scan(conn: &Connection, after: i64, limit: usize) -> Result<Vec<Duty>> {
    super::page_of(conn, "duties", COLS, after, limit, from_row)
}

/// Raise a duty unless it exists. Returns the new duty, or `None` when it was already there.
pub fn raise(conn: &Connection, record: (Kind, i64), spec: &DutySpec, whom: &str) -> Result<Option<Duty>> {
    let n = conn.execute(
        "INSERT OR IGNORE INTO duties (kind, record_kind, record_id, episode, whom, raised_at, due_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            spec.kind.as_str(),
            record.0.as_str(),
            record.1,
            spec.episode,
            whom,
            ts(spec.raised_at),
            ts(spec.due_at)
        ],
    )?;
    if n == 0 {
        return Ok(None);
    }
    get(conn, conn.last_insert_rowid())
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Duty>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLS} FROM duties WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?)
}

/// A record's duties, in the order they were raised.
pub fn of_record(conn: &Connection, kind: Kind, id: i64) -> Result<Vec<Duty>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COLS} FROM duties WHERE record_kind = ?1 AND record_id = ?2 ORDER BY raised_at, id"
    ))?;
    let rows = st
        .query_map(params![kind.as_str(), id], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// The duties of many records of one kind at once (a page of the queue).
pub fn of_records(conn: &Connection, kind: Kind, ids: &[i64]) -> Result<Vec<Duty>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = serde_json::to_string(ids)?;
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COLS} FROM duties WHERE record_kind = ?1 AND record_id IN (SELECT value FROM json_each(?2))
         ORDER BY record_id, raised_at, id"
    ))?;
    let rows = st
        .query_map(params![kind.as_str(), list], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Every duty not yet done, most urgent (earliest due) first.
pub fn open(conn: &Connection, limit: usize) -> Result<Vec<Duty>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COLS} FROM duties WHERE done_at IS NULL ORDER BY due_at, id LIMIT ?1"
    ))?;
    let rows = st
        .query_map([limit as i64], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Write `new` over `old`; false when the row is no longer at `old.version`.
pub fn update(conn: &Connection, old: &Duty, new: &Duty) -> Result<bool> {
    let n = conn.execute(
        "UPDATE duties SET done_at = ?1, done_by = ?2, done_how = ?3, version = ?4, withdrawn = ?5
         WHERE id = ?6 AND version = ?7",
        params![
            ts_opt(new.done_at),
            new.done_by,
            new.done_how,
            new.version,
            new.withdrawn,
            old.id,
            old.version
        ],
    )?;
    Ok(n == 1)
}

/// Open duties due before `until`, for counting what is missed.
pub fn count_open_due_before(conn: &Connection, until: DateTime<Utc>) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT count(*) FROM duties WHERE done_at IS NULL AND due_at < ?1",
        [ts(until)],
        |r| r.get(0),
    )?)
}
