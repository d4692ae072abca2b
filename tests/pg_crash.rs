//! Issue 20, item 6: tests/crash.rs on a server desk. The writer (the real binary in a shell
//! loop: `incident note`, and now and then `incident new` with the ladder's duties) is killed
//! with SIGKILL at a random moment, many times, so the opsdesk in flight dies wherever it is:
//! connecting, waiting for the write lock, inside its transaction, committing. Afterwards every
//! acknowledged write is there, none half-written, each incident's version is its history's,
//! opsdesk opens the desk, and `check` passes at the end.

mod common;

use std::collections::HashSet;
use std::ffi::OsStr;
use std::time::Duration;

use common::crash::{Rng, round};
use common::pg::{APP_ROLE, init_desk};

const ROUNDS: usize = 12;

#[test]
fn crash_kill_9_mid_write_on_a_server_loses_no_acknowledged_write() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = init_desk(pg, "crash");
    let incident = d.new_incident("crash target", "-1m");
    let config = d.dir.path().join("config.toml");
    let env: [(&str, &OsStr); 3] = [
        ("OPSDESK_DB", OsStr::new(&d.url)),
        ("OPSDESK_CONFIG", config.as_os_str()),
        ("HOME", d.dir.path().as_os_str()),
    ];
    let mut rng = Rng(0x5DEE_CE66_D1CE_4E5B);
    let (mut acknowledged, mut in_flight_committed) = (0, 0);
    let mut client = pg.connect("crash", APP_ROLE);
    let count = |client: &mut postgres::Client, sql: &str| -> i64 { client.query_one(sql, &[]).unwrap().get(0) };
    for k in 1..=ROUNDS {
        let acked = round(
            k,
            d.dir.path(),
            &env,
            incident,
            Duration::from_millis(50 + rng.below(600)),
        );

        let mut present: HashSet<String> = HashSet::new();
        for r in client
            .query(
                "SELECT detail FROM history_text WHERE action = 'note' AND record_id = $1",
                &[&incident],
            )
            .unwrap()
        {
            present.insert(r.get(0));
        }
        for r in client.query("SELECT title FROM incidents", &[]).unwrap() {
            present.insert(r.get(0));
        }
        for a in &acked {
            assert!(present.contains(a), "round {k}: acknowledged {a:?} is missing");
        }
        let orphans = count(
            &mut client,
            "SELECT count(*) FROM incidents i WHERE (SELECT count(*) FROM history_text h
               WHERE h.record_kind = 'incident' AND h.record_id = i.id AND h.action = 'create') != 1",
        );
        assert_eq!(orphans, 0, "round {k}: incidents without exactly one creation row");
        let duty_counts = count(
            &mut client,
            "SELECT count(DISTINCT n) FROM (SELECT (SELECT count(*) FROM duties d
               WHERE d.record_kind = 'incident' AND d.record_id = i.id) AS n
               FROM incidents i WHERE i.title LIKE 'crash-%') AS per_incident",
        );
        assert!(
            duty_counts <= 1,
            "round {k}: an incident was written without all its duties"
        );
        let latest_mismatch = count(
            &mut client,
            "SELECT count(*) FROM incidents i WHERE i.version != (SELECT max(version) FROM history_text h
               WHERE h.record_kind = 'incident' AND h.record_id = i.id)",
        );
        assert_eq!(
            latest_mismatch, 0,
            "round {k}: an incident's version is not its history's"
        );

        // The write in flight when the kill came either committed whole or left nothing.
        if present.contains(&format!("crash-{k}-{}", acked.len() + 1)) {
            in_flight_committed += 1;
        }
        acknowledged += acked.len();
        d.ok(&["incident", "show", &incident.to_string()]);
    }
    // A killed client's transaction was rolled back by the server: nothing holds the write lock.
    d.ok(&["incident", "note", &incident.to_string(), "after the crashes"]);
    let report = d.run(&["check"]);
    assert!(
        report.status.success(),
        "{}{}",
        String::from_utf8_lossy(&report.stdout),
        String::from_utf8_lossy(&report.stderr)
    );
    println!(
        "pg crash: {ROUNDS} rounds of kill -9: {acknowledged} acknowledged writes all present, {in_flight_committed} in-flight writes found committed"
    );
    assert!(acknowledged > 0, "no write was acknowledged: the kills came too early");
}
