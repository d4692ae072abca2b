//! `opsdesk bench` on a desk on PostgreSQL (issue 20, item 7), against a real server
//! (tests/common/pg.rs): every figure SQLite's bench prints is printed there too, with its goal,
//! each measured or (the cold ones, the live filter's index) said not to be measured on a server
//! and why; the desk is left as it was; `--scale`, which writes files, is refused. Timings are
//! never asserted: speed is measured by the bench itself.

mod common;

use std::collections::BTreeMap;

use common::Desk;
use common::pg::{APP_ROLE, PgDesk};
use serde_json::Value;

/// The figures not measured on a server, and what their note says.
const NOT_ON_A_SERVER: &[&str] = &[
    "opsdesk check, cache cold",
    "  its peak memory",
    "open to first frame (160x48), cache cold",
    "  by SQL, cache cold: p99",
    "live filter index: build, cache cold",
    "live filter, cache cold: p99",
];

/// Each figure by its name, a server's engine words as SQLite's: (goal, figure).
fn by_name(report: &Value) -> BTreeMap<String, (Option<f64>, Value)> {
    report["figures"]
        .as_array()
        .unwrap_or_else(|| panic!("no figures: {report}"))
        .iter()
        .map(|f| {
            let name = match f["name"].as_str().unwrap() {
                "the same page straight from PostgreSQL" => "the same page straight from SQLite",
                "psql, the same query" => "sqlite3 shell, the same query",
                other => other,
            };
            (name.to_string(), (f["goal"].as_f64(), f.clone()))
        })
        .collect()
}

#[test]
fn bench_on_a_server_prints_every_figure_sqlite_prints_beside_the_same_goal() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let db = pg.fresh_db("bench");
    let server = PgDesk::new(pg.url_as(&db, APP_ROLE));
    server.ok(&["demo", "--incidents", "2000"]);
    // Every incident's version and next engine instant, and the history's and the duties' rows.
    let state = || {
        let mut c = pg.connect(&db, APP_ROLE);
        let n = |c: &mut postgres::Client, sql: &str| c.query_one(sql, &[]).unwrap().get::<_, i64>(0);
        let versions: Vec<(i64, i64, i64)> = c
            .query(
                "SELECT id, version, coalesce(engine_due_at, -1) FROM incidents ORDER BY id",
                &[],
            )
            .unwrap()
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2)))
            .collect();
        let rows = (
            n(&mut c, "SELECT count(*) FROM history"),
            n(&mut c, "SELECT count(*) FROM duties"),
        );
        (versions, rows)
    };
    let before = state();
    let report = server.json(&["bench", "--json", "--cold", "--idle-seconds", "1"]);
    assert!(report["incidents"].as_i64().unwrap() >= 2000, "{report}");
    assert!(report["db"].as_str().unwrap().starts_with("postgresql://"), "{report}");
    let ours = by_name(&report);

    let lite = Desk::empty();
    lite.ok(&["demo", "--incidents", "300"]);
    let theirs = by_name(&lite.json(&["bench", "--cold", "--idle-seconds", "1"]));
    let names = |m: &BTreeMap<String, (Option<f64>, Value)>| m.keys().cloned().collect::<Vec<_>>();
    // The sqlite3 shell may be missing where psql is not: its three figures aside.
    let shell_figures = [
        "opsdesk incident list --open --limit 50 --json",
        "sqlite3 shell, the same query",
        "  ratio (goal: within 3x)",
    ];
    let mut want = names(&theirs);
    if !theirs.contains_key(shell_figures[1]) {
        want.extend(shell_figures.iter().map(|s| s.to_string()));
        want.sort();
    }
    assert_eq!(names(&ours), want, "the server's figures are SQLite's");

    for (name, (goal, f)) in &ours {
        if let Some((their_goal, _)) = theirs.get(name) {
            assert_eq!(goal, their_goal, "the same goal on both engines: {f}");
        }
        let note = f["note"].as_str().unwrap();
        if NOT_ON_A_SERVER.contains(&name.as_str()) {
            assert!(f["value"].is_null(), "not measured on a server: {f}");
            assert!(f["met"].is_null(), "{f}");
            assert!(note.starts_with("not measured on a server: "), "says why: {f}");
        } else {
            assert!(f["value"].as_f64().is_some_and(|v| v >= 0.0), "measured: {f}");
            assert_eq!(f["met"].is_boolean(), goal.is_some(), "{f}");
        }
    }
    // The live filter is the console's index in memory there too, built from the server's open
    // incidents: it holds every one of them.
    let filter = &ours["live filter, keystroke to filtered frame: median"].1;
    assert!(filter["note"].as_str().unwrap().contains("index in memory"), "{filter}");
    let size = &ours["  its size in memory"].1;
    let open = report["open"].as_i64().unwrap();
    assert!(open > 0, "{report}");
    assert_eq!(size["note"], format!("{open} open incidents"), "{size}");
    let shell = &ours["sqlite3 shell, the same query"].1;
    assert!(
        shell["note"].as_str().unwrap().contains("psql"),
        "which it was: {shell}"
    );
    // The bench reads; the desk is as it was (the tick it times is rolled back).
    assert_eq!(state(), before);

    // --scale writes desks into files: refused on a server, nothing written.
    let e = server.fails(6, &["bench", "--scale", "100"]);
    assert!(e.contains("not on a server"), "{e}");
    assert_eq!(state(), before);
}
