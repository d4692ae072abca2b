//! The audit trail (SPEC A1): append-only rows written in the same transaction as the change,
//! each chained to the one before it by its hash (`chain`). A row stores its changes in the
//! compact form of `compact` where it can (schema 16); everything read here is decoded to the
//! canonical text first, so callers see the changes as they were always written.

use anyhow::Result;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};
use serde::Serialize;

use super::db::{self, Cells, Db};
use super::history_texts::Texts;
use super::table::from_value;
use super::{at, chain, chain_tail, compact, parse_col, ts};
use crate::domain::audit::FieldChange;
use crate::domain::kind::Kind;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HistoryRow {
    pub id: i64,
    pub record_kind: Kind,
    pub record_id: i64,
    pub subject_kind: Kind,
    pub subject_id: i64,
    pub at: DateTime<Utc>,
    pub actor: String,
    pub action: String,
    /// The record's version after the change (`None` for a note).
    pub version: Option<i64>,
    pub changes: Vec<FieldChange>,
    pub detail: String,
}

/// A row to append: which record changed and whose timeline shows it.
pub struct Entry<'a> {
    pub record: (Kind, i64),
    pub subject: (Kind, i64),
    pub at: DateTime<Utc>,
    pub actor: &'a str,
    pub action: &'a str,
    pub version: Option<i64>,
    pub changes: &'a [FieldChange],
    pub detail: &'a str,
}

/// Append one row at the chain's tail (read in the caller's write transaction: O(1) per row).
pub fn append(conn: &dyn Db, e: &Entry) -> Result<i64> {
    append_serialised(conn, e, &serde_json::to_string(e.changes)?)
}

/// [`append`] with `e.changes` already serialised as `changes`.
pub fn append_serialised(conn: &dyn Db, e: &Entry, changes: &str) -> Result<i64> {
    Appender::at_tail(conn)?.append_serialised(e, changes)
}

/// Many rows appended in one write transaction (a generator writing millions): the chain's tail is
/// read once, then each row costs one hash and one insert. Nothing else may append in that
/// transaction meanwhile (it would fail on the id, never fork the chain).
pub struct Appender<'c>(chain_tail::Appender<'c>, Texts<'c>);

