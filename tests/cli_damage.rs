//! A damaged desk (issue 21 item 18): pages overwritten in different places of a demo desk, and
//! what `incident new`, `tick`, `user add` and `backup` do with it.
//!
//! SQLite finds damage only in the pages a command reads. A command that reads a damaged page
//! stops with the message and writes nothing; one that never reads it works as before (only
//! `opsdesk check`, which reads every page, finds that damage); `backup` reads every page first
//! (`quick_check`) and refuses. Before the fix (R refused untouched, D done, exit 0):
//!
//! | damaged page          | incident new | tick                       | user add | backup            |
//! |-----------------------|--------------|----------------------------|----------|-------------------|
//! | a leaf of the schema  | R            | R                          | R        | R                 |
//! | users' root           | R            | R                          | R        | R                 |
//! | an index of incidents | R            | D                          | D        | D "backup written"|
//! | an old leaf of history| D            | D                          | D        | D "backup written"|
//! | history's root        | R            | R                          | R        | D "backup written"|
//! | messages' root        | D            | D, exit 0: "outbox did not run" | D   | D "backup written"|
//! | the freelist's trunk  | D            | R                          | D        | D "backup written"|
//!
//! After it, in [`EXPECTED`]: every backup is refused, and `tick` stops with exit 1 when its
//! outbox meets the damage.

mod common;

use std::path::{Path, PathBuf};

use common::Desk;

const PAGE: usize = 4096;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Outcome {
    /// Exit 1, one line saying the desk is corrupt; the file is as it was.
    Refused,
    /// Exit 1, saying the desk is corrupt; what a step before the damage recorded (if it had
    /// anything to record) stands.
    Stops,
    /// Exit 0: the damaged page was never read.
    Done,
    /// Depends on what is due when the test runs: only "a failure says corrupt" is checked.
    Either,
}
use Outcome::*;

const COMMANDS: [&str; 4] = ["incident new", "tick", "user add", "backup"];

/// After the fix, per damaged page, in the order of [`COMMANDS`].
const EXPECTED: &[(&str, [Outcome; 4])] = &[
    ("a leaf of the schema", [Refused, Refused, Refused, Refused]),
    ("users' root", [Refused, Refused, Refused, Refused]),
    ("an index of incidents", [Refused, Either, Done, Refused]),
    ("an old leaf of history", [Done, Either, Done, Refused]),
    ("history's root", [Refused, Stops, Refused, Refused]),
    ("messages' root", [Done, Stops, Done, Refused]),
    ("the freelist's trunk", [Either, Either, Either, Refused]),
];

fn one(db: &Path, sql: &str) -> i64 {
    rusqlite::Connection::open(db)
        .unwrap()
        .query_row(sql, [], |r| r.get(0))
        .unwrap()
}

/// The page each case damages, in the pristine file.
fn page_of(db: &Path, case: &str) -> usize {
    let root = |name: &str| one(db, &format!("SELECT rootpage FROM sqlite_schema WHERE name = '{name}'"));
    let leaf = |name: &str, nth: usize| {
        one(
            db,
            &format!(
                "SELECT pageno FROM dbstat WHERE name = '{name}' AND pagetype = 'leaf' ORDER BY path LIMIT 1 OFFSET {nth}"
            ),
        )
    };
    let n = match case {
        "a leaf of the schema" => leaf("sqlite_schema", 0),
        "users' root" => root("users"),
        "an index of incidents" => root("incidents_open"),
        "an old leaf of history" => leaf("history", 1),
        "history's root" => root("history"),
        "messages' root" => root("messages"),
        "the freelist's trunk" => {
            let b = std::fs::read(db).unwrap();
            i64::from(u32::from_be_bytes([b[32], b[33], b[34], b[35]]))
        }
        other => panic!("no case {other}"),
    };
    assert!(n > 1, "{case}: page {n}");
    n as usize
}

