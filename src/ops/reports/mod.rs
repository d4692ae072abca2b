//! The quality reports (Q1-Q4): each read in one read transaction from the store's indexed
//! counts, turned into figures by the domain's rules, and (Q1) written from its template.

use anyhow::Result;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::Serialize;

use super::Writes;
use crate::config::Config;
use crate::domain::audit::diff;
use crate::domain::duty::{Duty, DutyKind};
use crate::domain::escalation::DutySpec;
use crate::domain::kind::Kind;
use crate::domain::outage::Suspension;
use crate::domain::outage::budgets;
use crate::domain::report::kpi::{Kpi, KpiCounts, Targets, kpis};
use crate::domain::report::period::{self, Period, Span};
use crate::domain::report::ranking::{DeptFigures, Ranked, Scoring, rank};
use crate::domain::report::sent::SentReport;
use crate::domain::role::Actor;
use crate::notify::recipients::Subject;
use crate::store::db::Db;
pub use crate::store::reports::WorkReport;
use crate::store::reports::{self as store, Ranking};
use crate::store::{audit, work_reports};

pub mod charts;

/// How many still-open incidents a work report names.
pub const OPEN_LISTED: usize = 20;

/// Q3/Q4: the half-year review.
#[derive(Clone, Debug, Serialize)]
pub struct KpiReport {
    pub period: Period,
    pub response_minutes: i64,
    pub counts: KpiCounts,
    pub kpis: Vec<Kpi>,
}

/// Q2: the month's ranking, with the weights that made it: the departments served, and the IT
/// teams that served them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MonthReport {
    pub period: Period,
    pub weights: Weights,
    pub rows: Vec<Ranked>,
    pub teams: Vec<Ranked>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Weights {
    pub availability: u32,
    pub accuracy: u32,
    pub timeliness: u32,
    pub satisfaction: u32,
}

pub fn work(desk: &mut impl Writes, span: Span, date: NaiveDate, text: &str, now: DateTime<Utc>) -> Result<WorkReport> {
    let period = period::report_period(span, date, desk.zone());
    desk.read_db(|tx| work_in(tx, span, period, text, now))
}

/// Q1's figures of `period`, read in the caller's transaction.
fn work_in(tx: &dyn Db, span: Span, period: Period, text: &str, now: DateTime<Utc>) -> Result<WorkReport> {
    Ok(WorkReport {
        span,
        counts: store::work(tx, period.from, period.to, now)?,
        open: store::open_incidents(tx, period.to, OPEN_LISTED)?,
        period,
        text: crate::text::sanitize_block(text),
        generated_at: now,
    })
}

/// A work report's message is due this soon after it is sent (the sender delivers it at once).
const SEND_WITHIN_MINUTES: i64 = 30;

/// Q1: the supervisor sends the report of the period `date` falls in through the outbox, to the
/// IT department's manager and leaders (its supervisors copied): the figures are read and kept in
/// the same transaction as the record and its duty, so the message says what the desk knew when
/// it was sent. A period's report may be sent again; each is its own record.
pub fn send(
    desk: &mut impl Writes,
    actor: &Actor,
    span: Span,
    date: NaiveDate,
    text: &str,
    now: DateTime<Utc>,
) -> Result<(SentReport, Option<Duty>)> {
    let zone = desk.zone();
    let period = period::report_period(span, date, zone);
    desk.write_db_as(actor, |tx, actor| {
        let report = work_in(tx, span, period.clone(), text, now)?;
        let context = crate::notify::work_report::context(&report, zone);
        let mut sent = SentReport::send(actor, span, &period.label, text, &context, now)?;
        sent.id = work_reports::insert(tx, &sent)?;
        audit::append(
            tx,
            &audit::Entry {
                record: (Kind::WorkReport, sent.id),
                subject: (Kind::WorkReport, sent.id),
                at: now,
                actor: &actor.login,
                action: "send",
                version: Some(sent.version),
                changes: &diff(None, &sent),
                detail: &format!("{} report {}", span.as_str(), period.label),
            },
        )?;
        let spec = DutySpec {
            kind: DutyKind::Q1Report,
            episode: 0,
            raised_at: now,
            due_at: now + Duration::minutes(SEND_WITHIN_MINUTES),
        };
        let duty = crate::ops::duties::raise(
            tx,
            (Kind::WorkReport, sent.id),
            Subject::WorkReport(&sent),
            &spec,
            &actor.login,
            now,
            zone,
        )?;
        Ok((sent, duty))
    })
}

pub fn kpi(desk: &mut impl Writes, half: &str) -> Result<KpiReport> {
    let period = period::half(half, desk.zone())?;
    let targets = Targets::from_config(desk.config());
    let months = (
        period.first_day.format("%Y-%m").to_string(),
        period.last_day.format("%Y-%m").to_string(),
    );
    let counts = desk.read_db(|tx| {
        store::kpi(
            tx,
            period.from,
            period.to,
            (&months.0, &months.1),
            targets.response_minutes * 60,
            targets.satisfied_at_least,
        )
    })?;
    Ok(KpiReport {
        kpis: kpis(&counts, &targets),
        response_minutes: targets.response_minutes,
        period,
        counts,
    })
}

pub fn month(desk: &mut impl Writes, month: &str, now: DateTime<Utc>) -> Result<MonthReport> {
    let config = desk.config().clone();
    desk.read_db(|tx| month_in(tx, &config, month, now))
}

/// Q2 read inside a read transaction the caller holds (the Reports view reads it with its charts).
pub fn month_in(tx: &dyn Db, config: &Config, month: &str, now: DateTime<Utc>) -> Result<MonthReport> {
    let period = period::month(month, config.desk.zone)?;
    let scoring = Scoring::from_config(config);
    let span = (period.from, period.to);
    let team_list = config.quality.teams();
    let served = store::month(tx, Ranking::Served, span, &period.label, now)?;
    let teams = store::month(tx, Ranking::Teams(&team_list), span, &period.label, now)?;
    let ranked = |(mut figures, suspensions): (Vec<DeptFigures>, Vec<Suspension>)| {
        // I11's join per department: one outage reported by three callers counts once.
        let used = budgets(&suspensions, span, 0, 0, now.max(period.from + Duration::seconds(1)));
        for f in &mut figures {
            f.outage_seconds = used.iter().find(|b| b.service == f.dept).map_or(0, |b| b.used_seconds);
        }
        rank(figures, &scoring)
    };
    Ok(MonthReport {
        weights: Weights {
            availability: scoring.availability_weight,
            accuracy: scoring.accuracy_weight,
            timeliness: scoring.timeliness_weight,
            satisfaction: scoring.satisfaction_weight,
        },
        rows: ranked(served),
        teams: ranked(teams),
        period,
    })
}
