//! Users (SPEC U2).

use anyhow::Result;
use rusqlite::Connection;

use super::table::{self, stored_as_words, table};
use crate::domain::directory::User;
use crate::domain::role::Role;

stored_as_words!(Role);

table! {
    User in "users" {
        id,
        #[fixed] login,
        name,
        role,
        dept_id,
        phone,
        email,
        version,
        updated_at,
        updated_by,
    }
}

pub fn insert(conn: &Connection, u: &User) -> Result<i64> {
    table::insert(conn, u)
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<User>> {
    table::get(conn, id)
}

/// Write `new` over `old`; false when the row is no longer at `old.version`.
pub fn update(conn: &Connection, old: &User, new: &User) -> Result<bool> {
    table::update(conn, old, new)
}

/// One page of every users row in id order (`opsdesk check`).
pub fn scan(conn: &Connection, after: i64, limit: usize) -> Result<Vec<User>> {
    table::scan(conn, after, limit)
}

pub fn by_login(conn: &Connection, login: &str) -> Result<Option<User>> {
    table::select_one(conn, "WHERE login = ?1", [login])
}

pub fn list(conn: &Connection) -> Result<Vec<User>> {
    table::select(conn, "ORDER BY login", [])
}

pub fn with_role(conn: &Connection, role: Role) -> Result<Vec<User>> {
    table::select(conn, "WHERE role = ?1 ORDER BY login", [role.as_str()])
}

pub fn count_with_role(conn: &Connection, role: Role) -> Result<i64> {
    Ok(
        conn.query_row("SELECT count(*) FROM users WHERE role = ?1", [role.as_str()], |r| {
            r.get(0)
        })?,
    )
}
