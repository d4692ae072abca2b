//! Users (SPEC U2).

use anyhow::Result;

use super::db::{self, Db};
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

pub fn insert(conn: &(impl Db + ?Sized), u: &User) -> Result<i64> {
    table::insert(conn, u)
}

pub fn get(conn: &(impl Db + ?Sized), id: i64) -> Result<Option<User>> {
    table::get(conn, id)
}

/// Write `new` over `old`; false when the row is no longer at `old.version`.
pub fn update(conn: &(impl Db + ?Sized), old: &User, new: &User) -> Result<bool> {
    table::update(conn, old, new)
}

/// One page of every users row in id order (`opsdesk check`).
pub fn scan(conn: &(impl Db + ?Sized), after: i64, limit: usize) -> Result<Vec<User>> {
    table::scan(conn, after, limit)
}

pub fn by_login(conn: &(impl Db + ?Sized), login: &str) -> Result<Option<User>> {
    table::select_one(conn, "WHERE login = ?1", [login])
}

pub fn list(conn: &(impl Db + ?Sized)) -> Result<Vec<User>> {
    table::select(conn, "ORDER BY login", [])
}

pub fn with_role(conn: &(impl Db + ?Sized), role: Role) -> Result<Vec<User>> {
    // Who is told of each duty a tick raises: asked once per transaction (store/memo.rs).
    table::select_remembered(conn, &["users"], "WHERE role = ?1 ORDER BY login", &[&role.as_str()])
}

pub fn count_with_role(conn: &(impl Db + ?Sized), role: Role) -> Result<i64> {
    let n = db::first(
        conn,
        "SELECT count(*) FROM users WHERE role = ?1",
        [role.as_str()],
        |r| table::from_value(r.cell(0)?, 0),
    )?;
    Ok(n.unwrap_or(0))
}
