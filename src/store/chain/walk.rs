//! [`walk`]: the chain verified from its first row, on two threads (issue 18: `opsdesk check`
//! within a minute at a million incidents). The caller's thread reads the rows (SQLite's work: the
//! connection stays on it, as a setgid opsdesk can open no second one) and puts back the texts a
//! row names by number, a splice; a thread of its own decodes each row's changes to their
//! canonical text and hashes it, the larger part of the work. The words a row names by number
//! (kinds, actor, action) are read once and put back there too, as `COVERED`'s sub-selects would.

use std::collections::HashMap;
use std::sync::mpsc;

use anyhow::Result;
use rusqlite::Connection;
use rusqlite::types::{Value, ValueRef};

use super::{Break, FIELDS, Hash, Head, Kept, KeptVerdict, Walk, anchors, hex, keep, link, shown, text};
use crate::store::compact::texts;
use crate::store::history_texts::Texts;

/// Rows handed to the hashing thread at a time.
const BATCH: usize = 4096;

/// The raw columns: `COVERED`'s, the words still as their numbers, then `hash`.
const RAW: &str = "SELECT h.id, h.record_kind, h.record_id, coalesce(h.subject_kind, h.record_kind), \
     coalesce(h.subject_id, h.record_id), h.at, h.actor, h.action, h.version, h.changes, h.detail, h.hash \
     FROM history h ORDER BY h.id";
/// The columns that name a word by number, in `COVERED`'s order.
const WORDS: [usize; 4] = [1, 3, 6, 7];

/// One stored value, its bytes in the batch's buffer.
#[derive(Clone, Copy)]
enum Cell {
    Null,
    Integer(i64),
    Real(f64),
    Text(u32, u32),
    Blob(u32, u32),
}

/// A row as read: its values (`RAW`'s columns), and where its changes are with their texts put
/// back, when they name any.
type Read = ([Cell; FIELDS + 1], Option<(u32, u32)>);

/// Rows as read, the bytes of their values in one buffer.
#[derive(Default)]
struct Batch {
    bytes: Vec<u8>,
    rows: Vec<Read>,
}

impl Batch {
    fn span(&mut self, b: &[u8]) -> (u32, u32) {
        let start = self.bytes.len() as u32;
        self.bytes.extend_from_slice(b);
        (start, self.bytes.len() as u32)
    }

    fn cell(&mut self, v: ValueRef<'_>) -> Cell {
        match v {
            ValueRef::Null => Cell::Null,
            ValueRef::Integer(i) => Cell::Integer(i),
            ValueRef::Real(f) => Cell::Real(f),
            ValueRef::Text(t) => {
                let (a, b) = self.span(t);
                Cell::Text(a, b)
            }
            ValueRef::Blob(t) => {
                let (a, b) = self.span(t);
                Cell::Blob(a, b)
            }
        }
    }

    fn value(&self, c: Cell) -> ValueRef<'_> {
        match c {
            Cell::Null => ValueRef::Null,
            Cell::Integer(i) => ValueRef::Integer(i),
            Cell::Real(f) => ValueRef::Real(f),
            Cell::Text(a, b) => ValueRef::Text(&self.bytes[a as usize..b as usize]),
            Cell::Blob(a, b) => ValueRef::Blob(&self.bytes[a as usize..b as usize]),
        }
    }
}

/// Walk every history row in id order, in the caller's (read) transaction, and verify each link;
/// with `kept`, also whether the rows up to that head still make it, however the hashes after it
/// were recomputed. One SHA-256 per row (two past a break while a kept head is still ahead).
pub fn walk(conn: &Connection, kept: Option<&Kept>, max: usize, progress: &mut dyn FnMut(u64)) -> Result<Walk> {
    let words: HashMap<i64, Value> = crate::store::history_codes::all_words(conn)?;
    let mut st = conn.prepare(RAW)?;
    let mut held = Texts::new(conn);
    std::thread::scope(|scope| {
        let (send, batches) = mpsc::sync_channel::<Batch>(4);
        let hasher = scope.spawn(move || {
            let mut w = Walker::new(kept, max);
            for b in batches {
                w.batch(&b, &words);
            }
            w.end()
        });
        let mut rows = st.query([])?;
        let (mut batch, mut read) = (Batch::default(), 0u64);
        while let Some(r) = rows.next()? {
            let mut cells = [Cell::Null; FIELDS + 1];
            for (i, c) in cells.iter_mut().enumerate() {
                *c = batch.cell(r.get_ref(i)?);
            }
            let changes = r.get_ref(9)?;
            let inlined = match changes {
                ValueRef::Text(t) if texts::holds_texts(t) => {
                    texts::inlined(t, &mut held).map(|put_back| batch.span(&put_back))
                }
                _ => None,
            };
            batch.rows.push((cells, inlined));
            read += 1;
            if batch.rows.len() == BATCH {
                if send.send(std::mem::take(&mut batch)).is_err() {
                    break;
                }
                if read % 100_000 < BATCH as u64 {
                    progress(read);
                }
            }
        }
        if !batch.rows.is_empty() {
            let _ = send.send(batch);
        }
        drop(send);
        let out = hasher
            .join()
            .map_err(|_| anyhow::anyhow!("the thread hashing the history failed"))?;
        progress(out.rows);
        Ok(out)
    })
}

