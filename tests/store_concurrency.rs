//! Several connections (threads and processes) on one real database file.

mod common;

use std::sync::{Arc, Barrier};
use std::thread;

use chrono::{Duration, Utc};
use common::{Desk, login};
use opsdesk::config::Config;
use opsdesk::domain::incident::{Category, Channel, NewIncident};
use opsdesk::domain::time::whole_seconds;
use opsdesk::error::OpsError;
use opsdesk::ops::{self, Call, engine, incidents};
use opsdesk::store::Store;

fn open(path: &std::path::Path) -> ops::Desk {
    ops::Desk::new(Store::open(path).unwrap(), Config::defaults())
}

/// Incidents recorded 40 minutes ago, when nothing was due yet: every step of their ladder is
/// waiting for an engine to run.
fn seed_waiting_incidents(d: &Desk, n: usize) -> Vec<i64> {
    let mut desk = open(&d.db);
    let actor = desk.actor(&login()).unwrap();
    let then = whole_seconds(Utc::now()) - Duration::minutes(40);
    (0..n)
        .map(|i| {
            let new = NewIncident {
                title: format!("waiting {i}"),
                service: "crm".into(),
                category: Some(Category::Database),
                channel: Some(Channel::Monitoring),
                ..Default::default()
            };
            let out = incidents::create(&mut desk, &actor, &new, then).unwrap();
            assert!(out.raised.is_empty());
            out.incident.id
        })
        .collect()
}

fn count(db: &std::path::Path, sql: &str) -> i64 {
    rusqlite::Connection::open(db)
        .unwrap()
        .query_row(sql, [], |r| r.get(0))
        .unwrap()
}

#[test]
fn i6_engines_on_many_connections_record_each_step_once() {
    let d = Desk::init();
    let ids = seed_waiting_incidents(&d, 20);
    let threads = 6;
    let barrier = Arc::new(Barrier::new(threads));
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let (db, barrier) = (d.db.clone(), barrier.clone());
            thread::spawn(move || {
                let mut desk = open(&db);
                let (policy, zone) = (desk.policy.clone(), desk.zone());
                barrier.wait();
                let now = whole_seconds(Utc::now());
                desk.store
                    .write(|tx| engine::tick(tx, &policy, now, "tester", zone))
                    .unwrap()
                    .len()
            })
        })
        .collect();
    let recorded: usize = handles.into_iter().map(|h| h.join().unwrap()).sum();
    // Supervisor, manager, leader and the broadcast, for each incident, once.
    assert_eq!(recorded, ids.len() * 4);
    assert_eq!(count(&d.db, "SELECT count(*) FROM duties"), (ids.len() * 4) as i64);
    assert_eq!(
        count(&d.db, "SELECT count(*) FROM history_text WHERE action LIKE 'raise %'"),
        (ids.len() * 4) as i64
    );
}

