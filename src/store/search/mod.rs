//! The search index over every kind's text (issue 14): SQLite FTS5, one document per record,
//! refreshed in the write transaction that changed the record (never stale), built for an
//! existing desk by its migration. What each kind contributes is declared in `sources`; how the
//! text is split into words, in `tokens`; the query, in `find` (on PostgreSQL, where the index
//! is a plain table, its matches as `server` reads them).

pub mod find;
mod server;
pub mod sources;
pub mod tokens;

use std::collections::BTreeSet;
use std::io::{IsTerminal, Write};

use anyhow::Result;
use rusqlite::{Connection, params};

use super::db::{self, Db};
use crate::domain::kind::Kind;
use sources::{SOURCES, Source};

/// A record's text as the index reads it.
pub struct DocText {
    pub id: i64,
    pub title: String,
    pub state: String,
    pub open: bool,
    pub text: String,
    /// Its last change (the newest history row), seconds since the epoch.
    pub at: i64,
}

fn doc_text(r: &dyn db::Cells) -> rusqlite::Result<DocText> {
    use super::table::from_value;
    Ok(DocText {
        id: from_value(r.cell(0)?, 0)?,
        title: from_value::<Option<String>>(r.cell(1)?, 1)?.unwrap_or_default(),
        state: from_value::<Option<String>>(r.cell(2)?, 2)?.unwrap_or_default(),
        open: from_value(r.cell(3)?, 3)?,
        text: from_value::<Option<String>>(r.cell(4)?, 4)?.unwrap_or_default(),
        at: from_value(r.cell(5)?, 5)?,
    })
}

/// The text of record `id` of `kind` as the index reads it; `None` when the kind is not searched
/// or the record does not exist.
pub fn text_of(conn: &dyn Db, kind: Kind, id: i64) -> Result<Option<DocText>> {
    // Each kind's statement is written once: a million incidents written in a batch ask for it
    // once each, and building the text (and hashing it for the statement cache) took its share.
    type Statements = Vec<(Kind, String)>;
    static BY_ID: std::sync::OnceLock<Statements> = std::sync::OnceLock::new();
    static BY_ID_PG: std::sync::OnceLock<Statements> = std::sync::OnceLock::new();
    let by_id = match conn.engine() {
        db::Engine::Sqlite => BY_ID.get_or_init(|| SOURCES.iter().map(|s| (s.kind, s.select("t.id = ?1"))).collect()),
        db::Engine::Postgres => {
            BY_ID_PG.get_or_init(|| SOURCES.iter().map(|s| (s.kind, s.select_pg("t.id = ?1"))).collect())
        }
    };
    let Some((_, sql)) = by_id.iter().find(|(k, _)| *k == kind) else {
        return Ok(None);
    };
    db::first(conn, sql, [id], doc_text)
}

/// The words of the `tags` column: the kind, and whether the record is open.
pub(crate) fn tags(kind: Kind, open: bool) -> String {
    format!("{} {}", kind.as_str(), if open { "open" } else { "closed" })
}

/// The column of `search_text` that names its document: FTS5's rowid, a plain table's id.
fn text_key(conn: &dyn Db) -> &'static str {
    match conn.engine() {
        db::Engine::Sqlite => "rowid",
        db::Engine::Postgres => "id",
    }
}

/// Put one record's document in the index as its newest, in place of the one it had.
fn put(conn: &dyn Db, kind: Kind, doc: &DocText) -> Result<()> {
    drop_doc(conn, kind, doc.id)?;
    if conn.engine() == db::Engine::Postgres {
        // One statement for both rows: each is a round trip to the server (a tick refreshes the
        // documents of every incident it raised a duty on).
        conn.exec(
            "WITH d AS (
                 INSERT INTO search_docs (id, kind, record_id, open, at)
                 VALUES ((SELECT coalesce(max(id), 0) + 1 FROM search_docs), ?1, ?2, ?3, ?4) RETURNING id
             )
             INSERT INTO search_text (id, text, tags) SELECT id, ?5, ?6 FROM d",
            params![
                kind.as_str(),
                doc.id,
                doc.open,
                doc.at,
                tokens::index_text(&doc.text),
                tags(kind, doc.open)
            ],
        )?;
        return Ok(());
    }
    let id = db::first(
        conn,
        "INSERT INTO search_docs (id, kind, record_id, open, at)
         VALUES ((SELECT coalesce(max(id), 0) + 1 FROM search_docs), ?1, ?2, ?3, ?4) RETURNING id",
        params![kind.as_str(), doc.id, doc.open, doc.at],
        |r| r.cell(0)?.as_i64().map_err(Into::into),
    )?
    .ok_or_else(|| anyhow::anyhow!("a search document was written without an id"))?;
    conn.exec(
        &format!(
            "INSERT INTO search_text ({}, text, tags) VALUES (?1, ?2, ?3)",
            text_key(conn)
        ),
        params![id, tokens::index_text(&doc.text), tags(kind, doc.open)],
    )?;
    Ok(())
}

