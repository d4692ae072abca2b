//! Whole-database copies with SQLite's online backup API (SQLite-only), page by page from one
//! snapshot: what `backup`, the copy before a migration and the copy before a restore share.

use std::path::Path;
use std::thread::sleep;
use std::time::Duration;

use anyhow::{Result, bail};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use super::BUSY_TIMEOUT;
use super::errors::describe_sqlite_error;
use super::files::Partial;

/// Pages copied per step (4 KiB each): small enough that a progress bar moves and a step never
/// holds the destination for long.
const PAGES_PER_STEP: i32 = 100;
/// The pause between steps: leaves the disk and the CPU to the consoles working meanwhile.
const PAUSE: Duration = Duration::from_millis(1);
/// How long to wait before trying a step again that found the database locked.
const BUSY_PAUSE: Duration = Duration::from_millis(20);

/// Told `(pages done, pages in all)` after every step.
pub type Progress<'a> = &'a mut dyn FnMut(u64, u64);

/// Copy every page of `src` into `dst`. A step that finds a lock taken is tried again until
/// [`BUSY_TIMEOUT`]; any other failure ends the copy.
pub(super) fn copy(src: &Connection, dst: &mut Connection, what: &Path, progress: Progress) -> Result<()> {
    let b = Backup::new(src, dst)?;
    let mut waited = Duration::ZERO;
    loop {
        let step = b.step(PAGES_PER_STEP)?;
        let p = b.progress();
        let total = p.pagecount.max(0) as u64;
        progress(total.saturating_sub(p.remaining.max(0) as u64), total);
        match step {
            StepResult::Done => return Ok(()),
            StepResult::More => {
                waited = Duration::ZERO;
                sleep(PAUSE);
            }
            // Busy, Locked, and whatever a later rusqlite adds: all mean "not now".
            _ => {
                if waited >= BUSY_TIMEOUT {
                    bail!(
                        "{} stayed locked by another opsdesk for {} s; nothing was written, try again",
                        what.display(),
                        BUSY_TIMEOUT.as_secs()
                    );
                }
                sleep(BUSY_PAUSE);
                waited += BUSY_PAUSE;
            }
        }
    }
}

/// Copy the whole database behind `src` (at `src_path`) into the new file `dest`, consistent as
/// of the moment it starts however much others write meanwhile. The copy is written under a
/// partial name beside `dest` (mode 0660 and the database's group, like the database) and
/// linked to `dest` only when complete; `dest` must not exist.
pub(super) fn copy_to_new_file(src: &mut Connection, src_path: &Path, dest: &Path, progress: Progress) -> Result<()> {
    copy_checked(src, src_path, dest, false, false, progress)
}

/// [`copy_to_new_file`], replacing `dest` if `replace`. With `check`, SQLite's `quick_check`
/// first reads every page of the same snapshot and a damaged database is refused: a copy would
/// carry the damage and look like a good backup.
pub(super) fn copy_checked(
    src: &mut Connection,
    src_path: &Path,
    dest: &Path,
    replace: bool,
    check: bool,
    progress: Progress,
) -> Result<()> {
    let partial = Partial::create(dest, Some(src_path))?;
    let mut dst = Connection::open_with_flags(
        partial.path(),
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| describe_sqlite_error(e, partial.path()))?;
    // One read transaction around the check and the whole copy: in WAL mode it pins a snapshot,
    // so writers carry on (they append to the WAL) and the copy never restarts because of them.
    let tx = src
        .transaction_with_behavior(TransactionBehavior::Deferred)
        .map_err(|e| describe_sqlite_error(e, src_path))?;
    let _: i64 = tx
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
        .map_err(|e| describe_sqlite_error(e, src_path))?;
    if check {
        let problems = quick_check(&tx, 10).map_err(|e| super::explain(e, src_path))?;
        if !problems.is_empty() {
            return Err(super::damage::Damaged(format!(
                "{} is damaged: SQLite's quick check found {}; no backup was written (it would carry the damage). `opsdesk check` lists it; restore the desk from an earlier backup",
                src_path.display(),
                problems.join("; ")
            ))
            .into());
        }
    }
    copy(&tx, &mut dst, src_path, progress)?;
    tx.finish()?;
    dst.close().map_err(|(_, e)| e)?;
    partial.place(dest, replace)
}

/// `PRAGMA quick_check`: empty when every page reads as sound, else SQLite's first `max` findings.
fn quick_check(conn: &Connection, max: usize) -> Result<Vec<String>> {
    let mut st = conn.prepare(&format!("PRAGMA quick_check({})", max.max(1)))?;
    let found = st
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(if found == ["ok"] { Vec::new() } else { found })
}
