//! An incident's steps: read-only refusals, the forms of each step, what they check and send, and
//! what comes back (a refusal, a lost race).

use super::*;

#[test]
fn every_mutating_action_is_refused_read_only() {
    let mut a = app_as(Role::Supervisor, true);
    for action in Action::ALL.iter().filter(|a| a.mutates()) {
        let effects = a.update(*action, t0());
        assert!(effects.is_empty(), "{action:?}");
        assert!(a.popup.is_none(), "{action:?}");
        assert!(a.status.as_ref().is_some_and(|s| s.error), "{action:?}");
    }
}

#[test]
fn forms_open_for_each_incident_step() {
    let cases = [
        (Action::Contact, Status::Accepted, "Contact the site: incident 1"),
        (Action::Note, Status::Reported, "Note on incident 1"),
        (Action::Restore, Status::Diagnosing, "Service restored: incident 1"),
        (Action::Resolve, Status::Restored, "Cause removed: incident 1"),
        (
            Action::Verify,
            Status::Resolved,
            "Verified with the reporter: incident 1",
        ),
        (Action::Reopen, Status::Closed, "Reopen incident 1"),
        (Action::New, Status::Reported, "New incident"),
    ];
    for (action, status, title) in cases {
        let mut a = app();
        incident_in(&mut a, status);
        a.update(action, t0());
        match &a.popup {
            Some(Popup::Form(f)) => assert_eq!(f.title, title, "{action:?}"),
            other => panic!("{action:?}: {other:?}"),
        }
        // Esc leaves without change.
        assert!(a.on_key(code(KeyCode::Esc), t0()).is_empty());
        assert!(a.popup.is_none());
    }
}

#[test]
fn accepting_an_unowned_incident_sends_at_once_with_the_seen_version() {
    let mut a = app();
    let effects = a.update(Action::Accept, t0());
    assert_eq!(
        requests(&effects),
        vec![&Request::Mutate {
            req: 1,
            cmd: Command::Incident {
                id: 1,
                version: 1,
                cmd: crate::ops::incidents::Cmd::Accept { to: None, at: None }
            }
        }]
    );
}

#[test]
fn taking_over_and_closing_ask_first() {
    // A supervisor may take over another's incident (U4); an operator is refused on the key.
    let mut a = app_as(Role::Supervisor, false);
    a.snap.queue[1].incident.status = Status::Verified;
    a.update(Action::Down, t0()); // incident 2, owned by wang
    assert!(a.update(Action::Accept, t0()).is_empty());
    assert!(matches!(&a.popup, Some(Popup::Confirm(c)) if c.text.contains("wang")));
    assert!(a.on_key(key('n'), t0()).is_empty(), "n declines");
    assert!(a.popup.is_none());
    a.update(Action::Close, t0());
    let effects = a.on_key(key('y'), t0());
    assert!(matches!(
        requests(&effects)[0],
        Request::Mutate {
            cmd: Command::Incident {
                id: 2,
                cmd: crate::ops::incidents::Cmd::Close { .. },
                ..
            },
            ..
        }
    ));
}

#[test]
fn a_form_checks_before_it_sends() {
    let mut a = app();
    a.update(Action::Note, t0());
    assert!(a.on_key(save(), t0()).is_empty(), "empty required field");
    let Some(Popup::Form(f)) = &a.popup else { panic!() };
    assert_eq!(f.fields[0].error.as_deref(), Some("required"));
    for c in "已电话联系".chars() {
        a.on_key(key(c), t0());
    }
    let effects = a.on_key(save(), t0());
    assert_eq!(
        requests(&effects),
        vec![&Request::Mutate {
            req: 1,
            cmd: Command::Note {
                id: 1,
                version: 1,
                text: "已电话联系".into()
            }
        }]
    );
    assert!(
        matches!(&a.popup, Some(Popup::Form(f)) if f.saving == Some(1)),
        "stays open while saving"
    );
    a.on_reply(
        Reply::Done {
            req: 1,
            record: Some(1),
        },
        t0(),
    );
    assert!(a.popup.is_none());
}

#[test]
fn a_bad_time_is_shown_at_its_field() {
    let mut a = app();
    incident_in(&mut a, Status::Accepted);
    a.update(Action::Restore, t0());
    for c in "yesterday".chars() {
        a.on_key(key(c), t0());
    }
    let Some(Popup::Form(f)) = &a.popup else { panic!() };
    assert!(f.fields[0].error.as_deref().unwrap_or("").contains("not a time"));
}

#[test]
fn a_refusal_comes_back_into_the_form() {
    let mut a = app();
    a.update(Action::Note, t0());
    a.on_key(key('x'), t0());
    a.on_key(save(), t0());
    a.on_reply(
        Reply::Failed {
            req: 1,
            failure: Failure::Refused("owned by wang".into()),
        },
        t0(),
    );
    let Some(Popup::Form(f)) = &a.popup else {
        panic!("the form stays")
    };
    assert_eq!(f.error.as_deref(), Some("owned by wang"));
    assert_eq!(f.saving, None);
}

#[test]
fn a_lost_race_shows_the_conflict_and_reapplies_on_the_new_version() {
    let mut a = app();
    a.update(Action::Note, t0());
    a.on_key(key('x'), t0());
    a.on_key(save(), t0());
    let failure = Failure::Conflict {
        message: "changed".into(),
        changes: vec![],
        version: 3,
    };
    a.on_reply(Reply::Failed { req: 1, failure }, t0());
    assert!(matches!(&a.popup, Some(Popup::Conflict(_))));
    let effects = a.on_key(key('r'), t0());
    assert_eq!(
        requests(&effects),
        vec![&Request::Mutate {
            req: 2,
            cmd: Command::Note {
                id: 1,
                version: 3,
                text: "x".into()
            }
        }]
    );
}

#[test]
fn duty_done_offers_the_open_duties() {
    let mut a = app();
    a.update(Action::ViewEscalations, t0());
    a.update(Action::FocusNext, t0());
    assert_eq!(a.views.escalations.pane, Pane::Second);
    a.update(Action::DutyDone, t0());
    let Some(Popup::Form(f)) = &a.popup else { panic!() };
    assert_eq!(f.focus, 1, "one duty: straight to how");
    for c in "told 张伟 by phone".chars() {
        a.on_key(key(c), t0());
    }
    let effects = a.on_key(code(KeyCode::Enter), t0());
    assert!(matches!(
        requests(&effects)[0],
        Request::Mutate {
            cmd: Command::DutyDone {
                id: 100,
                version: 1,
                ..
            },
            ..
        }
    ));
}
