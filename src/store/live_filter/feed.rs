//! The in-memory filter's reads of the desk, on either engine: built from the open incidents and
//! kept fresh from the history. Every write to an incident appends to the history in its
//! transaction (the one step, `ops::step`, the creation, the ledger's import and the demo's
//! generator; the engine's `engine_due_at` alone is written without, and the index holds none of
//! it), and the history is append-only with increasing ids: the incidents named by the rows past
//! the last one read are the ones to read again. On a server too the ids follow the commits:
//! each write holds the desk's write lock (`store::pg::write`) from before its first history row
//! until it commits, so no row below one already seen can be committed after it.

use anyhow::Result;
use rusqlite::types::ValueRef;

use super::{Entry, OpenIndex};
use crate::store::db::{self, Cells, Db, Engine};
use crate::store::table::from_value;

/// More incidents changed than this since the last read: built again from scratch (off the
/// keys' path) rather than read one by one.
const MOST_CHANGED: usize = 5_000;

/// Open incidents read at a time on a server, whose client holds a statement's rows all at once:
/// a page keeps the build's memory near the index's own.
const SERVER_PAGE: i64 = 10_000;

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

fn last_history_id(conn: &(impl Db + ?Sized)) -> Result<i64> {
    Ok(db::first(conn, "SELECT coalesce(max(id), 0) FROM history", [], |r| {
        from_value(r.cell(0)?, 0)
    })?
    .unwrap_or(0))
}

/// Cell `n` as text, borrowed from the row (`None`: NULL).
fn text_or_null(r: &dyn Cells, n: usize) -> rusqlite::Result<Option<&str>> {
    match r.cell(n)? {
        ValueRef::Null => Ok(None),
        v => v
            .as_str()
            .map(Some)
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(n, v.data_type(), Box::new(e))),
    }
}

fn text(r: &dyn Cells, n: usize) -> rusqlite::Result<&str> {
    text_or_null(r, n)?.ok_or(rusqlite::Error::InvalidColumnType(
        n,
        String::new(),
        rusqlite::types::Type::Null,
    ))
}

/// Hold the open incident in row `r`: id, restored, clock start, then the five columns from
/// `cols` on (title, service, owner, reporter, department), its severity's key given apart.
fn put_row(index: &mut OpenIndex, r: &dyn Cells, severity: u64, cols: usize) -> rusqlite::Result<()> {
    let owner = text_or_null(r, cols + 2)?;
    index.put_columns(
        (
            from_value(r.cell(0)?, 0)?,
            from_value(r.cell(1)?, 1)?,
            from_value(r.cell(2)?, 2)?,
            severity,
        ),
        owner,
        [
            text(r, cols)?,
            text(r, cols + 1)?,
            owner.unwrap_or(""),
            text(r, cols + 3)?,
            text(r, cols + 4)?,
        ],
    );
    Ok(())
}

/// Every open incident of the desk, read in one transaction (the caller's: the index and the
/// history it has read up to must be of one state of the desk).
pub fn build(conn: &(impl Db + ?Sized)) -> Result<OpenIndex> {
    let seen = last_history_id(conn)?;
    let mut index = match conn.engine() {
        Engine::Sqlite => build_by_index(conn, seen)?,
        Engine::Postgres => build_by_pages(conn, seen)?,
    };
    // A copy to give back the little left over would cost more than it gives (at the build's
    // peak, the old and the new buffers both).
    if index.text.capacity() > index.text.len() * 2 {
        index.text.shrink_to_fit();
    }
    index.version = 0;
    Ok(index)
}

