//! Departments (SPEC U3).

use anyhow::Result;

use super::db::Db;
use super::table::{self, stored_as_words, table};
use crate::domain::directory::{Contact, Department, DeptKind};

stored_as_words!(DeptKind);

table! {
    Department in "departments" {
        id,
        #[fixed] code,
        name,
        #[fixed] kind,
        interface: Contact {
            name as interface_name,
            phone as interface_phone,
            email as interface_email,
        },
        head: Contact {
            name as head_name,
            phone as head_phone,
            email as head_email,
        },
        manager: Contact {
            name as manager_name,
            phone as manager_phone,
            email as manager_email,
        },
        front_line,
        maintenance,
        relevance,
        version,
        updated_at,
        updated_by,
    }
}

pub fn insert(conn: &(impl Db + ?Sized), d: &Department) -> Result<i64> {
    table::insert(conn, d)
}

/// Write `new` over `old`; false when the row is no longer at `old.version`.
pub fn update(conn: &(impl Db + ?Sized), old: &Department, new: &Department) -> Result<bool> {
    table::update(conn, old, new)
}

/// One page of every departments row in id order (`opsdesk check`).
pub fn scan(conn: &(impl Db + ?Sized), after: i64, limit: usize) -> Result<Vec<Department>> {
    table::scan(conn, after, limit)
}

pub fn by_code(conn: &(impl Db + ?Sized), code: &str) -> Result<Option<Department>> {
    table::select_one(conn, "WHERE code = ?1", [code])
}

pub fn by_id(conn: &(impl Db + ?Sized), id: i64) -> Result<Option<Department>> {
    table::get(conn, id)
}

/// All departments: the IT department first, then by relevance and code.
pub fn list(conn: &(impl Db + ?Sized)) -> Result<Vec<Department>> {
    table::select_remembered(
        conn,
        &["departments"],
        "ORDER BY kind = 'business', relevance, code",
        &[],
    )
}
