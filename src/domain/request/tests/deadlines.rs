//! R7: a request's limit in working days, when its clock starts, pauses, and whether it was met.

use super::*;

#[test]
fn r7_a_limit_ends_at_the_close_of_the_nth_working_day_after_the_day_the_clock_started() {
    let cases = [
        // (kind, clock starts, due): the two examples first.
        (RequestKind::Product, "2026-09-18 17:00", "2026-09-22 18:00"), // Sunday 20th made up
        (RequestKind::Account, "2026-09-30 10:00", "2026-10-08 18:00"), // National Day between
        (RequestKind::Requirement, "2026-11-23 09:00", "2026-11-26 18:00"),
        (RequestKind::Requirement, "2026-11-23 20:30", "2026-11-26 18:00"), // after hours: same day
        (RequestKind::Extraction, "2026-11-21 10:00", "2026-11-25 18:00"),  // a Saturday
        (RequestKind::Processing, "2026-09-24 11:00", "2026-09-30 18:00"),  // Mid-Autumn between
        (RequestKind::Account, "2026-11-27 17:59", "2026-11-30 18:00"),
    ];
    for (kind, start, due) in cases {
        let r = open(&new(kind, start), "2026-12-01 10:00");
        assert_eq!(r.clock_start, Some(sh(start)), "{kind} {start}");
        assert_eq!(r.due_at, Some(sh(due)), "{kind} from {start}");
        assert_eq!(r.status, RequestStatus::Received);
    }
}

#[test]
fn r7_a_request_keeps_the_limit_and_the_chain_it_came_with() {
    let r = open(&new(RequestKind::Product, "2026-11-23 09:00"), "2026-11-23 09:00");
    let mut later = rules();
    later.policy.product_days = 5;
    later.policy.product_chain.push("finance_manager".into());
    let r = r
        .accept(&op(), "lilei", sh("2026-11-23 10:00"), &later, sh("2026-11-23 10:00"))
        .unwrap();
    assert_eq!((r.limit_days, r.due_at), (3, Some(sh("2026-11-26 18:00"))));
    assert!(r.missing_approvals().is_empty());
}

#[test]
fn r7_approval_time_in_the_requesting_department_is_not_counted() {
    // Filed on Monday, approved by Wednesday, at IT on Wednesday 10:00: the clock starts then.
    let mut n = new(RequestKind::Product, "2026-11-18 10:00");
    n.filed_at = Some(sh("2026-11-16 10:00"));
    n.approvals = vec![
        approval("dept_manager", "2026-11-17 09:00"),
        approval("marketing_manager", "2026-11-18 09:30"),
    ];
    let r = open(&n, "2026-11-18 10:05");
    assert_eq!(r.clock_start, Some(sh("2026-11-18 10:00")));
    assert_eq!(r.due_at, Some(sh("2026-11-23 18:00")));
    assert_eq!(
        r.approvals_span(),
        Some((sh("2026-11-16 10:00"), sh("2026-11-18 10:00")))
    );
    let c = r.clock(&rules(), sh("2026-11-18 10:05"));
    assert_eq!(c.approvals.map(|(a, b)| b - a), Some(Duration::days(2)));
}

#[test]
fn r7_the_clock_waits_for_the_approvals_and_starts_at_the_last_one() {
    let cases = [
        // (approvals at intake, then recorded, clock start)
        (
            vec![],
            vec![
                ("dept_manager", "2026-11-18 11:00"),
                ("marketing_manager", "2026-11-19 15:00"),
            ],
            "2026-11-19 15:00",
        ),
        (
            vec![("dept_manager", "2026-11-17 09:00")],
            vec![("marketing_manager", "2026-11-18 09:00")],
            "2026-11-18 10:00",
        ),
        (
            vec![("marketing_manager", "2026-11-18 12:00")],
            vec![("dept_manager", "2026-11-18 16:00")],
            "2026-11-18 16:00",
        ),
    ];
    for (given, later, start) in cases {
        let mut n = new(RequestKind::Product, "2026-11-18 10:00");
        n.approvals = given.iter().map(|(r, t)| approval(r, t)).collect();
        let mut r = open(&n, "2026-11-18 12:30");
        assert_eq!(r.status, RequestStatus::AwaitingApproval);
        assert_eq!((r.clock_start, r.due_at), (None, None));
        assert!(matches!(
            r.clock(&rules(), sh("2026-11-18 10:00")).state,
            ClockState::Waiting { .. }
        ));
        for (role, at) in later {
            r = r
                .approve(&op(), approval(role, at), &rules(), sh("2026-11-20 10:00"))
                .unwrap();
        }
        assert_eq!(r.clock_start, Some(sh(start)), "{given:?}");
        assert_eq!(r.status, RequestStatus::Received);
    }
}

