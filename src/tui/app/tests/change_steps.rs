//! A change's steps in the Changes view: their forms, the emergency reason, the notices owed,
//! the previews and the month plan.

use super::*;

#[test]
fn change_steps_open_their_forms_in_the_changes_view() {
    let cases = [
        (Action::New, "New change"),
        (Action::PlanChange, "Plan change 3"),
        (Action::ConfirmTest, "Test confirmation: change 3"),
        (Action::Schedule, "Schedule change 3"),
        (Action::Notify, "Notice sent: change 3"),
        (Action::DutyDone, "Notice sent: change 3"),
        (Action::StartChange, "Start change 3"),
        (Action::FinishChange, "Change 3 ended"),
        (Action::ResultNotice, "Result notice: change 3"),
        (Action::Summary, "Summary report: change 3"),
    ];
    use crate::domain::change::ChangeStatus as C;
    for (action, title) in cases {
        let mut a = app();
        // Each step from a state it is taken in (the console asks the core first).
        let (status, complex) = match action {
            Action::PlanChange | Action::ConfirmTest => (C::Planned, false),
            Action::Schedule => (C::TestConfirmed, false),
            Action::StartChange => (C::Notified, false),
            Action::FinishChange => (C::Executing, false),
            Action::ResultNotice => (C::Done, false),
            Action::Summary => (C::ResultAnnounced, true),
            _ => (C::Scheduled, false),
        };
        change_in(&mut a, status, complex);
        a.update(Action::ViewChanges, t0());
        a.update(action, t0());
        match &a.popup {
            Some(Popup::Form(f)) => assert_eq!(f.title, title, "{action:?}"),
            other => panic!("{action:?}: {other:?}"),
        }
    }
}

#[test]
fn change_steps_outside_the_changes_view_say_where_to_go() {
    let mut a = app();
    assert!(a.update(Action::Schedule, t0()).is_empty());
    assert!(a.popup.is_none());
    assert!(a.status.as_ref().unwrap().text.contains("press 3"));
    a.update(Action::ViewChanges, t0());
    a.update(Action::Restore, t0());
    assert!(a.status.as_ref().unwrap().text.contains("press 1"));
}

#[test]
fn an_emergency_reason_is_sent_only_when_given() {
    let mut a = app();
    change_in(&mut a, crate::domain::change::ChangeStatus::TestConfirmed, false);
    a.update(Action::ViewChanges, t0());
    a.update(Action::Schedule, t0());
    let effects = a.on_key(code(KeyCode::Enter), t0());
    assert_eq!(
        requests(&effects),
        vec![&Request::Mutate {
            req: 1,
            cmd: Command::Change {
                id: 3,
                version: 1,
                cmd: crate::ops::changes::Cmd::Schedule { emergency: None }
            }
        }]
    );
    a.on_reply(
        Reply::Done {
            req: 1,
            record: Some(3),
        },
        t0(),
    );
    a.update(Action::Schedule, t0());
    for c in "计费中断".chars() {
        a.on_key(key(c), t0());
    }
    let effects = a.on_key(code(KeyCode::Enter), t0());
    assert!(
        matches!(requests(&effects)[0], Request::Mutate { cmd: Command::Change { cmd: crate::ops::changes::Cmd::Schedule { emergency: Some(r) }, .. }, .. } if r == "计费中断")
    );
}

#[test]
fn the_notify_form_offers_only_the_notices_owed() {
    let mut a = app();
    a.update(Action::ViewChanges, t0());
    a.update(Action::Notify, t0());
    let Some(Popup::Form(f)) = &a.popup else { panic!() };
    let crate::tui::form::FieldKind::Choice { options, .. } = &f.fields[0].kind else {
        panic!()
    };
    assert_eq!(options.iter().map(|o| o.0.as_str()).collect::<Vec<_>>(), vec!["c7"]);
}

#[test]
fn previews_and_the_month_plan_ask_the_worker() {
    let mut a = app();
    a.update(Action::ViewChanges, t0());
    let effects = a.update(Action::Preview, t0());
    // In the language it will be sent in (the desk's notify.language), not the console's English
    // (issue 19 item 8).
    assert_eq!(
        requests(&effects),
        vec![&Request::Notice {
            id: 3,
            doc: NoticeDoc::C7,
            lang: "zh-CN".into()
        }]
    );
    let effects = a.on_key(key('8'), t0());
    assert_eq!(
        requests(&effects),
        vec![&Request::Notice {
            id: 3,
            doc: NoticeDoc::C8,
            lang: "zh-CN".into()
        }]
    );
    a.on_key(code(KeyCode::Esc), t0());
    let effects = a.update(Action::MonthPlan, t0());
    assert_eq!(requests(&effects), vec![&Request::MonthPlan("2026-12".into())]);
    let effects = a.on_key(key('l'), t0());
    assert_eq!(requests(&effects), vec![&Request::MonthPlan("2027-01".into())]);
    let effects = a.on_key(key('h'), t0());
    assert_eq!(requests(&effects), vec![&Request::MonthPlan("2026-12".into())]);
}
