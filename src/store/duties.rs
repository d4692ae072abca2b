//! Duties (SPEC I8 and later C5–C9, B5–B6). Raising one is `INSERT OR IGNORE` against the unique
//! (record, kind, episode) key: however many engines run at once, each duty exists once, and only
//! the engine whose insert took effect records it in the history.

use anyhow::Result;
use chrono::{DateTime, Utc};
use rusqlite::params;

use super::db::{self, Db};
use super::table::{self, stored_as_words, table};
use super::{at, ts};
use crate::domain::duty::{Duty, DutyKind};
use crate::domain::escalation::DutySpec;
use crate::domain::kind::Kind;

stored_as_words!(DutyKind, Kind);

table! {
    Duty in "duties" {
        id,
        #[fixed] kind,
        #[fixed] record_kind,
        #[fixed] record_id,
        #[fixed] episode,
        #[fixed] whom,
        #[fixed] raised_at,
        #[fixed] due_at,
        done_at,
        done_by,
        done_how,
        version,
        withdrawn,
    }
}

/// One page of every duties row in id order (`opsdesk check`).
pub fn scan(conn: &(impl Db + ?Sized), after: i64, limit: usize) -> Result<Vec<Duty>> {
    table::scan(conn, after, limit)
}

/// Raise a duty unless it exists. Returns the new duty, or `None` when it was already there.
pub fn raise(conn: &(impl Db + ?Sized), record: (Kind, i64), spec: &DutySpec, whom: &str) -> Result<Option<Duty>> {
    let duty = Duty {
        id: 0,
        kind: spec.kind,
        record_kind: record.0,
        record_id: record.1,
        episode: spec.episode,
        whom: whom.to_string(),
        raised_at: spec.raised_at,
        due_at: spec.due_at,
        done_at: None,
        done_by: None,
        done_how: String::new(),
        withdrawn: false,
        version: 1,
    };
    // The row as it was written, as reading it back would give it (instants in whole seconds),
    // without the round trip.
    Ok(table::insert_new(conn, &duty)?.map(|id| Duty {
        id,
        raised_at: at(ts(duty.raised_at)),
        due_at: at(ts(duty.due_at)),
        ..duty
    }))
}

pub fn get(conn: &(impl Db + ?Sized), id: i64) -> Result<Option<Duty>> {
    table::get(conn, id)
}

/// A record's duties, in the order they were raised.
pub fn of_record(conn: &(impl Db + ?Sized), kind: Kind, id: i64) -> Result<Vec<Duty>> {
    table::select(
        conn,
        "WHERE record_kind = ?1 AND record_id = ?2 ORDER BY raised_at, id",
        params![kind.as_str(), id],
    )
}

/// The duties of many records of one kind at once (a page of the queue).
pub fn of_records(conn: &(impl Db + ?Sized), kind: Kind, ids: &[i64]) -> Result<Vec<Duty>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    table::select(
        conn,
        &format!(
            "WHERE record_kind = ?1 AND {} ORDER BY record_id, raised_at, id",
            table::in_ids(conn, "record_id", 2)
        ),
        params![kind.as_str(), table::list(ids)?],
    )
}

/// Every duty not yet done, most urgent (earliest due) first.
pub fn open(conn: &(impl Db + ?Sized), limit: usize) -> Result<Vec<Duty>> {
    table::select(
        conn,
        "WHERE done_at IS NULL ORDER BY due_at, id LIMIT ?1",
        [limit as i64],
    )
}

/// The open duties of one kind, most urgent first (the open-duties index, in due order).
pub fn open_of_kind(conn: &(impl Db + ?Sized), kind: DutyKind, limit: usize) -> Result<Vec<Duty>> {
    table::select(
        conn,
        "WHERE done_at IS NULL AND kind = ?1 ORDER BY due_at, id LIMIT ?2",
        params![kind.as_str(), limit as i64],
    )
}

/// The ids of the open duties of `kinds`, most urgent first: a console notices new ones by id.
pub fn open_ids_of(conn: &(impl Db + ?Sized), kinds: &[DutyKind], limit: usize) -> Result<Vec<i64>> {
    let words: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
    let sql = format!(
        "SELECT id FROM duties WHERE done_at IS NULL AND {} ORDER BY due_at, id LIMIT ?2",
        table::in_list(conn, "kind", 1)
    );
    db::rows(conn, &sql, params![table::list(&words)?, limit as i64], |r| {
        r.cell(0)?.as_i64().map_err(Into::into)
    })
}

/// [`open_ids_of`], the duties themselves (what a console names when a new one comes).
pub fn open_of(conn: &(impl Db + ?Sized), kinds: &[DutyKind], limit: usize) -> Result<Vec<Duty>> {
    let words: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
    let rest = format!(
        "WHERE done_at IS NULL AND {} ORDER BY due_at, id LIMIT ?2",
        table::in_list(conn, "kind", 1)
    );
    table::select(conn, &rest, params![table::list(&words)?, limit as i64])
}

/// Write `new` over `old`; false when the row is no longer at `old.version`.
pub fn update(conn: &(impl Db + ?Sized), old: &Duty, new: &Duty) -> Result<bool> {
    table::update(conn, old, new)
}

/// Open duties due before `until`, for counting what is missed.
pub fn count_open_due_before(conn: &(impl Db + ?Sized), until: DateTime<Utc>) -> Result<i64> {
    let n = db::first(
        conn,
        "SELECT count(*) FROM duties WHERE done_at IS NULL AND due_at < ?1",
        [ts(until)],
        |r| r.cell(0)?.as_i64().map_err(Into::into),
    )?;
    Ok(n.unwrap_or(0))
}
