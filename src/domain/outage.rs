//! Outage limits (SPEC I11): one suspension from non-human causes must not exceed 30 minutes, and
//! suspensions in one month must not add up to more than 60 minutes, per service.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use serde::Serialize;

/// One suspension of a service: from when the fault started until the service was restored
/// (or until now, while it is not).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suspension {
    pub incident_id: i64,
    pub service: String,
    pub start: DateTime<Utc>,
    pub end: Option<DateTime<Utc>>,
    pub human_cause: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ServiceBudget {
    pub service: String,
    /// Minutes of non-human suspension inside the month.
    pub used_minutes: i64,
    pub monthly_limit_minutes: i64,
    /// The longest single non-human suspension that touches the month, whole.
    pub longest_minutes: i64,
    pub single_limit_minutes: i64,
    pub single_breach: bool,
    pub monthly_breach: bool,
    /// Incidents whose suspension counts, oldest first.
    pub incidents: Vec<i64>,
}

/// The month `YYYY-MM` as UTC instants bounded by midnight in `zone`: [start, end).
pub fn month_bounds(year: i32, month: u32, zone: Tz) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    let at = |d: NaiveDate| {
        zone.from_local_datetime(&d.and_hms_opt(0, 0, 0)?)
            .earliest()
            .map(|t| t.with_timezone(&Utc))
    };
    Some((at(first)?, at(next)?))
}

/// The month containing `t` in `zone`.
pub fn month_of(t: DateTime<Utc>, zone: Tz) -> (i32, u32) {
    let l = t.with_timezone(&zone);
    (l.year(), l.month())
}

fn minutes_ceil(d: Duration) -> i64 {
    (d.num_seconds().max(0) + 59) / 60
}

/// I11 for one month: each service's budget, in service order. Human-caused suspensions do not
/// count. Minutes are rounded up: a suspension of 30 minutes and 1 second breaches 30.
pub fn budgets(
    suspensions: &[Suspension],
    month: (DateTime<Utc>, DateTime<Utc>),
    single_limit_minutes: i64,
    monthly_limit_minutes: i64,
    now: DateTime<Utc>,
) -> Vec<ServiceBudget> {
    let (from, to) = month;
    let mut by_service: BTreeMap<&str, ServiceBudget> = BTreeMap::new();
    for s in suspensions.iter().filter(|s| !s.human_cause) {
        let end = s.end.unwrap_or(now).max(s.start);
        if end < from || s.start >= to {
            continue;
        }
        let (a, b) = (s.start.max(from), end.min(to));
        let b_ = by_service.entry(&s.service).or_insert_with(|| ServiceBudget {
            service: s.service.clone(),
            used_minutes: 0,
            monthly_limit_minutes,
            longest_minutes: 0,
            single_limit_minutes,
            single_breach: false,
            monthly_breach: false,
            incidents: Vec::new(),
        });
        b_.used_minutes += minutes_ceil(b - a);
        b_.longest_minutes = b_.longest_minutes.max(minutes_ceil(end - s.start));
        b_.incidents.push(s.incident_id);
    }
    by_service
        .into_values()
        .map(|mut b| {
            b.single_breach = b.longest_minutes > single_limit_minutes;
            b.monthly_breach = b.used_minutes > monthly_limit_minutes;
            b
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tz() -> Tz {
        "Asia/Shanghai".parse().unwrap()
    }
    fn at(d: u32, h: u32, m: u32) -> DateTime<Utc> {
        tz().with_ymd_and_hms(2026, 11, d, h, m, 0).unwrap().with_timezone(&Utc)
    }
    fn s(id: i64, service: &str, start: DateTime<Utc>, mins: i64, human: bool) -> Suspension {
        Suspension {
            incident_id: id,
            service: service.into(),
            start,
            end: Some(start + Duration::minutes(mins)),
            human_cause: human,
        }
    }

    #[test]
    fn i11_month_bounds_follow_the_zone() {
        let (a, b) = month_bounds(2026, 11, tz()).unwrap();
        assert_eq!(a.to_rfc3339(), "2026-10-31T16:00:00+00:00");
        assert_eq!(b.to_rfc3339(), "2026-11-30T16:00:00+00:00");
    }

    #[test]
    fn i11_single_suspension_over_30_minutes_breaches() {
        let month = month_bounds(2026, 11, tz()).unwrap();
        let cases = [(30, false), (31, true)];
        for (mins, breach) in cases {
            let b = budgets(
                &[s(1, "billing", at(3, 10, 0), mins, false)],
                month,
                30,
                60,
                at(20, 0, 0),
            );
            assert_eq!(b[0].single_breach, breach, "{mins} min");
        }
    }

    #[test]
    fn i11_month_total_over_60_minutes_breaches() {
        let month = month_bounds(2026, 11, tz()).unwrap();
        let list = [
            s(1, "billing", at(3, 10, 0), 25, false),
            s(2, "billing", at(9, 10, 0), 25, false),
            s(3, "billing", at(12, 10, 0), 11, false),
            s(4, "billing", at(13, 10, 0), 50, true), // human cause: not counted
            s(5, "crm", at(13, 10, 0), 10, false),
        ];
        let b = budgets(&list, month, 30, 60, at(20, 0, 0));
        assert_eq!(b.len(), 2);
        assert_eq!(
            (b[0].service.as_str(), b[0].used_minutes, b[0].monthly_breach),
            ("billing", 61, true)
        );
        assert_eq!(b[0].incidents, vec![1, 2, 3]);
        assert_eq!(
            (b[1].service.as_str(), b[1].used_minutes, b[1].monthly_breach),
            ("crm", 10, false)
        );
    }

    #[test]
    fn i11_suspension_across_month_end_is_split() {
        let month = month_bounds(2026, 11, tz()).unwrap();
        let start = tz()
            .with_ymd_and_hms(2026, 10, 31, 23, 50, 0)
            .unwrap()
            .with_timezone(&Utc);
        let b = budgets(&[s(1, "billing", start, 20, false)], month, 30, 60, at(20, 0, 0));
        assert_eq!(b[0].used_minutes, 10);
        assert_eq!(b[0].longest_minutes, 20);
    }

    #[test]
    fn i11_an_ongoing_suspension_counts_until_now() {
        let month = month_bounds(2026, 11, tz()).unwrap();
        let mut open = s(1, "billing", at(20, 9, 0), 0, false);
        open.end = None;
        let b = budgets(&[open], month, 30, 60, at(20, 9, 45));
        assert_eq!(b[0].used_minutes, 45);
        assert!(b[0].single_breach);
    }
}
