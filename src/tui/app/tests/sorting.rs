//! Sorting a list by any column (issue 19 item 9, as k9s): `>` and `<` move the sort column,
//! `-` reverses it; the worker sorts every row it read (the queue in SQL), the selection stays on
//! its record, and a list past its last column goes back to the desk's order.

use super::*;
use crate::ops::console::sort;

/// The query the effects ask the worker for.
fn query_of(effects: &[Effect]) -> Query {
    requests(effects)
        .into_iter()
        .find_map(|r| match r {
            Request::Query(q) => Some(q.clone()),
            _ => None,
        })
        .expect("the worker is asked again")
}

/// What the worker reads for `q`: the lists as the console has them, sorted as `q` says.
fn worker_reads(a: &mut App, q: &Query) {
    let mut snap = a.snap.clone();
    snap.query = q.clone();
    snap.views = vec![q.view];
    sort::apply(&mut snap, q.view, &q.sorts);
    a.on_reply(Reply::Snapshot(Box::new(snap)), t0());
}

fn outbox_ids(a: &App) -> Vec<i64> {
    a.snap.outbox.iter().map(|r| r.message.id).collect()
}

#[test]
fn a_column_key_sorts_the_outbox_reverses_it_and_the_selection_stays_on_its_message() {
    let mut a = app();
    a.update(Action::ViewOutbox, t0());
    assert_eq!(outbox_ids(&a), vec![12, 11, 10], "newest first as read");
    let selected = a.snap.outbox[a.views.outbox.list.sel].message.id;
    let q = query_of(&a.on_key(key('>'), t0()));
    assert_eq!(
        q.sorts.get((ViewKind::Outbox, 0)),
        Some(sort::Sort { col: 0, reverse: false })
    );
    worker_reads(&mut a, &q);
    assert_eq!(outbox_ids(&a), vec![10, 11, 12]);
    assert_eq!(a.snap.outbox[a.views.outbox.list.sel].message.id, selected);
    assert_eq!(a.sorted(ViewKind::Outbox, 0), Some(("col.id", false)));
    assert!(
        a.status
            .as_ref()
            .is_some_and(|s| s.text.starts_with("Sorted by id, rising"))
    );
    // `-`: the other way round.
    let q = query_of(&a.on_key(key('-'), t0()));
    worker_reads(&mut a, &q);
    assert_eq!(outbox_ids(&a), vec![12, 11, 10]);
    assert_eq!(a.sorted(ViewKind::Outbox, 0), Some(("col.id", true)));
    assert_eq!(a.snap.outbox[a.views.outbox.list.sel].message.id, selected);
    // The next column: the medium; `<` back to the id.
    let q = query_of(&a.on_key(key('>'), t0()));
    assert_eq!(a.sorted(ViewKind::Outbox, 0), Some(("col.medium", false)));
    worker_reads(&mut a, &q);
    a.on_key(key('<'), t0());
    assert_eq!(a.sorted(ViewKind::Outbox, 0), Some(("col.id", false)));
    // Past the last column: the desk's order again, and the header marks nothing.
    for _ in 0..sort::columns((ViewKind::Outbox, 0)).len() {
        a.on_key(key('>'), t0());
    }
    assert_eq!(a.sorted(ViewKind::Outbox, 0), None);
    assert!(a.status.as_ref().is_some_and(|s| s.text.contains("desk's own order")));
}

#[test]
fn the_queue_sorts_by_the_columns_its_indexes_walk_either_way_from_the_top() {
    let mut a = app();
    assert_eq!(a.sorted(ViewKind::Incidents, 0), Some(("col.age", true)));
    a.query.from_end = true;
    let q = query_of(&a.on_key(key('>'), t0()));
    assert_eq!((q.sort, q.reverse, q.from_end), (QueueSort::Newest, false, false));
    assert_eq!(a.sorted(ViewKind::Incidents, 0), Some(("col.id", true)));
    let q = query_of(&a.on_key(key('-'), t0()));
    assert_eq!((q.sort, q.reverse), (QueueSort::Newest, true));
    assert_eq!(
        a.sorted(ViewKind::Incidents, 0),
        Some(("col.id", false)),
        "oldest first"
    );
    let q = query_of(&a.on_key(key('<'), t0()));
    assert_eq!((q.sort, q.reverse), (QueueSort::Urgency, false));
    // `s` steps forward as `>` does.
    let q = query_of(&a.update(Action::SortNext, t0()));
    assert_eq!(q.sort, QueueSort::Newest);
}

#[test]
fn a_list_that_keeps_its_own_order_says_so_and_asks_nothing() {
    let mut a = app();
    // The Problems list is read a page at a time by key.
    a.update(Action::ViewProblems, t0());
    for c in ['>', '<', '-'] {
        assert!(requests(&a.on_key(key(c), t0())).is_empty());
        assert!(
            a.status
                .as_ref()
                .is_some_and(|s| s.text.contains("keeps its own order"))
        );
    }
    assert_eq!(a.sort_columns_text(a.sort_list()), "");
    a.update(Action::ViewChanges, t0());
    assert!(a.sort_columns_text(a.sort_list()).starts_with("id, status, title"));
    // Open requests are few and read whole once sorted: they sort.
    a.update(Action::ViewRequests, t0());
    assert!(!requests(&a.on_key(key('>'), t0())).is_empty());
}

#[test]
fn each_view_sorts_only_its_own_list() {
    let mut a = app();
    a.update(Action::ViewChanges, t0());
    a.on_key(key('>'), t0());
    a.update(Action::ViewPlans, t0());
    assert_eq!(a.sorted(ViewKind::Plans, 0), None);
    assert_eq!(a.sorted(ViewKind::Changes, 0), Some(("col.id", false)));
    // The Escalations view's duties sort apart from its incidents.
    a.update(Action::ViewEscalations, t0());
    a.update(Action::FocusNext, t0());
    a.on_key(key('-'), t0());
    assert_eq!(a.sorted(ViewKind::Escalations, 1), Some(("col.due", true)));
    assert_eq!(a.sorted(ViewKind::Escalations, 0), None);
}
