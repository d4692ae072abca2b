//! The services directory (SPEC I3, I11).

use anyhow::Result;
use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::db::Db;
use super::table::{self, table};
use crate::domain::audit::diff;
use crate::domain::kind::Kind;
use crate::domain::service::{Service, same_code};

table! {
    Service in "services" {
        id,
        #[fixed] code,
        name_en,
        name_zh,
        aliases,
        ord,
        retired,
        version,
        updated_at,
        updated_by,
    }
}

pub fn insert(conn: &(impl Db + ?Sized), s: &Service) -> Result<i64> {
    table::insert(conn, s)
}

/// Write `new` over `old`; false when the row is no longer at `old.version`.
pub fn update(conn: &(impl Db + ?Sized), old: &Service, new: &Service) -> Result<bool> {
    table::update(conn, old, new)
}

/// One page of every services row in id order (`opsdesk check`).
pub fn scan(conn: &(impl Db + ?Sized), after: i64, limit: usize) -> Result<Vec<Service>> {
    table::scan(conn, after, limit)
}

pub fn get(conn: &(impl Db + ?Sized), id: i64) -> Result<Option<Service>> {
    table::get(conn, id)
}

pub fn by_code(conn: &(impl Db + ?Sized), code: &str) -> Result<Option<Service>> {
    table::select_one(conn, "WHERE code = ?1", [code])
}

/// Every service, retired ones too, in the directory's order.
pub fn list(conn: &(impl Db + ?Sized)) -> Result<Vec<Service>> {
    table::select(conn, "ORDER BY ord, code", [])
}

/// Add the service `code` (no names yet) with its history row, unless one of that code in any
/// case (Unicode-aware) is already there. True when added.
pub fn add_named_in_records(conn: &Connection, code: &str, by: &str, now: DateTime<Utc>) -> Result<bool> {
    let code = crate::text::normalize(code);
    if code.is_empty() {
        return Ok(false);
    }
    if !words_naming(conn, "SELECT code FROM services", &code)?.is_empty() {
        return Ok(false);
    }
    let mut s = Service {
        id: 0,
        code,
        name_en: String::new(),
        name_zh: String::new(),
        aliases: Vec::new(),
        ord: 100,
        retired: false,
        version: 1,
        updated_at: now,
        updated_by: by.to_string(),
    };
    s.id = insert(conn, &s)?;
    super::audit::append(
        conn,
        &super::audit::Entry {
            record: (Kind::Service, s.id),
            subject: (Kind::Service, s.id),
            at: now,
            actor: by,
            action: "create",
            version: Some(s.version),
            changes: &diff(None, &s),
            detail: "added by the migration to schema 20: a service the desk's records name",
        },
    )?;
    Ok(true)
}

/// The services the desk's records name, most used first: incidents' and problems' service,
/// changes' systems, plans' and articles' services.
pub fn named_in_records(conn: &Connection) -> Result<Vec<String>> {
    let mut st = conn.prepare(
        "SELECT s, count(*) AS n FROM (
             SELECT service AS s FROM incidents
             UNION ALL SELECT service FROM problems
             UNION ALL SELECT j.value FROM changes, json_each(changes.systems) AS j
             UNION ALL SELECT j.value FROM plans, json_each(plans.services) AS j
             UNION ALL SELECT j.value FROM articles, json_each(articles.services) AS j
         ) WHERE trim(s) <> '' GROUP BY s ORDER BY n DESC, s",
    )?;
    let rows = st.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Ids, in order, of the rows `sql` selects with the code as `?1`.
fn ids(conn: &Connection, sql: &str, code: &str) -> Result<Vec<i64>> {
    let mut st = conn.prepare(sql)?;
    let rows = st.query_map([code], |r| r.get::<_, i64>(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The words `sql` selects (one column) that name service `code` in any case, Unicode-aware
/// (`ＢＩＬＬＩＮＧ` is `ｂｉｌｌｉｎｇ`, `ΧΡΕΩΣΗ` is `χρεωση`; SQLite's `lower()` folds ASCII only): the
/// case is folded here, in Rust, over the few distinct words the records hold.
fn words_naming(conn: &Connection, sql: &str, code: &str) -> Result<Vec<String>> {
    let mut st = conn.prepare(sql)?;
    let rows = st.query_map([], |r| r.get::<_, Option<String>>(0))?;
    let words: Vec<Option<String>> = rows.collect::<rusqlite::Result<_>>()?;
    Ok(words.into_iter().flatten().filter(|w| same_code(w, code)).collect())
}

/// Ids, in order and once each, of the rows `ids_sql` selects for each word `words_sql` finds
/// naming `code`.
fn naming(conn: &Connection, words_sql: &str, ids_sql: &str, code: &str) -> Result<Vec<i64>> {
    let mut out = std::collections::BTreeSet::new();
    for w in words_naming(conn, words_sql, code)? {
        out.extend(ids(conn, ids_sql, &w)?);
    }
    Ok(out.into_iter().collect())
}

// Issue 19, merging services: the records of each kind that name service `code` in any case
// (records written before the directory hold what was typed). The registry
// (`ops::kinds::serviced`) says which kinds name services and moves each record.

pub fn incidents_naming(conn: &Connection, code: &str) -> Result<Vec<i64>> {
    naming(
        conn,
        "SELECT DISTINCT service FROM incidents",
        "SELECT id FROM incidents WHERE service = ?1",
        code,
    )
}

pub fn problems_naming(conn: &Connection, code: &str) -> Result<Vec<i64>> {
    naming(
        conn,
        "SELECT DISTINCT service FROM problems",
        "SELECT id FROM problems WHERE service = ?1",
        code,
    )
}

/// Changes whose systems name it (SQLite's json_each; PostgreSQL has jsonb_array_elements_text).
pub fn changes_naming(conn: &Connection, code: &str) -> Result<Vec<i64>> {
    naming(
        conn,
        "SELECT DISTINCT j.value FROM changes AS c, json_each(c.systems) AS j",
        "SELECT DISTINCT c.id FROM changes AS c, json_each(c.systems) AS j WHERE j.value = ?1",
        code,
    )
}

pub fn plans_naming(conn: &Connection, code: &str) -> Result<Vec<i64>> {
    naming(
        conn,
        "SELECT DISTINCT j.value FROM plans AS p, json_each(p.services) AS j",
        "SELECT DISTINCT p.id FROM plans AS p, json_each(p.services) AS j WHERE j.value = ?1",
        code,
    )
}

pub fn articles_naming(conn: &Connection, code: &str) -> Result<Vec<i64>> {
    naming(
        conn,
        "SELECT DISTINCT j.value FROM articles AS a, json_each(a.services) AS j",
        "SELECT DISTINCT a.id FROM articles AS a, json_each(a.services) AS j WHERE j.value = ?1",
        code,
    )
}

/// Schema 19: the directory starts with every service the desk's records already name, so no
/// desk starts refusing its own data. Its history rows are the migration's (actor `opsdesk`).
pub(crate) fn on_migration(tx: &Connection) -> Result<()> {
    let now = crate::domain::time::whole_seconds(Utc::now());
    for code in named_in_records(tx)? {
        add_named_in_records(tx, &code, "opsdesk", now)?;
    }
    Ok(())
}
