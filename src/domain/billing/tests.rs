use super::*;
use crate::config::Config;
use crate::domain::role::Role;
use chrono::TimeZone;

fn zone() -> chrono_tz::Tz {
    "Asia/Shanghai".parse().unwrap()
}
fn pol() -> BillingPolicy {
    BillingPolicy::from_config(&Config::defaults())
}
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 1, 2, 0, 0).unwrap()
}
fn who(login: &str, role: Role) -> Actor {
    Actor {
        login: login.into(),
        name: login.into(),
        role,
    }
}
fn run() -> (Run, Vec<Check>) {
    let mut r = Run::open(
        RunKind::Billing,
        "2026-10",
        "li",
        &who("li", Role::Operator),
        &pol(),
        zone(),
        now(),
    )
    .unwrap();
    r.id = 1;
    let checks = Check::list_for(&r, &Config::defaults().billing.checklist);
    (r, checks)
}
fn figures(c: &Check) -> BTreeMap<String, String> {
    c.figure_names.iter().map(|n| (n.clone(), "100".to_string())).collect()
}

#[test]
fn b2_deadlines_are_midnight_on_the_2nd_and_the_10th() {
    let cases = [
        (RunKind::Billing, "2026-10", "2026-11-02T00:00:00+08:00"),
        (RunKind::Agents, "2026-10", "2026-11-10T00:00:00+08:00"),
        (RunKind::ContentProviders, "2026-10", "2026-11-10T00:00:00+08:00"),
        (RunKind::Channels, "2026-12", "2027-01-10T00:00:00+08:00"),
        (RunKind::Billing, "2026-12", "2027-01-02T00:00:00+08:00"),
    ];
    for (kind, period, want) in cases {
        let d = deadline(kind, period, &pol(), zone()).unwrap();
        assert_eq!(d.with_timezone(&zone()).to_rfc3339(), want, "{kind} {period}");
    }
}

#[test]
fn b1_kinds_and_periods() {
    assert!(RunKind::parse("settlement-cp").unwrap().is_settlement());
    assert!(!RunKind::Billing.is_settlement());
    assert!(
        Run::open(
            RunKind::Billing,
            "2026-13",
            "li",
            &who("li", Role::Operator),
            &pol(),
            zone(),
            now()
        )
        .is_err()
    );
}

#[test]
fn b4_each_kind_has_its_checklist_with_figures() {
    let (r, checks) = run();
    assert!(checks.len() >= 4);
    assert!(
        checks.iter().any(|c| c.step == "preprocess"),
        "pre-processing steps are on the list (B3)"
    );
    assert!(checks.iter().all(|c| c.attempt == r.attempt));
    let mut s = r.clone();
    s.kind = RunKind::Agents;
    let settlement = Check::list_for(&s, &Config::defaults().billing.checklist);
    assert!(!settlement.is_empty());
    assert_ne!(
        settlement.iter().map(|c| &c.key).collect::<Vec<_>>(),
        checks.iter().map(|c| &c.key).collect::<Vec<_>>()
    );
}

#[test]
fn b4_figures_are_recorded_as_the_list_asks() {
    let (_, checks) = run();
    let c = checks.iter().find(|c| !c.figure_names.is_empty()).unwrap();
    let li = who("li", Role::Operator);
    assert!(
        c.perform(&li, CheckResult::Ok, &BTreeMap::new(), "", now())
            .unwrap_err()
            .message()
            .contains("record the figure")
    );
    let mut extra = figures(c);
    extra.insert("bogus".into(), "1".into());
    assert!(c.perform(&li, CheckResult::Ok, &extra, "", now()).is_err());
    assert!(
        c.perform(&li, CheckResult::Anomaly, &figures(c), " ", now()).is_err(),
        "an anomaly says what"
    );
    assert!(c.perform(&li, CheckResult::Ok, &figures(c), "", now()).is_ok());
}

#[test]
fn b3_the_performer_may_not_review() {
    let (_, checks) = run();
    let li = who("li", Role::Supervisor);
    let done = checks[0]
        .perform(&li, CheckResult::Ok, &figures(&checks[0]), "", now())
        .unwrap();
    let err = done.review(&li, Verdict::Ok, "", now()).unwrap_err();
    assert_eq!(err.exit_code(), 5);
    assert!(err.message().contains("B3"));
    let reviewed = done
        .review(&who("wang", Role::Operator), Verdict::Ok, "", now())
        .unwrap();
    assert_eq!(reviewed.reviewed_by.as_deref(), Some("wang"));
    assert!(
        reviewed
            .perform(&li, CheckResult::Ok, &figures(&checks[0]), "", now())
            .is_err(),
        "reviewed stands"
    );
}

