//! Whole-desk copies with SQLite's online backup API (SQLite-only): `opsdesk backup`, `opsdesk
//! restore`, and the copies set aside before a restore or a migration.

use std::path::{Path, PathBuf};
use std::thread::sleep;
use std::time::Duration;

use anyhow::{Context, Result, anyhow, bail};
use chrono::{DateTime, Utc};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior};

use super::files::{Partial, clean_leftovers};
pub use super::locks::in_use_by;
use super::locks::{database_of_companion, not_a_regular_file, own_file_of};
use super::open::{describe_sqlite_error, open_read_only};
use super::{BUSY_TIMEOUT, Store};
use crate::error::{OpsError, invalid};

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
fn copy(src: &Connection, dst: &mut Connection, what: &Path, progress: Progress) -> Result<()> {
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

/// A desk database opened to be copied from, never written: the file `opsdesk restore` reads.
pub struct Source {
    conn: Connection,
    path: PathBuf,
    /// Its schema version; older than this opsdesk's means it is migrated once restored.
    pub schema: i64,
}

/// Who can work on a desk once it is restored: its directory as far as a restore needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directory {
    pub users: u64,
    /// `(login, name)` of each admin, by login.
    pub admins: Vec<(String, String)>,
}

impl Source {
    /// Open `path` read-only after the checks every desk file passes (a regular file, ours, not
    /// newer, not truncated).
    pub fn open(path: &Path) -> Result<Source> {
        let (conn, schema) = open_read_only(path)?;
        Ok(Source {
            conn,
            path: path.to_path_buf(),
            schema,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// SQLite's findings on the file; empty when sound.
    pub fn integrity(&self, max: usize) -> Result<Vec<String>> {
        super::check::integrity(&self.conn, max).map_err(|e| super::explain(e, &self.path))
    }

    /// Its users and admins; None when it has no directory at all (no users table: an empty
    /// file that only carries opsdesk's mark).
    pub fn directory(&self) -> Result<Option<Directory>> {
        let read = || -> Result<Option<Directory>> {
            let has: Option<i64> = self
                .conn
                .query_row(
                    "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'users'",
                    [],
                    |r| r.get(0),
                )
                .optional()?;
            if has.is_none() {
                return Ok(None);
            }
            let users: i64 = self.conn.query_row("SELECT count(*) FROM users", [], |r| r.get(0))?;
            let mut st = self
                .conn
                .prepare("SELECT login, name FROM users WHERE role = 'admin' ORDER BY login")?;
            let admins = st
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(Some(Directory {
                users: users.max(0) as u64,
                admins,
            }))
        };
        read().map_err(|e| super::explain(e, &self.path))
    }

    /// A value of its `meta` table (None when it has none).
    pub fn meta(&self, key: &str) -> Result<Option<String>> {
        let has: Option<i64> = self
            .conn
            .query_row(
                "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'meta'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        if has.is_none() {
            return Ok(None);
        }
        Ok(self
            .conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()?)
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
fn copy_checked(
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

/// Refuse `dest` for a backup of the database at `db`: the database itself or one of SQLite's
/// files beside it (however spelled), something that is not a regular file, an existing file
/// unless `replace`, and never an SQLite database (or a file of one) that another process has
/// open. Reads nothing of the database: callers check before they open it.
pub fn check_destination(db: &Path, dest: &Path, replace: bool) -> Result<()> {
    if let Some(what) = own_file_of(db, dest) {
        let what = match what {
            "" => "the database itself".to_string(),
            suffix => format!("the database's own {suffix} file, which holds its latest changes"),
        };
        return Err(invalid(format!(
            "{} is {what}; back it up to another file. Nothing was written",
            dest.display()
        )));
    }
    if let Some(what) = not_a_regular_file(dest)? {
        return Err(invalid(format!("{} is {what}; name a file", dest.display())));
    }
    if !dest.exists() {
        return Ok(());
    }
    if !replace {
        return Err(OpsError::Conflict(format!(
            "{} exists; opsdesk will not overwrite it without --force",
            dest.display()
        ))
        .into());
    }
    // Another desk's file, or one of SQLite's files beside it, while someone works on it.
    let db_of = database_of_companion(dest).filter(|d| d.exists());
    for candidate in std::iter::once(dest.to_path_buf()).chain(db_of) {
        if let Some(pid) = in_use_by(&candidate)? {
            return Err(OpsError::Conflict(format!(
                "{} belongs to an SQLite database that process {pid} has open; opsdesk will not replace it, even with --force. Nothing was written",
                dest.display()
            ))
            .into());
        }
    }
    Ok(())
}

impl Store {
    /// Copy the whole database to the new file `dest` (mode 0660 and the database's group),
    /// consistent as of the moment it starts however much others write meanwhile, after SQLite's
    /// `quick_check` of that snapshot: a damaged desk is refused. An existing `dest` is refused
    /// unless `replace`; never replaced is the database itself, one of SQLite's files beside it,
    /// or any SQLite database another process has open. The copy is written beside `dest` and
    /// moved into place only when complete, so an interrupted backup never leaves a half-written
    /// file under its name; what an interrupted backup left beside it is removed first.
    pub fn backup_file(&mut self, dest: &Path, replace: bool, progress: Progress) -> Result<()> {
        check_destination(&self.path, dest, replace)?;
        clean_leftovers(dest.parent().unwrap_or(Path::new("")), None);
        let path = self.path.clone();
        copy_checked(&mut self.conn, &path, dest, replace, true, progress)
    }

    /// Copy the database aside to `<name>.<label>-<stamp>.bak` beside it; returns where. Damage
    /// does not stop it: a damaged desk is what a restore replaces, and its copy is kept.
    pub fn copy_aside(&mut self, label: &str, now: DateTime<Utc>, progress: Progress) -> Result<PathBuf> {
        let name = self
            .path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("opsdesk.db")
            .to_string();
        let stamp = now.format("%Y%m%dT%H%M%SZ");
        // Two in one second (a restore undone at once) must not collide.
        let dest = (1..)
            .map(|n| match n {
                1 => self.path.with_file_name(format!("{name}.{label}-{stamp}.bak")),
                n => self.path.with_file_name(format!("{name}.{label}-{stamp}-{n}.bak")),
            })
            .find(|p| !p.exists())
            .ok_or_else(|| anyhow!("no free name beside {}", self.path.display()))?;
        clean_leftovers(dest.parent().unwrap_or(Path::new("")), Some(&name));
        let path = self.path.clone();
        copy_checked(&mut self.conn, &path, &dest, false, false, progress)
            .with_context(|| format!("copying the database aside to {}", dest.display()))?;
        Ok(dest)
    }

    /// Replace every page of this database with `src`'s, in one write transaction: readers see
    /// the old desk or the new one, never a mixture. Other processes that have the file open
    /// see the new desk on their next read.
    pub fn restore_from(&mut self, src: &Source, progress: Progress) -> Result<()> {
        let path = self.path.clone();
        copy(&src.conn, &mut self.conn, &path, progress).map_err(|e| {
            if let Some(err) = e.downcast_ref::<rusqlite::Error>()
                && err.sqlite_error_code() == Some(rusqlite::ErrorCode::ReadOnly)
            {
                // SQLite refuses to copy into a WAL database with another page size.
                return anyhow!(
                    "{} cannot be restored over {}: their page sizes differ; copy it into place instead while no opsdesk runs",
                    src.path.display(),
                    path.display()
                );
            }
            super::explain(e, &path)
        })?;
        // Give the pages back to the main file now rather than leave the whole desk in the WAL.
        let _ = self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        Ok(())
    }
}
