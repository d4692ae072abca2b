//! Whole files opsdesk writes (a backup, the copies set aside before a migration or a restore, a
//! new desk, the demo): built under a hidden partial name beside their final name, shared with
//! the desk's group like the database, and moved into place only when complete, so a killed run
//! never leaves a half-written file under a name that matters. What a killed run left under a
//! partial name is removed by the next run, which names it.

use std::collections::HashSet;
use std::fs::{self, OpenOptions};
use std::io::Read;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use anyhow::{Context, Result, anyhow};

use super::locks::{COMPANIONS, FileId, holder_of, with_suffix};
use crate::error::{OpsError, invalid};

/// New files: owner and group read and write, nobody else (see README, "Sharing one database").
pub const FILE_MODE: u32 = 0o660;

/// The partial files this process is writing now: the only ones under its own PID that are not
/// leftovers (a dead process's PID can come back as ours).
static ACTIVE: Mutex<Option<HashSet<PathBuf>>> = Mutex::new(None);

fn active(f: impl FnOnce(&mut HashSet<PathBuf>)) {
    // A panic elsewhere while the set was held leaves it usable: it holds plain paths.
    let mut guard = ACTIVE.lock().unwrap_or_else(|e| e.into_inner());
    f(guard.get_or_insert_with(HashSet::new));
}

fn is_active(path: &Path) -> bool {
    let mut found = false;
    active(|set| found = set.contains(path));
    found
}

/// A file being written under `.NAME.PID.partial` beside its final name. Dropped before
/// [`Partial::place`], it is removed with whatever SQLite kept beside it.
pub struct Partial {
    path: PathBuf,
    placed: bool,
}

impl Partial {
    /// Reserve the partial name for `dest` and create it empty, mode 0660 whatever the umask, in
    /// the group of `like` (the database) where this process may give it that group.
    pub fn create(dest: &Path, like: Option<&Path>) -> Result<Partial> {
        let partial = Partial::reserve(dest)?;
        let file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(FILE_MODE)
            .open(&partial.path)
            .with_context(|| format!("creating {}", partial.path.display()))?;
        share_like(&file, like)?;
        Ok(partial)
    }

    /// Reserve the partial name for `dest` without creating the file (SQLite creates it).
    pub fn reserve(dest: &Path) -> Result<Partial> {
        let path = partial_path(dest)?;
        let mut taken = false;
        active(|set| taken = !set.insert(path.clone()));
        if taken {
            return Err(
                OpsError::Conflict(format!("{} is being written by this process already", dest.display())).into(),
            );
        }
        let partial = Partial { path, placed: false };
        // A file under our name is a dead process's whose PID we now have: not ours.
        remove_with_companions(&partial.path);
        Ok(partial)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Move the finished file to `dest`, durably. Without `replace` a hard link claims the name,
    /// which fails if someone created `dest` meanwhile instead of silently replacing it. With
    /// `replace`, SQLite's files beside the old `dest` go first: a `-wal` left there would be
    /// replayed onto the new file.
    pub fn place(mut self, dest: &Path, replace: bool) -> Result<()> {
        // SQLite's log or journal still beside it means its writer did not close it cleanly.
        for suffix in ["-wal", "-journal"] {
            let side = with_suffix(&self.path, suffix);
            if fs::metadata(&side).is_ok_and(|m| m.len() > 0) {
                return Err(anyhow!(
                    "{} was not closed cleanly ({} remains); nothing was written to {}",
                    self.path.display(),
                    side.display(),
                    dest.display()
                ));
            }
        }
        fs::File::open(&self.path)
            .and_then(|f| f.sync_all())
            .with_context(|| format!("writing {}", self.path.display()))?;
        if replace {
            for suffix in COMPANIONS {
                remove_quietly(&with_suffix(dest, suffix));
            }
            fs::rename(&self.path, dest).with_context(|| format!("moving the new file to {}", dest.display()))?;
            remove_with_companions(&self.path);
        } else {
            match fs::hard_link(&self.path, dest) {
                Ok(()) => remove_with_companions(&self.path),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    return Err(OpsError::Conflict(format!(
                        "{} appeared while opsdesk wrote it; opsdesk will not overwrite it without --force",
                        dest.display()
                    ))
                    .into());
                }
                Err(e) => return Err(anyhow!(e).context(format!("moving the new file to {}", dest.display()))),
            }
        }
        self.placed = true;
        // The new name is durable only once the directory is.
        if let Some(dir) = dest.parent().filter(|d| !d.as_os_str().is_empty()) {
            let _ = fs::File::open(dir).and_then(|d| d.sync_all());
        }
        Ok(())
    }
}

impl Drop for Partial {
    fn drop(&mut self) {
        if !self.placed {
            remove_with_companions(&self.path);
        }
        active(|set| {
            set.remove(&self.path);
        });
    }
}

/// A hidden name beside `dest` for the file in progress, unique to this process.
fn partial_path(dest: &Path) -> Result<PathBuf> {
    let name = dest
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| invalid(format!("{} does not name a file", dest.display())))?;
    Ok(dest.with_file_name(format!(".{name}.{}.partial", std::process::id())))
}

