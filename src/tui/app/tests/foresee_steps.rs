//! Refusals a user can foresee, for the steps that were refused only after Enter (issue 19 item
//! 6): a request's accept, escalate, pause, resume and close (R3, R7, U4) and a change's notice
//! (C5-C7, C10). The key says the refusal at once, without a form; the footer does not offer it;
//! the core refuses it again after Enter (another console may have moved the record on).

use super::requests::request_view;
use super::*;
use crate::domain::change::ChangeStatus;
use crate::domain::request::{RequestKind, Rules};

fn rules() -> Rules {
    Rules::from_config(&Config::defaults())
}

/// Refused on the key: no form, a red line naming the record; what it says.
fn refused_on_the_key(a: &mut App, action: Action) -> String {
    assert!(a.update(action, t0()).is_empty(), "{action:?} sent something");
    assert!(a.popup.is_none(), "{action:?} opened {:?}", a.popup);
    assert!(!a.offers(action), "the footer offers {action:?}");
    let st = a.status.as_ref().expect("a status line");
    assert!(st.error, "a refusal is red: {st:?}");
    st.text.clone()
}

/// The Requests view with its first request (21, a product request, its clock running).
fn on_requests(role: Role) -> App {
    let mut a = app_as(role, false);
    a.update(Action::ViewRequests, t0());
    a
}

/// The first request as `f` makes it.
fn first(a: &mut App, f: impl FnOnce(&crate::domain::request::Request) -> crate::domain::request::Request) {
    let r = &mut a.snap.requests[0];
    r.request = f(&r.request);
}

#[test]
fn r7_a_paused_request_refuses_pause_on_the_key() {
    let mut a = on_requests(Role::Operator);
    assert!(a.offers(Action::Pause));
    assert!(!a.offers(Action::Resume), "nothing to resume");
    let me = a.setup.me.clone();
    let at = t0() - Duration::minutes(30);
    first(&mut a, |r| r.pause(&me, "等待补充附件", at, &rules(), t0()).unwrap());
    let why = refused_on_the_key(&mut a, Action::Pause);
    assert!(why.starts_with("req#21: request 21 is paused already since"), "{why}");
    assert!(why.contains("等待补充附件"), "{why}");
    // Resumed from here: its form opens.
    assert!(a.offers(Action::Resume));
    a.update(Action::Resume, t0());
    assert!(matches!(a.popup, Some(Popup::Form(_))));
    // The core refuses it after Enter too.
    let r = &a.snap.requests[0].request;
    assert!(r.pause(&me, "again", t0(), &rules(), t0()).is_err());
}

#[test]
fn r7_a_running_clock_refuses_resume_on_the_key_and_r3_names_the_approve_key() {
    let mut a = on_requests(Role::Operator);
    let why = refused_on_the_key(&mut a, Action::Resume);
    assert_eq!(why, "req#21: request 21 is not paused");
    // R3: an escalated account request waits for the leader, not for a resume: the refusal names
    // the console's key for the approval, never the CLI's command.
    let mut a = on_requests(Role::Operator);
    a.snap.requests[0] = request_view(21, RequestKind::Account);
    let me = a.setup.me.clone();
    first(&mut a, |r| {
        r.escalate(&me, "涉及全量客户资料", t0(), &rules(), t0()).unwrap()
    });
    let why = refused_on_the_key(&mut a, Action::Resume);
    assert!(why.ends_with("record it with O (role: leader)"), "{why}");
    assert!(!why.contains("opsdesk"), "{why}");
    a.s = Strings::new(Lang::ZhCn);
    let why = refused_on_the_key(&mut a, Action::Resume);
    assert!(why.contains("（按 O，角色填 leader）"), "{why}");
}

#[test]
fn r3_an_escalated_request_refuses_escalate_on_the_key() {
    let mut a = on_requests(Role::Operator);
    a.snap.requests[0] = request_view(21, RequestKind::Account);
    assert!(a.offers(Action::Escalate));
    let me = a.setup.me.clone();
    first(&mut a, |r| {
        r.escalate(&me, "涉及全量客户资料", t0(), &rules(), t0()).unwrap()
    });
    let why = refused_on_the_key(&mut a, Action::Escalate);
    assert_eq!(why, "req#21: request 21 already waits for the leader in charge (R3)");
}

#[test]
fn u4_an_operator_is_refused_accept_of_an_owned_request_and_close_of_an_unfinished_one_on_the_key() {
    // Owned by wang: only a supervisor takes it over.
    let mut a = on_requests(Role::Operator);
    a.snap.requests[0].request.owner = Some("wang".into());
    let why = refused_on_the_key(&mut a, Action::Accept);
    assert!(why.starts_with("req#21: permission denied"), "{why}");
    // Closing an unfinished request (withdrawn, refused) is a supervisor's.
    let mut a = on_requests(Role::Operator);
    let why = refused_on_the_key(&mut a, Action::Close);
    assert!(why.starts_with("req#21: permission denied"), "{why}");
    let mut a = on_requests(Role::Supervisor);
    a.snap.requests[0].request.owner = Some("wang".into());
    for action in [Action::Accept, Action::Close] {
        assert!(a.offers(action), "{action:?}");
        a.update(action, t0());
        assert!(matches!(a.popup, Some(Popup::Form(_))), "{action:?}: {:?}", a.status);
        a.on_key(code(KeyCode::Esc), t0());
    }
    // A closed request: not closed again, whoever asks.
    let mut a = on_requests(Role::Supervisor);
    let me = a.setup.me.clone();
    first(&mut a, |r| r.close(&me, "withdrawn", t0(), &rules(), t0()).unwrap());
    let why = refused_on_the_key(&mut a, Action::Close);
    assert!(
        why.starts_with("req#21: cannot close request 21: it is closed"),
        "{why}"
    );
}

#[test]
fn c10_a_planned_change_refuses_its_notice_on_the_key() {
    let mut a = app();
    a.update(Action::ViewChanges, t0());
    change_in(&mut a, ChangeStatus::Planned, false);
    let why = refused_on_the_key(&mut a, Action::Notify);
    assert!(
        why.starts_with("chg#3: cannot record the change notice of change 3: it is planned"),
        "{why}"
    );
    // The core says the same after Enter.
    let c = &a.snap.changes[0].change;
    let e = c.can(crate::domain::change::Step::Notify).unwrap_err();
    assert_eq!(e.refusal().unwrap().code, crate::error::Code::ChangeWrongState);
    // Scheduled: its notices run.
    change_in(&mut a, ChangeStatus::Scheduled, false);
    assert!(a.offers(Action::Notify));
}
