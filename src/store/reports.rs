//! The counts behind the quality reports (Q1-Q4), each a range read over an index of
//! migration 015 (or an older one): a day, a week, a month or a half is never a full scan.
//! Each is spelled once for both engines (issue 20): conditional counts as `count(*) FILTER
//! (WHERE ..)`, not SQLite's `sum(condition)`; a sum cast to BIGINT (PostgreSQL's is a numeric);
//! a bound of two instants computed before it is bound, not `min(a, b)` (PostgreSQL's `least`).

use std::collections::BTreeMap;

use anyhow::Result;
use chrono::{DateTime, Utc};
use rusqlite::{ToSql, params};
use serde::Serialize;

use super::db::{self, Cells, Db};
use super::{at, at_opt, ts};
use crate::domain::outage::Suspension;
use crate::domain::report::kpi::KpiCounts;
use crate::domain::report::period::{Period, Span};
use crate::domain::report::ranking::{DeptFigures, Team};

/// Q1: what happened in a day or a week.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct WorkCounts {
    pub opened: i64,
    pub restored: i64,
    pub resolved: i64,
    /// Received before the period ended and not closed by then.
    pub still_open: i64,
    pub escalated_supervisor: i64,
    pub escalated_manager: i64,
    pub escalated_leader: i64,
    /// Duties whose deadline fell in the period (and has passed), and those not done by it.
    pub duties_due: i64,
    pub duties_missed: i64,
    pub changes_done: i64,
    /// Request clocks whose deadline fell in the period, and those not met by it.
    pub requests_due: i64,
    pub requests_late: i64,
}

/// Q1: a daily or weekly work report.
#[derive(Clone, Debug, Serialize)]
pub struct WorkReport {
    pub span: Span,
    pub period: Period,
    pub counts: WorkCounts,
    /// The oldest incidents still open, at most `ops::reports::OPEN_LISTED`.
    pub open: Vec<OpenIncident>,
    /// The supervisor's words: progress, open issues, measures taken.
    pub text: String,
    pub generated_at: DateTime<Utc>,
}

/// An incident still open at the end of the period, for the report's "open issues".
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OpenIncident {
    pub id: i64,
    pub title: String,
    pub severity: String,
    pub service: String,
    pub received_at: DateTime<Utc>,
}

/// Column `i` of `r`, a count or a sum (none over no rows: 0).
fn n(r: &dyn Cells, i: usize) -> rusqlite::Result<i64> {
    Ok(r.cell(i)?.as_i64_or_null()?.unwrap_or(0))
}

/// Column `i` of `r`, a text.
fn text(r: &dyn Cells, i: usize) -> rusqlite::Result<String> {
    Ok(r.cell(i)?.as_str()?.to_string())
}

fn one(conn: &(impl Db + ?Sized), sql: &str, p: impl db::Args) -> Result<i64> {
    Ok(db::first(conn, sql, p, |r| n(r, 0))?.unwrap_or(0))
}

