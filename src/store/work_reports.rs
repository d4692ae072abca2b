//! Q1: the work reports sent through the outbox: typed queries.

use anyhow::Result;
use rusqlite::params;

use super::db::Db;
use super::table::{self, stored_as_words, table};
use crate::domain::report::period::Span;
use crate::domain::report::sent::SentReport;

stored_as_words!(Span);

table! {
    SentReport in "work_reports" {
        id,
        #[fixed] span,
        #[fixed] period,
        #[fixed] text,
        #[fixed] context,
        #[fixed] issued_by,
        #[fixed] created_at,
        version,
        updated_at,
        updated_by,
    }
}

pub fn insert(conn: &(impl Db + ?Sized), r: &SentReport) -> Result<i64> {
    table::insert(conn, r)
}

pub fn get(conn: &(impl Db + ?Sized), id: i64) -> Result<Option<SentReport>> {
    table::get(conn, id)
}

/// One page of every row in id order (`opsdesk check`).
pub fn scan(conn: &(impl Db + ?Sized), after: i64, limit: usize) -> Result<Vec<SentReport>> {
    table::scan(conn, after, limit)
}

/// The reports sent for one period, oldest first (a period's report may be sent again, with
/// later figures).
pub fn of_period(conn: &(impl Db + ?Sized), span: Span, period: &str) -> Result<Vec<SentReport>> {
    table::select(
        conn,
        "WHERE span = ?1 AND period = ?2 ORDER BY id",
        params![span.as_str(), period],
    )
}
