use chrono::{NaiveDate, TimeZone, Utc};

use super::*;
use crate::domain::role::Role;

fn who(login: &str, role: Role) -> Actor {
    Actor {
        login: login.into(),
        name: login.into(),
        role,
    }
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn rec(kind: TrainingKind, person: &str, on: &str, hours: f64) -> Training {
    let boss = who("zhangwei", Role::Supervisor);
    let now = Utc.with_ymd_and_hms(2026, 12, 1, 2, 0, 0).unwrap();
    let n = NewTraining {
        kind: Some(kind),
        person: person.into(),
        topic: "计费系统新版本操作".into(),
        on: Some(day(on)),
        hours,
        dept: if kind == TrainingKind::Session {
            "callcentre".into()
        } else {
            String::new()
        },
        attendees: if kind == TrainingKind::Session { 12 } else { 0 },
        note: String::new(),
    };
    Training::open(&n, &boss, day("2026-12-01"), now).unwrap()
}

#[test]
fn r6_each_staff_member_is_held_to_the_monthly_target() {
    let staff: Vec<(String, String)> = [("lilei", "李雷"), ("hanmeimei", "韩梅梅"), ("zhangwei", "张伟")]
        .iter()
        .map(|(l, n)| (l.to_string(), n.to_string()))
        .collect();
    let records = vec![
        rec(TrainingKind::Own, "lilei", "2026-11-03", 6.0),
        rec(TrainingKind::Own, "lilei", "2026-11-17", 4.0),
        rec(TrainingKind::Own, "hanmeimei", "2026-11-05", 7.5),
        // A session given for another department counts for its trainer (知识宣讲).
        rec(TrainingKind::Session, "hanmeimei", "2026-11-20", 2.0),
        // Someone not on the staff list is shown, not held to the target.
        rec(TrainingKind::Own, "wangfang", "2026-11-09", 3.0),
    ];
    let rows = month_report(&staff, &records, 600);
    // (login, hours, below)
    let got: Vec<(&str, String, bool, bool)> = rows
        .iter()
        .map(|r| (r.login.as_str(), hours(r.minutes), r.below, r.staff))
        .collect();
    assert_eq!(
        got,
        vec![
            ("lilei", "10".to_string(), false, true),
            ("hanmeimei", "9.5".to_string(), true, true),
            ("zhangwei", "0".to_string(), true, true),
            ("wangfang", "3".to_string(), false, false),
        ],
        "exactly 10 meets it; nobody on the staff is left out"
    );
    assert_eq!((rows[1].own_minutes, rows[1].given_minutes), (450, 120));
}

#[test]
fn r6_a_record_is_checked_and_another_persons_needs_a_supervisor() {
    let now = Utc.with_ymd_and_hms(2026, 12, 1, 2, 0, 0).unwrap();
    let today = day("2026-12-01");
    let li = who("lilei", Role::Operator);
    let n = |person: &str, hours: f64, on: &str| NewTraining {
        person: person.into(),
        topic: "数据库巡检".into(),
        on: Some(day(on)),
        hours,
        ..NewTraining::default()
    };
    // (person, hours, on, exit code or 0)
    let cases = [
        ("lilei", 2.0, "2026-11-20", 0),
        ("hanmeimei", 2.0, "2026-11-20", 5),
        ("lilei", 0.0, "2026-11-20", 2),
        ("lilei", 25.0, "2026-11-20", 2),
        ("lilei", 2.0, "2026-12-02", 2),
        ("lilei", -2.0, "2026-11-20", 0),
    ];
    for (person, hours, on, code) in cases {
        let r = Training::open(&n(person, hours, on), &li, today, now);
        match r {
            Ok(t) => assert_eq!((code, t.minutes), (0, (hours * 60.0) as i64)),
            Err(e) => assert_eq!(e.exit_code(), code, "{person} {hours} {on}: {e}"),
        }
    }
    let s = NewTraining {
        kind: Some(TrainingKind::Session),
        dept: "callcentre".into(),
        ..n("lilei", 1.5, "2026-11-20")
    };
    assert!(
        Training::open(&s, &li, today, now).is_err(),
        "a session needs its attendees"
    );
    let s = NewTraining { attendees: 15, ..s };
    assert_eq!(Training::open(&s, &li, today, now).unwrap().minutes, 90);
}

#[test]
fn r6_a_month_is_yyyy_mm() {
    let m = Month::parse("2026-11").unwrap();
    assert_eq!(m.range(), ("2026-11-01".to_string(), "2026-12-01".to_string()));
    assert_eq!(Month::parse("2026-12").unwrap().next().to_string(), "2027-01");
    assert_eq!(Month::parse("2026-01").unwrap().previous().to_string(), "2025-12");
    for bad in ["2026-13", "2026", "11-2026", "x-y"] {
        assert!(Month::parse(bad).is_err(), "{bad}");
    }
}
