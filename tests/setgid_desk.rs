//! The packaged desk's privilege boundary (issue 17, item 5), on real Linux users: a copy of
//! the binary setgid to a fresh group, the desk in a 2770 directory of that group, and an
//! operator who is not in it. The operator's commands work; their own access to the file is
//! refused by the kernel; what opsdesk runs for them (a gateway program) runs without the group;
//! their config may set only their own keys; `$OPSDESK_DB` and `$OPSDESK_CONFIG` are ignored; a
//! system config others may write is refused; their console works and their `$EDITOR` runs
//! without the group (in tmux).
//!
//! It needs root. Without it, it says it did not run; with OPSDESK_REQUIRE_USERS=1 (`.ci/run`
//! sets it as root) that is a failure. The user and the group are removed at the end, also when
//! the test fails.

mod common;

use std::os::unix::fs::MetadataExt;
use std::process::Command;

use common::setgid::{Host, gid_of, must, set_mode, text};

fn setup() -> Option<Host> {
    let host = common::setgid::host()?;
    let desk = host.base.join("desk");
    std::fs::create_dir(&desk).unwrap();
    must(Command::new("chgrp").arg(&host.group).arg(&desk));
    set_mode(&desk, 0o2770);
    // A gateway program that says which groups it runs with and whether it can read the desk.
    let gateway = host.base.join("bin/gateway");
    std::fs::write(
        &gateway,
        format!(
            "#!/bin/sh\ncat >/dev/null\n{{ id -G; if cat {} >/dev/null 2>&1; then echo db-readable; else echo db-refused; fi; if ls -l /proc/$$/fd | grep -q desk.db; then echo db-inherited; fi; }} > {}/gateway.txt\necho accepted\n",
            host.db().display(),
            host.home().display()
        ),
    )
    .unwrap();
    set_mode(&gateway, 0o755);
    std::fs::write(
        host.system(),
        format!(
            "[desk]\ndatabase = \"{}\"\n\n[notify]\nsms = \"command\"\n\n[notify.command]\nprogram = \"{}\"\n",
            host.db().display(),
            gateway.display()
        ),
    )
    .unwrap();
    set_mode(&host.system(), 0o644);
    Some(host)
}

#[test]
fn i17_5_an_operator_uses_the_desk_through_opsdesk_alone() {
    let Some(h) = setup() else { return };
    h.as_root(&["init", "--name", "Root Admin"]);
    h.as_root(&[
        "user", "add", &h.user, "--name", "Op", "--role", "operator", "--dept", "it",
    ]);
    let meta = std::fs::metadata(h.db()).unwrap();
    assert_eq!((meta.mode() & 0o777, meta.gid()), (0o660, gid_of(&h.group)));

    // The kernel refuses the operator the file itself.
    let cat = must(
        Command::new("runuser")
            .args(["-u", &h.user, "--", "sh", "-c"])
            .arg(format!(
                "if cat {} >/dev/null 2>&1; then echo readable; else echo refused; fi",
                h.db().display()
            )),
    );
    assert_eq!(cat.trim(), "refused");

    // Their commands work, as them.
    h.first_incident_is_theirs();

    // Written after the group went, and checkpointed into the file when their opsdesk closed
    // it: the database file alone (no -wal) has it.
    let copy = h.base.join("root-home/copy.db");
    std::fs::copy(h.db(), &copy).unwrap();
    let empty = h.base.join("root-home/empty.toml");
    std::fs::write(&empty, "").unwrap();
    let listed = h.as_root(&[
        "--db",
        copy.to_str().unwrap(),
        "--config",
        empty.to_str().unwrap(),
        "incident",
        "list",
    ]);
    assert!(listed.contains("CRM login fails"), "{listed}");
    // And more writes after that, on the same desk, and the desk's own check.
    h.ok(&[], &["incident", "note", "1", "called back"]);
    let (o, _) = h.ok(&[], &["check"]);
    assert!(o.lines().any(|l| l.starts_with("check: ok")), "{o}");

    // Their own config may set only their keys; the gateway it names is ignored, said with
    // the file, the line and the key.
    let own = h.home().join(".config/opsdesk");
    std::fs::create_dir_all(&own).unwrap();
    std::fs::write(
        own.join("config.toml"),
        "[desk]\nbell = false\n[notify.command]\nprogram = \"/tmp/evil\"\n",
    )
    .unwrap();
    must(Command::new("chown").args(["-R", &h.user]).arg(h.home()));
    let (shown, warned) = h.ok(&[], &["config", "show"]);
    assert!(
        warned.contains(&format!(
            "{}:4: notify.command.program is ignored",
            own.join("config.toml").display()
        )),
        "{warned}"
    );
    assert!(
        shown.contains(&format!(
            "notify.command.program = \"{}/bin/gateway\"",
            h.base.display()
        )),
        "{shown}"
    );
    assert!(shown.contains("desk.bell = false"), "{shown}");

    // $OPSDESK_DB and $OPSDESK_CONFIG pointing elsewhere: ignored, with a warning.
    let elsewhere = h.home().join("mine.db");
    let (o, warned) = h.ok(
        &[
            ("OPSDESK_DB", elsewhere.to_str().unwrap()),
            ("OPSDESK_CONFIG", own.join("config.toml").to_str().unwrap()),
        ],
        &["incident", "list"],
    );
    assert!(o.contains("CRM login fails"), "{o}");
    assert!(
        warned.contains("--db / $OPSDESK_DB") && warned.contains("is ignored"),
        "{warned}"
    );
    assert!(warned.contains("--config / $OPSDESK_CONFIG"), "{warned}");
    assert!(!elsewhere.exists());

    // What opsdesk runs for them runs without the desk's group, and cannot open the desk.
    let (o, _) = h.ok(&[], &["notify", "test", "--sms", "--to", "13800000009"]);
    assert!(o.contains("sent to"), "{o}");
    let said = std::fs::read_to_string(h.home().join("gateway.txt")).unwrap();
    let gid = gid_of(&h.group).to_string();
    assert!(
        !said.split_whitespace().any(|g| g == gid),
        "the gateway had the group: {said}"
    );
    assert!(said.contains("db-refused"), "{said}");
    assert!(
        !said.contains("db-inherited"),
        "the desk's files are closed on exec: {said}"
    );

    // A backup goes where they name, written as them: not in the desk's group, and not into the
    // desk's directory.
    let backup = h.home().join("copy.db");
    h.ok(&[], &["backup", backup.to_str().unwrap()]);
    assert_ne!(std::fs::metadata(&backup).unwrap().gid(), gid_of(&h.group));
    let out = h.run(&[], &["backup", h.base.join("desk/planted.db").to_str().unwrap()]);
    assert!(!out.status.success(), "{:?}", text(&out));

    // The engine sends, not the operator's commands.
    for args in [
        &["send"][..],
        &["engine"],
        &["restore", backup.to_str().unwrap()],
        &["demo"],
    ] {
        let e = h.refused(args);
        assert!(e.contains("is not run by the desk's setgid opsdesk"), "{e}");
    }
    let (_, e) = h.ok(&[], &["tick"]);
    assert!(
        e.contains("the opsdesk-engine service sends the desk's messages"),
        "{e}"
    );
}

