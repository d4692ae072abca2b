//! Each view's lists: asked for when it comes on screen, kept apart from the others', loading
//! until they come, a reload with nothing new.

use super::*;

#[test]
fn a_reload_that_brings_nothing_new_needs_no_frame() {
    let a = app();
    let same = Reply::Snapshot(Box::new(a.snap.clone()));
    assert!(a.unchanged(&same), "the worker's periodic reload of the same state");
    let mut other = a.snap.clone();
    other.queue.pop();
    assert!(!a.unchanged(&Reply::Snapshot(Box::new(other))));
    assert!(a.unchanged(&Reply::Detail(Box::new(a.views.incidents.detail.record.clone()))));
    assert!(!a.unchanged(&Reply::Fatal("x".into())));
}

#[test]
fn switching_views_asks_at_once_for_the_new_views_lists_and_lets_go_of_the_old_ones_record() {
    let mut a = app();
    let e = a.update(Action::ViewChanges, t0());
    assert_eq!(
        requests(&e),
        vec![
            &Request::Query(Query {
                view: ViewKind::Changes,
                ..Query::default()
            }),
            &Request::Detail(None),
            &Request::ChangeDetail(Some(3)),
        ]
    );
    let e = a.update(Action::ViewIncidents, t0());
    assert_eq!(
        requests(&e),
        vec![
            &Request::Query(Query::default()),
            &Request::ChangeDetail(None),
            &Request::Detail(Some(1)),
        ]
    );
    assert!(
        requests(&a.update(Action::ViewIncidents, t0())).is_empty(),
        "already there"
    );
    // Sorting and paging ask for the lists of the view on screen.
    a.update(Action::ViewEscalations, t0());
    let e = a.update(Action::SortNext, t0());
    assert!(matches!(requests(&e)[0], Request::Query(q) if q.view == ViewKind::Escalations));
}

#[test]
fn each_view_keeps_its_cursor_and_scroll_while_another_is_on_screen() {
    let mut a = app();
    for _ in 0..3 {
        a.update(Action::Down, t0());
    }
    a.update(Action::DetailDown, t0());
    a.update(Action::ViewOutbox, t0());
    a.update(Action::Down, t0());
    a.update(Action::ViewIncidents, t0());
    assert_eq!(a.views.incidents.queue.sel, 3);
    assert_eq!(a.views.incidents.detail.scroll, 3);
    assert_eq!(a.selected().map(|i| i.id), Some(4));
    // The Outbox's lists come back (its view is not on screen: a late reply): the queue stays.
    let outbox = snapshot_of(&a, ViewKind::Outbox);
    a.on_reply(Reply::Snapshot(Box::new(outbox)), t0());
    assert_eq!(a.views.incidents.queue.sel, 3);
    a.update(Action::ViewOutbox, t0());
    assert_eq!(a.views.outbox.list.sel, 1);
    assert_eq!(a.selected_message().map(|r| r.message.id), Some(11));
}

#[test]
fn a_snapshot_replaces_the_lists_of_its_view_only() {
    let mut a = app();
    let mut changes = snapshot_of(&a, ViewKind::Changes);
    changes.queue.clear();
    changes.changes.clear();
    changes.counts = [0, 0, 0, 1];
    a.on_reply(Reply::Snapshot(Box::new(changes)), t0());
    assert!(a.snap.changes.is_empty(), "the Changes view's list as read");
    assert_eq!(
        a.snap.queue.len(),
        30,
        "the queue as last read while the Incidents view was on screen"
    );
    assert_eq!(
        a.snap.counts,
        [0, 0, 0, 1],
        "what the title bar shows comes with every snapshot"
    );
}

#[test]
fn a_view_whose_lists_have_not_come_yet_is_loading() {
    let mut a = app();
    let incidents = snapshot_of(&a, ViewKind::Incidents);
    let setup = Setup::new(me(Role::Operator), &Config::defaults(), false);
    let mut fresh = App::new(setup, Strings::new(Lang::En), Keymap::defaults(), t0(), (120, 40));
    assert!(!fresh.loaded());
    fresh.on_reply(Reply::Snapshot(Box::new(incidents)), t0());
    assert!(fresh.loaded());
    fresh.update(Action::ViewChanges, t0());
    assert!(!fresh.loaded(), "the Changes view's lists were never read");
    a.update(Action::ViewChanges, t0());
    let changes = snapshot_of(&a, ViewKind::Changes);
    fresh.on_reply(Reply::Snapshot(Box::new(changes)), t0());
    assert!(fresh.loaded());
    assert_eq!(fresh.selected_change().map(|c| c.change.id), Some(3));
}
