use chrono::{DateTime, Duration, TimeZone, Utc};

use super::*;
use crate::config::Config;
use crate::domain::role::Role;
use crate::error::Code;

fn rules() -> Rules {
    Rules::from_config(&Config::defaults())
}

/// A Shanghai wall-clock time.
fn sh(s: &str) -> DateTime<Utc> {
    let local = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
    rules()
        .cal
        .zone
        .from_local_datetime(&local)
        .unwrap()
        .with_timezone(&Utc)
}

fn who(login: &str, role: Role) -> Actor {
    Actor {
        login: login.into(),
        name: login.into(),
        role,
    }
}

fn op() -> Actor {
    who("lilei", Role::Operator)
}

fn approval(role: &str, at: &str) -> Approval {
    Approval {
        role: role.into(),
        by: "许经理".into(),
        at: sh(at),
    }
}

/// A request of `kind` received at `received`, with the fields its sub-kind needs and every
/// approval of the default chain given at `received`.
fn new(kind: RequestKind, received: &str) -> NewRequest {
    let chain = rules().policy.chain(kind).to_vec();
    let mut n = NewRequest {
        kind: Some(kind),
        title: "新增流量包产品".into(),
        dept: "marketing".into(),
        requester: "孙丽".into(),
        contact: "sunli@example.com".into(),
        channel: Some(FormChannel::Oa),
        form_no: "OA-2026-0918".into(),
        received_at: Some(sh(received)),
        approvals: chain.iter().map(|r| approval(r, received)).collect(),
        ..NewRequest::default()
    };
    match kind {
        RequestKind::Account => {
            n.action = Some(AccountAction::New);
            n.system = "billing".into();
            n.account = "zhangsan".into();
            n.person = "zhangsan".into();
            n.permission = "账务查询".into();
        }
        RequestKind::Extraction => {
            n.purpose = "季度经营分析".into();
            n.use_scope = "市场部内部".into();
        }
        _ => {}
    }
    n
}

fn open(n: &NewRequest, now: &str) -> Request {
    let mut r = Request::open(n, &op(), &rules(), sh(now)).unwrap();
    r.id = 7;
    r
}

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

#[test]
fn r1_first_evaluation_meets_the_limit_feedback_and_new_project() {
    let mut n = new(RequestKind::Requirement, "2026-11-23 09:00");
    n.changes_product = true;
    let r = open(&n, "2026-11-23 09:00");
    // A product change needs the product department's confirmation attached.
    assert_eq!(r.missing_approvals(), ["product_dept"]);
    let r = r
        .approve(
            &op(),
            approval("product_dept", "2026-11-23 10:00"),
            &rules(),
            sh("2026-11-23 10:00"),
        )
        .unwrap();
    assert_eq!(r.clock_start, Some(sh("2026-11-23 10:00")));
    // Evaluating needs an owner.
    let e = r.evaluate(
        &op(),
        "可行",
        false,
        sh("2026-11-24 10:00"),
        &rules(),
        sh("2026-11-24 10:00"),
    );
    assert!(e.unwrap_err().message().contains("accept it first"));
    let r = r
        .accept(&op(), "lilei", sh("2026-11-23 10:10"), &rules(), sh("2026-11-23 10:10"))
        .unwrap();
    let ev = r
        .evaluate(
            &op(),
            "初步评估：两周开发",
            false,
            sh("2026-11-25 10:00"),
            &rules(),
            sh("2026-11-25 10:00"),
        )
        .unwrap();
    assert_eq!(
        (ev.status, ev.met_at),
        (RequestStatus::Evaluated, Some(sh("2026-11-25 10:00")))
    );
    let d = ev
        .deliver(
            &op(),
            &Delivery::default(),
            sh("2026-12-01 10:00"),
            &rules(),
            sh("2026-12-01 10:00"),
        )
        .unwrap();
    assert_eq!(d.met_at, ev.met_at, "delivery does not move R1's limit");
    let cases = [
        (Verdict::Satisfied, RequestStatus::Confirmed),
        (Verdict::NotSatisfied, RequestStatus::Evaluated),
    ];
    for (verdict, status) in cases {
        let c = d
            .confirm(
                &op(),
                verdict,
                "FK-11",
                "",
                sh("2026-12-02 10:00"),
                &rules(),
                sh("2026-12-02 10:00"),
            )
            .unwrap();
        assert_eq!((c.status, c.feedback), (status, Some(verdict)));
    }
    // Beyond the framework: a new project, the limit met by that answer.
    let p = r
        .evaluate(
            &op(),
            "超出系统框架，建议立项",
            true,
            sh("2026-11-24 10:00"),
            &rules(),
            sh("2026-11-24 10:00"),
        )
        .unwrap();
    assert_eq!(p.status, RequestStatus::NewProject);
    assert!(p.finished());
}

