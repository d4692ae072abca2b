//! The live filter (issue 18, item 3) on real desks: what a typed text keeps of the open queue is
//! exactly what its promise says (the text in the title, the service, the owner, the reporter or
//! the department, ASCII letters in either case, or the incident's id), whichever way the queue
//! is read: the urgency order walks the filter's own index (schema 22, `INDEXED BY`), the other
//! orders walk their own indexes and test every row. The expected rows are computed here, in
//! Rust, from every incident of the desk.

mod common;

use chrono::Utc;
use common::Desk;
use opsdesk::domain::incident::{Incident, Status};
use opsdesk::domain::time::whole_seconds;
use opsdesk::store::Store;
use opsdesk::store::incidents::{self, QueueFilter, QueueSort};

/// Every incident of the desk, in id order.
fn every_incident(store: &Store) -> Vec<Incident> {
    let mut out: Vec<Incident> = Vec::new();
    loop {
        let after = out.last().map(|i| i.id).unwrap_or(0);
        let page = incidents::scan(store.conn(), after, 1000).unwrap();
        if page.is_empty() {
            return out;
        }
        out.extend(page);
    }
}

/// The filter's promise, written out: `text` (trimmed) in one of the five fields, ASCII letters
/// in either case (as SQL's LIKE folds them, and no other letters), or the id it names.
fn promised(i: &Incident, text: &str) -> bool {
    let t = text.trim().to_ascii_lowercase();
    let id: i64 = t.trim_start_matches('#').parse().unwrap_or(-1);
    [
        i.title.as_str(),
        i.service.as_str(),
        i.owner.as_deref().unwrap_or(""),
        i.reporter.as_str(),
        i.dept.as_str(),
    ]
    .iter()
    .any(|f| f.to_ascii_lowercase().contains(&t))
        || i.id == id
}

fn ids(rows: &[Incident]) -> Vec<i64> {
    rows.iter().map(|i| i.id).collect()
}

#[test]
fn the_filtered_queue_is_exactly_what_the_filter_promises_on_every_path() {
    let d = Desk::empty();
    d.ok(&["demo", "--role", "supervisor", "--incidents", "2000", "--seed", "18"]);
    // Words the demo's text has inside other words, in other cases, or LIKE's own wildcards.
    for title in [
        "xBILLINGx batch stuck",
        "网关 50% 告警 a_b",
        "Ünïcode ÄRGER über",
        "短信网关下发积压 zhangSAN",
    ] {
        d.new_incident(title, "-5m");
    }
    let store = Store::open(&d.db).unwrap();
    let now = whole_seconds(Utc::now());
    let all = every_incident(&store);
    let open: Vec<&Incident> = all.iter().filter(|i| i.status != Status::Closed).collect();
    assert!(open.len() > 150, "{} open", open.len());
    let some_id = open[open.len() / 2].id;
    let mut texts: Vec<String> = [
        "话",
        "短信",
        "批价",
        "网关",
        "crm",
        "CRM",
        "illing",
        "BILLING",
        "sms",
        "zhang",
        "ZHANG",
        "xyzzy",
        "鲸鱼",
        "%",
        "50%",
        "_",
        "a_b",
        "#",
        " billing ",
        "ärger",
        "ÄRGER",
        "über",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    texts.push(some_id.to_string());
    texts.push(format!("#{some_id}"));
    let mut nonempty = 0;
    for text in &texts {
        let f = QueueFilter::text(text);
        let mut want: Vec<&Incident> = open.iter().copied().filter(|i| promised(i, text)).collect();
        if !want.is_empty() {
            nonempty += 1;
        }
        // Urgency: the filter's index, walked both ways, whole and by page.
        want.sort_by_key(|i| (i.restored_at.is_some(), i.clock_start, i.id));
        let want_ids: Vec<i64> = want.iter().map(|i| i.id).collect();
        let whole = incidents::queue_page(store.conn(), (QueueSort::Urgency, false), &f, 100_000, false, now).unwrap();
        assert_eq!(ids(&whole), want_ids, "urgency, {text:?}");
        let first = incidents::queue_page(store.conn(), (QueueSort::Urgency, false), &f, 7, false, now).unwrap();
        assert_eq!(ids(&first), want_ids[..want_ids.len().min(7)], "first page, {text:?}");
        let end = incidents::queue_page(store.conn(), (QueueSort::Urgency, false), &f, 7, true, now).unwrap();
        assert_eq!(
            ids(&end),
            want_ids[want_ids.len().saturating_sub(7)..],
            "last page, {text:?}"
        );
        let reversed =
            incidents::queue_page(store.conn(), (QueueSort::Urgency, true), &f, 100_000, false, now).unwrap();
        let mut back = want_ids.clone();
        back.reverse();
        assert_eq!(ids(&reversed), back, "reversed, {text:?}");
        // Newest and severity: their own indexes, every row tested.
        let newest = incidents::queue_page(store.conn(), (QueueSort::Newest, false), &f, 100_000, false, now).unwrap();
        let mut by_id = want_ids.clone();
        by_id.sort_by(|a, b| b.cmp(a));
        assert_eq!(ids(&newest), by_id, "newest, {text:?}");
        let severity =
            incidents::queue_page(store.conn(), (QueueSort::Severity, false), &f, 100_000, false, now).unwrap();
        let mut sev = ids(&severity);
        sev.sort_unstable();
        let mut wanted = want_ids.clone();
        wanted.sort_unstable();
        assert_eq!(sev, wanted, "severity, {text:?}");
        // The count the console's counting thread reads.
        assert_eq!(
            incidents::queue_count(store.conn(), &f, now).unwrap(),
            want_ids.len() as i64,
            "count, {text:?}"
        );
    }
    assert!(nonempty >= 15, "most texts match something ({nonempty})");
}

#[test]
fn the_queue_under_a_typed_filter_walks_the_filter_index_in_its_order() {
    let d = Desk::demo("supervisor");
    let store = Store::open(&d.db).unwrap();
    // The plan SQLite makes of the queue's statement: the filter's index, no sort of its own
    // (the filter's columns are in the index: a row is read only for a match).
    let plan: Vec<String> = store
        .conn()
        .prepare(
            "EXPLAIN QUERY PLAN SELECT id FROM incidents INDEXED BY incidents_open_filter
             WHERE status <> 'closed' AND (title LIKE '%x%' OR service LIKE '%x%' OR coalesce(owner, '') LIKE '%x%'
               OR reporter LIKE '%x%' OR dept LIKE '%x%' OR id = 3)
             ORDER BY (restored_at IS NOT NULL), clock_start, id LIMIT 10",
        )
        .unwrap()
        .query_map([], |r| r.get::<_, String>(3))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(
        plan.iter().any(|p| p.contains("USING INDEX incidents_open_filter")),
        "{plan:?}"
    );
    assert!(!plan.iter().any(|p| p.contains("TEMP B-TREE")), "{plan:?}");
}
