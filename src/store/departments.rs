//! Departments (SPEC U3).

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{at, parse_col, ts};
use crate::domain::directory::{Contact, Department, DeptKind};

const COLS: &str = "id, code, name, kind, interface_name, interface_phone, interface_email, head_name, head_phone, head_email, manager_name, manager_phone, manager_email, front_line, maintenance, relevance, version, updated_at, updated_by";

fn from_row(r: &Row) -> rusqlite::Result<Department> {
    let contact = |i: usize| -> rusqlite::Result<Contact> {
        Ok(Contact {
            name: r.get(i)?,
            phone: r.get(i + 1)?,
            email: r.get(i + 2)?,
        })
    };
    Ok(Department {
        id: r.get(0)?,
        code: r.get(1)?,
        name: r.get(2)?,
        kind: parse_col(3, r.get(3)?, DeptKind::parse)?,
        interface: contact(4)?,
        head: contact(7)?,
        manager: contact(10)?,
        front_line: r.get(13)?,
        maintenance: r.get(14)?,
        relevance: r.get(15)?,
        version: r.get(16)?,
        updated_at: at(r.get(17)?),
        updated_by: r.get(18)?,
    })
}

pub fn insert(conn: &Connection, d: &Department) -> Result<i64> {
    conn.execute(
        "INSERT INTO departments (code, name, kind, interface_name, interface_phone, interface_email, head_name, head_phone, head_email,
            manager_name, manager_phone, manager_email, front_line, maintenance, relevance, version, updated_at, updated_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
        params![
            d.code,
            d.name,
            d.kind.as_str(),
            d.interface.name,
            d.interface.phone,
            d.interface.email,
            d.head.name,
            d.head.phone,
            d.head.email,
            d.manager.name,
            d.manager.phone,
            d.manager.email,
            d.front_line,
            d.maintenance,
            d.relevance,
            d.version,
            ts(d.updated_at),
            d.updated_by
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Write `new` over `old`; false when the row is no longer at `old.version`.
pub fn update(conn: &Connection, old: &Department, new: &Department) -> Result<bool> {
    let n = conn.execute(
        "UPDATE departments SET name = ?1, interface_name = ?2, interface_phone = ?3, interface_email = ?4,
            head_name = ?5, head_phone = ?6, head_email = ?7, manager_name = ?8, manager_phone = ?9,
            manager_email = ?10, front_line = ?11, maintenance = ?12, relevance = ?13, version = ?14,
            updated_at = ?15, updated_by = ?16
         WHERE id = ?17 AND version = ?18",
        params![
            new.name,
            new.interface.name,
            new.interface.phone,
            new.interface.email,
            new.head.name,
            new.head.phone,
            new.head.email,
            new.manager.name,
            new.manager.phone,
            new.manager.email,
            new.front_line,
            new.maintenance,
            new.relevance,
            new.version,
            ts(new.updated_at),
            new.updated_by,
            old.id,
            old.version
        ],
    )?;
    Ok(n == 1)
}

/// One page of every departments row in id order (`opsdesk check`).
pub fn scan(conn: &Connection, after: i64, limit: usize) -> Result<Vec<Department>> {
    super::page_of(conn, "departments", COLS, after, limit, from_row)
}

pub fn by_code(conn: &Connection, code: &str) -> Result<Option<Department>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLS} FROM departments WHERE code = ?1"))?
        .query_row([code], from_row)
        .optional()?)
}

pub fn by_id(conn: &Connection, id: i64) -> Result<Option<Department>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLS} FROM departments WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?)
}

/// All departments: the IT department first, then by relevance and code.
pub fn list(conn: &Connection) -> Result<Vec<Department>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COLS} FROM departments ORDER BY kind = 'business', relevance, code"
    ))?;
    let rows = st.query_map([], from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}
