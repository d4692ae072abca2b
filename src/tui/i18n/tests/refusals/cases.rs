//! The refusals the core makes, one or more of every code with the CLI's English, and the checks
//! that run over all of them: every code renders in both languages, an English console says
//! what the CLI prints.

use super::*;

/// Refusals the domain makes, one or more of every code, each with the CLI's English; then
/// those `ops` makes (a conflict, a change's notice, the outbox's), built as it builds them.
fn cases() -> Vec<(Refusal, String)> {
    let (cal, pol, t) = (cal(), pol(), now());
    let (op, mgr) = (who("wf", Role::Operator), who("zw", Role::Manager));
    let mut out = Vec::new();
    // Changes: a step out of turn, C1 in another month.
    out.push(said(
        change(Some(("2026-11-26 01:00", "2026-11-26 03:00")), ChangeStatus::Planned)
            .notified(&op, t)
            .unwrap_err(),
    ));
    out.push(said(
        change(Some(("2026-11-26 01:00", "2026-11-26 03:00")), ChangeStatus::Scheduled)
            .plan(&op, (sh("2026-11-26 01:00"), sh("2026-11-26 03:00")), None, &cal, t)
            .unwrap_err(),
    ));
    out.push(said(
        change(None, ChangeStatus::Draft)
            .plan(&op, (sh("2026-12-02 01:00"), sh("2026-12-02 02:00")), None, &cal, t)
            .unwrap_err(),
    ));
    // C3, C4, C5 and C6 at once, with the earliest start; the override needs a manager.
    let late = change(Some(("2026-11-23 14:00", "2026-11-23 16:00")), ChangeStatus::Planned);
    out.push(said(late.schedule(&op, &cal, &pol, None, t).unwrap_err()));
    out.push(said(late.schedule(&op, &cal, &pol, Some("计费中断"), t).unwrap_err()));
    for g in late.gates(&cal, &pol, t) {
        out.push((g.refusal, g.message));
    }
    // W2: a window in a year the calendar has no holidays for.
    let far = change(Some(("2031-03-04 01:00", "2031-03-04 03:00")), ChangeStatus::Planned);
    out.push(said(far.schedule(&op, &cal, &pol, None, t).unwrap_err()));
    // C10: a window that has begun; C1: no window (not even a manager overrides that).
    let past = change(Some(("2026-11-20 01:00", "2026-11-20 03:00")), ChangeStatus::Planned);
    out.push(said(past.schedule(&op, &cal, &pol, None, t).unwrap_err()));
    out.push(said(
        change(None, ChangeStatus::Planned)
            .schedule(&mgr, &cal, &pol, Some("紧急"), t)
            .unwrap_err(),
    ));
    // Starting: the notice first (C7); inside the early hours (C4) and the window (C10), after
    // the last step; outside them only a manager.
    let at = sh("2026-11-26 14:00");
    out.push(said(
        change(Some(("2026-11-26 01:00", "2026-11-26 03:00")), ChangeStatus::Scheduled)
            .start(&op, at, &cal, &pol, None, at)
            .unwrap_err(),
    ));
    let mut notified = change(Some(("2026-11-26 01:00", "2026-11-26 03:00")), ChangeStatus::Notified);
    notified.updated_at = sh("2026-11-26 15:00");
    out.push(said(
        notified
            .start(&op, at, &cal, &pol, None, sh("2026-11-26 16:00"))
            .unwrap_err(),
    ));
    out.push(said(
        notified
            .start(&op, at, &cal, &pol, Some("抢修"), sh("2026-11-26 16:00"))
            .unwrap_err(),
    ));
    out.push(said(
        change(None, ChangeStatus::Notified)
            .start(&op, at, &cal, &pol, None, at)
            .unwrap_err(),
    ));
    // C9: no summary for a simple change.
    let done = change(
        Some(("2026-11-20 01:00", "2026-11-20 03:00")),
        ChangeStatus::ResultAnnounced,
    );
    out.push(said(done.summarise(&op, t, "a", "b", "c", "d", t).unwrap_err()));
    // Incidents: out of turn (accept first, reopen first), someone else's, already theirs.
    let li = who("li", Role::Operator);
    out.push(said(incident(Status::Reported, None).contact(&li, t, t).unwrap_err()));
    out.push(said(
        incident(Status::Closed, Some("li"))
            .restore(&li, t, None, t)
            .unwrap_err(),
    ));
    out.push(said(
        incident(Status::Verified, Some("li"))
            .restore(&li, t, None, t)
            .unwrap_err(),
    ));
    out.push(said(
        incident(Status::Accepted, Some("wang")).contact(&li, t, t).unwrap_err(),
    ));
    out.push(said(
        incident(Status::Accepted, Some("li")).accept(&li, "li", t).unwrap_err(),
    ));
    out.push(said(
        incident(Status::Accepted, Some("li"))
            .accept(&li, "wang", t)
            .unwrap_err(),
    ));
    let mut named = incident(Status::Accepted, Some("li"));
    named.affected = vec!["callcentre".into()];
    out.push(said(named.name_affected(&li, &["callcentre".into()], t).unwrap_err()));
    out.push(said(require(&li, Power::ManageDirectory).unwrap_err()));
    // Runs and their checklist (B3, B7, B8).
    let (planned, checks) = run(RunState::Planned);
    out.push(said(planned.submit(&li, &checks, t).unwrap_err()));
    out.push(said(run(RunState::ChecksDone).0.submit(&li, &checks, t).unwrap_err()));
    out.push(said(planned.confirm(&li, t).unwrap_err()));
    out.push(said(planned.confirm(&who("zw", Role::Supervisor), t).unwrap_err()));
    out.push(said(planned.dispute(&li, "数据不符", t).unwrap_err()));
    let item = &checks[0];
    let figures = item
        .figure_names
        .iter()
        .map(|n| (n.clone(), "100".to_string()))
        .collect();
    out.push(said(item.review(&li, Verdict::Ok, "", t).unwrap_err()));
    let performed = item.perform(&li, CheckResult::Ok, &figures, "", t).unwrap();
    out.push(said(performed.review(&li, Verdict::Ok, "", t).unwrap_err()));
    let reviewed = performed
        .review(&who("zw", Role::Supervisor), Verdict::Ok, "", t)
        .unwrap();
    out.push(said(
        reviewed
            .review(&who("ma", Role::Supervisor), Verdict::Ok, "", t)
            .unwrap_err(),
    ));
    out.push(said(
        reviewed.perform(&li, CheckResult::Ok, &figures, "", t).unwrap_err(),
    ));
    // Messages and duties.
    let to = vec![Address {
        name: "王芳".into(),
        dept: "IT管理部".into(),
        addr: "13800000000".into(),
    }];
    out.push(said(
        message(MessageState::Sent, to.clone()).approve(&li, t).unwrap_err(),
    ));
    out.push(said(
        message(MessageState::Sending, to.clone()).retry(&li, t).unwrap_err(),
    ));
    out.push(said(message(MessageState::Queued, to).approve(&li, t).unwrap_err()));
    out.push(said(message(MessageState::Failed, vec![]).retry(&li, t).unwrap_err()));
    let duty = Duty {
        id: 100,
        kind: DutyKind::ReportSupervisor,
        record_kind: Kind::Incident,
        record_id: 12,
        episode: 0,
        whom: "supervisor: 张伟".into(),
        raised_at: t,
        due_at: t,
        done_at: Some(t),
        done_by: Some("li".into()),
        done_how: "电话告知张伟".into(),
        withdrawn: false,
        version: 2,
    };
    out.push(said(duty.complete("li", t, "电话告知", t).unwrap_err()));
    // What `ops` says (ops::conflict, ops::current_actor, ops::duties, ops::outbox).
    let last = Refusal::new(Code::RecordLastChanged)
        .text("who", "王芳 (wf)")
        .text("at", "2026-11-20 09:58:02")
        .word("action", "history", "schedule");
    for (parts, who) in [
        (
            vec![last],
            "; last changed by 王芳 (wf) at 2026-11-20 09:58:02 (schedule)",
        ),
        (vec![], ""),
    ] {
        out.push((
            Refusal::new(Code::RecordConflict)
                .word("kind", "kind", Kind::Change.as_str())
                .text("id", 9)
                .text("had", 3)
                .text("now", 4)
                .parts("who", parts)
                .text("show", Kind::Change.show_command(9)),
            format!("change 9 changed since version 3: it is now version 4{who}. Look again (opsdesk change show 9) and retry with --if-version 4"),
        ));
    }
    out.push((
        Refusal::new(Code::RoleNoLongerUser).text("login", "wf"),
        "permission denied: wf is no longer a user of this desk".into(),
    ));
    out.push((
        Refusal::new(Code::DutyChangeNotice).text("id", 100).text("change", 9),
        "duty 100 is a notice of change 9: record it with opsdesk change notify (C5-C7), result (C8) or summary (C9)"
            .into(),
    ));
    out.push((
        Refusal::new(Code::MessageDutyDone)
            .text("duty", 100)
            .text("how", "电话告知张伟")
            .text("id", 30),
        "duty 100 was already done (电话告知张伟): message 30 is not needed".into(),
    ));
    out.push((
        Refusal::new(Code::MessageNobodyBecause)
            .text("id", 30)
            .text("why", "no phone number for 王芳"),
        "message 30 has nobody to send to: no phone number for 王芳".into(),
    ));
    out.push((
        Refusal::new(Code::DutyByItsRecord)
            .text("id", 100)
            .text("how", "see request 21 (opsdesk request show 21)"),
        "duty 100 is closed by its record's step, not by hand: see request 21 (opsdesk request show 21)".into(),
    ));
    out.extend(request_cases());
    let support = crate::domain::support::SupportRules::from_config(&crate::config::Config::defaults());
    out.extend(
        crate::domain::support::samples::refusals(&support)
            .into_iter()
            .map(said),
    );
    out.extend(crate::domain::emergency::tests::refusal_cases().into_iter().map(said));
    out
}

