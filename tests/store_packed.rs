//! A1 with the history's changes in the packed forms (issue 18, item 5; store/compact/packed.rs,
//! schema 23): the rows opsdesk writes are packed, each standing for the very text the audit
//! trail has always shown; a desk of schema 22, whose rows hold the forms before, is opened at
//! schema 23 with its rows as they are (both encodings are read): its `history --json`, its
//! chain and its head are the same, and the rows it writes from then on are packed.

mod common;

use common::Desk;
use common::forge::behind_trigger;
use opsdesk::store::compact;
use opsdesk::store::history_texts::Texts;
use rusqlite::Connection;

/// Every row's id, `at` and stored changes.
fn rows(c: &Connection) -> Vec<(i64, i64, String)> {
    c.prepare("SELECT id, at, changes FROM history ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

/// Packed (schema 23), or packed with its texts by number (schema 24).
fn packed(stored: &str) -> bool {
    ['5', '6', '7', '8'].iter().any(|f| stored.starts_with(*f))
}

/// The head `opsdesk check` prints, after requiring it clean.
fn checked_head(d: &Desk) -> String {
    let out = d.ok(&["check"]);
    assert!(out.lines().last().unwrap().starts_with("check: ok:"), "{out}");
    out.lines()
        .find_map(|l| l.strip_prefix("history head: "))
        .unwrap_or_else(|| panic!("no head in {out}"))
        .split_whitespace()
        .next()
        .unwrap()
        .to_string()
}

fn history_json(d: &Desk, ids: &[i64]) -> Vec<String> {
    ids.iter()
        .map(|id| d.ok(&["history", "incident", &id.to_string(), "--json"]))
        .collect()
}

#[test]
fn a1_a_desk_of_schema_22_reads_its_rows_as_they_are_and_writes_packed_ones_from_schema_23() {
    let d = Desk::demo("admin");
    let c = Connection::open(&d.db).unwrap();
    let written = rows(&c);
    // Nearly every row opsdesk writes is packed, and stands for its text.
    let with_changes: Vec<_> = written.iter().filter(|(_, _, s)| s != "[]").collect();
    let small = with_changes.iter().filter(|(_, _, s)| packed(s)).count();
    assert!(
        small * 10 >= with_changes.len() * 9,
        "{small} of {}",
        with_changes.len()
    );
    let mut held = Texts::new(&c);
    let texts: Vec<(i64, String)> = written
        .iter()
        .map(|(id, at, s)| (*id, held.canonical_str(s, *at).into_owned()))
        .collect();
    let sample: Vec<i64> = c
        .prepare(
            "SELECT DISTINCT record_id FROM history_text WHERE record_kind = 'incident' ORDER BY record_id LIMIT 8",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let json = history_json(&d, &sample);
    let head = checked_head(&d);

    // The desk as schema 22 left it: every row in the forms written before the packed ones.
    let mut updates = Vec::new();
    for (id, at, stored) in &written {
        if packed(stored) {
            let text = held.canonical_str(stored, *at);
            let old = compact::compact_unpacked(&text, *at);
            assert!(!packed(&old) && old.len() > stored.len(), "{old} for {stored}");
            updates.push(format!(
                "UPDATE history SET changes = '{}' WHERE id = {id}",
                old.replace('\'', "''")
            ));
        }
    }
    drop(held);
    behind_trigger(&c, "history_no_update", &updates.join(";\n"));
    c.pragma_update(None, "user_version", 22).unwrap();
    drop(c);
    assert!(
        rows(&Connection::open(&d.db).unwrap())
            .iter()
            .all(|(_, _, s)| !packed(s))
    );

    // Opened by this opsdesk: schema 23, the old file kept aside, every row read as before.
    assert_eq!(history_json(&d, &sample), json, "history --json reads the same");
    assert_eq!(checked_head(&d), head, "the same chain, the same head");
    let c = Connection::open(&d.db).unwrap();
    let v: i64 = c.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(v, opsdesk::store::SCHEMA_VERSION);
    let backups = std::fs::read_dir(d.dir.path())
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().contains(".schema22-"))
        .count();
    assert_eq!(backups, 1);
    let now = rows(&c);
    assert!(
        now.iter().all(|(_, _, s)| !packed(s)),
        "the rows are read in place, never rewritten"
    );
    let read: Vec<(i64, String)> = now
        .iter()
        .map(|(id, at, s)| (*id, compact::canonical_str(s, *at).into_owned()))
        .collect();
    assert_eq!(read, texts);
    drop(c);

    // It goes on: the rows of a new incident are packed, and the chain over both holds.
    let new = d.new_incident("written after the upgrade", "2026-11-30 10:00");
    let c = Connection::open(&d.db).unwrap();
    let after: Vec<_> = rows(&c)
        .into_iter()
        .filter(|(id, _, _)| *id > written.last().unwrap().0)
        .collect();
    assert!(!after.is_empty());
    assert!(after.iter().any(|(_, _, s)| packed(s)), "{after:?}");
    drop(c);
    assert_ne!(checked_head(&d), head);
    let shown = d.json(&["history", "incident", &new.to_string()]);
    let changes = &shown.as_array().unwrap()[0]["changes"];
    assert!(
        changes
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["field"] == "title" && c["after"] == "written after the upgrade"),
        "{shown}"
    );
}
