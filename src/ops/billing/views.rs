//! Runs as the screens show them: the checklist of the current round, the rounds before, the
//! anomalies and round ends, the duties and the history.

use anyhow::Result;
use chrono::{DateTime, Utc};

use super::load;
use crate::domain::billing::{Anomaly, Check, Progress, RoundEnd, Run, progress};
use crate::domain::duty::Duty;
use crate::domain::kind::Kind;
use crate::ops::Writes;
use crate::store::audit::{self, HistoryRow};
use crate::store::db::Db;
use crate::store::{duties, runs as store};

/// A run as screens and `--json` show it.
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    pub run: Run,
    /// The current round's checklist.
    pub checks: Vec<Check>,
    /// Every earlier round's checklist with how it ended, oldest first (B8: every attempt stays
    /// visible).
    pub earlier: Vec<Round>,
    /// How every round so far ended (B8), oldest first.
    pub ends: Vec<RoundEnd>,
    pub anomalies: Vec<Anomaly>,
    pub duties: Vec<Duty>,
    pub history: Vec<HistoryRow>,
    pub progress: Progress,
}

/// One round of checking of one attempt, and how it ended (none for the current one).
#[derive(Clone, Debug, PartialEq)]
pub struct Round {
    pub attempt: i64,
    pub round: i64,
    pub checks: Vec<Check>,
    pub ends: Vec<RoundEnd>,
}

/// The run's rounds other than the current one, oldest first.
pub(super) fn earlier_rounds(conn: &dyn Db, run: &Run) -> Result<Vec<Round>> {
    let mut ends = store::round_ends(conn, run.id)?;
    let mut out: Vec<Round> = Vec::new();
    for c in store::every_check(conn, run.id)? {
        if (c.attempt, c.round) == (run.attempt, run.round) {
            continue;
        }
        match out.last_mut() {
            Some(r) if (r.attempt, r.round) == (c.attempt, c.round) => r.checks.push(c),
            _ => out.push(Round {
                attempt: c.attempt,
                round: c.round,
                checks: vec![c],
                ends: Vec::new(),
            }),
        }
    }
    for r in out.iter_mut() {
        let (mine, rest): (Vec<_>, Vec<_>) = ends
            .into_iter()
            .partition(|e| (e.attempt, e.round) == (r.attempt, r.round));
        r.ends = mine;
        ends = rest;
    }
    Ok(out)
}

fn view(conn: &dyn Db, run: Run, with_history: bool) -> Result<View> {
    let checks = store::current_checks(conn, &run)?;
    let earlier = if with_history {
        earlier_rounds(conn, &run)?
    } else {
        Vec::new()
    };
    let ends = store::round_ends(conn, run.id)?;
    let anomalies = store::anomalies(conn, run.id)?;
    let here = anomalies.iter().filter(|a| a.attempt == run.attempt).count();
    let progress = progress(&checks, here);
    let duties = duties::of_record(conn, Kind::Run, run.id)?;
    let history = if with_history {
        audit::timeline(conn, Kind::Run, run.id)?
    } else {
        Vec::new()
    };
    Ok(View {
        run,
        checks,
        earlier,
        ends,
        anomalies,
        duties,
        history,
        progress,
    })
}

pub fn show(desk: &mut impl Writes, id: i64) -> Result<View> {
    desk.read_db(|tx| {
        let run = load(tx, id)?;
        view(tx, run, true)
    })
}

/// Runs, those still ahead of their deadline (from `now`) first, soonest first.
pub fn list(desk: &mut impl Writes, now: DateTime<Utc>, limit: usize) -> Result<Vec<View>> {
    desk.read_db(|tx| {
        store::list(tx, now - chrono::Duration::days(20), limit)?
            .into_iter()
            .map(|r| view(tx, r, false))
            .collect()
    })
}

/// The runs a console shows, inside the caller's transaction.
pub(crate) fn console_views(conn: &dyn Db, now: DateTime<Utc>, limit: usize) -> Result<Vec<View>> {
    store::list(conn, now - chrono::Duration::days(20), limit)?
        .into_iter()
        .map(|r| view(conn, r, false))
        .collect()
}
