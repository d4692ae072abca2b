//! A1: history that proves it was not rewritten. Each forgery is done the way an operator who can
//! write the file would do it, with raw SQL through a connection of its own, dropping and putting
//! back the append-only triggers where it must; `check` (the same function `opsdesk check` runs)
//! must report it.

mod common;

use common::forge::{a_note, behind_trigger, recompute_chain};
use common::{Desk, login};
use opsdesk::config::Config;
use opsdesk::ops::{self, check};
use opsdesk::store::Store;
use opsdesk::store::chain::{Kept, KeptVerdict};
use rusqlite::{Connection, params};

fn check_of(path: &std::path::Path, kept: Option<&Kept>) -> check::Report {
    let mut desk = ops::Desk::new(Store::open(path).unwrap(), Config::defaults());
    let actor = desk.actor(&login()).unwrap();
    check::run(&mut desk, &actor, kept, &mut |_, _, _| {}).unwrap()
}

fn kept_now(path: &std::path::Path) -> Kept {
    let report = check_of(path, None);
    assert!(report.clean(), "{}", report.summary());
    Kept::parse(&report.chain.head.expect("a head").to_string()).unwrap()
}

/// A step (first contact, I4) of an incident that has later versions: changing who did it leaves
/// the incident's own row as it is.
fn a_contact_step(c: &Connection) -> (i64, String) {
    c.query_row(
        "SELECT id, actor FROM history_text h WHERE action = 'contact' AND record_kind = 'incident'
             AND EXISTS (SELECT 1 FROM history_text l WHERE l.record_kind = 'incident'
                         AND l.record_id = h.record_id AND l.version > h.version)
         ORDER BY id LIMIT 1",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .unwrap()
}

#[test]
fn a1_a_forged_role_change_consistent_with_its_history_row_is_reported() {
    let d = Desk::demo("operator");
    let me = login();
    let c = Connection::open(&d.db).unwrap();
    let (id, version): (i64, i64) = c
        .query_row("SELECT id, version FROM users WHERE login = ?1", [&me], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    let admin: String = c
        .query_row(
            "SELECT login FROM users WHERE role = 'admin' ORDER BY id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let changes = serde_json::to_string(&[opsdesk::domain::audit::FieldChange {
        field: "role".into(),
        before: "operator".into(),
        after: "admin".into(),
    }])
    .unwrap();
    let now = chrono::Utc::now().timestamp();
    // The history row an admin's `user role` writes, and the users row as it leaves it.
    common::forge::insert_row(
        &c,
        ("user", id),
        None,
        now,
        &admin,
        "set_role",
        Some(version + 1),
        &changes,
    );
    c.execute(
        "UPDATE users SET role = 'admin', version = ?2, updated_at = ?3, updated_by = ?4 WHERE id = ?1",
        params![id, version + 1, now, admin],
    )
    .unwrap();
    drop(c);
    let report = check_of(&d.db, None);
    assert!(!report.clean());
    // The forgery is consistent: the replay agrees with the users row. The chain does not.
    assert_eq!(report.finding_count, 0, "{:?}", report.findings);
    assert_eq!(report.chain.break_count, 1);
    let b = &report.chain.breaks[0];
    assert_eq!(
        (b.record_kind.as_str(), b.record_id, b.action.as_str()),
        ("user", id, "set_role")
    );
    assert!(b.unhashed);
}

#[test]
fn a1_deleting_a_note_is_reported() {
    let d = Desk::demo("operator");
    let c = Connection::open(&d.db).unwrap();
    let note = a_note(&c);
    behind_trigger(
        &c,
        "history_no_delete",
        &format!("DELETE FROM history WHERE id = {note}"),
    );
    drop(c);
    let report = check_of(&d.db, None);
    assert!(!report.clean());
    assert!(
        report.triggers.is_empty(),
        "the trigger was put back: {:?}",
        report.triggers
    );
    assert_eq!(report.chain.break_count, 1);
    let b = &report.chain.breaks[0];
    assert_eq!((b.id, b.after), (note + 1, Some(note - 1)), "the gap is named");
}

