//! Whole-desk copies with SQLite's online backup API: `opsdesk backup`, `opsdesk restore`, and
//! the copy set aside before a restore.

use std::fs::{self, OpenOptions};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::thread::sleep;
use std::time::Duration;

use anyhow::{Context, Result, anyhow, bail};
use chrono::{DateTime, Utc};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use super::open::{FILE_MODE, describe_sqlite_error, open_read_only};
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

impl Source {
    /// Open `path` read-only after the checks every desk file passes (ours, not newer, not
    /// truncated).
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
}

impl Store {
    /// Copy the whole database to the new file `dest` (mode 0660, like the database), consistent
    /// as of the moment it starts however much others write meanwhile. An existing `dest` is
    /// refused unless `replace`. The copy is written beside `dest` and moved into place only
    /// when complete, so an interrupted backup never leaves a half-written file under its name.
    pub fn backup_file(&mut self, dest: &Path, replace: bool, progress: Progress) -> Result<()> {
        if same_file(dest, &self.path) {
            return Err(invalid(format!(
                "{} is the database itself; back it up to another file",
                dest.display()
            )));
        }
        match fs::metadata(dest) {
            Ok(m) if m.is_dir() => {
                return Err(invalid(format!("{} is a directory; name a file", dest.display())));
            }
            Ok(_) if !replace => {
                return Err(OpsError::Conflict(format!(
                    "{} exists; opsdesk will not overwrite it without --force",
                    dest.display()
                ))
                .into());
            }
            _ => {}
        }
        let partial = partial_path(dest)?;
        let result = self
            .copy_to_new(&partial, progress)
            .and_then(|()| place(&partial, dest, replace));
        if result.is_err() {
            remove_quietly(&partial);
        }
        result
    }

    fn copy_to_new(&mut self, partial: &Path, progress: Progress) -> Result<()> {
        let file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(FILE_MODE)
            .open(partial)
            .with_context(|| format!("creating {}", partial.display()))?;
        // The umask may have taken the group's write bit away; a desk shares its files by group.
        file.set_permissions(fs::Permissions::from_mode(FILE_MODE))?;
        drop(file);
        let mut dst = Connection::open_with_flags(
            partial,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| describe_sqlite_error(e, partial))?;
        // One read transaction around the whole copy: in WAL mode it pins a snapshot, so writers
        // carry on (they append to the WAL) and the copy never restarts because of them.
        let path = self.path.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Deferred)
            .map_err(|e| describe_sqlite_error(e, &path))?;
        let _: i64 = tx.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
        copy(&tx, &mut dst, &path, progress)?;
        tx.finish()?;
        dst.close().map_err(|(_, e)| e)?;
        fs::File::open(partial)?.sync_all()?;
        Ok(())
    }

    /// Copy the database aside to `<name>.<label>-<stamp>.bak` beside it; returns where.
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
        self.backup_file(&dest, false, progress)
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

/// Whether `a` and `b` are one file (both existing, same device and inode).
fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (fs::metadata(a), fs::metadata(b)) {
        (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
        _ => false,
    }
}

/// A hidden name beside `dest` for the copy in progress, unique to this process.
fn partial_path(dest: &Path) -> Result<PathBuf> {
    let name = dest
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| invalid(format!("{} does not name a file", dest.display())))?;
    Ok(dest.with_file_name(format!(".{name}.{}.partial", std::process::id())))
}

