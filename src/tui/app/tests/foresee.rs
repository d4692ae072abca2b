//! Refusals a user can foresee (issue 19 item 6): said on the key, before any form, in the
//! core's words naming the record; the footer offers only the keys that work here; a saved step
//! names the step and the record.

use super::*;
use crate::domain::billing::RunState;

fn refused(a: &App) -> String {
    let st = a.status.as_ref().expect("a status line");
    assert!(st.error, "a refusal is red: {st:?}");
    st.text.clone()
}

#[test]
fn a_step_the_state_cannot_take_is_refused_on_the_key_without_a_form() {
    // Incident 1 is reported, nobody's yet: it is restored once accepted.
    let mut a = app();
    assert!(a.update(Action::Restore, t0()).is_empty());
    assert!(a.popup.is_none(), "no form opened");
    let why = refused(&a);
    assert!(
        why.starts_with("inc#1: cannot restore incident 1: it is reported"),
        "{why}"
    );
    // Once accepted, the form opens.
    incident_in(&mut a, Status::Accepted);
    a.update(Action::Restore, t0());
    assert!(matches!(a.popup, Some(Popup::Form(_))));
}

#[test]
fn a_supervisor_only_key_is_refused_to_an_operator_on_the_key() {
    // B7: an operator's confirm of a submitted run, refused before the confirmation.
    let mut a = app();
    run_in(&mut a, RunState::AwaitingSupervisor);
    a.update(Action::ViewBilling, t0());
    assert!(a.update(Action::ConfirmRun, t0()).is_empty());
    assert!(a.popup.is_none());
    let why = refused(&a);
    assert!(why.starts_with("run#5: permission denied: B7"), "{why}");
    // I14: declaring a major incident, before the plan's form.
    let mut a = app();
    a.snap.in_force = vec![(1, "计费应急预案".into(), vec!["billing".into()])];
    assert!(a.update(Action::DeclareMajor, t0()).is_empty());
    assert!(a.popup.is_none());
    let why = refused(&a);
    assert!(why.starts_with("inc#1: permission denied"), "{why}");
    assert!(why.contains("supervisor"), "{why}");
    // A supervisor gets the form.
    let mut a = app_as(Role::Supervisor, false);
    a.snap.in_force = vec![(1, "计费应急预案".into(), vec!["billing".into()])];
    a.update(Action::DeclareMajor, t0());
    assert!(matches!(a.popup, Some(Popup::Form(_))), "{:?}", a.status);
}

#[test]
fn taking_over_anothers_incident_is_refused_to_an_operator_before_the_confirmation() {
    let mut a = app();
    a.update(Action::Down, t0()); // incident 2, wang's
    assert!(a.update(Action::Accept, t0()).is_empty());
    assert!(a.popup.is_none());
    assert!(refused(&a).starts_with("inc#2: permission denied"), "{}", refused(&a));
}

#[test]
fn the_refusal_is_said_in_chinese_on_a_chinese_console() {
    let mut a = app();
    a.s = Strings::new(Lang::ZhCn);
    a.update(Action::Restore, t0());
    let why = refused(&a);
    assert!(why.starts_with("inc#1："), "{why}");
    assert!(!why.contains("cannot"), "{why}");
}

#[test]
fn the_footer_offers_only_the_keys_that_work_for_this_record_role_and_console() {
    // A reported incident: accept, not restore, verify or close.
    let a = app();
    assert!(a.offers(Action::Accept));
    assert!(a.offers(Action::New));
    assert!(!a.offers(Action::Restore));
    assert!(!a.offers(Action::Verify));
    assert!(a.offers(Action::Down), "moving is always offered");
    // Accepted by the user: restore, not accept again.
    let mut a = app();
    incident_in(&mut a, Status::Accepted);
    assert!(!a.offers(Action::Accept));
    assert!(a.offers(Action::Restore));
    // Another's incident: an operator may not take it, a supervisor may.
    let mut a = app();
    a.update(Action::Down, t0());
    assert!(!a.offers(Action::Accept));
    assert!(!a.offers(Action::Restore));
    let mut a = app_as(Role::Supervisor, false);
    a.update(Action::Down, t0());
    assert!(a.offers(Action::Accept));
    assert!(a.offers(Action::Restore));
    // A run awaiting its supervisor: confirm for the supervisor only.
    for (role, confirm) in [(Role::Operator, false), (Role::Supervisor, true)] {
        let mut a = app_as(role, false);
        run_in(&mut a, RunState::AwaitingSupervisor);
        a.update(Action::ViewBilling, t0());
        assert_eq!(a.offers(Action::ConfirmRun), confirm, "{role}");
        assert!(!a.offers(Action::Submit), "{role}");
    }
    // Read-only: nothing that changes anything, in any view.
    let mut a = app_as(Role::Admin, true);
    for view in ViewKind::ALL {
        a.update(view_action(view), t0());
        for action in Action::ALL.iter().filter(|x| x.mutates()) {
            assert!(!a.offers(*action), "{view:?} {action:?}");
        }
        assert!(a.offers(Action::Help));
    }
}

