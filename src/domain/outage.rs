//! Outage limits (SPEC I11): one suspension from non-human causes must not exceed 30 minutes, and
//! suspensions in one month must not add up to more than 60 minutes, per service.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, NaiveDate, TimeZone, Utc};
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
    /// Seconds the service was suspended (non-human causes) inside the month: the union of its
    /// suspensions, so one outage reported by three callers counts once.
    pub used_seconds: i64,
    pub monthly_limit_minutes: i64,
    /// The longest single non-human suspension that touches the month, whole (overlapping
    /// reports of it joined).
    pub longest_seconds: i64,
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

/// `59m30s`, `63m`: a span of seconds as the budget shows it, exact to the second.
pub fn minutes_text(secs: i64) -> String {
    let secs = secs.max(0);
    match secs % 60 {
        0 => format!("{}m", secs / 60),
        s => format!("{}m{s:02}s", secs / 60),
    }
}

/// I11 for one month: each service's budget, in service order. Human-caused suspensions do not
/// count. A service's suspensions are joined where they overlap (several reports of one outage
/// are one suspension), summed to the second, and compared with the limits in seconds: 30
/// minutes and 1 second breaches 30 minutes; seven suspensions of 8 min 30 s do not breach 60.
pub fn budgets(
    suspensions: &[Suspension],
    month: (DateTime<Utc>, DateTime<Utc>),
    single_limit_minutes: i64,
    monthly_limit_minutes: i64,
    now: DateTime<Utc>,
) -> Vec<ServiceBudget> {
    let (from, to) = month;
    let mut by_service: BTreeMap<&str, Vec<&Suspension>> = BTreeMap::new();
    for s in suspensions.iter().filter(|s| !s.human_cause) {
        by_service.entry(&s.service).or_default().push(s);
    }
    by_service
        .into_iter()
        .filter_map(|(service, mut list)| {
            list.sort_by_key(|s| (s.start, s.incident_id));
            let (mut used, mut longest, mut incidents) = (0i64, 0i64, Vec::new());
            let mut add = |(a, b): (DateTime<Utc>, DateTime<Utc>)| {
                if b < from || a >= to {
                    return false;
                }
                used += (b.min(to) - a.max(from)).num_seconds().max(0);
                longest = longest.max((b - a).num_seconds());
                true
            };
            // Join overlapping suspensions into one span; count each span once.
            let mut span: Option<(DateTime<Utc>, DateTime<Utc>)> = None;
            let mut members: Vec<i64> = Vec::new();
            for s in list {
                let end = s.end.unwrap_or(now).max(s.start);
                match &mut span {
                    Some((_, b)) if s.start <= *b => *b = (*b).max(end),
                    _ => {
                        if let Some(done) = span.take()
                            && add(done)
                        {
                            incidents.append(&mut members);
                        }
                        members.clear();
                        span = Some((s.start, end));
                    }
                }
                members.push(s.incident_id);
            }
            if let Some(done) = span
                && add(done)
            {
                incidents.append(&mut members);
            }
            (!incidents.is_empty()).then(|| ServiceBudget {
                service: service.to_string(),
                used_seconds: used,
                monthly_limit_minutes,
                longest_seconds: longest,
                single_limit_minutes,
                single_breach: longest > single_limit_minutes.saturating_mul(60),
                monthly_breach: used > monthly_limit_minutes.saturating_mul(60),
                incidents,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

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
            (b[0].service.as_str(), b[0].used_seconds, b[0].monthly_breach),
            ("billing", 61 * 60, true)
        );
        assert_eq!(b[0].incidents, vec![1, 2, 3]);
        assert_eq!(
            (b[1].service.as_str(), b[1].used_seconds, b[1].monthly_breach),
            ("crm", 10 * 60, false)
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
        assert_eq!(b[0].used_seconds, 10 * 60);
        assert_eq!(b[0].longest_seconds, 20 * 60);
    }

    #[test]
    fn i11_exact_durations_are_summed_and_rounded_only_for_display() {
        let month = month_bounds(2026, 11, tz()).unwrap();
        // Seven suspensions of 8 min 30 s: 59 min 30 s, within the 60.
        let list: Vec<Suspension> = (0..7)
            .map(|k| {
                let start = at(3 + k, 10, 0);
                Suspension {
                    incident_id: i64::from(k) + 1,
                    service: "billing".into(),
                    start,
                    end: Some(start + Duration::seconds(8 * 60 + 30)),
                    human_cause: false,
                }
            })
            .collect();
        let b = &budgets(&list, month, 30, 60, at(20, 0, 0))[0];
        assert_eq!((b.used_seconds, b.monthly_breach), (3570, false));
        assert_eq!(minutes_text(b.used_seconds), "59m30s");
        assert_eq!(b.incidents.len(), 7);
    }

    #[test]
    fn i11_one_outage_reported_by_three_callers_counts_once() {
        let month = month_bounds(2026, 11, tz()).unwrap();
        let list = [
            s(1, "billing", at(3, 10, 0), 25, false),
            s(2, "billing", at(3, 10, 2), 20, false),
            s(3, "billing", at(3, 10, 5), 20, false),
            // Overlapping the first outage's end: joined into it (10:00-10:40).
            s(4, "billing", at(3, 10, 24), 16, false),
            // A separate outage later.
            s(5, "billing", at(3, 12, 0), 10, false),
        ];
        let b = &budgets(&list, month, 30, 60, at(20, 0, 0))[0];
        assert_eq!(b.used_seconds, 50 * 60, "40 + 10 minutes, not 91");
        assert_eq!(b.longest_seconds, 40 * 60);
        assert!(b.single_breach, "the joined outage lasted 40 minutes");
        assert!(!b.monthly_breach);
        assert_eq!(b.incidents, vec![1, 2, 3, 4, 5]);
    }

    #[test]
    fn i11_an_ongoing_suspension_counts_until_now() {
        let month = month_bounds(2026, 11, tz()).unwrap();
        let mut open = s(1, "billing", at(20, 9, 0), 0, false);
        open.end = None;
        let b = budgets(&[open], month, 30, 60, at(20, 9, 45));
        assert_eq!(b[0].used_seconds, 45 * 60);
        assert!(b[0].single_breach);
    }
}
