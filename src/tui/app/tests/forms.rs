//! Issue 19 items 7 and 11: forms that protect work: a real multi-line editor for prose, pasted
//! line breaks kept, one save key from every field.

use super::*;

fn typed(a: &mut App, text: &str) {
    for c in text.chars() {
        a.on_key(key(c), t0());
    }
}

fn note_sent(effects: &[Effect]) -> Option<String> {
    requests(effects).into_iter().find_map(|r| match r {
        Request::Mutate {
            cmd: Command::Note { text, .. },
            ..
        } => Some(text.clone()),
        _ => None,
    })
}

#[test]
fn enter_in_a_note_is_a_new_line_and_ctrl_s_saves_it() {
    let mut a = app();
    a.update(Action::Note, t0());
    typed(&mut a, "rebooted");
    assert!(
        a.on_key(code(KeyCode::Enter), t0()).is_empty(),
        "Enter does not save prose"
    );
    typed(&mut a, "gateway 2");
    let Some(Popup::Form(f)) = &a.popup else { panic!() };
    assert!(f.in_prose());
    let sent = note_sent(&a.on_key(save(), t0()));
    assert_eq!(sent.as_deref(), Some("rebooted\ngateway 2"));
}

#[test]
fn a_pasted_three_line_note_keeps_its_lines_and_no_control_characters() {
    let mut a = app();
    a.update(Action::Note, t0());
    a.on_paste("first line\r\nsecond\u{1b}[31m line\nthird line");
    let sent = note_sent(&a.on_key(save(), t0()));
    assert_eq!(sent.as_deref(), Some("first line\nsecond[31m line\nthird line"));
}

#[test]
fn a_one_line_field_joins_pasted_lines_and_enter_still_saves_there() {
    let mut a = app();
    incident_in(&mut a, Status::Accepted);
    a.update(Action::Restore, t0());
    // The time comes first, on one line.
    a.on_paste("yester\nday");
    let Some(Popup::Form(f)) = &a.popup else { panic!() };
    assert!(!f.in_prose());
    assert_eq!(
        f.text_at(&crate::tui::form::FieldId::Named(crate::tui::form::F::At)),
        "yester day"
    );
    // Enter saves from a one-line field: the bad time is refused at its field.
    assert!(a.on_key(code(KeyCode::Enter), t0()).is_empty());
    let Some(Popup::Form(f)) = &a.popup else { panic!() };
    assert!(f.fields[0].error.as_deref().unwrap_or("").contains("not a time"));
}

#[test]
fn arrows_move_within_prose_and_out_of_it_at_its_ends() {
    let mut a = app();
    incident_in(&mut a, Status::Accepted);
    a.update(Action::Restore, t0());
    // Back from the first field to the last, the note.
    a.on_key(code(KeyCode::BackTab), t0());
    a.on_paste("one\ntwo");
    let focus = |a: &App| match &a.popup {
        Some(Popup::Form(f)) => f.focus,
        _ => panic!(),
    };
    assert_eq!(focus(&a), 3);
    a.on_key(code(KeyCode::Up), t0());
    assert_eq!(focus(&a), 3, "Up moved within the text");
    a.on_key(code(KeyCode::Down), t0());
    assert_eq!(focus(&a), 3, "Down back to the last line");
    a.on_key(code(KeyCode::Down), t0());
    assert_eq!(focus(&a), 0, "Down on the last line leaves it");
}

#[test]
fn a_service_is_offered_as_typed_and_an_unknown_one_is_refused_with_the_list_before_sending() {
    let mut a = app();
    a.setup.choices = crate::tui::form::Choices {
        services: vec![("billing".into(), String::new()), ("crm".into(), String::new())],
        ..Default::default()
    };
    a.update(Action::New, t0());
    typed(&mut a, "x");
    a.on_key(code(KeyCode::Tab), t0());
    // 计费 beside billing would split billing's outage budget: refused at the field, with the list.
    typed(&mut a, "计费");
    assert!(a.on_key(save(), t0()).is_empty(), "nothing sent");
    let Some(Popup::Form(f)) = &a.popup else { panic!() };
    assert_eq!(f.focus, 1);
    let err = f.fields[1].error.clone().unwrap_or_default();
    assert!(err.contains("billing, crm") && err.contains("directory first"), "{err}");
    // Cleared, `b` typed: billing offered; Tab takes it, and the form goes out with it.
    a.on_key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL), t0());
    typed(&mut a, "B");
    let Some(Popup::Form(f)) = &a.popup else { panic!() };
    assert_eq!(f.offered(&a.setup.choices).0[0].0, "billing");
    a.on_key(code(KeyCode::Tab), t0());
    let Some(Popup::Form(f)) = &a.popup else { panic!() };
    assert_eq!(
        (
            f.focus,
            f.text_at(&crate::tui::form::FieldId::Named(crate::tui::form::F::Service))
        ),
        (1, "billing".into())
    );
    let sent = requests(&a.on_key(save(), t0()))
        .into_iter()
        .any(|r| matches!(r, Request::Mutate { cmd: Command::NewIncident(n), .. } if n.service == "billing"));
    assert!(sent, "sent with the directory's service");
}