/// Mode 0660 whatever the umask, and the group of `like` when this process may give it (it owns
/// the file and is in that group): a desk shares its files by group.
pub fn share_like(file: &fs::File, like: Option<&Path>) -> Result<()> {
    if let Some(gid) = like.and_then(|l| fs::metadata(l).ok()).map(|m| m.gid())
        && file.metadata()?.gid() != gid
    {
        // Not a member of that group: the file keeps this process's group, still 0660.
        let _ = std::os::unix::fs::fchown(file, None, Some(gid));
    }
    // After the chown, which may clear mode bits.
    file.set_permissions(fs::Permissions::from_mode(FILE_MODE))?;
    Ok(())
}

/// The same for a file SQLite created under `path`.
pub fn share_path_like(path: &Path, like: Option<&Path>) -> Result<()> {
    let file = fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    share_like(&file, like)
}

fn remove_quietly(path: &Path) {
    let _ = fs::remove_file(path);
}

fn remove_with_companions(path: &Path) {
    remove_quietly(path);
    for suffix in COMPANIONS {
        remove_quietly(&with_suffix(path, suffix));
    }
}

/// One file a killed run left, now removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leftover {
    pub path: PathBuf,
    pub bytes: u64,
    pub pid: i32,
}

/// Remove what killed opsdesk processes left in `dir` under a partial name: `.NAME.PID.partial`
/// (and SQLite's files beside it) whose process is no longer running, that nobody has open, and
/// that is an SQLite file or empty, as every partial of opsdesk's is. With `of`, only the
/// partials of that database (the desk or demo itself and its copies aside, `NAME.…`). Each
/// removal is said in one line on stderr; the list is returned.
pub fn clean_leftovers(dir: &Path, of: Option<&str>) -> Vec<Leftover> {
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut removed = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some((base, pid)) = name.to_str().and_then(parse_partial) else {
            continue;
        };
        if of.is_some_and(|db| base != db && !base.starts_with(&format!("{db}."))) {
            continue;
        }
        let path = entry.path();
        if is_active(&path) || (pid != std::process::id() as i32 && alive(pid)) || !looks_like_ours(&path) {
            continue;
        }
        let files: Vec<PathBuf> = std::iter::once(path.clone())
            .chain(COMPANIONS.iter().map(|s| with_suffix(&path, s)))
            .collect();
        let ids: Vec<FileId> = files.iter().filter_map(|p| FileId::of(p)).collect();
        if !matches!(holder_of(&ids), Ok(None)) {
            continue;
        }
        for f in &files {
            let Ok(meta) = fs::symlink_metadata(f) else {
                continue;
            };
            if meta.is_file() && fs::remove_file(f).is_ok() {
                removed.push(Leftover {
                    path: f.clone(),
                    bytes: meta.len(),
                    pid,
                });
            }
        }
    }
    if !removed.is_empty() {
        let list: Vec<String> = removed
            .iter()
            .map(|l| format!("{} ({}, process {})", l.path.display(), size(l.bytes), l.pid))
            .collect();
        eprintln!(
            "opsdesk: removed what interrupted opsdesk runs left behind: {}",
            list.join(", ")
        );
    }
    removed
}

/// `.NAME.PID.partial` → (NAME, PID).
fn parse_partial(name: &str) -> Option<(&str, i32)> {
    let (base, pid) = name.strip_prefix('.')?.strip_suffix(".partial")?.rsplit_once('.')?;
    let pid: i32 = pid.parse().ok().filter(|p| *p > 0)?;
    (!base.is_empty()).then_some((base, pid))
}

/// Whether a process with this PID runs (one we may not signal runs too).
fn alive(pid: i32) -> bool {
    use nix::errno::Errno;
    !matches!(
        nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), None),
        Err(Errno::ESRCH)
    )
}

/// Empty, or an SQLite file, or one whose first page SQLite had not written yet (a copy killed
/// mid-way: the online backup writes page 1 last): never some other program's file that happens
/// to have such a name.
fn looks_like_ours(path: &Path) -> bool {
    let Ok(meta) = fs::symlink_metadata(path) else {
        return false;
    };
    if !meta.is_file() {
        return false;
    }
    if meta.len() == 0 {
        return true;
    }
    let mut head = [0u8; 16];
    fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok_and(|()| &head == b"SQLite format 3\0" || head == [0u8; 16])
}

fn size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 20 => format!("{:.1} MB", b as f64 / 1_048_576.0),
        b if b >= 1 << 10 => format!("{:.1} KB", b as f64 / 1024.0),
        b => format!("{b} bytes"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_names_are_parsed_and_others_are_not() {
        assert_eq!(parse_partial(".desk.db.4242.partial"), Some(("desk.db", 4242)));
        assert_eq!(
            parse_partial(".desk.db.schema6-20261120T010203Z.bak.77.partial"),
            Some(("desk.db.schema6-20261120T010203Z.bak", 77))
        );
        assert_eq!(parse_partial("desk.db.4242.partial"), None, "not hidden");
        assert_eq!(parse_partial(".desk.db.x.partial"), None);
        assert_eq!(parse_partial(".4242.partial"), None);
        assert_eq!(parse_partial(".desk.db.4242.partial-journal"), None);
    }
}
