//! A desk's pages taken out of the operating system's page cache (`posix_fadvise` DONTNEED on
//! the database and its `-wal`), so that `opsdesk bench --cold` measures what an operator meets
//! after a reboot or on a host where other work pushed the file out. It needs no root: it only
//! advises the kernel about files this process can read. Dirty pages stay; the bench only reads.

use std::fs::File;
use std::path::Path;

use anyhow::{Context, Result};
use nix::fcntl::{PosixFadviseAdvice, posix_fadvise};

use super::locks::with_suffix;

/// Ask the kernel to drop the cached pages of `db` and of its `-wal` (a missing one is skipped).
pub fn evict(db: &Path) -> Result<()> {
    for path in [db.to_path_buf(), with_suffix(db, "-wal")] {
        let file = match File::open(&path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && path != db => continue,
            Err(e) => return Err(e).with_context(|| format!("opening {}", path.display())),
        };
        posix_fadvise(&file, 0, 0, PosixFadviseAdvice::POSIX_FADV_DONTNEED)
            .with_context(|| format!("dropping {} from the page cache", path.display()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::io::Read;
    use std::process::Command;

    use super::*;

    /// Bytes of `path` in the page cache, by util-linux's fincore; None where it is missing.
    fn cached(path: &Path) -> Option<u64> {
        let out = Command::new("fincore")
            .args(["--bytes", "--noheadings", "--raw", "--output", "RES"])
            .arg(path)
            .output()
            .ok()?;
        String::from_utf8_lossy(&out.stdout).trim().parse().ok()
    }

    #[test]
    fn s_a_cold_bench_starts_with_the_desk_out_of_the_page_cache() {
        // Beside the build, not in /tmp: a tmpfs has no disk to drop its pages to.
        let dir = tempfile::tempdir_in(env!("CARGO_MANIFEST_DIR")).unwrap();
        let db = dir.path().join("desk.db");
        std::fs::write(&db, vec![7u8; 4 << 20]).unwrap();
        File::open(&db).unwrap().sync_all().unwrap();
        let mut read = Vec::new();
        File::open(&db).unwrap().read_to_end(&mut read).unwrap();
        let Some(before) = cached(&db) else {
            eprintln!("fincore not found: what the eviction left was not measured");
            evict(&db).unwrap();
            return;
        };
        assert!(before > 0, "read just now, so cached: {before}");
        evict(&db).unwrap();
        let after = cached(&db).unwrap();
        assert!(after < before / 4, "{before} bytes cached before, {after} after");
        // No -wal beside it is no error; no database is.
        assert!(evict(&dir.path().join("none.db")).is_err());
    }
}
