//! The live filter in memory (issue 18, item 3): every open incident's id, its place in each of
//! the queue's orders and the five columns a typed filter looks in, held by the console so that a
//! keystroke tests a few megabytes of memory instead of a hundred thousand rows of the desk, and
//! reads only the rows its page shows, by id.
//!
//! What it keeps is exactly what the SQL path's `LIKE` matches ([`super::incidents::queue_page`]):
//! the typed text, trimmed, as a plain substring (its `%` and `_` are themselves) of the title,
//! the service, the owner, the reporter or the department, ASCII letters in either case and no
//! other letter folded (SQLite's `LIKE` folds ASCII alone: `ärger` does not find `ÄRGER` there,
//! so it does not here either), or the id it names. The five columns are held lower-cased (ASCII)
//! in one buffer, each ended by a NUL, so one search runs over the whole buffer and a match never
//! spans two columns; a text with a NUL in it is left to SQL.
//!
//! Built from the desk by [`build`] and kept fresh by [`OpenIndex::refresh`] (the `feed` module:
//! the history is append-only and every write to an incident appends to it).

use std::collections::{BinaryHeap, HashMap};

use super::incidents::{QueueFilter, QueueSort};

mod feed;
pub use feed::{Refreshed, build};

/// One open incident as the index holds it.
#[derive(Clone, Copy, Debug)]
struct Slot {
    id: i64,
    clock_start: i64,
    /// The severity's text as a big-endian number: ordered as SQLite orders the text (see
    /// [`text_key`]).
    severity: u64,
    /// Its columns in the buffer: `start..end`, the last byte a NUL.
    start: u32,
    end: u32,
    /// Index into `owners`; `NONE` when unowned.
    owner: u32,
    restored: bool,
    /// False once it was closed or changed (its new state is a slot further on).
    live: bool,
}

const NONE: u32 = u32::MAX;

/// An open incident as read from the desk.
#[derive(Clone, Debug, Default)]
pub struct Entry {
    pub id: i64,
    pub restored: bool,
    pub clock_start: i64,
    pub severity: String,
    pub title: String,
    pub service: String,
    pub owner: Option<String>,
    pub reporter: String,
    pub dept: String,
}

/// The text a typed filter last matched and the slots it matched, to narrow when the next one
/// holds it. Its list is kept and written over in place, key after key: a term that matches most
/// open incidents then allocates nothing (a fresh allocation of that size costs the first key
/// that needs it milliseconds of page faults).
#[derive(Debug, Default)]
struct Narrow {
    text: Vec<u8>,
    /// `None` when it says nothing (nothing typed yet, or the index changed since).
    version: Option<u64>,
    slots: Vec<u32>,
}

/// The open incidents in memory (see the module's text).
#[derive(Debug, Default)]
pub struct OpenIndex {
    /// In the buffer's order: each slot's text follows the one before.
    slots: Vec<Slot>,
    text: Vec<u8>,
    by_id: HashMap<i64, u32>,
    owners: Vec<String>,
    owner_of: HashMap<String, u32>,
    dead: usize,
    /// The last history row read into it.
    seen: i64,
    /// Moves on with every change to what it holds.
    version: u64,
    last: Narrow,
}

/// The first eight bytes of `s`, big-endian, zeros after a shorter text: two texts of at most
/// eight bytes without a NUL compare as SQLite's BINARY collation compares them (severities are
/// `P1`…`P4`).
fn text_key(s: &str) -> u64 {
    let mut b = [0u8; 8];
    for (d, c) in b.iter_mut().zip(s.bytes()) {
        *d = c;
    }
    u64::from_be_bytes(b)
}

/// One page of the queue as the index reads it: the ids in order, and how many it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    pub ids: Vec<i64>,
    pub total: usize,
}

