use chrono::{Duration, TimeZone, Utc};

use super::*;
use crate::domain::role::Role;

fn who(login: &str) -> Actor {
    Actor {
        login: login.into(),
        name: login.into(),
        role: Role::Operator,
    }
}

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 2, 0, 0).unwrap()
}

fn due() -> Callback {
    let mut c = Callback::schedule(
        (Kind::Incident, 12, 0),
        "张三",
        "13800000000",
        t0(),
        3,
        &who("lilei"),
        t0(),
    );
    c.id = 5;
    c
}

#[test]
fn q7_a_callback_is_owed_the_configured_days_after_verification() {
    let c = due();
    assert_eq!(c.due_at, t0() + Duration::days(3));
    assert_eq!(
        (c.status, c.record_kind, c.record_id),
        (CallbackStatus::Due, Kind::Incident, 12)
    );
}

#[test]
fn q7_not_reached_counts_the_attempt_and_stays_owed() {
    let c = due();
    let n = c
        .record(
            &who("lilei"),
            &CallResult::NotReached {
                remarks: "无人接听".into(),
            },
            3,
            true,
            t0(),
        )
        .unwrap();
    assert_eq!((n.status, n.attempts, n.satisfaction), (CallbackStatus::Due, 1, None));
    let n2 = n
        .record(
            &who("lilei"),
            &CallResult::NotReached {
                remarks: "关机".into()
            },
            3,
            true,
            t0(),
        )
        .unwrap();
    assert_eq!(n2.attempts, 2);
}

#[test]
fn q7_i12_reached_records_satisfaction_and_a_dissatisfied_reporter_reopens() {
    let cases = [(5, false), (3, false), (2, true), (1, true)];
    for (score, reopened) in cases {
        let r = due()
            .record(
                &who("lilei"),
                &CallResult::Reached {
                    satisfaction: score,
                    remarks: "仍然偶发断线".into(),
                },
                3,
                true,
                t0(),
            )
            .unwrap();
        assert_eq!(
            (r.status, r.satisfaction, r.reopened),
            (CallbackStatus::Reached, Some(score), reopened)
        );
    }
    let request = due()
        .record(
            &who("lilei"),
            &CallResult::Reached {
                satisfaction: 1,
                remarks: "慢".into(),
            },
            3,
            false,
            t0(),
        )
        .unwrap();
    assert!(!request.reopened, "a request has no reopening: its score is recorded");
    let bad = CallResult::Reached {
        satisfaction: 6,
        remarks: String::new(),
    };
    assert!(due().record(&who("lilei"), &bad, 3, true, t0()).is_err());
    let why = CallResult::Reached {
        satisfaction: 1,
        remarks: " ".into(),
    };
    assert!(
        due().record(&who("lilei"), &why, 3, true, t0()).is_err(),
        "not satisfied says why"
    );
    let made = due()
        .record(
            &who("lilei"),
            &CallResult::Reached {
                satisfaction: 4,
                remarks: String::new(),
            },
            3,
            true,
            t0(),
        )
        .unwrap();
    let e = made
        .record(
            &who("li"),
            &CallResult::NotReached { remarks: String::new() },
            3,
            true,
            t0(),
        )
        .unwrap_err();
    assert_eq!(e.refusal().map(|r| r.code), Some(Code::CallbackMadeAlready));
}