/// Service requests (R1-R8) and accounts (R3): a refusal of every code they have.
fn request_cases() -> Vec<(Refusal, String)> {
    use crate::domain::account::Account;
    use crate::domain::request::{
        AccountAction, Approval, Delivery, FormChannel, NewRequest, Request, RequestKind, Rules,
    };
    let rules = Rules::from_config(&Config::defaults());
    let t = now();
    let li = who("li", Role::Operator);
    let open = |kind: RequestKind, approved: bool| -> Request {
        let mut n = NewRequest {
            kind: Some(kind),
            title: "新增流量包".into(),
            dept: "marketing".into(),
            requester: "孙丽".into(),
            channel: Some(FormChannel::Email),
            received_at: Some(sh("2026-11-20 09:00")),
            purpose: if kind == RequestKind::Extraction {
                "经营分析".into()
            } else {
                String::new()
            },
            use_scope: if kind == RequestKind::Extraction {
                "市场部".into()
            } else {
                String::new()
            },
            ..NewRequest::default()
        };
        if kind == RequestKind::Account {
            (n.action, n.system, n.account, n.person) = (
                Some(AccountAction::New),
                "billing".into(),
                "zs01".into(),
                "zhangsan".into(),
            );
            n.permission = "查询".into();
        }
        if approved {
            n.approvals = rules
                .policy
                .chain(kind)
                .iter()
                .map(|r| Approval {
                    role: r.clone(),
                    by: "许经理".into(),
                    at: sh("2026-11-20 08:00"),
                })
                .collect();
        }
        let mut r = Request::open(&n, &li, &rules, t).unwrap();
        r.id = 21;
        r
    };
    let accepted = |kind| open(kind, true).accept(&li, "li", t, &rules, t).unwrap();
    let mut out = Vec::new();
    let product = accepted(RequestKind::Product);
    // Out of turn: accept first, resume first, closed; another sub-kind's step.
    out.push(said(
        open(RequestKind::Product, true)
            .deliver(&li, &Delivery::default(), t, &rules, t)
            .unwrap_err(),
    ));
    let paused = product.pause(&li, "等待资费说明", t, &rules, t).unwrap();
    out.push(said(
        paused.deliver(&li, &Delivery::default(), t, &rules, t).unwrap_err(),
    ));
    out.push(said(paused.pause(&li, "again", t, &rules, t).unwrap_err()));
    out.push(said(product.resume(&li, t, &rules, t).unwrap_err()));
    let closed = product.deliver(&li, &Delivery::default(), t, &rules, t).unwrap();
    out.push(said(closed.pause(&li, "x", t, &rules, t).unwrap_err()));
    let closed = closed.close(&li, "", t, &rules, t).unwrap();
    let a = Approval {
        role: "dept_manager".into(),
        by: "许经理".into(),
        at: t,
    };
    out.push(said(closed.approve(&li, a, &rules, t).unwrap_err()));
    out.push(said(product.evaluate(&li, "x", false, t, &rules, t).unwrap_err()));
    out.push(said(
        product
            .pause(&who("wang", Role::Operator), "x", t, &rules, t)
            .unwrap_err(),
    ));
    out.push(said(product.accept(&li, "li", t, &rules, t).unwrap_err()));
    out.push(said(
        open(RequestKind::Product, false)
            .deliver(&li, &Delivery::default(), t, &rules, t)
            .unwrap_err(),
    ));
    // R3: the leader in charge; R4: the president, the delivery; R5: the urgent reply.
    let escalated = accepted(RequestKind::Account)
        .escalate(&li, "全量客户资料", t, &rules, t)
        .unwrap();
    out.push(said(escalated.resume(&li, t, &rules, t).unwrap_err()));
    out.push(said(escalated.escalate(&li, "again", t, &rules, t).unwrap_err()));
    let extraction = accepted(RequestKind::Extraction);
    let president = Approval {
        role: "president".into(),
        by: "总裁".into(),
        at: t,
    };
    out.push(said(extraction.approve(&li, president, &rules, t).unwrap_err()));
    out.push(said(
        extraction.deliver(&li, &Delivery::default(), t, &rules, t).unwrap_err(),
    ));
    let classified = Delivery {
        classification: Some(crate::domain::request::Classification::Secret),
        ..Delivery::default()
    };
    out.push(said(extraction.deliver(&li, &classified, t, &rules, t).unwrap_err()));
    let mut urgent = accepted(RequestKind::Processing);
    (urgent.urgent, urgent.supervisor) = (true, "何主任".into());
    out.push(said(
        urgent.deliver(&li, &Delivery::default(), t, &rules, t).unwrap_err(),
    ));
    let delivered = accepted(RequestKind::Account)
        .deliver(&li, &Delivery::default(), t, &rules, t)
        .unwrap();
    let account = Account::granted(&delivered, &li, t)
        .removed(&li, "request #21", t, t)
        .unwrap();
    out.push(said(account.removed(&li, "again", t, t).unwrap_err()));
    // Problems and knowledge (P1, K1, I10).
    out.extend(crate::domain::article::refusal_samples(t).into_iter().map(said));
    // Quality (Q5, Q6, Q7).
    out.extend(crate::domain::sample::refusal_samples(t).into_iter().map(said));
    out
}