/// Q1: the counts of [from, to); a clock or duty is late once `now` passes its deadline.
pub fn work(
    conn: &(impl Db + ?Sized),
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<WorkCounts> {
    // What fell due by now: the bound computed here, as SQLite's min(a, b) is PostgreSQL's least.
    let (f, t, due_by) = (ts(from), ts(to), ts(to.min(now)));
    let range = |col: &str, table: &str| format!("SELECT count(*) FROM {table} WHERE {col} >= ?1 AND {col} < ?2");
    let mut c = WorkCounts {
        opened: one(conn, &range("received_at", "incidents"), params![f, t])?,
        restored: one(conn, &range("restored_at", "incidents"), params![f, t])?,
        resolved: one(conn, &range("resolved_at", "incidents"), params![f, t])?,
        still_open: one(
            conn,
            "SELECT count(*) FROM incidents WHERE status <> 'closed' AND received_at < ?1",
            [t],
        )? + one(
            conn,
            "SELECT count(*) FROM incidents WHERE closed_at >= ?1 AND received_at < ?1",
            [t],
        )?,
        changes_done: one(conn, &range("closed_at", "changes"), params![f, t])?,
        ..WorkCounts::default()
    };
    let escalated = db::rows(
        conn,
        "SELECT kind, count(*) FROM duties WHERE raised_at >= ?1 AND raised_at < ?2
         AND kind IN ('report_supervisor', 'report_manager', 'report_leader') GROUP BY kind",
        params![f, t],
        |r| Ok((text(r, 0)?, n(r, 1)?)),
    )?;
    for (kind, n) in escalated {
        match kind.as_str() {
            "report_supervisor" => c.escalated_supervisor = n,
            "report_manager" => c.escalated_manager = n,
            _ => c.escalated_leader = n,
        }
    }
    let two = |r: &dyn Cells| Ok((n(r, 0)?, n(r, 1)?));
    (c.duties_due, c.duties_missed) = db::first(
        conn,
        "SELECT count(*), count(*) FILTER (WHERE done_at IS NULL OR done_at > due_at) FROM duties
         WHERE due_at >= ?1 AND due_at < ?2 AND withdrawn = 0",
        params![f, due_by],
        two,
    )?
    .unwrap_or_default();
    (c.requests_due, c.requests_late) = db::first(
        conn,
        "SELECT count(*), count(*) FILTER (WHERE met_at IS NULL OR met_at > due_at) FROM requests
         WHERE due_at >= ?1 AND due_at < ?2",
        params![f, due_by],
        two,
    )?
    .unwrap_or_default();
    Ok(c)
}

/// Q1: the oldest `limit` incidents still open now that were received before `to`.
pub fn open_incidents(conn: &(impl Db + ?Sized), to: DateTime<Utc>, limit: usize) -> Result<Vec<OpenIncident>> {
    db::rows(
        conn,
        "SELECT id, title, severity, service, received_at FROM incidents
         WHERE status <> 'closed' AND received_at < ?1 ORDER BY id LIMIT ?2",
        params![ts(to), limit as i64],
        |r| {
            Ok(OpenIncident {
                id: r.cell(0)?.as_i64()?,
                title: text(r, 1)?,
                severity: text(r, 2)?,
                service: text(r, 3)?,
                received_at: at(r.cell(4)?.as_i64()?),
            })
        },
    )
}

/// Q3/Q4: the counts of the incidents received in [from, to) and of the runs of `months`
/// (`YYYY-MM`, first and last).
pub fn kpi(
    conn: &(impl Db + ?Sized),
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    months: (&str, &str),
    response_seconds: i64,
    satisfied_at_least: u8,
) -> Result<KpiCounts> {
    let mut c = db::first(
        conn,
        "SELECT count(*),
                count(*) FILTER (WHERE accepted_at IS NOT NULL AND accepted_at - received_at <= ?3),
                count(resolved_at), count(satisfaction),
                count(*) FILTER (WHERE resolved_at IS NOT NULL AND satisfaction IS NOT NULL),
                count(*) FILTER (WHERE satisfaction >= ?4)
         FROM incidents WHERE received_at >= ?1 AND received_at < ?2",
        params![ts(from), ts(to), response_seconds, i64::from(satisfied_at_least)],
        |r| {
            Ok(KpiCounts {
                received: n(r, 0)?,
                accepted_in_time: n(r, 1)?,
                resolved: n(r, 2)?,
                rated: n(r, 3)?,
                rated_resolved: n(r, 4)?,
                satisfied: n(r, 5)?,
                ..KpiCounts::default()
            })
        },
    )?
    .unwrap_or_default();
    (c.runs, c.runs_with_error) = db::first(
        conn,
        &format!("SELECT count(*), count(*) FILTER (WHERE {ERRORED}) FROM runs WHERE period >= ?1 AND period <= ?2"),
        params![months.0, months.1],
        |r| Ok((n(r, 0)?, n(r, 1)?)),
    )?
    .unwrap_or_default();
    Ok(c)
}

/// How one grouped count adds to a department's figures.
type Add = dyn Fn(&mut DeptFigures, i64, i64);

/// A run that found an anomaly or was disputed (B6, B8).
const ERRORED: &str = "dispute_reason <> ''
    OR EXISTS (SELECT 1 FROM run_anomalies a WHERE a.run_id = runs.id)
    OR EXISTS (SELECT 1 FROM run_round_ends e WHERE e.run_id = runs.id AND e.how = 'dispute')";

/// Who a Q2 table ranks: the business departments served (a record names its department by
/// code or name), or the IT teams (`[[quality.teams]]`; a record counts for the team of the
/// person who owns it, and the IT department's people in no team count for the department).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ranking<'a> {
    Served,
    Teams(&'a [Team]),
}

impl Ranking<'_> {
    /// The column of a record that names whom it counts for.
    fn column(self) -> &'static str {
        match self {
            Ranking::Served => "dept",
            Ranking::Teams(_) => "owner",
        }
    }
}