/// Move the finished copy to `dest`. Without `replace` a hard link claims the name, which fails
/// if someone created `dest` meanwhile instead of silently replacing it.
fn place(partial: &Path, dest: &Path, replace: bool) -> Result<()> {
    if replace {
        // A `-wal` left beside the old file would be replayed onto the new one.
        for suffix in ["-wal", "-shm", "-journal"] {
            let mut side = dest.as_os_str().to_os_string();
            side.push(suffix);
            remove_quietly(Path::new(&side));
        }
        fs::rename(partial, dest).with_context(|| format!("moving the copy to {}", dest.display()))?;
    } else {
        match fs::hard_link(partial, dest) {
            Ok(()) => remove_quietly(partial),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(OpsError::Conflict(format!(
                    "{} appeared while the backup ran; opsdesk will not overwrite it without --force",
                    dest.display()
                ))
                .into());
            }
            Err(e) => return Err(anyhow!(e).context(format!("moving the copy to {}", dest.display()))),
        }
    }
    // The new name is durable only once the directory is.
    if let Some(dir) = dest.parent().filter(|d| !d.as_os_str().is_empty()) {
        let _ = fs::File::open(dir).and_then(|d| d.sync_all());
    }
    Ok(())
}

fn remove_quietly(path: &Path) {
    let _ = fs::remove_file(path);
    let mut journal = path.as_os_str().to_os_string();
    journal.push("-journal");
    let _ = fs::remove_file(Path::new(&journal));
}

/// The process (other than this one) that has the database at `db` open, if any.
///
/// Every SQLite connection to a WAL database holds a shared lock on the "DMS" byte of its
/// `-shm` file (offset 128, SQLite's walformat.html) from its first read until it closes; that
/// is how SQLite itself knows whether it is the only one there. The kernel lists every such lock
/// in /proc/locks with its holder and the file's inode, so a holder is found without opening the
/// `-shm` at all. (Opening and closing it, as F_GETLK needs, would drop this process's own locks
/// on it: POSIX locks go with any close. Then the next process to open the desk believes it is
/// alone, truncates the `-shm`, and this one dies of SIGBUS mid-restore.) This process's own
/// locks do not count. A console, a `tick` or a CLI command mid-run all show up; a crashed
/// process's locks went with it.
pub fn in_use_by(db: &Path) -> Result<Option<i32>> {
    use std::os::unix::fs::MetadataExt;
    let mut shm = db.as_os_str().to_os_string();
    shm.push("-shm");
    let meta = match fs::metadata(&shm) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(anyhow!(e).context(format!("reading {}", Path::new(&shm).display()))),
    };
    let locks = fs::read_to_string("/proc/locks").context("reading /proc/locks to see who has the database open")?;
    Ok(lock_holder(&locks, meta.ino(), 128, std::process::id() as i32))
}

/// In /proc/locks text, a process other than `me` holding a POSIX lock on byte `byte` of the file
/// with inode `ino`. Lines read `1: POSIX  ADVISORY  READ 4242 fd:01:1234 128 128` (or `->` for
/// a waiter, skipped).
fn lock_holder(locks: &str, ino: u64, byte: u64, me: i32) -> Option<i32> {
    locks.lines().find_map(|line| {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() < 8 || f.get(1) == Some(&"->") || f[1] != "POSIX" {
            return None;
        }
        let pid: i32 = f[4].parse().ok()?;
        let file_ino: u64 = f[5].rsplit(':').next()?.parse().ok()?;
        let start: u64 = f[6].parse().ok()?;
        let end: u64 = if f[7] == "EOF" { u64::MAX } else { f[7].parse().ok()? };
        (file_ino == ino && start <= byte && byte <= end && pid != me).then_some(pid)
    })
}

#[cfg(test)]
mod lock_tests {
    use super::lock_holder;

    #[test]
    fn a_holder_of_the_dms_byte_is_named_and_this_process_is_not() {
        let locks = "1: POSIX  ADVISORY  READ 4242 fd:01:777 128 128\n\
                     2: POSIX  ADVISORY  WRITE 99 fd:01:888 0 EOF\n\
                     3: FLOCK  ADVISORY  WRITE 5 fd:01:777 0 EOF\n";
        assert_eq!(lock_holder(locks, 777, 128, 1), Some(4242));
        assert_eq!(lock_holder(locks, 777, 128, 4242), None, "our own lock");
        assert_eq!(lock_holder(locks, 888, 128, 1), Some(99));
        assert_eq!(
            lock_holder(locks, 777, 0, 1),
            None,
            "another byte; flock is not SQLite's"
        );
    }
}
