//! `opsdesk backup`, `restore` and `check` on real files, with real processes writing.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;

use common::Desk;

fn count(db: &std::path::Path, sql: &str) -> i64 {
    rusqlite::Connection::open(db)
        .unwrap()
        .query_row(sql, [], |r| r.get(0))
        .unwrap()
}

/// `opsdesk check` on another file than the desk's own.
fn check_file(d: &Desk, db: &std::path::Path) -> std::process::Output {
    d.cmd(&["--db", db.to_str().unwrap(), "check"]).output().unwrap()
}

#[test]
fn a3_a_backup_taken_while_two_processes_write_opens_and_passes_check() {
    let d = Arc::new(Desk::demo("admin"));
    let stop = Arc::new(AtomicBool::new(false));
    let writers: Vec<_> = (0..2)
        .map(|w| {
            let (d, stop) = (d.clone(), stop.clone());
            thread::spawn(move || {
                let mut done = 0;
                while !stop.load(Ordering::Relaxed) {
                    d.new_incident(&format!("writer {w} incident {done}"), "-3m");
                    d.ok(&["incident", "note", "1", &format!("writer {w} note {done}")]);
                    done += 1;
                }
                done
            })
        })
        .collect();
    let mut backups = Vec::new();
    for i in 0..4 {
        let file = d.path().join(format!("backup-{i}.db"));
        d.ok(&["backup", file.to_str().unwrap()]);
        backups.push(file);
    }
    stop.store(true, Ordering::Relaxed);
    let written: i32 = writers.into_iter().map(|h| h.join().unwrap()).sum();
    assert!(written > 0, "the writers wrote nothing");
    for file in &backups {
        let mode = std::fs::metadata(file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o660, "{}", file.display());
        let out = check_file(&d, file);
        assert!(
            out.status.success(),
            "check of {} failed: {}{}",
            file.display(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    d.ok(&["check"]);
    // No partial file is left beside the backups.
    let leftovers: Vec<_> = std::fs::read_dir(d.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".partial"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_backup_does_not_overwrite_a_file_unless_forced() {
    let d = Desk::demo("operator");
    let file = d.path().join("copy.db");
    std::fs::write(&file, "precious").unwrap();
    let err = d.fails(4, &["backup", file.to_str().unwrap()]);
    assert!(err.contains("--force"), "{err}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "precious");
    d.ok(&["backup", "--force", file.to_str().unwrap()]);
    assert!(check_file(&d, &file).status.success());
    d.fails(2, &["backup", d.db.to_str().unwrap()]);
}

#[test]
fn restore_is_refused_while_the_database_is_in_use_and_works_when_forced_or_idle() {
    let d = Desk::demo("admin");
    let file = d.path().join("before.db");
    d.ok(&["backup", file.to_str().unwrap()]);
    let before = count(&d.db, "SELECT count(*) FROM incidents");
    let later = d.new_incident("after the backup", "-1m");

    // Another process (this test) has the database open and has read from it.
    let other = rusqlite::Connection::open(&d.db).unwrap();
    let _: i64 = other
        .query_row("SELECT count(*) FROM incidents", [], |r| r.get(0))
        .unwrap();
    let err = d.fails(4, &["restore", file.to_str().unwrap()]);
    assert!(err.contains("in use by process") && err.contains("--force"), "{err}");
    assert_eq!(count(&d.db, "SELECT count(*) FROM incidents"), before + 1);

    let out = d.ok(&["restore", "--force", file.to_str().unwrap()]);
    let aside = out.trim().rsplit(" kept at ").next().unwrap().to_string();
    assert!(aside.contains(".pre-restore-") && aside.ends_with(".bak"), "{out}");
    // The open connection sees the restored desk; the one before it is kept aside.
    let now: i64 = other
        .query_row("SELECT count(*) FROM incidents", [], |r| r.get(0))
        .unwrap();
    assert_eq!(now, before);
    assert_eq!(
        count(
            std::path::Path::new(&aside),
            &format!("SELECT count(*) FROM incidents WHERE id = {later}")
        ),
        1
    );
    drop(other);
    d.ok(&["check"]);

    // Idle: no --force needed. Restoring what was set aside undoes the restore.
    d.ok(&["restore", &aside]);
    assert_eq!(count(&d.db, "SELECT count(*) FROM incidents"), before + 1);
    d.ok(&["check"]);
}

#[test]
fn restore_is_for_admins_and_only_from_sound_opsdesk_files() {
    let d = Desk::demo("supervisor");
    let file = d.path().join("b.db");
    d.ok(&["backup", file.to_str().unwrap()]);
    let err = d.fails(5, &["restore", file.to_str().unwrap()]);
    assert!(err.contains("admin"), "{err}");

    let d = Desk::demo("admin");
    let text = d.path().join("notes.txt");
    std::fs::write(
        &text,
        "not a database at all, but long enough to have a header of a hundred bytes ..........................",
    )
    .unwrap();
    let err = d.fails(1, &["restore", text.to_str().unwrap()]);
    assert!(err.contains("not an opsdesk database"), "{err}");

    let foreign = d.path().join("other.sqlite");
    rusqlite::Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    let bytes = std::fs::read(&foreign).unwrap();
    let err = d.fails(1, &["restore", foreign.to_str().unwrap()]);
    assert!(err.contains("not an opsdesk database"), "{err}");
    assert_eq!(std::fs::read(&foreign).unwrap(), bytes, "the file was changed");

    // A good backup is only read: not a byte changes and nothing appears beside it.
    let good = d.path().join("good.db");
    d.ok(&["backup", good.to_str().unwrap()]);
    let bytes = std::fs::read(&good).unwrap();
    d.ok(&["restore", good.to_str().unwrap()]);
    assert_eq!(std::fs::read(&good).unwrap(), bytes);
    assert!(!d.path().join("good.db-wal").exists() && !d.path().join("good.db-shm").exists());
}

#[test]
fn check_passes_on_a_fresh_demo() {
    let d = Desk::demo("operator");
    let out = d.ok(&["check"]);
    assert!(out.contains("check: ok"), "{out}");
    let json = d.json(&["check"]);
    assert_eq!(json["finding_count"], 0);
    assert!(json["records"].as_u64().unwrap() > 50);
}

#[test]
fn check_reports_a_row_changed_behind_the_history() {
    let d = Desk::demo("operator");
    let id = d.new_incident("an honest title", "-2m");
    d.ok(&["incident", "note", &id.to_string(), "a note changes no field"]);
    d.ok(&["check"]);
    // What a hand edit of the file does: the row changes, the history does not.
    rusqlite::Connection::open(&d.db)
        .unwrap()
        .execute("UPDATE incidents SET title = 'rewritten' WHERE id = ?1", [id])
        .unwrap();
    let out = d.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(&format!(
            "incident {id}: title: history says \"an honest title\", the record says \"rewritten\""
        )),
        "{stdout}"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("opsdesk: check failed:") && stderr.lines().count() == 1,
        "{stderr}"
    );

    let out = d.cmd(&["check", "--json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["finding_count"], 1);
    let f = &json["findings"][0];
    assert_eq!(
        (f["kind"].as_str(), f["id"].as_i64(), f["field"].as_str()),
        (Some("incident"), Some(id), Some("title"))
    );
}

#[test]
fn check_reports_a_record_without_history_and_history_without_a_record() {
    let d = Desk::demo("operator");
    let conn = rusqlite::Connection::open(&d.db).unwrap();
    conn.execute_batch(
        "INSERT INTO incidents (title, status, category, severity, service, channel, received_at, started_at, clock_start, updated_at, updated_by)
             VALUES ('smuggled in', 'reported', 'application', 'P3', 'crm', 'phone', 0, 0, 0, 0, 'nobody');
         INSERT OR IGNORE INTO history_words (word) VALUES ('change'), ('nobody'), ('create');
         INSERT INTO history (record_kind, record_id, at, actor, action, version, changes)
             VALUES ((SELECT id FROM history_words WHERE word = 'change'), 999999, 0,
                     (SELECT id FROM history_words WHERE word = 'nobody'),
                     (SELECT id FROM history_words WHERE word = 'create'), 1, '[]');",
    )
    .unwrap();
    let out = d.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains(": (history): history says \"none\""), "{stdout}");
    assert!(stdout.contains("change 999999: (record)"), "{stdout}");
}