#[test]
fn r7_a_paused_day_is_not_counted_and_the_pause_is_kept() {
    let r = open(&new(RequestKind::Product, "2026-11-23 09:00"), "2026-11-23 09:00");
    let r = r
        .accept(&op(), "lilei", sh("2026-11-23 09:05"), &rules(), sh("2026-11-23 09:05"))
        .unwrap();
    assert_eq!(r.due_at, Some(sh("2026-11-26 18:00")));
    let paused = r
        .pause(
            &op(),
            "等待申请人补充资费说明",
            sh("2026-11-24 10:00"),
            &rules(),
            sh("2026-11-24 10:00"),
        )
        .unwrap();
    assert_eq!(paused.paused_since, Some(sh("2026-11-24 10:00")));
    let c = paused.clock(&rules(), sh("2026-11-24 16:00"));
    assert!(matches!(&c.state, ClockState::Paused { reason, .. } if reason == "等待申请人补充资费说明"));
    assert_eq!(c.paused, Duration::hours(6));
    let cases = [
        // (resumed, due): a working day of pause moves the deadline a working day.
        ("2026-11-25 10:00", "2026-11-27 18:00"),
        ("2026-11-24 16:00", "2026-11-27 15:00"),
        ("2026-11-24 19:00", "2026-11-27 17:00"),
        ("2026-11-27 10:00", "2026-12-01 18:00"), // three working days
    ];
    for (resumed, due) in cases {
        let r = paused.resume(&op(), sh(resumed), &rules(), sh(resumed)).unwrap();
        assert_eq!(r.due_at, Some(sh(due)), "resumed {resumed}");
        assert_eq!(r.episode, paused.episode + 1);
        assert_eq!(r.pauses[0].until, Some(sh(resumed)));
    }
    // A pause is for a running clock; evaluating or delivering waits for the resume.
    let e = paused
        .deliver(
            &op(),
            &Delivery::default(),
            sh("2026-11-24 11:00"),
            &rules(),
            sh("2026-11-24 11:00"),
        )
        .unwrap_err();
    assert_eq!(e.refusal().unwrap().code, Code::RequestWrongState);
    assert!(e.message().contains("resume it first"), "{e}");
    assert!(
        paused
            .pause(&op(), "again", sh("2026-11-24 12:00"), &rules(), sh("2026-11-24 12:00"))
            .is_err()
    );
    assert!(
        r.resume(&op(), sh("2026-11-24 12:00"), &rules(), sh("2026-11-24 12:00"))
            .is_err()
    );
    // Not before the clock began.
    assert!(
        r.pause(&op(), "x", sh("2026-11-20 10:00"), &rules(), sh("2026-11-24 12:00"))
            .is_err()
    );
}

#[test]
fn r7_met_in_time_or_late_and_missed_while_unmet() {
    let r = open(&new(RequestKind::Product, "2026-11-23 09:00"), "2026-11-23 09:00");
    let r = r
        .accept(&op(), "lilei", sh("2026-11-23 09:05"), &rules(), sh("2026-11-23 09:05"))
        .unwrap();
    let cases = [
        ("2026-11-26 17:00", "met"),
        ("2026-11-26 18:00", "met"),
        ("2026-11-27 09:30", "late"),
    ];
    for (at, word) in cases {
        let d = r
            .deliver(&op(), &Delivery::default(), sh(at), &rules(), sh(at))
            .unwrap();
        assert_eq!(d.met_at, Some(sh(at)));
        assert_eq!(d.clock(&rules(), sh("2026-12-01 10:00")).state.word(), word, "{at}");
    }
    assert_eq!(r.clock(&rules(), sh("2026-11-26 18:01")).state.word(), "missed");
    let c = r.clock(&rules(), sh("2026-11-25 16:00"));
    assert!(matches!(c.state, ClockState::Running { left, .. } if left == Duration::hours(11)));
    assert_eq!(working_span(Duration::hours(11), &rules().cal), "1 wd 02:00");
    assert_eq!(working_span(Duration::minutes(200), &rules().cal), "03:20");
}
