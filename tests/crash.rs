//! Issue 7, part 5: kill -9 a writer mid-stream, many times; afterwards the database passes
//! `PRAGMA integrity_check`, opsdesk opens it, and every write that was acknowledged is there.
//!
//! The writer is the real binary in a shell loop: it runs `opsdesk incident note` (and now and then
//! `incident new`, a bigger transaction that raises the ladder's duties with it) and appends each
//! text to a log only after opsdesk exited 0. The test kills the loop's whole process group with
//! SIGKILL at a random moment, so the opsdesk in flight dies wherever it is: opening, inside its
//! transaction, committing, checkpointing on close. 20 rounds by default; `OPSDESK_SOAK=seconds`
//! keeps going for that long. `cargo test --test crash -- --nocapture` prints a summary.

mod common;

use std::collections::HashSet;
use std::time::{Duration, Instant};

use common::Desk;
use common::crash::{Rng, round, soak};

const ROUNDS: usize = 20;

#[test]
fn crash_kill_9_mid_write_loses_no_acknowledged_write() {
    let desk = Desk::init();
    let incident = desk.new_incident("crash target", "-1m");
    let mut rng = Rng(0x5DEE_CE66_D1CE_4E5B);
    let started = Instant::now();
    let (mut acknowledged, mut in_flight_committed, mut rounds) = (0, 0, 0);
    loop {
        let done = match soak() {
            Some(d) => rounds >= ROUNDS && started.elapsed() >= d,
            None => rounds >= ROUNDS,
        };
        if done {
            break;
        }
        rounds += 1;
        let k = rounds;
        // Anywhere from the first opsdesk's start-up to a dozen writes in.
        let env: [(&str, &std::ffi::OsStr); 3] = [
            ("OPSDESK_DB", desk.db.as_os_str()),
            ("OPSDESK_CONFIG", desk.config.as_os_str()),
            ("HOME", desk.path().as_os_str()),
        ];
        let after = Duration::from_millis(20 + rng.below(400));
        let acked = round(k, desk.path(), &env, incident, after);

        let conn = rusqlite::Connection::open(&desk.db).unwrap();
        let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(integrity, "ok", "round {k}: integrity_check");
        let dangling: i64 = conn
            .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(dangling, 0, "round {k}: foreign_key_check");
        let mut present: HashSet<String> = HashSet::new();
        {
            let mut st = conn
                .prepare("SELECT detail FROM history_text WHERE action = 'note' AND record_id = ?1")
                .unwrap();
            for t in st.query_map([incident], |r| r.get::<_, String>(0)).unwrap() {
                present.insert(t.unwrap());
            }
            let mut st = conn.prepare("SELECT title FROM incidents").unwrap();
            for t in st.query_map([], |r| r.get::<_, String>(0)).unwrap() {
                present.insert(t.unwrap());
            }
        }
        for a in &acked {
            assert!(present.contains(a), "round {k}: acknowledged {a:?} is missing");
        }
        // All or nothing: every incident has its creation row, and each killed writer's
        // incidents the same duties (all were received 31 minutes before).
        let orphans: i64 = conn
            .query_row(
                "SELECT count(*) FROM incidents i WHERE (SELECT count(*) FROM history h
                   WHERE h.record_kind = (SELECT id FROM history_words WHERE word = 'incident')
                     AND h.record_id = i.id
                     AND h.action = (SELECT id FROM history_words WHERE word = 'create')) != 1",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(orphans, 0, "round {k}: incidents without exactly one creation row");
        let duty_counts: i64 = conn
            .query_row(
                "SELECT count(DISTINCT n) FROM (SELECT (SELECT count(*) FROM duties d
                   WHERE d.record_kind = 'incident' AND d.record_id = i.id) AS n
                   FROM incidents i WHERE i.title LIKE 'crash-%')",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert!(
            duty_counts <= 1,
            "round {k}: an incident was written without all its duties"
        );
        let latest_mismatch: i64 = conn
            .query_row(
                "SELECT count(*) FROM incidents i WHERE i.version != (SELECT max(version) FROM history h
                   WHERE h.record_kind = (SELECT id FROM history_words WHERE word = 'incident')
                     AND h.record_id = i.id)",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(
            latest_mismatch, 0,
            "round {k}: an incident's version is not its history's"
        );
        drop(conn);

        // The write in flight when the kill came either committed whole or left nothing.
        let next = format!("crash-{k}-{}", acked.len() + 1);
        if present.contains(&next) {
            in_flight_committed += 1;
        }
        acknowledged += acked.len();
        // And opsdesk itself opens what the crash left.
        desk.ok(&["incident", "show", &incident.to_string()]);
    }
    println!(
        "crash: {rounds} rounds of kill -9 in {:.1} s: {acknowledged} acknowledged writes all present, \
         {in_flight_committed} in-flight writes found committed, integrity ok every time",
        started.elapsed().as_secs_f64()
    );
    assert!(acknowledged > 0, "no write was acknowledged: the kills came too early");
}

/// The copy of page 1 a log holds last: what a checkpoint writes first.
fn last_page_one(wal: &[u8]) -> Vec<u8> {
    let be32 = |o: usize| u32::from_be_bytes(wal[o..o + 4].try_into().unwrap());
    let page = be32(8) as usize;
    let mut found = None;
    let mut at = 32;
    while at + 24 + page <= wal.len() {
        if be32(at) == 1 {
            found = Some(wal[at + 24..at + 24 + page].to_vec());
        }
        at += 24 + page;
    }
    found.expect("page 1 in the log")
}

/// A checkpoint writes page 1 (with the grown page count) before the pages that grow the file.
/// Killed in between, it leaves a file shorter than its header says while the log still holds
/// every page: SQLite reads it whole, and opsdesk must not call it corrupt.
#[test]
fn crash_a_checkpoint_torn_by_kill_9_is_not_called_corrupt() {
    let desk = Desk::init();
    // An open connection keeps each opsdesk from checkpointing when it closes: all in the log.
    let hold = rusqlite::Connection::open(&desk.db).unwrap();
    let _: i64 = hold
        .query_row("SELECT count(*) FROM incidents", [], |r| r.get(0))
        .unwrap();
    let long = "x".repeat(3000);
    for i in 0..20 {
        desk.ok(&[
            "incident",
            "new",
            "--title",
            &format!("grow {i}"),
            "--service",
            "billing",
            "--category",
            "os",
            "--channel",
            "phone",
            "--description",
            &long,
        ]);
    }
    // The files as a kill -9 between the checkpoint's first write and the rest leaves them.
    let torn = Desk::empty();
    let wal = std::fs::read(format!("{}-wal", desk.db.display())).unwrap();
    let mut main = std::fs::read(&desk.db).unwrap();
    let page_one = last_page_one(&wal);
    let said = u32::from_be_bytes(page_one[28..32].try_into().unwrap()) as usize * page_one.len();
    assert!(said > main.len(), "the log grew the database: {said} > {}", main.len());
    main[..page_one.len()].copy_from_slice(&page_one);
    std::fs::write(&torn.db, &main).unwrap();
    std::fs::write(format!("{}-wal", torn.db.display()), &wal).unwrap();
    drop(hold);

    let list = torn.json(&["incident", "list", "--limit", "100"]);
    assert_eq!(list.as_array().unwrap().len(), 20);
    let conn = rusqlite::Connection::open(&torn.db).unwrap();
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(integrity, "ok");
}
