//! A real PostgreSQL server for the tests (issue 20): one per test binary, made by `initdb` in a
//! scratch directory and started by `pg_ctl` on a private Unix socket (no TCP), stopped when the
//! binary exits. The server refuses to run as root: as root it runs as the system user
//! `opsdesk-pg` (made with useradd when missing, commands through runuser); as anyone else, as
//! the user running the tests. Its superuser is `opsdesk-pg` either way, trusted on the socket.
//!
//! Needs initdb and pg_ctl (on PATH or in /usr/lib/postgresql/*/bin; `.ci/run` installs Debian's
//! postgresql). Without them a test says it did not run and passes, unless OPSDESK_REQUIRE_PG=1
//! (CI), when it fails.
//!
//! A server left behind by a test binary that was killed is stopped by the next one: each scratch
//! directory records the pid of the binary that made it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Mutex, OnceLock};

use super::BIN;

/// The server's superuser, and the system user it runs as when the tests run as root.
pub const SUPERUSER: &str = "opsdesk-pg";
/// A role that is not a superuser: what an application connects as.
pub const APP_ROLE: &str = "desk_app";

const SCRATCH_PREFIX: &str = "opsdesk-pg-";

pub struct PgServer {
    base: PathBuf,
    bin: PathBuf,
    /// The socket directory.
    pub socket: PathBuf,
    as_root: bool,
}

static SERVER: OnceLock<Mutex<Option<PgServer>>> = OnceLock::new();

fn required() -> bool {
    std::env::var("OPSDESK_REQUIRE_PG").is_ok_and(|v| v == "1")
}

/// The directory of initdb and pg_ctl: PATH first, then Debian's versioned directories (newest).
fn find_bin() -> Option<PathBuf> {
    let on_path = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .unwrap_or_default();
    if let Some(dir) = on_path
        .into_iter()
        .find(|d| d.join("initdb").is_file() && d.join("pg_ctl").is_file())
    {
        // A symlink on PATH (/usr/local/bin/initdb): the directory it points into, where
        // postgres itself is.
        let real = std::fs::canonicalize(dir.join("initdb")).ok()?;
        return real.parent().map(Path::to_path_buf);
    }
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path().join("bin")))
        .filter(|d| d.join("initdb").is_file() && d.join("pg_ctl").is_file())
        .collect();
    versions.sort_by_key(|d| {
        d.parent()
            .and_then(|v| v.file_name())
            .and_then(|v| v.to_str())
            .and_then(|v| v.parse::<u32>().ok())
            .unwrap_or(0)
    });
    versions.pop()
}

/// The shared server of this test binary, started on first use; `None` (said why) without
/// PostgreSQL's programs here.
pub fn server() -> Option<std::sync::MutexGuard<'static, Option<PgServer>>> {
    let cell = SERVER.get_or_init(|| {
        let started = PgServer::start();
        if started.is_some() {
            // Statics are never dropped: stop the server when the test binary exits.
            extern "C" fn stop_at_exit() {
                if let Some(cell) = SERVER.get() {
                    // A test that failed while holding it poisoned it; the server goes all the same.
                    let mut guard = cell.lock().unwrap_or_else(|p| p.into_inner());
                    drop(guard.take());
                }
            }
            // SAFETY: registers a plain function with no arguments; it runs once at exit.
            unsafe { nix::libc::atexit(stop_at_exit) };
        }
        Mutex::new(started)
    });
    let guard = cell.lock().unwrap_or_else(|p| p.into_inner());
    guard.as_ref()?;
    Some(guard)
}

fn is_root() -> bool {
    nix::unistd::Uid::effective().is_root()
}

