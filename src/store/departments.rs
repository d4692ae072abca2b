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