#[test]
fn i6_five_tick_processes_at_once_record_each_step_once() {
    let d = Desk::init();
    let ids = seed_waiting_incidents(&d, 10);
    let children: Vec<_> = (0..5)
        .map(|_| {
            d.cmd(&["tick", "--json"])
                .stdout(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut recorded = 0;
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        recorded += v.as_array().unwrap().len();
    }
    assert_eq!(recorded, ids.len() * 4, "each step printed by exactly one tick");
    assert_eq!(
        count(&d.db, "SELECT count(*) FROM history_text WHERE action LIKE 'raise %'"),
        (ids.len() * 4) as i64
    );
    let again = d.json(&["tick"]);
    assert!(again.as_array().unwrap().is_empty());
}

#[test]
fn a_write_that_lost_a_race_is_a_conflict_naming_the_winner() {
    let d = Desk::init();
    let id = seed_waiting_incidents(&d, 1)[0];
    let (mut a, mut b) = (open(&d.db), open(&d.db));
    let actor = a.actor(&login()).unwrap();
    let seen = incidents::show(&mut a, id, Utc::now()).unwrap().incident.version;
    let _ = incidents::show(&mut b, id, Utc::now()).unwrap();
    let now = whole_seconds(Utc::now());
    incidents::accept(&mut a, &Call::new(&actor, now).if_version(Some(seen)), id, None).unwrap();
    let err = incidents::note(&mut b, &Call::new(&actor, now).if_version(Some(seen)), id, "too late").unwrap_err();
    let conflict = err.downcast_ref::<OpsError>().expect("an OpsError");
    assert_eq!(conflict.exit_code(), 4);
    assert!(conflict.message().contains("Test Admin"), "{conflict}");
    assert_eq!(
        count(&d.db, "SELECT count(*) FROM history WHERE detail = 'too late'"),
        0
    );
}

#[test]
fn concurrent_writers_lose_nothing() {
    let d = Desk::init();
    let id = seed_waiting_incidents(&d, 1)[0];
    let threads = 4;
    let per = 25;
    let barrier = Arc::new(Barrier::new(threads));
    let handles: Vec<_> = (0..threads)
        .map(|t| {
            let (db, barrier) = (d.db.clone(), barrier.clone());
            thread::spawn(move || {
                let mut desk = open(&db);
                let actor = desk.actor(&login()).unwrap();
                barrier.wait();
                for i in 0..per {
                    let call = Call::new(&actor, whole_seconds(Utc::now()));
                    incidents::note(&mut desk, &call, id, &format!("writer {t} note {i}")).unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    assert_eq!(
        count(&d.db, "SELECT count(*) FROM history_text WHERE action = 'note'"),
        (threads * per) as i64
    );
}

#[test]
fn a1_history_cannot_be_edited() {
    let d = Desk::init();
    seed_waiting_incidents(&d, 1);
    let c = rusqlite::Connection::open(&d.db).unwrap();
    assert!(c.execute("UPDATE history SET detail = 'mallory'", []).is_err());
    assert!(c.execute("DELETE FROM history", []).is_err());
    // Nor the words its rows name by number (schema 19).
    assert!(c.execute("UPDATE history_words SET word = 'mallory'", []).is_err());
    assert!(c.execute("DELETE FROM history_words", []).is_err());
}

#[test]
fn u2_a_login_that_is_not_a_user_is_told_whom_to_ask() {
    let d = Desk::init();
    let desk = open(&d.db);
    let err = desk.actor("stranger").unwrap_err();
    let e = err.downcast_ref::<OpsError>().unwrap();
    assert_eq!(e.exit_code(), 5);
    assert!(e.message().contains("Test Admin"), "{e}");
    assert!(e.message().contains("opsdesk user add stranger"), "{e}");
}

/// The locks this process holds on the file with inode `ino`, from the kernel's table.
fn own_locks_on(ino: u64) -> usize {
    let me = std::process::id().to_string();
    std::fs::read_to_string("/proc/locks")
        .unwrap()
        .lines()
        .filter(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            f.len() > 5 && f[1] != "->" && f[4] == me && f[5].rsplit(':').next() == Some(&ino.to_string())
        })
        .count()
}

#[test]
fn a_second_connection_in_one_process_keeps_the_first_ones_locks_and_no_write_is_lost() {
    use std::os::unix::fs::MetadataExt;
    let d = Desk::init();
    let ino = std::fs::metadata(&d.db).unwrap().ino();
    // A console's worker: a connection that has read the desk holds a shared lock on it.
    let mut worker = open(&d.db);
    let me = worker.actor(&common::login()).unwrap();
    let _ = opsdesk::ops::duties::open(&worker, 10).unwrap();
    assert!(own_locks_on(ino) > 0, "the worker's connection holds the database");
    // Its sender opens the desk too: the checks of that open must not drop the worker's locks.
    let sender = open(&d.db);
    assert!(
        own_locks_on(ino) > 0,
        "the worker still holds the database after a second open"
    );
    // Another program opens and closes the desk: it must not think it is the last one and
    // checkpoint and delete the WAL under the worker.
    let closed = std::process::Command::new("python3")
        .args([
            "-c",
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('select count(*) from incidents').fetchall(); c.close()",
        ])
        .arg(&d.db)
        .status();
    if !closed.is_ok_and(|s| s.success()) {
        eprintln!("python3 with sqlite3 is not here: the close by another program was not tried");
        return;
    }
    let now = opsdesk::domain::time::whole_seconds(chrono::Utc::now());
    let new = opsdesk::domain::incident::NewIncident {
        title: "written by the worker after the other program closed".into(),
        service: "billing".into(),
        category: Some(opsdesk::domain::incident::Category::Os),
        channel: Some(opsdesk::domain::incident::Channel::Phone),
        ..Default::default()
    };
    let id = opsdesk::ops::incidents::create(&mut worker, &me, &new, now)
        .unwrap()
        .incident
        .id;
    drop(sender);
    let list = d.ok(&["incident", "show", &id.to_string()]);
    assert!(list.contains("written by the worker"), "{list}");
}
