//! `opsdesk demo` on a desk on PostgreSQL (issue 20): the same demo desk as on SQLite, in an
//! empty database of its own; `check` passes on it; it is never written over a desk.

mod common;

use common::Desk;
use common::pg::{app_desk, kept};
use serde_json::Value;

#[test]
fn a_demo_on_a_server_is_the_sqlite_demo_and_is_never_written_over_a_desk() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let server = app_desk(pg, "demo");
    let said = server.run(&["demo", "--role", "supervisor"]);
    assert!(said.status.success(), "{}", String::from_utf8_lossy(&said.stderr));
    assert!(
        String::from_utf8_lossy(&said.stderr).contains("compared row by row"),
        "{}",
        String::from_utf8_lossy(&said.stderr)
    );
    let lite = Desk::demo("supervisor");
    // The same records, read the same way, on both. They were written a minute or two apart
    // from the same seed, relative to when each was written: what the clock moves since (an
    // incident's level, its next step, a duty missed) is left out.
    let moving = [
        "escalation_level",
        "next_escalation_level",
        "level",
        "state",
        "late",
        "missed",
    ];
    let steady = |mut v: Value| {
        fn drop(v: &mut Value, keys: &[&str]) {
            match v {
                Value::Object(o) => {
                    o.retain(|k, _| !keys.contains(&k.as_str()));
                    o.values_mut().for_each(|v| drop(v, keys));
                }
                Value::Array(a) => a.iter_mut().for_each(|v| drop(v, keys)),
                _ => {}
            }
        }
        drop(&mut v, &moving);
        v
    };
    for args in [
        &["incident", "list", "--json", "--limit", "2000"][..],
        &["change", "list", "--json"],
        &["billing", "list", "--json"],
        &["user", "list", "--json"],
    ] {
        let (_, a) = kept(&|a| lite.ok(a), args);
        let (_, b) = kept(&|a| server.ok(a), args);
        if let Some(d) = common::pg::difference(&steady(a), &steady(b), "") {
            panic!("{args:?}: SQLite and PostgreSQL demos differ at {d}");
        }
    }
    let check = server.json(&["check", "--json"]);
    assert_eq!(check["finding_count"], 0, "{check}");
    // Again into the same database: refused before anything is written, saying what to do.
    let e = server.fails(1, &["demo"]);
    assert!(e.contains("already holds an opsdesk desk"), "{e}");
    assert!(e.contains("createdb"), "{e}");
}
