//! The Reports view's figures (issue 15, item 8), read by the console's worker in one read
//! transaction: incidents per day (30 days) and per month (12), the last 12 weeks' time to
//! restore, ladder steps, ratings and duties, each service's outage budget this month (I11) and
//! the month's department ranking (Q2). Every read is a range over an index: the cost is the
//! weeks shown, not the size of the desk.

use anyhow::Result;
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::Connection;
use serde::Serialize;

use super::{MonthReport, month_in};
use crate::config::Config;
use crate::domain::escalation::Policy;
use crate::domain::outage::{ServiceBudget, budgets, month_bounds, month_of};
use crate::domain::report::charts::{self as rules, Week};
use crate::store::{incidents, report_charts as store};

/// Days in the per-day chart, months in the per-month one, weeks in the weekly ones.
pub const DAYS: usize = 30;
pub const MONTHS: usize = 12;
pub const WEEKS: usize = 12;

/// What the Reports view draws.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Charts {
    /// Incidents received each day of the last 30, in the desk's zone, oldest first.
    pub days: Vec<(NaiveDate, i64)>,
    /// Incidents received each of the last 12 months (`YYYY-MM`), oldest first.
    pub months: Vec<(String, i64)>,
    /// The last 12 weeks, oldest first.
    pub weeks: Vec<Week>,
    /// I12: ratings 1-5 recorded over those weeks, how many of each.
    pub ratings: [i64; 5],
    /// I11: each service's budget this month (`month`), with the limits in config.
    pub month: String,
    pub budgets: Vec<ServiceBudget>,
    pub single_limit_minutes: i64,
    pub monthly_limit_minutes: i64,
    /// Q2: this month's department ranking.
    pub ranking: MonthReport,
}

/// The charts at `now`, read inside the caller's read transaction.
pub fn read(tx: &Connection, config: &Config, now: DateTime<Utc>) -> Result<Charts> {
    let zone = config.desk.zone;
    let policy = Policy::from_config(config);
    let days = rules::last_days(now, DAYS, zone);
    let (monday, weeks_from) = rules::weeks_from(now, WEEKS, zone);
    let end = days.last().map_or(now, |d| d.2);
    // The weeks reach back further than the 30 days: one read serves both.
    let from = weeks_from.min(days.first().map_or(weeks_from, |d| d.1));
    let times = store::times(tx, from, end)?;
    let duties = store::duties(tx, weeks_from, end)?;
    let received: Vec<DateTime<Utc>> = times.iter().map(|t| t.received_at).collect();
    let day_names: Vec<NaiveDate> = days.iter().map(|d| d.0).collect();
    let per_day = rules::per_day(&received, &day_names, zone);
    let months = rules::last_months(now, MONTHS, zone)
        .into_iter()
        .map(|(label, a, b)| Ok((label, store::received(tx, a, b)?)))
        .collect::<Result<Vec<_>>>()?;
    let in_weeks: Vec<_> = times.iter().filter(|t| t.received_at >= weeks_from).copied().collect();
    let weeks = rules::weeks(monday, WEEKS, &in_weeks, &duties, &policy, zone, now);
    let mut ratings = [0i64; 5];
    for s in in_weeks.iter().filter_map(|t| t.satisfaction) {
        if let Some(n) = ratings.get_mut(usize::from(s).wrapping_sub(1)) {
            *n += 1;
        }
    }
    let (y, m) = month_of(now, zone);
    let month = format!("{y}-{m:02}");
    let (single, monthly) = (
        i64::from(config.outage.single_limit_minutes),
        i64::from(config.outage.monthly_limit_minutes),
    );
    let budgets = match month_bounds(y, m, zone) {
        Some(bounds) => budgets(
            &incidents::suspensions(tx, bounds.0, bounds.1, now)?,
            bounds,
            single,
            monthly,
            now,
        ),
        None => Vec::new(),
    };
    Ok(Charts {
        days: day_names.into_iter().zip(per_day).collect(),
        months,
        weeks,
        ratings,
        ranking: month_in(tx, config, &month, now)?,
        month,
        budgets,
        single_limit_minutes: single,
        monthly_limit_minutes: monthly,
    })
}

/// The charts at `now`, in a read transaction of their own (the bench, the CLI).
pub fn load(desk: &mut super::super::Desk, now: DateTime<Utc>) -> Result<Charts> {
    let config = desk.config.clone();
    desk.store.read(|tx| read(tx, &config, now))
}
