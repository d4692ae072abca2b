//! Issue 11, item 3: each kind's table declaration (`store::table`) agrees with the live schema of
//! a freshly migrated desk: every declared column is in its table, and every column of the table
//! is declared or listed as not part of the record.

use std::collections::BTreeSet;

use opsdesk::domain::kind::Kind;
use opsdesk::store::{Store, check};

/// The columns of `table` as SQLite has them (`pragma_table_info`: SQLite-only, like this test).
fn live_columns(store: &Store, table: &str) -> Vec<String> {
    let mut st = store
        .conn()
        .prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")
        .unwrap();
    st.query_map([table], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

#[test]
fn every_kinds_declared_columns_are_the_columns_of_its_table_on_a_fresh_desk() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::create(&dir.path().join("desk.db")).unwrap();
    let mut tables = BTreeSet::new();
    for &kind in Kind::ALL {
        let shape = check::declared(kind);
        let table = shape.table();
        assert!(tables.insert(table), "{kind}: {table} is declared for another kind too");
        let live = live_columns(&store, table);
        assert!(!live.is_empty(), "{kind}: no table {table} on a fresh desk");
        let declared: Vec<&str> = shape.columns().iter().map(|c| c.name).collect();
        assert_eq!(declared.first(), Some(&"id"), "{kind}: the id comes first");
        let unique: BTreeSet<&str> = declared.iter().copied().collect();
        assert_eq!(
            unique.len(),
            declared.len(),
            "{kind}: a column declared twice: {declared:?}"
        );
        for c in declared.iter().chain(shape.beside()) {
            assert!(
                live.iter().any(|l| l == c),
                "{kind}: {c} is declared but {table} has no such column"
            );
        }
        for c in shape.beside() {
            assert!(!declared.contains(c), "{kind}: {c} is both in the record and beside it");
        }
        for c in &live {
            assert!(
                declared.contains(&c.as_str()) || shape.beside().contains(&c.as_str()),
                "{kind}: {table}.{c} is neither declared nor listed as not part of the record"
            );
        }
    }
}

#[test]
fn the_columns_an_update_leaves_as_inserted_are_declared_so() {
    // What the hand-written statements never updated, now marked `#[fixed]` in the declaration.
    let fixed = |kind: Kind| -> Vec<&'static str> {
        check::declared(kind)
            .columns()
            .iter()
            .skip(1)
            .filter(|c| c.fixed)
            .map(|c| c.name)
            .collect()
    };
    assert_eq!(fixed(Kind::Incident), Vec::<&str>::new());
    assert_eq!(fixed(Kind::Change), Vec::<&str>::new());
    assert_eq!(fixed(Kind::Run), ["kind", "period"]);
    assert_eq!(
        fixed(Kind::Check),
        [
            "run_id",
            "attempt",
            "round",
            "seq",
            "key",
            "step",
            "title",
            "verify",
            "figure_names"
        ]
    );
    assert_eq!(fixed(Kind::Message), ["duty_id", "medium", "lang", "created_at"]);
    assert_eq!(
        fixed(Kind::Duty),
        [
            "kind",
            "record_kind",
            "record_id",
            "episode",
            "whom",
            "raised_at",
            "due_at"
        ]
    );
    assert_eq!(fixed(Kind::User), ["login"]);
    assert_eq!(fixed(Kind::Dept), ["code", "kind"]);
    assert_eq!(check::declared(Kind::Incident).beside(), ["engine_due_at"]);
}
