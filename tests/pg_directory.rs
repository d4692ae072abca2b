//! Writing on PostgreSQL (issue 20), against a real server (tests/common/pg.rs), through the
//! directory (and the staff's training, R6), the first part of the desk carried over whole: `init` makes the IT department and
//! the caller its admin in the schema's transaction; `user …` and `dept …` change it as on SQLite,
//! with the same words, the same refusals (a stale version names who changed the record, a
//! demoted admin acts as what they are now, a read-only session writes nothing) and the same
//! history, whose hash chain `check` verifies on a SQLite backup of the desk. Writers take turns:
//! many at once all land, and the chain does not fork. `check` on the server finds a history row
//! or a record changed behind opsdesk's back, and holds the desk to a kept head.

mod common;

use common::Desk;
use common::pg::{app_desk, untimed};

/// The same changes of the directory, in order, on either engine; each prints one line.
const STEPS: &[&[&str]] = &[
    &[
        "dept",
        "add",
        "ops",
        "--name",
        "运维部",
        "--interface",
        "王芳",
        "--interface-phone",
        "13800000001",
    ],
    &[
        "user",
        "add",
        "lilei",
        "--name",
        "李雷",
        "--role",
        "operator",
        "--dept",
        "ops",
        "--phone",
        "13800000002",
    ],
    &[
        "user",
        "add",
        "hanmei",
        "--name",
        "韩梅梅",
        "--role",
        "supervisor",
        "--dept",
        "it",
        "--email",
        "hmm@example.com",
    ],
    &["user", "set-role", "lilei", "supervisor"],
    &["user", "edit", "hanmei", "--dept", "ops", "--if-version", "1"],
    &[
        "dept",
        "edit",
        "ops",
        "--relevance",
        "3",
        "--front-line",
        "true",
        "--if-version",
        "1",
    ],
    // R6: a person's own training and a session given to a department.
    &[
        "training",
        "add",
        "--person",
        "lilei",
        "--topic",
        "Oracle 备份恢复",
        "--on",
        "2026-11-20",
        "--hours",
        "2.5",
    ],
    &[
        "training",
        "add",
        "--session",
        "--topic",
        "应急预案演练",
        "--dept",
        "ops",
        "--attendees",
        "12",
        "--on",
        "2026-11-21",
        "--hours",
        "1",
    ],
];

/// What reads the same on both engines once the steps ran, as text.
const READS: &[&[&str]] = &[&["user", "list"], &["dept", "list"]];

/// What reads the same as JSON, but for the instants each engine wrote its rows at.
const JSON_READS: &[&[&str]] = &[
    &["training", "list", "--json"],
    &["training", "report", "--month", "2026-11", "--json"],
    &["history", "training", "2", "--json"],
    &["user", "list", "--json"],
    &["dept", "list", "--json"],
    &["history", "user", "lilei", "--json"],
    &["history", "user", "hanmei", "--json"],
    &["history", "dept", "ops", "--json"],
    &["history", "dept", "it", "--json"],
];

#[test]
fn u2_u3_the_directory_is_written_on_postgresql_as_on_sqlite() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = app_desk(pg, "directory");
    let out = d.ok(&["init", "--name", "Test Admin"]);
    assert!(out.contains(&format!("with {} as admin", common::login())), "{out}");
    let sqlite = Desk::init();
    for step in STEPS {
        assert_eq!(d.ok(step), sqlite.ok(step), "{step:?}");
    }
    for read in READS {
        assert_eq!(d.ok(read), sqlite.ok(read), "{read:?}");
    }
    for read in JSON_READS {
        let on_pg = untimed(&d.ok(read));
        assert_eq!(on_pg, untimed(&sqlite.ok(read)), "{read:?}");
        assert!(
            on_pg.as_array().is_none_or(|rows| !rows.is_empty()),
            "{read:?}: {on_pg}"
        );
    }
    // The chain the server holds is the one SQLite would have written: a backup of it passes
    // `check`, every record replayed from its history.
    let copy = Desk::empty();
    d.ok(&["backup", copy.db.to_str().unwrap()]);
    let checked = copy.ok(&["check"]);
    assert!(
        checked.contains("check: ok") && checked.contains("10 history rows replay to all 7 records"),
        "{checked}"
    );
    assert_eq!(copy.ok(&["user", "list"]), sqlite.ok(&["user", "list"]));
}

