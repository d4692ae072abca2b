//! The chain's tail (store/anchors.rs says how a row stores its hash): the full hash of the
//! newest row recomputed from the last anchor, the appender that links each new row to it, the
//! head `check --print-head` and the engine show, and schema 10's step that chains the rows
//! written before it.

use anyhow::{Context, Result, bail};
use rusqlite::types::{ToSqlOutput, Value, ValueRef};
use rusqlite::{Connection, OptionalExtension};

use super::anchors::{self, FULL, SHORT, is_short, owned, stored_form, value_at};
use super::chain::{COVERED, FIELDS, Hash, Head, keep, link, link_stored, shown};
use super::db::{self, Db};
use super::history_texts::Texts;

const INSERT: &str = "INSERT INTO history (id, record_kind, record_id, subject_kind, subject_id, at, actor, action, \
     version, changes, detail, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";

/// Where the next history row goes: the last row's id and stored hash, read once inside the write
/// transaction that appends. Every write is one `BEGIN IMMEDIATE` transaction (on PostgreSQL, one
/// holding the desk's write lock), so no other writer can append between this read and the
/// insert; a row appended meanwhile through another
/// `Appender` of the same transaction takes the id this one would give, and this one's insert then
/// fails on the primary key rather than forking the chain.
pub struct Appender<'c> {
    conn: &'c dyn Db,
    next_id: i64,
    /// The full hash of the row before (whatever that row stores of it: anchors.rs).
    prev: Value,
    /// The id of the last row stored in full.
    last_full: Option<i64>,
    words: super::history_codes::Words,
}

