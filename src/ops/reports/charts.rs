//! The Reports view's figures (issue 15, item 8), read by the console's worker in one read
//! transaction: incidents per day (30 days) and per month (12), the last 12 weeks' time to
//! restore, ladder steps, ratings and duties, each service's outage budget this month (I11) and
//! the month's department ranking (Q2). Every read is a range over an index: the cost is the
//! weeks shown, not the size of the desk.

use anyhow::Result;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use super::{MonthReport, month_in};
use crate::config::Config;
use crate::domain::escalation::Policy;
use crate::domain::outage::{ServiceBudget, budgets, month_bounds, month_of};
use crate::domain::report::charts::{self as rules, Week};
use crate::store::db::Db;
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
pub fn read(tx: &dyn Db, config: &Config, now: DateTime<Utc>) -> Result<Charts> {
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
pub fn load(desk: &mut impl super::super::Writes, now: DateTime<Utc>) -> Result<Charts> {
    let config = desk.config().clone();
    desk.read_db(|tx| read(tx, &config, now))
}

/// How long kept charts stay good while nothing is written: a duty's deadline passing and an
/// outage still running move them with the clock alone, by the minute at most.
pub const KEPT_FOR: Duration = Duration::seconds(60);

/// The Reports view's charts as last read, for the console's worker: read again only when the
/// desk changed (`generation`, which the worker moves on each commit it sees or makes), the day
/// rolled over in the desk's zone, or [`KEPT_FOR`] passed; not on each reload of the view.
#[derive(Debug, Default)]
pub struct Cache {
    kept: Option<(u64, NaiveDate, DateTime<Utc>, Box<Charts>)>,
}

impl Cache {
    /// The charts kept, when still good at `now` for the desk as of `generation`.
    pub fn get(&self, generation: u64, now: DateTime<Utc>, zone: Tz) -> Option<Box<Charts>> {
        let (g, day, read_at, charts) = self.kept.as_ref()?;
        let today = now.with_timezone(&zone).date_naive();
        (*g == generation && *day == today && now >= *read_at && now - *read_at < KEPT_FOR).then(|| charts.clone())
    }

    /// Keep `charts`, read at `now` from the desk as of `generation`.
    pub fn put(&mut self, generation: u64, now: DateTime<Utc>, zone: Tz, charts: &Charts) {
        let day = now.with_timezone(&zone).date_naive();
        self.kept = Some((generation, day, now, Box::new(charts.clone())));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use chrono_tz::Asia::Shanghai;

    fn charts() -> Charts {
        Charts {
            days: Vec::new(),
            months: vec![("2026-11".into(), 3)],
            weeks: Vec::new(),
            ratings: [0; 5],
            month: "2026-11".into(),
            budgets: Vec::new(),
            single_limit_minutes: 30,
            monthly_limit_minutes: 60,
            ranking: MonthReport {
                period: crate::domain::report::period::month("2026-11", Shanghai).unwrap(),
                weights: super::super::Weights {
                    availability: 1,
                    accuracy: 1,
                    timeliness: 1,
                    satisfaction: 1,
                },
                rows: Vec::new(),
                teams: Vec::new(),
            },
        }
    }

    #[test]
    fn q1_charts_are_read_again_only_when_the_desk_changed_the_day_rolled_or_a_minute_passed() {
        // 23:59:20 in Shanghai.
        let read_at = Utc.with_ymd_and_hms(2026, 11, 20, 15, 59, 20).unwrap();
        let mut cache = Cache::default();
        assert!(cache.get(0, read_at, Shanghai).is_none(), "nothing kept yet");
        cache.put(7, read_at, Shanghai, &charts());
        for (generation, after, kept) in [
            (7, 0, true),
            (7, 5, true),
            (7, 39, true),
            // Midnight in Shanghai: the day's chart moves on.
            (7, 40, false),
            // Another commit.
            (8, 5, false),
            // The clock went back: read again.
            (7, -5, false),
        ] {
            let now = read_at + Duration::seconds(after);
            assert_eq!(
                cache.get(generation, now, Shanghai).is_some(),
                kept,
                "{generation} +{after}s"
            );
        }
        // Within the day, a minute at most.
        let noon = Utc.with_ymd_and_hms(2026, 11, 20, 4, 0, 0).unwrap();
        cache.put(8, noon, Shanghai, &charts());
        assert_eq!(
            cache.get(8, noon + Duration::seconds(59), Shanghai).as_deref(),
            Some(&charts())
        );
        assert!(cache.get(8, noon + KEPT_FOR, Shanghai).is_none());
    }
}
