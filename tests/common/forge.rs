//! A forger's tools: raw SQL on the desk's file, as an operator who can write it would use them
//! (SPEC A1's tests).

use opsdesk::store::chain;
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, params};

/// The columns the chain covers, as the text they stand for (the view `history_text`, schema 19).
const COVERED: &str =
    "id, record_kind, record_id, subject_kind, subject_id, at, actor, action, version, changes, detail";

/// The number `history_words` gives `word`, added when it has none: what a forger writing a row
/// by hand looks up first.
pub fn word(c: &Connection, word: &str) -> i64 {
    c.execute("INSERT OR IGNORE INTO history_words (word) VALUES (?1)", [word])
        .unwrap();
    c.query_row("SELECT id FROM history_words WHERE word = ?1", [word], |r| r.get(0))
        .unwrap()
}

/// Append a row by hand, its words looked up as opsdesk would (no hash: written behind opsdesk's
/// back). `subject` is `None` where the record is its own subject.
#[allow(clippy::too_many_arguments)]
pub fn insert_row(
    c: &Connection,
    record: (&str, i64),
    subject: Option<(&str, i64)>,
    at: i64,
    actor: &str,
    action: &str,
    version: Option<i64>,
    changes: &str,
) {
    let (rk, actor, action) = (word(c, record.0), word(c, actor), word(c, action));
    let sk = subject.map(|(k, _)| word(c, k));
    c.execute(
        "INSERT INTO history (record_kind, record_id, subject_kind, subject_id, at, actor, action, version, changes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            rk,
            record.1,
            sk,
            subject.map(|s| s.1),
            at,
            actor,
            action,
            version,
            changes
        ],
    )
    .unwrap();
}

/// What a forger does to get around a trigger: drop it, write, put the very same trigger back.
pub fn behind_trigger(c: &Connection, trigger: &str, sql: &str) {
    let def: String = c
        .query_row(
            "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?1",
            [trigger],
            |r| r.get(0),
        )
        .unwrap();
    c.execute_batch(&format!("DROP TRIGGER {trigger}; {sql}; {def};"))
        .unwrap();
}

/// A forger who knows the encoding (it is public, the compact form of the changes too) recomputes
/// every hash from row `from` on.
pub fn recompute_chain(c: &Connection, from: i64) {
    // The full hash of the row before (which may store only a prefix of it).
    let prev: Option<Vec<u8>> = match opsdesk::store::chain_tail::at(c, Some(from - 1)).unwrap() {
        Some((_, Value::Blob(b), _)) => Some(b),
        _ => None,
    };
    let rows: Vec<(i64, Vec<Value>)> = {
        let mut st = c
            .prepare(&format!(
                "SELECT {COVERED} FROM history_text WHERE id >= ?1 ORDER BY id"
            ))
            .unwrap();
        st.query_map([from], |r| {
            Ok((
                r.get(0)?,
                (0..11).map(|i| r.get::<_, Value>(i)).collect::<rusqlite::Result<_>>()?,
            ))
        })
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
    };
    let def: String = c
        .query_row(
            "SELECT sql FROM sqlite_schema WHERE name = 'history_no_update'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    c.execute_batch("DROP TRIGGER history_no_update").unwrap();
    let mut prev = prev;
    let mut texts = opsdesk::store::history_texts::Texts::new(c);
    for (id, values) in rows {
        let fields: [ValueRef<'_>; 11] = std::array::from_fn(|i| ValueRef::from(&values[i]));
        let hash = chain::link_stored(
            &fields,
            prev.as_deref().map_or(ValueRef::Null, ValueRef::Blob),
            &mut texts,
        );
        c.execute("UPDATE history SET hash = ?1 WHERE id = ?2", params![&hash[..], id])
            .unwrap();
        prev = Some(hash.to_vec());
    }
    c.execute_batch(&def).unwrap();
}

pub fn a_note(c: &Connection) -> i64 {
    c.query_row(
        "SELECT id FROM history_text WHERE action = 'note' AND version IS NULL ORDER BY id LIMIT 1",
        [],
        |r| r.get(0),
    )
    .unwrap()
}

/// Put the desk back as the schema before history codes had it (schema 19 undone): the rows with
/// their words as text and every subject written out, the two indexes of schema 16, the search
/// documents' and incidents' indexes as they were; no `history_words`, no `history_text`.
pub fn back_to_text_columns(c: &Connection, version: i64) {
    c.execute_batch(&format!(
        "BEGIN;
         DROP VIEW history_text;
         CREATE TABLE history_v1 (
             id INTEGER PRIMARY KEY, record_kind TEXT NOT NULL, record_id INTEGER NOT NULL,
             subject_kind TEXT NOT NULL, subject_id INTEGER NOT NULL, at INTEGER NOT NULL,
             actor TEXT NOT NULL, action TEXT NOT NULL, version INTEGER,
             changes TEXT NOT NULL DEFAULT '[]', detail TEXT NOT NULL DEFAULT '', hash BLOB) STRICT;
         INSERT INTO history_v1
             SELECT h.id, rk.word, h.record_id, coalesce(sk.word, rk.word), coalesce(h.subject_id, h.record_id),
                    h.at, a.word, w.word, h.version, h.changes, h.detail, h.hash
             FROM history h JOIN history_words rk ON rk.id = h.record_kind
                 LEFT JOIN history_words sk ON sk.id = h.subject_kind
                 JOIN history_words a ON a.id = h.actor JOIN history_words w ON w.id = h.action;
         DROP TABLE history; DROP TABLE history_words;
         ALTER TABLE history_v1 RENAME TO history;
         CREATE INDEX history_subject ON history (subject_kind, subject_id, id);
         CREATE INDEX history_record ON history (record_kind, record_id, id)
             WHERE (record_kind <> subject_kind OR record_id <> subject_id);
         CREATE TRIGGER history_no_update BEFORE UPDATE ON history
         BEGIN
             SELECT RAISE(ABORT, 'history is append-only');
         END;
         CREATE TRIGGER history_no_delete BEFORE DELETE ON history
         BEGIN
             SELECT RAISE(ABORT, 'history is append-only');
         END;
         CREATE TABLE search_docs_v1 (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, record_id INTEGER NOT NULL,
             open INTEGER NOT NULL, at INTEGER NOT NULL, UNIQUE (kind, record_id)) STRICT;
         INSERT INTO search_docs_v1 SELECT * FROM search_docs;
         DROP TABLE search_docs; ALTER TABLE search_docs_v1 RENAME TO search_docs;
         CREATE INDEX search_docs_record ON search_docs (record_id);
         CREATE INDEX search_docs_at ON search_docs (at);
         CREATE INDEX incidents_received ON incidents (received_at);
         COMMIT;
         PRAGMA user_version = {version}; UPDATE meta SET value = 'opsdesk 0.1.0' WHERE key = 'written_by';"
    ))
    .unwrap();
}
