//! The search index in the store (issue 14): it follows every write in the write's own
//! transaction (a new record, an update, a note, a record of another kind, a write that fails),
//! and the migration builds it for a desk written before it.

mod common;

use chrono::{Duration, TimeZone, Utc};
use opsdesk::config::Config;
use opsdesk::domain::incident::{Category, Channel, NewIncident};
use opsdesk::domain::kind::Kind;
use opsdesk::domain::problem::NewProblem;
use opsdesk::ops::{self, Call};
use opsdesk::store::Store;
use opsdesk::store::search::find::{Query, find};

fn t0() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 2, 0, 0).unwrap()
}

fn hits(desk: &ops::Desk, text: &str) -> Vec<(Kind, i64)> {
    let q = Query {
        text: text.into(),
        limit: 50,
        ..Query::default()
    };
    find(desk.store.conn(), &q)
        .unwrap()
        .into_iter()
        .map(|f| (f.kind, f.id))
        .collect()
}

fn incident(title: &str) -> NewIncident {
    NewIncident {
        title: title.into(),
        service: "billing".into(),
        category: Some(Category::Application),
        channel: Some(Channel::Phone),
        received_at: Some(t0() - Duration::minutes(5)),
        ..NewIncident::default()
    }
}

#[test]
fn the_index_follows_each_write_and_a_failed_one_leaves_it_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = ops::directory::init_file(
        &dir.path().join("d.db"),
        Config::defaults(),
        "li",
        "李雷",
        "IT管理部",
        t0(),
    )
    .unwrap();
    let me = desk.actor("li").unwrap();
    let id = ops::incidents::create(&mut desk, &me, &incident("话单采集延迟"), t0())
        .unwrap()
        .incident
        .id;
    assert_eq!(hits(&desk, "话单"), vec![(Kind::Incident, id)], "created");
    ops::incidents::accept(&mut desk, &Call::new(&me, t0()), id, None).unwrap();
    ops::incidents::resolve(&mut desk, &Call::new(&me, t0()), id, t0(), "交换机 FTP 限速", false).unwrap();
    assert_eq!(hits(&desk, "限速"), vec![(Kind::Incident, id)], "updated");
    ops::incidents::note(&mut desk, &Call::new(&me, t0()), id, "已联系厂商").unwrap();
    assert_eq!(hits(&desk, "厂商"), vec![(Kind::Incident, id)], "a note");
    let p = NewProblem {
        title: "采集程序单线程".into(),
        root_cause: "交换机限速".into(),
        ..NewProblem::default()
    };
    let pid = ops::problems::create(&mut desk, &me, &p, &[id], t0())
        .unwrap()
        .problem
        .id;
    assert!(hits(&desk, "单线程").contains(&(Kind::Problem, pid)), "another kind");
    // The newest change first: the incident (its timeline got the link last), then the problem.
    assert_eq!(hits(&desk, "限速"), vec![(Kind::Incident, id), (Kind::Problem, pid)]);
    // A write refused inside its transaction leaves the index as the data: unchanged.
    assert!(ops::problems::plan(&mut desk, &Call::new(&me, t0()), pid, 99).is_err());
    let count = |d: &ops::Desk| -> i64 {
        d.store
            .conn()
            .query_row("SELECT count(*) FROM search_docs", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(count(&desk), 2);
}

#[test]
fn the_migration_builds_the_index_of_a_desk_written_before_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.db");
    let mut desk = ops::directory::init_file(&path, Config::defaults(), "li", "李雷", "IT管理部", t0()).unwrap();
    let me = desk.actor("li").unwrap();
    let mut ids = Vec::new();
    for title in ["计费系统批价超时", "短信网关积压", "CRM 工单报错"] {
        ids.push(
            ops::incidents::create(&mut desk, &me, &incident(title), t0())
                .unwrap()
                .incident
                .id,
        );
    }
    let version: i64 = desk
        .store
        .conn()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    drop(desk);
    // The desk as schema 12 had it: none of migration 13's tables (later migrations create only
    // what is missing, so they run again unharmed).
    let conn = rusqlite::Connection::open(&path).unwrap();
    common::forge::back_to_text_columns(&conn, version.min(13) - 1);
    conn.execute_batch(&format!(
        "DROP TABLE search_text; DROP TABLE search_docs; DROP TABLE problem_incidents; DROP TABLE problems;
         DROP TABLE articles; PRAGMA user_version = {};",
        version.min(13) - 1
    ))
    .unwrap();
    drop(conn);
    let desk = ops::Desk::new(Store::open(&path).unwrap(), Config::defaults());
    assert_eq!(hits(&desk, "短信"), vec![(Kind::Incident, ids[1])]);
    assert_eq!(hits(&desk, "工单"), vec![(Kind::Incident, ids[2])]);
    assert_eq!(hits(&desk, "计费系统"), vec![(Kind::Incident, ids[0])]);
}

/// A plan's services, scenarios and group, a drill's participants and an article's services are
/// stored as JSON lists: a hit's snippet shows them as words (`billing`), never as JSON
/// (`["billing"]`), and the words are found.
#[test]
fn json_lists_are_searched_and_shown_as_words() {
    let dir = tempfile::tempdir().unwrap();
    let desk = opsdesk::demo::write(
        &dir.path().join("demo.db"),
        Config::defaults(),
        "duty",
        "值班员小周",
        opsdesk::domain::role::Role::Supervisor,
        7,
        t0(),
    )
    .unwrap();
    for (kind, text) in [
        (Kind::Plan, "billing"),
        (Kind::Plan, "liuyang"),
        (Kind::Drill, "陈静"),
        (Kind::Article, "sms-gateway"),
    ] {
        let q = Query {
            text: text.into(),
            kinds: vec![kind],
            limit: 20,
            ..Query::default()
        };
        let found = opsdesk::ops::search::search(desk.store.conn(), &q).unwrap();
        assert!(!found.is_empty(), "{kind:?} {text}");
        for h in &found {
            let doc = opsdesk::store::search::text_of(desk.store.conn(), h.kind, h.id)
                .unwrap()
                .unwrap();
            assert!(
                !h.snippet.contains("[\"") && !doc.text.contains("[\"") && !doc.text.contains("{\""),
                "{kind:?} {}: {}",
                h.id,
                doc.text
            );
        }
    }
}
