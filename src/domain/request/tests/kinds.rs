//! Each kind of request (R1-R5, R8): its approvals, its first answer, delivery and forms.

use super::*;

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