impl OpenIndex {
    fn with_capacity(n: usize, seen: i64) -> OpenIndex {
        // The match list's pages are written once here, off the keys' path (see [`Narrow`]): a
        // value other than zero is written, where a zeroed allocation may leave them untouched.
        let mut matched = vec![u32::MAX; n];
        matched.clear();
        OpenIndex {
            slots: Vec::with_capacity(n),
            // About what the demo's open incidents take (the five columns' bytes and their NULs).
            text: Vec::with_capacity(n * 80),
            by_id: HashMap::with_capacity(n),
            seen,
            last: Narrow {
                slots: matched,
                ..Narrow::default()
            },
            ..OpenIndex::default()
        }
    }

    /// How many open incidents it holds.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    /// The memory it takes, roughly, in bytes (the bench prints it).
    pub fn bytes(&self) -> usize {
        self.text.capacity()
            + self.slots.capacity() * std::mem::size_of::<Slot>()
            + self.by_id.capacity() * (std::mem::size_of::<(i64, u32)>() + 1)
            + self.owners.iter().map(|o| o.capacity() * 2 + 40).sum::<usize>()
            + self.last.slots.capacity() * 4
    }

    /// Hold `e` (an open incident), in place of what it held of it.
    fn put(&mut self, e: &Entry) {
        let owner = e.owner.as_deref();
        let cols = [e.title.as_str(), &e.service, owner.unwrap_or(""), &e.reporter, &e.dept];
        self.put_columns((e.id, e.restored, e.clock_start, text_key(&e.severity)), owner, cols);
    }

    /// [`Self::put`] from its parts: (id, restored, clock start, severity's key), the owner, the
    /// five columns in order.
    fn put_columns(
        &mut self,
        (id, restored, clock_start, severity): (i64, bool, i64, u64),
        owner: Option<&str>,
        cols: [&str; 5],
    ) {
        self.remove(id);
        let owner = match owner {
            None => NONE,
            Some(o) => match self.owner_of.get(o) {
                Some(n) => *n,
                None => {
                    let n = self.owners.len() as u32;
                    self.owners.push(o.to_string());
                    self.owner_of.insert(o.to_string(), n);
                    n
                }
            },
        };
        let start = self.text.len() as u32;
        for col in cols {
            self.text.extend(col.bytes().map(|b| b.to_ascii_lowercase()));
            self.text.push(0);
        }
        let slot = self.slots.len() as u32;
        self.slots.push(Slot {
            id,
            clock_start,
            severity,
            start,
            end: self.text.len() as u32,
            owner,
            restored,
            live: true,
        });
        self.by_id.insert(id, slot);
        self.version += 1;
    }

    /// Forget incident `id` (closed, or about to be held again).
    fn remove(&mut self, id: i64) {
        if let Some(s) = self.by_id.remove(&id) {
            self.slots[s as usize].live = false;
            self.dead += 1;
            self.version += 1;
            self.compact();
        }
    }

    /// Drop the slots of what it no longer holds, once they outnumber the live ones.
    fn compact(&mut self) {
        if self.dead < 1024 || self.dead < self.by_id.len() {
            return;
        }
        let old = std::mem::take(&mut self.slots);
        let text = std::mem::take(&mut self.text);
        self.text.reserve(text.len());
        self.by_id.clear();
        for s in old.into_iter().filter(|s| s.live) {
            let start = self.text.len() as u32;
            self.text.extend_from_slice(&text[s.start as usize..s.end as usize]);
            self.by_id.insert(s.id, self.slots.len() as u32);
            self.slots.push(Slot {
                start,
                end: self.text.len() as u32,
                ..s
            });
        }
        self.dead = 0;
        self.version += 1;
    }

    /// The slots whose columns hold `t` (lower case, not empty), left in `self.last`: the last
    /// match's narrowed in place when `t` holds its text (a key that extends the term), else a
    /// search of the whole buffer.
    fn text_matches(&mut self, t: &[u8]) {
        let finder = memchr::memmem::Finder::new(t);
        let (slots, text, last) = (&self.slots, &self.text, &mut self.last);
        if last.version == Some(self.version) && finder_holds(t, &last.text) {
            last.slots.retain(|&s| {
                let s = &slots[s as usize];
                finder.find(&text[s.start as usize..s.end as usize]).is_some()
            });
        } else {
            last.slots.clear();
            let (mut pos, mut s) = (0usize, 0usize);
            while let Some(i) = finder.find(&text[pos..]) {
                let at = (pos + i) as u32;
                // The slot whose text holds the match. The slots' texts follow one another in
                // the buffer, so it is found walking on from the last: a term that matches most
                // slots costs a step each, not a binary search through megabytes.
                while slots[s].end <= at {
                    s += 1;
                }
                if slots[s].live {
                    last.slots.push(s as u32);
                }
                pos = slots[s].end as usize;
                s += 1;
            }
        }
        last.text.clear();
        last.text.extend_from_slice(t);
        last.version = Some(self.version);
    }

