//! Issue 19, the console an operator would choose: the full-screen detail, each view's own
//! filter, the queue's real end and count.

use super::*;
use crate::tui::full::{Full, Loaded};

fn typed(a: &mut App, text: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    for c in text.chars() {
        effects.extend(a.on_key(key(c), t0()));
    }
    effects
}

#[test]
fn the_palette_opens_any_record_by_its_reference_full_screen() {
    for (text, kind, id) in [
        ("38", Kind::Incident, 38),
        ("#38", Kind::Incident, 38),
        ("inc#38", Kind::Incident, 38),
        ("chg#4", Kind::Change, 4),
        ("run#2", Kind::Run, 2),
        ("req#5", Kind::Request, 5),
        ("msg#12", Kind::Message, 12),
        ("duty#100", Kind::Duty, 100),
        ("100000", Kind::Incident, 100000),
    ] {
        let mut a = app();
        a.update(Action::ViewChanges, t0());
        a.update(Action::Palette, t0());
        typed(&mut a, text);
        let effects = a.on_key(code(KeyCode::Enter), t0());
        assert_eq!(requests(&effects), vec![&Request::Record(Some((kind, id)))], "{text}");
        assert!(
            matches!(&a.popup, Some(Popup::Record(z)) if (z.kind, z.id) == (kind, id)),
            "{text}"
        );
        // The view stays where it was, and nothing filters it.
        assert_eq!(a.view, ViewKind::Changes, "{text}");
        assert!(a.filter_text().is_empty() && a.query.filter.is_empty(), "{text}");
    }
}

#[test]
fn esc_leaves_the_full_screen_detail_with_no_filter_left() {
    let mut a = app();
    a.update(Action::ViewChanges, t0());
    let effects = a.update(
        Action::OpenDetail {
            kind: Kind::Incident,
            id: 38,
        },
        t0(),
    );
    assert_eq!(requests(&effects), vec![&Request::Record(Some((Kind::Incident, 38)))]);
    let closed = Incident {
        status: Status::Closed,
        ..incident(38, Some("wang"), 600)
    };
    let detail = crate::ops::console::Detail {
        view: view(closed, vec![]),
        also_here: vec![],
        responses: vec![],
        problems: vec![],
        knowledge: vec![],
    };
    a.on_reply(
        Reply::Record(Box::new(Loaded {
            kind: Kind::Incident,
            id: 38,
            full: Some(Full::Incident(detail)),
        })),
        t0(),
    );
    assert!(matches!(&a.popup, Some(Popup::Record(z)) if z.full().is_some()));
    // Another record's reply is not this one's.
    a.on_reply(
        Reply::Record(Box::new(Loaded {
            kind: Kind::Incident,
            id: 39,
            full: None,
        })),
        t0(),
    );
    assert!(matches!(&a.popup, Some(Popup::Record(z)) if z.full().is_some()));
    let effects = a.on_key(code(KeyCode::Esc), t0());
    assert_eq!(requests(&effects), vec![&Request::Record(None)]);
    assert!(a.popup.is_none());
    assert_eq!(a.view, ViewKind::Changes);
    assert!(a.filter_text().is_empty() && a.query.filter.is_empty());
}

#[test]
fn a_closed_incident_is_reopened_from_its_full_screen_detail() {
    let mut a = app();
    a.update(
        Action::OpenDetail {
            kind: Kind::Incident,
            id: 38,
        },
        t0(),
    );
    let closed = Incident {
        status: Status::Closed,
        ..incident(38, Some("li"), 600)
    };
    a.on_reply(
        Reply::Record(Box::new(Loaded {
            kind: Kind::Incident,
            id: 38,
            full: Some(Full::Incident(crate::ops::console::Detail {
                view: view(closed, vec![]),
                also_here: vec![],
                responses: vec![],
                problems: vec![],
                knowledge: vec![],
            })),
        })),
        t0(),
    );
    a.on_key(key('o'), t0());
    assert!(
        matches!(&a.popup, Some(Popup::Form(f)) if matches!(f.kind, crate::tui::form::FormKind::Reopen { id: 38, .. }))
    );
}

#[test]
fn the_full_screen_detail_scrolls_within_its_lines() {
    let mut a = app();
    a.update(
        Action::OpenDetail {
            kind: Kind::Change,
            id: 3,
        },
        t0(),
    );
    if let Some(Popup::Record(z)) = &a.popup {
        // As the drawing found it: 30 lines past the first page.
        z.max_scroll.set(30);
        z.page.set(20);
    }
    let scroll = |a: &App| match &a.popup {
        Some(Popup::Record(z)) => z.scroll,
        _ => panic!("the detail closed"),
    };
    a.on_key(key('j'), t0());
    assert_eq!(scroll(&a), 1);
    a.on_key(code(KeyCode::PageDown), t0());
    assert_eq!(scroll(&a), 21);
    a.on_key(key('G'), t0());
    assert_eq!(scroll(&a), 30);
    a.on_key(key('j'), t0());
    assert_eq!(scroll(&a), 30, "never past the end");
    a.on_key(key('g'), t0());
    assert_eq!(scroll(&a), 0);
    a.on_key(key('k'), t0());
    assert_eq!(scroll(&a), 0);
}