#[test]
fn a1_changing_who_did_a_step_is_reported() {
    let d = Desk::demo("operator");
    let c = Connection::open(&d.db).unwrap();
    let (step, actor) = a_contact_step(&c);
    assert_ne!(actor, "hanmeimei");
    behind_trigger(
        &c,
        "history_no_update",
        &format!(
            "UPDATE history SET actor = {} WHERE id = {step}",
            common::forge::word(&c, "hanmeimei")
        ),
    );
    drop(c);
    let report = check_of(&d.db, None);
    assert!(!report.clean());
    assert_eq!(report.chain.break_count, 1);
    assert_eq!(report.chain.breaks[0].id, step);
    assert_eq!(report.chain.breaks[0].actor, "hanmeimei");
}

#[test]
fn a1_changing_who_last_wrote_a_record_is_reported() {
    let d = Desk::demo("operator");
    let c = Connection::open(&d.db).unwrap();
    let (record, by): (i64, String) = c
        .query_row("SELECT id, updated_by FROM incidents ORDER BY id LIMIT 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_ne!(by, "hanmeimei");
    c.execute("UPDATE incidents SET updated_by = 'hanmeimei' WHERE id = ?1", [record])
        .unwrap();
    drop(c);
    // The history is untouched, so the chain holds; the record no longer agrees with it.
    let report = check_of(&d.db, None);
    assert_eq!(report.chain.break_count, 0);
    assert!(!report.clean());
    let f = report
        .findings
        .iter()
        .find(|f| f.id == record && f.field == "updated_by")
        .unwrap_or_else(|| panic!("{:?}", report.findings));
    assert_eq!(
        (f.replayed.as_str(), f.current.as_str()),
        (Some(by.as_str()), Some("hanmeimei"))
    );
}

#[test]
fn a1_a_recomputed_chain_is_caught_by_a_head_kept_from_before() {
    for forgery in ["delete a note", "change who did a step"] {
        let d = Desk::demo("operator");
        let kept = kept_now(&d.db);
        let c = Connection::open(&d.db).unwrap();
        let from = match forgery {
            "delete a note" => {
                let note = a_note(&c);
                behind_trigger(
                    &c,
                    "history_no_delete",
                    &format!("DELETE FROM history WHERE id = {note}"),
                );
                note + 1
            }
            _ => {
                let (step, _) = a_contact_step(&c);
                behind_trigger(
                    &c,
                    "history_no_update",
                    &format!(
                        "UPDATE history SET actor = {} WHERE id = {step}",
                        common::forge::word(&c, "hanmeimei")
                    ),
                );
                step
            }
        };
        recompute_chain(&c, from);
        drop(c);
        // Without the kept head the desk looks sound: the chain holds and the replay agrees.
        let report = check_of(&d.db, None);
        assert!(report.clean(), "{forgery}: {}", report.summary());
        // With it, it does not.
        let report = check_of(&d.db, Some(&kept));
        assert!(!report.clean(), "{forgery}");
        assert!(
            matches!(report.chain.kept, Some(KeptVerdict::Differs { id, .. }) if Some(id) == kept.id),
            "{forgery}: {:?}",
            report.chain.kept
        );
        // The hash alone, without its id, is not found either.
        let bare = Kept { id: None, ..kept };
        let report = check_of(&d.db, Some(&bare));
        assert_eq!(report.chain.kept, Some(KeptVerdict::NotFound), "{forgery}");
    }
}

#[test]
fn a1_a_kept_head_holds_while_the_desk_works_on() {
    let d = Desk::demo("admin");
    let kept = kept_now(&d.db);
    d.new_incident("written after the head was kept", "2026-11-30 10:00");
    let report = check_of(&d.db, Some(&kept));
    assert!(report.clean(), "{}", report.summary());
    assert_eq!(report.chain.kept, Some(KeptVerdict::Holds { id: kept.id.unwrap() }));
    assert!(report.chain.head.unwrap().id > kept.id.unwrap());
    // Rows removed from the end leave a chain that holds; the kept head says they are gone.
    let c = Connection::open(&d.db).unwrap();
    behind_trigger(
        &c,
        "history_no_delete",
        &format!("DELETE FROM history WHERE id >= {}", kept.id.unwrap()),
    );
    drop(c);
    let report = check_of(&d.db, Some(&kept));
    assert!(
        matches!(report.chain.kept, Some(KeptVerdict::Missing { ends: true, .. })),
        "{:?}",
        report.chain.kept
    );
    assert!(!report.clean());
}

#[test]
fn a1_dropped_triggers_and_wrong_kept_counts_are_reported() {
    let d = Desk::demo("operator");
    let c = Connection::open(&d.db).unwrap();
    c.execute_batch(
        "DROP TRIGGER history_no_update; DROP TRIGGER history_no_delete; DROP TRIGGER incidents_count_insert;
         UPDATE open_total SET n = n + 1;",
    )
    .unwrap();
    drop(c);
    let report = check_of(&d.db, None);
    assert!(!report.clean());
    for name in ["history_no_update", "history_no_delete", "incidents_count_insert"] {
        assert!(
            report
                .triggers
                .iter()
                .any(|t| t.contains(name) && t.contains("dropped")),
            "{name}: {:?}",
            report.triggers
        );
    }
    assert_eq!(report.triggers.len(), 3, "{:?}", report.triggers);
    assert_eq!(report.counts.len(), 1, "{:?}", report.counts);
    assert_eq!(report.chain.break_count, 0);
}

#[test]
fn a1_a_desk_of_the_previous_schema_is_chained_by_its_migration_and_checks_clean() {
    let d = Desk::demo("operator");
    let c = Connection::open(&d.db).unwrap();
    let hashes = |c: &Connection| -> Vec<(i64, Vec<u8>)> {
        c.prepare("SELECT id, hash FROM history ORDER BY id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    };
    let written = hashes(&c);
    assert!(written.len() > 1000);
    // The file as schema 9 left it: the words as text (schema 19 undone), no hash column, the
    // version before.
    common::forge::back_to_text_columns(&c, 9);
    c.execute_batch(
        "ALTER TABLE history DROP COLUMN hash;
         PRAGMA user_version = 9;
         UPDATE meta SET value = 'opsdesk 0.1.0' WHERE key = 'written_by';",
    )
    .unwrap();
    drop(c);
    let report = check_of(&d.db, None);
    assert!(report.clean(), "{}", report.summary());
    assert_eq!(report.chain.rows, written.len() as u64);
    // The migration computes the very chain the rows got when they were written.
    let c = Connection::open(&d.db).unwrap();
    assert_eq!(hashes(&c), written);
    let v: i64 = c.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(v, opsdesk::store::SCHEMA_VERSION);
}

#[test]
fn a1_a_history_row_is_appended_only_inside_a_write_transaction() {
    let d = Desk::init();
    let c = Connection::open(&d.db).unwrap();
    let e = opsdesk::store::audit::Entry {
        record: (opsdesk::domain::kind::Kind::Incident, 1),
        subject: (opsdesk::domain::kind::Kind::Incident, 1),
        at: chrono::Utc::now(),
        actor: "x",
        action: "note",
        version: None,
        changes: &[],
        detail: "",
    };
    assert!(opsdesk::store::audit::append(&c, &e).is_err());
    c.execute_batch("BEGIN IMMEDIATE").unwrap();
    let id = opsdesk::store::audit::append(&c, &e).unwrap();
    let id2 = opsdesk::store::audit::append(&c, &e).unwrap();
    assert_eq!(id2, id + 1);
    c.execute_batch("COMMIT").unwrap();
}