#[test]
fn u4_refusals_on_postgresql_are_sqlites_and_write_nothing() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = app_desk(pg, "refusals");
    d.ok(&["init", "--name", "Test Admin"]);
    let me = common::login();
    d.ok(&[
        "user", "add", "boss", "--name", "老板", "--role", "admin", "--dept", "it",
    ]);
    let rows = || -> i64 {
        let json = d.json(&["check", "--json"]);
        json["server"]["tables"]["history"].as_i64().unwrap()
    };
    // A stale version: exit 4, naming who changed the record since, when and how.
    d.ok(&["user", "edit", "boss", "--phone", "13900000000"]);
    let before = rows();
    let e = d.fails(
        4,
        &["user", "edit", "boss", "--phone", "13900000001", "--if-version", "1"],
    );
    assert!(
        e.contains("user 2 changed since version 1: it is now version 2")
            && e.contains(&format!("last changed by Test Admin ({me})"))
            && e.contains("(edit)")
            && e.contains("--if-version 2"),
        "{e}"
    );
    // Rules of the directory: a second IT department, a login twice, nothing to change.
    let e = d.fails(1, &["dept", "add", "it2", "--name", "IT", "--kind", "it"]);
    assert!(e.contains("there is already an IT department"), "{e}");
    let e = d.fails(
        1,
        &[
            "user", "add", "boss", "--name", "B", "--role", "operator", "--dept", "it",
        ],
    );
    assert!(e.contains("user boss already exists"), "{e}");
    // A read-only session changes nothing.
    let e = d.fails(5, &["--read-only", "user", "set-role", "boss", "operator"]);
    assert!(e.contains("read-only session"), "{e}");
    assert_eq!(rows(), before);
    // Demoted by the other admin, the caller acts as what they are now (U4), on the server too.
    d.ok(&["user", "set-role", &me, "operator"]);
    let demoted = rows();
    let e = d.fails(
        5,
        &["user", "add", "x", "--name", "X", "--role", "operator", "--dept", "it"],
    );
    assert!(e.contains("permission denied"), "{e}");
    assert_eq!(rows(), demoted);
}

#[test]
fn a1_many_writers_at_once_take_turns_and_the_chain_holds() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = app_desk(pg, "writers");
    d.ok(&["init"]);
    const WRITERS: usize = 8;
    let children: Vec<_> = (0..WRITERS)
        .map(|i| {
            let login = format!("op{i}");
            d.cmd(&[
                "user", "add", &login, "--name", &login, "--role", "operator", "--dept", "it",
            ])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let json = d.json(&["check", "--json"]);
    assert_eq!(json["server"]["tables"]["users"], WRITERS as i64 + 1);
    assert_eq!(json["server"]["tables"]["history"], WRITERS as i64 + 2);
    let copy = Desk::empty();
    d.ok(&["backup", copy.db.to_str().unwrap()]);
    let checked = copy.ok(&["check"]);
    assert!(checked.contains("check: ok"), "{checked}");
}

#[test]
fn a1_check_on_postgresql_finds_what_was_changed_behind_opsdesks_back() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = app_desk(pg, "checked");
    d.ok(&["init", "--name", "Test Admin"]);
    for step in STEPS {
        d.ok(step);
    }
    let out = d.ok(&["check"]);
    assert!(
        out.contains("check: ok: references, and 10 history rows replay to all 7 records"),
        "{out}"
    );
    assert!(out.contains("not checked: the server's own pages"), "{out}");
    // The head, read on the server, is the head of the same desk as a SQLite file.
    let head = d.ok(&["check", "--print-head"]);
    let id_hash = head.split_whitespace().nth(2).unwrap().to_string();
    let copy = Desk::empty();
    d.ok(&["backup", copy.db.to_str().unwrap()]);
    let copied = copy.ok(&["check", "--print-head"]);
    assert_eq!(copied.split_whitespace().nth(2), Some(id_hash.as_str()), "{copied}");
    d.ok(&["check", "--head", &id_hash]);
    // A history row and a record changed by someone who can switch the triggers off.
    let mut root = pg.connect("checked", common::pg::SUPERUSER);
    root.batch_execute(
        "ALTER TABLE history DISABLE TRIGGER USER;
         UPDATE history SET detail = 'forged' WHERE id = 4;
         ALTER TABLE history ENABLE TRIGGER USER;
         UPDATE users SET phone = '110' WHERE login = 'lilei';",
    )
    .unwrap();
    let out = d.run(&["check", "--head", &id_hash]);
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert_eq!(out.status.code(), Some(1), "{stdout}{stderr}");
    assert!(
        stdout.contains("hash chain broken at history row 4 (user 2, create by"),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("kept head {id_hash}: does not hold")),
        "{stdout}"
    );
    assert!(
        stdout.contains("user 2: phone: history says \"13800000002\", the record says \"110\""),
        "{stdout}"
    );
    assert!(stderr.contains("check failed"), "{stderr}");
    let out = d.run(&["check", "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["chain"]["break_count"], 1, "{json}");
    assert_eq!(json["finding_count"], 1, "{json}");
}
