//! The history on a real PostgreSQL server (issue 20, item 6), through the library as
//! tests/store_history.rs drives a SQLite file: rows appended on the server are stored compact,
//! read back whole and chained over their canonical text; and each step of an incident's handling
//! writes the same history, duties and record on a server desk as on a SQLite desk given the same
//! calls at the same instants. (SQLite's schema upgrades and query plans have no counterpart here:
//! a server desk starts at the current schema.)

mod common;

use chrono::{DateTime, Duration, Utc};
use common::history_cases::{at, cases};
use common::login;
use common::pg::{APP_ROLE, SUPERUSER, init_desk, open_desk};
use opsdesk::config::Config;
use opsdesk::domain::incident::{Category, Channel, NewIncident};
use opsdesk::domain::kind::Kind;
use opsdesk::domain::time::whole_seconds;
use opsdesk::ops::{Call, Writes, duties, engine, incidents, known_actor};
use opsdesk::store::{Store, audit, chain, chain_tail, compact};
use rusqlite::types::ValueRef;
use serde_json::{Value, json};

/// `check --json` of the server desk: its report (exit 0 or 1 alike).
fn checked(d: &common::pg::PgDesk) -> Value {
    let out = d.run(&["check", "--json"]);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice::<Value>(&out.stdout).unwrap()
}

#[test]
fn a1_rows_appended_on_a_server_are_compact_read_back_whole_and_chained_over_their_text() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = init_desk(pg, "compact");
    let mut desk = open_desk(&d.url);
    let ids: Vec<(i64, Vec<opsdesk::domain::audit::FieldChange>)> = desk
        .write_db(|db| {
            cases()
                .into_iter()
                .enumerate()
                .map(|(n, changes)| {
                    let e = audit::Entry {
                        record: (Kind::Incident, 900 + n as i64),
                        subject: (Kind::Incident, 900 + n as i64),
                        at: at(),
                        actor: "lilei",
                        action: "update",
                        version: Some(1),
                        changes: &changes,
                        detail: "",
                    };
                    Ok((audit::append(db, &e)?, changes.clone()))
                })
                .collect()
        })
        .unwrap();
    let mut app = pg.connect("compact", APP_ROLE);
    for (n, (id, changes)) in ids.iter().enumerate() {
        let rows = desk
            .read_db(|db| audit::of_record(db, Kind::Incident, 900 + n as i64))
            .unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].id, *id);
        assert_eq!(&rows[0].changes, changes);
        let row = app
            .query_one("SELECT changes, at, hash FROM history WHERE id = $1", &[id])
            .unwrap();
        let (stored, at, hash): (String, i64, Vec<u8>) = (row.get(0), row.get(1), row.get(2));
        assert_eq!(compact::is_compact(stored.as_bytes()), !changes.is_empty(), "{stored}");
        // The hash covers the canonical text, as on SQLite; the row stores it or a prefix of it
        // (anchors.rs), linked to the full hash of the row before.
        let prev = match desk.read_db(|db| chain_tail::at(db, Some(id - 1))).unwrap() {
            Some((_, rusqlite::types::Value::Blob(b), _)) => b,
            other => panic!("row {}: {other:?}", id - 1),
        };
        assert!([4, 32].contains(&hash.len()), "row {id}");
        let text = serde_json::to_string(changes).unwrap();
        let k = Kind::Incident.as_str().as_bytes();
        let link = chain::link(
            &[
                ValueRef::Integer(*id),
                ValueRef::Text(k),
                ValueRef::Integer(900 + n as i64),
                ValueRef::Text(k),
                ValueRef::Integer(900 + n as i64),
                ValueRef::Integer(at),
                ValueRef::Text(b"lilei"),
                ValueRef::Text(b"update"),
                ValueRef::Integer(1),
                ValueRef::Text(text.as_bytes()),
                ValueRef::Text(b""),
            ],
            ValueRef::Blob(&prev),
        );
        assert_eq!(link[..hash.len()].to_vec(), hash, "row {id}");
    }
    let report = checked(&d);
    assert_eq!(report["chain"]["break_count"], 0, "{report:#}");
    // Compact text changed behind opsdesk's back (by a superuser, who can set the trigger aside)
    // breaks the chain where it stands.
    let (forged, _) = &ids[0];
    let mut root = pg.connect("compact", SUPERUSER);
    let changed = root
        .execute(
            "UPDATE history SET changes = replace(changes, '\"lilei\"', '\"mallory\"') WHERE id = $1",
            &[forged],
        )
        .unwrap_err();
    assert_eq!(
        changed.as_db_error().map(|e| e.message()),
        Some("history is append-only"),
        "{changed:?}"
    );
    root.batch_execute(&format!(
        "ALTER TABLE history DISABLE TRIGGER history_no_update;
         UPDATE history SET changes = replace(changes, '\"lilei\"', '\"mallory\"') WHERE id = {forged};
         ALTER TABLE history ENABLE TRIGGER history_no_update;"
    ))
    .unwrap_or_else(|e| panic!("{e:?}"));
    let report = checked(&d);
    assert_eq!(report["chain"]["breaks"][0]["id"], *forged, "{report:#}");
}

