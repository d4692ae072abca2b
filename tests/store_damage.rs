//! A write that meets a damaged page writes nothing, even where the code caught SQLite's error
//! and went on; after that the connection writes nothing more (issue 21 item 18). In process,
//! on real files: the console's worker keeps one connection for hours.

mod common;

use std::path::Path;

use common::Desk;
use opsdesk::store::Store;

const PAGE: usize = 4096;

/// The root page of `name` (a table or an index).
fn root_of(db: &Path, name: &str) -> usize {
    let n: i64 = rusqlite::Connection::open(db)
        .unwrap()
        .query_row("SELECT rootpage FROM sqlite_schema WHERE name = ?1", [name], |r| {
            r.get(0)
        })
        .unwrap();
    n as usize
}

/// Garbage over page `n` of the closed file `db`.
fn damage(db: &Path, n: usize) {
    let mut b = std::fs::read(db).unwrap();
    b[(n - 1) * PAGE..n * PAGE].fill(0xA5);
    std::fs::write(db, b).unwrap();
}

fn meta(db: &Path, key: &str) -> Option<String> {
    use rusqlite::OptionalExtension;
    rusqlite::Connection::open(db)
        .unwrap()
        .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
        .optional()
        .unwrap()
}

/// SQLite (3.4x and later) itself refuses to commit a transaction in which a statement failed
/// with SQLITE_CORRUPT; the store does not rely on it (next test).
#[test]
fn a_write_that_caught_a_corruption_error_and_went_on_is_rolled_back() {
    let d = Desk::demo("operator");
    let runs = root_of(&d.db, "runs");
    damage(&d.db, runs);
    let mut store = Store::open(&d.db).unwrap();
    let mut caught = false;
    let r = store.write(|tx| {
        // What `.ok()` or `unwrap_or_default()` on a query does: the error is gone.
        caught = tx
            .query_row("SELECT max(in_charge) FROM runs NOT INDEXED", [], |r| {
                r.get::<_, Option<String>>(0)
            })
            .is_err();
        tx.execute("INSERT INTO meta (key, value) VALUES ('after', 'the damage')", [])?;
        Ok(())
    });
    assert!(
        caught,
        "reading the damaged table did not fail: the test damaged nothing"
    );
    let err = format!("{:#}", r.expect_err("the write was committed"));
    assert!(err.contains("corrupt") && err.contains("opsdesk check"), "{err}");
    assert!(store.is_damaged());
    drop(store);
    assert_eq!(meta(&d.db, "after"), None, "written despite the damage");
}

#[test]
fn a_write_that_caught_an_index_corruption_error_and_went_on_is_rolled_back() {
    // SQLite itself refuses to commit after SQLITE_CORRUPT in a transaction, but not after the
    // finer codes: an index that lacks a row's entry (SQLITE_CORRUPT_INDEX), met by a DELETE.
    let d = Desk::demo("operator");
    let c = rusqlite::Connection::open(&d.db).unwrap();
    c.execute_batch(
        "CREATE TABLE t (a, b); CREATE INDEX t_a ON t (a); INSERT INTO t VALUES (1, 2);
         PRAGMA writable_schema = ON;
         UPDATE sqlite_schema SET sql = 'CREATE INDEX t_a ON t (b)' WHERE name = 't_a';
         PRAGMA writable_schema = OFF;",
    )
    .unwrap();
    drop(c);
    let mut store = Store::open(&d.db).unwrap();
    let mut caught = None;
    let r = store.write(|tx| {
        caught = tx
            .execute("DELETE FROM t WHERE rowid = 1", [])
            .err()
            .and_then(|e| e.sqlite_error_code());
        tx.execute("INSERT INTO meta (key, value) VALUES ('after', 'the damage')", [])?;
        Ok(())
    });
    assert_eq!(
        caught,
        Some(rusqlite::ErrorCode::DatabaseCorrupt),
        "the DELETE met no damage: the test damaged nothing"
    );
    let err = format!("{:#}", r.expect_err("the write was committed"));
    assert!(err.contains("corrupt"), "{err}");
    drop(store);
    assert_eq!(meta(&d.db, "after"), None, "written despite the damage");
}

#[test]
fn after_damage_a_connection_writes_nothing_more() {
    let d = Desk::demo("operator");
    let runs = root_of(&d.db, "runs");
    damage(&d.db, runs);
    let mut store = Store::open(&d.db).unwrap();
    store
        .write(|tx| {
            tx.query_row("SELECT max(in_charge) FROM runs NOT INDEXED", [], |r| {
                r.get::<_, Option<String>>(0)
            })?;
            Ok(())
        })
        .expect_err("the damaged table was read without error");
    // This one touches no damaged page, but the connection knows the file is damaged.
    let err = store
        .write(|tx| {
            tx.execute("INSERT INTO meta (key, value) VALUES ('later', 'x')", [])?;
            Ok(())
        })
        .expect_err("a write after the damage was committed");
    assert!(format!("{err:#}").contains("nothing more is written"), "{err:#}");
    drop(store);
    assert_eq!(meta(&d.db, "later"), None);

    // A new connection, as a new command has, writes where SQLite sees no damage: that is
    // what SQLite can promise, and why `opsdesk check` reads every page.
    let mut fresh = Store::open(&d.db).unwrap();
    fresh
        .write(|tx| {
            tx.execute("INSERT INTO meta (key, value) VALUES ('fresh', 'x')", [])?;
            Ok(())
        })
        .unwrap();
    assert_eq!(meta(&d.db, "fresh").as_deref(), Some("x"));
}

#[test]
fn a_read_that_meets_damage_stops_later_writes_too() {
    let d = Desk::demo("operator");
    let runs = root_of(&d.db, "runs");
    damage(&d.db, runs);
    let mut store = Store::open(&d.db).unwrap();
    store
        .read(|tx| {
            Ok(tx.query_row("SELECT max(in_charge) FROM runs NOT INDEXED", [], |r| {
                r.get::<_, Option<String>>(0)
            })?)
        })
        .expect_err("the damaged table was read without error");
    assert!(store.is_damaged());
    store
        .write(|tx| {
            tx.execute("INSERT INTO meta (key, value) VALUES ('later', 'x')", [])?;
            Ok(())
        })
        .expect_err("a write after the damage was committed");
    drop(store);
    assert_eq!(meta(&d.db, "later"), None);
}
