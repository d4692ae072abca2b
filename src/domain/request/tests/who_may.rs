//! U4: who drives and closes a request, and what `can` foresees for a kind, state and role.

use super::*;

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
