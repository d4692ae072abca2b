//! `opsdesk bench`'s Reports view figure (issue 15, item 8): what the worker does when the view
//! opens (the console's snapshot of the view, every chart read in one read transaction), the
//! median of a few runs, beside its goal; and whether every read of the charts is index-backed
//! (`EXPLAIN QUERY PLAN` without a scan of the incidents; on a server, `EXPLAIN` without a
//! sequential scan of them).

use std::time::{Duration, Instant};

use anyhow::Result;
use chrono::{DateTime, Utc};

use crate::ops::Writes;
use crate::ops::console::{self, Query, ViewKind};
use crate::store::db::{self, Db};
use crate::store::report_charts::{self, DUTY_TIMES, RECEIVED_COUNT, RECEIVED_TIMES};

/// The goal: the view's load in at most this many ms (on the 1M desk).
pub const GOAL_MS: f64 = 100.0;
const RUNS: usize = 5;

/// The median of [`RUNS`] loads in ms, and a note: the plans' scans, if any.
pub fn measure(desk: &mut impl Writes, now: DateTime<Utc>) -> Result<(f64, String)> {
    let query = Query {
        view: ViewKind::Reports,
        ..Query::default()
    };
    let mut samples: Vec<Duration> = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let t = Instant::now();
        let snap = console::snapshot_with(desk, &query, now, None, &mut None)?;
        samples.push(t.elapsed());
        anyhow::ensure!(snap.reports.is_some(), "the Reports view read no charts");
    }
    samples.sort();
    let median = samples[RUNS / 2].as_secs_f64() * 1000.0;
    let scans: Vec<String> = desk
        .read_db(|d| {
            [RECEIVED_COUNT, RECEIVED_TIMES, DUTY_TIMES]
                .iter()
                .map(|sql| plan(d, sql))
                .collect::<Result<Vec<_>>>()
        })?
        .into_iter()
        .flatten()
        .collect();
    let note = if scans.is_empty() {
        "the worker's load: 30 days, 12 weeks, 12 months, budgets, ranking; index range reads".to_string()
    } else {
        format!("full scans: {}", scans.join("; "))
    };
    Ok((median, note))
}

/// The steps of `sql`'s plan that scan the incidents whole: SQLite's `EXPLAIN QUERY PLAN`, or the
/// server's `EXPLAIN` (two instants bound either way).
fn plan(d: &dyn Db, sql: &str) -> Result<Vec<String>> {
    if let Some(conn) = d.sqlite() {
        let steps = report_charts::plan(conn, sql)?;
        return Ok(steps.into_iter().filter(|s| s.starts_with("SCAN")).collect());
    }
    let steps = db::rows(d, &format!("EXPLAIN {sql}"), [0i64, 1i64], |r| {
        Ok(r.cell(0)?.as_str()?.trim().to_string())
    })?;
    Ok(steps
        .into_iter()
        .filter(|s| s.contains("Seq Scan on incidents"))
        .collect())
}
