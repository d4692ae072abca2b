use chrono::{NaiveDate, TimeZone, Utc};
use chrono_tz::Asia::Shanghai;

use super::kpi::{KpiCounts, Targets, kpis};
use super::period::{Span, half, last_half, month, report_period};
use super::ranking::{DeptFigures, Scoring, rank};

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn q1_a_report_covers_its_day_or_its_monday_to_sunday_week_in_the_desks_zone() {
    let cases = [
        (
            Span::Daily,
            "2026-12-02",
            "2026-12-02",
            "2026-12-02",
            "2026-12-01T16:00:00Z",
            "2026-12-02T16:00:00Z",
        ),
        (
            Span::Weekly,
            "2026-12-02",
            "2026-W49",
            "2026-11-30",
            "2026-11-29T16:00:00Z",
            "2026-12-06T16:00:00Z",
        ),
        (
            Span::Weekly,
            "2026-12-06",
            "2026-W49",
            "2026-11-30",
            "2026-11-29T16:00:00Z",
            "2026-12-06T16:00:00Z",
        ),
        (
            Span::Weekly,
            "2026-12-07",
            "2026-W50",
            "2026-12-07",
            "2026-12-06T16:00:00Z",
            "2026-12-13T16:00:00Z",
        ),
        (
            Span::Weekly,
            "2027-01-01",
            "2026-W53",
            "2026-12-28",
            "2026-12-27T16:00:00Z",
            "2027-01-03T16:00:00Z",
        ),
    ];
    for (span, date, label, first, from, to) in cases {
        let p = report_period(span, day(date), Shanghai);
        assert_eq!(p.label, label, "{span} {date}");
        assert_eq!(p.first_day, day(first), "{span} {date}");
        assert_eq!(
            p.from.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            from,
            "{span} {date}"
        );
        assert_eq!(
            p.to.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            to,
            "{span} {date}"
        );
    }
}

#[test]
fn q3_a_half_is_january_to_june_or_july_to_december_and_the_review_takes_the_last_one() {
    let h = half("2026h2", Shanghai).unwrap();
    assert_eq!(
        (h.label.as_str(), h.first_day, h.last_day),
        ("2026H2", day("2026-07-01"), day("2026-12-31"))
    );
    let h = half("2026H1", Shanghai).unwrap();
    assert_eq!((h.first_day, h.last_day), (day("2026-01-01"), day("2026-06-30")));
    for bad in ["2026", "2026H3", "H2", "26-2"] {
        assert!(half(bad, Shanghai).is_err(), "{bad}");
    }
    let cases = [
        ("2027-01-05T02:00:00Z", "2026H2"),
        ("2026-07-03T02:00:00Z", "2026H1"),
        ("2026-06-30T02:00:00Z", "2025H2"),
    ];
    for (now, want) in cases {
        let now = chrono::DateTime::parse_from_rfc3339(now).unwrap().with_timezone(&Utc);
        assert_eq!(last_half(now, Shanghai), want, "{now}");
    }
    let m = month("2026-11", Shanghai).unwrap();
    assert_eq!((m.first_day, m.last_day), (day("2026-11-01"), day("2026-11-30")));
    assert_eq!(m.from, Utc.with_ymd_and_hms(2026, 10, 31, 16, 0, 0).unwrap());
    assert!(month("2026-13", Shanghai).is_err());
}

fn targets() -> Targets {
    Targets {
        response_minutes: 5,
        response_percent: 90.0,
        coverage_percent: 80.0,
        resolution_percent: 95.0,
        satisfaction_percent: 90.0,
        satisfied_at_least: 3,
        error_percent: 1.0,
    }
}

