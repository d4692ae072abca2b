//! The status line by kind (issue 19 item 6): a refusal in red stays until it expires or a key is
//! pressed, whatever the background says; the sender's failures are warnings, apart from refusals.

use super::*;

fn pass(sent: usize, failed: usize) -> Reply {
    Reply::Outbox(Ok(crate::ops::outbox::PassReport {
        sent,
        failed,
        ..Default::default()
    }))
}

#[test]
fn a_refusal_holds_until_a_key_is_pressed_or_it_expires_and_the_senders_failures_are_warnings() {
    let mut a = app();
    a.update(Action::ViewChanges, t0());
    a.update(Action::Accept, t0());
    let refusal = a.status.clone().expect("a refusal");
    assert!(refusal.error && !refusal.warning);
    // The sender down: a warning, and it does not cover the refusal either.
    a.on_reply(Reply::Outbox(Err("smtp: connection refused".into())), t0());
    assert_eq!(a.status, Some(refusal.clone()));
    // A key read it: the background may speak now, a failure as a warning.
    a.on_key(key('j'), t0());
    a.on_reply(pass(1, 1), t0());
    let st = a.status.clone().unwrap();
    assert!(st.warning && !st.error, "{st:?}");
    assert!(st.text.contains('1'), "{st:?}");
    // Sent without failure: information.
    a.on_reply(pass(2, 0), t0());
    let st = a.status.clone().unwrap();
    assert!(!st.warning && !st.error, "{st:?}");
    // A refusal expired is no longer held.
    a.update(Action::Accept, t0());
    assert!(a.status.as_ref().is_some_and(|s| s.error));
    let later = t0() + Duration::seconds(STATUS_SECS + 1);
    a.on_reply(pass(3, 0), later);
    assert!(a.status.as_ref().is_some_and(|s| !s.error));
}

#[test]
fn a_step_sent_from_a_form_is_named_with_its_record_when_it_is_done() {
    let mut a = app();
    a.snap.changes[0].change.status = crate::domain::change::ChangeStatus::TestConfirmed;
    a.update(Action::ViewChanges, t0());
    a.update(Action::Schedule, t0());
    let effects = a.on_key(code(KeyCode::Enter), t0());
    assert!(matches!(requests(&effects)[0], Request::Mutate { req: 1, .. }));
    a.on_reply(
        Reply::Done {
            req: 1,
            record: Some(3),
        },
        t0(),
    );
    assert_eq!(a.status.as_ref().map(|s| s.text.as_str()), Some("chg#3 scheduled."));
}