#[test]
fn r2_the_configured_chain_approves_before_the_clock_starts() {
    let mut policy = rules().policy;
    policy.product_chain = vec!["dept_manager".into(), "product_committee".into()];
    let rules = Rules { policy, ..rules() };
    let mut n = new(RequestKind::Product, "2026-11-23 09:00");
    n.approvals = vec![approval("dept_manager", "2026-11-20 09:00")];
    let r = Request::open(&n, &op(), &rules, sh("2026-11-23 09:00")).unwrap();
    assert_eq!(r.chain, ["dept_manager", "product_committee"]);
    assert_eq!(r.missing_approvals(), ["product_committee"]);
    assert!(
        Request::open(
            &NewRequest {
                approvals: vec![approval("Dept Manager!", "2026-11-20 09:00")],
                ..n.clone()
            },
            &op(),
            &rules,
            sh("2026-11-23 09:00")
        )
        .is_err(),
        "a role is a word"
    );
}

#[test]
fn r3_beyond_authority_the_leader_approves_and_that_wait_is_not_counted() {
    // Judged at intake: no clock until the leader in charge approves.
    let mut n = new(RequestKind::Account, "2026-11-23 09:00");
    n.beyond_authority = true;
    let r = open(&n, "2026-11-23 09:00");
    assert_eq!(r.missing_approvals(), ["leader"]);
    let r = r
        .approve(
            &op(),
            approval("leader", "2026-11-24 15:00"),
            &rules(),
            sh("2026-11-24 15:00"),
        )
        .unwrap();
    assert_eq!(
        (r.clock_start, r.due_at),
        (Some(sh("2026-11-24 15:00")), Some(sh("2026-11-25 18:00")))
    );
    // Judged after the clock started: it stands still until the leader's approval.
    let r = open(&new(RequestKind::Account, "2026-11-23 09:00"), "2026-11-23 09:00");
    assert_eq!(r.due_at, Some(sh("2026-11-24 18:00")));
    let e = r
        .escalate(
            &op(),
            "涉及全量客户资料查询权限",
            sh("2026-11-23 10:00"),
            &rules(),
            sh("2026-11-23 10:00"),
        )
        .unwrap();
    // The reason is kept as given; the kind says whose approval, in the reader's language.
    assert!(matches!(
        e.clock(&rules(), sh("2026-11-23 11:00")).state,
        ClockState::Paused {
            kind: PauseKind::Approval,
            ref reason,
            ..
        } if reason == "涉及全量客户资料查询权限"
    ));
    // A pause stored by an earlier release with its English words in front reads the same.
    let mut old = e.clone();
    old.pauses[0].reason = "the leader in charge's approval (R3): 涉及全量客户资料查询权限".into();
    assert_eq!(old.pauses[0].said(), "涉及全量客户资料查询权限");
    let resume = e
        .resume(&op(), sh("2026-11-24 10:00"), &rules(), sh("2026-11-24 10:00"))
        .unwrap_err();
    assert_eq!(resume.refusal().unwrap().code, Code::RequestAwaitsLeader);
    let a = e
        .approve(
            &op(),
            approval("leader", "2026-11-24 10:00"),
            &rules(),
            sh("2026-11-24 10:00"),
        )
        .unwrap();
    assert_eq!(a.paused_since, None);
    assert_eq!(
        a.due_at,
        Some(sh("2026-11-25 18:00")),
        "a working day at the leader's is not counted"
    );
    assert!(
        e.escalate(&op(), "again", sh("2026-11-23 11:00"), &rules(), sh("2026-11-23 11:00"))
            .is_err()
    );
    // An account request names its action, system, account and person.
    let mut n = new(RequestKind::Account, "2026-11-23 09:00");
    n.action = None;
    assert!(Request::open(&n, &op(), &rules(), sh("2026-11-23 09:00")).is_err());
}