/// On SQLite: the filter's own index (schema 22) and the severity index, each read whole and in
/// order (`INDEXED BY`: the covering indexes, not the table).
fn build_by_index(conn: &(impl Db + ?Sized), seen: i64) -> Result<OpenIndex> {
    // Each open incident's severity (as the index holds it), by id: a sorted list.
    let mut severity: Vec<(i64, u64)> = db::rows(
        conn,
        "SELECT id, severity FROM incidents INDEXED BY incidents_open_severity WHERE status <> 'closed'",
        [],
        |r| Ok((from_value(r.cell(0)?, 0)?, super::text_key(text(r, 1)?))),
    )?;
    severity.sort_unstable_by_key(|(id, _)| *id);
    let mut index = OpenIndex::with_capacity(severity.len(), seen);
    conn.each(
        "SELECT id, restored_at IS NOT NULL, clock_start, title, service, owner, reporter, dept
         FROM incidents INDEXED BY incidents_open_filter WHERE status <> 'closed'
         ORDER BY (restored_at IS NOT NULL), clock_start, id",
        &[],
        &mut |r| {
            let id: i64 = from_value(r.cell(0)?, 0)?;
            let key = match severity.binary_search_by_key(&id, |(id, _)| *id) {
                Ok(n) => severity[n].1,
                Err(_) => 0,
            };
            put_row(&mut index, r, key, 3)
        },
    )?;
    Ok(index)
}

/// On a server: the open incidents a page at a time by id (the caller's transaction is one
/// snapshot, so the pages are of one state of the desk), severity with them.
fn build_by_pages(conn: &(impl Db + ?Sized), seen: i64) -> Result<OpenIndex> {
    let open: i64 = db::first(
        conn,
        "SELECT count(*) FROM incidents WHERE status <> 'closed'",
        [],
        |r| from_value(r.cell(0)?, 0),
    )?
    .unwrap_or(0);
    let mut index = OpenIndex::with_capacity(usize::try_from(open).unwrap_or(0), seen);
    let mut after = 0i64;
    loop {
        let (mut read, from) = (0, after);
        conn.each(
            "SELECT id, restored_at IS NOT NULL, clock_start, severity, title, service, owner, reporter, dept
             FROM incidents WHERE status <> 'closed' AND id > ?1 ORDER BY id LIMIT ?2",
            &[&from, &SERVER_PAGE],
            &mut |r| {
                after = from_value(r.cell(0)?, 0)?;
                read += 1;
                put_row(&mut index, r, super::text_key(text(r, 3)?), 4)
            },
        )?;
        if read < SERVER_PAGE {
            return Ok(index);
        }
    }
}

impl OpenIndex {
    /// Read again the incidents written since it last read (by this console or any other), in
    /// the caller's transaction, which the page's rows are then read in.
    pub fn refresh(&mut self, conn: &(impl Db + ?Sized)) -> Result<Refreshed> {
        let top = last_history_id(conn)?;
        if top == self.seen {
            return Ok(Refreshed::Current);
        }
        if top < self.seen {
            return Ok(Refreshed::Stale);
        }
        let kind: Option<i64> = db::first(conn, "SELECT id FROM history_words WHERE word = 'incident'", [], |r| {
            from_value(r.cell(0)?, 0)
        })?;
        let mut ids: Vec<i64> = match kind {
            None => Vec::new(),
            Some(kind) => db::rows(
                conn,
                "SELECT record_id FROM history WHERE id > ?1 AND id <= ?2 AND record_kind = ?3
                 UNION SELECT subject_id FROM history WHERE id > ?1 AND id <= ?2 AND subject_kind = ?3",
                [self.seen, top, kind],
                |r| from_value(r.cell(0)?, 0),
            )?,
        };
        if ids.len() > MOST_CHANGED {
            return Ok(Refreshed::Stale);
        }
        ids.sort_unstable();
        for id in &ids {
            let e = db::first(
                conn,
                "SELECT id, restored_at IS NOT NULL, clock_start, severity, title, service, owner, reporter, dept
                 FROM incidents WHERE id = ?1 AND status <> 'closed'",
                [id],
                |r| {
                    Ok(Entry {
                        id: from_value(r.cell(0)?, 0)?,
                        restored: from_value(r.cell(1)?, 1)?,
                        clock_start: from_value(r.cell(2)?, 2)?,
                        severity: from_value(r.cell(3)?, 3)?,
                        title: from_value(r.cell(4)?, 4)?,
                        service: from_value(r.cell(5)?, 5)?,
                        owner: from_value(r.cell(6)?, 6)?,
                        reporter: from_value(r.cell(7)?, 7)?,
                        dept: from_value(r.cell(8)?, 8)?,
                    })
                },
            )?;
            match e {
                Some(e) => self.put(&e),
                None => self.remove(*id),
            }
        }
        self.seen = top;
        Ok(Refreshed::Read(ids.len()))
    }
}