#[test]
fn enter_opens_the_selected_record_full_screen_in_each_view() {
    for (view, kind, id) in [
        (Action::ViewIncidents, Kind::Incident, 1),
        (Action::ViewChanges, Kind::Change, 3),
        (Action::ViewBilling, Kind::Run, 5),
        (Action::ViewRequests, Kind::Request, 21),
    ] {
        let mut a = app();
        a.update(view, t0());
        let effects = a.update(Action::Open, t0());
        assert!(
            requests(&effects).contains(&&Request::Record(Some((kind, id)))),
            "{view:?}: {effects:?}"
        );
    }
}

#[test]
fn slash_filters_the_view_on_screen_and_esc_clears_it_visibly() {
    let mut a = app();
    a.update(Action::ViewChanges, t0());
    a.update(Action::Filter, t0());
    let effects = typed(&mut a, "core");
    assert_eq!(a.view, ViewKind::Changes, "never another view");
    let last = requests(&effects).into_iter().last().cloned();
    assert!(
        matches!(last, Some(Request::Query(q)) if q.list_filter == "core" && q.view == ViewKind::Changes && q.filter.is_empty())
    );
    a.on_key(code(KeyCode::Enter), t0());
    assert_eq!(a.filter_text(), "core");
    // Another view has its own (none); coming back finds this one's.
    a.update(Action::ViewBilling, t0());
    assert_eq!(a.filter_text(), "");
    a.update(Action::ViewChanges, t0());
    assert_eq!(a.filter_text(), "core");
    let effects = a.update(Action::ClearFilter, t0());
    assert!(matches!(requests(&effects)[0], Request::Query(q) if q.list_filter.is_empty()));
    assert_eq!(a.filter_text(), "");
    assert!(a.status.as_ref().is_some_and(|s| s.text == "Filter cleared"));
}

#[test]
fn g_reads_the_end_of_a_long_queue_and_the_header_counts_all_of_it() {
    let mut a = app();
    // 30 of 10,002 loaded.
    let mut snap = a.snap.clone();
    snap.more = true;
    snap.queue_total = 10_002;
    a.on_reply(Reply::Snapshot(Box::new(snap.clone())), t0());
    a.update(Action::Down, t0());
    a.update(Action::Down, t0());
    assert_eq!(a.queue_position(), Some((3, 10_002)));
    let effects = a.update(Action::Bottom, t0());
    assert!(matches!(requests(&effects)[0], Request::Query(q) if q.from_end && q.limit == PAGE));
    // The worker's answer: the last rows, in the queue's order.
    snap.query = a.query.clone();
    snap.queue = (9_973..=10_002).map(|n| view(incident(n, None, 10), vec![])).collect();
    a.on_reply(Reply::Snapshot(Box::new(snap)), t0());
    assert_eq!(a.selected().map(|i| i.id), Some(10_002));
    assert_eq!(a.queue_position(), Some((10_002, 10_002)));
    // gg goes back to the top page.
    let effects = a.update(Action::Top, t0());
    assert!(matches!(requests(&effects)[0], Request::Query(q) if !q.from_end));
}

#[test]
fn esc_on_a_filled_form_asks_before_dropping_it() {
    let mut a = app();
    // Untouched: Esc leaves at once.
    a.update(Action::Note, t0());
    a.on_key(code(KeyCode::Esc), t0());
    assert!(a.popup.is_none());
    // Typed into: Esc asks; Esc again goes back to the form with its text.
    a.update(Action::Note, t0());
    typed(&mut a, "rebooted");
    a.on_key(code(KeyCode::Esc), t0());
    assert!(matches!(&a.popup, Some(Popup::DropForm(_))));
    a.on_key(code(KeyCode::Esc), t0());
    assert!(matches!(&a.popup, Some(Popup::Form(f)) if f.touched));
    // Esc then Enter drops it.
    a.on_key(code(KeyCode::Esc), t0());
    a.on_key(code(KeyCode::Enter), t0());
    assert!(a.popup.is_none());
    // A paste counts as typing.
    a.update(Action::Note, t0());
    a.on_paste("line one");
    a.on_key(code(KeyCode::Esc), t0());
    assert!(matches!(&a.popup, Some(Popup::DropForm(_))));
}