#[test]
fn q4_each_kpi_is_met_or_not_against_its_target_and_nothing_measured_is_neither() {
    let base = KpiCounts {
        received: 100,
        accepted_in_time: 90,
        resolved: 95,
        rated: 80,
        rated_resolved: 76,
        satisfied: 72,
        runs: 100,
        runs_with_error: 1,
    };
    // (change, key, actual, met)
    type Case = (fn(&mut KpiCounts), &'static str, Option<f64>, Option<bool>);
    let cases: [Case; 8] = [
        (|_| {}, "response", Some(90.0), Some(true)),
        (|c| c.accepted_in_time = 89, "response", Some(89.0), Some(false)),
        (|_| {}, "coverage", Some(80.0), Some(true)),
        (|c| c.resolved = 94, "resolution", Some(94.0), Some(false)),
        (|_| {}, "satisfaction", Some(90.0), Some(true)),
        (|_| {}, "error_rate", Some(1.0), Some(true)),
        (|c| c.runs_with_error = 2, "error_rate", Some(2.0), Some(false)),
        (|c| c.runs = 0, "error_rate", None, None),
    ];
    for (change, key, actual, met) in cases {
        let mut c = base.clone();
        change(&mut c);
        let k = kpis(&c, &targets()).into_iter().find(|k| k.key == key).unwrap();
        assert_eq!((k.actual_percent, k.met), (actual, met), "{key} {c:?}");
    }
}

fn figures(dept: &str, outage_minutes: i64, errors: i64, due: i64, met: i64, ratings: &[i64]) -> DeptFigures {
    DeptFigures {
        dept: dept.into(),
        name: dept.into(),
        outage_seconds: outage_minutes * 60,
        data_errors: errors,
        due,
        met,
        rated: ratings.len() as i64,
        rating_sum: ratings.iter().sum(),
    }
}

fn scoring(a: u32, d: u32, t: u32, s: u32) -> Scoring {
    Scoring {
        availability_weight: a,
        accuracy_weight: d,
        timeliness_weight: t,
        satisfaction_weight: s,
        availability_zero_minutes: 120,
        points_per_data_error: 10.0,
    }
}

#[test]
fn q2_departments_are_ranked_by_their_weighted_scores_and_a_weight_changes_the_ranking() {
    // Sales lost an hour of service but met every clock; billing had none down but was late.
    let depts = || {
        vec![
            figures("sales", 60, 0, 10, 10, &[5, 5]),
            figures("billing", 0, 1, 10, 5, &[4]),
        ]
    };
    let by_availability = rank(depts(), &scoring(70, 10, 10, 10));
    let order: Vec<&str> = by_availability.iter().map(|r| r.figures.dept.as_str()).collect();
    assert_eq!(order, ["billing", "sales"]);
    let b = &by_availability[0];
    assert_eq!(
        (b.availability, b.accuracy, b.timeliness, b.satisfaction),
        (100.0, 90.0, Some(50.0), Some(75.0))
    );
    assert_eq!(b.total, 91.5);
    let by_timeliness = rank(depts(), &scoring(10, 10, 70, 10));
    let order: Vec<&str> = by_timeliness.iter().map(|r| r.figures.dept.as_str()).collect();
    assert_eq!(order, ["sales", "billing"]);
    assert_eq!(by_timeliness[0].rank, 1);
    assert_eq!(by_timeliness[1].rank, 2);
}

#[test]
fn q2_a_score_with_nothing_to_measure_leaves_its_weight_out_and_a_long_outage_scores_zero() {
    let cases = [
        // (outage minutes, due, met, ratings, availability, total)
        (0, 0, 0, vec![], 100.0, 100.0),
        (240, 0, 0, vec![], 0.0, 50.0),
        (30, 4, 4, vec![], 75.0, 91.67),
        (0, 0, 0, vec![1], 100.0, 66.67),
    ];
    for (minutes, due, met, ratings, availability, total) in cases {
        let r = &rank(
            vec![figures("d", minutes, 0, due, met, &ratings)],
            &scoring(25, 25, 25, 25),
        )[0];
        assert_eq!(
            (r.availability, r.total),
            (availability, total),
            "{minutes} {due} {met} {ratings:?}"
        );
    }
}
