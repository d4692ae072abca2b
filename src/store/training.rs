//! Training records (SPEC R6): written once; read by month (the report) and by person, paged by
//! key.

use anyhow::Result;
use rusqlite::params;

use super::db::Db;

use super::table::{self, stored_as_words, table};
use crate::domain::training::{Month, Training, TrainingKind};

stored_as_words!(TrainingKind);

table! {
    Training in "training" {
        id,
        #[fixed] kind,
        #[fixed] person,
        #[fixed] topic,
        #[fixed] day,
        #[fixed] minutes,
        #[fixed] dept,
        #[fixed] attendees,
        #[fixed] note,
        #[fixed] recorded_at,
        #[fixed] recorded_by,
    }
}

pub fn insert(conn: &(impl Db + ?Sized), t: &Training) -> Result<i64> {
    table::insert(conn, t)
}

pub fn get(conn: &(impl Db + ?Sized), id: i64) -> Result<Option<Training>> {
    table::get(conn, id)
}

/// One page of every row in id order (`opsdesk check`).
pub fn scan(conn: &(impl Db + ?Sized), after: i64, limit: usize) -> Result<Vec<Training>> {
    table::scan(conn, after, limit)
}

/// Every record of `month`, by day (the month's report: a few hundred rows at most).
pub fn of_month(conn: &(impl Db + ?Sized), month: Month) -> Result<Vec<Training>> {
    let (from, to) = month.range();
    table::select(conn, "WHERE day >= ?1 AND day < ?2 ORDER BY day, id", params![from, to])
}

/// One page of records, newest day first, after the key `(day, id)` of the page before; only
/// `person`'s when given, only `month`'s when given.
pub fn page(
    conn: &(impl Db + ?Sized),
    person: Option<&str>,
    month: Option<Month>,
    before: Option<(String, i64)>,
    limit: usize,
) -> Result<Vec<Training>> {
    let (from, to) = month.map_or(("0000".to_string(), "9999".to_string()), Month::range);
    let (day, id) = before.unwrap_or_else(|| ("9999".to_string(), i64::MAX));
    match person {
        Some(p) => table::select(
            conn,
            "WHERE person = ?1 AND day >= ?2 AND day < ?3 AND (day, id) < (?4, ?5)
             ORDER BY day DESC, id DESC LIMIT ?6",
            params![p, from, to, day, id, limit as i64],
        ),
        None => table::select(
            conn,
            "WHERE day >= ?1 AND day < ?2 AND (day, id) < (?3, ?4) ORDER BY day DESC, id DESC LIMIT ?5",
            params![from, to, day, id, limit as i64],
        ),
    }
}
