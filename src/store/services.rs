//! The services directory (SPEC I3, I11).

use anyhow::Result;
use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::db::{self, Db, Engine};
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
pub fn add_named_in_records(conn: &dyn Db, code: &str, by: &str, now: DateTime<Utc>) -> Result<bool> {
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
pub fn named_in_records(conn: &(impl Db + ?Sized)) -> Result<Vec<String>> {
    let (changes, plans, articles) = (
        elements(conn, "changes.systems"),
        elements(conn, "plans.services"),
        elements(conn, "articles.services"),
    );
    db::rows(
        conn,
        &format!(
            "SELECT s, count(*) AS n FROM (
                 SELECT service AS s FROM incidents
                 UNION ALL SELECT service FROM problems
                 UNION ALL SELECT j.value FROM changes, {changes}
                 UNION ALL SELECT j.value FROM plans, {plans}
                 UNION ALL SELECT j.value FROM articles, {articles}
             ) AS named WHERE trim(s) <> '' GROUP BY s ORDER BY n DESC, s"
        ),
        [],
        |r| Ok(r.cell(0)?.as_str()?.to_string()),
    )
}

/// The elements of the JSON list of text in `column`, as a table `j` of one column `value`:
/// SQLite's json_each, PostgreSQL's jsonb_array_elements_text (the column is text on both).
fn elements(conn: &(impl Db + ?Sized), column: &str) -> String {
    match conn.engine() {
        Engine::Sqlite => format!("json_each({column}) AS j"),
        Engine::Postgres => format!("jsonb_array_elements_text({column}::jsonb) AS j(value)"),
    }
}

/// Ids, in order, of the rows `sql` selects with the code as `?1`.
fn ids(conn: &(impl Db + ?Sized), sql: &str, code: &str) -> Result<Vec<i64>> {
    db::rows(conn, sql, [code], |r| r.cell(0)?.as_i64().map_err(Into::into))
}

/// The words `sql` selects (one column) that name service `code` in any case, Unicode-aware
/// (`ＢＩＬＬＩＮＧ` is `ｂｉｌｌｉｎｇ`, `ΧΡΕΩΣΗ` is `χρεωση`; SQLite's `lower()` folds ASCII only): the
/// case is folded here, in Rust, over the few distinct words the records hold.
fn words_naming(conn: &(impl Db + ?Sized), sql: &str, code: &str) -> Result<Vec<String>> {
    let words = db::rows(conn, sql, [], |r| Ok(r.cell(0)?.as_str_or_null()?.map(str::to_string)))?;
    Ok(words.into_iter().flatten().filter(|w| same_code(w, code)).collect())
}

/// Ids, in order and once each, of the rows `ids_sql` selects for each word `words_sql` finds
/// naming `code`.
fn naming(conn: &(impl Db + ?Sized), words_sql: &str, ids_sql: &str, code: &str) -> Result<Vec<i64>> {
    let mut out = std::collections::BTreeSet::new();
    for w in words_naming(conn, words_sql, code)? {
        out.extend(ids(conn, ids_sql, &w)?);
    }
    Ok(out.into_iter().collect())
}

// Issue 19, merging services: the records of each kind that name service `code` in any case
// (records written before the directory hold what was typed). The registry
// (`ops::kinds::serviced`) says which kinds name services and moves each record.

pub fn incidents_naming(conn: &dyn Db, code: &str) -> Result<Vec<i64>> {
    naming(
        conn,
        "SELECT DISTINCT service FROM incidents",
        "SELECT id FROM incidents WHERE service = ?1",
        code,
    )
}

pub fn problems_naming(conn: &dyn Db, code: &str) -> Result<Vec<i64>> {
    naming(
        conn,
        "SELECT DISTINCT service FROM problems",
        "SELECT id FROM problems WHERE service = ?1",
        code,
    )
}

/// The records of `table` whose JSON list `column` names it.
fn listed_naming(conn: &dyn Db, table: &str, column: &str, code: &str) -> Result<Vec<i64>> {
    let j = elements(conn, &format!("t.{column}"));
    naming(
        conn,
        &format!("SELECT DISTINCT j.value FROM {table} AS t, {j}"),
        &format!("SELECT DISTINCT t.id FROM {table} AS t, {j} WHERE j.value = ?1"),
        code,
    )
}

/// Changes whose systems name it.
pub fn changes_naming(conn: &dyn Db, code: &str) -> Result<Vec<i64>> {
    listed_naming(conn, "changes", "systems", code)
}

pub fn plans_naming(conn: &dyn Db, code: &str) -> Result<Vec<i64>> {
    listed_naming(conn, "plans", "services", code)
}

pub fn articles_naming(conn: &dyn Db, code: &str) -> Result<Vec<i64>> {
    listed_naming(conn, "articles", "services", code)
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
