//! Whole-desk copies with SQLite's online backup API (SQLite-only): `opsdesk backup`, `opsdesk
//! restore`, and the copies set aside before a restore or a migration.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension};

use super::Store;
use super::copy::{Progress, copy, copy_checked};
use super::files::clean_leftovers;
pub use super::locks::in_use_by;
use super::locks::{database_of_companion, not_a_regular_file, own_file_of};
use super::open::open_read_only;
use crate::error::{OpsError, invalid};

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
