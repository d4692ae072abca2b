//! Several connections on one desk on a real PostgreSQL server (issue 20, item 6), through the
//! library as tests/store_concurrency.rs drives a SQLite file: each thread is a desk of its own
//! (`ops::pg_desk::PgDesk`, its own server connection), as consoles and engines on several hosts
//! are. What a shared server must hold: each escalation step recorded once, a write that lost a
//! race refused naming the winner and leaving nothing, no acknowledged write lost, the history
//! refused to the application's UPDATE, DELETE and TRUNCATE (and an edit made through the powers
//! its role holds as the tables' owner found by `check`), and a stranger told whom to ask.
//! (SQLite's file and inode locks have no counterpart here.)

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Barrier};
use std::thread;

use chrono::{DateTime, Duration, Utc};
use common::login;
use common::pg::{APP_ROLE, PgServer, init_desk, open_desk};
use opsdesk::domain::incident::{Category, Channel, NewIncident};
use opsdesk::domain::time::whole_seconds;
use opsdesk::error::OpsError;
use opsdesk::ops::pg_desk::PgDesk;
use opsdesk::ops::{Call, Writes, engine, incidents};

/// One number the server counts, asked as the application's role.
fn count(pg: &PgServer, db: &str, sql: &str) -> i64 {
    pg.connect(db, APP_ROLE).query_one(sql, &[]).unwrap().get(0)
}

fn new_incident(title: String) -> NewIncident {
    NewIncident {
        title,
        service: "crm".into(),
        category: Some(Category::Database),
        channel: Some(Channel::Monitoring),
        ..Default::default()
    }
}

/// Incidents recorded 40 minutes ago, when nothing was due yet: every step of their ladder is
/// waiting for an engine to run.
fn seed_waiting_incidents(url: &str, n: usize) -> Vec<i64> {
    let mut desk = open_desk(url);
    let actor = desk.actor(&login()).unwrap();
    let then = whole_seconds(Utc::now()) - Duration::minutes(40);
    (0..n)
        .map(|i| {
            let out = incidents::create(&mut desk, &actor, &new_incident(format!("waiting {i}")), then).unwrap();
            assert!(out.raised.is_empty(), "nothing was due when it was recorded");
            out.incident.id
        })
        .collect()
}

/// One pass of the escalation engine on `desk` at `now`: (incident, duty kind) of each step it
/// recorded.
fn tick(desk: &mut PgDesk, now: DateTime<Utc>) -> Vec<(i64, String)> {
    let (policy, zone) = (desk.policy().clone(), desk.zone());
    desk.write_db(|db| engine::tick(db, &policy, now, "tester", zone))
        .unwrap()
        .into_iter()
        .map(|r| (r.incident_id, format!("{:?}", r.duty.kind)))
        .collect()
}

fn add_operator(d: &common::pg::PgDesk, login: &str, name: &str) {
    d.ok(&[
        "user",
        "add",
        login,
        "--name",
        name,
        "--role",
        "operator",
        "--dept",
        "it",
        "--phone",
        "13800000009",
        "--email",
        &format!("{login}@example.com"),
    ]);
}

