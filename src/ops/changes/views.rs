//! Changes as the screens show them: one with its gates, duties and history; a page of them;
//! a month's plan with its conflicts.

use anyhow::Result;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use super::{load, rules};
use crate::domain::calendar::{Calendar, DayKind};
use crate::domain::change::{Change, ChangePolicy, ChangeStatus, GateFailure, parse_month};
use crate::domain::duty::{Duty, DutyKind};
use crate::domain::kind::Kind;
use crate::ops::Writes;
use crate::store::audit::{self, HistoryRow};
use crate::store::db::Db;
use crate::store::{changes as store, duties};

/// A change as screens and `--json` show it.
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    pub change: Change,
    pub duties: Vec<Duty>,
    pub history: Vec<HistoryRow>,
    /// While not yet scheduled: what would refuse it now.
    pub gates: Vec<GateFailure>,
    /// The next deadline: an open duty's, or (before scheduling) the first notice's.
    pub next: Option<(DutyKind, DateTime<Utc>)>,
    /// W2: years its working-day counts cross that the calendar does not know.
    pub unknown_years: Vec<i32>,
}

fn view(
    c: Change,
    duties: Vec<Duty>,
    history: Vec<HistoryRow>,
    cal: &Calendar,
    p: &ChangePolicy,
    now: DateTime<Utc>,
) -> View {
    let gates = if matches!(
        c.status,
        ChangeStatus::Draft | ChangeStatus::Planned | ChangeStatus::TestConfirmed
    ) {
        c.gates(cal, p, now)
    } else {
        Vec::new()
    };
    let open_duty = duties
        .iter()
        .filter(|d| d.done_at.is_none())
        .min_by_key(|d| d.due_at)
        .map(|d| (d.kind, d.due_at));
    let upcoming = || {
        let mut cands = vec![(DutyKind::C7Notice, c.c7_due(cal, p))];
        if c.user_affecting {
            cands.push((DutyKind::C5Maintenance, c.c5_due(cal, p)));
        }
        if c.cross_dept() {
            cands.push((DutyKind::C6Request, c.c6_due(cal, p)));
        }
        cands
            .into_iter()
            .filter_map(|(k, t)| t.map(|t| (k, t)))
            .min_by_key(|(_, t)| *t)
    };
    let next = match c.status {
        ChangeStatus::Draft | ChangeStatus::Planned | ChangeStatus::TestConfirmed => upcoming(),
        ChangeStatus::Closed => None,
        _ => open_duty,
    };
    let unknown_years = c.unknown_calendar_years(cal, p, now);
    View {
        change: c,
        duties,
        history,
        gates,
        next,
        unknown_years,
    }
}

pub fn show(desk: &mut impl Writes, id: i64, now: DateTime<Utc>) -> Result<View> {
    let (cal, p) = rules(desk);
    desk.read_db(|tx| {
        let c = load(tx, id)?;
        let ds = duties::of_record(tx, Kind::Change, id)?;
        let h = audit::timeline(tx, Kind::Change, id)?;
        Ok(view(c, ds, h, &cal, &p, now))
    })
}

/// Changes, newest first: the open ones, or all (one page keyed by id).
pub fn list(
    desk: &mut impl Writes,
    open_only: bool,
    before: Option<i64>,
    limit: usize,
    now: DateTime<Utc>,
) -> Result<Vec<View>> {
    let (cal, p) = rules(desk);
    desk.read_db(|tx| {
        let rows = if open_only {
            store::open(tx, limit)?
        } else {
            store::list(tx, before, limit)?
        };
        views(tx, rows, &cal, &p, now)
    })
}

/// The open changes, inside the caller's transaction (the console's snapshot).
pub(crate) fn open_views(
    conn: &dyn Db,
    config: &crate::config::Config,
    limit: usize,
    now: DateTime<Utc>,
) -> Result<Vec<View>> {
    let (cal, p) = (Calendar::from_config(config), ChangePolicy::from_config(config));
    views(conn, store::open(conn, limit)?, &cal, &p, now)
}

fn views(conn: &dyn Db, rows: Vec<Change>, cal: &Calendar, p: &ChangePolicy, now: DateTime<Utc>) -> Result<Vec<View>> {
    let ids: Vec<i64> = rows.iter().map(|c| c.id).collect();
    let mut all = duties::of_records(conn, Kind::Change, &ids)?;
    Ok(rows
        .into_iter()
        .map(|c| {
            let mine: Vec<Duty> = all.extract_if(.., |d| d.record_id == c.id).collect();
            view(c, mine, Vec::new(), cal, p, now)
        })
        .collect())
}

/// Something the month's plan flags (C1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlanConflict {
    pub changes: Vec<i64>,
    /// "overlap" (same system, overlapping windows) or "day_off" (a window on a day off).
    pub kind: String,
    pub detail: String,
}

/// One month's plan (C1): every day with its kind, the changes by window, and the conflicts.
#[derive(Clone, Debug, PartialEq)]
pub struct MonthPlan {
    pub year: i32,
    pub month: u32,
    pub days: Vec<(NaiveDate, DayKind)>,
    pub changes: Vec<Change>,
    pub conflicts: Vec<PlanConflict>,
}

pub fn month_plan(desk: &mut impl Writes, month: &str) -> Result<MonthPlan> {
    let (year, m) = parse_month(month)?;
    let month = format!("{year:04}-{m:02}");
    let (cal, _) = rules(desk);
    let changes = desk.read_db(|db| store::of_month(db, &month))?;
    let mut conflicts = Vec::new();
    for (i, a) in changes.iter().enumerate() {
        let (Some(a0), Some(a1)) = (a.window_start, a.window_end) else {
            continue;
        };
        let day = cal.date_of(a0);
        let kind = cal.kind(day);
        if !kind.is_working() {
            conflicts.push(PlanConflict {
                changes: vec![a.id],
                kind: "day_off".into(),
                detail: format!(
                    "change {} runs on {day}, a {}",
                    a.id,
                    if kind == DayKind::Holiday {
                        "holiday"
                    } else {
                        "weekend day"
                    }
                ),
            });
        }
        for b in &changes[i + 1..] {
            let (Some(b0), Some(b1)) = (b.window_start, b.window_end) else {
                continue;
            };
            let shared: Vec<&String> = a.systems.iter().filter(|s| b.systems.contains(s)).collect();
            if !shared.is_empty() && a0 < b1 && b0 < a1 {
                conflicts.push(PlanConflict {
                    changes: vec![a.id, b.id],
                    kind: "overlap".into(),
                    detail: format!(
                        "changes {} and {} both touch {} in overlapping windows",
                        a.id,
                        b.id,
                        shared.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
                    ),
                });
            }
        }
    }
    Ok(MonthPlan {
        year,
        month: m,
        days: cal.month(year, m),
        changes,
        conflicts,
    })
}