#[test]
fn r4_an_extraction_needing_the_president_has_no_clock_until_the_approval() {
    let r = open(&new(RequestKind::Extraction, "2026-11-23 09:00"), "2026-11-23 09:00");
    assert_eq!(r.due_at, Some(sh("2026-11-26 18:00")), "not needed: from receipt");
    // Only the IT manager decides; the president's approval needs that decision.
    assert_eq!(
        r.decide(&op(), true, &rules(), sh("2026-11-23 11:00"))
            .unwrap_err()
            .refusal()
            .unwrap()
            .code,
        Code::RoleNeeded
    );
    let e = r
        .approve(
            &op(),
            approval("president", "2026-11-23 12:00"),
            &rules(),
            sh("2026-11-23 12:00"),
        )
        .unwrap_err();
    assert_eq!(e.refusal().unwrap().code, Code::RequestPresidentUndecided);
    let manager = who("wangfang", Role::Manager);
    let d = r.decide(&manager, true, &rules(), sh("2026-11-23 11:00")).unwrap();
    assert_eq!(
        (d.status, d.clock_start, d.due_at),
        (RequestStatus::AwaitingApproval, None, None)
    );
    assert_eq!(d.episode, 1, "the clock that ran is withdrawn");
    let p = d
        .approve(
            &op(),
            approval("president", "2026-11-25 16:00"),
            &rules(),
            sh("2026-11-25 16:30"),
        )
        .unwrap();
    assert_eq!(p.clock_start, Some(sh("2026-11-25 16:00")));
    assert_eq!(
        p.due_at,
        Some(sh("2026-11-30 18:00")),
        "3 working days after the approval"
    );
    // Decided at intake by the manager.
    let mut n = new(RequestKind::Extraction, "2026-11-23 09:00");
    n.president_needed = Some(true);
    assert!(
        Request::open(&n, &op(), &rules(), sh("2026-11-23 09:00")).is_err(),
        "an operator does not decide"
    );
    let r = Request::open(&n, &manager, &rules(), sh("2026-11-23 09:00")).unwrap();
    assert_eq!(r.missing_approvals(), ["president"]);
}

#[test]
fn r4_delivered_encrypted_classified_with_the_files_sha256() {
    let r = open(&new(RequestKind::Extraction, "2026-11-23 09:00"), "2026-11-23 09:00");
    let r = r
        .accept(&op(), "lilei", sh("2026-11-23 09:05"), &rules(), sh("2026-11-23 09:05"))
        .unwrap();
    let sha = "a".repeat(64);
    let at = sh("2026-11-24 10:00");
    let cases = [
        // (classification, encrypted, sha256, refused with)
        (None, true, sha.as_str(), Some(Code::RequestR4Classification)),
        (
            Some(Classification::Secret),
            false,
            sha.as_str(),
            Some(Code::RequestR4Encrypted),
        ),
        (
            Some(Classification::Secret),
            true,
            "abc",
            Some(Code::RequestR4Encrypted),
        ),
        (Some(Classification::Secret), true, sha.as_str(), None),
    ];
    for (classification, encrypted, sha256, refused) in cases {
        let d = Delivery {
            classification,
            encrypted,
            sha256: sha256.into(),
            ..Delivery::default()
        };
        match (r.deliver(&op(), &d, at, &rules(), at), refused) {
            (Ok(x), None) => {
                assert_eq!(x.classification, Some(Classification::Secret));
                assert!(x.encrypted && x.sha256 == sha);
            }
            (Err(e), Some(code)) => assert_eq!(e.refusal().map(|r| r.code), Some(code), "{e}"),
            (other, want) => panic!("{want:?}: {other:?}"),
        }
    }
    assert_eq!(Classification::read("机密").unwrap(), Classification::Secret);
    assert_eq!(Classification::read("top-secret").unwrap().chinese(), "绝密");
    assert!(Classification::read("秘密").is_err());
    // Purpose and scope of use are required.
    let mut n = new(RequestKind::Extraction, "2026-11-23 09:00");
    n.use_scope = " ".into();
    assert!(Request::open(&n, &op(), &rules(), sh("2026-11-23 09:00")).is_err());
}

#[test]
fn r5_an_urgent_item_by_the_supervisors_email_is_handled_the_same_working_day_with_a_reply() {
    let mut n = new(RequestKind::Processing, "2026-11-24 10:00");
    n.urgent = true;
    n.supervisor = "何主任".into();
    assert!(
        Request::open(&n, &op(), &rules(), sh("2026-11-24 10:00")).is_err(),
        "by e-mail only"
    );
    n.channel = Some(FormChannel::Email);
    let r = open(&n, "2026-11-24 10:00");
    assert_eq!(r.due_at, Some(sh("2026-11-24 18:00")));
    assert_eq!(r.limit_duty(), crate::domain::duty::DutyKind::R5Urgent);
    let after_hours = open(
        &NewRequest {
            received_at: Some(sh("2026-11-24 19:00")),
            ..n.clone()
        },
        "2026-11-24 19:00",
    );
    assert_eq!(after_hours.due_at, Some(sh("2026-11-25 18:00")));
    let r = r
        .accept(&op(), "lilei", sh("2026-11-24 10:05"), &rules(), sh("2026-11-24 10:05"))
        .unwrap();
    let at = sh("2026-11-24 11:00");
    let e = r.deliver(&op(), &Delivery::default(), at, &rules(), at).unwrap_err();
    assert_eq!(e.refusal().unwrap().code, Code::RequestR5Reply);
    let d = Delivery {
        reply: "已处理，回复何主任邮件".into(),
        ..Delivery::default()
    };
    let done = r.deliver(&op(), &d, at, &rules(), at).unwrap();
    assert_eq!((done.met_at, done.status), (Some(at), RequestStatus::Delivered));
    // A normal one: the first opinion within 3 working days meets it.
    let plain = open(&new(RequestKind::Processing, "2026-11-24 10:00"), "2026-11-24 10:00");
    assert_eq!(plain.due_at, Some(sh("2026-11-27 18:00")));
    assert_eq!(plain.limit_duty(), crate::domain::duty::DutyKind::R5Opinion);
}

