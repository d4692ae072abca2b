//! System changes (SPEC C1–C10): typed queries.

use anyhow::Result;
use rusqlite::params;

use super::db::Db;
use super::table::{self, stored_as_words, table};
use crate::domain::change::{Change, ChangeStatus, Outcome};

stored_as_words!(ChangeStatus, Outcome);

table! {
    Change in "changes" {
        id,
        title,
        systems,
        description,
        planned_month,
        window_start,
        window_end,
        user_affecting,
        collaborators,
        steps,
        complex,
        unplanned,
        requirement,
        scope,
        impact_duration,
        operator,
        it_contact,
        notes,
        departments,
        status,
        test_confirmed_by,
        test_confirmed_at,
        override_gates,
        override_by,
        override_reason,
        c7_phoned_at,
        started_at,
        ended_at,
        outcome,
        outcome_note,
        on_time,
        delay_reason,
        remaining_issues,
        result_notes,
        confirmed_at,
        background,
        work_done,
        difficulty,
        significance,
        closed_at,
        version,
        updated_at,
        updated_by,
        start_override_by,
        start_override_reason,
    }
}

pub fn insert(conn: &(impl Db + ?Sized), c: &Change) -> Result<i64> {
    table::insert(conn, c)
}

/// Write `new` over `old`; false when the row is no longer at `old.version`.
pub fn update(conn: &(impl Db + ?Sized), old: &Change, new: &Change) -> Result<bool> {
    table::update(conn, old, new)
}

pub fn get(conn: &(impl Db + ?Sized), id: i64) -> Result<Option<Change>> {
    table::get(conn, id)
}

/// One page of every changes row in id order (`opsdesk check`).
pub fn scan(conn: &(impl Db + ?Sized), after: i64, limit: usize) -> Result<Vec<Change>> {
    table::scan(conn, after, limit)
}

/// Open changes (not closed), newest first, one page.
pub fn open(conn: &(impl Db + ?Sized), limit: usize) -> Result<Vec<Change>> {
    table::select(
        conn,
        "WHERE status <> 'closed' ORDER BY id DESC LIMIT ?1",
        [limit as i64],
    )
}

/// Open changes by id (for duties listed apart from their change).
pub fn open_by_ids(conn: &(impl Db + ?Sized), ids: &[i64]) -> Result<Vec<Change>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    table::select(
        conn,
        &format!("WHERE status <> 'closed' AND {}", table::in_ids(conn, "id", 1)),
        [table::list(ids)?],
    )
}

/// Every change, newest first, one page keyed by id.
pub fn list(conn: &(impl Db + ?Sized), before_id: Option<i64>, limit: usize) -> Result<Vec<Change>> {
    table::select(
        conn,
        "WHERE id < ?1 ORDER BY id DESC LIMIT ?2",
        params![before_id.unwrap_or(i64::MAX), limit as i64],
    )
}

/// I13: one page of the changes planned in the months `from ..= to` (`YYYY-MM`), by month,
/// window and id, after the key `(month, id)` of the page before (the walk of `changes_month`).
pub fn planned_page(
    conn: &(impl Db + ?Sized),
    (from, to): (&str, &str),
    after: Option<(&str, i64)>,
    limit: usize,
) -> Result<Vec<Change>> {
    let (month, id) = after.unwrap_or(("", 0));
    table::select(
        conn,
        "WHERE planned_month >= ?1 AND planned_month <= ?2 AND (planned_month, id) > (?3, ?4)
         ORDER BY planned_month, id LIMIT ?5",
        params![from, to, month, id, limit as i64],
    )
}

/// C1: the changes of one month's plan, by window.
pub fn of_month(conn: &(impl Db + ?Sized), month: &str) -> Result<Vec<Change>> {
    table::select(
        conn,
        "WHERE planned_month = ?1 ORDER BY window_start IS NULL, window_start, id",
        [month],
    )
}
