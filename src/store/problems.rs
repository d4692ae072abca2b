//! Problems (SPEC P1, I9) and the incidents they caused: typed queries. Lists are paged by id.

use anyhow::Result;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};

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

pub fn insert(conn: &Connection, p: &Problem) -> Result<i64> {
    table::insert(conn, p)
}

/// Write `new` over `old`; false when the row is no longer at `old.version`.
pub fn update(conn: &Connection, old: &Problem, new: &Problem) -> Result<bool> {
    table::update(conn, old, new)
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Problem>> {
    table::get(conn, id)
}

/// One page of every problems row in id order (`opsdesk check`).
pub fn scan(conn: &Connection, after: i64, limit: usize) -> Result<Vec<Problem>> {
    table::scan(conn, after, limit)
}

/// One page of problems, newest first: only those in `statuses` when any are given, ids below
/// `before`.
pub fn list(conn: &Connection, statuses: &[ProblemStatus], before: Option<i64>, limit: usize) -> Result<Vec<Problem>> {
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
pub fn planned_by(conn: &Connection, change: i64) -> Result<Vec<Problem>> {
    table::select(conn, "WHERE change_id = ?1 ORDER BY id", [change])
}

/// Link incident `incident` to problem `problem`; false when they were linked already.
pub fn link(conn: &Connection, problem: i64, incident: i64, by: &str, now: DateTime<Utc>) -> Result<bool> {
    let n = conn.execute(
        "INSERT INTO problem_incidents (problem_id, incident_id, linked_at, linked_by) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT DO NOTHING",
        params![problem, incident, ts(now), by],
    )?;
    Ok(n == 1)
}

/// The incidents of a problem, oldest report first: (id, when it reached the desk).
pub fn incidents_of(conn: &Connection, problem: i64) -> Result<Vec<(i64, DateTime<Utc>)>> {
    let mut st = conn.prepare_cached(
        "SELECT i.id, i.received_at FROM problem_incidents p JOIN incidents i ON i.id = p.incident_id
         WHERE p.problem_id = ?1 ORDER BY i.received_at, i.id",
    )?;
    let rows = st
        .query_map([problem], |r| Ok((r.get(0)?, at(r.get(1)?))))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// The problems an incident is linked to.
pub fn of_incident(conn: &(impl super::db::Db + ?Sized), incident: i64) -> Result<Vec<Problem>> {
    table::select(
        conn,
        "WHERE id IN (SELECT problem_id FROM problem_incidents WHERE incident_id = ?1) ORDER BY id",
        [incident],
    )
}
