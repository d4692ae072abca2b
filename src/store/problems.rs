//! Problems (SPEC P1, I9) and the incidents they caused: typed queries. Lists are paged by id.

use anyhow::Result;
use chrono::{DateTime, Utc};
use rusqlite::params;

use super::db::{self, Db};

use super::table::{self, stored_as_words, table};
use super::{at, ts};
use crate::domain::problem::{Problem, ProblemStatus};

stored_as_words!(ProblemStatus);

table! {
    Problem in "problems" {
        id,
        title,
        service,
        category,
        root_cause,
        workaround,
        status,
        owner,
        change_id,
        planned_at,
        fixed_at,
        closed_at,
        close_note,
        #[fixed] created_at,
        version,
        updated_at,
        updated_by,
    }
}

pub fn insert(conn: &(impl Db + ?Sized), p: &Problem) -> Result<i64> {
    table::insert(conn, p)
}

/// Write `new` over `old`; false when the row is no longer at `old.version`.
pub fn update(conn: &(impl Db + ?Sized), old: &Problem, new: &Problem) -> Result<bool> {
    table::update(conn, old, new)
}

pub fn get(conn: &(impl Db + ?Sized), id: i64) -> Result<Option<Problem>> {
    table::get(conn, id)
}

/// One page of every problems row in id order (`opsdesk check`).
pub fn scan(conn: &(impl Db + ?Sized), after: i64, limit: usize) -> Result<Vec<Problem>> {
    table::scan(conn, after, limit)
}

/// One page of problems, newest first: only those in `statuses` when any are given, ids below
/// `before`.
pub fn list(
    conn: &(impl Db + ?Sized),
    statuses: &[ProblemStatus],
    before: Option<i64>,
    limit: usize,
) -> Result<Vec<Problem>> {
    let words: Vec<&str> = statuses.iter().map(|s| s.as_str()).collect();
    table::select(
        conn,
        &format!(
            "WHERE (?1 = '[]' OR {}) AND id < ?2 ORDER BY id DESC LIMIT ?3",
            table::in_list(conn, "status", 1)
        ),
        params![table::list(&words)?, before.unwrap_or(i64::MAX), limit as i64],
    )
}

/// The problems whose planned fix is change `change`.
pub fn planned_by(conn: &(impl Db + ?Sized), change: i64) -> Result<Vec<Problem>> {
    table::select(conn, "WHERE change_id = ?1 ORDER BY id", [change])
}

/// Link incident `incident` to problem `problem`; false when they were linked already.
pub fn link(conn: &(impl Db + ?Sized), problem: i64, incident: i64, by: &str, now: DateTime<Utc>) -> Result<bool> {
    let n = conn.exec(
        "INSERT INTO problem_incidents (problem_id, incident_id, linked_at, linked_by) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT DO NOTHING",
        params![problem, incident, ts(now), by],
    )?;
    Ok(n == 1)
}

/// The incidents of a problem, oldest report first: (id, when it reached the desk).
pub fn incidents_of(conn: &(impl Db + ?Sized), problem: i64) -> Result<Vec<(i64, DateTime<Utc>)>> {
    db::rows(
        conn,
        "SELECT i.id, i.received_at FROM problem_incidents p JOIN incidents i ON i.id = p.incident_id
         WHERE p.problem_id = ?1 ORDER BY i.received_at, i.id",
        [problem],
        |r| Ok((table::from_value(r.cell(0)?, 0)?, at(table::from_value(r.cell(1)?, 1)?))),
    )
}

/// The problems an incident is linked to.
pub fn of_incident(conn: &(impl Db + ?Sized), incident: i64) -> Result<Vec<Problem>> {
    table::select(
        conn,
        "WHERE id IN (SELECT problem_id FROM problem_incidents WHERE incident_id = ?1) ORDER BY id",
        [incident],
    )
}