#[test]
fn b3_a_rejected_review_is_performed_again_and_reviewed_again() {
    let (_, checks) = run();
    let li = who("li", Role::Operator);
    let wang = who("wang", Role::Operator);
    let done = checks[0]
        .perform(&li, CheckResult::Ok, &figures(&checks[0]), "", now())
        .unwrap();
    assert!(
        done.review(&wang, Verdict::Rejected, "", now()).is_err(),
        "a rejection says why"
    );
    let rejected = done
        .review(&wang, Verdict::Rejected, "行数与交换机侧不符", now())
        .unwrap();
    let again = rejected
        .perform(&li, CheckResult::Ok, &figures(&checks[0]), "重新采集", now())
        .unwrap();
    assert_eq!((again.verdict, again.reviewed_by.as_deref()), (None, None));
}

#[test]
fn b7_only_a_supervisor_confirms_and_only_after_submission() {
    let (r, mut checks) = run();
    let li = who("li", Role::Operator);
    let wang = who("wang", Role::Operator);
    for c in checks.iter_mut() {
        *c = c
            .perform(&li, CheckResult::Ok, &figures(c), "", now())
            .unwrap()
            .review(&wang, Verdict::Ok, "", now())
            .unwrap();
    }
    let r = r.after_checks(&checks, &li, now());
    assert_eq!(r.state, RunState::ChecksDone);
    let boss = who("zhang", Role::Supervisor);
    assert!(
        r.confirm(&boss, now()).unwrap_err().message().starts_with("B7"),
        "not before submission"
    );
    let r = r.submit(&li, &checks, now()).unwrap();
    assert_eq!(
        r.confirm(&li, now()).unwrap_err().exit_code(),
        5,
        "an operator may not confirm"
    );
    let r = r.confirm(&boss, now()).unwrap();
    assert_eq!(
        (r.state, r.confirmed_by.as_deref()),
        (RunState::Published, Some("zhang"))
    );
}

#[test]
fn b8_dispute_rollback_retry_starts_a_new_attempt() {
    let (r, _) = run();
    let mut r = r.clone();
    r.state = RunState::AwaitingSupervisor;
    let boss = who("zhang", Role::Supervisor);
    assert_eq!(
        r.dispute(&who("li", Role::Operator), "x", now())
            .unwrap_err()
            .exit_code(),
        5
    );
    let d = r.dispute(&boss, "总额与上月相差 30%", now()).unwrap();
    assert_eq!(d.state, RunState::Disputed);
    assert!(d.retry(&boss, now()).is_err(), "roll back first");
    let rb = d.rollback(&who("li", Role::Operator), "批价参数错误", now()).unwrap();
    let again = rb.retry(&who("li", Role::Operator), now()).unwrap();
    assert_eq!((again.state, again.attempt), (RunState::Planned, 2));
    assert_eq!(
        Check::list_for(&again, &Config::defaults().billing.checklist)[0].attempt,
        2
    );
}

#[test]
fn b8_a_dispute_starts_a_new_round_and_keeps_the_old_one() {
    let (r, checks) = run();
    let mut r = r.clone();
    r.state = RunState::AwaitingSupervisor;
    let li = who("li", Role::Operator);
    let boss = who("zhang", Role::Supervisor);
    let done = checks[0]
        .perform(&li, CheckResult::Ok, &figures(&checks[0]), "", now())
        .unwrap();
    let d = r.dispute(&boss, "总额与上月相差 30%", now()).unwrap();
    assert_eq!((d.attempt, d.round, d.submitted_at), (1, 2, None));
    let fresh = done.again(d.round);
    assert_eq!(
        (fresh.round, fresh.performed_by, fresh.verdict, fresh.id),
        (2, None, None, 0)
    );
    assert_eq!((fresh.key.as_str(), fresh.seq), (done.key.as_str(), done.seq));
    let end = d.round_end(&r);
    assert_eq!((end.attempt, end.round, end.how), (1, 1, RunState::Disputed));
    assert_eq!(end.reason, "总额与上月相差 30%");
    let rb = d.rollback(&li, "批价参数错误", now()).unwrap();
    let end = rb.round_end(&d);
    assert_eq!(
        (end.round, end.how, end.reason.as_str()),
        (2, RunState::RolledBack, "批价参数错误")
    );
    let again = rb.retry(&li, now()).unwrap();
    assert_eq!((again.attempt, again.round), (2, 1));
    assert_eq!(
        (again.dispute_reason.as_str(), again.rollback_reason.as_str()),
        ("", "")
    );
}