/// The walk's state, row after row (see [`walk`]).
struct Walker<'k> {
    out: Walk,
    max: usize,
    /// The stored hash of the row before, and the chain as the rows alone make it (the same until
    /// the row after a break).
    prev: Value,
    pure: Option<Hash>,
    diverged: bool,
    last: Option<i64>,
    pending: Option<&'k Kept>,
    lost: bool,
}

impl<'k> Walker<'k> {
    fn new(kept: Option<&'k Kept>, max: usize) -> Walker<'k> {
        Walker {
            out: Walk::default(),
            max,
            prev: Value::Null,
            pure: None,
            diverged: false,
            last: None,
            pending: kept,
            lost: false,
        }
    }

    fn batch(&mut self, b: &Batch, words: &HashMap<i64, Value>) {
        for (cells, inlined) in &b.rows {
            let mut fields = [ValueRef::Null; FIELDS];
            for (f, c) in fields.iter_mut().zip(cells) {
                *f = b.value(*c);
            }
            for i in WORDS {
                fields[i] = match fields[i] {
                    ValueRef::Integer(n) => words.get(&n).map_or(ValueRef::Null, ValueRef::from),
                    _ => ValueRef::Null,
                };
            }
            // The changes' canonical text, as `link_stored` covers them.
            let canonical = match (fields[9], fields[5]) {
                (ValueRef::Text(stored), ValueRef::Integer(at)) => {
                    let put_back = inlined.map(|(s, e)| &b.bytes[s as usize..e as usize]);
                    Some(texts::canonical_inlined(stored, put_back, at))
                }
                _ => None,
            };
            if let Some(c) = &canonical {
                fields[9] = ValueRef::Text(c);
            }
            self.step(&fields, b.value(cells[FIELDS]));
        }
    }

    /// One row: its covered fields (the changes canonical) and its stored hash.
    fn step(&mut self, fields: &[ValueRef<'_>; FIELDS], stored: ValueRef<'_>) {
        let id = fields[0].as_i64().unwrap_or_default();
        let computed = link(fields, ValueRef::from(&self.prev));
        // After a row stored short whose link broke, the full hash the next row was linked to is
        // unknown: the rows up to the next one stored in full cannot be verified (anchors.rs).
        let unverified = self.lost;
        let holds = self.lost || anchors::holds(stored, &computed);
        if let Some(k) = self.pending {
            let made = if self.diverged {
                link(fields, self.pure.as_ref().map_or(ValueRef::Null, |p| ValueRef::Blob(p)))
            } else {
                computed
            };
            let verdict = match k.id {
                Some(kid) if kid == id => Some(if made == k.hash {
                    KeptVerdict::Holds { id }
                } else {
                    KeptVerdict::Differs { id, now: hex(&made) }
                }),
                Some(kid) if kid < id => Some(KeptVerdict::Missing {
                    id: kid,
                    ends: false,
                    end: None,
                }),
                None if made == k.hash => Some(KeptVerdict::Holds { id }),
                _ => None,
            };
            if verdict.is_some() {
                self.out.kept = verdict;
                self.pending = None;
            }
            self.pure = Some(made);
        }
        if unverified {
            self.out.unverified += 1;
            self.lost = anchors::is_short(stored);
        } else if !holds {
            self.lost = anchors::is_short(stored);
            self.out.break_count += 1;
            self.diverged = true;
            if self.out.breaks.len() < self.max {
                self.out.breaks.push(Break {
                    id,
                    record_kind: text(fields[1]),
                    record_id: fields[2].as_i64().unwrap_or_default(),
                    action: text(fields[7]),
                    actor: text(fields[6]),
                    after: self.last,
                    unhashed: stored == ValueRef::Null,
                });
            }
        }
        if anchors::is_short(stored) && !self.lost {
            keep(&mut self.prev, ValueRef::Blob(&computed));
        } else {
            keep(&mut self.prev, stored);
        }
        self.last = Some(id);
        self.out.rows += 1;
    }

    fn end(mut self) -> Walk {
        if let Some(k) = self.pending {
            self.out.kept = Some(match k.id {
                Some(id) => KeptVerdict::Missing {
                    id,
                    ends: true,
                    end: self.last,
                },
                None => KeptVerdict::NotFound,
            });
        }
        self.out.head = self.last.map(|id| Head {
            id,
            hash: shown(ValueRef::from(&self.prev)),
        });
        self.out
    }
}
