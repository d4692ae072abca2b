//! The queue's saved filters (issue 19 item 3): each default key puts its filter on the queue
//! from any view and takes it off again; Esc clears it; their keys are free in the keymap.

use super::*;

fn section_of(effects: &[Effect]) -> Option<Option<String>> {
    requests(effects).into_iter().find_map(|r| match r {
        Request::Query(q) => Some(q.section.as_ref().map(|s| s.name.clone())),
        _ => None,
    })
}

#[test]
fn a_saved_filters_key_filters_the_queue_and_esc_clears_it() {
    let mut a = app();
    a.update(Action::NextView, t0());
    assert_eq!(a.view, ViewKind::Escalations);
    for (f, name) in [(6, "mine"), (7, "unowned"), (8, "P1-P2"), (9, "missed")] {
        let effects = a.on_key(code(KeyCode::F(f)), t0());
        assert_eq!(a.view, ViewKind::Incidents, "f{f}");
        assert_eq!(section_of(&effects), Some(Some(name.to_string())), "f{f}");
    }
    // "mine" is the operator at the console.
    a.on_key(code(KeyCode::F(6)), t0());
    let terms = &a.query.section.as_ref().unwrap().terms;
    assert_eq!(terms.owner, Some(Some(a.setup.me.login.clone())));
    // The same key again takes it off.
    let effects = a.on_key(code(KeyCode::F(6)), t0());
    assert_eq!(section_of(&effects), Some(None));
    // Esc clears it with the typed filter, and says so.
    a.on_key(code(KeyCode::F(8)), t0());
    a.query.filter = "core".into();
    let effects = a.update(Action::ClearFilter, t0());
    assert_eq!(section_of(&effects), Some(None));
    assert!(a.query.filter.is_empty());
    assert!(a.status.as_ref().is_some_and(|s| s.text == "Filter cleared"));
    // Esc alone on a saved filter clears it too.
    a.on_key(code(KeyCode::F(9)), t0());
    let effects = a.update(Action::ClearFilter, t0());
    assert_eq!(section_of(&effects), Some(None));
}

#[test]
fn saved_filter_keys_must_be_free_in_the_keymap() {
    let config = Config::defaults();
    let sections = crate::tui::app::sections::resolve(&config, "li").unwrap();
    assert_eq!(sections.len(), 4);
    assert!(crate::tui::app::sections::check_free(&sections, &Keymap::defaults()).is_ok());
    let mut taken = config.clone();
    taken.console.filters[2].key = "s".into();
    let sections = crate::tui::app::sections::resolve(&taken, "li").unwrap();
    let e = crate::tui::app::sections::check_free(&sections, &Keymap::defaults()).unwrap_err();
    assert!(e.contains("console.filters[2].key") && e.contains("sort_next"), "{e}");
    taken.console.filters[2].key = "g".into();
    let sections = crate::tui::app::sections::resolve(&taken, "li").unwrap();
    let e = crate::tui::app::sections::check_free(&sections, &Keymap::defaults()).unwrap_err();
    assert!(e.contains("start of a key sequence"), "{e}");
    taken.console.filters[2].key = "ctrl-".into();
    let e = crate::tui::app::sections::resolve(&taken, "li").unwrap_err();
    assert!(
        e.contains("console.filters[2].key") && e.contains("cannot read key"),
        "{e}"
    );
}