impl<'c> Appender<'c> {
    pub fn at_tail(conn: &'c dyn Db) -> Result<Appender<'c>> {
        Ok(Appender(chain_tail::Appender::at_tail(conn)?, Texts::new(conn)))
    }

    /// Append `e`, its changes already serialised as `changes` (on another thread, say).
    pub fn append_serialised(&mut self, e: &Entry, changes: &str) -> Result<i64> {
        self.append_encoded(e, changes, &compact::compact(changes, ts(e.at)))
    }

    /// Append `e`, its changes serialised as `changes` and `stored` what the row stores for them:
    /// `changes` itself or [`compact::compact`] of it at `e.at`, made on another thread, say.
    pub fn append_encoded(&mut self, e: &Entry, changes: &str, stored: &str) -> Result<i64> {
        use rusqlite::types::ValueRef::{Integer, Null, Text};
        anyhow::ensure!(
            stored == changes || compact::canonical_str(stored, ts(e.at)) == changes,
            "a history row's stored changes must stand for its changes"
        );
        // Its strings held once, by number, where they are worth it (schema 24).
        let stored = self.1.stored(stored);
        self.0.append(
            [
                Text(e.record.0.as_str().as_bytes()),
                Integer(e.record.1),
                Text(e.subject.0.as_str().as_bytes()),
                Integer(e.subject.1),
                Integer(ts(e.at)),
                Text(e.actor.as_bytes()),
                Text(e.action.as_bytes()),
                e.version.map_or(Null, Integer),
                Text(changes.as_bytes()),
                Text(e.detail.as_bytes()),
            ],
            &stored,
        )
    }
}

/// A row's columns as the text they stand for (chain.rs), over `history h`.
const COLS: &str = chain::COVERED;

/// The number `history_words` gives the kind bound as `?1` (no row when it has none).
const KIND: &str = "(SELECT id FROM history_words WHERE word = ?1)";

/// The rows of the records that `cond` picks (by `record_id`, the kind being `?1`), in `order`:
/// one range of `history_record`, which holds every row by record (schema 19). `cols` are
/// selected from `history h`.
pub fn by_record(cols: &str, cond: &str, order: &str) -> String {
    format!("SELECT {cols} FROM history h WHERE h.record_kind = {KIND} AND {cond} ORDER BY {order}")
}

/// The rows on the timeline of record `?2` of kind `?1`: its own rows (by record, those with no
/// subject of their own) and the rows written for it by others (the partial `history_subject`).
fn on_timeline(cols: &str, order: &str) -> String {
    format!(
        "SELECT {cols} FROM history h WHERE h.record_kind = {KIND} AND h.record_id = ?2 AND h.subject_id IS NULL \
         UNION ALL \
         SELECT {cols} FROM history h WHERE h.subject_kind = {KIND} AND h.subject_id = ?2 \
         ORDER BY {order}"
    )
}

fn from_row(r: &dyn Cells, texts: &mut Texts) -> rusqlite::Result<HistoryRow> {
    let get = |i: usize| r.cell(i);
    let stored: String = from_value(get(9)?, 9)?;
    let at_secs: i64 = from_value(get(5)?, 5)?;
    let changes = texts.canonical_str(&stored, at_secs);
    Ok(HistoryRow {
        id: from_value(get(0)?, 0)?,
        record_kind: parse_col(1, from_value(get(1)?, 1)?, Kind::parse)?,
        record_id: from_value(get(2)?, 2)?,
        subject_kind: parse_col(3, from_value(get(3)?, 3)?, Kind::parse)?,
        subject_id: from_value(get(4)?, 4)?,
        at: at(at_secs),
        actor: from_value::<Option<String>>(get(6)?, 6)?.unwrap_or_default(),
        action: from_value::<Option<String>>(get(7)?, 7)?.unwrap_or_default(),
        version: from_value(get(8)?, 8)?,
        changes: serde_json::from_str(&changes).unwrap_or_default(),
        detail: from_value(get(10)?, 10)?,
    })
}

/// Everything on a record's timeline, its duties' rows included, oldest first (by `at`, then id). Rows are appended
/// as things happen, so `at` and `id` agree; `at` leads only where a generator wrote the past.
pub fn timeline(conn: &dyn Db, kind: Kind, id: i64) -> Result<Vec<HistoryRow>> {
    let mut texts = Texts::new(conn);
    db::rows(conn, &on_timeline(COLS, "6, 1"), params![kind.as_str(), id], |r| {
        from_row(r, &mut texts)
    })
}

/// The rows of records `ids` of `kind` themselves (not their duties'), by record then oldest
/// first: a page of the ledger's handling in one indexed read.
pub fn of_records(conn: &dyn Db, kind: Kind, ids: &[i64]) -> Result<Vec<HistoryRow>> {
    let mut texts = Texts::new(conn);
    db::rows(
        conn,
        &by_record(
            COLS,
            &super::table::in_ids(conn, "h.record_id", 2),
            "h.record_id, h.at, h.id",
        ),
        params![kind.as_str(), super::table::list(ids)?],
        |r| from_row(r, &mut texts),
    )
}

/// The rows of one record only, oldest first.
pub fn of_record(conn: &dyn Db, kind: Kind, id: i64) -> Result<Vec<HistoryRow>> {
    let mut texts = Texts::new(conn);
    db::rows(
        conn,
        &by_record(COLS, "h.record_id = ?2", "h.id"),
        params![kind.as_str(), id],
        |r| from_row(r, &mut texts),
    )
}

/// The newest row of a record: who changed it last, for conflict messages.
pub fn last_of_record(conn: &dyn Db, kind: Kind, id: i64) -> Result<Option<HistoryRow>> {
    let mut texts = Texts::new(conn);
    db::first(
        conn,
        &format!("{} LIMIT 1", by_record(COLS, "h.record_id = ?2", "h.id DESC")),
        params![kind.as_str(), id],
        |r| from_row(r, &mut texts),
    )
}

/// The changes a record went through after `version`, oldest first: what a user who saw
/// `version` missed.
pub fn since_version(conn: &dyn Db, kind: Kind, id: i64, version: i64) -> Result<Vec<HistoryRow>> {
    let mut texts = Texts::new(conn);
    db::rows(
        conn,
        &by_record(COLS, "h.record_id = ?2 AND h.version > ?3", "h.id"),
        params![kind.as_str(), id, version],
        |r| from_row(r, &mut texts),
    )
}

/// A history row as `opsdesk check` replays it, its changes as stored: decoding and parsing them
/// is the costly half, done off the reading thread ([`RawReplayRow::parse`]).
pub struct RawReplayRow {
    pub id: i64,
    pub record_id: i64,
    pub action: String,
    pub version: Option<i64>,
    pub at: DateTime<Utc>,
    pub actor: String,
    pub changes: String,
    /// A row naming texts by number, put back as the `5…`/`6…` row it stands for
    /// (`compact::texts::inlined`): the reading thread splices, the replaying thread decodes.
    pub inlined: Option<Vec<u8>>,
}

/// A history row as `opsdesk check` replays it. `changes` is `Err` with the parse error when the
/// stored JSON cannot be read: a check must report that, not treat it as "no change".
pub struct ReplayRow {
    pub id: i64,
    pub record_id: i64,
    pub action: String,
    pub version: Option<i64>,
    pub at: DateTime<Utc>,
    pub actor: String,
    pub changes: std::result::Result<Vec<FieldChange>, String>,
}

impl RawReplayRow {
    /// Decoded and parsed (texts held by number were put back as it was read).
    pub fn parse(self) -> ReplayRow {
        ReplayRow {
            id: self.id,
            record_id: self.record_id,
            action: self.action,
            version: self.version,
            at: self.at,
            actor: self.actor,
            changes: {
                let at = ts(self.at);
                let decoded = compact::texts::canonical_inlined(self.changes.as_bytes(), self.inlined.as_deref(), at);
                match std::str::from_utf8(&decoded) {
                    Ok(text) => serde_json::from_str(text),
                    // Texts that are not UTF-8: the row is read as it is stored.
                    Err(_) => serde_json::from_str(&compact::canonical_str(&self.changes, at)),
                }
                .map_err(|e| e.to_string())
            },
        }
    }
}

/// What [`replay_rows`] reads with, batch after batch: the desk's connection, its words by number
/// (read once rather than looked up for every row) and the texts read so far.
pub struct ReplayReader<'c> {
    conn: &'c Connection,
    words: std::collections::HashMap<i64, String>,
    texts: Texts<'c>,
}

