//! Where `opsdesk backup` may write, and what it and the copies opsdesk sets aside leave behind:
//! never onto the desk's own files or a database in use (issue 21 item 10), group-shared files
//! whatever the umask (item 15), and no junk from a killed run (item 19).

mod common;

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Output;

use common::{BIN, Desk, Holder, dead_pid};

fn side(db: &Path, suffix: &str) -> PathBuf {
    PathBuf::from(format!("{}{suffix}", db.display()))
}

fn bytes(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

/// `opsdesk ARGS` on the desk under `umask`.
fn with_umask(d: &Desk, umask: &str, args: &[&str]) -> Output {
    std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("umask {umask}; exec \"$0\" \"$@\""))
        .arg(BIN)
        .args(args)
        .env("OPSDESK_DB", &d.db)
        .env("OPSDESK_CONFIG", &d.config)
        .env("HOME", d.path())
        .env_remove("LANG")
        .output()
        .unwrap()
}

fn titled(db: &Path, prefix: &str) -> i64 {
    rusqlite::Connection::open(db)
        .unwrap()
        .query_row(
            "SELECT count(*) FROM incidents WHERE title LIKE ?1 || '%'",
            [prefix],
            |r| r.get(0),
        )
        .unwrap()
}

/// An SQLite file's first bytes: what a killed backup's partial holds.
fn sqlite_bytes(dir: &Path) -> Vec<u8> {
    let p = dir.join("scratch.sqlite");
    let c = rusqlite::Connection::open(&p).unwrap();
    c.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    drop(c);
    let b = bytes(&p);
    std::fs::remove_file(&p).unwrap();
    b
}

#[test]
fn backup_onto_the_desks_own_shm_is_refused_and_loses_nothing() {
    let d = Desk::demo("admin");
    // A console has the desk open while twenty incidents are recorded and acknowledged.
    let console = Holder::open(&d.db);
    for i in 0..20 {
        d.new_incident(&format!("acknowledged {i}"), "-1m");
    }
    let (shm, wal) = (side(&d.db, "-shm"), side(&d.db, "-wal"));
    let (shm_before, wal_before) = (bytes(&shm), bytes(&wal));
    assert!(!wal_before.is_empty(), "the changes are in the WAL");
    // The acceptance's own words, relative to the desk's directory.
    let out = d
        .cmd(&["backup", "--force", "desk.db-shm"])
        .current_dir(d.path())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("-shm") && err.contains("latest changes"), "{err}");
    assert_eq!(bytes(&shm), shm_before, "the -shm was changed");
    assert_eq!(bytes(&wal), wal_before, "the -wal was changed");
    drop(console);
    assert_eq!(titled(&d.db, "acknowledged "), 20);
    d.ok(&["check"]);
}

