//! How a history row stores its hash (issue 18, item 5): in full on an *anchor* row, as a short
//! prefix on the others. The chain itself is what chain.rs defines, unchanged: row i's hash is
//! `link(fields_i, h_(i-1))`, `h_(i-1)` being the full hash of the row before it, whatever that
//! row stores; only how much of it a row keeps changed.
//!
//! - A row stores all [`FULL`] bytes when it is the first, or when the last row stored in full is
//!   [`ANCHOR_EVERY`] or more rows before it; otherwise the first [`SHORT`] bytes. Rows written
//!   before this rule (every row up to schema 20) keep their full hashes: a row's stored length
//!   says which it holds, and both read the same way.
//! - `check` recomputes the chain from the first row as before and compares each row's stored
//!   bytes with the hash its fields make: all of them on an anchor, the prefix on the others. So
//!   it still names the first row changed. A forged row whose prefix matched by chance (one in
//!   2^32) leaves the rows after it unable to match, and the next anchor's full hash cannot be
//!   made to match at all: a forgery is never missed, only at worst named a few rows late.
//! - The full hash of the newest row (the head `check` prints and the engine logs, the `prev` of
//!   the next row appended) is recomputed from the last anchor: at most [`ANCHOR_EVERY`] rows.
//!
//! A kept head (`check --head`) is a full hash as before and is verified as before.

use anyhow::Result;
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, OptionalExtension};

use super::chain::{COVERED, FIELDS, Hash, link_stored};

/// A full hash's length.
pub const FULL: usize = 32;
/// How many bytes of its hash a row between anchors stores.
pub const SHORT: usize = 4;
/// At most this many rows from one row stored in full to the next.
pub const ANCHOR_EVERY: i64 = 64;

/// What row `id` stores of its full hash `hash`, `last_full` being the id of the last row before
/// it stored in full (`None`: there is none).
pub fn stored_form(id: i64, last_full: Option<i64>, hash: &Hash) -> &[u8] {
    match last_full {
        Some(f) if id - f < ANCHOR_EVERY => &hash[..SHORT],
        _ => &hash[..],
    }
}

/// Whether a row's stored hash is the hash its fields make: the whole of it, or its prefix.
pub fn holds(stored: ValueRef<'_>, computed: &Hash) -> bool {
    match stored {
        ValueRef::Blob(b) if b.len() == FULL || b.len() == SHORT => b == &computed[..b.len()],
        _ => false,
    }
}

/// Whether a stored hash is a prefix, which says nothing of the hash of a row whose fields do not
/// make it.
pub fn is_short(stored: ValueRef<'_>) -> bool {
    matches!(stored, ValueRef::Blob(b) if b.len() < FULL)
}

/// The chain's value at a row, for the row after it: its stored hash when full (or when it is no
/// hash at all: a row written behind opsdesk's back, as before), else the full hash computed.
pub fn value_at(stored: ValueRef<'_>, computed: &Hash) -> Value {
    if is_short(stored) {
        Value::Blob(computed.to_vec())
    } else {
        owned(stored)
    }
}

fn owned(v: ValueRef<'_>) -> Value {
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::Integer(i),
        ValueRef::Real(f) => Value::Real(f),
        ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Value::Blob(b.to_vec()),
    }
}

/// The chain at row `upto` (the last row, with `None`): that row's id, its full hash (the chain's
/// value for the row after it) and the id of the last row up to it stored in full. Read from the
/// last anchor up to it: at most [`ANCHOR_EVERY`] rows on a desk opsdesk wrote. `None` when there
/// is no such row.
pub fn at(conn: &Connection, upto: Option<i64>) -> Result<Option<(i64, Value, Option<i64>)>> {
    let upto = upto.unwrap_or(i64::MAX);
    let anchor: Option<i64> = conn
        .prepare_cached(&format!(
            "SELECT id FROM history WHERE id <= ?1 AND length(hash) = {FULL} ORDER BY id DESC LIMIT 1"
        ))?
        .query_row([upto], |r| r.get(0))
        .optional()?;
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COVERED}, h.hash FROM history h WHERE h.id >= ?1 AND h.id <= ?2 ORDER BY h.id"
    ))?;
    let mut rows = st.query([anchor.unwrap_or(i64::MIN), upto])?;
    let mut out = None;
    let mut prev = Value::Null;
    let mut last_full = None;
    while let Some(r) = rows.next()? {
        let mut fields = [ValueRef::Null; FIELDS];
        for (i, f) in fields.iter_mut().enumerate() {
            *f = r.get_ref(i)?;
        }
        let id: i64 = r.get(0)?;
        let stored = r.get_ref(FIELDS)?;
        if !is_short(stored) {
            last_full = Some(id);
        }
        // The anchor's own link is not recomputed: its stored hash is the chain's value there.
        prev = if Some(id) == anchor {
            owned(stored)
        } else {
            value_at(stored, &link_stored(&fields, ValueRef::from(&prev)))
        };
        out = Some(id);
    }
    Ok(out.map(|id| (id, prev, last_full)))
}