#[test]
fn every_code_renders_in_both_languages_with_its_arguments() {
    let cases = cases();
    let mut seen = BTreeSet::new();
    cases.iter().for_each(|(r, _)| codes_in(r, &mut seen));
    let missing: Vec<&str> = Code::ALL
        .iter()
        .map(|c| c.key())
        .filter(|k| !seen.contains(k))
        .collect();
    assert!(missing.is_empty(), "no case says {missing:?}");
    let (en, zh) = (Strings::new(Lang::En), Strings::new(Lang::ZhCn));
    for (r, cli) in &cases {
        for s in [&en, &zh] {
            let mut texts = Vec::new();
            texts_in(s, r, &mut texts);
            let out = s
                .refusal(r)
                .unwrap_or_else(|| panic!("{:?} has no words for {r:?}", s.lang));
            assert!(
                !out.contains('{') && !out.contains('}'),
                "{:?} left a placeholder: {out}",
                s.lang
            );
            for t in &texts {
                assert!(out.contains(t.as_str()), "{:?} lost {t:?}: {out}", s.lang);
            }
        }
        let out = zh.refusal(r).unwrap();
        assert!(
            out.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "not Chinese: {out}"
        );
        assert_ne!(&out, cli, "the same as the CLI's English");
    }
}

#[test]
fn an_english_console_says_what_the_cli_prints() {
    // Each action's key shown as `<name>`, so that a hint says which key it names.
    let mut en = Strings::new(Lang::En);
    en.keys = Action::ALL
        .iter()
        .map(|a| (a.name().to_string(), format!("<{}>", a.name())))
        .collect();
    // With the words as the CLI says them (`test_confirmed`, where the console says `test-confirmed`).
    let english = |_: &str, english: &str| english.to_string();
    let mut hinted = BTreeSet::new();
    for (r, cli) in cases() {
        // The table holds the CLI's own words ...
        assert_eq!(en.fill(&r, &english, false).as_deref(), Some(cli.as_str()), "{r:?}");
        // ... and the console says them, except the hint: where the CLI names a command or an
        // option, the console names the key that takes the step (or says where it is taken).
        let console = en.fill(&r, &english, true).unwrap();
        if console == cli {
            continue;
        }
        let same = cli
            .char_indices()
            .zip(console.chars())
            .find(|((_, a), b)| a != b)
            .map_or(cli.len().min(console.len()), |((i, _), _)| i);
        let (cli_hint, console_hint) = (&cli[same..], &console[same..]);
        assert!(names_command(cli_hint), "{cli_hint:?} of {cli:?} names no command");
        let key = Action::ALL
            .iter()
            .any(|a| console_hint.contains(&format!("<{}>", a.name())));
        assert!(
            key || console_hint.contains(FROM_CLI[0]),
            "{console_hint:?} of {console:?} names no key"
        );
        codes_in(&r, &mut hinted);
    }
    for code in [
        "incident.accept_first",
        "request.resume_first",
        "change.c7_not_notified",
    ] {
        assert!(hinted.contains(code), "{code} names no key: {hinted:?}");
    }
}
