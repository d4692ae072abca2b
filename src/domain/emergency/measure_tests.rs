//! E2, P1: a review's measure becoming a problem.

use super::tests::{cal, code, declared, sh, who};
use super::*;
use crate::domain::role::Role;
use crate::error::Code;

fn reviewed() -> Response {
    let sup = who(Role::Supervisor);
    let r = declared("2026-11-20 10:00")
        .stand_down(&StandDown::default(), &cal(), &sup, sh("2026-11-20 11:30"))
        .unwrap();
    let rv = Review {
        causes: "主库存储控制器故障".into(),
        missed: String::new(),
        measures: ["存储控制器冗余", "预案补充电话通报"]
            .map(|what| Measure {
                what: what.into(),
                owner: "张伟".into(),
                problem: None,
            })
            .to_vec(),
    };
    r.review(&rv, &sup, sh("2026-11-20 12:00")).unwrap()
}

#[test]
fn e2_a_review_measure_becomes_a_problem_once_by_a_supervisor() {
    let now = sh("2026-11-21 09:00");
    let r = reviewed();
    let sup = who(Role::Supervisor);
    // (measure number, who asks, the exit code or the problem recorded on it)
    let cases: [(usize, Role, Result<(), u8>); 5] = [
        (1, Role::Operator, Err(5)),
        (0, Role::Supervisor, Err(2)),
        (3, Role::Supervisor, Err(2)),
        (2, Role::Supervisor, Ok(())),
        (1, Role::Manager, Ok(())),
    ];
    for (n, role, want) in cases {
        let got = r.measure_became_problem(n, 7, &who(role), now);
        match want {
            Ok(()) => {
                let m = got.unwrap();
                assert_eq!(m.measures[n - 1].problem, Some(7), "measure {n}");
                assert_eq!(m.version, r.version + 1);
                assert!(
                    m.measures
                        .iter()
                        .enumerate()
                        .all(|(i, x)| i == n - 1 || x.problem.is_none())
                );
            }
            Err(exit) => assert_eq!(got.unwrap_err().exit_code(), exit, "measure {n} by {role:?}"),
        }
    }
    let once = r.measure_became_problem(1, 7, &sup, now).unwrap();
    assert_eq!(
        code(once.measure_became_problem(1, 8, &sup, now).unwrap_err()),
        Some(Code::MeasureHasProblem)
    );
    let unreviewed = declared("2026-11-20 10:00");
    assert_eq!(unreviewed.measure_for_problem(1, &sup).unwrap_err().exit_code(), 2);
}
