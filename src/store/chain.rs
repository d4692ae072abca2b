//! The history's hash chain (SPEC A1, issue 17): every history row carries `hash`, SHA-256 over
//! its own fields and the `hash` of the row before it by id. A row changed, removed or slipped in
//! anywhere before the newest no longer makes the hash stored on it or on the row after it, and
//! `opsdesk check` names the first such row. A forger who recomputes every hash after the rows
//! they changed makes a chain that holds again; only a head kept elsewhere before the forgery
//! (`opsdesk check --head ID:HASH`, the engine's hourly log line) shows that the rows up to it
//! changed. Removing the newest rows leaves a shorter chain that holds: a kept head shows that
//! too. Nothing here is secret, so a row appended with a correctly computed hash is a row like
//! any other: the chain proves the past was not rewritten, not who wrote the present.
//!
//! ## The canonical encoding (version 1)
//!
//! `hash` = SHA-256 of the bytes
//!
//! ```text
//! "opsdesk history chain 1\n"
//! id, record_kind, record_id, subject_kind, subject_id, at, actor, action, version, changes, detail
//! prev
//! ```
//!
//! each of the twelve values as SQLite stores it, typed: NULL as the byte `00`; an INTEGER as
//! `01` and its 8 bytes big-endian (two's complement); a REAL as `02` and the 8 bytes of its IEEE
//! 754 bits big-endian; TEXT as `03`, its length in bytes (8 bytes big-endian) and its UTF-8
//! bytes; a BLOB as `04`, its length the same way and its bytes. `at` is the INTEGER seconds since
//! the epoch, `version` NULL for a note, `changes` the JSON text exactly as stored (never parsed
//! and written again), `prev` the stored `hash` of the row with the next lower id (a 32-byte BLOB),
//! NULL for the first row. Lengths make every encoding read one way only; the type bytes keep the
//! integer 1 apart from the text "1".
//!
//! Since schema 16 a row may store its changes in the compact form of `store::compact`; the chain
//! covers their canonical text all the same (the compact form decoded, byte for byte the JSON the
//! row held before; any other stored text as it is). So every hash written before schema 16 still
//! holds after it, kept heads included, and no row was re-chained: the migration changed how the
//! rows are stored, not what they say. A stored compact text that does not decode is covered as
//! it is, and so breaks the chain where it stands.
//!
//! Since schema 19 a row stores its kinds, actor and action as numbers into `history_words`, and
//! no subject where the record is its own subject; the chain covers the words and the subject
//! they stand for (the view `history_text` shows them), exactly the values the row held before.
//! A number that names no word reads as NULL, and so breaks the chain where it stands.
//!
//! Since schema 21 a row may store only a prefix of its hash (store/anchors.rs): the full 32
//! bytes on an anchor row, at most 64 rows apart, 4 bytes between. `prev` above is always the
//! previous row's full hash (the value the chain has there), whatever that row stores of it; a
//! row stored in full, as every row written before, reads as before, so no row was re-chained.
//!
//! Since schema 24 a row may name its longer strings by number (store/history_texts.rs): the
//! chain covers the canonical text with those strings put back, so a text changed in
//! `history_texts` breaks the chain at every row naming it, and a number naming no text leaves
//! the row covered as it is stored.

use std::fmt;

use anyhow::Result;
use rusqlite::types::{Value, ValueRef};
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::anchors;
use super::history_texts::Texts;

mod walk;
pub use walk::walk;

/// The columns a link covers, in the encoding's order, as the text they stand for, over
/// `history h` (since schema 19 a row names its words by number and leaves out a subject that is
/// the record itself: the view `history_text` reads the same way); `hash` is read after them.
pub(crate) const COVERED: &str = "h.id, \
     (SELECT word FROM history_words WHERE id = h.record_kind), h.record_id, \
     (SELECT word FROM history_words WHERE id = coalesce(h.subject_kind, h.record_kind)), \
     coalesce(h.subject_id, h.record_id), h.at, \
     (SELECT word FROM history_words WHERE id = h.actor), \
     (SELECT word FROM history_words WHERE id = h.action), \
     h.version, h.changes, h.detail";
/// How many columns [`COVERED`] names.
pub(crate) const FIELDS: usize = 11;
const DOMAIN: &[u8] = b"opsdesk history chain 1\n";

pub type Hash = [u8; 32];

