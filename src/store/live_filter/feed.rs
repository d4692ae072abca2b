//! The in-memory filter's reads of the desk: built from the filter's own index (schema 22) and
//! the severity index, both read in order, and kept fresh from the history. Every write to an
//! incident appends to the history in its transaction (the one step, `ops::step`, the creation,
//! the ledger's import and the demo's generator; the engine's `engine_due_at` alone is written
//! without, and the index holds none of it), and the history is append-only with increasing
//! ids: the incidents named by the rows past the last one read are the ones to read again.

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension, params};

use super::{Entry, OpenIndex};

/// More incidents changed than this since the last read: built again from scratch (off the
/// keys' path) rather than read one by one.
const MOST_CHANGED: usize = 5_000;

/// What [`OpenIndex::refresh`] found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refreshed {
    /// Nothing written since the last read.
    Current,
    /// This many incidents read again.
    Read(usize),
    /// Too much changed (or the history is not the one it read): build it again.
    Stale,
}

fn last_history_id(conn: &Connection) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT coalesce(max(id), 0) FROM history")?
        .query_row([], |r| r.get(0))?)
}

/// Every open incident of the desk, read in one transaction (the caller's: the index and the
/// history it has read up to must be of one state of the desk). SQLite-only (`INDEXED BY`).
pub fn build(conn: &Connection) -> Result<OpenIndex> {
    let seen = last_history_id(conn)?;
    // Each open incident's severity (as the index holds it), by id: a sorted list.
    let mut severity: Vec<(i64, u64)> = conn
        .prepare("SELECT id, severity FROM incidents INDEXED BY incidents_open_severity WHERE status <> 'closed'")?
        .query_map([], |r| Ok((r.get(0)?, super::text_key(&r.get::<_, String>(1)?))))?
        .collect::<rusqlite::Result<_>>()?;
    severity.sort_unstable_by_key(|(id, _)| *id);
    let mut index = OpenIndex::with_capacity(severity.len(), seen);
    let mut st = conn.prepare(
        "SELECT id, restored_at IS NOT NULL, clock_start, title, service, owner, reporter, dept
         FROM incidents INDEXED BY incidents_open_filter WHERE status <> 'closed'
         ORDER BY (restored_at IS NOT NULL), clock_start, id",
    )?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let key = match severity.binary_search_by_key(&id, |(id, _)| *id) {
            Ok(n) => severity[n].1,
            Err(_) => 0,
        };
        let text = |n: usize| -> Result<&str> { Ok(r.get_ref(n)?.as_str()?) };
        let owner = r.get_ref(5)?.as_str_or_null()?;
        index.put_columns(
            (id, r.get(1)?, r.get(2)?, key),
            owner,
            [text(3)?, text(4)?, owner.unwrap_or(""), text(6)?, text(7)?],
        );
    }
    // A copy to give back the little left over would cost more than it gives (at the build's
    // peak, the old and the new buffers both).
    if index.text.capacity() > index.text.len() * 2 {
        index.text.shrink_to_fit();
    }
    index.version = 0;
    Ok(index)
}

impl OpenIndex {
    /// Read again the incidents written since it last read (by this console or any other), in
    /// the caller's transaction, which the page's rows are then read in.
    pub fn refresh(&mut self, conn: &Connection) -> Result<Refreshed> {
        let top = last_history_id(conn)?;
        if top == self.seen {
            return Ok(Refreshed::Current);
        }
        if top < self.seen {
            return Ok(Refreshed::Stale);
        }
        let kind: Option<i64> = conn
            .prepare_cached("SELECT id FROM history_words WHERE word = 'incident'")?
            .query_row([], |r| r.get(0))
            .optional()?;
        let mut ids: Vec<i64> = match kind {
            None => Vec::new(),
            Some(kind) => conn
                .prepare_cached(
                    "SELECT record_id FROM history WHERE id > ?1 AND id <= ?2 AND record_kind = ?3
                     UNION SELECT subject_id FROM history WHERE id > ?1 AND id <= ?2 AND subject_kind = ?3",
                )?
                .query_map(params![self.seen, top, kind], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?,
        };
        if ids.len() > MOST_CHANGED {
            return Ok(Refreshed::Stale);
        }
        ids.sort_unstable();
        let mut st = conn.prepare_cached(
            "SELECT id, restored_at IS NOT NULL, clock_start, severity, title, service, owner, reporter, dept
             FROM incidents WHERE id = ?1 AND status <> 'closed'",
        )?;
        for id in &ids {
            let e = st
                .query_row([id], |r| {
                    Ok(Entry {
                        id: r.get(0)?,
                        restored: r.get(1)?,
                        clock_start: r.get(2)?,
                        severity: r.get(3)?,
                        title: r.get(4)?,
                        service: r.get(5)?,
                        owner: r.get(6)?,
                        reporter: r.get(7)?,
                        dept: r.get(8)?,
                    })
                })
                .optional()?;
            match e {
                Some(e) => self.put(&e),
                None => self.remove(*id),
            }
        }
        self.seen = top;
        Ok(Refreshed::Read(ids.len()))
    }
}
