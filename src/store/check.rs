//! What `opsdesk check` asks SQLite: is the file sound, do the references hold, are opsdesk's
//! triggers in place and the counts they keep right, how big is it.

use anyhow::Result;
use rusqlite::Connection;

use super::table::{Shape, Table};
use crate::domain::account::{Account, Export, PersonChange};
use crate::domain::article::Article;
use crate::domain::billing::{Anomaly, Check, RoundEnd, Run};
use crate::domain::change::Change;
use crate::domain::directory::{Department, User};
use crate::domain::duty::Duty;
use crate::domain::emergency::{Drill, Plan, Response};
use crate::domain::incident::Incident;
use crate::domain::kind::Kind;
use crate::domain::message::Message;
use crate::domain::problem::Problem;
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
        Kind::Support => crate::domain::support::SupportForm::shape(),
        Kind::Training => crate::domain::training::Training::shape(),
        Kind::Plan => Plan::shape(),
        Kind::Drill => Drill::shape(),
        Kind::Response => Response::shape(),
        Kind::Problem => Problem::shape(),
        Kind::Article => Article::shape(),
        Kind::Corrective => crate::domain::corrective::Corrective::shape(),
        Kind::Sample => crate::domain::sample::Sample::shape(),
        Kind::Finding => crate::domain::sample::Finding::shape(),
        Kind::Callback => crate::domain::callback::Callback::shape(),
        Kind::WorkReport => crate::domain::report::sent::SentReport::shape(),
        Kind::Service => crate::domain::service::Service::shape(),
    }
}

/// The table of each kind of record.
pub fn table_of(kind: Kind) -> &'static str {
    declared(kind).table()
}

/// About how many history rows there are, for a progress bar: the largest id (ids run without
/// gaps), read from the end of the table rather than counted.
pub fn count_history(conn: &Connection) -> Result<u64> {
    let n: i64 = conn.query_row("SELECT coalesce(max(id), 0) FROM history", [], |r| r.get(0))?;
    Ok(n.max(0) as u64)
}

/// How many `kind` records there are, for a progress bar.
pub fn count(conn: &Connection, kind: Kind) -> Result<u64> {
    let table = table_of(kind);
    let n: i64 = conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
    Ok(n.max(0) as u64)
}

/// Where the desk's triggers differ from the ones its migrations made (the append-only history's,
/// the open counts'): a trigger dropped, altered or added. Compared as SQL text without comments
/// and with runs of white space as one, against a new desk's schema built in memory.
pub fn triggers(conn: &Connection) -> Result<Vec<String>> {
    let of = |c: &Connection| -> Result<std::collections::BTreeMap<String, (String, String)>> {
        let mut st = c.prepare("SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'trigger'")?;
        let rows = st
            .query_map([], |r| {
                let sql: Option<String> = r.get(2)?;
                Ok((r.get(0)?, (r.get(1)?, normalised(sql.as_deref().unwrap_or("")))))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    };
    let expected = of(&super::open::fresh_schema()?)?;
    let found = of(conn)?;
    let mut out = Vec::new();
    for (name, (table, sql)) in &expected {
        match found.get(name) {
            None => out.push(format!("trigger {name} on {table} is missing (dropped)")),
            Some((t, s)) if t != table || s != sql => {
                out.push(format!("trigger {name} on {table} was altered: it is now {s}"))
            }
            Some(_) => {}
        }
    }
    for (name, (table, sql)) in &found {
        if !expected.contains_key(name) {
            out.push(format!("trigger {name} on {table} is not opsdesk's (added): {sql}"));
        }
    }
    Ok(out)
}

/// SQL text without `--` comments, with each run of white space as one space.
fn normalised(sql: &str) -> String {
    sql.lines()
        .map(|l| match l.find("--") {
            Some(i) if !l[..i].contains('\'') => &l[..i],
            _ => l,
        })
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where the open-incident counts kept by triggers (schema 7: `open_total`, and `open_restored` by
/// minute of elapsed time) differ from counting the incidents themselves, at most `max`; on
/// either engine (a server desk's are its triggers' own).
pub fn open_counts(conn: &(impl super::db::Db + ?Sized), max: usize) -> Result<Vec<String>> {
    use super::db;
    let mut out = Vec::new();
    let int = |r: &dyn db::Cells, i: usize| -> rusqlite::Result<i64> { Ok(r.cell(i)?.as_i64()?) };
    let kept = db::rows(conn, "SELECT n FROM open_total", [], |r| int(r, 0))?;
    let counted = db::first(
        conn,
        "SELECT count(*) FROM incidents WHERE status <> 'closed'",
        [],
        |r| int(r, 0),
    )?
    .unwrap_or(0);
    match kept[..] {
        [n] if n == counted => {}
        [n] => out.push(format!(
            "open incidents: the kept count (open_total) says {n}, counting them says {counted}"
        )),
        _ => out.push(format!(
            "open incidents: open_total holds {} rows where it keeps one; counting them says {counted}",
            kept.len()
        )),
    }
    // SQLite's two-argument max() is PostgreSQL's greatest().
    let greatest = match conn.engine() {
        db::Engine::Sqlite => "max",
        db::Engine::Postgres => "greatest",
    };
    let sql = format!(
        "WITH counted AS (
             SELECT {greatest}(0, restored_at - clock_start - 1) / 60 AS minute, count(*) AS n FROM incidents
             WHERE status <> 'closed' AND restored_at IS NOT NULL GROUP BY 1)
         SELECT minute, kept, counted FROM (
             SELECT c.minute AS minute, coalesce(k.n, 0) AS kept, c.n AS counted
                 FROM counted c LEFT JOIN open_restored k ON k.minute = c.minute
             UNION ALL
             SELECT k.minute, k.n, 0 FROM open_restored k
                 WHERE k.minute NOT IN (SELECT minute FROM counted)) AS differing
         WHERE kept <> counted ORDER BY minute LIMIT ?1"
    );
    let rows = db::rows(conn, &sql, [max as i64], |r| Ok((int(r, 0)?, int(r, 1)?, int(r, 2)?)))?;
    for (minute, kept, counted) in rows {
        out.push(format!(
            "open incidents restored after {minute} min: the kept count (open_restored) says {kept}, counting them says {counted}"
        ));
    }
    Ok(out)
}
