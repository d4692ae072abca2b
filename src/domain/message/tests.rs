//! The message rules, table by table.

use super::*;
use crate::domain::role::Role;
use chrono::TimeZone;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 2, 0, 0).unwrap()
}

fn policy() -> SendPolicy {
    SendPolicy {
        max_attempts: 3,
        backoff: Duration::seconds(30),
        max_backoff: Duration::minutes(30),
        lease: Duration::seconds(120),
    }
}

fn actor() -> Actor {
    Actor {
        login: "li".into(),
        name: "李雷".into(),
        role: Role::Operator,
    }
}

fn draft(medium: Medium) -> Draft {
    Draft {
        medium,
        to: vec![Address {
            name: "王芳".into(),
            dept: "IT管理部".into(),
            addr: "wangfang@example.com".into(),
        }],
        cc: vec![],
        subject: "故障报告".into(),
        body: "计费系统故障".into(),
        lang: "zh-CN".into(),
    }
}

fn queued() -> Message {
    let mut m = Message::new(7, draft(Medium::Email), MessageState::Queued, t0(), "li");
    m.id = 1;
    m
}

#[test]
fn n_review_policy_holds_notices_and_lets_reports_go() {
    let p = ReviewPolicy {
        automatic: vec![DutyKind::ReportSupervisor, DutyKind::ReportManager],
    };
    let cases = [
        (DutyKind::ReportSupervisor, MessageState::Queued),
        (DutyKind::ReportManager, MessageState::Queued),
        (DutyKind::Broadcast, MessageState::Draft),
        (DutyKind::C7Notice, MessageState::Draft),
    ];
    for (kind, want) in cases {
        assert_eq!(p.state_for(kind), want, "{kind:?}");
    }
}

#[test]
fn i8_broadcast_goes_by_sms_and_email_and_change_notices_by_email() {
    let cases = [
        (DutyKind::ReportLeader, &[Medium::Sms, Medium::Email][..]),
        (DutyKind::Broadcast, &[Medium::Sms, Medium::Email][..]),
        (DutyKind::C7Notice, &[Medium::Email][..]),
        (DutyKind::B5Report, &[Medium::Sms, Medium::Email][..]),
        (DutyKind::C9Confirmation, &[][..]),
        (DutyKind::ExplanationNotice, &[Medium::Email][..]),
    ];
    for (kind, want) in cases {
        assert_eq!(kind.media(), want, "{kind:?}");
    }
}

#[test]
fn n_nobody_to_send_to_fails_at_once_and_says_so() {
    let mut d = draft(Medium::Sms);
    d.to.clear();
    let m = Message::new(7, d, MessageState::Queued, t0(), "li");
    assert_eq!(m.state, MessageState::Failed);
    assert!(m.last_error.contains("phone number"), "{}", m.last_error);
    assert!(m.retry(&actor(), t0()).is_err());
}

#[test]
fn n_approve_only_a_draft_and_record_who() {
    let d = Message::new(7, draft(Medium::Email), MessageState::Draft, t0(), "li");
    let q = d.approve(&actor(), t0()).unwrap();
    assert_eq!((q.state, q.approved_by.as_deref()), (MessageState::Queued, Some("li")));
    assert!(q.approve(&actor(), t0()).is_err());
}

#[test]
fn n_a_claimed_message_cannot_be_claimed_again() {
    let m = queued();
    let c = m.claim("a", &policy(), t0()).unwrap();
    assert_eq!((c.state, c.attempts), (MessageState::Sending, 1));
    assert!(c.claim("b", &policy(), t0()).is_err());
    assert!(c.held_by("a") && !c.held_by("b"));
}

#[test]
fn n_failures_back_off_then_fail() {
    let p = policy();
    let fail = Outcome::Failed {
        channel: ChannelKind::Command,
        error: "gateway down".into(),
        permanent: false,
    };
    let mut m = queued();
    let mut waits = Vec::new();
    for _ in 0..3 {
        let now = m.next_attempt_at;
        m = m.claim("a", &p, now).unwrap().settle("a", &fail, &p, now);
        waits.push((m.state, (m.next_attempt_at - now).num_seconds()));
    }
    assert_eq!(
        waits,
        vec![
            (MessageState::Queued, 30),
            (MessageState::Queued, 60),
            (MessageState::Failed, 0)
        ]
    );
    assert_eq!(m.last_error, "gateway down");
}

#[test]
fn n_a_permanent_refusal_fails_at_once() {
    let p = policy();
    let m = queued().claim("a", &p, t0()).unwrap().settle(
        "a",
        &Outcome::Failed {
            channel: ChannelKind::Smtp,
            error: "550 no such user".into(),
            permanent: true,
        },
        &p,
        t0(),
    );
    assert_eq!(m.state, MessageState::Failed);
}

#[test]
fn n_an_expired_lease_means_may_have_been_sent() {
    let p = policy();
    let c = queued().claim("a", &p, t0()).unwrap();
    assert!(
        c.expire("b", t0() + Duration::seconds(119)).is_none(),
        "lease still held"
    );
    let u = c.expire("b", t0() + Duration::seconds(121)).unwrap();
    assert_eq!(u.state, MessageState::Uncertain);
    assert!(u.last_error.contains("may have been sent"));
    assert!(!u.claimable(t0() + Duration::hours(1)), "never sent again by itself");
    // The sender that held it may still report what happened.
    assert!(u.held_by("a"));
    let sent = u.settle(
        "a",
        &Outcome::Sent {
            channel: ChannelKind::Smtp,
            receipt: "250 OK".into(),
        },
        &p,
        t0() + Duration::seconds(122),
    );
    assert_eq!(sent.state, MessageState::Sent);
    // A person decides to send it again.
    let again = u.retry(&actor(), t0() + Duration::minutes(5)).unwrap();
    assert_eq!((again.state, again.attempts), (MessageState::Queued, 0));
}