/// The newest row's full hash as this process last appended it, so that appending one row at a
/// time (every write appends its own) does not read back up to the last anchor each time: used
/// only while that row is still the newest of that file and stores the prefix of that hash.
struct Tail {
    path: String,
    id: i64,
    hash: Hash,
    last_full: Option<i64>,
}

static TAIL: std::sync::Mutex<Option<Tail>> = std::sync::Mutex::new(None);

/// The chain's newest row: [`at`] with `None`, from one indexed read when this process appended
/// that row or the row stores its hash in full.
pub fn tail(conn: &Connection) -> Result<Option<(i64, Value, Option<i64>)>> {
    let newest = conn
        .prepare_cached("SELECT id, hash FROM history ORDER BY id DESC LIMIT 1")?
        .query_row([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Value>(1)?)))
        .optional()?;
    let Some((id, stored)) = newest else {
        return Ok(None);
    };
    if !is_short(ValueRef::from(&stored)) {
        return Ok(Some((id, stored, Some(id))));
    }
    if let (Some(path), Ok(cache)) = (conn.path(), TAIL.lock())
        && let Some(t) = cache.as_ref()
        && t.path == path
        && t.id == id
        && matches!(&stored, Value::Blob(b) if b[..] == t.hash[..SHORT])
    {
        return Ok(Some((id, Value::Blob(t.hash.to_vec()), t.last_full)));
    }
    at(conn, None)
}

/// Remember row `id`, just appended, for [`tail`].
pub(crate) fn appended(conn: &Connection, id: i64, hash: &Hash, last_full: Option<i64>) {
    if let (Some(path), Ok(mut cache)) = (conn.path(), TAIL.lock()) {
        match cache.as_mut() {
            // A generator appending millions: no new copy of the path for each row.
            Some(t) if t.path == path => {
                t.id = id;
                t.hash = *hash;
                t.last_full = last_full;
            }
            _ => {
                *cache = Some(Tail {
                    path: path.to_string(),
                    id,
                    hash: *hash,
                    last_full,
                })
            }
        }
    }
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
                let hash = link_stored(&fields, ValueRef::from(&prev));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a1_a_row_stores_its_hash_in_full_every_64_rows_and_a_prefix_between() {
        let h: Hash = std::array::from_fn(|i| i as u8);
        assert_eq!(stored_form(1, None, &h).len(), FULL);
        assert_eq!(stored_form(2, Some(1), &h), &h[..SHORT]);
        assert_eq!(stored_form(64, Some(1), &h).len(), SHORT);
        assert_eq!(stored_form(65, Some(1), &h).len(), FULL);
        assert!(holds(ValueRef::Blob(&h), &h));
        assert!(holds(ValueRef::Blob(&h[..SHORT]), &h));
        let mut other = h;
        other[SHORT] ^= 1;
        // A prefix says nothing past its bytes; a full hash says all of them.
        assert!(holds(ValueRef::Blob(&h[..SHORT]), &other));
        assert!(!holds(ValueRef::Blob(&h), &other));
        other[0] ^= 1;
        assert!(!holds(ValueRef::Blob(&h[..SHORT]), &other));
        for odd in [&h[..SHORT - 1], &h[..SHORT + 1], &[][..]] {
            assert!(!holds(ValueRef::Blob(odd), &h), "{} bytes", odd.len());
        }
        assert!(!holds(ValueRef::Null, &h));
    }
}