#[test]
fn verify_asks_for_the_score_instead_of_assuming_five() {
    let mut a = app();
    incident_in(&mut a, Status::Resolved);
    a.update(Action::Verify, t0());
    // Saving with nothing chosen is refused at the score.
    let effects = a.on_key(code(KeyCode::Enter), t0());
    assert!(effects.is_empty());
    match &a.popup {
        Some(Popup::Form(f)) => assert!(f.fields[0].error.is_some(), "{:?}", f.fields[0]),
        other => panic!("{other:?}"),
    }
    // Right: 5, the first score.
    a.on_key(code(KeyCode::Right), t0());
    let effects = a.on_key(code(KeyCode::Enter), t0());
    assert!(
        matches!(
            requests(&effects)[0],
            Request::Mutate {
                cmd: Command::Incident {
                    cmd: crate::ops::incidents::Cmd::Verify {
                        satisfaction: Some(5),
                        ..
                    },
                    ..
                },
                ..
            }
        ),
        "{effects:?}"
    );
}

#[test]
fn a_new_escalation_step_names_its_incident_and_step_until_a_key_is_pressed() {
    let mut a = app();
    let mut snap = a.snap.clone();
    let mut step = duty(101, 52);
    step.kind = crate::domain::duty::DutyKind::ReportLeader;
    snap.steps.push(step);
    a.on_reply(Reply::Snapshot(Box::new(snap)), t0());
    let alarm = a.alarm.clone().expect("an alarm");
    assert!(alarm.contains("inc#52") && alarm.contains("leader"), "{alarm}");
    // It outlasts any status message's time...
    a.on_tick(t0() + Duration::minutes(10));
    assert_eq!(a.alarm.as_deref(), Some(alarm.as_str()));
    // ...until a key says it was seen.
    a.on_key(key('j'), t0());
    assert!(a.alarm.is_none());
}

#[test]
fn a_missed_duty_rings_again_until_it_is_done() {
    let mut a = app();
    a.setup.missed_ring = Some(Duration::minutes(5));
    let mut snap = a.snap.clone();
    snap.missed = 1;
    a.on_reply(Reply::Snapshot(Box::new(snap.clone())), t0());
    assert!(a.on_tick(t0()).contains(&Effect::Bell), "at once");
    assert!(!a.on_tick(t0() + Duration::minutes(4)).contains(&Effect::Bell));
    assert!(a.on_tick(t0() + Duration::minutes(5)).contains(&Effect::Bell), "again");
    assert!(a.flash_until.is_some());
    snap.missed = 0;
    a.on_reply(Reply::Snapshot(Box::new(snap)), t0() + Duration::minutes(6));
    assert!(
        !a.on_tick(t0() + Duration::minutes(10)).contains(&Effect::Bell),
        "done: quiet"
    );
}

#[test]
fn copy_puts_the_selected_records_reference_and_title_on_the_clipboard() {
    let mut a = app();
    let effects = a.update(Action::Copy, t0());
    let title = a.selected().unwrap().title.clone();
    assert_eq!(effects, vec![Effect::Copy(format!("inc#1 {title}"))]);
    a.update(Action::ViewChanges, t0());
    let effects = a.update(Action::Copy, t0());
    assert!(
        matches!(&effects[..], [Effect::Copy(t)] if t.starts_with("chg#3 ")),
        "{effects:?}"
    );
    // In the full-screen detail, that record.
    a.update(Action::OpenDetail { kind: Kind::Run, id: 5 }, t0());
    let effects = a.on_key(KeyEvent::new(KeyCode::Char('o'), KeyModifiers::CONTROL), t0());
    assert_eq!(effects, vec![Effect::Copy("run#5".into())]);
    assert!(matches!(a.popup, Some(Popup::Record(_))));
}

#[test]
fn h_and_l_move_between_a_views_two_panes_as_in_lazygit() {
    let mut a = app();
    a.update(Action::ViewEscalations, t0());
    assert_eq!(a.active(), ListId::Escalated);
    a.on_key(key('l'), t0());
    assert_eq!(a.active(), ListId::Duties);
    a.on_key(key('l'), t0());
    assert_eq!(a.active(), ListId::Duties, "l again stays right");
    a.on_key(key('h'), t0());
    assert_eq!(a.active(), ListId::Escalated);
}

#[test]
fn a_background_line_never_covers_a_refusal() {
    let mut a = app();
    a.update(Action::ViewChanges, t0());
    a.update(Action::Accept, t0());
    let refusal = a.status.clone().expect("a refusal");
    assert!(refusal.error);
    a.on_reply(
        Reply::Outbox(Ok(crate::ops::outbox::PassReport {
            sent: 2,
            ..Default::default()
        })),
        t0(),
    );
    assert_eq!(a.status, Some(refusal));
}
