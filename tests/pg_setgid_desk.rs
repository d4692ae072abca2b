//! The packaged desk's privilege boundary on a server (issues 17 and 20), with real Linux users
//! and a real PostgreSQL server: the system's config names the server desk and a password file
//! that only the desk's group may read; the setgid opsdesk reads it with the group, gives the
//! group up, and works for the operator as them. The operator cannot read the password, so
//! neither their own opsdesk nor any other client of theirs reaches the desk's database; a
//! password written into the system's config, or a password file every user may read, is
//! refused.
//!
//! Needs root (as tests/setgid_desk.rs) and PostgreSQL (as every tests/pg_*.rs).

mod common;

use std::process::Command;

use common::pg::{SUPERUSER, percent_encode};
use common::setgid::{must, set_mode, text};

const ROLE: &str = "desk_guarded";
const PASSWORD: &str = "s3cret-of-the-desk";

#[test]
fn i17_5_a_server_desk_is_reached_through_the_setgid_opsdesk_alone() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let Some(h) = common::setgid::host() else { return };
    pg.password_for(ROLE, PASSWORD);
    let db = "guarded";
    pg.connect("postgres", SUPERUSER)
        .batch_execute(&format!("CREATE DATABASE {db} OWNER {ROLE}"))
        .unwrap();

    // The password, for the group alone; the URL names its file.
    let passfile = h.base.join("etc/desk.pgpass");
    std::fs::write(&passfile, format!("# the desk's server\n*:*:{db}:{ROLE}:{PASSWORD}\n")).unwrap();
    must(Command::new("chgrp").arg(&h.group).arg(&passfile));
    set_mode(&passfile, 0o640);
    let socket = percent_encode(&pg.socket.display().to_string());
    let url = format!(
        "postgresql://{ROLE}@/{db}?host={socket}&passfile={}",
        passfile.display()
    );
    std::fs::write(h.system(), format!("[desk]\ndatabase = \"{url}\"\n")).unwrap();
    set_mode(&h.system(), 0o644);

    // The desk made through the setgid opsdesk, as the README has the administrator do it: who
    // runs `init` is its first admin. (Here the operator, who then adds root.)
    h.ok(&[], &["init", "--name", "Op"]);
    h.ok(
        &[],
        &[
            "user",
            "add",
            "root",
            "--name",
            "Root Admin",
            "--role",
            "admin",
            "--dept",
            "it",
        ],
    );

    // The operator's commands work, as them.
    h.first_incident_is_theirs();
    let (o, _) = h.ok(&[], &["check"]);
    assert!(o.lines().any(|l| l.starts_with("check: ok")), "{o}");

    // Their console, through the setgid opsdesk, follows what another process commits.
    if common::tmux::tmux_available() {
        let t = common::tmux::Tmux::new(&format!("pg-setgid-{}", std::process::id()));
        h.console(&t, &[]);
        t.wait_for("a", "CRM login fails");
        h.as_root(&common::new_incident_args("Billing run stalls", "-1m"));
        t.wait_for("a", "Billing run stalls");
        t.keys("a", &["q"]);
    }

    // A database they name is ignored, said so; the desk's is used.
    let elsewhere = format!("postgresql://{ROLE}@/postgres?host={socket}");
    let (o, warned) = h.ok(&[("OPSDESK_DB", &elsewhere)], &["incident", "list"]);
    assert!(o.contains("CRM login fails"), "{o}");
    assert!(warned.contains("is ignored"), "{warned}");

    // The password is the group's: the operator cannot read it…
    let cat = must(
        Command::new("runuser")
            .args(["-u", &h.user, "--", "sh", "-c"])
            .arg(format!(
                "if cat {} >/dev/null 2>&1; then echo readable; else echo refused; fi",
                passfile.display()
            )),
    );
    assert_eq!(cat.trim(), "refused");
    // …so an opsdesk of their own (not setgid) does not reach the desk, with the file or without.
    let plain = h.base.join("bin/plain-opsdesk");
    std::fs::copy(h.bin(), &plain).unwrap();
    set_mode(&plain, 0o755);
    for (at, says) in [
        (format!("postgresql://{ROLE}@/{db}?host={socket}"), "password"),
        (url.clone(), "the password file"),
    ] {
        let out = Command::new("runuser")
            .args(["-u", &h.user, "--", "env", "-i"])
            .arg(format!("HOME={}", h.home().display()))
            .arg(format!("OPSDESK_DB={at}"))
            .arg("OPSDESK_TEST_SYSTEM_CONFIG=/nonexistent")
            .arg(&plain)
            .args(["incident", "list"])
            .output()
            .unwrap();
        let (o, e) = text(&out);
        assert!(!out.status.success(), "{at}: {o}{e}");
        assert!(e.contains(says), "{at}: {e}");
        assert!(!o.contains(PASSWORD) && !e.contains(PASSWORD), "{e}");
    }

    // A password file every user may read is refused, naming it, the password not shown.
    set_mode(&passfile, 0o644);
    let out = h.run(&[], &["incident", "list"]);
    let (o, e) = text(&out);
    assert_eq!(out.status.code(), Some(5), "{o}{e}");
    assert!(
        e.contains(&passfile.display().to_string()) && e.contains("o-rwx"),
        "{e}"
    );
    assert!(!e.contains(PASSWORD), "{e}");
    set_mode(&passfile, 0o640);

    // A password in the system's config (which every user may read) is refused, and not shown.
    let inline = format!("postgresql://{ROLE}:{PASSWORD}@/{db}?host={socket}");
    std::fs::write(h.system(), format!("[desk]\ndatabase = \"{inline}\"\n")).unwrap();
    let out = h.run(&[], &["incident", "list"]);
    let (o, e) = text(&out);
    assert_eq!(out.status.code(), Some(5), "{o}{e}");
    assert!(e.contains("password file"), "{e}");
    assert!(!o.contains(PASSWORD) && !e.contains(PASSWORD), "{e}");
}
