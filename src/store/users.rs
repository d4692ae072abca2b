//! Users (SPEC U2).

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{at, parse_col, ts};
use crate::domain::directory::User;
use crate::domain::role::Role;

const COLS: &str = "id, login, name, role, dept_id, phone, email, version, updated_at, updated_by";

fn from_row(r: &Row) -> rusqlite::Result<User> {
    Ok(User {
        id: r.get(0)?,
        login: r.get(1)?,
        name: r.get(2)?,
        role: parse_col(3, r.get(3)?, Role::parse)?,
        dept_id: r.get(4)?,
        phone: r.get(5)?,
        email: r.get(6)?,
        version: r.get(7)?,
        updated_at: at(r.get(8)?),
        updated_by: r.get(9)?,
    })
}

pub fn insert(conn: &Connection, u: &User) -> Result<i64> {
    conn.execute(
        "INSERT INTO users (login, name, role, dept_id, phone, email, version, updated_at, updated_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            u.login,
            u.name,
            u.role.as_str(),
            u.dept_id,
            u.phone,
            u.email,
            u.version,
            ts(u.updated_at),
            u.updated_by
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Write `new` over `old`; false when the row is no longer at `old.version`.
pub fn update(conn: &Connection, old: &User, new: &User) -> Result<bool> {
    let n = conn.execute(
        "UPDATE users SET name = ?1, role = ?2, dept_id = ?3, phone = ?4, email = ?5, version = ?6, updated_at = ?7, updated_by = ?8
         WHERE id = ?9 AND version = ?10",
        params![
            new.name,
            new.role.as_str(),
            new.dept_id,
            new.phone,
            new.email,
            new.version,
            ts(new.updated_at),
            new.updated_by,
            old.id,
            old.version
        ],
    )?;
    Ok(n == 1)
}

/// One page of every users row in id order (`opsdesk check`).
pub fn scan(conn: &Connection, after: i64, limit: usize) -> Result<Vec<User>> {
    super::page_of(conn, "users", COLS, after, limit, from_row)
}

pub fn by_login(conn: &Connection, login: &str) -> Result<Option<User>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLS} FROM users WHERE login = ?1"))?
        .query_row([login], from_row)
        .optional()?)
}

pub fn list(conn: &Connection) -> Result<Vec<User>> {
    let mut st = conn.prepare_cached(&format!("SELECT {COLS} FROM users ORDER BY login"))?;
    let rows = st.query_map([], from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub fn with_role(conn: &Connection, role: Role) -> Result<Vec<User>> {
    let mut st = conn.prepare_cached(&format!("SELECT {COLS} FROM users WHERE role = ?1 ORDER BY login"))?;
    let rows = st
        .query_map([role.as_str()], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub fn count_with_role(conn: &Connection, role: Role) -> Result<i64> {
    Ok(
        conn.query_row("SELECT count(*) FROM users WHERE role = ?1", [role.as_str()], |r| {
            r.get(0)
        })?,
    )
}
