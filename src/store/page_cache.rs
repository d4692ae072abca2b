//! A desk's pages taken out of the operating system's page cache (`posix_fadvise` DONTNEED on
//! the database and its `-wal`), so that `opsdesk bench --cold` measures what an operator meets
//! after a reboot or on a host where other work pushed the file out. It needs no root: it only
//! advises the kernel about files this process can read. Dirty pages stay; the bench only reads.
//! And the other way: a desk read front to back once ([`read_ahead`]) before `opsdesk check`
//! walks it in SQLite's tree order, which on a cold cache seeks for every page.

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

/// Read `db` and its `-wal` front to back once, in large reads, so that what walks the file in
/// tree order afterwards (SQLite's integrity check, an index range by range) finds its pages in
/// the operating system's page cache: on a cold cache one sequential pass is many times faster
/// than the same pages read one by one where the tree leads. Skipped (false) when the files would
/// take more than half the memory available now: they would only push themselves out again.
/// `progress` gets the bytes read and the bytes to read.
pub fn read_ahead(db: &Path, progress: &mut dyn FnMut(u64, u64)) -> Result<bool> {
    let files: Vec<(File, u64)> = [db.to_path_buf(), with_suffix(db, "-wal")]
        .iter()
        .filter_map(|p| File::open(p).ok())
        .filter_map(|f| f.metadata().ok().map(|m| (f, m.len())))
        .collect();
    let total: u64 = files.iter().map(|(_, len)| len).sum();
    if available_memory().is_none_or(|free| total > free / 2) {
        return Ok(false);
    }
    let mut buf = vec![0u8; 4 << 20];
    let mut done = 0;
    for (mut file, _) in files {
        loop {
            let n = std::io::Read::read(&mut file, &mut buf).context("reading the desk ahead")?;
            if n == 0 {
                break;
            }
            done += n as u64;
            progress(done, total);
        }
    }
    Ok(true)
}

/// `MemAvailable` of /proc/meminfo in bytes (Linux); None where it cannot be read.
fn available_memory() -> Option<u64> {
    let info = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = info.lines().find(|l| l.starts_with("MemAvailable:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
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

    #[test]
    fn s_check_reads_a_cold_desk_ahead_into_the_page_cache() {
        let dir = tempfile::tempdir_in(env!("CARGO_MANIFEST_DIR")).unwrap();
        let db = dir.path().join("desk.db");
        std::fs::write(&db, vec![7u8; 9 << 20]).unwrap();
        File::open(&db).unwrap().sync_all().unwrap();
        evict(&db).unwrap();
        let mut seen = Vec::new();
        assert!(read_ahead(&db, &mut |done, total| seen.push((done, total))).unwrap());
        // In 4 MiB reads: 4, 8, 9 MiB of 9.
        assert_eq!(seen.len(), 3, "{seen:?}");
        assert_eq!(seen.last(), Some(&(9 << 20, 9 << 20)));
        if let Some(cached) = cached(&db) {
            assert!(cached >= 8 << 20, "{cached} bytes cached after reading ahead");
        }
    }
}