/// The system user the server runs as when the tests run as root: made when missing; false when
/// it cannot be (no useradd).
fn ensure_system_user() -> bool {
    let exists = || {
        Command::new("getent")
            .args(["passwd", SUPERUSER])
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if exists() {
        return true;
    }
    let Ok(out) = Command::new("useradd")
        .args([
            "--system",
            "-M",
            "-d",
            "/nonexistent",
            "-s",
            "/usr/sbin/nologin",
            SUPERUSER,
        ])
        .output()
    else {
        return false;
    };
    // Another test binary may have made it meanwhile.
    assert!(
        out.status.success() || exists(),
        "useradd {SUPERUSER}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    true
}

/// `/tmp/opsdesk-pg-*` directories whose test binary is gone: their servers are stopped and the
/// directories removed.
fn clear_leftovers(bin: &Path, as_root: bool) {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if !name.starts_with(SCRATCH_PREFIX) {
            continue;
        }
        let dir = e.path();
        let owner = std::fs::read_to_string(dir.join("owner.pid"))
            .ok()
            .and_then(|s| s.trim().parse::<i32>().ok());
        let alive = owner.is_some_and(|pid| nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), None).is_ok());
        if alive || owner.is_none() {
            continue;
        }
        let leftover = PgServer {
            base: dir,
            bin: bin.to_path_buf(),
            socket: PathBuf::new(),
            as_root,
        };
        drop(leftover);
    }
}

impl PgServer {
    fn start() -> Option<PgServer> {
        let as_root = is_root();
        let found = find_bin();
        let Some(bin) = found.filter(|_| !as_root || ensure_system_user()) else {
            assert!(
                !required(),
                "OPSDESK_REQUIRE_PG=1 but initdb and pg_ctl were not found (on PATH or in /usr/lib/postgresql/*/bin), or, as root, the user {SUPERUSER} could not be made (useradd)"
            );
            eprintln!(
                "PostgreSQL's initdb and pg_ctl not found (or, as root, no useradd to make {SUPERUSER}): the PostgreSQL tests did not run (install Debian's postgresql to run them)"
            );
            return None;
        };
        clear_leftovers(&bin, as_root);
        let base = tempfile::Builder::new()
            .prefix(SCRATCH_PREFIX)
            .tempdir()
            .expect("scratch dir")
            .keep();
        std::fs::write(base.join("owner.pid"), std::process::id().to_string()).expect("owner.pid");
        let socket = base.join("sock");
        std::fs::create_dir(&socket).expect("socket dir");
        let server = PgServer {
            base,
            bin,
            socket,
            as_root,
        };
        if as_root {
            let out = Command::new("chown")
                .args(["-R", SUPERUSER])
                .arg(&server.base)
                .output()
                .expect("chown");
            assert!(out.status.success(), "chown: {}", String::from_utf8_lossy(&out.stderr));
        }
        let data = server.base.join("data").display().to_string();
        server.ok(&[
            "initdb",
            "-D",
            &data,
            "--auth=trust",
            "-U",
            SUPERUSER,
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        ]);
        let options = format!(
            "-k {} -c listen_addresses='' -c fsync=off -c max_connections=40",
            server.socket.display()
        );
        let log = server.base.join("server.log").display().to_string();
        server.ok(&[
            "pg_ctl", "-D", &data, "-l", &log, "-w", "-t", "60", "-o", &options, "start",
        ]);
        let mut admin = server.connect("postgres", SUPERUSER);
        admin
            .batch_execute(&format!(
                "CREATE ROLE {APP_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE"
            ))
            .expect("create the application's role");
        Some(server)
    }

    /// Stop the server (fast: every connection is closed) and, after `down`, start it again:
    /// what a restart or a failover looks like to a client.
    pub fn restart(&self, down: std::time::Duration) {
        self.stop_and_start("fast", down);
    }

    /// Kill the server as a crash or a power cut would (`-m immediate`: no checkpoint, every
    /// backend gone at once; it replays its WAL when started) and start it again after `down`.
    pub fn crash(&self, down: std::time::Duration) {
        self.stop_and_start("immediate", down);
    }

