//! A billing run's steps: their forms and confirmations, a check's figures, the report preview.

use super::*;

#[test]
fn billing_steps_open_their_forms_and_confirmations() {
    let cases: &[(Action, &str)] = &[
        (Action::New, "New billing or settlement run"),
        (Action::CheckItem, "Run 5: 话单采集完整性 performed"),
        (Action::Anomaly, "Anomaly in run 5"),
        (Action::Dispute, "Question run 5"),
        (Action::Rollback, "Roll back run 5"),
    ];
    use crate::domain::billing::RunState as R;
    for (action, title) in cases {
        let mut a = app_as(Role::Supervisor, false);
        run_in(
            &mut a,
            match action {
                Action::Dispute => R::AwaitingSupervisor,
                Action::Rollback => R::Disputed,
                _ => R::Planned,
            },
        );
        a.update(Action::ViewBilling, t0());
        a.update(*action, t0());
        match &a.popup {
            Some(Popup::Form(f)) => assert_eq!(&f.title, title, "{action:?}"),
            other => panic!("{action:?}: {other:?}"),
        }
    }
    for (action, state) in [
        (Action::Submit, R::ChecksDone),
        (Action::ConfirmRun, R::AwaitingSupervisor),
        (Action::Retry, R::RolledBack),
    ] {
        let mut a = app_as(Role::Supervisor, false);
        run_in(&mut a, state);
        a.update(Action::ViewBilling, t0());
        a.update(action, t0());
        assert!(matches!(a.popup, Some(Popup::Confirm(_))), "{action:?}");
    }
}

#[test]
fn a_check_form_asks_for_every_figure_of_its_item() {
    let mut a = app();
    a.update(Action::ViewBilling, t0());
    a.update(Action::FocusNext, t0());
    a.update(Action::Down, t0());
    a.update(Action::CheckItem, t0());
    let Some(Popup::Form(f)) = &a.popup else { panic!() };
    let labels: Vec<&str> = f.fields.iter().map(|x| x.label.as_str()).collect();
    assert_eq!(labels, ["Result", "rows_in", "rows_out", "rows_rejected", "Remark"]);
    for (i, v) in [(1, "10"), (2, "8"), (3, "2")] {
        a.on_key(code(KeyCode::Tab), t0());
        let _ = i;
        for c in v.chars() {
            a.on_key(key(c), t0());
        }
    }
    let effects = a.on_key(code(KeyCode::Enter), t0());
    let Request::Mutate {
        cmd:
            Command::Run {
                cmd: crate::ops::billing::Cmd::Check { key, figures, .. },
                ..
            },
        ..
    } = requests(&effects)[0]
    else {
        panic!()
    };
    assert_eq!(key, "cdr-preprocess");
    assert_eq!(figures.get("rows_out").map(String::as_str), Some("8"));
}

#[test]
fn the_report_preview_asks_for_the_check_report_then_the_deadline_report() {
    let mut a = app();
    a.update(Action::ViewBilling, t0());
    let effects = a.update(Action::Preview, t0());
    assert_eq!(
        requests(&effects),
        vec![&Request::Report {
            id: 5,
            which: Report::Check,
            lang: "zh-CN".into()
        }]
    );
    let effects = a.on_key(key('5'), t0());
    assert_eq!(
        requests(&effects),
        vec![&Request::Report {
            id: 5,
            which: Report::Deadline,
            lang: "zh-CN".into()
        }]
    );
}
