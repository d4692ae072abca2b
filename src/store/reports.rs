//! The counts behind the quality reports (Q1-Q4), each a range read over an index of
//! migration 015 (or an older one): a day, a week, a month or a half is never a full scan.

use std::collections::BTreeMap;

use anyhow::Result;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};
use serde::Serialize;

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

fn one(conn: &Connection, sql: &str, p: impl rusqlite::Params) -> Result<i64> {
    Ok(conn
        .prepare_cached(sql)?
        .query_row(p, |r| r.get::<_, Option<i64>>(0))?
        .unwrap_or(0))
}

/// Q1: the counts of [from, to); a clock or duty is late once `now` passes its deadline.
pub fn work(conn: &Connection, from: DateTime<Utc>, to: DateTime<Utc>, now: DateTime<Utc>) -> Result<WorkCounts> {
    let (f, t, n) = (ts(from), ts(to), ts(now));
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
    let mut st = conn.prepare_cached(
        "SELECT kind, count(*) FROM duties WHERE raised_at >= ?1 AND raised_at < ?2
         AND kind IN ('report_supervisor', 'report_manager', 'report_leader') GROUP BY kind",
    )?;
    for row in st.query_map(params![f, t], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))? {
        let (kind, n) = row?;
        match kind.as_str() {
            "report_supervisor" => c.escalated_supervisor = n,
            "report_manager" => c.escalated_manager = n,
            _ => c.escalated_leader = n,
        }
    }
    let (due, missed) = conn
        .prepare_cached(
            "SELECT count(*), sum(done_at IS NULL OR done_at > due_at) FROM duties
         WHERE due_at >= ?1 AND due_at < min(?2, ?3) AND withdrawn = 0",
        )?
        .query_row(params![f, t, n], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, Option<i64>>(1)?))
        })?;
    (c.duties_due, c.duties_missed) = (due, missed.unwrap_or(0));
    let (due, late) = conn
        .prepare_cached(
            "SELECT count(*), sum(met_at IS NULL OR met_at > due_at) FROM requests
         WHERE due_at >= ?1 AND due_at < min(?2, ?3)",
        )?
        .query_row(params![f, t, n], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, Option<i64>>(1)?))
        })?;
    (c.requests_due, c.requests_late) = (due, late.unwrap_or(0));
    Ok(c)
}