#[test]
fn n_told_another_way_cancels_what_was_not_sent() {
    let m = queued();
    assert_eq!(m.cancel("li", t0()).unwrap().state, MessageState::Cancelled);
    let sending = m.claim("a", &policy(), t0()).unwrap();
    assert!(
        sending.cancel("li", t0()).is_none(),
        "a send under way is not cancelled"
    );
}

#[test]
fn n_edited_text_is_kept_and_not_re_rendered() {
    let d = Message::new(7, draft(Medium::Email), MessageState::Draft, t0(), "li");
    let mut newer = draft(Medium::Email);
    newer.body = "计费系统故障，已恢复".into();
    assert!(d.rerender(&newer, "li", t0()).is_some());
    let e = d.edit(&actor(), "故障说明", "原因：证书过期", t0()).unwrap();
    assert!(e.edited && e.rerender(&newer, "li", t0()).is_none());
    assert!(queued().edit(&actor(), "x", "y", t0()).is_err(), "queued text is final");
}

#[test]
fn i21_14_a_sender_at_work_renews_its_lease_and_only_its_own() {
    let p = policy();
    let c = queued().claim("a", &p, t0()).unwrap();
    let later = t0() + Duration::seconds(100);
    let r = c.renew("a", &p, later).unwrap();
    assert_eq!(r.lease_until, Some(later + p.lease));
    assert_eq!(
        (r.version, r.state, r.attempts),
        (c.version + 1, MessageState::Sending, 1)
    );
    // Past the first term, the renewed lease still holds: nobody takes it for lost.
    assert!(r.expire("b", t0() + Duration::seconds(121)).is_none());
    assert!(r.expire("b", later + p.lease + Duration::seconds(1)).is_some());
    let cases = [
        (c.renew("b", &p, later), "another sender"),
        (queued().renew("a", &p, later), "not being sent"),
        (
            c.expire("b", t0() + Duration::seconds(121))
                .unwrap()
                .renew("a", &p, later),
            "already taken for lost",
        ),
    ];
    for (renewed, why) in cases {
        assert!(renewed.is_none(), "{why}");
    }
}

#[test]
fn i21_11_an_edited_subject_is_one_line() {
    let d = Message::new(7, draft(Medium::Email), MessageState::Draft, t0(), "li");
    let e = d
        .edit(&actor(), "故障说明\r\nBcc: x@evil.com", "正文", t0())
        .unwrap_err();
    assert!(e.to_string().contains("control character"), "{e}");
    assert!(
        d.edit(&actor(), "故障说明", "第一行\n第二行", t0()).is_ok(),
        "a body has lines"
    );
}

#[test]
fn i8_a_duty_is_told_once_every_message_with_someone_to_reach_went() {
    let sent = |medium| {
        let mut m = Message::new(7, draft(medium), MessageState::Sent, t0(), "li");
        m.state = MessageState::Sent;
        m
    };
    let nobody = || {
        let mut d = draft(Medium::Email);
        d.to.clear();
        Message::new(7, d, MessageState::Queued, t0(), "li")
    };
    let failed = || {
        let mut m = Message::new(7, draft(Medium::Email), MessageState::Queued, t0(), "li");
        m.state = MessageState::Failed;
        m
    };
    let cases: Vec<(&str, Vec<Message>, bool)> = vec![
        (
            "the SMS went, nobody has an e-mail address",
            vec![sent(Medium::Sms), nobody()],
            true,
        ),
        ("both went", vec![sent(Medium::Sms), sent(Medium::Email)], true),
        (
            "the e-mail failed to reach someone",
            vec![sent(Medium::Sms), failed()],
            false,
        ),
        ("nobody to reach at all", vec![nobody()], false),
        ("nothing written yet", vec![], false),
    ];
    for (name, messages, told) in cases {
        assert_eq!(duty_told(&messages), told, "{name}");
    }
}

#[test]
fn n_can_says_before_a_confirmation_which_steps_the_messages_state_allows() {
    use MessageState::*;
    // (state, step, allowed)
    let cases = [
        (Draft, Step::Approve, true),
        (Queued, Step::Approve, false),
        (Sent, Step::Approve, false),
        (Draft, Step::Edit, true),
        (Failed, Step::Edit, true),
        (Sent, Step::Edit, false),
        (Failed, Step::Resend, true),
        (Uncertain, Step::Resend, true),
        (Draft, Step::Resend, false),
        (Sending, Step::Resend, false),
    ];
    for (state, step, allowed) in cases {
        let mut m = queued();
        m.state = state;
        assert_eq!(m.can(step).is_ok(), allowed, "{state:?} {step:?}");
    }
    let mut m = queued();
    m.state = Sent;
    assert_eq!(
        m.can(Step::Approve).unwrap_err().message(),
        m.approve(&actor(), t0()).unwrap_err().message()
    );
}