impl<'c> Appender<'c> {
    /// The chain's tail as the current write transaction sees it. Refused outside a write
    /// transaction: a tail read in one transaction and appended to in another could fork.
    pub fn at_tail(conn: &'c dyn Db) -> Result<Appender<'c>> {
        if !conn.writing()? {
            bail!("a history row is appended only inside a write transaction (BEGIN IMMEDIATE)");
        }
        let (next_id, prev, last_full) = match tail(conn)? {
            Some((id, hash, last_full)) => (
                id.checked_add(1).context("the history's ids are exhausted")?,
                hash,
                last_full,
            ),
            None => (1, Value::Null, None),
        };
        Ok(Appender {
            conn,
            next_id,
            prev,
            last_full,
            words: super::history_codes::Words::new(),
        })
    }

    /// Insert one row: `fields` in [`COVERED`]'s order but for `id`, which is the next one's, its
    /// changes in their canonical text; `stored` is what the row stores for them (the same or
    /// their compact form). Exactly the values hashed are the values inserted, the changes as
    /// their canonical text. Returns the new row's id.
    pub(crate) fn append(&mut self, fields: [ValueRef<'_>; FIELDS - 1], stored: &str) -> Result<i64> {
        let id = self.next_id;
        let mut all = [ValueRef::Null; FIELDS];
        all[0] = ValueRef::Integer(id);
        all[1..].copy_from_slice(&fields);
        let hash = link(&all, ValueRef::from(&self.prev));
        all[9] = ValueRef::Text(stored.as_bytes());
        // Stored as schema 19 has it: words by number, no subject where it is the record.
        let own = all[3] == all[1] && all[4] == all[2];
        let mut numbers = [0i64; 4];
        for (n, i) in numbers.iter_mut().zip([1, 3, 6, 7]) {
            let ValueRef::Text(w) = all[i] else {
                bail!("a history row's kinds, actor and action are words");
            };
            *n = self.words.id(self.conn, std::str::from_utf8(w)?)?;
        }
        let [record_kind, subject_kind, actor, action] = numbers;
        let mut values: Vec<ValueRef<'_>> = all.to_vec();
        values[1] = ValueRef::Integer(record_kind);
        values[3] = if own {
            ValueRef::Null
        } else {
            ValueRef::Integer(subject_kind)
        };
        if own {
            values[4] = ValueRef::Null;
        }
        values[6] = ValueRef::Integer(actor);
        values[7] = ValueRef::Integer(action);
        let stored_hash = anchors::stored_form(id, self.last_full, &hash);
        if stored_hash.len() == anchors::FULL {
            self.last_full = Some(id);
        }
        values.push(ValueRef::Blob(stored_hash));
        // Bound as they are, borrowed (a generator appends millions).
        let values: Vec<ToSqlOutput<'_>> = values.into_iter().map(ToSqlOutput::Borrowed).collect();
        let args: Vec<&dyn rusqlite::ToSql> = values.iter().map(|v| v as &dyn rusqlite::ToSql).collect();
        self.conn.exec(INSERT, &args)?;
        appended(self.conn, id, &hash, self.last_full);
        keep(&mut self.prev, ValueRef::Blob(&hash));
        self.next_id = id.checked_add(1).context("the history's ids are exhausted")?;
        Ok(id)
    }
}

/// The chain's head without verifying anything: the newest row's full hash, read from the last
/// row stored in full (at most [`anchors::ANCHOR_EVERY`] rows). `None` for an empty history.
pub fn head(conn: &dyn Db) -> Result<Option<Head>> {
    Ok(tail(conn)?.map(|(id, hash, _)| Head {
        id,
        hash: shown(ValueRef::from(&hash)),
    }))
}

/// The chain at row `upto` (the last row, with `None`): that row's id, its full hash (the chain's
/// value for the row after it) and the id of the last row up to it stored in full. Read from the
/// last anchor up to it: at most [`anchors::ANCHOR_EVERY`] rows on a desk opsdesk wrote. `None`
/// when there is no such row.
pub fn at(conn: &dyn Db, upto: Option<i64>) -> Result<Option<(i64, Value, Option<i64>)>> {
    let upto = upto.unwrap_or(i64::MAX);
    let anchor: Option<i64> = db::first(
        conn,
        &format!("SELECT id FROM history WHERE id <= ?1 AND length(hash) = {FULL} ORDER BY id DESC LIMIT 1"),
        [upto],
        |r| r.cell(0)?.as_i64().map_err(Into::into),
    )?;
    let mut texts = Texts::new(conn);
    let mut out = None;
    let mut prev = Value::Null;
    let mut last_full = None;
    conn.each(
        &format!("SELECT {COVERED}, h.hash FROM history h WHERE h.id >= ?1 AND h.id <= ?2 ORDER BY h.id"),
        &[&anchor.unwrap_or(i64::MIN), &upto],
        &mut |r| {
            let mut fields = [ValueRef::Null; FIELDS];
            for (i, f) in fields.iter_mut().enumerate() {
                *f = r.cell(i)?;
            }
            let id = fields[0].as_i64()?;
            let stored = r.cell(FIELDS)?;
            if !is_short(stored) {
                last_full = Some(id);
            }
            // The anchor's own link is not recomputed: its stored hash is the chain's value there.
            prev = if Some(id) == anchor {
                owned(stored)
            } else {
                value_at(stored, &link_stored(&fields, ValueRef::from(&prev), &mut texts))
            };
            out = Some(id);
            Ok(())
        },
    )?;
    Ok(out.map(|id| (id, prev, last_full)))
}

/// A row's full hash as this process last knew it, so that appending one row at a time (every
/// write appends its own) does not read back up to the last anchor each time: used only while
/// that row is still the newest of that desk and stores the prefix of that hash.
struct Tail {
    path: String,
    id: i64,
    hash: Hash,
    last_full: Option<i64>,
    /// A tail a transaction started from (read, or found here): never moved on in place.
    base: bool,
}

/// The tails this process appended or read last, newest last: a write rolled back (the bench's
/// tick, a refused step) leaves the tail it started from the newest again, and that one is here.
static TAILS: std::sync::Mutex<Vec<Tail>> = std::sync::Mutex::new(Vec::new());

/// How many tails [`TAILS`] holds.
const KEPT_TAILS: usize = 4;

/// The chain's newest row: [`at`] with `None`, from one indexed read when this process appended
/// or read that row before or the row stores its hash in full.
pub fn tail(conn: &dyn Db) -> Result<Option<(i64, Value, Option<i64>)>> {
    // A write transaction holds the desk's write lock: what it appended last is still the newest.
    if let Some(memo) = conn.memo()
        && let Some(t) = memo.borrow().tail()
        && conn.writing()?
    {
        return Ok(Some(t));
    }
    let newest = db::first(conn, "SELECT id, hash FROM history ORDER BY id DESC LIMIT 1", [], |r| {
        Ok((r.cell(0)?.as_i64()?, db::owned(r.cell(1)?)))
    })?;
    let Some((id, stored)) = newest else {
        return Ok(None);
    };
    if !is_short(ValueRef::from(&stored)) {
        return Ok(Some((id, stored, Some(id))));
    }
    let Some(path) = file_of(conn) else {
        return at(conn, None);
    };
    if let Ok(mut kept) = TAILS.lock()
        && let Some(t) = kept
            .iter_mut()
            .rev()
            .find(|t| t.path == path && t.id == id && matches!(&stored, Value::Blob(b) if b[..] == t.hash[..SHORT]))
    {
        t.base = true;
        return Ok(Some((id, Value::Blob(t.hash.to_vec()), t.last_full)));
    }
    let found = at(conn, None)?;
    if let Some((id, Value::Blob(full), last_full)) = &found
        && let Ok(hash) = Hash::try_from(&full[..])
    {
        keep_tail(path, *id, &hash, *last_full, true);
    }
    Ok(found)
}

/// The desk the kept tail is of: a SQLite file, or a server's URL as its writes name it. On a
/// server another host may have appended since: the newest row's id and stored prefix, read in
/// the write (which holds the desk's write lock), say whether the kept tail is still the newest.
fn file_of(conn: &dyn Db) -> Option<&str> {
    conn.desk()
}

/// Remember row `id`, just appended, for [`tail`].
pub(crate) fn appended(conn: &dyn Db, id: i64, hash: &Hash, last_full: Option<i64>) {
    if let Some(memo) = conn.memo() {
        memo.borrow_mut().appended(id, hash, last_full);
    }
    if let Some(path) = file_of(conn) {
        keep_tail(path, id, hash, last_full, false);
    }
}

fn keep_tail(path: &str, id: i64, hash: &Hash, last_full: Option<i64>, base: bool) {
    let Ok(mut kept) = TAILS.lock() else { return };
    // A generator appending millions: the row after the newest moves it on, no new copy made.
    if let Some(t) = kept.last_mut()
        && !base
        && !t.base
        && t.path == path
        && t.id.checked_add(1) == Some(id)
    {
        t.id = id;
        t.hash = *hash;
        t.last_full = last_full;
        return;
    }
    // Tails at or after this id were of writes rolled back: this row took their place.
    kept.retain(|t| t.path != path || t.id < id);
    if kept.len() >= KEPT_TAILS {
        kept.remove(0);
    }
    kept.push(Tail {
        path: path.to_string(),
        id,
        hash: *hash,
        last_full,
        base,
    });
}

/// Schema 10: compute the chain over the rows written before it, in the migration's transaction,
/// each row stored as [`stored_form`] has it. The append-only trigger refuses the `UPDATE` that
/// stores each hash, so it is set aside and put back as it was (the very statement the file held).
pub(crate) fn link_existing(tx: &Connection) -> Result<()> {
    const BATCH: i64 = 10_000;
    /// The same columns before schema 19, when each held its text.
    const COVERED_V1: &str =
        "id, record_kind, record_id, subject_kind, subject_id, at, actor, action, version, changes, detail";
    let trigger: Option<String> = tx
        .query_row(
            "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'history_no_update'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    if trigger.is_some() {
        tx.execute_batch("DROP TRIGGER history_no_update")?;
    }
    let mut prev = Value::Null;
    let mut last_full = None;
    let mut after = i64::MIN;
    // Schema 10: no row holds texts by number yet.
    let mut texts = Texts::new(tx);
    loop {
        let mut linked: Vec<(i64, Hash)> = Vec::with_capacity(BATCH as usize);
        {
            let mut st = tx.prepare_cached(&format!(
                "SELECT {COVERED_V1} FROM history WHERE id > ?1 ORDER BY id LIMIT ?2"
            ))?;
            let mut rows = st.query([after, BATCH])?;
            while let Some(r) = rows.next()? {
                let mut fields = [ValueRef::Null; FIELDS];
                for (i, f) in fields.iter_mut().enumerate() {
                    *f = r.get_ref(i)?;
                }
                let hash = link_stored(&fields, ValueRef::from(&prev), &mut texts);
                prev = Value::Blob(hash.to_vec());
                linked.push((r.get(0)?, hash));
            }
        }
        let mut set = tx.prepare_cached("UPDATE history SET hash = ?1 WHERE id = ?2")?;
        for (id, hash) in &linked {
            let stored = stored_form(*id, last_full, hash);
            if stored.len() == FULL {
                last_full = Some(*id);
            }
            set.execute(rusqlite::params![stored, id])?;
        }
        match linked.last() {
            Some((id, _)) if linked.len() as i64 == BATCH => after = *id,
            _ => break,
        }
    }
    if let Some(sql) = trigger {
        tx.execute_batch(&sql)?;
    }
    Ok(())
}
