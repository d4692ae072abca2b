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
//!
//! What reads the rows for it (the tail, the appender, schema 10's step) is in chain_tail.rs.

use rusqlite::types::{Value, ValueRef};

/// A full hash (chain.rs).
pub type Hash = [u8; 32];

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

pub(crate) fn owned(v: ValueRef<'_>) -> Value {
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::Integer(i),
        ValueRef::Real(f) => Value::Real(f),
        ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Value::Blob(b.to_vec()),
    }
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
