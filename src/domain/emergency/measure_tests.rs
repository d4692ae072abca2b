//! E2: a review's measure becoming a problem (P1) or a corrective notice (Q6).

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
                corrective: None,
            })
            .to_vec(),
    };
    r.review(&rv, &sup, sh("2026-11-20 12:00")).unwrap()
}

#[test]
fn e2_a_review_measure_becomes_a_problem_and_a_corrective_notice_once_each_by_a_supervisor() {
    for becomes in [Becomes::Problem, Becomes::Corrective] {
        measure_becomes(becomes);
    }
}

fn measure_becomes(becomes: Becomes) {
    let now = sh("2026-11-21 09:00");
    let r = reviewed();
    let sup = who(Role::Supervisor);
    let made = |m: &Measure| match becomes {
        Becomes::Problem => m.problem,
        Becomes::Corrective => m.corrective,
    };
    // (measure number, who asks, the exit code or the problem recorded on it)
    let cases: [(usize, Role, Result<(), u8>); 5] = [
        (1, Role::Operator, Err(5)),
        (0, Role::Supervisor, Err(2)),
        (3, Role::Supervisor, Err(2)),
        (2, Role::Supervisor, Ok(())),
        (1, Role::Manager, Ok(())),
    ];
    for (n, role, want) in cases {
        let got = r.measure_became(n, becomes, 7, &who(role), now);
        match want {
            Ok(()) => {
                let m = got.unwrap();
                assert_eq!(made(&m.measures[n - 1]), Some(7), "measure {n}");
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
    let once = r.measure_became(1, becomes, 7, &sup, now).unwrap();
    assert_eq!(
        code(once.measure_became(1, becomes, 8, &sup, now).unwrap_err()),
        Some(match becomes {
            Becomes::Problem => Code::MeasureHasProblem,
            Becomes::Corrective => Code::MeasureHasCorrective,
        })
    );
    // The other target is still open to the same measure.
    let other = match becomes {
        Becomes::Problem => Becomes::Corrective,
        Becomes::Corrective => Becomes::Problem,
    };
    assert!(once.measure_for(1, other, &sup).is_ok());
    let unreviewed = declared("2026-11-20 10:00");
    assert_eq!(unreviewed.measure_for(1, becomes, &sup).unwrap_err().exit_code(), 2);
}