fn drop_doc(conn: &dyn Db, kind: Kind, id: i64) -> Result<()> {
    if conn.engine() == db::Engine::Postgres {
        conn.exec(
            "WITH d AS (DELETE FROM search_docs WHERE kind = ?1 AND record_id = ?2 RETURNING id)
             DELETE FROM search_text WHERE id IN (SELECT id FROM d)",
            params![kind.as_str(), id],
        )?;
        return Ok(());
    }
    let old = db::first(
        conn,
        "SELECT id FROM search_docs WHERE kind = ?1 AND record_id = ?2",
        params![kind.as_str(), id],
        |r| r.cell(0)?.as_i64().map_err(Into::into),
    )?;
    if let Some(doc) = old {
        conn.exec(
            &format!("DELETE FROM search_text WHERE {} = ?1", text_key(conn)),
            &[&doc],
        )?;
        conn.exec("DELETE FROM search_docs WHERE id = ?1", &[&doc])?;
    }
    Ok(())
}

/// Read record `id` of `kind` again into the index (nothing for a kind that is not searched; the
/// document goes when the record has gone).
pub fn refresh(conn: &dyn Db, kind: Kind, id: i64) -> Result<()> {
    if sources::of(kind).is_none() {
        return Ok(());
    }
    match text_of(conn, kind, id)? {
        Some(doc) => put(conn, kind, &doc),
        None => drop_doc(conn, kind, id),
    }
}

/// Where the history stands: taken when a write transaction begins, handed to [`follow`] before
/// it commits.
pub fn mark(conn: &dyn Db) -> Result<i64> {
    let max = db::first(conn, "SELECT coalesce(max(id), 0) FROM history", [], |r| {
        r.cell(0)?.as_i64().map_err(Into::into)
    })?;
    Ok(max.unwrap_or(0))
}

/// Every record changed since `mark` (each change writes a history row, A1), and the record
/// whose timeline shows it, read again into the index in the same transaction.
pub fn follow(conn: &dyn Db, mark: i64) -> Result<()> {
    let mut touched: Vec<(Kind, i64)> = Vec::new();
    let mut seen = BTreeSet::new();
    conn.each(
        "SELECT (SELECT word FROM history_words WHERE id = h.record_kind), h.record_id, \
         (SELECT word FROM history_words WHERE id = coalesce(h.subject_kind, h.record_kind)), \
         coalesce(h.subject_id, h.record_id) FROM history h WHERE h.id > ?1 ORDER BY h.id",
        &[&mark],
        &mut |r| {
            let word = |i: usize| -> rusqlite::Result<String> {
                Ok(match r.cell(i)? {
                    rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                    _ => String::new(),
                })
            };
            for (k, id) in [(word(0)?, r.cell(1)?.as_i64()?), (word(2)?, r.cell(3)?.as_i64()?)] {
                if let Ok(kind) = Kind::parse(&k)
                    && sources::of(kind).is_some()
                    && seen.insert((k, id))
                {
                    touched.push((kind, id));
                }
            }
            Ok(())
        },
    )?;
    for (kind, id) in touched {
        refresh(conn, kind, id)?;
    }
    Ok(())
}

/// How many records the index holds of each kind, and how many it should hold.
pub fn counts(conn: &Connection) -> Result<Vec<(Kind, i64, i64)>> {
    let mut out = Vec::new();
    for s in SOURCES {
        let held: i64 = conn.query_row(
            "SELECT count(*) FROM search_docs WHERE kind = ?1",
            [s.kind.as_str()],
            |r| r.get(0),
        )?;
        let rows: i64 = conn.query_row(&format!("SELECT count(*) FROM {}", s.table), [], |r| r.get(0))?;
        out.push((s.kind, held, rows));
    }
    Ok(out)
}