/// A row's hash from its covered fields, in [`COVERED`]'s order, and `prev`, the stored hash of the
/// row before it (NULL for the first).
pub fn link(fields: &[ValueRef<'_>; FIELDS], prev: ValueRef<'_>) -> Hash {
    let mut h = Sha256::new();
    h.update(DOMAIN);
    for f in fields {
        put(&mut h, *f);
    }
    put(&mut h, prev);
    h.finalize().into()
}

/// [`link`] over a row as stored: its changes (`fields[9]`) taken in their canonical text, decoded
/// with the row's `at` (`fields[5]`) when compact, their texts held by number read from `texts`.
pub fn link_stored(fields: &[ValueRef<'_>; FIELDS], prev: ValueRef<'_>, texts: &mut Texts) -> Hash {
    let (ValueRef::Text(stored), ValueRef::Integer(at)) = (fields[9], fields[5]) else {
        return link(fields, prev);
    };
    let text = texts.canonical(stored, at);
    let mut canonical = *fields;
    canonical[9] = ValueRef::Text(&text);
    link(&canonical, prev)
}

fn put(h: &mut Sha256, v: ValueRef<'_>) {
    match v {
        ValueRef::Null => h.update([0u8]),
        ValueRef::Integer(i) => {
            h.update([1u8]);
            h.update(i.to_be_bytes());
        }
        ValueRef::Real(f) => {
            h.update([2u8]);
            h.update(f.to_bits().to_be_bytes());
        }
        ValueRef::Text(t) => {
            h.update([3u8]);
            h.update((t.len() as u64).to_be_bytes());
            h.update(t);
        }
        ValueRef::Blob(b) => {
            h.update([4u8]);
            h.update((b.len() as u64).to_be_bytes());
            h.update(b);
        }
    }
}

/// Lower-case hexadecimal.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `v` (a stored `hash`) as text: its hex, or what it is when it is no hash.
pub(crate) fn shown(v: ValueRef<'_>) -> String {
    match v {
        ValueRef::Blob(b) => hex(b),
        ValueRef::Null => "(none)".into(),
        other => format!("(not a hash: {other:?})"),
    }
}

/// A stored value as text, whatever its type (for naming a row, never for hashing).
fn text(v: ValueRef<'_>) -> String {
    match v {
        ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
        ValueRef::Integer(i) => i.to_string(),
        ValueRef::Real(f) => f.to_string(),
        ValueRef::Null => String::new(),
        ValueRef::Blob(b) => hex(b),
    }
}

/// Put `v` in `slot`, reusing the slot's buffer for a blob: one allocation per walk, not per row.
pub(crate) fn keep(slot: &mut Value, v: ValueRef<'_>) {
    match (slot, v) {
        (Value::Blob(buf), ValueRef::Blob(b)) => {
            buf.clear();
            buf.extend_from_slice(b);
        }
        (slot, v) => {
            *slot = match v {
                ValueRef::Null => Value::Null,
                ValueRef::Integer(i) => Value::Integer(i),
                ValueRef::Real(f) => Value::Real(f),
                // The hash column is a STRICT BLOB: text cannot be there.
                ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
                ValueRef::Blob(b) => Value::Blob(b.to_vec()),
            }
        }
    }
}

/// The newest row of the chain: its id and stored hash. What `check` prints and the engine logs;
/// kept elsewhere, it is what `check --head` holds the history to later.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Head {
    pub id: i64,
    /// Hex; `(none)` when the row has no hash (a row written behind opsdesk's back).
    pub hash: String,
}

impl fmt::Display for Head {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.id, self.hash)
    }
}

/// A head kept from an earlier check: `ID:HASH`, or the hash alone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kept {
    pub id: Option<i64>,
    pub hash: Hash,
}

impl Kept {
    /// `ID:HASH` (as `check` prints the head) or `HASH`: 64 hex digits, either case.
    pub fn parse(s: &str) -> Result<Kept, String> {
        let s = s.trim();
        let (id, hash) = match s.split_once(':') {
            Some((id, hash)) => {
                let id = id
                    .trim()
                    .parse::<i64>()
                    .map_err(|_| format!("{s:?}: before the ':' comes a history row's id (a number)"))?;
                (Some(id), hash.trim())
            }
            None => (None, s),
        };
        let bad = || format!("{s:?}: a head is ID:HASH as `opsdesk check` prints it, HASH being 64 hex digits");
        if hash.len() != 64 || !hash.is_ascii() {
            return Err(bad());
        }
        let mut out = [0u8; 32];
        for (i, byte) in out.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&hash[2 * i..2 * i + 2], 16).map_err(|_| bad())?;
        }
        Ok(Kept { id, hash: out })
    }
}

impl fmt::Display for Kept {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.id {
            Some(id) => write!(f, "{id}:{}", hex(&self.hash)),
            None => f.write_str(&hex(&self.hash)),
        }
    }
}

