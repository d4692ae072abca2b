//! What `opsdesk check` asks SQLite: is the file sound, do the references hold, how big is it.

use anyhow::Result;
use rusqlite::Connection;

use super::table::{Shape, Table};
use crate::domain::account::{Account, Export, PersonChange};
use crate::domain::billing::{Anomaly, Check, RoundEnd, Run};
use crate::domain::change::Change;
use crate::domain::directory::{Department, User};
use crate::domain::duty::Duty;
use crate::domain::incident::Incident;
use crate::domain::kind::Kind;
use crate::domain::message::Message;
use crate::domain::request::Request;

/// `PRAGMA integrity_check`: empty when the file is sound, else SQLite's first `max` findings.
pub fn integrity(conn: &Connection, max: usize) -> Result<Vec<String>> {
    let mut st = conn.prepare(&format!("PRAGMA integrity_check({})", max.max(1)))?;
    let found = st
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(if found == ["ok"] { Vec::new() } else { found })
}

/// `PRAGMA foreign_key_check`: every row whose reference points nowhere, at most `max`.
pub fn foreign_keys(conn: &Connection, max: usize) -> Result<Vec<String>> {
    let mut st = conn.prepare("PRAGMA foreign_key_check")?;
    let mut rows = st.query([])?;
    let mut found = Vec::new();
    while let Some(r) = rows.next()? {
        if found.len() == max {
            break;
        }
        let table: String = r.get(0)?;
        let rowid: Option<i64> = r.get(1)?;
        let parent: String = r.get(2)?;
        found.push(format!(
            "{table} row {} refers to a missing {parent} row",
            rowid.map_or_else(|| "?".to_string(), |id| id.to_string())
        ));
    }
    Ok(found)
}

/// The declared table of each kind of record the history speaks of (the store's encoding of a
/// kind): its name and its columns.
pub fn declared(kind: Kind) -> &'static Shape {
    match kind {
        Kind::Incident => Incident::shape(),
        Kind::Duty => Duty::shape(),
        Kind::Change => Change::shape(),
        Kind::Run => Run::shape(),
        Kind::Check => Check::shape(),
        Kind::Anomaly => Anomaly::shape(),
        Kind::RoundEnd => RoundEnd::shape(),
        Kind::Message => Message::shape(),
        Kind::User => User::shape(),
        Kind::Dept => Department::shape(),
        Kind::Request => Request::shape(),
        Kind::Account => Account::shape(),
        Kind::PersonChange => PersonChange::shape(),
        Kind::Export => Export::shape(),
    }
}

/// The table of each kind of record.
pub fn table_of(kind: Kind) -> &'static str {
    declared(kind).table()
}

/// How many `kind` records there are, for a progress bar.
pub fn count(conn: &Connection, kind: Kind) -> Result<u64> {
    let table = table_of(kind);
    let n: i64 = conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
    Ok(n.max(0) as u64)
}