#[test]
fn i6_engines_on_many_server_connections_record_each_step_once() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = init_desk(pg, "engines");
    let ids = seed_waiting_incidents(&d.url, 20);
    let threads = 6;
    let barrier = Arc::new(Barrier::new(threads));
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let (url, barrier) = (d.url.clone(), barrier.clone());
            thread::spawn(move || {
                let mut desk = open_desk(&url);
                barrier.wait();
                // Each engine ticks three times: the later ones find every step taken.
                (0..3)
                    .flat_map(|_| tick(&mut desk, whole_seconds(Utc::now())))
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let recorded: Vec<(i64, String)> = handles.into_iter().flat_map(|h| h.join().unwrap()).collect();
    // Supervisor, manager, leader and the broadcast, for each incident, by one engine each.
    assert_eq!(recorded.len(), ids.len() * 4, "{recorded:?}");
    let distinct: BTreeSet<&(i64, String)> = recorded.iter().collect();
    assert_eq!(distinct.len(), recorded.len(), "a step recorded twice: {recorded:?}");
    for id in &ids {
        let kinds: BTreeSet<&str> = recorded
            .iter()
            .filter(|(i, _)| i == id)
            .map(|(_, k)| k.as_str())
            .collect();
        assert_eq!(kinds.len(), 4, "incident {id}: {kinds:?}");
    }
    let n = (ids.len() * 4) as i64;
    assert_eq!(count(pg, "engines", "SELECT count(*) FROM duties"), n);
    assert_eq!(
        count(
            pg,
            "engines",
            "SELECT count(*) FROM history_text WHERE action LIKE 'raise %'"
        ),
        n
    );
    assert_eq!(
        count(
            pg,
            "engines",
            "SELECT count(DISTINCT (record_id, kind, episode)) FROM duties"
        ),
        n
    );
    // And one more engine, later, finds nothing left to record.
    assert!(tick(&mut open_desk(&d.url), whole_seconds(Utc::now())).is_empty());
    assert_eq!(count(pg, "engines", "SELECT count(*) FROM duties"), n);
}

#[test]
fn a_write_that_lost_a_race_on_a_server_is_a_conflict_naming_the_winner_and_writes_nothing() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = init_desk(pg, "lost_race");
    add_operator(&d, "lilei", "李雷");
    let id = seed_waiting_incidents(&d.url, 1)[0];
    let (mut a, mut b) = (open_desk(&d.url), open_desk(&d.url));
    let (winner, me) = (a.actor("lilei").unwrap(), b.actor(&login()).unwrap());
    let seen = incidents::show(&mut a, id, Utc::now()).unwrap().incident.version;
    assert_eq!(incidents::show(&mut b, id, Utc::now()).unwrap().incident.version, seen);
    let now = whole_seconds(Utc::now());
    incidents::accept(&mut a, &Call::new(&winner, now).if_version(Some(seen)), id, None).unwrap();
    let rows = || count(pg, "lost_race", "SELECT count(*) FROM history");
    let before = rows();
    let late = Call::new(&me, now).if_version(Some(seen));
    for err in [
        incidents::note(&mut b, &late, id, "too late").map(|_| ()).unwrap_err(),
        incidents::accept(&mut b, &late, id, None).map(|_| ()).unwrap_err(),
    ] {
        let conflict = err.downcast_ref::<OpsError>().expect("an OpsError");
        assert_eq!(conflict.exit_code(), 4, "{conflict}");
        let said = conflict.message();
        assert!(
            said.contains(&format!("changed since version {seen}: it is now version {}", seen + 1)),
            "{said}"
        );
        assert!(said.contains("李雷 (lilei)") && said.contains("(accept)"), "{said}");
    }
    assert_eq!(rows(), before, "the refused writes appended nothing");
    assert_eq!(
        count(
            pg,
            "lost_race",
            "SELECT count(*) FROM history WHERE detail = 'too late'"
        ),
        0
    );
    let now_stands = incidents::show(&mut b, id, Utc::now()).unwrap().incident;
    assert_eq!(now_stands.version, seen + 1);
    assert_eq!(now_stands.owner.as_deref(), Some("lilei"));
}

