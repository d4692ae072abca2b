//! The quality reports (Q1-Q4): each read in one read transaction from the store's indexed
//! counts, turned into figures by the domain's rules, and (Q1) written from its template.

use anyhow::Result;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::Serialize;

use super::Desk;
use crate::config::Config;
use crate::domain::outage::budgets;
use crate::domain::report::kpi::{Kpi, KpiCounts, Targets, kpis};
use crate::domain::report::period::{self, Period, Span};
use crate::domain::report::ranking::{Ranked, Scoring, rank};
pub use crate::store::reports::WorkReport;
use rusqlite::Connection;

pub mod charts;
use crate::store::reports::{self as store};

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

/// Q2: the month's ranking, with the weights that made it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MonthReport {
    pub period: Period,
    pub weights: Weights,
    pub rows: Vec<Ranked>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Weights {
    pub availability: u32,
    pub accuracy: u32,
    pub timeliness: u32,
    pub satisfaction: u32,
}

pub fn work(desk: &mut Desk, span: Span, date: NaiveDate, text: &str, now: DateTime<Utc>) -> Result<WorkReport> {
    let period = period::report_period(span, date, desk.config.desk.zone);
    let (counts, open) = desk.store.read(|tx| {
        Ok((
            store::work(tx, period.from, period.to, now)?,
            store::open_incidents(tx, period.to, OPEN_LISTED)?,
        ))
    })?;
    Ok(WorkReport {
        span,
        period,
        counts,
        open,
        text: crate::text::sanitize_block(text),
        generated_at: now,
    })
}

pub fn kpi(desk: &mut Desk, half: &str) -> Result<KpiReport> {
    let zone = desk.config.desk.zone;
    let period = period::half(half, zone)?;
    let targets = Targets::from_config(&desk.config);
    let months = (
        period.first_day.format("%Y-%m").to_string(),
        period.last_day.format("%Y-%m").to_string(),
    );
    let counts = desk.store.read(|tx| {
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

pub fn month(desk: &mut Desk, month: &str, now: DateTime<Utc>) -> Result<MonthReport> {
    let config = desk.config.clone();
    desk.store.read(|tx| month_in(tx, &config, month, now))
}

/// Q2 read inside a read transaction the caller holds (the Reports view reads it with its charts).
pub fn month_in(tx: &Connection, config: &Config, month: &str, now: DateTime<Utc>) -> Result<MonthReport> {
    let period = period::month(month, config.desk.zone)?;
    let scoring = Scoring::from_config(config);
    let (mut figures, suspensions) = store::month(tx, period.from, period.to, &period.label, now)?;
    // I11's join per department: one outage reported by three callers counts once.
    let used = budgets(
        &suspensions,
        (period.from, period.to),
        0,
        0,
        now.max(period.from + Duration::seconds(1)),
    );
    for f in &mut figures {
        f.outage_seconds = used.iter().find(|b| b.service == f.dept).map_or(0, |b| b.used_seconds);
    }
    Ok(MonthReport {
        weights: Weights {
            availability: scoring.availability_weight,
            accuracy: scoring.accuracy_weight,
            timeliness: scoring.timeliness_weight,
            satisfaction: scoring.satisfaction_weight,
        },
        rows: rank(figures, &scoring),
        period,
    })
}