    fn stop_and_start(&self, mode: &str, down: std::time::Duration) {
        self.start_again(mode, down, "-c listen_addresses=''");
    }

    /// Serve TCP on 127.0.0.1:`port` as well, with TLS only (`hostssl` in pg_hba.conf: a client
    /// that does not encrypt is turned away), with the server's `key` and `cert`. The socket
    /// moves with the port (`.s.PGSQL.<port>`): make the databases first.
    pub fn serve_tls(&self, port: u16, key: &Path, cert: &Path) {
        let data = self.base.join("data");
        let files = [
            (data.join("server.key"), std::fs::read(key).unwrap()),
            (data.join("server.crt"), std::fs::read(cert).unwrap()),
            (
                data.join("pg_hba.conf"),
                b"local all all trust\nhostssl all all 127.0.0.1/32 trust\n".to_vec(),
            ),
        ];
        for (path, bytes) in &files {
            std::fs::write(path, bytes).unwrap();
            std::fs::set_permissions(path, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
            if self.as_root {
                let user = nix::unistd::User::from_name(SUPERUSER).unwrap().unwrap();
                nix::unistd::chown(path, Some(user.uid), Some(user.gid)).unwrap();
            }
        }
        let options = format!(
            "-c listen_addresses=127.0.0.1 -c port={port} -c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key"
        );
        self.start_again("fast", std::time::Duration::ZERO, &options);
    }

    fn start_again(&self, mode: &str, down: std::time::Duration, listen: &str) {
        let data = self.base.join("data").display().to_string();
        self.ok(&["pg_ctl", "-D", &data, "-m", mode, "-w", "stop"]);
        std::thread::sleep(down);
        let options = format!(
            "-k {} {listen} -c fsync=off -c max_connections=40",
            self.socket.display()
        );
        let log = self.base.join("server.log").display().to_string();
        self.ok(&[
            "pg_ctl", "-D", &data, "-l", &log, "-w", "-t", "60", "-o", &options, "start",
        ]);
    }

    /// Run one of the server's programs, as the server's user.
    fn run(&self, args: &[&str]) -> Output {
        let program = self.bin.join(args[0]);
        let mut c = if self.as_root {
            let mut c = Command::new("runuser");
            c.args(["-u", SUPERUSER, "--"]).arg(program);
            c
        } else {
            Command::new(program)
        };
        c.args(&args[1..]).current_dir(&self.base);
        c.output().expect("run a PostgreSQL program")
    }

    fn ok(&self, args: &[&str]) {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?}: {}{}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr),
            std::fs::read_to_string(self.base.join("server.log")).unwrap_or_default()
        );
    }

    /// `postgresql://ROLE@/DB?host=<socket dir, percent-encoded>`.
    pub fn url_as(&self, db: &str, role: &str) -> String {
        format!(
            "postgresql://{role}@/{db}?host={}",
            percent_encode(&self.socket.display().to_string())
        )
    }

    /// The superuser's URL of `db`.
    pub fn url(&self, db: &str) -> String {
        self.url_as(db, SUPERUSER)
    }

    pub fn connect(&self, db: &str, role: &str) -> postgres::Client {
        postgres::Client::connect(&self.url_as(db, role), postgres::NoTls)
            .unwrap_or_else(|e| panic!("connect to {db} as {role}: {e}"))
    }

    /// Let every local user reach the server's socket (the scratch directory is its owner's
    /// alone) and have `role` prove itself there with `password` (SCRAM), everyone else
    /// trusted as before: a server a desk's setgid opsdesk reaches with a password.
    pub fn password_for(&self, role: &str, password: &str) {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&self.base, std::fs::Permissions::from_mode(0o711)).unwrap();
        let hba = self.base.join("data/pg_hba.conf");
        let before = std::fs::read_to_string(&hba).unwrap();
        std::fs::write(&hba, format!("local all {role} scram-sha-256\n{before}")).unwrap();
        let mut admin = self.connect("postgres", SUPERUSER);
        admin
            .batch_execute(&format!(
                "CREATE ROLE {role} LOGIN PASSWORD '{password}'; SELECT pg_reload_conf();"
            ))
            .unwrap_or_else(|e| panic!("role {role}: {e}"));
    }

    /// A new, empty database owned by the application's role; its name.
    pub fn fresh_db(&self, name: &str) -> String {
        let mut admin = self.connect("postgres", SUPERUSER);
        admin
            .batch_execute(&format!("CREATE DATABASE {name} OWNER {APP_ROLE}"))
            .unwrap_or_else(|e| panic!("create database {name}: {e}"));
        name.to_string()
    }
}