/// Build the index from nothing: every record of every kind, oldest change first, so that the
/// document ids follow the records' last changes. `progress` hears (done, of).
pub fn build(conn: &Connection, progress: &mut dyn FnMut(u64, u64)) -> Result<()> {
    conn.execute("DELETE FROM search_docs", [])?;
    conn.execute("DELETE FROM search_text", [])?;
    let mut of = 0u64;
    for s in SOURCES {
        of += conn.query_row(&format!("SELECT count(*) FROM {}", s.table), [], |r| r.get::<_, i64>(0))? as u64;
    }
    // Schema 13's migration builds it over the history as it was then (no words by number).
    let words: bool = conn.query_row(
        "SELECT count(*) > 0 FROM sqlite_schema WHERE type = 'table' AND name = 'history_words'",
        [],
        |r| r.get(0),
    )?;
    let union: Vec<String> = SOURCES
        .iter()
        .map(|s: &Source| {
            format!(
                "SELECT '{}' AS k, * FROM ({})",
                s.kind.as_str(),
                s.select_in("1", words)
            )
        })
        .collect();
    // SQLite sorts by the last change on disk if it must: the texts never all sit in memory.
    let sql = format!("{} ORDER BY 7, 1, 2", union.join(" UNION ALL "));
    let mut st = conn.prepare(&sql)?;
    let mut rows = st.query([])?;
    let mut done = 0u64;
    let mut ins_doc =
        conn.prepare("INSERT INTO search_docs (id, kind, record_id, open, at) VALUES (?1, ?2, ?3, ?4, ?5)")?;
    let mut ins_fts = conn.prepare("INSERT INTO search_text (rowid, text, tags) VALUES (?1, ?2, ?3)")?;
    while let Some(r) = rows.next()? {
        let kind = Kind::parse(&r.get::<_, String>(0)?)?;
        let doc = DocText {
            id: r.get(1)?,
            title: String::new(),
            state: String::new(),
            open: r.get(4)?,
            text: r.get::<_, Option<String>>(5)?.unwrap_or_default(),
            at: r.get(6)?,
        };
        done += 1;
        ins_doc.execute(params![done as i64, kind.as_str(), doc.id, doc.open, doc.at])?;
        ins_fts.execute(params![
            done as i64,
            tokens::index_text(&doc.text),
            tags(kind, doc.open)
        ])?;
        if done.is_multiple_of(1000) {
            progress(done, of);
        }
    }
    progress(done, of);
    Ok(())
}

/// Schema 20 (issue 14's leftover): the documents of the kinds with a JSON list column (a plan's
/// services, a drill's participants, an article's services …) indexed before lists were read as
/// words, read again in place. Each keeps its number, so the order of last changes stays.
pub(crate) fn reread_lists(conn: &Connection) -> Result<()> {
    for s in SOURCES.iter().filter(|s| s.text.iter().any(|c| c.starts_with("json:"))) {
        let docs: Vec<(i64, i64)> = conn
            .prepare("SELECT id, record_id FROM search_docs WHERE kind = ?1 ORDER BY id")?
            .query_map([s.kind.as_str()], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (doc, id) in docs {
            let Some(text) = text_of(conn, s.kind, id)? else {
                continue;
            };
            conn.prepare_cached("DELETE FROM search_text WHERE rowid = ?1")?
                .execute([doc])?;
            conn.prepare_cached("INSERT INTO search_text (rowid, text, tags) VALUES (?1, ?2, ?3)")?
                .execute(params![doc, tokens::index_text(&text.text), tags(s.kind, text.open)])?;
        }
    }
    Ok(())
}

/// The migration's step: the index of an existing desk, with a bar on a terminal.
pub(crate) fn build_on_migration(conn: &Connection) -> Result<()> {
    let on = std::io::stderr().is_terminal();
    let mut last = std::time::Instant::now();
    build(conn, &mut |done, of| {
        if !on || (done < of && last.elapsed().as_millis() < 100) || of == 0 {
            return;
        }
        last = std::time::Instant::now();
        let filled = (done * 30 / of) as usize;
        let mut err = std::io::stderr().lock();
        let _ = write!(
            err,
            "\rbuilding the search index [{}{}] {:>3}%\x1b[K",
            "#".repeat(filled),
            ".".repeat(30 - filled),
            done * 100 / of
        );
        if done >= of {
            let _ = write!(err, "\r\x1b[K");
        }
        let _ = err.flush();
    })
}

/// The bytes of the index (its documents, the FTS5 table's own tables, their indexes) and of the
/// whole database, from SQLite's page statistics.
pub fn size(conn: &Connection) -> Result<(u64, u64)> {
    let index: i64 = conn.query_row(
        "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE 'search\\_%' ESCAPE '\\' OR name LIKE 'sqlite_autoindex_search\\_%' ESCAPE '\\'",
        [],
        |r| r.get(0),
    )?;
    let file: i64 = conn.query_row("SELECT coalesce(sum(pgsize), 0) FROM dbstat", [], |r| r.get(0))?;
    Ok((index as u64, file as u64))
}