fn new_incident() -> NewIncident {
    NewIncident {
        title: "核心交换机端口故障".into(),
        service: "billing".into(),
        category: Some(Category::Network),
        channel: Some(Channel::Phone),
        reporter: "王芳".into(),
        ..Default::default()
    }
}

/// One incident handled from intake to close on `desk`, every step at an instant given from
/// `base`: what each step returned (a refusal as its exit code and words), and the incident as
/// `show` reads it at the end.
fn handle(desk: &mut impl Writes, base: DateTime<Utc>) -> (Vec<(String, Value)>, incidents::View) {
    let t = |minutes: i64| base + Duration::minutes(minutes);
    let me = desk.read_db(|db| known_actor(db, &login(), "the test desk")).unwrap();
    let call = |minutes: i64| Call::new(&me, t(minutes));
    let outcome = |o: anyhow::Result<incidents::Outcome>| match o {
        Ok(o) => json!({"incident": o.incident, "raised": o.raised}),
        Err(e) => json!({"refused": opsdesk::error::exit_code(&e), "said": format!("{e:#}")}),
    };
    let mut out: Vec<(String, Value)> = Vec::new();
    let made = incidents::create(desk, &me, &new_incident(), t(0)).unwrap();
    let id = made.incident.id;
    out.push(("create".into(), outcome(Ok(made))));
    // The ladder's steps, taken by the engine 40 minutes on.
    let (policy, zone) = (desk.policy().clone(), desk.zone());
    let raised = desk
        .write_db(|db| engine::tick(db, &policy, t(40), "engine", zone))
        .unwrap();
    assert!(raised.len() >= 3, "{raised:?}");
    let first_duty = raised[0].duty.id;
    out.push(("tick".into(), json!(raised)));
    out.push(("accept".into(), outcome(incidents::accept(desk, &call(41), id, None))));
    let note = incidents::note(desk, &call(42), id, "已联系机房值班，\u{1b}[31m正在排查").unwrap();
    out.push(("note".into(), json!(note)));
    let done = duties::complete(desk, &call(43), first_duty, t(43), "电话告知张伟").unwrap();
    out.push(("duty done".into(), json!(done)));
    let contact = incidents::contact(desk, &call(50), id, t(49), "到达现场");
    out.push(("contact".into(), outcome(contact)));
    // Out of turn: closing what was never restored. Refused, and it writes nothing.
    out.push((
        "close too soon".into(),
        outcome(incidents::close(desk, &call(51), id, t(51))),
    ));
    let restore = incidents::restore(desk, &call(60), id, t(58), Some(true), &["it".into()], "业务恢复");
    out.push(("restore".into(), outcome(restore)));
    let resolve = incidents::resolve(desk, &call(70), id, t(70), "光模块老化", false);
    out.push(("resolve".into(), outcome(resolve)));
    // Not satisfied: verified and reopened in one transaction (I12); then handled again.
    let verify = incidents::verify(desk, &call(80), id, t(80), Some(2), "仍有丢包");
    out.push(("verify unsatisfied".into(), outcome(verify)));
    out.push(("reaccept".into(), outcome(incidents::accept(desk, &call(81), id, None))));
    let restore = incidents::restore(desk, &call(90), id, t(90), None, &[], "");
    out.push(("restore again".into(), outcome(restore)));
    let resolve = incidents::resolve(desk, &call(95), id, t(95), "更换光模块", false);
    out.push(("resolve again".into(), outcome(resolve)));
    let verify = incidents::verify(desk, &call(100), id, t(100), Some(5), "");
    out.push(("verify".into(), outcome(verify)));
    out.push(("close".into(), outcome(incidents::close(desk, &call(101), id, t(101)))));
    let shown = incidents::show(desk, id, t(102)).unwrap();
    (out, shown)
}