impl<'c> ReplayReader<'c> {
    pub fn new(conn: &'c Connection) -> Result<ReplayReader<'c>> {
        Ok(ReplayReader {
            conn,
            words: super::history_codes::all_words(conn)?,
            texts: Texts::new(conn),
        })
    }
}

/// The history rows of every `kind` record with an id in `lo..=hi`, by record then in the order
/// they were written (one index range, [`by_record`]: no sort, no full scan).
/// `reader` holds what the batches share: the words by number and the texts read so far.
pub fn replay_rows(reader: &mut ReplayReader, kind: Kind, lo: i64, hi: i64) -> Result<Vec<RawReplayRow>> {
    let ReplayReader { conn, words, texts } = reader;
    let mut st = conn.prepare_cached(&by_record(
        "h.id, h.record_id, h.action, h.version, h.changes, h.at, h.actor",
        "h.record_id BETWEEN ?2 AND ?3",
        "h.record_id, h.id",
    ))?;
    // Texts held by number are put back here, where the connection is (a setgid opsdesk cannot
    // open a second one for the replaying thread), a splice; the decoding is left to that thread.
    // A number that names no word reads as nothing; the chain's walk names the row.
    let word = |n: Option<i64>| n.and_then(|n| words.get(&n)).cloned().unwrap_or_default();
    let rows = st
        .query_map(params![kind.as_str(), lo, hi], |r| {
            let changes: String = r.get(4)?;
            let inlined = compact::texts::holds_texts(changes.as_bytes())
                .then(|| compact::texts::inlined(changes.as_bytes(), texts))
                .flatten();
            Ok(RawReplayRow {
                id: r.get(0)?,
                record_id: r.get(1)?,
                action: word(r.get(2)?),
                version: r.get(3)?,
                at: at(r.get(5)?),
                actor: word(r.get(6)?),
                changes,
                inlined,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}
