//! The scale generator (`opsdesk demo --incidents N`): deterministic, 90% closed, and every
//! generated history replays to its incident's state.

mod common;

use std::collections::BTreeMap;

use common::Desk;
use opsdesk::domain::audit::{BOOKKEEPING, FieldChange, apply};
use serde_json::Value;

fn generate(past: usize, seed: u64) -> Desk {
    let d = Desk::empty();
    d.ok(&["demo", "--incidents", &past.to_string(), "--seed", &seed.to_string()]);
    d
}

#[test]
fn s_the_generated_past_is_mostly_closed_and_replays_from_its_history() {
    let d = generate(2_000, 7);
    let c = rusqlite::Connection::open(&d.db).unwrap();
    let total: i64 = c.query_row("SELECT count(*) FROM incidents", [], |r| r.get(0)).unwrap();
    assert!(total >= 2_000, "{total}");
    let closed: i64 = c
        .query_row("SELECT count(*) FROM incidents WHERE status = 'closed'", [], |r| {
            r.get(0)
        })
        .unwrap();
    let share = closed as f64 / total as f64;
    assert!((0.85..0.95).contains(&share), "about 90% closed: {share}");
    let rows: i64 = c.query_row("SELECT count(*) FROM history", [], |r| r.get(0)).unwrap();
    assert!(
        rows as f64 / total as f64 >= 4.0,
        "about five history rows each: {rows}"
    );
    // Replay every incident's history and compare with the row as the store reads it.
    let mut replayed: BTreeMap<i64, serde_json::Map<String, Value>> = BTreeMap::new();
    let mut st = c
        .prepare("SELECT record_id, changes, at FROM history_text WHERE record_kind = 'incident' ORDER BY id")
        .unwrap();
    let mut q = st.query([]).unwrap();
    let mut texts = opsdesk::store::history_texts::Texts::new(&c);
    while let Some(r) = q.next().unwrap() {
        // Stored compact (schema 16): read in the canonical text every reader sees.
        let stored = r.get::<_, String>(1).unwrap();
        let text = texts.canonical_str(&stored, r.get(2).unwrap());
        let changes: Vec<FieldChange> = serde_json::from_str(&text).unwrap();
        apply(replayed.entry(r.get(0).unwrap()).or_default(), &changes);
    }
    let store = opsdesk::store::Store::open(&d.db).unwrap();
    for (id, state) in replayed.iter().step_by(7) {
        let inc = opsdesk::store::incidents::get(store.conn(), *id).unwrap().unwrap();
        let Value::Object(mut now) = serde_json::to_value(&inc).unwrap() else {
            unreachable!()
        };
        now.retain(|k, _| !BOOKKEEPING.contains(&k.as_str()));
        let mut state = state.clone();
        state.retain(|k, _| !BOOKKEEPING.contains(&k.as_str()));
        assert_eq!(state, now, "incident {id} replays to its state");
    }
}

#[test]
fn s_the_same_seed_writes_the_same_desk() {
    let titles = |d: &Desk| -> Vec<String> {
        let c = rusqlite::Connection::open(&d.db).unwrap();
        let mut st = c
            .prepare("SELECT title || status FROM incidents ORDER BY id LIMIT 300")
            .unwrap();
        st.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
    };
    let (a, b, other) = (generate(300, 11), generate(300, 11), generate(300, 12));
    assert_eq!(titles(&a), titles(&b));
    assert_ne!(titles(&a), titles(&other));
}

#[test]
fn s_bench_measures_every_figure_beside_its_goal() {
    let d = generate(500, 3);
    let versions = |d: &Desk| -> Vec<(i64, i64)> {
        let list = d.json(&["incident", "list", "--limit", "50"]);
        list.as_array()
            .unwrap()
            .iter()
            .map(|i| (i["id"].as_i64().unwrap(), i["version"].as_i64().unwrap()))
            .collect()
    };
    let rows = |d: &Desk| -> (i64, i64) {
        let c = rusqlite::Connection::open(&d.db).unwrap();
        let n = |sql: &str| c.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
        (n("SELECT count(*) FROM history"), n("SELECT count(*) FROM duties"))
    };
    let before = (versions(&d), rows(&d));
    let report = d.json(&["bench", "--idle-seconds", "2"]);
    let figures = report["figures"].as_array().unwrap();
    let named = |part: &str| {
        figures
            .iter()
            .find(|f| f["name"].as_str().unwrap().contains(part))
            .unwrap_or_else(|| panic!("no figure for {part}: {report}"))
    };
    for (part, goal) in [
        ("open to first frame", 50.0),
        ("scrolling: p99", 5.0),
        ("full escalation tick", 10.0),
        ("idle console CPU", 0.3),
        ("idle console, bytes to the terminal", 1.0),
        ("a console's peak memory", 64.0),
        ("Reports view opens", 100.0),
    ] {
        let f = named(part);
        assert_eq!(f["goal"].as_f64(), Some(goal), "{f}");
        // A quiet console may take less than a clock tick of CPU in two seconds.
        let least = if part == "idle console CPU" {
            0.0
        } else {
            f64::MIN_POSITIVE
        };
        assert!(f["value"].as_f64().unwrap() >= least, "measured: {f}");
        assert!(f["met"].is_boolean(), "{f}");
    }
    assert!(
        named("idle console CPU")["note"]
            .as_str()
            .unwrap()
            .contains("a real console in a pseudo-terminal"),
        "measured, not modelled"
    );
    assert!(named("live filter").is_object());
    // The console's memory is the goal's; the bench's own (every figure in one process) is shown.
    assert!(named("the bench's own peak memory")["goal"].is_null());
    assert!(
        named("Reports view opens")["note"]
            .as_str()
            .unwrap()
            .contains("index range reads"),
        "no chart read scans the incidents: {}",
        named("Reports view opens")
    );
    assert!(named("straight from SQLite").is_object());
    assert!(report["incidents"].as_i64().unwrap() >= 500);
    // --cold: the first frame and the live filter also with the desk out of the page cache,
    // each beside its warm figure and its goal.
    let cold = d.json(&["bench", "--cold", "--idle-seconds", "1"]);
    let names: Vec<&str> = cold["figures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap())
        .collect();
    for (part, goal) in [
        ("open to first frame (160x48), cache cold", 50.0),
        ("open to first frame (160x48), warm", 50.0),
        ("live filter, cache cold: p99", 50.0),
        ("live filter: p99", 10.0),
    ] {
        let f = cold["figures"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["name"] == part)
            .unwrap_or_else(|| panic!("no {part}: {names:?}"));
        assert_eq!(f["goal"].as_f64(), Some(goal), "{f}");
        assert!(f["value"].as_f64().unwrap() > 0.0, "measured: {f}");
    }
    // The bench reads; the desk is as it was (the tick it times is rolled back).
    assert_eq!((versions(&d), rows(&d)), before);
}
