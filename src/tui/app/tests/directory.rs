//! Issue 19 item 11: the forms offer the directory as the worker last read it; a service added
//! elsewhere is offered once the worker's refresh brings the directory again, no restart.

use chrono::TimeZone;

use super::*;
use crate::ops::services::Directory;
use crate::tui::form::{F, FieldId};

fn billing() -> crate::domain::service::Service {
    crate::domain::service::Service {
        id: 1,
        code: "billing".into(),
        name_en: "Billing".into(),
        name_zh: "计费".into(),
        aliases: vec![],
        ord: 100,
        retired: false,
        version: 1,
        updated_at: chrono::Utc.with_ymd_and_hms(2026, 12, 2, 8, 0, 0).unwrap(),
        updated_by: "admin".into(),
    }
}

#[test]
fn i11_a_service_added_elsewhere_is_offered_after_the_refresh_in_the_console_language() {
    let mut a = app();
    let svc = FieldId::Named(F::Service);
    assert!(
        a.setup.choices.matches(&svc, "计").is_empty(),
        "not yet in the directory"
    );
    let dir = Directory {
        services: vec![billing()],
        depts: vec![("netops".into(), "网络运维部".into())],
        people: vec![("wangfang".into(), "王芳".into())],
        ..Default::default()
    };
    assert!(a.on_reply(Reply::Directory(Box::new(dir.clone())), t0()).is_empty());
    assert_eq!(
        a.setup.choices.matches(&svc, "计"),
        [("billing".to_string(), String::new())],
        "offered by its Chinese name; its English name is its code, not said twice"
    );
    assert_eq!(
        a.setup.choices.matches(&FieldId::Named(F::RequestDept), "net")[0].0,
        "netops"
    );
    assert_eq!(a.setup.choices.matches(&FieldId::Named(F::To), "王")[0].0, "wangfang");
    let mut zh = app();
    zh.s = crate::tui::i18n::Strings::new(crate::tui::i18n::Lang::ZhCn);
    zh.on_reply(Reply::Directory(Box::new(dir)), t0());
    assert_eq!(zh.setup.choices.matches(&svc, "bil")[0].1, "计费");
}

#[test]
fn i11_a_changes_systems_are_offered_after_the_last_comma_and_each_is_checked_before_sending() {
    let mut a = app();
    a.s = crate::tui::i18n::Strings::new(crate::tui::i18n::Lang::ZhCn);
    let crm = crate::domain::service::Service {
        id: 2,
        code: "crm".into(),
        name_en: "CRM".into(),
        name_zh: String::new(),
        ..billing()
    };
    let dir = Directory {
        services: vec![billing(), crm],
        ..Default::default()
    };
    a.on_reply(Reply::Directory(Box::new(dir)), t0());
    a.update(Action::ViewChanges, t0());
    a.update(Action::New, t0());
    let systems = FieldId::Named(F::Systems);
    let typed = |a: &mut App, text: &str| {
        for c in text.chars() {
            a.on_key(key(c), t0());
        }
    };
    typed(&mut a, "x");
    a.on_key(code(KeyCode::Tab), t0());
    typed(&mut a, "crm，计");
    let Some(Popup::Form(f)) = &a.popup else {
        panic!("no form")
    };
    assert_eq!(
        f.offered(&a.setup.choices).0,
        [("billing".to_string(), "计费".to_string())],
        "the term after the last comma, by its Chinese name"
    );
    a.on_key(code(KeyCode::Tab), t0());
    let Some(Popup::Form(f)) = &mut a.popup else {
        panic!("no form")
    };
    assert_eq!(f.text_at(&systems), "crm, billing");
    assert!(f.check_choices(&a.setup.choices, &a.s));
    // An unknown term anywhere in the list is refused at the field, with the known ones.
    a.on_key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL), t0());
    typed(&mut a, "计费2, crm");
    assert!(requests(&a.on_key(save(), t0())).is_empty(), "nothing sent");
    let Some(Popup::Form(f)) = &a.popup else {
        panic!("no form")
    };
    assert_eq!(f.focus, 1);
    let err = f.fields[1].error.clone().unwrap_or_default();
    assert!(err.contains("billing (计费), crm"), "{err}");
}

#[test]
fn u4_a_service_merge_is_refused_on_the_key_to_all_but_an_admin() {
    let mut a = app_as(Role::Supervisor, false);
    assert!(a.update(Action::MergeService, t0()).is_empty(), "nothing sent");
    assert!(a.popup.is_none(), "no form: {:?}", a.popup);
    let st = a.status.as_ref().expect("a status line");
    assert!(st.error && st.text.contains("admin"), "{st:?}");
}

#[test]
fn a_service_merge_names_how_many_records_move_before_it_is_sent() {
    let mut a = app_as(Role::Admin, false);
    let crm = crate::domain::service::Service {
        id: 2,
        code: "crm".into(),
        name_en: "CRM".into(),
        name_zh: String::new(),
        ..billing()
    };
    let dir = Directory {
        services: vec![billing(), crm],
        ..Default::default()
    };
    a.on_reply(Reply::Directory(Box::new(dir)), t0());
    a.update(Action::MergeService, t0());
    assert!(matches!(&a.popup, Some(Popup::Form(_))), "{:?}", a.popup);
    let typed = |a: &mut App, text: &str| {
        for c in text.chars() {
            a.on_key(key(c), t0());
        }
    };
    typed(&mut a, "计费2");
    assert!(
        requests(&a.on_key(save(), t0())).is_empty(),
        "an unknown service is refused at its field"
    );
    a.on_key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL), t0());
    typed(&mut a, "crm");
    a.on_key(code(KeyCode::Tab), t0());
    typed(&mut a, "计");
    a.on_key(code(KeyCode::Tab), t0());
    let effects = a.on_key(save(), t0());
    let sent = requests(&effects);
    assert!(
        sent.iter()
            .any(|r| matches!(r, Request::MergePreview { from, into } if from == "crm" && into == "billing")),
        "what it would move is asked first: {sent:?}"
    );
    assert!(
        !sent.iter().any(|r| matches!(r, Request::Mutate { .. })),
        "nothing merged yet"
    );
    let moved = Ok((
        "crm".to_string(),
        "billing".to_string(),
        vec![(Kind::Incident, 3), (Kind::Problem, 0), (Kind::Change, 1)],
    ));
    a.on_reply(
        Reply::MergePreview {
            from: "crm".into(),
            into: "billing".into(),
            moved,
        },
        t0(),
    );
    let Some(Popup::Confirm(c)) = &a.popup else {
        panic!("no confirmation: {:?}", a.popup)
    };
    assert!(
        c.text
            .contains("crm into billing? 4 record(s) move (incident 3, change 1)"),
        "{}",
        c.text
    );
    let effects = a.on_key(key('y'), t0());
    let sent = requests(&effects);
    assert!(
        sent.iter().any(|r| matches!(r, Request::Mutate { cmd: Command::MergeService { from, into }, .. } if from == "crm" && into == "billing")),
        "{sent:?}"
    );
    // Refused when read (a service retired meanwhile): said, nothing to confirm.
    let refused = Err(crate::tui::model::Said::from("service billing is retired"));
    a.on_reply(
        Reply::MergePreview {
            from: "crm".into(),
            into: "billing".into(),
            moved: refused,
        },
        t0(),
    );
    assert!(a.popup.is_none());
    assert!(a.status.as_ref().is_some_and(|s| s.error && s.text.contains("retired")));
}
