//! The texts the history holds once (schema 24, issue 18): `history_texts`, append-only as the
//! history is, each row a JSON string (quotes included) that history rows in the forms `7…`/`8…`
//! name by its id (store/compact/texts.rs). A text is found again by its FNV-1a hash; the same
//! text is never stored twice by this opsdesk, and a second copy would only cost room.
//!
//! [`Texts`] is both ways at once, over one connection: a text's number for writing (added when
//! new, in the caller's write transaction) and a number's text for reading, each kept in a
//! bounded cache, so that a generator writing millions of rows, or `check` replaying them, asks
//! SQLite once per distinct text while the cache holds it.

use std::borrow::Cow;
use std::collections::HashMap;

use anyhow::Result;

use super::compact;
use super::db::{self, Db};

/// How many texts each cache holds before it starts again (about 6 MiB of the demo's texts).
const CACHED: usize = 65_536;

/// FNV-1a, 64 bits: stable across versions and machines, as a stored value must be.
fn hash(text: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h as i64
}

/// Numbers for texts and texts for numbers, over `conn` (see the module's text).
pub struct Texts<'c> {
    conn: &'c dyn Db,
    numbers: HashMap<Box<[u8]>, u64>,
    texts: HashMap<u64, Box<[u8]>>,
    /// Set once a text could not be given a number (a desk before schema 24, during its
    /// migrations): the rows it writes keep their strings.
    off: bool,
}

impl<'c> Texts<'c> {
    pub fn new(conn: &'c dyn Db) -> Texts<'c> {
        Texts {
            conn,
            numbers: HashMap::new(),
            texts: HashMap::new(),
            off: false,
        }
    }

    /// The number of `text` (one JSON string), added to the table when it has none; in the
    /// caller's write transaction.
    pub fn number(&mut self, text: &[u8]) -> Result<u64> {
        if let Some(n) = self.numbers.get(text) {
            return Ok(*n);
        }
        let h = hash(text);
        let mut found = None;
        super::remembered::each(
            self.conn,
            &["history_texts"],
            "SELECT id, text FROM history_texts WHERE hash = ?1 ORDER BY id",
            &[&h],
            &mut |r| {
                if found.is_none() && r.cell(1)?.as_bytes()? == text {
                    found = Some(r.cell(0)?.as_i64()?);
                }
                Ok(())
            },
        )?;
        let id = match found {
            Some(id) => id,
            None => {
                let text = std::str::from_utf8(text)?;
                db::first(
                    self.conn,
                    "INSERT INTO history_texts (hash, text) VALUES (?1, ?2) RETURNING id",
                    rusqlite::params![h, text],
                    |r| Ok(r.cell(0)?.as_i64()?),
                )?
                .ok_or_else(|| anyhow::anyhow!("a text was written without an id"))?
            }
        };
        let n = u64::try_from(id)?;
        if self.numbers.len() >= CACHED {
            self.numbers.clear();
        }
        self.numbers.insert(text.into(), n);
        Ok(n)
    }

    /// Read the text of number `n` into the cache when it is not there; false when there is none
    /// (or the desk has no such table) or it is not one JSON string.
    fn load(&mut self, n: u64) -> bool {
        if self.texts.contains_key(&n) {
            return true;
        }
        let Ok(id) = i64::try_from(n) else { return false };
        let read = super::remembered::rows(
            self.conn,
            &["history_texts"],
            "SELECT text FROM history_texts WHERE id = ?1",
            &[&id],
            |r| Ok(r.cell(0)?.as_bytes()?.to_vec()),
        );
        let Some(t) = read.ok().and_then(|rows| rows.into_iter().next()) else {
            return false;
        };
        if !compact::texts::is_one_string(&t) {
            return false;
        }
        if self.texts.len() >= CACHED {
            self.texts.clear();
        }
        self.texts.insert(n, t.into_boxed_slice());
        true
    }

    /// What a row stores for changes already stored as `stored`: with its texts by number when
    /// it is packed and holds strings worth it. A text that cannot be given a number stays in the
    /// row (what it says is the same either way).
    pub fn stored<'s>(&mut self, stored: &'s str) -> Cow<'s, str> {
        if self.off {
            return Cow::Borrowed(stored);
        }
        let by_number = compact::texts::with_texts(stored, &mut |t| {
            if self.off {
                return None;
            }
            let n = self.number(t).ok();
            self.off = n.is_none();
            n
        });
        by_number.map_or(Cow::Borrowed(stored), Cow::Owned)
    }

    /// The canonical text of stored changes, texts held by number put back.
    pub fn canonical<'s>(&mut self, stored: &'s [u8], at: i64) -> Cow<'s, [u8]> {
        compact::canonical_held(stored, at, self)
    }

    /// [`Self::canonical`] for text.
    pub fn canonical_str<'s>(&mut self, stored: &'s str, at: i64) -> Cow<'s, str> {
        match self.canonical(stored.as_bytes(), at) {
            Cow::Borrowed(_) => Cow::Borrowed(stored),
            Cow::Owned(t) => String::from_utf8(t).map_or(Cow::Borrowed(stored), Cow::Owned),
        }
    }
}

impl compact::Held for Texts<'_> {
    fn text(&mut self, n: u64) -> Option<&[u8]> {
        if !self.load(n) {
            return None;
        }
        self.texts.get(&n).map(|t| &t[..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_is_the_published_function() {
        // The published FNV-1a 64 test vectors: the hash is stored, so it must never change.
        assert_eq!(hash(b"") as u64, 0xcbf2_9ce4_8422_2325);
        assert_eq!(hash(b"a") as u64, 0xaf63_dc4c_8601_ec8c);
        assert_eq!(hash(b"foobar") as u64, 0x8594_4171_f739_67e8);
    }
}
