//! The Reports view's reads on a real file (issue 15, item 8): incidents counted per day in the
//! desk's zone (W1) across a month boundary and the zone's midnight, per month, and every read an
//! index range (EXPLAIN QUERY PLAN: no scan).

use chrono::{DateTime, Duration, Utc};
use opsdesk::config::Config;
use opsdesk::domain::incident::{Category, Channel, NewIncident};
use opsdesk::ops::reports::charts;
use opsdesk::ops::{directory, incidents};
use opsdesk::store::report_charts::{self, DUTY_TIMES, RECEIVED_COUNT, RECEIVED_TIMES};

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

/// A desk with incidents received at each of `times`, in the zone `zone`.
fn desk(dir: &tempfile::TempDir, zone: &str, times: &[&str]) -> opsdesk::ops::Desk {
    let mut config = Config::defaults();
    config.desk.zone = zone.parse().unwrap();
    let start = utc("2026-10-01T00:00:00Z");
    let mut desk =
        directory::init_file(&dir.path().join("desk.db"), config, "admin", "Admin", "IT管理部", start).unwrap();
    let me = desk.actor("admin").unwrap();
    for (i, t) in times.iter().enumerate() {
        let at = utc(t);
        let new = NewIncident {
            title: format!("fault {i}"),
            service: "billing".into(),
            category: Some(Category::Application),
            channel: Some(Channel::Phone),
            reporter: "someone".into(),
            received_at: Some(at),
            ..Default::default()
        };
        incidents::create(&mut desk, &me, &new, at + Duration::seconds(20)).unwrap();
    }
    desk
}

const TIMES: [&str; 5] = [
    "2026-11-30T10:00:00Z", // 30 November 18:00 in Shanghai
    "2026-11-30T15:59:59Z", // 30 November 23:59:59 in Shanghai
    "2026-11-30T16:00:00Z", // 1 December 00:00 in Shanghai, 30 November in UTC
    "2026-12-01T17:00:00Z", // 2 December 01:00 in Shanghai, 1 December in UTC
    "2026-10-31T15:30:00Z", // 31 October 23:30 in Shanghai
];

fn now() -> DateTime<Utc> {
    utc("2026-12-02T03:00:00Z")
}

#[test]
fn q1_incidents_per_day_and_month_are_counted_in_the_desks_zone() {
    // (zone, the last three days, this month and the two before)
    let cases = [("Asia/Shanghai", [2, 1, 1], [1, 2, 2]), ("UTC", [3, 1, 0], [1, 3, 1])];
    for (zone, days, months) in cases {
        let dir = tempfile::tempdir().unwrap();
        let mut d = desk(&dir, zone, &TIMES);
        let c = charts::load(&mut d, now()).unwrap();
        assert_eq!(c.days.len(), 30);
        let last: Vec<i64> = c.days[27..].iter().map(|d| d.1).collect();
        assert_eq!(last, days, "{zone}: {:?}", &c.days[27..]);
        assert_eq!(
            c.days.iter().map(|d| d.1).sum::<i64>(),
            4,
            "{zone}: 31 October is before the 30 days"
        );
        let tail: Vec<(String, i64)> = c.months[9..].to_vec();
        let names: Vec<&str> = tail.iter().map(|m| m.0.as_str()).collect();
        assert_eq!(names, ["2026-10", "2026-11", "2026-12"], "{zone}");
        let counts: Vec<i64> = tail.iter().map(|m| m.1).collect();
        assert_eq!(counts, months, "{zone}");
        let week: i64 = c.weeks.iter().map(|w| w.received).sum();
        assert_eq!(week, 5, "{zone}: every incident falls in the 12 weeks");
    }
}

#[test]
fn q1_every_chart_read_is_an_index_range_never_a_scan() {
    let dir = tempfile::tempdir().unwrap();
    let d = desk(&dir, "Asia/Shanghai", &TIMES);
    for (sql, index) in [
        (RECEIVED_COUNT, "COVERING INDEX incidents_report_times"),
        (RECEIVED_TIMES, "COVERING INDEX incidents_report_times"),
        (DUTY_TIMES, "duties_due"),
    ] {
        let plan = report_charts::plan(d.store.conn(), sql).unwrap();
        assert!(plan.iter().all(|s| !s.starts_with("SCAN")), "{sql}: {plan:?}");
        assert!(plan.iter().any(|s| s.contains(index)), "{sql}: {plan:?}");
    }
}
