//! The statements derived from a declaration, and a record's way through them.

use chrono::{TimeZone, Utc};

use super::*;
use crate::domain::directory::{Contact, Department, DeptKind, User};
use crate::domain::role::Role;
use crate::store::Store;

#[test]
fn the_statements_of_a_kind_are_derived_from_its_declared_columns() {
    let s = User::shape();
    assert_eq!(
        s.select,
        "SELECT id, login, name, role, dept_id, phone, email, version, updated_at, updated_by FROM users"
    );
    assert_eq!(s.get, format!("{} WHERE id = ?1", s.select));
    assert_eq!(s.scan, format!("{} WHERE id > ?1 ORDER BY id LIMIT ?2", s.select));
    assert_eq!(
        s.insert,
        "INSERT INTO users (login, name, role, dept_id, phone, email, version, updated_at, updated_by) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id"
    );
    // `login` is fixed: the update leaves it as inserted, as the hand-written statement did.
    assert_eq!(
        s.update,
        "UPDATE users SET name = ?1, role = ?2, dept_id = ?3, phone = ?4, email = ?5, version = ?6, \
         updated_at = ?7, updated_by = ?8 WHERE id = ?9 AND version = ?10"
    );
}

#[test]
fn a_field_of_several_columns_maps_each_by_name_and_the_columns_beside_are_inserted_last() {
    let names: Vec<&str> = Department::shape().columns().iter().map(|c| c.name).collect();
    assert_eq!(
        names[4..13],
        [
            "interface_name",
            "interface_phone",
            "interface_email",
            "head_name",
            "head_phone",
            "head_email",
            "manager_name",
            "manager_phone",
            "manager_email"
        ]
    );
    let incidents = crate::domain::incident::Incident::shape();
    assert!(incidents.insert.contains(", affected, engine_due_at) VALUES"));
    assert!(!incidents.update.contains("engine_due_at"));
    assert!(!incidents.select.contains("engine_due_at"));
}

fn dept() -> Department {
    let contact = |n: &str| Contact {
        name: format!("{n} name"),
        phone: format!("{n} phone"),
        email: format!("{n}@example.com"),
    };
    Department {
        id: 0,
        code: "NET".into(),
        name: "网络部".into(),
        kind: DeptKind::Business,
        interface: contact("interface"),
        head: contact("head"),
        manager: contact("manager"),
        front_line: true,
        maintenance: false,
        relevance: 7,
        version: 1,
        updated_at: Utc.timestamp_opt(1_780_000_000, 0).unwrap(),
        updated_by: "admin".into(),
    }
}

#[test]
fn a_record_reads_back_as_written_and_an_update_checks_the_version_and_keeps_what_is_fixed() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::create(&dir.path().join("desk.db")).unwrap();
    let conn = store.conn();
    let mut d = dept();
    d.id = insert(conn, &d).unwrap();
    assert_eq!(get::<Department>(conn, d.id).unwrap(), Some(d.clone()));

    let user = User {
        id: 0,
        login: "lilei".into(),
        name: "李雷".into(),
        role: Role::Operator,
        dept_id: d.id,
        phone: String::new(),
        email: "lilei@example.com".into(),
        version: 1,
        updated_at: d.updated_at,
        updated_by: "admin".into(),
    };
    let id = insert(conn, &user).unwrap();
    let old = get::<User>(conn, id).unwrap().unwrap();
    let new = User {
        login: "hanmeimei".into(),
        role: Role::Supervisor,
        version: 2,
        ..old.clone()
    };
    assert!(update(conn, &old, &new).unwrap());
    let stored = get::<User>(conn, id).unwrap().unwrap();
    assert_eq!(stored.role, Role::Supervisor);
    assert_eq!(stored.version, 2);
    assert_eq!(stored.login, "lilei", "the login is fixed at insert");
    // `old` is no longer the stored version: the update loses the race and writes nothing.
    let late = User {
        name: "Li Lei".into(),
        ..new.clone()
    };
    assert!(!update(conn, &old, &late).unwrap());
    assert_eq!(get::<User>(conn, id).unwrap().unwrap().name, "李雷");
    assert_eq!(scan::<User>(conn, 0, 10).unwrap().len(), 1);
    assert_eq!(scan::<User>(conn, id, 10).unwrap().len(), 0);
    // A second department with the same code is refused by the table, not ignored.
    assert!(insert(conn, &dept()).is_err());
}

#[test]
fn an_insert_that_meets_its_unique_key_is_skipped_and_a_word_the_enum_does_not_know_is_a_corrupt_row() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::create(&dir.path().join("desk.db")).unwrap();
    let conn = store.conn();
    let d = dept();
    assert!(insert_new(conn, &d).unwrap().is_some());
    assert_eq!(insert_new(conn, &d).unwrap(), None);
    conn.execute_batch("PRAGMA ignore_check_constraints = ON; UPDATE departments SET kind = 'shop'")
        .unwrap();
    let err = get::<Department>(conn, 1).unwrap_err();
    assert!(format!("{err:#}").contains("shop"), "{err:#}");
}
