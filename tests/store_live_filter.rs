//! The live filter (issue 18, item 3) on real desks: what a typed text keeps of the open queue is
//! exactly what its promise says (the text in the title, the service, the owner, the reporter or
//! the department, ASCII letters in either case, or the incident's id), whichever way the queue
//! is read: the urgency order walks the filter's own index (schema 22, `INDEXED BY`), the other
//! orders walk their own indexes and test every row; the console's index in memory
//! (`store::live_filter`, once built) searches its own buffer. The expected rows are computed
//! here, in Rust, from every incident of the desk, and the index gives exactly the SQL path's.

mod common;

use chrono::Utc;
use common::Desk;
use opsdesk::domain::incident::{Incident, Status};
use opsdesk::domain::time::whole_seconds;
use opsdesk::store::Store;
use opsdesk::store::incidents::{self, QueueFilter, QueueSort};
use opsdesk::store::live_filter::{self, OpenIndex, Refreshed};

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

/// The in-memory index gives the SQL path's page for `f` in every order, direction, page and
/// end, and its count.
fn same_as_sql(store: &Store, ix: &mut OpenIndex, f: &QueueFilter, now: chrono::DateTime<Utc>) {
    let conn = store.conn();
    for sort in [QueueSort::Urgency, QueueSort::Newest, QueueSort::Severity] {
        for reverse in [false, true] {
            for limit in [1, 7, 100_000] {
                for from_end in [false, true] {
                    let sql = incidents::queue_page(conn, (sort, reverse), f, limit, from_end, now).unwrap();
                    let mem = ix.page(f, (sort, reverse), limit, from_end).unwrap();
                    assert_eq!(
                        mem.ids,
                        ids(&sql),
                        "{f:?} {sort:?} reverse {reverse} limit {limit} end {from_end}"
                    );
                }
            }
        }
    }
    let count = incidents::queue_count(conn, f, now).unwrap();
    let mem = ix.page(f, (QueueSort::Urgency, false), 0, false).unwrap();
    assert_eq!(mem.total as i64, count, "count, {f:?}");
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
    let mut ix = live_filter::build(store.conn()).unwrap();
    assert_eq!(ix.len(), open.len());
    for text in &texts {
        same_as_sql(&store, &mut ix, &QueueFilter::text(text), now);
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

/// The index kept fresh after other processes' commits (another connection to the same file):
/// new incidents, a new owner, a restoration, a closing, each found (or no longer) as SQL finds it.
#[test]
fn the_index_follows_another_consoles_commits_and_still_gives_what_sql_gives() {
    let d = Desk::empty();
    d.ok(&["demo", "--role", "supervisor", "--incidents", "600", "--seed", "24"]);
    let mut store = Store::open(&d.db).unwrap();
    let mut ix = store.read(|tx| live_filter::build(tx)).unwrap();
    assert_eq!(store.read(|tx| ix.refresh(tx)).unwrap(), Refreshed::Current);
    let now = whole_seconds(Utc::now());
    let open: Vec<Incident> = every_incident(&store)
        .into_iter()
        .filter(|i| i.status != Status::Closed && i.owner.is_none() && i.restored_at.is_none())
        .collect();
    assert!(open.len() >= 3, "{} open, unowned, unrestored", open.len());
    // Another process: two new ones, one accepted (owned), one restored, one through to closed.
    // (Accepting gives the others an owner too.)
    let whale = d.new_incident("鲸鱼 Whale sighted", "-3m");
    d.new_incident("another whale", "-2m");
    let (a, b, c) = (open[0].id.to_string(), open[1].id.to_string(), open[2].id.to_string());
    d.ok(&["incident", "accept", &a]);
    for id in [&b, &c] {
        d.ok(&["incident", "accept", id]);
        d.ok(&["incident", "restore", id]);
    }
    d.ok(&["incident", "resolve", &c, "--cause", "gone"]);
    d.ok(&["incident", "verify", &c, "--satisfaction", "5"]);
    d.ok(&["incident", "close", &c]);
    let read = store.read(|tx| ix.refresh(tx)).unwrap();
    assert!(matches!(read, Refreshed::Read(n) if n >= 5), "{read:?}");
    let login = store
        .conn()
        .query_row("SELECT owner FROM incidents WHERE id = ?1", [open[0].id], |r| {
            r.get::<_, String>(0)
        })
        .unwrap();
    let mine = QueueFilter {
        owner: Some(Some(login)),
        ..QueueFilter::text(" ")
    };
    for f in [
        QueueFilter::text("whale"),
        QueueFilter::text("鲸鱼"),
        QueueFilter::text(&format!("#{whale}")),
        QueueFilter::text(&c),
        QueueFilter::text(&open[2].title),
        QueueFilter::text("crm"),
        mine,
    ] {
        same_as_sql(&store, &mut ix, &f, now);
    }
    assert_eq!(
        ix.page(&QueueFilter::text("whale"), (QueueSort::Urgency, false), 10, false)
            .unwrap()
            .total,
        2
    );
    let closed = ix
        .page(&QueueFilter::text(&c), (QueueSort::Urgency, false), 10, false)
        .unwrap();
    assert!(!closed.ids.contains(&open[2].id), "the closed one is gone");
}