#[test]
fn i17_5_a_system_config_others_may_write_is_refused() {
    let Some(h) = setup() else { return };
    h.as_root(&["init", "--name", "Root Admin"]);
    h.as_root(&[
        "user", "add", &h.user, "--name", "Op", "--role", "operator", "--dept", "it",
    ]);
    h.ok(&[], &["incident", "list"]);
    set_mode(&h.system(), 0o666);
    let e = h.refused(&["incident", "list"]);
    assert!(e.contains("may be written by others than root (mode 666)"), "{e}");
    set_mode(&h.system(), 0o644);
    must(Command::new("chown").arg(&h.user).arg(h.base.join("etc")));
    let e = h.refused(&["incident", "list"]);
    assert!(e.contains("etc is not root's"), "{e}");
    must(Command::new("chown").arg("root").arg(h.base.join("etc")));
    // A config naming no database: the desk's opsdesk opens nothing else.
    std::fs::write(h.system(), "[desk]\nname = \"No database\"\n").unwrap();
    let out = h.run(&[], &["incident", "list"]);
    assert!(text(&out).1.contains("names no [desk] database"), "{:?}", text(&out));
}

#[test]
fn i17_5_the_operators_console_works_and_their_editor_runs_without_the_group() {
    if !common::tmux::tmux_available() {
        return;
    }
    let Some(h) = setup() else { return };
    let db = h.db().display().to_string();
    h.as_root(&["demo", "--role", "admin", "--db", &db]);
    h.as_root(&[
        "user",
        "add",
        &h.user,
        "--name",
        "Op",
        "--role",
        "supervisor",
        "--dept",
        "it",
    ]);
    // The "editor": says which groups it has and whether it can read the desk, then edits.
    let editor = h.base.join("bin/editor");
    std::fs::write(
        &editor,
        format!(
            "#!/bin/sh\n{{ id -G; if cat {db} >/dev/null 2>&1; then echo db-readable; else echo db-refused; fi; }} > {}/editor.txt\nsed -i 's/请相关部门知悉/请各部门务必知悉/' \"$1\"\n",
            h.home().display()
        ),
    )
    .unwrap();
    set_mode(&editor, 0o755);
    let t = common::tmux::Tmux::new(&format!("setgid-{}", std::process::id()));
    h.console(&t, &[format!("EDITOR={}", editor.display())]);
    t.wait_for("a", "Open incidents");
    t.wait_for(
        "a",
        "Messages are sent by the opsdesk-engine service, not by this console.",
    );
    t.keys("a", &["5"]);
    t.wait_for("a", "Outbox: needs a person");
    t.keys("a", &["e"]);
    t.wait_for("a", "edited by hand");
    let said = std::fs::read_to_string(h.home().join("editor.txt")).unwrap();
    let gid = gid_of(&h.group).to_string();
    assert!(
        !said.split_whitespace().any(|g| g == gid),
        "the editor had the group: {said}"
    );
    assert!(said.contains("db-refused"), "{said}");
    t.keys("a", &["q"]);
}
