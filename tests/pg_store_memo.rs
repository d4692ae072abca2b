//! What a server transaction remembers of what it read (store/memo.rs, issue 20's tick on a
//! server), on a real PostgreSQL server: a read is answered again only while the transaction has
//! not written the table it reads, nothing outlives its transaction (a word added in a rolled-back
//! one is added again), and the history's tail kept by a transaction chains as a read one would.

mod common;

use chrono::{TimeZone, Utc};
use common::pg::{init_desk, open_desk};
use opsdesk::domain::directory::User;
use opsdesk::domain::kind::Kind;
use opsdesk::domain::role::Role;
use opsdesk::ops::Writes;
use opsdesk::store::{audit, users};

fn operator(login: &str, dept_id: i64) -> User {
    User {
        id: 0,
        login: login.into(),
        name: login.into(),
        role: Role::Operator,
        dept_id,
        phone: String::new(),
        email: String::new(),
        version: 1,
        updated_at: Utc.with_ymd_and_hms(2026, 12, 1, 8, 0, 0).unwrap(),
        updated_by: "root".into(),
    }
}

fn entry<'a>(id: i64, actor: &'a str, action: &'a str) -> audit::Entry<'a> {
    audit::Entry {
        record: (Kind::Incident, id),
        subject: (Kind::Incident, id),
        at: Utc.with_ymd_and_hms(2026, 12, 1, 8, 0, 0).unwrap(),
        actor,
        action,
        version: None,
        changes: &[],
        detail: "a note",
    }
}

#[test]
fn a_read_is_answered_again_only_until_its_table_is_written() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = init_desk(pg, "memo_reads");
    let mut desk = open_desk(&d.url);
    desk.rolled_back(|db| {
        let dept = users::list(db)?[0].dept_id;
        let before = users::with_role(db, Role::Operator)?;
        assert_eq!(users::with_role(db, Role::Operator)?.len(), before.len());
        users::insert(db, &operator("memo_one", dept))?;
        let after = users::with_role(db, Role::Operator)?;
        assert_eq!(after.len(), before.len() + 1, "the insert is seen by the next read");
        assert!(after.iter().any(|u| u.login == "memo_one"));
        // A write to another table keeps what was read of this one, and changes nothing it shows.
        audit::append(db, &entry(1, "root", "note"))?;
        assert_eq!(users::with_role(db, Role::Operator)?.len(), after.len());
        Ok(())
    })
    .unwrap();
    // Nothing of it outlived the transaction.
    let n = desk
        .read_db(|db| Ok(users::with_role(db, Role::Operator)?.len()))
        .unwrap();
    assert_eq!(n, 0);
}

#[test]
fn a_word_added_in_a_rolled_back_transaction_is_added_again_and_the_chain_holds() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = init_desk(pg, "memo_words");
    let mut desk = open_desk(&d.url);
    desk.rolled_back(|db| {
        for id in 1..=3 {
            audit::append(db, &entry(id, "ghost", "haunt"))?;
        }
        Ok(())
    })
    .unwrap();
    // Rows appended one after another in one transaction, each from the tail it kept, then again
    // in a second transaction that reads the tail from the server.
    for _ in 0..2 {
        desk.write_db(|db| {
            for id in 1..=3 {
                audit::append(db, &entry(id, "ghost", "haunt"))?;
                audit::append(db, &entry(id, "root", "note"))?;
            }
            Ok(())
        })
        .unwrap();
    }
    let rows = desk.read_db(|db| audit::of_record(db, Kind::Incident, 2)).unwrap();
    let actors: Vec<&str> = rows.iter().map(|r| r.actor.as_str()).collect();
    assert_eq!(actors, ["ghost", "root", "ghost", "root"]);
    assert!(rows.iter().all(|r| r.detail == "a note"));
    // The notes name incidents this desk does not hold (the replay says so); the chain is whole.
    let out = d.run(&["check", "--json"]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["chain"]["break_count"], 0, "{report:#}");
    assert_eq!(report["chain"]["rows"], report["history_rows"], "{report:#}");
    let words = &report["server"]["tables"]["history_words"];
    let mut client = pg.connect("memo_words", common::pg::SUPERUSER);
    let ghosts: i64 = client
        .query_one("SELECT count(*) FROM history_words WHERE word = 'ghost'", &[])
        .unwrap()
        .get(0);
    assert_eq!(
        ghosts, 1,
        "the word once, though first added in a transaction rolled back ({words})"
    );
}
