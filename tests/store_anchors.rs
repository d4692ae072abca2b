//! A1 with the history's hashes stored short (issue 18, item 5; store/anchors.rs): a row stores
//! its full hash every 64 rows at most and a 4-byte prefix between; a desk whose rows all hold
//! their full hashes (as every desk before) reads, checks and goes on the same; a row forged in
//! place is named by `check` whether it stores a prefix or its full hash.

mod common;

use common::forge::{behind_trigger, recompute_chain};
use common::{Desk, login};
use opsdesk::config::Config;
use opsdesk::ops::{self, check};
use opsdesk::store::Store;
use opsdesk::store::anchors::{ANCHOR_EVERY, FULL, SHORT};
use opsdesk::store::chain::{Kept, KeptVerdict};
use rusqlite::Connection;

fn check_of(path: &std::path::Path, kept: Option<&Kept>) -> check::Report {
    let mut desk = ops::Desk::new(Store::open(path).unwrap(), Config::defaults());
    let actor = desk.actor(&login()).unwrap();
    check::run(&mut desk, &actor, kept, &mut |_, _, _| {}).unwrap()
}

fn head_of(report: &check::Report) -> Kept {
    assert!(report.clean(), "{}", report.summary());
    Kept::parse(&report.chain.head.as_ref().expect("a head").to_string()).unwrap()
}

