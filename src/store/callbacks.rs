//! Callbacks (SPEC Q7): typed queries. Lists are paged by id.

use anyhow::Result;
use rusqlite::params;

use super::db::Db;
use super::table::{self, stored_as_words, table};
use crate::domain::callback::{Callback, CallbackStatus};
use crate::domain::kind::Kind;

stored_as_words!(CallbackStatus);

table! {
    Callback in "callbacks" {
        id,
        #[fixed] record_kind,
        #[fixed] record_id,
        #[fixed] episode,
        #[fixed] person,
        #[fixed] contact,
        #[fixed] due_at,
        status,
        attempts,
        reached_at,
        satisfaction,
        remarks,
        called_by,
        reopened,
        #[fixed] created_at,
        version,
        updated_at,
        updated_by,
    }
}

/// Write a new callback unless the record's handling has one (the unique key): `None` then.
pub fn insert_new(conn: &(impl Db + ?Sized), c: &Callback) -> Result<Option<i64>> {
    table::insert_new(conn, c)
}

pub fn update(conn: &(impl Db + ?Sized), old: &Callback, new: &Callback) -> Result<bool> {
    table::update(conn, old, new)
}

pub fn get(conn: &(impl Db + ?Sized), id: i64) -> Result<Option<Callback>> {
    table::get(conn, id)
}

pub fn scan(conn: &(impl Db + ?Sized), after: i64, limit: usize) -> Result<Vec<Callback>> {
    table::scan(conn, after, limit)
}

/// One page of callbacks, newest first: only those in `statuses` when any are given.
pub fn list(
    conn: &(impl Db + ?Sized),
    statuses: &[CallbackStatus],
    before: Option<i64>,
    limit: usize,
) -> Result<Vec<Callback>> {
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

/// The callbacks of one record, oldest first.
pub fn of_record(conn: &(impl Db + ?Sized), kind: Kind, id: i64) -> Result<Vec<Callback>> {
    table::select(
        conn,
        "WHERE record_kind = ?1 AND record_id = ?2 ORDER BY id",
        params![kind.as_str(), id],
    )
}
