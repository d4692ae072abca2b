//! The support centre's and the training record's special queries (issue 13) on the demo desk:
//! the ledger's queue in its order, urgent first, and an index behind each list.

mod common;

use common::Desk;
use opsdesk::domain::training::Month;
use opsdesk::store::Store;

fn plan(store: &Store, sql: &str) -> String {
    let mut st = store.conn().prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
    let rows: Vec<String> = st
        .query_map([], |r| r.get::<_, String>(3))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    rows.join("; ")
}

#[test]
fn r9_the_ledgers_queue_is_read_in_its_order_urgent_first_through_its_index() {
    let d = Desk::demo("supervisor");
    let store = Store::open(&d.db).unwrap();
    let queue = opsdesk::store::support::queue(store.conn(), 100).unwrap();
    assert!(queue.len() >= 3, "the demo has a queue");
    assert!(queue[0].urgent_at.is_some(), "the urgent form first");
    assert!(queue.iter().all(|f| f.status.in_ledger()));
    let rest: Vec<_> = queue.iter().skip(1).map(|f| (f.received_at, f.id)).collect();
    let mut sorted = rest.clone();
    sorted.sort();
    assert_eq!(rest, sorted, "then first come first served");
    let q = plan(
        &store,
        "SELECT id FROM support_forms INDEXED BY support_ledger WHERE status IN ('queued', 'in_review', 'returned')
         ORDER BY (urgent_at IS NULL), coalesce(urgent_at, received_at), id LIMIT 10",
    );
    assert!(q.contains("support_ledger") && !q.contains("TEMP B-TREE"), "{q}");
    let archive = plan(
        &store,
        "SELECT id FROM support_forms WHERE status = 'received' ORDER BY id LIMIT 10",
    );
    assert!(archive.contains("support_status"), "{archive}");
}

#[test]
fn r6_a_months_records_and_a_persons_are_read_through_their_indexes() {
    let d = Desk::demo("supervisor");
    let store = Store::open(&d.db).unwrap();
    let month = plan(
        &store,
        "SELECT id FROM training WHERE day >= '2026-11-01' AND day < '2026-12-01' ORDER BY day, id",
    );
    assert!(
        month.contains("training_on") && !month.contains("TEMP B-TREE"),
        "{month}"
    );
    let person = plan(
        &store,
        "SELECT id FROM training WHERE person = 'lilei' AND day >= '0000' AND day < '9999'
         AND (day, id) < ('9999', 9223372036854775807) ORDER BY day DESC, id DESC LIMIT 50",
    );
    assert!(person.contains("training_person"), "{person}");
    // The demo's last month: every record of it, and only those.
    let rows = opsdesk::store::training::of_month(store.conn(), Month::parse("2026-11").unwrap()).unwrap();
    assert!(rows.iter().all(|t| t.day.starts_with("2026-11")));
}