/// Every row's id and stored hash length.
fn lengths(c: &Connection) -> Vec<(i64, usize)> {
    c.prepare("SELECT id, length(hash) FROM history ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as usize)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

/// Row `id` of the desk at `path`, its actor changed behind the trigger, in a copy of the file;
/// what `check` says of the copy.
fn forged_copy(d: &Desk, id: i64, name: &str) -> check::Report {
    let copy = d.dir.path().join(format!("{name}.db"));
    std::fs::copy(&d.db, &copy).unwrap();
    let c = Connection::open(&copy).unwrap();
    behind_trigger(
        &c,
        "history_no_update",
        &format!(
            "UPDATE history SET actor = {} WHERE id = {id}",
            common::forge::word(&c, "hanmeimei")
        ),
    );
    drop(c);
    check_of(&copy, None)
}

fn history_json(d: &Desk, ids: &[i64]) -> Vec<String> {
    ids.iter()
        .map(|id| d.ok(&["history", "incident", &id.to_string(), "--json"]))
        .collect()
}

#[test]
fn a1_hashes_are_stored_short_between_anchors_and_an_older_desk_reads_checks_and_goes_on_the_same() {
    let d = Desk::demo("admin");
    let c = Connection::open(&d.db).unwrap();
    let stored = lengths(&c);
    assert!(stored.len() > 1000);
    // The first row in full, then at most 64 rows from one full hash to the next, prefixes between.
    assert_eq!(stored[0].1, FULL);
    let mut last_full = stored[0].0;
    for &(id, len) in &stored[1..] {
        if len == FULL {
            assert_eq!(id - last_full, ANCHOR_EVERY, "row {id}");
            last_full = id;
        } else {
            assert_eq!(len, SHORT, "row {id}");
            assert!(id - last_full < ANCHOR_EVERY, "row {id}");
        }
    }
    let written = head_of(&check_of(&d.db, None));
    let sample: Vec<i64> = c
        .prepare(
            "SELECT DISTINCT record_id FROM history_text WHERE record_kind = 'incident' ORDER BY record_id LIMIT 5",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let json = history_json(&d, &sample);

    // The desk as opsdesk wrote it before: every row holds its full hash (the very chain).
    recompute_chain(&c, 1);
    assert!(lengths(&c).iter().all(|&(_, len)| len == FULL));
    drop(c);
    let report = check_of(&d.db, None);
    assert_eq!(head_of(&report), written, "the same chain, the same head");
    assert_eq!(history_json(&d, &sample), json, "history --json reads the same");
    let report = check_of(&d.db, Some(&written));
    assert_eq!(
        report.chain.kept,
        Some(KeptVerdict::Holds {
            id: written.id.unwrap()
        })
    );

    // It goes on: rows appended after the full ones store prefixes, the kept head still holds.
    let new = d.new_incident("written after the head was kept", "2026-11-30 10:00");
    let c = Connection::open(&d.db).unwrap();
    let after: Vec<(i64, usize)> = lengths(&c)
        .into_iter()
        .filter(|&(id, _)| id > written.id.unwrap())
        .collect();
    assert!(!after.is_empty());
    assert!(after.iter().all(|&(_, len)| len == SHORT), "{after:?}");
    drop(c);
    let report = check_of(&d.db, Some(&written));
    assert!(report.clean(), "{}", report.summary());
    assert_eq!(
        report.chain.kept,
        Some(KeptVerdict::Holds {
            id: written.id.unwrap()
        })
    );
    let later = head_of(&report);
    assert!(later.id > written.id);
    // The head printed without walking (the engine's log line) is the walk's.
    let desk = ops::Desk::new(Store::open(&d.db).unwrap(), Config::defaults());
    let head = opsdesk::store::chain_tail::head(desk.store.conn()).unwrap().unwrap();
    assert_eq!(head.to_string(), later.to_string());
    drop(desk);
    assert!(!d.ok(&["history", "incident", &new.to_string(), "--json"]).is_empty());
}

#[test]
fn a1_a_row_forged_in_place_is_named_whether_it_stores_a_prefix_or_its_full_hash() {
    let d = Desk::demo("admin");
    let c = Connection::open(&d.db).unwrap();
    let stored = lengths(&c);
    drop(c);
    let kept = head_of(&check_of(&d.db, None));
    // A row in the middle of a run of prefixes, and an anchor (not the last row: one after it).
    let short = stored
        .iter()
        .find(|&&(id, len)| len == SHORT && id > 1000 && id % 64 == 20)
        .unwrap()
        .0;
    let anchor = stored.iter().rev().skip(1).find(|&&(_, len)| len == FULL).unwrap().0;
    for (id, name) in [(short, "short"), (anchor, "anchor")] {
        let report = forged_copy(&d, id, name);
        assert!(!report.clean(), "{name}");
        assert_eq!(report.chain.break_count, 1, "{name}: {:?}", report.chain.breaks);
        assert_eq!(report.chain.breaks[0].id, id, "{name}: the row changed is named");
        // A prefix that does not match leaves the rows after it to the next anchor unverified; a
        // full hash that does not match leaves none.
        let unverified = match name {
            "short" => {
                stored
                    .iter()
                    .filter(|&&(r, len)| r > id && len == FULL)
                    .map(|&(r, _)| r)
                    .next()
                    .unwrap()
                    - id
            }
            _ => 0,
        };
        assert_eq!(report.chain.unverified as i64, unverified, "{name}");
        let copy = d.dir.path().join(format!("{name}.db"));
        let with_kept = check_of(&copy, Some(&kept));
        assert!(
            matches!(with_kept.chain.kept, Some(KeptVerdict::Differs { .. })),
            "{name}: {:?}",
            with_kept.chain.kept
        );
    }
}

#[test]
fn q5_a_desk_of_schema_20_loses_the_second_closed_at_index_and_the_draw_reads_the_first() {
    let d = Desk::init();
    let c = Connection::open(&d.db).unwrap();
    // The file as schema 20 left it: both indexes over the closed incidents.
    c.execute_batch(
        "CREATE INDEX incidents_closed_at ON incidents (closed_at, id) WHERE status = 'closed';
         PRAGMA user_version = 20;",
    )
    .unwrap();
    drop(c);
    drop(Store::open(&d.db).unwrap());
    let c = Connection::open(&d.db).unwrap();
    let indexes: Vec<String> = c
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND name LIKE 'incidents_closed%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(indexes, ["incidents_closed"]);
    let v: i64 = c.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(v, opsdesk::store::SCHEMA_VERSION);
    // The month's draw (samples.rs) and the work report's count (reports.rs) read it.
    for sql in [
        "SELECT id FROM incidents WHERE status = 'closed' AND closed_at >= 1 AND closed_at < 2 ORDER BY id",
        "SELECT count(*) FROM incidents WHERE closed_at >= 1 AND received_at < 1",
    ] {
        let plan: Vec<String> = c
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap()
            .query_map([], |r| r.get(3))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert!(
            plan.iter().any(|p| p.contains("INDEX incidents_closed ")),
            "{sql}: {plan:?}"
        );
    }
}
