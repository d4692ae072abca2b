//! SQLite-only: reading a database's own files without dropping this process's locks on them.
//!
//! POSIX record locks belong to the process, and *any* close of a file releases every lock the
//! process holds on it, however it was opened. SQLite's connections hold their locks on the
//! database file (a shared lock from the first read, in WAL mode) and on its `-shm`; reading the
//! header with `File::open` and dropping the handle, as every new connection's checks do, would
//! release the locks of the connections this process already has (a console's worker, when its
//! sender opens the desk). Another process closing the desk then believes it is the last, checkpoints
//! and deletes the WAL under them, and what they write afterwards is lost. So a file opened here
//! is opened once and kept open for the life of the process (SQLite's own unix layer does the
//! same with the handles it cannot close safely).

use std::fs::{File, OpenOptions};
use std::io;
use std::os::unix::fs::{FileExt, OpenOptionsExt};
use std::path::Path;
use std::sync::{Arc, Mutex};

use super::locks::FileId;

static KEPT: Mutex<Vec<(FileId, Arc<File>)>> = Mutex::new(Vec::new());

/// The file at `path`, opened for reading (non-blocking: a FIFO swapped in fails at once) and
/// never closed by this process.
fn open(path: &Path) -> io::Result<Arc<File>> {
    let id = FileId::of(path).ok_or_else(|| io::Error::from(io::ErrorKind::NotFound))?;
    let mut kept = KEPT.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((_, f)) = kept.iter().find(|(k, _)| *k == id) {
        return Ok(f.clone());
    }
    let f = Arc::new(
        OpenOptions::new()
            .read(true)
            .custom_flags(nix::fcntl::OFlag::O_NONBLOCK.bits())
            .open(path)?,
    );
    // The same inode under the path now (it may have been replaced between the look and the open).
    if FileId::from_meta(&f.metadata()?) == id {
        kept.push((id, f.clone()));
    }
    Ok(f)
}

/// The first `buf.len()` bytes of the file at `path`, and its length, read through a handle
/// this process keeps.
pub fn read_head(path: &Path, buf: &mut [u8]) -> io::Result<u64> {
    let f = open(path)?;
    let meta = f.metadata()?;
    if !meta.is_file() {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, "not a regular file"));
    }
    f.read_exact_at(buf, 0)?;
    Ok(meta.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_read_through_one_handle_kept_open() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.db");
        std::fs::write(&p, b"SQLite format 3\0 and the rest").unwrap();
        let mut head = [0u8; 16];
        assert_eq!(read_head(&p, &mut head).unwrap(), 29);
        assert_eq!(&head, b"SQLite format 3\0");
        let a = open(&p).unwrap();
        let b = open(&p).unwrap();
        assert!(Arc::ptr_eq(&a, &b), "one handle per file");
        let mut long = [0u8; 64];
        assert!(read_head(&p, &mut long).is_err(), "shorter than asked");
    }
}
