use chrono::{DateTime, Duration, TimeZone, Utc};

use super::*;
use crate::config::Config;
use crate::domain::role::Role;

fn rules() -> SupportRules {
    SupportRules::from_config(&Config::defaults())
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

/// A form received at `received` (a working day in 2026-11), approved by the default chain then.
fn new(received: &str) -> NewForm {
    NewForm {
        project_name: "智慧园区综合信息化".into(),
        client: "高新区管委会".into(),
        owner_party: "高新区园区公司".into(),
        types: vec![ProjectType::Full],
        support: "出具完整方案".into(),
        material: "招标文件".into(),
        initiator: "孙丽".into(),
        dept: "enterprise".into(),
        contact: "sunli@example.com".into(),
        channel: Some(FormChannel::Oa),
        form_no: "OA-2026-1101".into(),
        approvals: ["leader", "marketing"]
            .iter()
            .map(|r| Approval {
                role: r.to_string(),
                by: "刘总".into(),
                at: sh(received) - Duration::hours(1),
            })
            .collect(),
        received_at: Some(sh(received)),
        ..NewForm::default()
    }
}

fn form(id: i64, received: &str) -> SupportForm {
    let mut f = SupportForm::open(&new(received), &op(), &rules(), sh(received)).unwrap();
    f.id = id;
    f
}

fn queued(id: i64, received: &str) -> SupportForm {
    let f = form(id, received);
    f.accept(&op(), "", sh(received), sh(received)).unwrap()
}

#[test]
fn r9_a_form_needs_material_or_needs() {
    let t = sh("2026-11-10 10:00");
    // (material, needs, accepted)
    let cases = [
        ("", "", false),
        ("招标文件", "", true),
        ("", "需要胶片方案", true),
        ("a", "b", true),
        ("  ", "\n", false),
    ];
    for (material, needs, ok) in cases {
        let n = NewForm {
            material: material.into(),
            needs: needs.into(),
            ..new("2026-11-10 10:00")
        };
        let r = SupportForm::open(&n, &op(), &rules(), t);
        assert_eq!(r.is_ok(), ok, "{material:?} {needs:?}: {r:?}");
        if let Err(e) = r {
            assert_eq!(e.exit_code(), 2);
            assert!(e.to_string().contains("material provided or the client's needs"), "{e}");
            assert_eq!(e.refusal().map(|r| r.code), Some(crate::error::Code::SupportNoMaterial));
        }
    }
}

#[test]
fn r9_a_form_comes_approved_with_a_type_and_its_project_number_may_wait() {
    let t = sh("2026-11-10 10:00");
    let mut n = new("2026-11-10 10:00");
    n.approvals.retain(|a| a.role != "marketing");
    let e = SupportForm::open(&n, &op(), &rules(), t).unwrap_err().to_string();
    assert!(e.contains("missing marketing"), "{e}");
    let n = NewForm {
        types: vec![],
        ..new("2026-11-10 10:00")
    };
    assert!(SupportForm::open(&n, &op(), &rules(), t).is_err());
    let f = form(1, "2026-11-10 10:00");
    assert_eq!(f.project_no, "", "an intended project has no number yet");
    let g = f.number(&op(), "XM-2026-031", t).unwrap();
    assert_eq!((g.project_no.as_str(), g.version), ("XM-2026-031", 2));
    assert_eq!(ProjectType::read("公版").unwrap(), ProjectType::Standard);
}

#[test]
fn r7_the_reply_clock_is_one_working_hour_from_the_approved_form() {
    // (received, reply due): inside working hours, near their end, at night, on a weekend and on
    // a holiday's eve.
    let cases = [
        ("2026-11-10 10:00", "2026-11-10 11:00"),
        ("2026-11-10 17:30", "2026-11-11 09:30"),
        ("2026-11-10 20:00", "2026-11-11 10:00"),
        ("2026-11-14 11:00", "2026-11-16 10:00"),
        ("2026-09-30 18:30", "2026-10-08 10:00"),
    ];
    for (received, due) in cases {
        assert_eq!(form(1, received).reply_due, sh(due), "{received}");
    }
    // Approved after it arrived: the clock starts at the last approval.
    let mut n = new("2026-11-10 10:00");
    n.approvals[0].at = sh("2026-11-10 10:30");
    let f = SupportForm::open(&n, &op(), &rules(), sh("2026-11-10 10:40")).unwrap();
    assert_eq!(f.reply_due, sh("2026-11-10 11:30"));
}

#[test]
fn r7_a_reply_before_the_due_time_meets_it_and_none_after_misses_it() {
    let r = rules();
    let f = form(1, "2026-11-10 10:00");
    match f.reply_clock(&r, sh("2026-11-10 10:15")) {
        ReplyClock::Running { due, left } => {
            assert_eq!((due, left), (sh("2026-11-10 11:00"), Duration::minutes(45)));
        }
        other => panic!("{other:?}"),
    }
    let replied = f
        .reply(
            &op(),
            ReplyChannel::Email,
            "已收到，今日内制定工作计划",
            sh("2026-11-10 10:40"),
            sh("2026-11-10 10:41"),
        )
        .unwrap();
    assert_eq!(replied.reply_clock(&r, sh("2026-11-10 12:00")).word(), "met");
    assert_eq!(f.reply_clock(&r, sh("2026-11-10 11:01")).word(), "missed");
    let late = f
        .reply(
            &op(),
            ReplyChannel::Im,
            "收到",
            sh("2026-11-10 11:20"),
            sh("2026-11-10 11:20"),
        )
        .unwrap();
    assert_eq!(late.reply_clock(&r, sh("2026-11-10 12:00")).word(), "late");
    // Once; with text; not before the form came.
    let e = replied.reply(
        &op(),
        ReplyChannel::Email,
        "again",
        sh("2026-11-10 10:50"),
        sh("2026-11-10 10:50"),
    );
    assert_eq!(
        e.unwrap_err().refusal().map(|r| r.code),
        Some(crate::error::Code::SupportReplied)
    );
    assert!(
        f.reply(
            &op(),
            ReplyChannel::Email,
            " ",
            sh("2026-11-10 10:50"),
            sh("2026-11-10 10:50")
        )
        .is_err()
    );
    assert!(
        f.reply(
            &op(),
            ReplyChannel::Email,
            "x",
            sh("2026-11-10 09:50"),
            sh("2026-11-10 10:50")
        )
        .is_err()
    );
    assert!(ReplyChannel::parse("phone").is_err(), "a phone call leaves no trace");
}

#[test]
fn r9_the_ledger_is_first_come_first_served() {
    let (a, b, c) = (
        queued(1, "2026-11-10 10:00"),
        queued(2, "2026-11-10 11:00"),
        queued(3, "2026-11-09 15:00"),
    );
    let received = form(4, "2026-11-08 09:00");
    let order: Vec<(usize, i64)> = ledger(vec![a, b, c, received])
        .into_iter()
        .map(|e| (e.position, e.form.id))
        .collect();
    assert_eq!(
        order,
        vec![(1, 3), (2, 1), (3, 2)],
        "by arrival; a form not accepted is not queued"
    );
}

#[test]
fn r9_an_urgent_form_needs_its_reason_and_the_general_managers_approval() {
    let q = vec![queued(1, "2026-11-10 10:00"), queued(2, "2026-11-10 11:00")];
    let t = sh("2026-11-11 09:00");
    let ok = NewUrgent {
        reason: "甲方提前至周五评审".into(),
        approved_by: "王总经理".into(),
        approved_at: Some(sh("2026-11-11 08:30")),
        form_no: "JJ-2026-007".into(),
        at: Some(t),
    };
    // (reason, approver, approved_at, refused)
    let cases = [
        ("", "王总经理", true, true),
        ("甲方提前", "", true, true),
        ("甲方提前", "王总经理", false, true),
        ("", "", false, true),
        ("甲方提前", "王总经理", true, false),
    ];
    for (reason, by, at, refused) in cases {
        let u = NewUrgent {
            reason: reason.into(),
            approved_by: by.into(),
            approved_at: at.then_some(sh("2026-11-11 08:30")),
            ..ok.clone()
        };
        let r = q[1].urgent(&op(), &u, &q, t);
        assert_eq!(r.is_err(), refused, "{reason:?} {by:?} {at}");
        if let Err(e) = r {
            assert_eq!(
                e.refusal().map(|r| r.code),
                Some(crate::error::Code::SupportUrgentIncomplete)
            );
            assert!(e.to_string().contains("refused"), "{e}");
        }
    }
    let u = q[1].urgent(&op(), &ok, &q, t).unwrap();
    assert_eq!((u.urgent_by.as_str(), u.urgent_at), ("王总经理", Some(t)));
    assert!(u.urgent(&op(), &ok, &q, t).is_err(), "urgent once");
    // Approved after it arrived is not how an urgent form comes.
    let late = NewUrgent {
        approved_at: Some(sh("2026-11-11 09:30")),
        ..ok.clone()
    };
    assert!(q[1].urgent(&op(), &late, &q, sh("2026-11-11 10:00")).is_err());
}

#[test]
fn r9_an_urgent_form_moves_the_project_ahead_and_says_whom_it_overtook() {
    let mut q = vec![
        queued(1, "2026-11-09 10:00"),
        queued(2, "2026-11-10 10:00"),
        queued(3, "2026-11-10 14:00"),
        queued(4, "2026-11-10 15:00"),
    ];
    let u = |at: &str| NewUrgent {
        reason: "投标截止提前".into(),
        approved_by: "王总经理".into(),
        approved_at: Some(sh(at)),
        form_no: String::new(),
        at: Some(sh(at)),
    };
    q[2] = q[2]
        .urgent(&op(), &u("2026-11-11 09:00"), &q, sh("2026-11-11 09:00"))
        .unwrap();
    let over: Vec<i64> = q[2].overtook.iter().map(|o| o.id).collect();
    assert_eq!(over, vec![1, 2]);
    // A second urgent one goes after the first urgent one, ahead of the rest.
    q[3] = q[3]
        .urgent(&op(), &u("2026-11-11 10:00"), &q, sh("2026-11-11 10:00"))
        .unwrap();
    let over: Vec<i64> = q[3].overtook.iter().map(|o| o.id).collect();
    assert_eq!(over, vec![1, 2], "the earlier urgent one stays ahead");
    let order: Vec<i64> = ledger(q).into_iter().map(|e| e.form.id).collect();
    assert_eq!(order, vec![3, 4, 1, 2]);
    // Not before it is in the ledger.
    let r = form(9, "2026-11-10 10:00").urgent(&op(), &u("2026-11-11 09:00"), &[], sh("2026-11-11 09:00"));
    assert_eq!(
        r.unwrap_err().refusal().map(|r| r.code),
        Some(crate::error::Code::SupportWrongState)
    );
}

#[test]
fn r9_a_returned_proposal_is_revised_by_its_first_author_round_after_round() {
    let (li, han, boss) = (
        op(),
        who("hanmeimei", Role::Operator),
        who("zhangwei", Role::Supervisor),
    );
    let t = sh("2026-11-12 10:00");
    let f = queued(1, "2026-11-10 10:00");
    let f = f.send_for_review(&li, "初稿", t, t).unwrap();
    assert_eq!(
        (f.author.as_deref(), f.status, f.rounds.len()),
        (Some("lilei"), SupportStatus::InReview, 1)
    );
    // Returned needs comments.
    assert!(f.review(&li, ReviewVerdict::Returned, "刘总", "", t, t).is_err());
    let f = f
        .review(&li, ReviewVerdict::Returned, "刘总", "补充投资估算", t, t)
        .unwrap();
    assert_eq!(f.status, SupportStatus::Returned);
    // (who revises, refused with exit 5)
    for (actor, refused) in [(&han, true), (&boss, true), (&li, false)] {
        let r = f.send_for_review(actor, "二稿", t, t);
        assert_eq!(r.is_err(), refused, "{}", actor.login);
        if let Err(e) = r {
            assert_eq!(e.exit_code(), 5);
            assert_eq!(e.refusal().map(|r| r.code), Some(crate::error::Code::SupportNotAuthor));
        }
    }
    let f = f.send_for_review(&li, "二稿", t, t).unwrap();
    let f = f
        .review(&li, ReviewVerdict::Returned, "刘总", "方案架构调整", t, t)
        .unwrap();
    // An operator may not give it to another author; a supervisor may, with the reason.
    assert_eq!(f.reassign(&han, "hanmeimei", "李雷休假", t).unwrap_err().exit_code(), 5);
    let g = f.reassign(&boss, "hanmeimei", "李雷休假", t).unwrap();
    assert_eq!(g.author.as_deref(), Some("hanmeimei"));
    assert_eq!(g.reassignments[0].from, "lilei");
    assert!(
        g.send_for_review(&li, "三稿", t, t).is_err(),
        "the old author no longer"
    );
    let g = g.send_for_review(&han, "三稿", t, t).unwrap();
    let g = g.review(&han, ReviewVerdict::Passed, "刘总", "", t, t).unwrap();
    assert_eq!(g.status, SupportStatus::Passed);
    let rounds: Vec<(i64, &str, Option<ReviewVerdict>)> =
        g.rounds.iter().map(|r| (r.no, r.author.as_str(), r.verdict)).collect();
    assert_eq!(
        rounds,
        vec![
            (1, "lilei", Some(ReviewVerdict::Returned)),
            (2, "lilei", Some(ReviewVerdict::Returned)),
            (3, "hanmeimei", Some(ReviewVerdict::Passed)),
        ],
        "every round is kept"
    );
    assert!(!g.status.in_ledger(), "a passed project leaves the queue");
}

#[test]
fn r9_closing_an_unfinished_form_takes_a_supervisor_and_a_reason() {
    let t = sh("2026-11-12 10:00");
    let f = queued(1, "2026-11-10 10:00");
    assert_eq!(f.close(&op(), "项目取消", t, t).unwrap_err().exit_code(), 5);
    let boss = who("zhangwei", Role::Supervisor);
    assert!(f.close(&boss, "", t, t).is_err());
    let c = f.close(&boss, "项目取消", t, t).unwrap();
    assert_eq!(c.status, SupportStatus::Closed);
    assert_eq!(
        c.reply_clock(&rules(), t).word(),
        "missed",
        "closed after its due time, unanswered"
    );
    let e = c.accept(&op(), "", t, t).unwrap_err();
    assert_eq!(e.refusal().map(|r| r.code), Some(crate::error::Code::SupportWrongState));
}