fn args(cmd: &str, out: &Path) -> Vec<String> {
    let a: &[&str] = match cmd {
        "incident new" => &[
            "incident",
            "new",
            "--title",
            "t",
            "--service",
            "crm",
            "--category",
            "os",
            "--channel",
            "phone",
        ],
        "tick" => &["tick"],
        "user add" => &["user", "add", "zz", "--name", "Z", "--role", "operator", "--dept", "it"],
        "backup" => &["backup", out.to_str().unwrap()],
        other => panic!("no command {other}"),
    };
    a.iter().map(|s| s.to_string()).collect()
}

fn side(db: &Path, suffix: &str) -> PathBuf {
    PathBuf::from(format!("{}{suffix}", db.display()))
}

/// The desk as `pristine` with page `n` overwritten, nothing beside it.
fn damaged_copy(d: &Desk, pristine: &[u8], n: usize) -> Vec<u8> {
    for s in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(side(&d.db, s));
    }
    let mut b = pristine.to_vec();
    b[(n - 1) * PAGE..n * PAGE].fill(0xA5);
    std::fs::write(&d.db, &b).unwrap();
    b
}

#[test]
fn commands_on_a_damaged_desk_write_nothing_once_they_meet_the_damage_and_backup_refuses() {
    let d = Desk::demo("admin");
    // Work for the next tick's outbox: an incident 40 minutes old, escalated, no message yet.
    d.new_incident("an outage", "-40m");
    // A freelist to damage: pages of a dropped table.
    let c = rusqlite::Connection::open(&d.db).unwrap();
    c.execute_batch("CREATE TABLE junk AS SELECT * FROM history; DROP TABLE junk;")
        .unwrap();
    c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).unwrap();
    drop(c);
    assert!(one(&d.db, "PRAGMA freelist_count") > 0);
    let pristine = std::fs::read(&d.db).unwrap();
    let pages: Vec<(&str, usize)> = EXPECTED.iter().map(|(case, _)| (*case, page_of(&d.db, case))).collect();
    let out = d.path().join("out.db");
    let mut seen = Vec::new();
    for ((case, n), (_, expected)) in pages.iter().zip(EXPECTED) {
        for (cmd, want) in COMMANDS.iter().zip(expected) {
            let before = damaged_copy(&d, &pristine, *n);
            let a = args(cmd, &out);
            let a: Vec<&str> = a.iter().map(String::as_str).collect();
            let r = d.run(&a);
            let err = String::from_utf8_lossy(&r.stderr).to_string();
            let code = r.status.code();
            let untouched = std::fs::read(&d.db).unwrap() == before
                && std::fs::metadata(side(&d.db, "-wal")).map_or(true, |m| m.len() == 0);
            let says = err.contains("corrupt") || err.contains("damaged");
            let got = match (code, untouched) {
                (Some(0), _) => Done,
                (Some(1), true) if says && err.lines().count() == 1 => Refused,
                (Some(1), _) if says => Stops,
                _ => panic!("{case}, {cmd}: exit {code:?}, untouched {untouched}: {err}"),
            };
            seen.push(format!("{case}, {cmd}: {got:?}"));
            match want {
                Either => assert!(matches!(got, Done | Refused | Stops)),
                Stops => assert!(matches!(got, Stops | Refused), "{case}, {cmd}: {err}"),
                want => assert_eq!(got, *want, "{case}, {cmd}: {err}"),
            }
            if *cmd == "backup" {
                assert!(!out.exists(), "{case}: a backup of a damaged desk was written");
                let partial = std::fs::read_dir(d.path())
                    .unwrap()
                    .filter_map(|e| e.ok())
                    .any(|e| e.file_name().to_string_lossy().ends_with(".partial"));
                assert!(!partial, "{case}: a partial backup was left");
            }
        }
        // Whatever the commands saw, `check` reads every page and finds it.
        damaged_copy(&d, &pristine, *n);
        let r = d.run(&["check"]);
        assert_eq!(r.status.code(), Some(1), "{case}: check passed a damaged desk");
        // ... and reports it as a finding, not as a failure to run.
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&r.stdout),
            String::from_utf8_lossy(&r.stderr)
        );
        assert!(
            said.contains("integrity"),
            "{case}: check did not name the damage: {said}"
        );
        assert!(!said.contains("panicked"), "{case}: {said}");
    }
    eprintln!("{}", seen.join("\n"));
}
