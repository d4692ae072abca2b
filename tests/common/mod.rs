//! Helpers for tests that run the real binary on real temporary files.
#![allow(dead_code)]

pub mod certs;
pub mod crash;
pub mod forge;
pub mod history_cases;
pub mod ledger;
pub mod pg;
pub mod pg_compare;
pub mod requests;
pub mod setgid;
pub mod smtp;
pub mod tmux;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const BIN: &str = env!("CARGO_BIN_EXE_opsdesk");

/// `incident new` of a billing fault by phone, received at `received_at`: the fewest fields.
pub fn new_incident_args<'a>(title: &'a str, received_at: &'a str) -> [&'a str; 12] {
    [
        "incident",
        "new",
        "--title",
        title,
        "--service",
        "billing",
        "--category",
        "application",
        "--channel",
        "phone",
        "--received-at",
        received_at,
    ]
}

/// A temporary desk: its directory, database path and (empty) config path.
pub struct Desk {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
    pub config: PathBuf,
}

impl Desk {
    /// A fresh directory with no database yet.
    pub fn empty() -> Desk {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("desk.db");
        let config = dir.path().join("config.toml");
        std::fs::write(&config, "# the desk's own settings: none, the defaults apply\n").expect("write config");
        Desk { dir, db, config }
    }

    /// `opsdesk init`: the current login is admin.
    pub fn init() -> Desk {
        let d = Desk::empty();
        d.ok(&["init", "--name", "Test Admin"]);
        d
    }

    /// `opsdesk demo` with the current login in `role`.
    pub fn demo(role: &str) -> Desk {
        let d = Desk::empty();
        d.ok(&["demo", "--role", role]);
        d
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(BIN);
        c.args(args)
            .env("OPSDESK_DB", &self.db)
            .env("OPSDESK_CONFIG", &self.config)
            .env_remove("LANG")
            .env("HOME", self.dir.path());
        c
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().expect("run opsdesk")
    }

    /// Run and require exit 0; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "opsdesk {args:?} failed with {:?}\nstdout: {}\nstderr: {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }

    /// Run and require exit `code`; returns stderr.
    pub fn fails(&self, code: i32, args: &[&str]) -> String {
        let out = self.run(args);
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert_eq!(
            out.status.code(),
            Some(code),
            "opsdesk {args:?}: expected exit {code}\nstdout: {}\nstderr: {stderr}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert!(!stderr.contains("panicked"), "panic: {stderr}");
        stderr
    }

    /// Run with `--json` appended and parse.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut a = args.to_vec();
        a.push("--json");
        serde_json::from_str(&self.ok(&a)).expect("valid JSON")
    }

    /// `incident new` with the minimum fields; returns the id.
    pub fn new_incident(&self, title: &str, received_at: &str) -> i64 {
        let out = self.ok(&new_incident_args(title, received_at));
        out.trim().parse().expect("an id")
    }

    /// `opsdesk user add` of someone in the IT department, with a phone and an e-mail address
    /// (either may be empty).
    pub fn add_person(&self, login: &str, name: &str, role: &str, phone: &str, email: &str) {
        let mut args = vec!["user", "add", login, "--name", name, "--role", role, "--dept", "it"];
        if !phone.is_empty() {
            args.extend(["--phone", phone]);
        }
        if !email.is_empty() {
            args.extend(["--email", email]);
        }
        self.ok(&args);
    }

    pub fn write_config(&self, text: &str) {
        std::fs::write(&self.config, text).expect("write config");
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }
}

/// The login the tests run as.
pub fn login() -> String {
    nix::unistd::User::from_uid(nix::unistd::Uid::current())
        .unwrap()
        .unwrap()
        .name
}

/// Another process that has the SQLite database at `path` open, and has read from it, until
/// dropped: what a console or a `tick` looks like to the kernel. It is this test binary run
/// again as a child, in [`holder_child`] (`in_use_by` rightly ignores the test process's own
/// locks).
pub struct Holder {
    child: std::process::Child,
    pub pid: u32,
}

impl Holder {
    pub fn open(path: &Path) -> Holder {
        use std::io::BufRead;
        let mut child = Command::new(std::env::current_exe().expect("the test binary"))
            .args([
                "--exact",
                "common::holder_child",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("OPSDESK_TEST_HOLD", path)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawn the holder");
        let mut out = std::io::BufReader::new(child.stdout.take().expect("piped stdout"));
        let mut line = String::new();
        loop {
            line.clear();
            assert_ne!(
                out.read_line(&mut line).expect("read the holder"),
                0,
                "the holder exited"
            );
            // libtest may print "test NAME ... " on the same line first.
            if line.trim_end().ends_with("holding") {
                break;
            }
        }
        let pid = child.id();
        Holder { child, pid }
    }
}

impl Drop for Holder {
    fn drop(&mut self) {
        drop(self.child.stdin.take());
        let _ = self.child.wait();
    }
}

#[test]
#[ignore = "a helper: Holder runs it in a child process"]
fn holder_child() {
    let Some(path) = std::env::var_os("OPSDESK_TEST_HOLD") else {
        return;
    };
    let c = rusqlite::Connection::open(path).expect("open the database to hold");
    let _: i64 = c
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
        .expect("read it");
    println!("holding");
    let mut rest = String::new();
    let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut rest);
}

/// A PID no process has: a child that has already exited and been reaped.
pub fn dead_pid() -> u32 {
    let mut child = Command::new("true").spawn().expect("spawn true");
    let pid = child.id();
    child.wait().expect("reap");
    pid
}