impl Drop for PgServer {
    fn drop(&mut self) {
        let data = self.base.join("data");
        if data.join("postmaster.pid").exists() {
            let data = data.display().to_string();
            let _ = self.run(&["pg_ctl", "-D", &data, "-m", "immediate", "-w", "stop"]);
        }
        let _ = std::fs::remove_dir_all(&self.base);
    }
}

/// A scratch home and config for the binary, and the desk's URL.
pub struct PgDesk {
    pub dir: tempfile::TempDir,
    pub url: String,
}

impl PgDesk {
    pub fn new(url: String) -> PgDesk {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("config.toml"), "# defaults\n").unwrap();
        PgDesk { dir, url }
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(BIN);
        c.args(args)
            .env("OPSDESK_DB", &self.url)
            .env("OPSDESK_CONFIG", self.dir.path().join("config.toml"))
            .env("HOME", self.dir.path())
            .env_remove("LANG");
        c
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().unwrap()
    }

    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?}: {:?}\n{}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// `incident new` of a billing fault received at `received_at`; its id.
    pub fn new_incident(&self, title: &str, received_at: &str) -> i64 {
        let out = self.ok(&super::new_incident_args(title, received_at));
        out.trim()
            .parse()
            .unwrap_or_else(|e| panic!("incident new said {out:?}: {e}"))
    }

    /// Exit `code`; returns stderr.
    pub fn fails(&self, code: i32, args: &[&str]) -> String {
        let out = self.run(args);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        stderr
    }

    /// Run, require exit 0, and read stdout as JSON.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let out = self.ok(args);
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: {e}: {out}"))
    }
}

/// Everything but unreserved characters as %XX (a socket directory in a URL's host).
pub fn percent_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The shared server of this test binary, or return from the test (said why) where PostgreSQL's
/// programs are not here.
#[macro_export]
macro_rules! pg_server {
    () => {
        match common::pg::server() {
            Some(guard) => guard,
            None => return,
        }
    };
}

/// A fresh database `name`, `init`ed by the CLI as tests/common's SQLite desks are (the test's
/// login is its admin, Test Admin), reached as the application's role.
pub fn init_desk(pg: &PgServer, name: &str) -> PgDesk {
    let d = app_desk(pg, name);
    d.ok(&["init", "--name", "Test Admin"]);
    d
}

/// The desk at `url` through the library (not the CLI), on a connection of its own.
pub fn open_desk(url: &str) -> opsdesk::ops::pg_desk::PgDesk {
    let url = opsdesk::store::engine::PgUrl::parse(url, "the test").unwrap();
    opsdesk::ops::pg_desk::PgDesk::open(&url, opsdesk::config::Config::defaults(), false).unwrap()
}

/// A fresh database `name` owned by the application's role, and a desk that connects as that role.
pub fn app_desk(pg: &PgServer, name: &str) -> PgDesk {
    let db = pg.fresh_db(name);
    PgDesk::new(pg.url_as(&db, APP_ROLE))
}

// What the engine comparisons read and compare, kept apart (tests/common/pg_compare.rs); named
// from here, where the tests look for them.
#[allow(unused_imports)] // not every test binary compares
pub use super::pg_compare::*;