#[test]
fn writers_racing_from_one_version_on_a_server_one_wins_and_the_others_are_told_who() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = init_desk(pg, "racing");
    let writers = 4;
    for w in 0..writers {
        add_operator(&d, &format!("w{w}"), &format!("Writer {w}"));
    }
    let ids = seed_waiting_incidents(&d.url, 5);
    let barrier = Arc::new(Barrier::new(writers));
    let handles: Vec<_> = (0..writers)
        .map(|w| {
            let (url, barrier, ids) = (d.url.clone(), barrier.clone(), ids.clone());
            thread::spawn(move || {
                let mut desk = open_desk(&url);
                let me = desk.actor(&format!("w{w}")).unwrap();
                ids.iter()
                    .map(|id| {
                        barrier.wait();
                        // Every writer takes the incident from the version it was recorded at.
                        let call = Call::new(&me, whole_seconds(Utc::now())).if_version(Some(1));
                        let out = incidents::accept(&mut desk, &call, *id, None);
                        (*id, me.login.clone(), out.map(|_| ()))
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let tried: Vec<(i64, String, anyhow::Result<()>)> = handles.into_iter().flat_map(|h| h.join().unwrap()).collect();
    for id in &ids {
        let mine: Vec<&(i64, String, anyhow::Result<()>)> = tried.iter().filter(|t| t.0 == *id).collect();
        let won: Vec<&str> = mine.iter().filter(|t| t.2.is_ok()).map(|t| t.1.as_str()).collect();
        assert_eq!(won.len(), 1, "incident {id}: won by {won:?}");
        let winner = won[0];
        for (_, who, out) in mine.iter().filter(|t| t.2.is_err()) {
            let err = out.as_ref().unwrap_err();
            let e = err
                .downcast_ref::<OpsError>()
                .unwrap_or_else(|| panic!("{who}: {err:#}"));
            assert_eq!(e.exit_code(), 4, "{who}: {e}");
            let name = format!("Writer {} ({winner})", &winner[1..]);
            assert!(e.message().contains(&name), "{who} is told {e}, not {name}");
        }
        let accepted: Vec<(String, Option<i64>)> = pg
            .connect("racing", APP_ROLE)
            .query(
                "SELECT actor, version FROM history_text WHERE record_kind = 'incident' AND record_id = $1 AND action = 'accept'",
                &[id],
            )
            .unwrap()
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect();
        assert_eq!(accepted, vec![(winner.to_string(), Some(2))], "incident {id}");
        let stands = incidents::show(&mut open_desk(&d.url), *id, Utc::now())
            .unwrap()
            .incident;
        assert_eq!((stands.version, stands.owner.as_deref()), (2, Some(winner)));
    }
}

#[test]
fn concurrent_writers_on_server_connections_lose_nothing() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = init_desk(pg, "no_loss");
    let id = seed_waiting_incidents(&d.url, 1)[0];
    let (threads, per) = (4, 25);
    let barrier = Arc::new(Barrier::new(threads));
    let handles: Vec<_> = (0..threads)
        .map(|t| {
            let (url, barrier) = (d.url.clone(), barrier.clone());
            thread::spawn(move || {
                let mut desk = open_desk(&url);
                let actor = desk.actor(&login()).unwrap();
                barrier.wait();
                let (mut notes, mut created) = (Vec::new(), Vec::new());
                for i in 0..per {
                    let now = whole_seconds(Utc::now());
                    let text = format!("writer {t} note {i}");
                    let row = incidents::note(&mut desk, &Call::new(&actor, now), id, &text).unwrap();
                    notes.push((row.id, text));
                    if i % 5 == 0 {
                        let title = format!("writer {t} incident {i}");
                        let made = incidents::create(&mut desk, &actor, &new_incident(title.clone()), now).unwrap();
                        created.push((made.incident.id, title));
                    }
                }
                (notes, created)
            })
        })
        .collect();
    let (mut notes, mut created) = (BTreeMap::new(), BTreeMap::new());
    for h in handles {
        let (n, c) = h.join().unwrap();
        for (row, text) in n {
            assert!(
                notes.insert(row, text).is_none(),
                "history row {row} acknowledged twice"
            );
        }
        for (inc, title) in c {
            assert!(
                created.insert(inc, title).is_none(),
                "incident {inc} acknowledged twice"
            );
        }
    }
    assert_eq!(notes.len(), threads * per);
    assert_eq!(created.len(), threads * per / 5);
    // Every acknowledged write is on the server, under the number it was acknowledged with, once.
    let mut c = pg.connect("no_loss", APP_ROLE);
    let on_server: BTreeMap<i64, String> = c
        .query(
            "SELECT id, detail FROM history_text WHERE action = 'note' ORDER BY id",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(on_server, notes);
    let titles: BTreeMap<i64, String> = c
        .query("SELECT id, title FROM incidents WHERE id <> $1", &[&id])
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(titles, created);
    // One chain through all of it, every record replayed from its history.
    let checked = d.ok(&["check"]);
    assert!(checked.contains("check: ok"), "{checked}");
}

/// Every row of `table`, as one text: what must not change.
fn fingerprint(c: &mut postgres::Client, table: &str) -> (i64, String) {
    let r = c
        .query_one(
            &format!("SELECT count(*), coalesce(md5(string_agg(t::text, '|' ORDER BY t.id)), '') FROM {table} t"),
            &[],
        )
        .unwrap();
    (r.get(0), r.get(1))
}

#[test]
fn a1_history_on_a_server_cannot_be_edited_or_deleted_by_the_applications_role() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = init_desk(pg, "untouchable");
    let id = seed_waiting_incidents(&d.url, 1)[0];
    let mut desk = open_desk(&d.url);
    let me = desk.actor(&login()).unwrap();
    incidents::note(
        &mut desk,
        &Call::new(&me, whole_seconds(Utc::now())),
        id,
        "核心交换机已恢复",
    )
    .unwrap();
    const TABLES: [&str; 3] = ["history", "history_words", "history_texts"];
    let mut app = pg.connect("untouchable", APP_ROLE);
    let before: Vec<(i64, String)> = TABLES.iter().map(|t| fingerprint(&mut app, t)).collect();
    assert!(before[0].0 >= 4, "init's rows, the incident's and its note: {before:?}");
    let edits = |table: &str| {
        [
            format!("UPDATE {table} SET id = id + 1000"),
            format!("DELETE FROM {table}"),
            format!("DELETE FROM {table} WHERE id = (SELECT max(id) FROM {table})"),
            format!("TRUNCATE {table}"),
        ]
    };
    for table in TABLES {
        for sql in edits(table) {
            // Through the desk's own write transaction, as a bug in opsdesk would try it.
            let err = desk.write_db(|db| db.exec(&sql, &[])).unwrap_err();
            assert!(
                format!("{err:#}").contains(&format!("permission denied for table {table}")),
                "{sql}: {err:#}"
            );
            // And on a connection of the role's own, as psql would.
            let e = app.batch_execute(&sql).unwrap_err();
            let db = e.as_db_error().unwrap_or_else(|| panic!("{sql}: {e}"));
            assert_eq!(db.code().code(), "42501", "{sql}: {}", db.message());
        }
    }
    // Edits of the columns that carry the meaning, row by row.
    for sql in [
        "UPDATE history SET detail = 'mallory' WHERE detail = '核心交换机已恢复'",
        "UPDATE history SET actor = (SELECT id FROM history_words WHERE word = 'create')",
        "UPDATE history SET changes = '[]', hash = NULL",
        "UPDATE history_words SET word = 'mallory' WHERE word = 'note'",
    ] {
        let e = app.batch_execute(sql).unwrap_err();
        assert_eq!(e.as_db_error().map(|d| d.code().code()), Some("42501"), "{sql}: {e}");
    }
    let after: Vec<(i64, String)> = TABLES.iter().map(|t| fingerprint(&mut app, t)).collect();
    assert_eq!(after, before, "the history is as it was");
    // Appending is what the application does, and still can.
    incidents::note(
        &mut desk,
        &Call::new(&me, whole_seconds(Utc::now())),
        id,
        "appended after",
    )
    .unwrap();
    assert_eq!(fingerprint(&mut app, "history").0, before[0].0 + 1);
    let checked = d.ok(&["check"]);
    assert!(checked.contains("check: ok"), "{checked}");
}

#[test]
fn u2_a_login_that_is_not_a_user_of_a_server_desk_is_told_whom_to_ask() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = init_desk(pg, "strangers");
    add_operator(&d, "lilei", "李雷");
    let mut desk = open_desk(&d.url);
    let rows = count(pg, "strangers", "SELECT count(*) FROM history");
    let err = desk.actor("stranger").unwrap_err();
    let e = err.downcast_ref::<OpsError>().expect("an OpsError");
    assert_eq!(e.exit_code(), 5, "{e}");
    let said = e.message();
    assert!(said.contains("stranger is not an opsdesk user of "), "{said}");
    assert!(said.contains("strangers"), "the desk named by its database: {said}");
    assert!(said.contains("Test Admin"), "the admin to ask: {said}");
    assert!(!said.contains("李雷"), "an operator cannot add anyone: {said}");
    assert!(said.contains("opsdesk user add stranger"), "{said}");
    // Known logins are still known, and asking wrote nothing.
    assert_eq!(desk.actor("lilei").unwrap().name, "李雷");
    assert_eq!(count(pg, "strangers", "SELECT count(*) FROM history"), rows);
}

#[test]
fn a1_history_edited_through_the_owners_powers_of_the_applications_role_is_found_by_check() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = init_desk(pg, "owner_powers");
    let id = seed_waiting_incidents(&d.url, 1)[0];
    let mut desk = open_desk(&d.url);
    let me = desk.actor(&login()).unwrap();
    incidents::note(&mut desk, &Call::new(&me, whole_seconds(Utc::now())), id, "first note").unwrap();
    incidents::note(&mut desk, &Call::new(&me, whole_seconds(Utc::now())), id, "last note").unwrap();
    // The role that ran `init` owns the tables it made: it may grant itself back what init
    // revoked and set the triggers aside (PostgreSQL lets an owner). Where the server lets it,
    // `check` says so while it lasts, and the chain tells the edit after it was put back.
    let mut app = pg.connect("owner_powers", APP_ROLE);
    if app
        .batch_execute(
            "GRANT UPDATE, DELETE ON history TO desk_app; ALTER TABLE history DISABLE TRIGGER history_no_update",
        )
        .is_err()
    {
        return;
    }
    let forged: i64 = app
        .query_one(
            "UPDATE history SET detail = 'nothing happened' WHERE detail = 'first note' RETURNING id",
            &[],
        )
        .unwrap()
        .get(0);
    let out = d.run(&["check"]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{said}");
    for wrong in [
        "trigger history_no_update on history is disabled",
        "the role opsdesk connects as may UPDATE history",
        "the role opsdesk connects as may DELETE history",
        &format!("hash chain broken at history row {forged} (incident {id}, note by"),
    ] {
        assert!(said.contains(wrong), "{wrong}: {said}");
    }
    app.batch_execute(
        "ALTER TABLE history ENABLE TRIGGER history_no_update; REVOKE UPDATE, DELETE ON history FROM desk_app",
    )
    .unwrap();
    let out = d.run(&["check", "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let report = &serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap();
    assert_eq!(report["triggers"], serde_json::json!([]), "{report:#}");
    assert_eq!(report["chain"]["break_count"], 1, "{report:#}");
    assert_eq!(report["chain"]["breaks"][0]["id"], forged, "{report:#}");
}