/// Q1: the oldest `limit` incidents still open now that were received before `to`.
pub fn open_incidents(conn: &Connection, to: DateTime<Utc>, limit: usize) -> Result<Vec<OpenIncident>> {
    let mut st = conn.prepare_cached(
        "SELECT id, title, severity, service, received_at FROM incidents
         WHERE status <> 'closed' AND received_at < ?1 ORDER BY id LIMIT ?2",
    )?;
    let rows = st
        .query_map(params![ts(to), limit as i64], |r| {
            Ok(OpenIncident {
                id: r.get(0)?,
                title: r.get(1)?,
                severity: r.get(2)?,
                service: r.get(3)?,
                received_at: at(r.get(4)?),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Q3/Q4: the counts of the incidents received in [from, to) and of the runs of `months`
/// (`YYYY-MM`, first and last).
pub fn kpi(
    conn: &Connection,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    months: (&str, &str),
    response_seconds: i64,
    satisfied_at_least: u8,
) -> Result<KpiCounts> {
    let mut c = conn
        .prepare_cached(
            "SELECT count(*), sum(accepted_at IS NOT NULL AND accepted_at - received_at <= ?3),
                    sum(resolved_at IS NOT NULL), sum(satisfaction IS NOT NULL),
                    sum(resolved_at IS NOT NULL AND satisfaction IS NOT NULL), sum(satisfaction >= ?4)
             FROM incidents WHERE received_at >= ?1 AND received_at < ?2",
        )?
        .query_row(params![ts(from), ts(to), response_seconds, satisfied_at_least], |r| {
            let n = |i: usize| r.get::<_, Option<i64>>(i).map(Option::unwrap_or_default);
            Ok(KpiCounts {
                received: n(0)?,
                accepted_in_time: n(1)?,
                resolved: n(2)?,
                rated: n(3)?,
                rated_resolved: n(4)?,
                satisfied: n(5)?,
                ..KpiCounts::default()
            })
        })?;
    let (runs, errors) = conn
        .prepare_cached(&format!(
            "SELECT count(*), sum({ERRORED}) FROM runs WHERE period >= ?1 AND period <= ?2"
        ))?
        .query_row(params![months.0, months.1], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, Option<i64>>(1)?))
        })?;
    (c.runs, c.runs_with_error) = (runs, errors.unwrap_or(0));
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
fn ranked_rows(conn: &Connection, by: Ranking) -> Result<(BTreeMap<String, DeptFigures>, BTreeMap<String, String>)> {
    let mut depts: BTreeMap<String, DeptFigures> = BTreeMap::new();
    let mut alias: BTreeMap<String, String> = BTreeMap::new();
    let row = |dept: &str, name: &str| DeptFigures {
        dept: dept.to_string(),
        name: name.to_string(),
        ..DeptFigures::default()
    };
    match by {
        Ranking::Served => {
            let mut st =
                conn.prepare_cached("SELECT code, name FROM departments WHERE kind = 'business' ORDER BY code")?;
            for r in st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
                let (dept, name) = r?;
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
            let mut st = conn.prepare_cached(
                "SELECT u.login, d.code, d.name FROM users u JOIN departments d ON d.id = u.dept_id
                 WHERE d.kind = 'it' ORDER BY u.login",
            )?;
            for r in st.query_map([], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?))
            })? {
                let (login, dept, name) = r?;
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
    conn: &Connection,
    by: Ranking,
    (from, to): (DateTime<Utc>, DateTime<Utc>),
    month: &str,
    now: DateTime<Utc>,
) -> Result<(Vec<DeptFigures>, Vec<Suspension>)> {
    let (f, t, n) = (ts(from), ts(to), ts(now));
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
            let mut st = conn.prepare_cached(&format!(
                "SELECT in_charge, count(*) FROM runs WHERE period = ?1 AND ({ERRORED}) GROUP BY in_charge"
            ))?;
            for row in st.query_map([month], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))? {
                let (login, errors) = row?;
                if let Some(d) = alias.get(login.trim()).and_then(|code| depts.get_mut(code)) {
                    d.data_errors += errors;
                }
            }
        }
    }
    let col = by.column();
    let grouped: [(String, &Add); 4] = [
        (
            format!(
                "SELECT {col}, count(*), 0 FROM incidents WHERE received_at >= ?1 AND received_at < ?2
                 AND category = 'database' AND ?3 = ?3 AND {col} IS NOT NULL GROUP BY {col}"
            ),
            &|d, a, _| d.data_errors += a,
        ),
        (
            format!(
                "SELECT {col}, count(*), sum(met_at IS NOT NULL AND met_at <= due_at) FROM requests
                 WHERE due_at >= ?1 AND due_at < ?2 AND (due_at < ?3 OR met_at IS NOT NULL)
                 AND {col} IS NOT NULL GROUP BY {col}"
            ),
            &|d, a, b| (d.due, d.met) = (d.due + a, d.met + b),
        ),
        (
            format!(
                "SELECT i.{col}, count(*), sum(d.done_at IS NOT NULL AND d.done_at <= d.due_at)
                 FROM duties d JOIN incidents i ON i.id = d.record_id
                 WHERE d.record_kind = 'incident' AND d.due_at >= ?1 AND d.due_at < ?2 AND d.withdrawn = 0
                 AND (d.due_at < ?3 OR d.done_at IS NOT NULL) AND i.{col} IS NOT NULL GROUP BY i.{col}"
            ),
            &|d, a, b| (d.due, d.met) = (d.due + a, d.met + b),
        ),
        (
            format!(
                "SELECT {col}, count(*), sum(satisfaction) FROM incidents
                 WHERE resolved_at >= ?1 AND resolved_at < ?2 AND satisfaction IS NOT NULL AND ?3 = ?3
                 AND {col} IS NOT NULL GROUP BY {col}"
            ),
            &|d, a, b| (d.rated, d.rating_sum) = (d.rated + a, d.rating_sum + b),
        ),
    ];
    for (sql, apply) in grouped {
        let mut st = conn.prepare_cached(&sql)?;
        let rows = st.query_map(params![f, t, n], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, Option<i64>>(2)?))
        })?;
        for row in rows {
            let (dept, a, b) = row?;
            if let Some(d) = alias.get(dept.trim()).and_then(|code| depts.get_mut(code)) {
                apply(d, a, b.unwrap_or(0));
            }
        }
    }
    let mut st = conn.prepare_cached(&format!(
        "SELECT id, coalesce({col}, ''), affected, started_at, restored_at FROM incidents
         WHERE outage = 1 AND human_cause = 0 AND started_at < ?2 AND coalesce(restored_at, ?3) >= ?1"
    ))?;
    let mut suspensions = Vec::new();
    let rows = st.query_map(params![f, t, n], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, i64>(3)?,
            r.get::<_, Option<i64>>(4)?,
        ))
    })?;
    for row in rows {
        let (id, dept, affected, start, end) = row?;
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
