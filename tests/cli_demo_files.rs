//! `opsdesk demo` and `opsdesk init` write a whole desk or nothing (issue 21 item 16): a demo in
//! use is not replaced, a killed demo can be written again, a failed init leaves no file.

mod common;

use std::os::unix::fs::MetadataExt;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use common::{Desk, Holder};

fn inode(p: &std::path::Path) -> u64 {
    std::fs::metadata(p).unwrap().ino()
}

fn partials(d: &Desk) -> Vec<PathBuf> {
    std::fs::read_dir(d.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".partial"))
        .collect()
}

#[test]
fn demo_refuses_a_desk_in_use() {
    let d = Desk::empty();
    d.ok(&["demo"]);
    let (before, ino) = (std::fs::read(&d.db).unwrap(), inode(&d.db));
    // A console on the demo: replaced under it, it would go on writing to a deleted file.
    let console = Holder::open(&d.db);
    let err = d.fails(4, &["demo"]);
    assert!(err.contains(&format!("in use by process {}", console.pid)), "{err}");
    assert_eq!(inode(&d.db), ino, "the demo was replaced");
    assert_eq!(std::fs::read(&d.db).unwrap(), before);
    drop(console);
    d.ok(&["demo"]);
    assert_ne!(inode(&d.db), ino, "closed, it is replaced");
    assert!(partials(&d).is_empty(), "{:?}", partials(&d));
    d.ok(&["check"]);
}

#[test]
fn a_demo_killed_halfway_can_be_written_again() {
    let d = Desk::empty();
    d.ok(&["demo"]);
    let (before, ino) = (std::fs::read(&d.db).unwrap(), inode(&d.db));
    // A large demo, killed once it is well under way.
    let mut child = d.cmd(&["demo", "--incidents", "400000"]).spawn().unwrap();
    let started = Instant::now();
    let partial = loop {
        let grown = partials(&d)
            .into_iter()
            .find(|p| std::fs::metadata(p).is_ok_and(|m| m.len() > 4 << 20));
        if let Some(p) = grown {
            break p;
        }
        if started.elapsed() > Duration::from_secs(120) || child.try_wait().unwrap().is_some() {
            let _ = child.kill();
            panic!("no partial demo file grew beside {}", d.db.display());
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    child.kill().unwrap();
    child.wait().unwrap();
    // The demo that was there is untouched; the killed one's partial is left.
    assert_eq!(inode(&d.db), ino);
    assert_eq!(std::fs::read(&d.db).unwrap(), before);
    assert!(partial.exists());

    let out = d.run(&["demo"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    let said: Vec<&str> = err.lines().filter(|l| l.contains("removed")).collect();
    assert!(
        said.len() == 1 && said[0].contains(&partial.display().to_string()),
        "{err}"
    );
    assert!(partials(&d).is_empty(), "{:?}", partials(&d));
    d.ok(&["check"]);
}

#[test]
fn init_that_fails_leaves_no_file_and_can_be_run_again() {
    let d = Desk::empty();
    // Fails once the database is created: the department needs a name.
    let err = d.fails(2, &["init", "--dept-name", ""]);
    assert!(err.contains("name"), "{err}");
    assert!(!d.db.exists(), "a desk without an admin was left at {}", d.db.display());
    assert!(partials(&d).is_empty(), "{:?}", partials(&d));
    d.ok(&["init", "--name", "Test Admin"]);
    d.ok(&["user", "list"]);
}
