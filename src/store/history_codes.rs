//! Schema 20: every history row copied from `history_v1` (the layout before it) into the new
//! `history`, its words (kinds, actor, action) as numbers into `history_words` and its subject
//! left out where it is the record itself; then `history_v1` goes. Same ids, same `at`, version,
//! detail and hash, the changes in the shortest compact form that decodes to their very text
//! (schema 19's forms with words, compact.rs): the text the chain covers is the same (chain.rs),
//! so nothing is re-chained. Also the issue 14 leftover: the search documents whose
//! text still holds a JSON list (written before the index read lists as words) are read again.

use std::collections::HashMap;

use anyhow::Result;
use rusqlite::types::Value;
use rusqlite::{Connection, params};

use super::compact;
use super::compact_history::Bar;
use super::db::{self, Db};

/// Rows read and copied at a time.
const BATCH: i64 = 10_000;

/// Every word of `history_words` by its number, read once by a reader that walks the whole
/// history (`check`'s replay and chain) instead of a sub-select per row.
pub(crate) fn all_words<T: rusqlite::types::FromSql>(conn: &Connection) -> Result<HashMap<i64, T>> {
    Ok(conn
        .prepare("SELECT id, word FROM history_words")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?)
}

/// Numbers for words, read from `history_words` or added to it: one lookup per new word.
pub(crate) struct Words {
    known: HashMap<String, i64>,
}

impl Words {
    pub(crate) fn new() -> Words {
        Words { known: HashMap::new() }
    }

    /// The number of `word`, added to `history_words` when it has none.
    pub(crate) fn id(&mut self, conn: &(impl Db + ?Sized), word: &str) -> Result<i64> {
        if let Some(id) = self.known.get(word) {
            return Ok(*id);
        }
        let number = |r: &dyn db::Cells| r.cell(0)?.as_i64().map_err(Into::into);
        // Each new Appender starts with nothing known: the transaction's memo remembers.
        let found = super::remembered::rows(
            conn,
            &["history_words"],
            "SELECT id FROM history_words WHERE word = ?1",
            &[&word],
            number,
        )?
        .into_iter()
        .next();
        let id = match found {
            Some(id) => id,
            None => db::first(
                conn,
                "INSERT INTO history_words (word) VALUES (?1) RETURNING id",
                [word],
                number,
            )?
            .ok_or_else(|| anyhow::anyhow!("a word was written without a number"))?,
        };
        self.known.insert(word.to_string(), id);
        Ok(id)
    }
}

pub(crate) fn on_migration(tx: &Connection) -> Result<()> {
    let last: i64 = tx.query_row("SELECT coalesce(max(id), 0) FROM history_v1", [], |r| r.get(0))?;
    let mut words = Words::new();
    let mut bar = Bar::new("rewriting the history");
    let mut after = i64::MIN;
    loop {
        let mut rows: Vec<[Value; 12]> = Vec::with_capacity(BATCH as usize);
        {
            let mut st = tx.prepare_cached(
                "SELECT id, record_kind, record_id, subject_kind, subject_id, at, actor, action, version, changes, detail, hash
                 FROM history_v1 WHERE id > ?1 ORDER BY id LIMIT ?2",
            )?;
            let mut q = st.query(params![after, BATCH])?;
            while let Some(r) = q.next()? {
                let mut row: [Value; 12] = std::array::from_fn(|_| Value::Null);
                for (i, v) in row.iter_mut().enumerate() {
                    *v = r.get(i)?;
                }
                rows.push(row);
            }
        }
        let mut ins = tx.prepare_cached(
            "INSERT INTO history (id, record_kind, record_id, subject_kind, subject_id, at, actor, action, version, changes, detail, hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        )?;
        for row in &rows {
            let mut out = row.clone();
            let own = row[1] == row[3] && row[2] == row[4];
            for i in [1, 3, 6, 7] {
                // The old columns were STRICT TEXT NOT NULL: always text.
                if let Value::Text(w) = &row[i] {
                    out[i] = Value::Integer(words.id(tx, w)?);
                }
            }
            if own {
                out[3] = Value::Null;
                out[4] = Value::Null;
            }
            // Changes in the shortest form that decodes to their very text (compact.rs): the
            // words of schema 19's forms where they make the row shorter.
            if let (Value::Text(stored), Value::Integer(at)) = (&row[9], &row[5]) {
                let text = compact::canonical_str(stored, *at);
                let small = compact::compact(&text, *at);
                if small.len() < stored.len() {
                    out[9] = Value::Text(small.into_owned());
                }
            }
            ins.execute(rusqlite::params_from_iter(out.iter()))?;
        }
        let seen = rows.len() as i64;
        if let Some(Value::Integer(id)) = rows.last().map(|r| &r[0]) {
            after = *id;
        }
        bar.show(after.max(0) as u64, last as u64);
        if seen < BATCH {
            break;
        }
    }
    bar.clear();
    tx.execute_batch("DROP TABLE history_v1")?;
    super::search::reread_lists(tx)?;
    Ok(())
}

/// The schema whose migration rewrites the history (reclaimed after, as for schema 16).
pub const SCHEMA: i64 = 19;