    /// The queue under `f` in `sort`'s order (reversed when its flag says so), its first `limit`
    /// ids or (`from_end`) its last, still in that order, and how many it holds: what
    /// [`super::incidents::queue_page`] and [`super::incidents::queue_count`] give. `None` when
    /// the index cannot say (a term that needs the duties, "missed"; a NUL in the text).
    pub fn page(
        &mut self,
        f: &QueueFilter,
        (sort, reverse): (QueueSort, bool),
        limit: usize,
        from_end: bool,
    ) -> Option<Page> {
        let text = f.text.trim();
        if f.missed || text.contains('\0') {
            return None;
        }
        let id_slot = if text.is_empty() {
            None
        } else {
            let t: Vec<u8> = text.bytes().map(|b| b.to_ascii_lowercase()).collect();
            self.text_matches(&t);
            let id: i64 = text.trim_start_matches('#').parse().unwrap_or(-1);
            self.by_id.get(&id).copied()
        };
        let owner = match &f.owner {
            None => None,
            Some(None) => Some(NONE),
            // An owner no open incident has keeps none.
            Some(Some(login)) => Some(self.owner_of.get(login).copied().unwrap_or(NONE - 1)),
        };
        let most = f.max_priority.map(|p| text_key(&format!("P{p}")));
        let key = |s: &Slot| match sort {
            QueueSort::Urgency => (s.restored as u64, s.clock_start, s.id),
            QueueSort::Newest => (0, 0, -s.id),
            QueueSort::Severity => (s.severity, s.clock_start, s.id),
        };
        // Descending is ascending on the keys' complements (`!` reverses both u64's and i64's
        // order); the keys hold the id, so no two are equal and the order is the SQL path's.
        let desc = from_end != reverse;
        // The first `limit` in that order, kept in a heap as the matches go by: a term matching
        // every open incident sorts a page, not a hundred thousand keys.
        let mut first: BinaryHeap<((u64, i64, i64), i64)> = BinaryHeap::with_capacity(limit.min(self.by_id.len()) + 1);
        let mut total = 0;
        let mut consider = |s: &Slot| {
            if owner.is_some_and(|o| s.owner != o) || most.is_some_and(|m| s.severity > m) {
                return;
            }
            total += 1;
            let (a, b, c) = key(s);
            let k = if desc { (!a, !b, !c) } else { (a, b, c) };
            if first.len() < limit {
                first.push((k, s.id));
            } else if first.peek().is_some_and(|top| k < top.0) {
                first.pop();
                first.push((k, s.id));
            }
        };
        if text.is_empty() {
            self.by_id.values().for_each(|&s| consider(&self.slots[s as usize]));
        } else {
            // The incident the text names by id counts once, whether its columns hold the text
            // or not.
            let mut named = id_slot;
            for &s in &self.last.slots {
                if Some(s) == named {
                    named = None;
                }
                consider(&self.slots[s as usize]);
            }
            if let Some(s) = named {
                consider(&self.slots[s as usize]);
            }
        }
        let mut ids: Vec<i64> = first.into_sorted_vec().into_iter().map(|(_, id)| id).collect();
        if from_end {
            ids.reverse();
        }
        Some(Page { ids, total })
    }
}

/// Whether `t` holds `old` (so that what `t` matches is among what `old` matched).
fn finder_holds(t: &[u8], old: &[u8]) -> bool {
    memchr::memmem::find(t, old).is_some()
}

#[cfg(test)]
#[path = "live_filter/tests.rs"]
mod tests;
