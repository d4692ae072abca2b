//! Upgrading a desk on a real PostgreSQL server (issue 20: migrations versioned in the database),
//! driven with steps of the test's own, as the next schema's will be: each step and the version
//! it reaches commit together or not at all, a step that fails leaves the desk as it was, a
//! missing step is refused before anything runs, and two opsdesks upgrading at once upgrade once.
//! And the real opsdesk on a desk older than itself with no step to it: refused, untouched.

mod common;

use common::pg::{APP_ROLE, app_desk, init_desk};
use opsdesk::store::SCHEMA_VERSION;
use opsdesk::store::engine::PgUrl;
use opsdesk::store::pg::{self, upgrade};

fn version(pg: &common::pg::PgServer, db: &str) -> i64 {
    pg.connect(db, APP_ROLE)
        .query_one("SELECT version FROM opsdesk_schema", &[])
        .unwrap()
        .get(0)
}

fn has_table(pg: &common::pg::PgServer, db: &str, table: &str) -> bool {
    pg.connect(db, APP_ROLE)
        .query_one("SELECT to_regclass($1) IS NOT NULL", &[&table])
        .unwrap()
        .get(0)
}

#[test]
fn a_step_and_its_version_commit_together_or_not_at_all() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let base = upgrade::BASELINE;

    // Applied: the version moves with it, and a second run finds nothing to do.
    let d = init_desk(pg, "upgrade_ok");
    let url = PgUrl::parse(&d.url, "the test").unwrap();
    let steps: &[(i64, &str)] = &[(base + 1, "CREATE TABLE upgraded_marker (x BIGINT)")];
    let mut client = pg::connect(&url).unwrap();
    assert_eq!(
        upgrade::upgrade(&mut client, &url, base + 1, steps).unwrap(),
        Some(base)
    );
    assert_eq!(upgrade::upgrade(&mut client, &url, base + 1, steps).unwrap(), None);
    assert_eq!(version(pg, "upgrade_ok"), base + 1);
    assert!(has_table(pg, "upgrade_ok", "upgraded_marker"));

    // A step that fails: the one before it is undone too, the version stays.
    let d = init_desk(pg, "upgrade_fails");
    let url = PgUrl::parse(&d.url, "the test").unwrap();
    let steps: &[(i64, &str)] = &[
        (base + 1, "CREATE TABLE half_done (x BIGINT)"),
        (base + 2, "CREATE TABLE broken ("),
    ];
    let mut client = pg::connect(&url).unwrap();
    let e = format!(
        "{:#}",
        upgrade::upgrade(&mut client, &url, base + 2, steps).unwrap_err()
    );
    assert!(
        e.contains(&format!("upgrading the schema to {}", base + 2)) && e.contains(&format!("left at {base}")),
        "{e}"
    );
    assert_eq!(version(pg, "upgrade_fails"), base);
    assert!(!has_table(pg, "upgrade_fails", "half_done"));

    // A step missing: nothing runs.
    let steps: &[(i64, &str)] = &[(base + 2, "CREATE TABLE too_far (x BIGINT)")];
    let e = format!(
        "{:#}",
        upgrade::upgrade(&mut client, &url, base + 2, steps).unwrap_err()
    );
    assert!(e.contains(&format!("no step to schema {}", base + 1)), "{e}");
    assert_eq!(version(pg, "upgrade_fails"), base);
    assert!(!has_table(pg, "upgrade_fails", "too_far"));
}

#[test]
fn two_opsdesks_upgrading_at_once_upgrade_once() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let base = upgrade::BASELINE;
    let d = init_desk(pg, "upgrade_race");
    // Run twice, the step would fail on the table it made the first time.
    const STEP: &str = "CREATE TABLE once_only (x BIGINT); SELECT pg_sleep(0.3)";
    let runs: Vec<_> = (0..2)
        .map(|_| {
            let raw = d.url.clone();
            std::thread::spawn(move || {
                let url = PgUrl::parse(&raw, "the test").unwrap();
                let mut client = pg::connect(&url).unwrap();
                upgrade::upgrade(&mut client, &url, base + 1, &[(base + 1, STEP)]).map_err(|e| format!("{e:#}"))
            })
        })
        .collect();
    let mut results: Vec<Option<i64>> = runs.into_iter().map(|t| t.join().unwrap().unwrap()).collect();
    results.sort();
    assert_eq!(results, [None, Some(base)]);
    assert_eq!(version(pg, "upgrade_race"), base + 1);
}

#[test]
fn an_older_desk_with_no_step_to_this_schema_is_refused_and_left_as_it_was() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = app_desk(pg, "older");
    d.ok(&["init"]);
    let older = SCHEMA_VERSION - 1;
    pg.connect("older", APP_ROLE)
        .execute("UPDATE opsdesk_schema SET version = $1", &[&older])
        .unwrap();
    let e = d.fails(1, &["--read-only", "incident", "list"]);
    assert!(e.contains("read-only session changes nothing"), "{e}");
    for args in [&["incident", "list"][..], &["check"], &[]] {
        let e = d.fails(1, args);
        assert!(
            e.contains(&format!("no step to schema {SCHEMA_VERSION}")),
            "{args:?}: {e}"
        );
    }
    assert_eq!(version(pg, "older"), older);
}
