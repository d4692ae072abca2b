//! The Reports view's reads (issue 15, item 8): each a range over an index (received_at and
//! due_at of migration 014; the weeks' times from migration 017's covering index), so opening
//! the view costs the weeks it shows, never a scan of every incident.
//! `tests/store_report_charts.rs` checks each plan.

use anyhow::Result;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};

use super::db::{self, Db};
use super::{at, at_opt, ts};
use crate::domain::report::charts::{DutyTimes, Times};

/// The queries, by name, for `EXPLAIN QUERY PLAN` in the tests and the bench.
pub const RECEIVED_COUNT: &str = "SELECT count(*) FROM incidents WHERE received_at >= ?1 AND received_at < ?2";
pub const RECEIVED_TIMES: &str = "SELECT received_at, clock_start, restored_at, satisfaction FROM incidents
     WHERE received_at >= ?1 AND received_at < ?2";
pub const DUTY_TIMES: &str = "SELECT due_at, done_at FROM duties WHERE due_at >= ?1 AND due_at < ?2 AND withdrawn = 0";

/// How many incidents were received in [from, to).
pub fn received(conn: &(impl Db + ?Sized), from: DateTime<Utc>, to: DateTime<Utc>) -> Result<i64> {
    let n = db::first(conn, RECEIVED_COUNT, params![ts(from), ts(to)], |r| {
        r.cell(0)?.as_i64().map_err(Into::into)
    })?;
    Ok(n.unwrap_or(0))
}

/// The times of every incident received in [from, to).
pub fn times(conn: &(impl Db + ?Sized), from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<Times>> {
    db::rows(conn, RECEIVED_TIMES, params![ts(from), ts(to)], |r| {
        Ok(Times {
            received_at: at(r.cell(0)?.as_i64()?),
            clock_start: at(r.cell(1)?.as_i64()?),
            restored_at: at_opt(r.cell(2)?.as_i64_or_null()?),
            satisfaction: r.cell(3)?.as_i64_or_null()?.and_then(|s| u8::try_from(s).ok()),
        })
    })
}

/// Every duty (not withdrawn) due in [from, to): its deadline and when it was done.
pub fn duties(conn: &(impl Db + ?Sized), from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<DutyTimes>> {
    db::rows(conn, DUTY_TIMES, params![ts(from), ts(to)], |r| {
        Ok(DutyTimes {
            due_at: at(r.cell(0)?.as_i64()?),
            done_at: at_opt(r.cell(1)?.as_i64_or_null()?),
        })
    })
}

/// `EXPLAIN QUERY PLAN` of `sql` (with two instants bound), one line per step: SQLite's plan,
/// for its tests and the bench (PostgreSQL's EXPLAIN reads otherwise).
pub fn plan(conn: &Connection, sql: &str) -> Result<Vec<String>> {
    let mut st = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
    let rows = st
        .query_map(params![0i64, 1i64], |r| r.get::<_, String>(3))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}
