//! Corrective notices (SPEC Q6): typed queries. Lists are paged by id.

use anyhow::Result;
use rusqlite::params;

use super::db::Db;
use super::table::{self, stored_as_words, table};
use crate::domain::corrective::{Corrective, CorrectiveStatus};

stored_as_words!(CorrectiveStatus);

table! {
    Corrective in "correctives" {
        id,
        dept,
        findings,
        measures,
        responsible,
        due_at,
        expected_effect,
        #[fixed] source,
        status,
        round,
        #[fixed] issued_by,
        follow_up,
        followed_up_at,
        followed_up_by,
        closed_at,
        close_note,
        #[fixed] created_at,
        version,
        updated_at,
        updated_by,
    }
}

pub fn insert(conn: &(impl Db + ?Sized), c: &Corrective) -> Result<i64> {
    table::insert(conn, c)
}

/// Write `new` over `old`; false when the row is no longer at `old.version`.
pub fn update(conn: &(impl Db + ?Sized), old: &Corrective, new: &Corrective) -> Result<bool> {
    table::update(conn, old, new)
}

pub fn get(conn: &(impl Db + ?Sized), id: i64) -> Result<Option<Corrective>> {
    table::get(conn, id)
}

/// One page of every row in id order (`opsdesk check`).
pub fn scan(conn: &(impl Db + ?Sized), after: i64, limit: usize) -> Result<Vec<Corrective>> {
    table::scan(conn, after, limit)
}

/// One page of notices, newest first: only those in `statuses` when any are given, ids below
/// `before`.
pub fn list(
    conn: &(impl Db + ?Sized),
    statuses: &[CorrectiveStatus],
    before: Option<i64>,
    limit: usize,
) -> Result<Vec<Corrective>> {
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