#[test]
fn r8_forms_by_oa_and_paper_carry_their_own_number() {
    let cases = [
        (FormChannel::Oa, "", false),
        (FormChannel::Paper, "", false),
        (FormChannel::Oa, "OA-2026-001", true),
        (FormChannel::Email, "", true),
        (FormChannel::Phone, "", true),
    ];
    for (channel, form_no, ok) in cases {
        let n = NewRequest {
            channel: Some(channel),
            form_no: form_no.into(),
            ..new(RequestKind::Requirement, "2026-11-23 09:00")
        };
        assert_eq!(
            Request::open(&n, &op(), &rules(), sh("2026-11-23 09:00")).is_ok(),
            ok,
            "{channel} {form_no:?}"
        );
    }
    // Another sub-kind's field is refused by name, not dropped.
    let n = NewRequest {
        purpose: "x".into(),
        ..new(RequestKind::Product, "2026-11-23 09:00")
    };
    let e = Request::open(&n, &op(), &rules(), sh("2026-11-23 09:00")).unwrap_err();
    assert!(e.message().contains("--purpose"), "{e}");
    // Not received in the future.
    assert!(
        Request::open(
            &new(RequestKind::Product, "2026-11-23 09:00"),
            &op(),
            &rules(),
            sh("2026-11-22 09:00")
        )
        .is_err()
    );
}

#[test]
fn u4_only_the_owner_or_a_supervisor_drives_a_request_and_closes_it_unfinished() {
    let r = open(&new(RequestKind::Product, "2026-11-23 09:00"), "2026-11-23 09:00");
    let r = r
        .accept(&op(), "lilei", sh("2026-11-23 09:05"), &rules(), sh("2026-11-23 09:05"))
        .unwrap();
    let t = sh("2026-11-23 10:00");
    let other = who("hanmeimei", Role::Operator);
    let e = r.pause(&other, "x", t, &rules(), t).unwrap_err();
    assert_eq!(e.refusal().unwrap().code, Code::RequestNotOwner);
    assert_eq!(e.exit_code(), 5);
    assert!(
        r.accept(&other, "hanmeimei", t, &rules(), t).is_err(),
        "taking over needs a supervisor"
    );
    let sup = who("zhangwei", Role::Supervisor);
    assert!(r.pause(&sup, "等待资料", t, &rules(), t).is_ok());
    assert_eq!(
        r.accept(&sup, "hanmeimei", t, &rules(), t).unwrap().owner.as_deref(),
        Some("hanmeimei")
    );
    // Unfinished: a reason, and a supervisor.
    assert!(r.close(&sup, "", t, &rules(), t).is_err());
    assert_eq!(r.close(&op(), "申请人撤回", t, &rules(), t).unwrap_err().exit_code(), 5);
    let closed = r.close(&sup, "申请人撤回", t, &rules(), t).unwrap();
    assert_eq!(closed.clock(&rules(), t).state.word(), "stopped");
    // Finished: anyone closes it.
    let d = r.deliver(&op(), &Delivery::default(), t, &rules(), t).unwrap();
    assert_eq!(
        d.close(&op(), "", t, &rules(), t).unwrap().status,
        RequestStatus::Closed
    );
}

