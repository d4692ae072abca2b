//! What `opsdesk restore` accepts as a backup (issue 21 items 17 and 19): a file with a
//! directory and an admin, in which the restoring admin stays one unless forced, and a regular
//! file only (a FIFO would block it for ever).

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::{Desk, Holder, login};

fn sql(db: &Path, sql: &str) {
    rusqlite::Connection::open(db).unwrap().execute_batch(sql).unwrap();
}

/// No copy aside was made: the restore stopped before touching anything.
fn nothing_set_aside(d: &Desk) {
    let aside: Vec<_> = std::fs::read_dir(d.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".pre-restore-"))
        .collect();
    assert!(aside.is_empty(), "{aside:?}");
}

#[test]
fn restore_refuses_a_file_with_no_directory() {
    let d = Desk::demo("admin");
    // Only opsdesk's mark in the header, schema 0: it used to pass as a backup, and restoring it
    // left a desk with nobody in it, the undo included.
    let bare = d.path().join("bare.db");
    let c = rusqlite::Connection::open(&bare).unwrap();
    c.pragma_update(None, "application_id", opsdesk::store::APPLICATION_ID)
        .unwrap();
    drop(c);
    let before = std::fs::read(&d.db).unwrap();
    for args in [&["restore"][..], &["restore", "--force"][..]] {
        let mut a = args.to_vec();
        a.push(bare.to_str().unwrap());
        let err = d.fails(1, &a);
        assert!(
            err.contains("no directory") && err.contains("lock every user out"),
            "{err}"
        );
    }
    assert_eq!(std::fs::read(&d.db).unwrap(), before);
    nothing_set_aside(&d);
    d.ok(&["incident", "list"]);
}

#[test]
fn restore_refuses_a_backup_with_users_but_no_admin() {
    let d = Desk::demo("admin");
    let b = d.path().join("b.db");
    d.ok(&["backup", b.to_str().unwrap()]);
    sql(&b, "UPDATE users SET role = 'operator' WHERE role = 'admin'");
    let err = d.fails(1, &["restore", "--force", b.to_str().unwrap()]);
    assert!(err.contains("no admin"), "{err}");
    nothing_set_aside(&d);
}

#[test]
fn restore_of_a_backup_in_which_you_are_not_an_admin_needs_force_and_says_so() {
    let d = Desk::demo("admin");
    let b = d.path().join("b.db");
    d.ok(&["backup", b.to_str().unwrap()]);
    sql(
        &b,
        &format!("UPDATE users SET role = 'supervisor' WHERE login = '{}'", login()),
    );
    let err = d.fails(4, &["restore", b.to_str().unwrap()]);
    assert!(
        err.contains("not an admin") && err.contains("(zhaolei)") && err.contains("--force"),
        "{err}"
    );
    nothing_set_aside(&d);

    let out = d.run(&["restore", "--force", b.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("not an admin") && stderr.contains("(zhaolei)"),
        "forced without saying so: {stderr}"
    );
    // As it said: the undo is now for the restored desk's admins only.
    let stdout = String::from_utf8_lossy(&out.stdout);
    let aside = stdout.trim().rsplit(" kept at ").next().unwrap().to_string();
    let err = d.fails(5, &["restore", &aside]);
    assert!(err.contains("admin"), "{err}");
}

#[test]
fn restore_refuses_a_fifo() {
    let d = Desk::demo("admin");
    let pipe = d.path().join("backup.db");
    nix::unistd::mkfifo(&pipe, nix::sys::stat::Mode::from_bits_truncate(0o600)).unwrap();
    let mut child = d
        .cmd(&["restore", pipe.to_str().unwrap()])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("restore from a FIFO is still waiting after 30 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("FIFO"), "{err}");
    nothing_set_aside(&d);
}

#[test]
fn restore_refuses_the_desks_own_files() {
    let d = Desk::demo("admin");
    let console = Holder::open(&d.db);
    d.new_incident("in the WAL", "-1m");
    let wal = format!("{}-wal", d.db.display());
    let err = d.fails(2, &["restore", "--force", &wal]);
    assert!(err.contains("beside the database"), "{err}");
    let err = d.fails(2, &["restore", "--force", d.db.to_str().unwrap()]);
    assert!(err.contains("the database itself"), "{err}");
    drop(console);
    nothing_set_aside(&d);
}
