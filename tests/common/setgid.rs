//! A real Linux user who is not in the desk's group, and a copy of the binary setgid to that
//! group (issue 17, item 5): for the tests of the packaged desk's privilege boundary, on a SQLite
//! file (tests/setgid_desk.rs) and on a server (tests/pg_setgid_desk.rs).

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use super::BIN;

pub struct Host {
    pub base: PathBuf,
    pub group: String,
    pub user: String,
}

impl Drop for Host {
    fn drop(&mut self) {
        // A console may take a moment to go after its terminal did.
        let started = std::time::Instant::now();
        while !Command::new("userdel")
            .arg(&self.user)
            .output()
            .is_ok_and(|o| o.status.success())
        {
            if started.elapsed() > std::time::Duration::from_secs(10) {
                let _ = Command::new("userdel").args(["-f", &self.user]).output();
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(200));
        }
        let _ = Command::new("groupdel").arg(&self.group).output();
        let _ = std::fs::remove_dir_all(&self.base);
    }
}

pub fn must(c: &mut Command) -> String {
    let out = c.output().expect("run");
    assert!(
        out.status.success(),
        "{c:?}: {:?}\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn text(out: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

impl Host {
    pub fn bin(&self) -> PathBuf {
        self.base.join("bin/opsdesk")
    }
    pub fn system(&self) -> PathBuf {
        self.base.join("etc/config.toml")
    }
    pub fn db(&self) -> PathBuf {
        self.base.join("desk/desk.db")
    }
    pub fn home(&self) -> PathBuf {
        self.base.join("home")
    }

    /// The setgid opsdesk as root (root is not bound: as today).
    pub fn as_root(&self, args: &[&str]) -> String {
        must(
            Command::new(self.bin())
                .args(args)
                .env_clear()
                .env("PATH", "/usr/bin:/bin")
                .env("HOME", self.base.join("root-home"))
                .env("OPSDESK_TEST_SYSTEM_CONFIG", self.system()),
        )
    }

    /// The setgid opsdesk as the operator, with `env` besides a clean environment.
    pub fn run(&self, env: &[(&str, &str)], args: &[&str]) -> Output {
        let mut c = Command::new("runuser");
        c.args(["-u", &self.user, "--", "env", "-i"])
            .arg(format!("HOME={}", self.home().display()))
            .arg("PATH=/usr/bin:/bin")
            .arg(format!("OPSDESK_TEST_SYSTEM_CONFIG={}", self.system().display()))
            .args(env.iter().map(|(k, v)| format!("{k}={v}")))
            .arg(self.bin())
            .args(args);
        c.output().expect("runuser")
    }

    pub fn ok(&self, env: &[(&str, &str)], args: &[&str]) -> (String, String) {
        let out = self.run(env, args);
        let (o, e) = text(&out);
        assert!(out.status.success(), "opsdesk {args:?}: {:?}\n{o}{e}", out.status);
        (o, e)
    }

    /// The operator's console through the setgid opsdesk, in English, in the window `a` of a new
    /// session of `t` (160x48); `env` besides a clean environment.
    pub fn console(&self, t: &super::tmux::Tmux, env: &[String]) {
        let console = format!(
            "runuser -u {} -- env -i HOME={} PATH=/usr/bin:/bin TERM=xterm-256color LANG=C.UTF-8 {} OPSDESK_TEST_SYSTEM_CONFIG={} {} --lang en",
            self.user,
            self.home().display(),
            env.join(" "),
            self.system().display(),
            self.bin().display()
        );
        t.tmux(&[
            "new-session",
            "-d",
            "-s",
            "e2e",
            "-n",
            "a",
            "-x",
            "160",
            "-y",
            "48",
            &console,
        ]);
    }

    /// The operator records the desk's first incident, and the history names them.
    pub fn first_incident_is_theirs(&self) {
        let new = super::new_incident_args("CRM login fails", "-2m");
        let (o, _) = self.ok(&[], &new);
        assert_eq!(o.trim(), "1", "{o}");
        let (o, _) = self.ok(&[], &["history", "incident", "1"]);
        assert!(o.contains(&self.user), "recorded as the operator: {o}");
    }

    pub fn refused(&self, args: &[&str]) -> String {
        let out = self.run(&[], args);
        let (o, e) = text(&out);
        assert_eq!(out.status.code(), Some(5), "opsdesk {args:?} must be refused: {o}{e}");
        e
    }
}

pub fn set_mode(p: &Path, mode: u32) {
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
}

pub fn gid_of(group: &str) -> u32 {
    let line = must(Command::new("getent").args(["group", group]));
    line.split(':').nth(2).unwrap().trim().parse().unwrap()
}

/// The operator, the group and the setgid copy of the binary (root:GROUP 2755) under a fresh
/// directory; `None` (said) without root, which `OPSDESK_REQUIRE_USERS=1` makes a failure.
pub fn host() -> Option<Host> {
    let required = std::env::var("OPSDESK_REQUIRE_USERS").is_ok_and(|v| v == "1");
    let tools = ["useradd", "groupadd", "userdel", "groupdel", "runuser", "getent"]
        .iter()
        .all(|t| {
            Command::new("sh")
                .args(["-c", &format!("command -v {t} || test -x /usr/sbin/{t}")])
                .output()
                .is_ok_and(|o| o.status.success())
        });
    if !nix::unistd::geteuid().is_root() || !tools {
        assert!(
            !required,
            "OPSDESK_REQUIRE_USERS=1 but the setgid desk test needs root, useradd and runuser"
        );
        eprintln!("skipped: the setgid desk test needs root (and useradd, runuser): it did not run");
        return None;
    }
    let tag = format!(
        "{:x}",
        std::process::id() ^ chrono::Utc::now().timestamp_subsec_micros()
    );
    let host = Host {
        base: PathBuf::from(format!("/tmp/opsdesk-setgid-{tag}")),
        group: format!("odsg{tag}"),
        user: format!("odsu{tag}"),
    };
    for d in ["", "bin", "etc", "root-home"] {
        std::fs::create_dir_all(host.base.join(d)).unwrap();
        set_mode(&host.base.join(d), 0o755);
    }
    must(Command::new("groupadd").arg(&host.group));
    must(Command::new("useradd").args(["-M", "-N", "-s", "/bin/sh", &host.user]));
    std::fs::create_dir(host.home()).unwrap();
    must(Command::new("chown").arg(&host.user).arg(host.home()));
    // The package's layout: the binary root:GROUP 2755, the desk's directory GROUP's 2770.
    std::fs::copy(BIN, host.bin()).unwrap();
    must(Command::new("chgrp").arg(&host.group).arg(host.bin()));
    set_mode(&host.bin(), 0o2755);
    Some(host)
}