#[test]
fn r4_u4_can_says_before_a_form_which_steps_the_kind_state_and_role_allow() {
    use RequestStatus as S;
    let manager = who("xu", Role::Manager);
    let other = who("wang", Role::Operator);
    // (kind, status, owner, actor, step, allowed)
    type Case<'a> = (RequestKind, S, Option<&'a str>, &'a Actor, Step, bool);
    let cases: &[Case] = &[
        (RequestKind::Extraction, S::Received, None, &op(), Step::Decide, false), // R4: the IT manager
        (RequestKind::Extraction, S::Received, None, &manager, Step::Decide, true),
        (RequestKind::Product, S::Received, None, &manager, Step::Decide, false), // not an extraction
        (RequestKind::Product, S::Received, None, &op(), Step::Approve, true),
        (RequestKind::Product, S::Closed, None, &op(), Step::Approve, false),
        (RequestKind::Product, S::Received, None, &op(), Step::Deliver, false), // accept it first
        (
            RequestKind::Product,
            S::Accepted,
            Some("lilei"),
            &op(),
            Step::Deliver,
            true,
        ),
        (
            RequestKind::Product,
            S::Accepted,
            Some("lilei"),
            &other,
            Step::Deliver,
            false,
        ), // U4
        (RequestKind::Requirement, S::Delivered, None, &op(), Step::Confirm, true),
        (RequestKind::Requirement, S::Accepted, None, &op(), Step::Confirm, false),
        (RequestKind::Product, S::Delivered, None, &op(), Step::Confirm, false), // R1 only
    ];
    for (kind, status, owner, actor, step, allowed) in cases {
        let mut r = open(&new(*kind, "2026-11-02 09:00"), "2026-11-02 09:00");
        r.status = *status;
        r.owner = owner.map(String::from);
        assert_eq!(
            r.can(*step, actor, rules().cal.zone).is_ok(),
            *allowed,
            "{kind:?} {status:?} {step:?} by {}",
            actor.login
        );
    }
}

#[test]
fn r3_r7_u4_can_foresees_accept_escalate_pause_resume_and_close() {
    let zone = rules().cal.zone;
    let sup = who("xu", Role::Supervisor);
    let other = who("wang", Role::Operator);
    let code = |r: &Request, step: Step, actor: &Actor| {
        r.can(step, actor, zone).err().and_then(|e| e.refusal().map(|r| r.code))
    };
    let r = open(&new(RequestKind::Product, "2026-11-23 09:00"), "2026-11-23 09:00");
    // Accept: a new request by anyone; an owned one only by a supervisor (its owner has it).
    assert_eq!(code(&r, Step::Accept, &op()), None);
    let owned = r
        .accept(&op(), "lilei", sh("2026-11-23 09:05"), &rules(), sh("2026-11-23 09:05"))
        .unwrap();
    assert_eq!(code(&owned, Step::Accept, &op()), Some(Code::RequestAlreadyOwned));
    assert_eq!(code(&owned, Step::Accept, &other), Some(Code::RoleNeeded));
    assert_eq!(code(&owned, Step::Accept, &sup), None);
    // R7: pause a running clock once, by its owner (U4); resume only a pause for material.
    assert_eq!(code(&owned, Step::Pause, &op()), None);
    assert_eq!(code(&owned, Step::Pause, &other), Some(Code::RequestNotOwner));
    assert_eq!(code(&owned, Step::Resume, &op()), Some(Code::RequestNotPaused));
    let t = sh("2026-11-24 10:00");
    let paused = owned.pause(&op(), "等待资料", t, &rules(), t).unwrap();
    assert_eq!(code(&paused, Step::Pause, &op()), Some(Code::RequestPaused));
    assert_eq!(code(&paused, Step::Resume, &op()), None);
    assert_eq!(code(&paused, Step::Resume, &other), Some(Code::RequestNotOwner));
    // The step refuses as its `can` foresaw.
    let e = paused.pause(&op(), "again", t, &rules(), t).unwrap_err();
    assert_eq!(e.refusal().map(|r| r.code), Some(Code::RequestPaused));
    // R3: escalate an account request once; not other kinds.
    assert_eq!(code(&owned, Step::Escalate, &op()), Some(Code::RequestWrongKind));
    let acc = open(&new(RequestKind::Account, "2026-11-23 09:00"), "2026-11-23 09:00");
    assert_eq!(code(&acc, Step::Escalate, &op()), None);
    let e = acc.escalate(&op(), "涉及全量客户资料查询权限", t, &rules(), t).unwrap();
    assert_eq!(code(&e, Step::Escalate, &op()), Some(Code::RequestEscalated));
    assert_eq!(code(&e, Step::Resume, &op()), Some(Code::RequestAwaitsLeader));
    // Close: an unfinished request by a supervisor only; a closed one not again.
    assert_eq!(code(&owned, Step::Close, &op()), Some(Code::RoleNeeded));
    assert_eq!(code(&owned, Step::Close, &sup), None);
    let closed = owned.close(&sup, "withdrawn", t, &rules(), t).unwrap();
    assert_eq!(code(&closed, Step::Close, &sup), Some(Code::RequestWrongState));
}
