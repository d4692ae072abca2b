//! What `opsdesk check` asks SQLite: is the file sound, do the references hold, how big is it.

use anyhow::Result;
use rusqlite::Connection;

use crate::domain::kind::Kind;

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

/// The table of each kind of record the history speaks of (the store's encoding of a kind).
pub fn table_of(kind: Kind) -> &'static str {
    match kind {
        Kind::Incident => "incidents",
        Kind::Duty => "duties",
        Kind::Change => "changes",
        Kind::Run => "runs",
        Kind::Check => "run_checks",
        Kind::Anomaly => "run_anomalies",
        Kind::RoundEnd => "run_round_ends",
        Kind::Message => "messages",
        Kind::User => "users",
        Kind::Dept => "departments",
    }
}

/// How many `kind` records there are, for a progress bar.
pub fn count(conn: &Connection, kind: Kind) -> Result<u64> {
    let table = table_of(kind);
    let n: i64 = conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
    Ok(n.max(0) as u64)
}