/// The rows of a ranking, each with no figures yet, and every word a record may use to name one
/// of them (a code or a name; for teams, each member's login) mapped to its code.
fn ranked_rows(
    conn: &(impl Db + ?Sized),
    by: Ranking,
) -> Result<(BTreeMap<String, DeptFigures>, BTreeMap<String, String>)> {
    let mut depts: BTreeMap<String, DeptFigures> = BTreeMap::new();
    let mut alias: BTreeMap<String, String> = BTreeMap::new();
    let row = |dept: &str, name: &str| DeptFigures {
        dept: dept.to_string(),
        name: name.to_string(),
        ..DeptFigures::default()
    };
    match by {
        Ranking::Served => {
            let rows = db::rows(
                conn,
                "SELECT code, name FROM departments WHERE kind = 'business' ORDER BY code",
                [],
                |r| Ok((text(r, 0)?, text(r, 1)?)),
            )?;
            for (dept, name) in rows {
                alias.insert(name.clone(), dept.clone());
                alias.insert(dept.clone(), dept.clone());
                depts.insert(dept.clone(), row(&dept, &name));
            }
        }
        Ranking::Teams(teams) => {
            for t in teams {
                depts.insert(t.code.clone(), row(&t.code, &t.name));
                for m in &t.members {
                    alias.insert(m.clone(), t.code.clone());
                }
            }
            let rows = db::rows(
                conn,
                "SELECT u.login, d.code, d.name FROM users u JOIN departments d ON d.id = u.dept_id
                 WHERE d.kind = 'it' ORDER BY u.login",
                [],
                |r| Ok((text(r, 0)?, text(r, 1)?, text(r, 2)?)),
            )?;
            for (login, dept, name) in rows {
                if let std::collections::btree_map::Entry::Vacant(e) = alias.entry(login) {
                    depts.entry(dept.clone()).or_insert_with(|| row(&dept, &name));
                    e.insert(dept);
                }
            }
        }
    }
    Ok((depts, alias))
}