fn view_action(v: ViewKind) -> Action {
    match v {
        ViewKind::Incidents => Action::ViewIncidents,
        ViewKind::Escalations => Action::ViewEscalations,
        ViewKind::Changes => Action::ViewChanges,
        ViewKind::Billing => Action::ViewBilling,
        ViewKind::Outbox => Action::ViewOutbox,
        ViewKind::Requests => Action::ViewRequests,
        ViewKind::Support => Action::ViewSupport,
        ViewKind::Plans => Action::ViewPlans,
        ViewKind::Problems => Action::ViewProblems,
        ViewKind::Knowledge => Action::ViewKnowledge,
        ViewKind::Reports => Action::ViewReports,
        ViewKind::Quality => Action::ViewQuality,
    }
}

fn done(a: &mut App, cmd: Command) -> String {
    let effects = a.send(cmd);
    let Some(Request::Mutate { req, .. }) = requests(&effects).first().copied() else {
        panic!("{effects:?}")
    };
    a.on_reply(
        Reply::Done {
            req: *req,
            record: None,
        },
        t0(),
    );
    let st = a.status.clone().unwrap();
    assert!(!st.error && !st.warning, "{st:?}");
    st.text
}

#[test]
fn a_saved_step_names_the_step_and_the_record_in_both_languages() {
    use crate::ops::{billing, changes, incidents};
    let mut a = app();
    let inc = |cmd| Command::Incident {
        id: 52,
        version: 1,
        cmd,
    };
    assert_eq!(
        done(&mut a, inc(incidents::Cmd::Accept { to: None, at: None })),
        "inc#52 accepted: it is yours."
    );
    // I8: the recovery notice is due 5 minutes after the restoration, in the desk's zone.
    let restore = incidents::Cmd::Restore {
        at: t0(),
        outage: None,
        affected: vec![],
        note: String::new(),
    };
    assert_eq!(
        done(&mut a, inc(restore.clone())),
        "inc#52 restored: recovery notice due 10:05."
    );
    let notice = Command::Change {
        id: 3,
        version: 1,
        cmd: changes::Cmd::Notify {
            notice: changes::Notice::C7,
            channel: "email".into(),
            at: t0(),
        },
    };
    assert_eq!(done(&mut a, notice.clone()), "C7 notice recorded for chg#3.");
    let close = Command::Change {
        id: 3,
        version: 1,
        cmd: changes::Cmd::Close { at: t0() },
    };
    assert_eq!(done(&mut a, close), "chg#3 closed.");
    let confirm = Command::Run {
        id: 5,
        version: 1,
        cmd: billing::Cmd::Confirm,
    };
    assert_eq!(
        done(&mut a, confirm),
        "run#5 confirmed: its results are published (B7)."
    );
    a.s = Strings::new(Lang::ZhCn);
    assert_eq!(done(&mut a, inc(restore)), "inc#52 已恢复：恢复通知须在 10:05 前发出。");
    assert_eq!(done(&mut a, notice), "已为 chg#3 记录 C7 通知。");
}

#[test]
fn an_outbox_step_the_messages_state_cannot_take_is_refused_on_the_key() {
    let mut a = app();
    a.update(Action::ViewOutbox, t0());
    // The draft: approve it (asked first), not resend it.
    assert!(a.offers(Action::ConfirmRun));
    assert!(!a.offers(Action::Retry));
    // The message sent already: neither, and the key says why.
    a.update(Action::Down, t0());
    a.update(Action::Down, t0());
    assert!(!a.offers(Action::ConfirmRun));
    assert!(!a.offers(Action::EditMessage));
    assert!(a.update(Action::ConfirmRun, t0()).is_empty());
    assert!(a.popup.is_none());
    let why = refused(&a);
    assert!(
        why.starts_with("msg#10: cannot approve message 10: it is sent already"),
        "{why}"
    );
}