#[test]
fn backup_onto_any_spelling_of_the_desks_own_files_is_refused() {
    let d = Desk::demo("admin");
    let console = Holder::open(&d.db);
    d.new_incident("kept", "-1m");
    let dir = d.path();
    std::fs::create_dir(dir.join("sub")).unwrap();
    std::os::unix::fs::symlink(side(&d.db, "-shm"), dir.join("looks-harmless.db")).unwrap();
    std::fs::hard_link(side(&d.db, "-wal"), dir.join("hard.db")).unwrap();
    std::os::unix::fs::symlink(&d.db, dir.join("desk-link.db")).unwrap();
    let before: Vec<Vec<u8>> = ["", "-wal", "-shm"].iter().map(|s| bytes(&side(&d.db, s))).collect();
    for dest in [
        d.db.clone(),
        side(&d.db, "-wal"),
        side(&d.db, "-journal"),
        dir.join("sub/../desk.db-shm"),
        dir.join("looks-harmless.db"),
        dir.join("hard.db"),
        dir.join("desk-link.db"),
    ] {
        let err = d.fails(2, &["backup", "--force", dest.to_str().unwrap()]);
        assert!(err.contains("the database"), "{}: {err}", dest.display());
    }
    let after: Vec<Vec<u8>> = ["", "-wal", "-shm"].iter().map(|s| bytes(&side(&d.db, s))).collect();
    assert!(before == after, "a file of the desk was changed");
    assert!(!side(&d.db, "-journal").exists());
    assert!(
        std::fs::symlink_metadata(dir.join("looks-harmless.db"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    drop(console);
    assert_eq!(titled(&d.db, "kept"), 1);
}

#[test]
fn backup_will_not_replace_a_database_another_process_has_open() {
    let d = Desk::demo("operator");
    let other = d.path().join("other.db");
    let c = rusqlite::Connection::open(&other).unwrap();
    c.execute_batch("PRAGMA journal_mode = WAL; CREATE TABLE t (x); INSERT INTO t VALUES ('theirs');")
        .unwrap();
    drop(c);
    let them = Holder::open(&other);
    let before = bytes(&other);
    for dest in [other.clone(), side(&other, "-wal"), side(&other, "-shm")] {
        let err = d.fails(4, &["backup", "--force", dest.to_str().unwrap()]);
        assert!(
            err.contains(&format!("process {}", them.pid)),
            "{}: {err}",
            dest.display()
        );
    }
    assert_eq!(bytes(&other), before);
    drop(them);
    // Nobody has it open any more: --force replaces it.
    d.ok(&["backup", "--force", other.to_str().unwrap()]);
    let n: i64 = rusqlite::Connection::open(&other)
        .unwrap()
        .query_row("SELECT count(*) FROM incidents", [], |r| r.get(0))
        .unwrap();
    assert!(n > 0);
}

#[test]
fn backup_refuses_a_fifo_and_leaves_it_one() {
    let d = Desk::demo("operator");
    let pipe = d.path().join("pipe.db");
    nix::unistd::mkfifo(&pipe, nix::sys::stat::Mode::from_bits_truncate(0o600)).unwrap();
    let err = d.fails(2, &["backup", "--force", pipe.to_str().unwrap()]);
    assert!(err.contains("FIFO"), "{err}");
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::metadata(&pipe).unwrap().file_type().is_fifo());
}

#[test]
fn a_killed_backups_leftovers_are_removed_and_named_by_the_next_backup() {
    let d = Desk::demo("operator");
    let dir = d.path().join("backups");
    std::fs::create_dir(&dir).unwrap();
    let dead = dead_pid();
    let sqlite = sqlite_bytes(d.path());
    // What `kill -9` of yesterday's backup left: its partial copy and the copy's journal.
    let killed = dir.join(format!(".desk-2026-11-19.db.{dead}.partial"));
    std::fs::write(&killed, &sqlite).unwrap();
    std::fs::write(side(&killed, "-journal"), b"journal").unwrap();
    let killed_early = dir.join(format!(".other.db.{dead}.partial"));
    std::fs::write(&killed_early, b"").unwrap();
    // Killed before the copy reached page 1 (the online backup writes it last): pages of zeros.
    let killed_midway = dir.join(format!(".third.db.{dead}.partial"));
    let mut midway = vec![0u8; 4096];
    midway.extend_from_slice(&sqlite[4096.min(sqlite.len())..]);
    std::fs::write(&killed_midway, &midway).unwrap();
    // Not leftovers: a running process's partial, and a file that is not an SQLite file.
    let running = dir.join(format!(".running.db.{}.partial", std::process::id()));
    std::fs::write(&running, &sqlite).unwrap();
    let notes = dir.join(format!(".notes.txt.{dead}.partial"));
    std::fs::write(&notes, "my own notes").unwrap();

    let dest = dir.join("desk-2026-11-20.db");
    let out = d.run(&["backup", dest.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    let said: Vec<&str> = err.lines().filter(|l| l.contains("removed")).collect();
    assert_eq!(said.len(), 1, "one line: {err}");
    for gone in [&killed, &side(&killed, "-journal"), &killed_early, &killed_midway] {
        assert!(!gone.exists(), "{} is left", gone.display());
        assert!(said[0].contains(&gone.display().to_string()), "{}", said[0]);
    }
    assert!(said[0].contains(&format!("process {dead}")), "{}", said[0]);
    assert!(running.exists() && notes.exists());
    assert_eq!(mode(&dest), 0o660);
    let partials: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".partial") && !n.starts_with(".running") && !n.starts_with(".notes"))
        .collect();
    assert!(partials.is_empty(), "{partials:?}");
}

/// A group this process may give its files other than its own, if any: root may give any.
fn another_group() -> Option<nix::unistd::Gid> {
    let mine = nix::unistd::getegid();
    if nix::unistd::geteuid().is_root() {
        return Some(nix::unistd::Gid::from_raw(65534));
    }
    nix::unistd::getgroups().ok()?.into_iter().find(|g| *g != mine)
}

#[test]
fn a_backup_and_the_pre_restore_copy_are_shared_with_the_desks_group_whatever_the_umask() {
    let d = Desk::demo("admin");
    let group = another_group();
    if let Some(g) = group {
        std::os::unix::fs::chown(&d.db, None, Some(g.as_raw())).unwrap();
    }
    let backup = d.path().join("b.db");
    let out = with_umask(&d, "077", &["backup", backup.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = with_umask(&d, "077", &["restore", backup.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let aside = PathBuf::from(stdout.trim().rsplit(" kept at ").next().unwrap());
    for f in [&backup, &aside] {
        assert_eq!(mode(f), 0o660, "{}", f.display());
        if let Some(g) = group {
            assert_eq!(std::fs::metadata(f).unwrap().gid(), g.as_raw(), "{}", f.display());
        }
    }
    if group.is_none() {
        eprintln!("no second group to give files: only the mode was checked");
    }
}

/// A schema-1 desk file, as opsdesk 0.1's first migration wrote it.
fn schema_1(db: &Path) {
    let c = rusqlite::Connection::open(db).unwrap();
    c.pragma_update(None, "application_id", opsdesk::store::APPLICATION_ID)
        .unwrap();
    c.execute_batch(include_str!("../src/store/migrations/001_foundation.sql"))
        .unwrap();
    c.execute_batch("PRAGMA user_version = 1; INSERT INTO meta VALUES ('written_by', 'opsdesk 0.0.9');")
        .unwrap();
}

#[test]
fn a_killed_migrations_copy_is_removed_and_the_new_copy_is_not_world_readable() {
    let d = Desk::empty();
    schema_1(&d.db);
    let dead = dead_pid();
    let killed = d
        .path()
        .join(format!(".desk.db.schema1-20261119T010203Z.bak.{dead}.partial"));
    std::fs::write(&killed, sqlite_bytes(d.path())).unwrap();
    // Any command opens the desk, and so upgrades it, first (this one then finds no user).
    let out = with_umask(&d, "022", &["incident", "list"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!killed.exists(), "the killed migration's copy is left: {err}");
    let said: Vec<&str> = err.lines().filter(|l| l.contains("removed")).collect();
    assert!(
        said.len() == 1 && said[0].contains(&killed.display().to_string()),
        "{err}"
    );
    let copies: Vec<PathBuf> = std::fs::read_dir(d.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().contains(".schema1-"))
        .collect();
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert!(copies[0].to_string_lossy().ends_with(".bak"), "{copies:?}");
    assert_eq!(mode(&copies[0]), 0o660, "the copy of the desk is world-readable");
    let v: i64 = rusqlite::Connection::open(&copies[0])
        .unwrap()
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(v, 1, "the copy is the desk as it was");
}