/// Q2: the figures of every department `by` ranks for the month [from, to) (`month`: its
/// `YYYY-MM`, the period of its billing runs). Suspensions are keyed by department code (for the
/// departments served: the reporter's and each affected one; for a team: the owner's team) for
/// the domain's I11 join to count each outage once.
pub fn month(
    conn: &(impl Db + ?Sized),
    by: Ranking,
    (from, to): (DateTime<Utc>, DateTime<Utc>),
    month: &str,
    now: DateTime<Utc>,
) -> Result<(Vec<DeptFigures>, Vec<Suspension>)> {
    let (f, t, now) = (ts(from), ts(to), ts(now));
    let (mut depts, alias) = ranked_rows(conn, by)?;
    let errored = format!("SELECT count(*) FROM runs WHERE period = ?1 AND ({ERRORED})");
    match by {
        // A billing error touches every department the bill goes to.
        Ranking::Served => {
            let billing_errors = one(conn, &errored, [month])?;
            for d in depts.values_mut() {
                d.data_errors = billing_errors;
            }
        }
        // A team answers for the runs its members were in charge of.
        Ranking::Teams(_) => {
            let rows = db::rows(
                conn,
                &format!("SELECT in_charge, count(*) FROM runs WHERE period = ?1 AND ({ERRORED}) GROUP BY in_charge"),
                [month],
                |r| Ok((text(r, 0)?, n(r, 1)?)),
            )?;
            for (login, errors) in rows {
                if let Some(d) = alias.get(login.trim()).and_then(|code| depts.get_mut(code)) {
                    d.data_errors += errors;
                }
            }
        }
    }
    let col = by.column();
    // Each query binds what it reads: the period, and `now` (?3) where a deadline still to come
    // is not counted yet. A sum is cast: PostgreSQL's sum of bigints is a numeric.
    let grouped: [(String, bool, &Add); 4] = [
        (
            format!(
                "SELECT {col}, count(*), 0 FROM incidents WHERE received_at >= ?1 AND received_at < ?2
                 AND category = 'database' AND {col} IS NOT NULL GROUP BY {col}"
            ),
            false,
            &|d, a, _| d.data_errors += a,
        ),
        (
            format!(
                "SELECT {col}, count(*), count(*) FILTER (WHERE met_at IS NOT NULL AND met_at <= due_at)
                 FROM requests WHERE due_at >= ?1 AND due_at < ?2 AND (due_at < ?3 OR met_at IS NOT NULL)
                 AND {col} IS NOT NULL GROUP BY {col}"
            ),
            true,
            &|d, a, b| (d.due, d.met) = (d.due + a, d.met + b),
        ),
        (
            format!(
                "SELECT i.{col}, count(*), count(*) FILTER (WHERE d.done_at IS NOT NULL AND d.done_at <= d.due_at)
                 FROM duties d JOIN incidents i ON i.id = d.record_id
                 WHERE d.record_kind = 'incident' AND d.due_at >= ?1 AND d.due_at < ?2 AND d.withdrawn = 0
                 AND (d.due_at < ?3 OR d.done_at IS NOT NULL) AND i.{col} IS NOT NULL GROUP BY i.{col}"
            ),
            true,
            &|d, a, b| (d.due, d.met) = (d.due + a, d.met + b),
        ),
        (
            format!(
                "SELECT {col}, count(*), CAST(sum(satisfaction) AS BIGINT) FROM incidents
                 WHERE resolved_at >= ?1 AND resolved_at < ?2 AND satisfaction IS NOT NULL
                 AND {col} IS NOT NULL GROUP BY {col}"
            ),
            false,
            &|d, a, b| (d.rated, d.rating_sum) = (d.rated + a, d.rating_sum + b),
        ),
    ];
    for (sql, with_now, apply) in grouped {
        let args: Vec<&dyn ToSql> = if with_now { vec![&f, &t, &now] } else { vec![&f, &t] };
        let rows = db::rows(conn, &sql, args.as_slice(), |r| Ok((text(r, 0)?, n(r, 1)?, n(r, 2)?)))?;
        for (dept, a, b) in rows {
            if let Some(d) = alias.get(dept.trim()).and_then(|code| depts.get_mut(code)) {
                apply(d, a, b);
            }
        }
    }
    let rows = db::rows(
        conn,
        &format!(
            "SELECT id, coalesce({col}, ''), affected, started_at, restored_at FROM incidents
             WHERE outage = 1 AND human_cause = 0 AND started_at < ?2 AND coalesce(restored_at, ?3) >= ?1
             ORDER BY id"
        ),
        params![f, t, now],
        |r| {
            Ok((
                r.cell(0)?.as_i64()?,
                text(r, 1)?,
                text(r, 2)?,
                r.cell(3)?.as_i64()?,
                r.cell(4)?.as_i64_or_null()?,
            ))
        },
    )?;
    let mut suspensions = Vec::new();
    for (id, dept, affected, start, end) in rows {
        // The departments served: the reporter's and each affected one; a team: the owner's.
        let mut whom: Vec<String> = match by {
            Ranking::Served => serde_json::from_str(&affected).unwrap_or_default(),
            Ranking::Teams(_) => Vec::new(),
        };
        whom.push(dept);
        let mut whom: Vec<String> = whom.iter().filter_map(|d| alias.get(d.trim()).cloned()).collect();
        whom.sort();
        whom.dedup();
        for service in whom {
            suspensions.push(Suspension {
                incident_id: id,
                service,
                start: at(start),
                end: at_opt(end),
                human_cause: false,
            });
        }
    }
    Ok((depts.into_values().collect(), suspensions))
}
