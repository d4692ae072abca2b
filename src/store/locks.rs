//! SQLite-only (and Linux-only): who has an SQLite database open, asked of the kernel's lock
//! table (/proc/locks), and which files on disk belong to a database.
//!
//! Every connection to a WAL database holds a shared POSIX lock on the "DMS" byte of its `-shm`
//! file (offset 128, SQLite's walformat.html) and a shared lock on the database file's lock
//! bytes from its first read until it closes; a database in a rollback-journal mode is locked
//! only while a transaction runs. The kernel lists every such lock with its holder and the
//! file's device and inode, so holders are found without opening the files. (Opening and closing
//! the `-shm`, as F_GETLK needs, would drop this process's own locks on it: POSIX locks go with
//! any close. Then the next process to open the desk believes it is alone, truncates the `-shm`,
//! and this one dies of SIGBUS mid-restore.) This process's own locks never count. A crashed
//! process's locks went with it.

use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow};

/// The files SQLite keeps beside a database, by the suffix it appends to the database's name.
pub const COMPANIONS: [&str; 3] = ["-wal", "-shm", "-journal"];

/// A file's identity: device and inode, whatever the path that reached it (symlinks, `..`, hard
/// links).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileId {
    pub major: u64,
    pub minor: u64,
    pub ino: u64,
}

impl FileId {
    /// The file at `path` (symlinks followed); None when there is none.
    pub fn of(path: &Path) -> Option<FileId> {
        let m = fs::metadata(path).ok()?;
        Some(FileId::from_meta(&m))
    }

    pub fn from_meta(m: &fs::Metadata) -> FileId {
        let dev = m.dev();
        FileId {
            major: nix::sys::stat::major(dev),
            minor: nix::sys::stat::minor(dev),
            ino: m.ino(),
        }
    }
}

/// `path` with `suffix` appended to its name: `desk.db` + `-wal`.
pub fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_os_string();
    s.push(suffix);
    PathBuf::from(s)
}

/// The process (other than this one) that has the SQLite database at `db` open, if any: a lock
/// on the database file itself or on its `-shm`.
pub fn in_use_by(db: &Path) -> Result<Option<i32>> {
    let files: Vec<FileId> = [db.to_path_buf(), with_suffix(db, "-shm")]
        .iter()
        .filter_map(|p| FileId::of(p))
        .collect();
    holder_of(&files)
}

/// The process (other than this one) holding any POSIX lock on any of `files`.
pub fn holder_of(files: &[FileId]) -> Result<Option<i32>> {
    if files.is_empty() {
        return Ok(None);
    }
    let locks = fs::read_to_string("/proc/locks").context("reading /proc/locks to see who has the database open")?;
    Ok(lock_holder(&locks, files, std::process::id() as i32))
}

/// In /proc/locks text, a process other than `me` holding a POSIX lock on one of `files`. Lines
/// read `1: POSIX  ADVISORY  READ 4242 fd:01:1234 128 128`: the device's major and minor numbers
/// in hex, the inode in decimal (`->` marks a waiter, skipped). Flock and OFD locks are not
/// SQLite's.
fn lock_holder(locks: &str, files: &[FileId], me: i32) -> Option<i32> {
    locks.lines().find_map(|line| {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() < 8 || f[1] != "POSIX" {
            return None;
        }
        let pid: i32 = f[4].parse().ok()?;
        let mut id = f[5].split(':');
        let major = u64::from_str_radix(id.next()?, 16).ok()?;
        let minor = u64::from_str_radix(id.next()?, 16).ok()?;
        let ino: u64 = id.next()?.parse().ok()?;
        let on = FileId { major, minor, ino };
        (pid != me && files.contains(&on)).then_some(pid)
    })
}

/// Which of `db`'s own files `path` is, by its suffix: `""` for the database itself, or the
/// `-wal`, `-shm` or `-journal` SQLite keeps beside it. Compared by device and inode where the
/// file exists, and by name (after resolving the directories) where it does not yet, so no
/// spelling of the path escapes.
pub fn own_file_of(db: &Path, path: &Path) -> Option<&'static str> {
    let target = FileId::of(path);
    let spelled = resolved(path);
    let mut dbs = vec![db.to_path_buf()];
    // SQLite names its files after the database's real path, symlinks resolved.
    if let Ok(real) = db.canonicalize() {
        dbs.push(real);
    }
    for suffix in ["", "-wal", "-shm", "-journal"] {
        for d in &dbs {
            let own = with_suffix(d, suffix);
            let same_inode = target.is_some() && FileId::of(&own) == target;
            let same_name = spelled.is_some() && resolved(&own) == spelled;
            if same_inode || same_name {
                return Some(suffix);
            }
        }
    }
    None
}

/// `path` with its directory resolved (the file itself need not exist); None if the directory
/// does not exist.
fn resolved(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    Some(dir.canonicalize().ok()?.join(name))
}

/// The database a file of SQLite's belongs to, when `path` is named like one (`X-wal` → `X`).
pub fn database_of_companion(path: &Path) -> Option<PathBuf> {
    let s = path.to_str()?;
    COMPANIONS
        .iter()
        .find_map(|suffix| s.strip_suffix(suffix))
        .filter(|base| !base.is_empty())
        .map(PathBuf::from)
}

/// Why `path` cannot take a new file: something other than a regular file is there (a FIFO,
/// a device, a socket, a directory). `None` when there is nothing or a regular file.
pub fn not_a_regular_file(path: &Path) -> Result<Option<&'static str>> {
    use std::os::unix::fs::FileTypeExt;
    let t = match fs::metadata(path) {
        Ok(m) => m.file_type(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(anyhow!(e).context(format!("reading {}", path.display()))),
    };
    Ok(if t.is_file() {
        None
    } else if t.is_dir() {
        Some("a directory")
    } else if t.is_fifo() {
        Some("a FIFO (named pipe)")
    } else if t.is_socket() {
        Some("a socket")
    } else if t.is_block_device() || t.is_char_device() {
        Some("a device")
    } else {
        Some("not a regular file")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_holder_of_a_lock_on_the_file_is_named_and_this_process_is_not() {
        let locks = "1: POSIX  ADVISORY  READ 4242 fd:01:777 128 128\n\
                     2: POSIX  ADVISORY  WRITE 99 fe:00:888 1073741826 1073742335\n\
                     3: FLOCK  ADVISORY  WRITE 5 fd:01:999 0 EOF\n\
                     4: POSIX  ADVISORY  READ 77 fd:02:777 128 128\n";
        let id = |major, minor, ino| FileId { major, minor, ino };
        assert_eq!(lock_holder(locks, &[id(0xfd, 1, 777)], 1), Some(4242));
        assert_eq!(lock_holder(locks, &[id(0xfd, 1, 777)], 4242), None, "our own lock");
        assert_eq!(lock_holder(locks, &[id(0xfe, 0, 888)], 1), Some(99));
        assert_eq!(
            lock_holder(locks, &[id(0xfd, 1, 999)], 1),
            None,
            "flock is not SQLite's"
        );
        assert_eq!(
            lock_holder(locks, &[id(0xfd, 2, 777)], 4242),
            Some(77),
            "the same inode on another device"
        );
        assert_eq!(lock_holder(locks, &[id(0xfd, 3, 777)], 1), None);
    }

    #[test]
    fn companions_name_their_database() {
        assert_eq!(
            database_of_companion(Path::new("/srv/desk.db-shm")),
            Some(PathBuf::from("/srv/desk.db"))
        );
        assert_eq!(database_of_companion(Path::new("/srv/desk.db")), None);
        assert_eq!(database_of_companion(Path::new("-wal")), None);
    }
}
