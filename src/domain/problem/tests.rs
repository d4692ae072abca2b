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

fn opened() -> Problem {
    let new = NewProblem {
        title: "批价进程内存泄漏".into(),
        service: "billing".into(),
        category: "application".into(),
        root_cause: "批价进程每处理 100 万条话单泄漏 2 GB".into(),
        workaround: "每日 03:00 重启批价进程".into(),
    };
    let mut p = Problem::open(&new, &who("lilei", Role::Operator), t0()).unwrap();
    p.id = 7;
    p
}

#[test]
fn p1_a_problem_needs_its_root_cause_and_starts_open() {
    let op = who("lilei", Role::Operator);
    for (cause, ok) in [("", false), ("   ", false), ("进程泄漏", true)] {
        let new = NewProblem {
            title: "t".into(),
            root_cause: cause.into(),
            ..NewProblem::default()
        };
        let r = Problem::open(&new, &op, t0());
        assert_eq!(r.is_ok(), ok, "{cause:?}");
        if let Ok(p) = r {
            assert_eq!(p.status, ProblemStatus::Open);
            assert_eq!(p.owner, "lilei");
        }
    }
}

#[test]
fn p1_the_life_is_open_fix_planned_fixed_closed() {
    let (op, sup) = (who("lilei", Role::Operator), who("wang", Role::Supervisor));
    let p = opened();
    let planned = p.plan(&op, 12, t0() + Duration::hours(1)).unwrap();
    assert_eq!(
        (planned.status, planned.change_id),
        (ProblemStatus::FixPlanned, Some(12))
    );
    // Fixed only through its change; not fixed twice.
    assert!(p.change_closed(&op, true, t0()).is_err());
    let fixed = planned.change_closed(&op, true, t0() + Duration::days(3)).unwrap();
    assert_eq!(fixed.status, ProblemStatus::Fixed);
    assert_eq!(fixed.fixed_at, Some(t0() + Duration::days(3)));
    assert!(fixed.plan(&op, 13, t0()).is_err());
    // Closing: a supervisor; a fixed problem needs no note.
    let refused = fixed.close(&op, "", t0()).unwrap_err();
    assert_eq!(refused.exit_code(), 5);
    let closed = fixed.close(&sup, "", t0() + Duration::days(10)).unwrap();
    assert_eq!(closed.status, ProblemStatus::Closed);
    assert!(closed.close(&sup, "again", t0()).is_err());
    assert!(
        closed
            .edit(
                &op,
                &Edit {
                    workaround: Some("x".into()),
                    ..Edit::default()
                },
                t0()
            )
            .is_err()
    );
}

#[test]
fn p1_a_change_that_failed_leaves_the_problem_open_for_another_plan() {
    let op = who("lilei", Role::Operator);
    let planned = opened().plan(&op, 12, t0()).unwrap();
    let again = planned.change_closed(&op, false, t0() + Duration::days(1)).unwrap();
    assert_eq!((again.status, again.change_id), (ProblemStatus::Open, None));
    let replanned = again.plan(&op, 14, t0() + Duration::days(2)).unwrap();
    assert_eq!(replanned.change_id, Some(14));
}

#[test]
fn p1_closing_an_unfixed_problem_needs_the_reason() {
    let sup = who("wang", Role::Supervisor);
    assert!(opened().close(&sup, "", t0()).is_err());
    let closed = opened().close(&sup, "系统已下线 / system retired", t0()).unwrap();
    assert_eq!(closed.close_note, "系统已下线 / system retired");
}

#[test]
fn i7_a_problem_counts_its_incidents_after_the_first_as_recurrences() {
    let times: Vec<_> = (0..4).map(|d| t0() + Duration::days(d)).collect();
    for (n, want) in [(0, 0), (1, 0), (2, 1), (4, 3)] {
        assert_eq!(Problem::recurrences(&times[..n]), want);
    }
}

#[test]
fn p1_can_says_before_a_form_who_may_close_and_when_a_fix_is_planned() {
    use ProblemStatus::*;
    let op = who("lilei", Role::Operator);
    let boss = who("zhang", Role::Supervisor);
    // (status, actor, step, allowed)
    let cases: &[(ProblemStatus, &Actor, Step, bool)] = &[
        (Open, &op, Step::Plan, true),
        (FixPlanned, &op, Step::Plan, true),
        (Fixed, &op, Step::Plan, false),
        (Fixed, &op, Step::Close, false), // a supervisor closes
        (Fixed, &boss, Step::Close, true),
        (Open, &boss, Step::Close, true),
        (Closed, &boss, Step::Close, false),
    ];
    for (status, actor, step, allowed) in cases {
        let mut p = opened();
        p.status = *status;
        assert_eq!(
            p.can(*step, actor).is_ok(),
            *allowed,
            "{status:?} {step:?} by {}",
            actor.login
        );
    }
    // The step refuses in the same words.
    let mut p = opened();
    p.status = Fixed;
    assert_eq!(
        p.can(Step::Close, &op).unwrap_err().message(),
        p.close(&op, "", t0()).unwrap_err().message()
    );
}
