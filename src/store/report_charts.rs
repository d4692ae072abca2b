//! The Reports view's reads (issue 15, item 8): each a range over an index (received_at and
//! due_at of migration 014; the weeks' times from migration 017's covering index), so opening
//! the view costs the weeks it shows, never a scan of every incident.
//! `tests/store_report_charts.rs` checks each plan.

use anyhow::Result;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};

use super::{at, at_opt, ts};
use crate::domain::report::charts::{DutyTimes, Times};

/// The queries, by name, for `EXPLAIN QUERY PLAN` in the tests and the bench.
pub const RECEIVED_COUNT: &str = "SELECT count(*) FROM incidents WHERE received_at >= ?1 AND received_at < ?2";
pub const RECEIVED_TIMES: &str = "SELECT received_at, clock_start, restored_at, satisfaction FROM incidents
     WHERE received_at >= ?1 AND received_at < ?2";
pub const DUTY_TIMES: &str = "SELECT due_at, done_at FROM duties WHERE due_at >= ?1 AND due_at < ?2 AND withdrawn = 0";

/// How many incidents were received in [from, to).
pub fn received(conn: &Connection, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<i64> {
    Ok(conn
        .prepare_cached(RECEIVED_COUNT)?
        .query_row(params![ts(from), ts(to)], |r| r.get(0))?)
}

/// The times of every incident received in [from, to).
pub fn times(conn: &Connection, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<Times>> {
    let mut st = conn.prepare_cached(RECEIVED_TIMES)?;
    let rows = st
        .query_map(params![ts(from), ts(to)], |r| {
            Ok(Times {
                received_at: at(r.get(0)?),
                clock_start: at(r.get(1)?),
                restored_at: at_opt(r.get(2)?),
                satisfaction: r.get::<_, Option<i64>>(3)?.and_then(|s| u8::try_from(s).ok()),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Every duty (not withdrawn) due in [from, to): its deadline and when it was done.
pub fn duties(conn: &Connection, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<DutyTimes>> {
    let mut st = conn.prepare_cached(DUTY_TIMES)?;
    let rows = st
        .query_map(params![ts(from), ts(to)], |r| {
            Ok(DutyTimes {
                due_at: at(r.get(0)?),
                done_at: at_opt(r.get(1)?),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// `EXPLAIN QUERY PLAN` of `sql` (with two instants bound), one line per step.
pub fn plan(conn: &Connection, sql: &str) -> Result<Vec<String>> {
    let mut st = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
    let rows = st
        .query_map(params![0i64, 1i64], |r| r.get::<_, String>(3))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}
