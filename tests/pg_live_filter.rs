//! The live filter's index in memory (issue 18, item 3) on a desk on PostgreSQL (issue 20): built
//! from the server as the console's filter thread builds it (a connection of its own, one
//! snapshot), it gives exactly the rows and the count the SQL path gives there (`ILIKE` on the
//! server's bytewise columns), in every order, direction, page and end; and it follows what
//! other hosts commit, read from the history, as on a file.

mod common;

use chrono::{DateTime, Utc};
use common::pg::PgServer;
use opsdesk::config::Config;
use opsdesk::domain::time::whole_seconds;
use opsdesk::ops::Writes;
use opsdesk::ops::pg_desk::PgDesk;
use opsdesk::store::db::Db;
use opsdesk::store::engine::PgUrl;
use opsdesk::store::incidents::{self, QueueFilter, QueueSort};
use opsdesk::store::live_filter::{OpenIndex, Refreshed};
use opsdesk::tui::count::Source;
use opsdesk::tui::filter_index;

/// A demo desk of `n` incidents on a fresh database, and its URL.
fn demo_desk(pg: &PgServer, name: &str, n: &str) -> common::pg::PgDesk {
    let d = common::pg::app_desk(pg, name);
    d.ok(&["demo", "--role", "supervisor", "--incidents", n, "--seed", "18"]);
    d
}

fn url(d: &common::pg::PgDesk) -> PgUrl {
    PgUrl::parse(&d.url, "the test").unwrap()
}

/// The index as the console builds it: through `Source`, on a connection of its own.
fn built(d: &common::pg::PgDesk) -> OpenIndex {
    filter_index::build(&Source::Server(Box::new(url(d)), Box::new(Config::defaults()))).unwrap()
}

/// The server's SQL path and the index agree on `f`: the page in every order, direction, size
/// and end, and the count. Returns the count.
fn same_as_sql(db: &dyn Db, ix: &mut OpenIndex, f: &QueueFilter, now: DateTime<Utc>) -> i64 {
    for sort in [QueueSort::Urgency, QueueSort::Newest, QueueSort::Severity] {
        for reverse in [false, true] {
            for limit in [1, 7, 100_000] {
                for from_end in [false, true] {
                    let sql = incidents::queue_page(db, (sort, reverse), f, limit, from_end, now).unwrap();
                    let sql: Vec<i64> = sql.iter().map(|i| i.id).collect();
                    let mem = ix.page(f, (sort, reverse), limit, from_end).unwrap();
                    assert_eq!(
                        mem.ids, sql,
                        "{f:?} {sort:?} reverse {reverse} limit {limit} end {from_end}"
                    );
                }
            }
        }
    }
    let count = incidents::queue_count(db, f, now).unwrap();
    let mem = ix.page(f, (QueueSort::Urgency, false), 0, false).unwrap();
    assert_eq!(mem.total as i64, count, "count, {f:?}");
    count
}

#[test]
fn the_index_built_from_a_server_gives_what_the_servers_sql_gives() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = demo_desk(pg, "filter", "2000");
    let mut ix = built(&d);
    let mut desk = PgDesk::open(&url(&d), Config::defaults(), true).unwrap();
    let now = whole_seconds(Utc::now());
    let open: i64 = desk
        .read_db(|db| incidents::queue_count(db, &QueueFilter::default(), now))
        .unwrap();
    assert!(open > 100, "{open} open incidents");
    assert_eq!(ix.len() as i64, open, "every open incident held");
    let title = desk
        .read_db(|db| incidents::queue_page(db, (QueueSort::Newest, false), &QueueFilter::default(), 1, false, now))
        .unwrap()
        .remove(0);
    // Chinese words of one and two characters, ASCII in either case, a login, an id, text that
    // matches across two columns (never), a `%` and a `_` (themselves), and nothing.
    let texts = [
        "话".to_string(),
        "短信".into(),
        "CRM".into(),
        "Billing".into(),
        "zhang".into(),
        format!("#{}", title.id),
        title.id.to_string(),
        title.title.clone(),
        "crmbilling".into(),
        "%".into(),
        "_".into(),
        "xyzzy".into(),
    ];
    let mut hits = 0;
    for t in &texts {
        let f = QueueFilter::text(t);
        hits += desk.read_db(|db| Ok(same_as_sql(db, &mut ix, &f, now))).unwrap();
    }
    assert!(hits > 0, "some texts match");
    assert_eq!(desk.read_db(|db| ix.refresh(db)).unwrap(), Refreshed::Current);
}

#[test]
fn the_index_follows_what_other_hosts_commit_on_the_server() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = demo_desk(pg, "follow", "600");
    let mut ix = built(&d);
    let mut desk = PgDesk::open(&url(&d), Config::defaults(), true).unwrap();
    let now = whole_seconds(Utc::now());
    let unowned: Vec<i64> = desk
        .read_db(|db| {
            let f = QueueFilter {
                owner: Some(None),
                ..QueueFilter::default()
            };
            incidents::queue_page(db, (QueueSort::Urgency, false), &f, 3, false, now)
        })
        .unwrap()
        .iter()
        .filter(|i| i.restored_at.is_none())
        .map(|i| i.id)
        .collect();
    assert_eq!(unowned.len(), 3, "three open, unowned, unrestored");
    // Another host (the CLI, its own connection): two new ones, one accepted, two restored, one
    // of them through to closed.
    let new = |title: &str| {
        let args = ["incident", "new", "--title", title, "--service", "billing"];
        let more = [
            "--category",
            "application",
            "--channel",
            "phone",
            "--received-at",
            "-3m",
        ];
        let out = d.ok(&[&args[..], &more[..]].concat());
        out.trim().parse::<i64>().expect("an id")
    };
    let whale = new("鲸鱼 Whale sighted");
    new("another whale");
    let [a, b, c] = [0, 1, 2].map(|n| unowned[n].to_string());
    d.ok(&["incident", "accept", &a]);
    for id in [&b, &c] {
        d.ok(&["incident", "accept", id]);
        d.ok(&["incident", "restore", id]);
    }
    d.ok(&["incident", "resolve", &c, "--cause", "gone"]);
    d.ok(&["incident", "verify", &c, "--satisfaction", "5"]);
    d.ok(&["incident", "close", &c]);
    let read = desk.read_db(|db| ix.refresh(db)).unwrap();
    assert!(matches!(read, Refreshed::Read(n) if n >= 5), "{read:?}");
    for t in ["whale", "鲸鱼", &format!("#{whale}"), &c, &b, "crm"] {
        let f = QueueFilter::text(t);
        desk.read_db(|db| Ok(same_as_sql(db, &mut ix, &f, now))).unwrap();
    }
    let whales = ix.page(&QueueFilter::text("WHALE"), (QueueSort::Urgency, false), 10, false);
    assert_eq!(whales.unwrap().total, 2);
    let closed = ix.page(&QueueFilter::text(&c), (QueueSort::Urgency, false), 10, false);
    assert!(!closed.unwrap().ids.contains(&unowned[2]), "the closed one is gone");
}
