//! `opsdesk bench`'s Reports view figure (issue 15, item 8): what the worker does when the view
//! opens (the console's snapshot of the view, every chart read in one read transaction), the
//! median of a few runs, beside its goal; and whether every read of the charts is index-backed
//! (`EXPLAIN QUERY PLAN` without a scan of the incidents).

use std::time::{Duration, Instant};

use anyhow::Result;
use chrono::{DateTime, Utc};

use crate::ops::Desk;
use crate::ops::console::{self, Query, ViewKind};
use crate::store::report_charts::{self, DUTY_TIMES, RECEIVED_COUNT, RECEIVED_TIMES};

/// The goal: the view's load in at most this many ms (on the 1M desk).
pub const GOAL_MS: f64 = 100.0;
const RUNS: usize = 5;

/// The median of [`RUNS`] loads in ms, and a note: the plans' scans, if any.
pub fn measure(desk: &mut Desk, now: DateTime<Utc>) -> Result<(f64, String)> {
    let query = Query {
        view: ViewKind::Reports,
        ..Query::default()
    };
    let mut samples: Vec<Duration> = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let t = Instant::now();
        let snap = console::snapshot(desk, &query, now)?;
        samples.push(t.elapsed());
        anyhow::ensure!(snap.reports.is_some(), "the Reports view read no charts");
    }
    samples.sort();
    let median = samples[RUNS / 2].as_secs_f64() * 1000.0;
    let scans: Vec<String> = [RECEIVED_COUNT, RECEIVED_TIMES, DUTY_TIMES]
        .iter()
        .map(|sql| report_charts::plan(desk.store.conn(), sql))
        .collect::<Result<Vec<_>>>()?
        .into_iter()
        .flatten()
        .filter(|step| step.starts_with("SCAN"))
        .collect();
    let note = if scans.is_empty() {
        "the worker's load: 30 days, 12 weeks, 12 months, budgets, ranking; index range reads".to_string()
    } else {
        format!("full scans: {}", scans.join("; "))
    };
    Ok((median, note))
}
