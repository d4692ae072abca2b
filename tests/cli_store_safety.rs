//! Files that are not a healthy opsdesk database are refused, never modified, never a panic.

mod common;

use common::Desk;

fn assert_refused_untouched(d: &Desk, expect: &str) {
    let before = std::fs::read(&d.db).unwrap();
    for args in [
        &["incident", "list"][..],
        &["tick"][..],
        &[
            "incident",
            "new",
            "--title",
            "t",
            "--service",
            "s",
            "--category",
            "os",
            "--channel",
            "phone",
        ][..],
    ] {
        let err = d.fails(1, args);
        assert!(err.contains(expect), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "one line: {err}");
    }
    assert_eq!(std::fs::read(&d.db).unwrap(), before, "file unchanged");
}

#[test]
fn a_text_file_is_not_a_database() {
    let d = Desk::empty();
    std::fs::write(&d.db, "hello, I am a shopping list\n".repeat(20)).unwrap();
    assert_refused_untouched(&d, "not an opsdesk database");
}

#[test]
fn an_empty_file_is_not_a_database() {
    let d = Desk::empty();
    std::fs::write(&d.db, "").unwrap();
    assert_refused_untouched(&d, "not an opsdesk database");
}

#[test]
fn another_applications_sqlite_file_is_refused() {
    let d = Desk::empty();
    let c = rusqlite::Connection::open(&d.db).unwrap();
    c.execute_batch("CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('mine');")
        .unwrap();
    drop(c);
    assert_refused_untouched(&d, "not an opsdesk database");
}

#[test]
fn a_corrupt_database_is_refused_untouched() {
    // Garbage over the schema page.
    let d = Desk::demo("operator");
    let mut bytes = std::fs::read(&d.db).unwrap();
    for b in bytes.iter_mut().skip(100).take(3000) {
        *b = 0xA5;
    }
    std::fs::write(&d.db, &bytes).unwrap();
    assert_refused_untouched(&d, "corrupt");
}

#[test]
fn a_truncated_database_is_refused_untouched() {
    let d = Desk::demo("operator");
    let bytes = std::fs::read(&d.db).unwrap();
    std::fs::write(&d.db, &bytes[..bytes.len() / 2]).unwrap();
    assert_refused_untouched(&d, "corrupt");
}

#[test]
fn a_newer_database_is_refused_naming_both_versions() {
    let d = Desk::init();
    let c = rusqlite::Connection::open(&d.db).unwrap();
    c.execute_batch("PRAGMA user_version = 99; UPDATE meta SET value = 'opsdesk 9.9.0' WHERE key = 'written_by';")
        .unwrap();
    drop(c);
    let before = std::fs::read(&d.db).unwrap();
    let err = d.fails(1, &["incident", "list"]);
    assert!(err.contains("opsdesk 9.9.0 (schema 99)"), "{err}");
    assert!(
        err.contains(&format!("this is opsdesk {}", env!("CARGO_PKG_VERSION"))),
        "{err}"
    );
    assert_eq!(std::fs::read(&d.db).unwrap(), before);
}
