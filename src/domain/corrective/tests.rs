use chrono::{Duration, TimeZone, Utc};

use super::*;
use crate::domain::role::Role;

fn who(login: &str, role: Role) -> Actor {
    Actor {
        login: login.into(),
        name: login.into(),
        role,
    }
}

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 2, 0, 0).unwrap()
}

fn new() -> NewCorrective {
    NewCorrective {
        dept: "CS".into(),
        findings: "抽检 20 单中 4 单未回访".into(),
        measures: "每日下班前核对回访清单".into(),
        responsible: "韩梅梅".into(),
        due_at: Some(t0() + Duration::days(14)),
        expected_effect: "回访率 100%".into(),
        source: String::new(),
    }
}

fn issued() -> Corrective {
    let mut c = Corrective::issue(&new(), &who("wang", Role::Supervisor), t0()).unwrap();
    c.id = 3;
    c
}

#[test]
fn q6_a_corrective_notice_is_issued_by_a_supervisor_or_above() {
    for (role, ok) in [
        (Role::Operator, false),
        (Role::Supervisor, true),
        (Role::Manager, true),
        (Role::Leader, true),
    ] {
        let r = Corrective::issue(&new(), &who("x", role), t0());
        assert_eq!(r.is_ok(), ok, "{role:?}");
        if let Err(e) = r {
            assert_eq!(e.refusal().map(|r| r.code), Some(Code::RoleNeeded));
        }
    }
}

#[test]
fn q6_a_notice_states_findings_measures_responsible_due_date_and_expected_effect() {
    let sup = who("wang", Role::Supervisor);
    type Spoil = fn(&mut NewCorrective);
    let cases: [(&str, Spoil); 6] = [
        ("department", |n| n.dept.clear()),
        ("findings", |n| n.findings = "  ".into()),
        ("measures", |n| n.measures.clear()),
        ("responsible", |n| n.responsible.clear()),
        ("expected effect", |n| n.expected_effect.clear()),
        ("due date", |n| n.due_at = None),
    ];
    for (field, spoil) in cases {
        let mut n = new();
        spoil(&mut n);
        let e = Corrective::issue(&n, &sup, t0()).unwrap_err();
        assert!(e.to_string().contains(field), "{field}: {e}");
    }
    let mut past = new();
    past.due_at = Some(t0() - Duration::hours(1));
    assert!(Corrective::issue(&past, &sup, t0()).is_err(), "a due date already gone");
    let c = issued();
    assert_eq!(
        (c.status, c.round, c.issued_by.as_str()),
        (CorrectiveStatus::Issued, 0, "wang")
    );
}

#[test]
fn q6_followed_up_until_done_each_not_done_follow_up_is_another_round() {
    let op = who("lilei", Role::Operator);
    let c = issued();
    let later = t0() + Duration::days(14);
    let again = c
        .follow_up(
            &op,
            &FollowUp::NotDone {
                text: "清单已建, 未执行".into(),
                next_due: later + Duration::days(7),
            },
            later,
        )
        .unwrap();
    assert_eq!((again.status, again.round), (CorrectiveStatus::Issued, 1));
    assert_eq!(again.due_at, later + Duration::days(7));
    assert!(
        c.follow_up(
            &op,
            &FollowUp::NotDone {
                text: "x".into(),
                next_due: later
            },
            later
        )
        .is_err(),
        "a new due date still to come"
    );
    let done = again
        .follow_up(
            &op,
            &FollowUp::Done {
                text: "回访率 100%".into(),
            },
            later + Duration::days(6),
        )
        .unwrap();
    assert_eq!(done.status, CorrectiveStatus::FollowedUp);
    assert!(!done.awaits_follow_up());
    let e = done
        .follow_up(&op, &FollowUp::Done { text: "again".into() }, later)
        .unwrap_err();
    assert_eq!(e.refusal().map(|r| r.code), Some(Code::CorrectiveWrongState));
}

#[test]
fn q6_closing_needs_a_supervisor_and_before_the_follow_up_a_reason() {
    let (op, sup) = (who("lilei", Role::Operator), who("wang", Role::Supervisor));
    let c = issued();
    let done = c.follow_up(&op, &FollowUp::Done { text: "好".into() }, t0()).unwrap();
    assert_eq!(
        done.close(&op, "", t0()).unwrap_err().refusal().map(|r| r.code),
        Some(Code::RoleNeeded)
    );
    let closed = done.close(&sup, "", t0()).unwrap();
    assert_eq!(closed.status, CorrectiveStatus::Closed);
    assert!(c.close(&sup, "", t0()).is_err(), "unfollowed needs a reason");
    assert!(c.close(&sup, "发错部门", t0()).is_ok());
    assert!(closed.close(&sup, "again", t0()).is_err());
}