#[test]
fn b3_an_item_is_reviewed_once_per_performance() {
    let (_, checks) = run();
    let li = who("li", Role::Operator);
    let done = checks[0]
        .perform(&li, CheckResult::Ok, &figures(&checks[0]), "", now())
        .unwrap()
        .review(&who("wang", Role::Operator), Verdict::Rejected, "不符", now())
        .unwrap();
    let err = done
        .review(&who("zhao", Role::Operator), Verdict::Ok, "", now())
        .unwrap_err();
    assert!(err.message().contains("already reviewed by wang"), "{}", err.message());
}

#[test]
fn b4_figures_are_numbers() {
    let (_, checks) = run();
    let c = checks.iter().find(|c| !c.figure_names.is_empty()).unwrap();
    let li = who("li", Role::Operator);
    let with = |v: &str| {
        let f: BTreeMap<String, String> = c.figure_names.iter().map(|n| (n.clone(), v.to_string())).collect();
        c.perform(&li, CheckResult::Ok, &f, "", now())
    };
    for ok in ["0", "9000", "-3.2%", "1,234,567.89", " 42 "] {
        assert!(with(ok).is_ok(), "{ok:?} is a number");
    }
    for bad in ["", "abc", "12 万", "NaN", "inf", &"9".repeat(41)] {
        assert!(with(bad).is_err(), "{bad:?} is not a figure");
    }
}

#[test]
fn b6_progress_counts_anomalies() {
    let (_, checks) = run();
    let li = who("li", Role::Operator);
    let mut list = checks.clone();
    list[0] = list[0]
        .perform(
            &li,
            CheckResult::Anomaly,
            &figures(&list[0]),
            "丢失 3 个话单文件",
            now(),
        )
        .unwrap();
    // The anomalous check logged its anomaly row (B6): that is the one counted.
    let p = progress(&list, 1);
    assert_eq!((p.performed, p.reviewed, p.anomalies), (1, 0, 1));
}

#[test]
fn b7_b8_can_says_before_a_form_which_steps_the_state_and_the_role_allow() {
    use RunState::*;
    let op = who("li", Role::Operator);
    let boss = who("zhang", Role::Supervisor);
    // (state, actor, step, allowed)
    let cases: &[(RunState, &Actor, Step, bool)] = &[
        (Planned, &op, Step::Check, true),
        (Published, &op, Step::Check, false),
        (InProgress, &op, Step::Submit, false),
        (ChecksDone, &op, Step::Submit, true),
        (AwaitingSupervisor, &op, Step::Confirm, false), // B7: a supervisor confirms
        (AwaitingSupervisor, &boss, Step::Confirm, true),
        (ChecksDone, &boss, Step::Confirm, false), // B7: submitted first
        (Published, &op, Step::Dispute, false),    // B8: a supervisor questions
        (Published, &boss, Step::Dispute, true),
        (Planned, &boss, Step::Dispute, false),
        (Disputed, &op, Step::Rollback, true),
        (Published, &op, Step::Rollback, false),
        (RolledBack, &op, Step::Retry, true),
        (Disputed, &op, Step::Retry, false),
    ];
    for (state, actor, step, allowed) in cases {
        let (mut r, _) = run();
        r.state = *state;
        assert_eq!(
            r.can(*step, actor).is_ok(),
            *allowed,
            "{state:?} {step:?} by {}",
            actor.login
        );
    }
}

#[test]
fn b7_an_operators_confirm_is_refused_the_same_on_the_key_and_in_the_step() {
    let (mut r, _) = run();
    r.state = RunState::AwaitingSupervisor;
    let op = who("li", Role::Operator);
    let foreseen = r.can(Step::Confirm, &op).unwrap_err();
    let taken = r.confirm(&op, now()).unwrap_err();
    assert_eq!(foreseen.message(), taken.message());
    assert_eq!(foreseen.exit_code(), 5);
}
