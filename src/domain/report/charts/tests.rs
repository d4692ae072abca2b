use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Asia::Shanghai;
use chrono_tz::Tz;

use super::*;
use crate::config::Config;

fn policy() -> Policy {
    Policy::from_config(&Config::defaults())
}

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn q3_median_and_p90_of_restore_times_by_nearest_rank() {
    // (values, median, p90)
    let cases: [(&[i64], Option<i64>, Option<i64>); 7] = [
        (&[], None, None),
        (&[300], Some(300), Some(300)),
        (&[60, 120], Some(60), Some(120)),
        (&[60, 120, 180], Some(120), Some(180)),
        (&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], Some(5), Some(9)),
        (&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], Some(6), Some(10)),
        (&[5, 5, 5, 5, 5, 5, 5, 5, 5, 3600], Some(5), Some(5)),
    ];
    for (values, med, p90) in cases {
        assert_eq!(median(values), med, "median of {values:?}");
        assert_eq!(percentile(values, 90), p90, "p90 of {values:?}");
    }
    assert_eq!(percentile(&[1, 2, 3], 0), Some(1), "p0 is the smallest");
    assert_eq!(percentile(&[1, 2, 3], 100), Some(3), "p100 is the largest");
}

#[test]
fn q3_ladder_steps_reached_restored_at_the_limit_counts_as_within() {
    let start = utc("2026-12-01T02:00:00Z");
    let now = start + Duration::hours(2);
    // (minutes to restoration or None, steps)
    let cases = [
        (Some(5), 0),
        (Some(6), 1),
        (Some(15), 1),
        (Some(16), 2),
        (Some(30), 2),
        (Some(31), 3),
        (None, 3),
    ];
    for (mins, steps) in cases {
        let restored = mins.map(|m| start + Duration::minutes(m));
        assert_eq!(steps_reached(start, restored, &policy(), now), steps, "{mins:?}");
    }
    // Not restored and only 10 minutes on: the supervisor only.
    assert_eq!(steps_reached(start, None, &policy(), start + Duration::minutes(10)), 1);
}

#[test]
fn q1_days_are_the_desks_zone_across_a_month_and_a_zone_boundary() {
    let now = utc("2026-12-02T03:00:00Z"); // 11:00 on 2 December in Shanghai
    let days: Vec<NaiveDate> = last_days(now, 3, Shanghai).iter().map(|d| d.0).collect();
    assert_eq!(days, [day("2026-11-30"), day("2026-12-01"), day("2026-12-02")]);
    // (instant, the day it counts on in Shanghai)
    let cases = [
        ("2026-11-30T15:59:59Z", Some(0)), // 23:59:59 on 30 November
        ("2026-11-30T16:00:00Z", Some(1)), // midnight: 1 December, a new month
        ("2026-11-29T16:00:00Z", Some(0)), // the first instant of 30 November
        ("2026-11-29T15:59:59Z", None),    // 29 November: before the chart
        ("2026-12-02T02:59:59Z", Some(2)),
        ("2026-12-02T16:00:00Z", None), // 3 December: after the chart
    ];
    for (t, want) in cases {
        let counts = per_day(&[utc(t)], &days, Shanghai);
        let got = counts.iter().position(|c| *c == 1);
        assert_eq!(got, want, "{t}");
        assert!(counts.iter().all(|c| *c <= 1));
    }
    // The same instants in UTC fall a day earlier before 08:00 Shanghai.
    let utc_zone: Tz = "UTC".parse().unwrap();
    let counts = per_day(&[utc("2026-11-30T16:00:00Z")], &days, utc_zone);
    assert_eq!(counts, [1, 0, 0]);
}

#[test]
fn q1_months_end_with_this_month_and_cross_the_year() {
    let now = Shanghai
        .with_ymd_and_hms(2027, 1, 1, 0, 30, 0)
        .unwrap()
        .with_timezone(&Utc);
    let months = last_months(now, 12, Shanghai);
    assert_eq!(months.len(), 12);
    assert_eq!(months[0].0, "2026-02");
    assert_eq!(months[10].0, "2026-12");
    assert_eq!(months[11].0, "2027-01");
    assert_eq!(months[11].1, utc("2026-12-31T16:00:00Z"));
    assert_eq!(months[10].2, months[11].1, "months meet");
}

fn inc(received: &str, restore_mins: Option<i64>, rating: Option<u8>) -> Times {
    let r = utc(received);
    Times {
        received_at: r,
        clock_start: r,
        restored_at: restore_mins.map(|m| r + Duration::minutes(m)),
        satisfaction: rating,
    }
}

#[test]
fn q3_weeks_hold_counts_restore_times_steps_ratings_and_duties() {
    let now = utc("2026-12-02T03:00:00Z"); // Wednesday of week 49, Shanghai
    let (monday, from) = weeks_from(now, 2, Shanghai);
    assert_eq!(monday, day("2026-11-23"));
    assert_eq!(from, utc("2026-11-22T16:00:00Z"));
    let incidents = [
        inc("2026-11-23T01:00:00Z", Some(2), Some(5)),
        inc("2026-11-24T01:00:00Z", Some(10), Some(3)),
        inc("2026-11-25T01:00:00Z", Some(40), None),
        // Sunday 29 November 23:30 in Shanghai: still week 48.
        inc("2026-11-29T15:30:00Z", Some(20), Some(4)),
        // Monday 30 November 00:30 in Shanghai: week 49, not restored yet.
        inc("2026-11-29T16:30:00Z", None, None),
    ];
    let duty = |due: &str, done: Option<&str>| DutyTimes {
        due_at: utc(due),
        done_at: done.map(utc),
    };
    let duties = [
        duty("2026-11-24T02:00:00Z", Some("2026-11-24T01:59:00Z")),
        duty("2026-11-24T02:00:00Z", Some("2026-11-24T02:01:00Z")),
        duty("2026-12-01T02:00:00Z", None),
        duty("2026-12-03T02:00:00Z", None), // not due yet: not counted
    ];
    let w = weeks(monday, 2, &incidents, &duties, &policy(), Shanghai, now);
    assert_eq!((w[0].label.as_str(), w[1].label.as_str()), ("W48", "W49"));
    assert_eq!((w[0].received, w[1].received), (4, 1));
    assert_eq!(w[0].restored, 4);
    assert_eq!(w[0].median_seconds, Some(600));
    assert_eq!(w[0].p90_seconds, Some(2400));
    assert_eq!((w[1].restored, w[1].median_seconds), (0, None));
    assert_eq!(w[0].steps, [3, 2, 1]);
    assert_eq!(w[1].steps, [1, 1, 1], "not restored after 2.5 hours: all three");
    assert_eq!((w[0].rated, w[0].rating_sum), (3, 12));
    assert_eq!(w[0].mean_rating(), Some(4.0));
    assert_eq!(w[1].mean_rating(), None);
    assert_eq!((w[0].duties_met, w[0].duties_missed), (1, 1));
    assert_eq!((w[1].duties_met, w[1].duties_missed), (0, 1));
}