/// Every history row after `init`'s as the word view `history_text` has it (its changes aside:
/// they are compared decoded, in each timeline): kinds, ids, subject, instant, actor, action,
/// version, detail, and whether the row stores its hash in full or a prefix of it.
type Words = (String, i64, String, i64, i64, String, String, Option<i64>, String, i64);

const WORDS: &str = "SELECT record_kind, record_id, subject_kind, subject_id, at, actor, action, version, detail, \
     length(hash) FROM history_text WHERE id > 2 ORDER BY id";

#[test]
fn a1_each_step_writes_the_same_history_on_a_server_as_on_sqlite() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let lite = common::Desk::init();
    let server = init_desk(pg, "same_steps");
    let base = whole_seconds(Utc::now()) - Duration::hours(3);
    let mut on_lite = opsdesk::ops::Desk::new(Store::open(&lite.db).unwrap(), Config::defaults());
    let (lite_steps, lite_view) = handle(&mut on_lite, base);
    let (pg_steps, pg_view) = handle(&mut open_desk(&server.url), base);
    for ((step, a), (_, b)) in lite_steps.iter().zip(&pg_steps) {
        assert_eq!(a, b, "{step}: SQLite and PostgreSQL differ");
    }
    assert_eq!(lite_steps.len(), pg_steps.len());
    let refused = &pg_steps.iter().find(|(s, _)| s == "close too soon").unwrap().1;
    assert_eq!(refused["refused"], 1, "{refused}");
    // The record, its duties and its whole timeline (the duties' rows on it too), row ids and
    // all: the same rows in the same order.
    assert_eq!(lite_view, pg_view);
    let actions: Vec<&str> = pg_view.history.iter().map(|h| h.action.as_str()).collect();
    for a in [
        "create", "accept", "note", "contact", "restore", "resolve", "verify", "reopen", "close",
    ] {
        assert!(actions.contains(&a), "{a} in {actions:?}");
    }
    assert!(
        pg_view
            .history
            .iter()
            .any(|h| h.record_kind == Kind::Duty && h.subject_id == pg_view.incident.id),
        "the duty's rows on the incident's timeline: {actions:?}"
    );
    // A note is stored as it was typed, control bytes and all, on the server as in the file
    // (they are stripped where text is shown).
    let note = pg_view.history.iter().find(|h| h.action == "note").unwrap();
    assert_eq!(note.detail, "已联系机房值班，\u{1b}[31m正在排查");
    // Every row as stored, in words: the same on both engines.
    let lite_rows: Vec<Words> = rusqlite::Connection::open(&lite.db)
        .unwrap()
        .prepare(WORDS)
        .unwrap()
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
                r.get(8)?,
                r.get(9)?,
            ))
        })
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let pg_rows: Vec<Words> = pg
        .connect("same_steps", APP_ROLE)
        .query(&WORDS.replace("length(hash)", "length(hash)::bigint"), &[])
        .unwrap()
        .iter()
        .map(|r| {
            (
                r.get(0),
                r.get(1),
                r.get(2),
                r.get(3),
                r.get(4),
                r.get(5),
                r.get(6),
                r.get(7),
                r.get(8),
                r.get(9),
            )
        })
        .collect();
    assert!(pg_rows.len() >= pg_view.history.len(), "{pg_rows:?}");
    assert_eq!(lite_rows, pg_rows);
    // Both chains hold, and every record replays from its history.
    // (`check --json` of a SQLite desk is the report itself; a server desk's wraps it with the
    // server's census.)
    for report in [checked(&server), lite.json(&["check"])] {
        assert_eq!(report["chain"]["break_count"], 0, "{report:#}");
        assert_eq!(report["finding_count"], 0, "{report:#}");
    }
}
