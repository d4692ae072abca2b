//! Schema 16: the history rows written before it rewritten in the compact form (store/compact.rs),
//! in the migration's transaction, with a progress bar on stderr when it is a terminal. Only
//! how the changes are stored changes: their canonical text, which the hash chain covers, is the
//! same, so every hash still holds and nothing is re-chained.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension};

use super::compact;

/// Rows read and rewritten at a time.
const BATCH: i64 = 10_000;

pub(crate) fn on_migration(tx: &Connection) -> Result<()> {
    let last: i64 = tx.query_row("SELECT coalesce(max(id), 0) FROM history", [], |r| r.get(0))?;
    if last == 0 {
        return Ok(());
    }
    // The append-only trigger refuses the UPDATE: set aside, put back as it was (the very
    // statement the desk held), as schema 10 did for the hashes.
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
    let mut bar = Bar::new("compacting the history");
    let mut after = i64::MIN;
    loop {
        let mut rows: Vec<(i64, String)> = Vec::with_capacity(BATCH as usize);
        let mut seen = 0;
        {
            let mut st = tx.prepare_cached("SELECT id, at, changes FROM history WHERE id > ?1 ORDER BY id LIMIT ?2")?;
            let mut q = st.query([after, BATCH])?;
            while let Some(r) = q.next()? {
                let id: i64 = r.get(0)?;
                seen += 1;
                after = id;
                // A row whose columns are not what opsdesk writes is left for `check` to report.
                let (Ok(at), Ok(text)) = (r.get::<_, i64>(1), r.get::<_, String>(2)) else {
                    continue;
                };
                if compact::is_compact(text.as_bytes()) {
                    continue;
                }
                if let std::borrow::Cow::Owned(small) = compact::compact(&text, at) {
                    rows.push((id, small));
                }
            }
        }
        let mut set = tx.prepare_cached("UPDATE history SET changes = ?1 WHERE id = ?2")?;
        for (id, small) in &rows {
            set.execute(rusqlite::params![small, id])?;
        }
        bar.show(after.max(0) as u64, last as u64);
        if seen < BATCH {
            break;
        }
    }
    bar.clear();
    if let Some(sql) = trigger {
        tx.execute_batch(&sql)?;
    }
    Ok(())
}

/// The schema whose migration compacts the history.
pub(crate) const SCHEMA: i64 = 16;

/// After a migration that compacted the history (in place: its rows shrank, its pages stayed),
/// give the space back to the file system: `VACUUM`, outside the migration's transaction. Only a
/// nicety: when it cannot run (another process writing, no room for its copy), the desk works as
/// it is, its free space reused as it grows, and it says so.
pub(crate) fn reclaim(conn: &Connection, path: &std::path::Path) {
    let size = |c: &Connection| -> rusqlite::Result<i64> {
        c.query_row(
            "SELECT (page_count - freelist_count) * page_size FROM pragma_page_count, pragma_freelist_count, pragma_page_size",
            [],
            |r| r.get(0),
        )
    };
    let before = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    eprintln!("opsdesk: compacting {} after its upgrade …", path.display());
    match conn.execute_batch("VACUUM").and_then(|()| size(conn)) {
        Ok(after) => eprintln!(
            "opsdesk: {} now holds {:.1} MB (was {:.1} MB)",
            path.display(),
            after as f64 / 1e6,
            before as f64 / 1e6
        ),
        Err(e) => eprintln!(
            "opsdesk: {} was upgraded but not compacted ({e}); it works as it is, and `sqlite3 {} VACUUM` with no opsdesk running gives the space back",
            path.display(),
            path.display()
        ),
    }
}

/// The bar of `cli::progress`, which the store cannot reach (the CLI is above it).
pub(crate) struct Bar {
    on: bool,
    drawn: Option<Instant>,
    what: &'static str,
}

impl Bar {
    pub(crate) fn new(what: &'static str) -> Bar {
        Bar {
            on: std::io::stderr().is_terminal(),
            drawn: None,
            what,
        }
    }

    pub(crate) fn show(&mut self, done: u64, of: u64) {
        if !self.on || self.drawn.is_some_and(|t| t.elapsed() < Duration::from_millis(100)) && done < of {
            return;
        }
        let pct = (done.min(of) * 100).checked_div(of).unwrap_or(0);
        let filled = (pct * 30 / 100) as usize;
        let mut err = std::io::stderr().lock();
        let _ = write!(
            err,
            "\r{} [{}{}] {pct:>3}%\x1b[K",
            self.what,
            "#".repeat(filled),
            ".".repeat(30 - filled)
        );
        let _ = err.flush();
        self.drawn = Some(Instant::now());
    }

    pub(crate) fn clear(&mut self) {
        if self.drawn.take().is_some() {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[K");
            let _ = err.flush();
        }
    }
}