/// A row whose stored hash is not what its fields and the stored hash of the row before it make:
/// it was changed, written behind opsdesk's back, or the row before it was removed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Break {
    pub id: i64,
    pub record_kind: String,
    pub record_id: i64,
    pub action: String,
    pub actor: String,
    /// The row before it by id, if any: ids run without gaps, so a gap is a removal.
    pub after: Option<i64>,
    /// It has no hash at all.
    pub unhashed: bool,
}

/// What became of a kept head.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "verdict", rename_all = "snake_case")]
pub enum KeptVerdict {
    /// The rows up to row `id` make the kept hash: nothing up to it changed.
    Holds { id: i64 },
    /// Row `id` is there, but the rows up to it make `now`, not the kept hash.
    Differs { id: i64, now: String },
    /// There is no row `id`: removed from among the others, or the history now ends at row `end`
    /// before it (`None` for an empty history too).
    Missing { id: i64, ends: bool, end: Option<i64> },
    /// No row's chain makes the kept hash (a head given without its id).
    NotFound,
}

/// The chain walked from its first row.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Walk {
    pub rows: u64,
    pub head: Option<Head>,
    /// How many rows break the chain; the first [`walk`]'s `max` of them are in `breaks`.
    pub break_count: u64,
    pub breaks: Vec<Break>,
    /// Rows after a broken row stored short, up to the next row stored in full: their links
    /// cannot be verified (the full hash they were linked to is unknown), so they are not counted
    /// as broken either (anchors.rs).
    #[serde(skip_serializing_if = "is_zero")]
    pub unverified: u64,
    pub kept: Option<KeptVerdict>,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields<'a>(id: i64, actor: &'a str, changes: &'a str) -> [ValueRef<'a>; FIELDS] {
        [
            ValueRef::Integer(id),
            ValueRef::Text(b"incident"),
            ValueRef::Integer(7),
            ValueRef::Text(b"incident"),
            ValueRef::Integer(7),
            ValueRef::Integer(1_800_000_000),
            ValueRef::Text(actor.as_bytes()),
            ValueRef::Text(b"note"),
            ValueRef::Null,
            ValueRef::Text(changes.as_bytes()),
            ValueRef::Text(b""),
        ]
    }

    #[test]
    fn a1_the_encoding_is_fixed_and_every_field_counts() {
        let base = link(&fields(1, "lilei", "[]"), ValueRef::Null);
        let variants = [
            link(&fields(2, "lilei", "[]"), ValueRef::Null),
            link(&fields(1, "lilei2", "[]"), ValueRef::Null),
            link(&fields(1, "lilei", "[ ]"), ValueRef::Null),
            link(&fields(1, "lilei", "[]"), ValueRef::Blob(&[0; 32])),
        ];
        for v in variants {
            assert_ne!(v, base);
        }
        // Type and length prefixes: the text "1" is not the integer 1, and moving bytes from one
        // field to the next changes the hash.
        let mut a = fields(1, "ab", "[]");
        let mut b = fields(1, "a", "[]");
        a[10] = ValueRef::Text(b"");
        b[10] = ValueRef::Text(b"b");
        assert_ne!(link(&a, ValueRef::Null), link(&b, ValueRef::Null));
        let mut c = fields(1, "lilei", "[]");
        c[8] = ValueRef::Text(b"1");
        let mut d = fields(1, "lilei", "[]");
        d[8] = ValueRef::Integer(1);
        assert_ne!(link(&c, ValueRef::Null), link(&d, ValueRef::Null));
    }

    #[test]
    fn a1_the_encoding_of_a_known_row_gives_a_known_hash() {
        // Pinned, as computed from the description above by another program (Python's hashlib):
        // a change here would orphan every chain ever written.
        assert_eq!(
            hex(&link(&fields(1, "lilei", "[]"), ValueRef::Null)),
            "2b9a57965a0964e342f25afc095725b9fc08d0d19fd3abed028c1df7d064c411"
        );
    }

    #[test]
    fn a1_a_kept_head_reads_id_and_hash_or_the_hash_alone() {
        let h = "ab".repeat(32);
        assert_eq!(
            Kept::parse(&format!("42:{h}")),
            Ok(Kept {
                id: Some(42),
                hash: [0xab; 32]
            })
        );
        assert_eq!(Kept::parse(&h.to_uppercase()).map(|k| k.id), Ok(None));
        for bad in [
            "",
            "42:",
            "x:ab",
            &h[..62],
            &format!("{h}00"),
            &format!("1:{}", "zz".repeat(32)),
            "42:ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé",
        ] {
            assert!(Kept::parse(bad).is_err(), "{bad:?}");
        }
    }
}
