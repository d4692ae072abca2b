//! A desk shared by several Linux users through a Unix group, set up exactly as the README says
//! (issue 21, item 15): whoever sends first makes the spool directory, with whatever umask they
//! have, and every other operator must still be able to send through it.
//!
//! The acceptance test creates real users and a group, so it needs root (or `sudo -n`). Without
//! it, it says it did not run; with OPSDESK_REQUIRE_USERS=1 (`.ci/run` sets it when it runs as
//! root) that is a failure. The users and the group have names unique to the run and are removed
//! at the end, also when the test fails.

mod common;

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use common::{BIN, Desk};
use serde_json::Value;

/// Run `BIN args` for `d` with umask `mask`.
fn with_umask(d: &Desk, mask: &str, args: &[&str]) -> Output {
    let mut c = d.cmd(&[]);
    let env: Vec<(std::ffi::OsString, std::ffi::OsString)> = c
        .get_envs()
        .filter_map(|(k, v)| Some((k.to_os_string(), v?.to_os_string())))
        .collect();
    c = Command::new("sh");
    c.arg("-c")
        .arg(format!("umask {mask}; exec \"$0\" \"$@\""))
        .arg(BIN)
        .args(args)
        .envs(env)
        .env_remove("LANG");
    c.output().unwrap()
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().mode() & 0o7777
}

#[test]
fn i21_15_the_spool_takes_the_database_group_mode_whatever_the_umask() {
    let d = Desk::init();
    d.add_person("sup1", "主管陈静", "supervisor", "13800000001", "chenjing@example.com");
    let spool = d.path().join("desk.spool");
    // An older opsdesk made it under a umask of 027: its owner's next send repairs it.
    std::fs::create_dir(&spool).unwrap();
    std::fs::set_permissions(&spool, std::fs::Permissions::from_mode(0o750)).unwrap();
    d.new_incident("计费系统批价超时", "-6m");
    let out = with_umask(&d, "077", &["send"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(mode(&d.db), 0o660);
    assert_eq!(
        mode(&spool),
        0o2770,
        "the desk's group may write it, and new files get the group"
    );
    let files: Vec<PathBuf> = std::fs::read_dir(&spool).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(files.len(), 2, "{files:?}");
    for f in &files {
        assert_eq!(mode(f), 0o660, "{}", f.display());
        assert_eq!(
            std::fs::metadata(f).unwrap().gid(),
            std::fs::metadata(&d.db).unwrap().gid()
        );
    }
    // A spool made fresh, under a umask that would keep the group out.
    std::fs::remove_dir_all(&spool).unwrap();
    d.new_incident("CRM 登录失败", "-6m");
    let out = with_umask(&d, "077", &["tick"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(mode(&spool), 0o2770);
}

/// How this test becomes root: nothing when it is, `sudo -n` when that works; `None` otherwise.
fn root_prefix() -> Option<Vec<String>> {
    if nix::unistd::geteuid().is_root() {
        return Some(Vec::new());
    }
    let sudo = Command::new("sudo").args(["-n", "true"]).output();
    sudo.is_ok_and(|o| o.status.success())
        .then(|| vec!["sudo".to_string(), "-n".to_string()])
}

/// The run's users, group, console and files, removed when dropped (a failed assertion too).
struct Host {
    root: Vec<String>,
    group: String,
    users: Vec<String>,
    tmux: Option<String>,
    base: PathBuf,
}

impl Host {
    fn command(&self, program: &str) -> Command {
        let mut c = match self.root.split_first() {
            Some((first, rest)) => {
                let mut c = Command::new(first);
                c.args(rest).arg(program);
                c
            }
            None => Command::new(program),
        };
        c.env_remove("OPSDESK_DB").env_remove("OPSDESK_CONFIG");
        c
    }

    /// Run a command as root; it must succeed.
    fn root(&self, program: &str, args: &[&str]) -> String {
        let out = self.command(program).args(args).output().expect(program);
        assert!(
            out.status.success(),
            "{program} {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn home(&self, user: &str) -> PathBuf {
        self.base.join(format!("home-{user}"))
    }

    fn bin(&self) -> PathBuf {
        self.base.join("bin/opsdesk")
    }

    fn desk(&self) -> PathBuf {
        self.base.join("desk")
    }

    /// The environment a user of the desk has, as the README says (`OPSDESK_DB`, one config).
    fn env(&self, user: &str) -> Vec<String> {
        vec![
            format!("HOME={}", self.home(user).display()),
            format!("USER={user}"),
            format!("LOGNAME={user}"),
            "PATH=/usr/local/bin:/usr/bin:/bin".into(),
            "LANG=C.UTF-8".into(),
            "TERM=xterm-256color".into(),
            format!("OPSDESK_DB={}", self.desk().join("desk.db").display()),
            format!("OPSDESK_CONFIG={}", self.desk().join("config.toml").display()),
        ]
    }

    /// `opsdesk args` as `user`, with umask 022.
    fn run_as(&self, user: &str, args: &[&str]) -> Output {
        let mut c = self.command("runuser");
        c.args(["-u", user, "--", "env", "-i"])
            .args(self.env(user))
            .args(["sh", "-c", "umask 022; exec \"$0\" \"$@\""])
            .arg(self.bin())
            .args(args);
        c.output().expect("runuser")
    }

    /// `sh -c script` as `user`, in the same environment as [`Host::run_as`].
    fn run_shell(&self, user: &str, script: &str) -> Output {
        let mut c = self.command("runuser");
        c.args(["-u", user, "--", "env", "-i"])
            .args(self.env(user))
            .args(["sh", "-c", script]);
        c.output().expect("runuser")
    }

    fn ok_as(&self, user: &str, args: &[&str]) -> String {
        let out = self.run_as(user, args);
        assert!(
            out.status.success(),
            "{user}: opsdesk {args:?}: {:?}\n{}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn messages(&self, user: &str) -> Vec<Value> {
        let text = self.ok_as(user, &["outbox", "list", "--state", "all", "--limit", "1000", "--json"]);
        serde_json::from_str::<Value>(&text)
            .unwrap()
            .as_array()
            .unwrap()
            .clone()
    }

    fn tmux(&self, args: &[&str]) -> Output {
        let socket = self.tmux.clone().unwrap_or_default();
        self.command("tmux")
            .arg("-L")
            .arg(socket)
            .args(args)
            .output()
            .expect("tmux")
    }
}

impl Drop for Host {
    fn drop(&mut self) {
        if self.tmux.is_some() {
            // Nothing to do when no console was started (or tmux is missing).
            let _ = self
                .command("tmux")
                .arg("-L")
                .arg(self.tmux.clone().unwrap_or_default())
                .arg("kill-server")
                .output();
        }
        for user in &self.users {
            // A console may take a moment to go after its terminal did.
            let started = Instant::now();
            while !self
                .command("userdel")
                .arg(user)
                .output()
                .is_ok_and(|o| o.status.success())
            {
                if started.elapsed() > Duration::from_secs(10) {
                    let _ = self.command("userdel").args(["-f", user]).output();
                    break;
                }
                std::thread::sleep(Duration::from_millis(200));
            }
        }
        let _ = self.command("groupdel").arg(&self.group).output();
        let _ = self.command("rm").arg("-rf").arg(&self.base).output();
    }
}

fn tools_present() -> bool {
    [
        "useradd", "groupadd", "usermod", "userdel", "groupdel", "runuser", "install",
    ]
    .iter()
    .all(|t| {
        Command::new("sh")
            .args(["-c", &format!("command -v {t} || test -x /usr/sbin/{t}")])
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// Alice, Bob and Carol, in one group, sharing a desk made as the README says (Alice made it,
/// Bob is a supervisor, Carol a manager); `None` (said why) when users cannot be created here.
fn shared_desk() -> Option<(Host, [String; 3])> {
    let required = std::env::var("OPSDESK_REQUIRE_USERS").is_ok_and(|v| v == "1");
    let Some(root) = root_prefix().filter(|_| tools_present()) else {
        assert!(
            !required,
            "OPSDESK_REQUIRE_USERS=1 but this test cannot create users (needs root or sudo -n, useradd and runuser)"
        );
        eprintln!(
            "skipped: creating Linux users needs root or sudo -n (and useradd, runuser): the shared-desk test did not run"
        );
        return None;
    };
    let tag = format!(
        "{:x}",
        (std::process::id() as u64) << 16 ^ (chrono::Utc::now().timestamp_subsec_micros() as u64 & 0xffff)
    );
    let base = PathBuf::from(format!("/tmp/opsdesk-users-{tag}"));
    let mut host = Host {
        root,
        group: format!("odg{tag}"),
        users: Vec::new(),
        tmux: Some(format!("opsdesk-users-{tag}")),
        base,
    };
    let names = ["a", "b", "c"].map(|n| format!("od{tag}{n}"));
    let [alice, bob, carol] = &names;
    // Reachable by everyone: the base, the binary (the build's own target dir may not be).
    host.root("install", &["-d", "-m", "0755", &host.base.display().to_string()]);
    host.root(
        "install",
        &["-d", "-m", "0755", &host.base.join("bin").display().to_string()],
    );
    host.root("install", &["-m", "0755", BIN, &host.bin().display().to_string()]);
    // The README: a group, the operators in it, a setgid directory the group may write.
    host.root("groupadd", &[&host.group]);
    for u in &names {
        host.root("useradd", &["-M", "-N", "-s", "/bin/sh", u]);
        host.users.push(u.clone());
        host.root("usermod", &["-aG", &host.group, u]);
        let home = host.home(u).display().to_string();
        host.root("install", &["-d", "-m", "0700", "-o", u, &home]);
    }
    let desk = host.desk().display().to_string();
    host.root("install", &["-d", "-m", "2770", "-g", &host.group, &desk]);
    let config = host.desk().join("config.toml");
    host.root(
        "sh",
        &[
            "-c",
            &format!(
                "printf '[notify]\\nsend_every_seconds = 1\\n' > {} && chmod 0640 {0} && chgrp {} {0}",
                config.display(),
                host.group
            ),
        ],
    );
    host.ok_as(alice, &["init", "--name", "Alice"]);
    for (u, name, role, phone) in [
        (bob, "Bob", "supervisor", "13800000001"),
        (carol, "Carol", "manager", "13800000002"),
    ] {
        host.ok_as(
            alice,
            &[
                "user",
                "add",
                u,
                "--name",
                name,
                "--role",
                role,
                "--dept",
                "it",
                "--phone",
                phone,
                "--email",
                &format!("{u}@example.com"),
            ],
        );
    }
    Some((host, names))
}

#[test]
fn i21_15_three_users_of_one_group_all_send_through_the_spool() {
    let Some((host, names)) = shared_desk() else {
        return;
    };
    let [alice, bob, carol] = &names;
    let new = |who: &str, title: &str| {
        host.ok_as(
            who,
            &[
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
                "-6m",
            ],
        )
    };
    // Alice sends first: her tick makes the spool directory, with her umask of 022.
    new(alice, "Alice's incident");
    host.ok_as(alice, &["tick"]);
    // Then Bob and Carol send through it.
    new(bob, "Bob's incident");
    host.ok_as(bob, &["send"]);
    new(carol, "Carol's incident");
    host.ok_as(carol, &["tick"]);
    // And Carol's console, in a terminal of her own (with tmux; else her `send` stands in).
    let tmux = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !tmux {
        assert!(
            std::env::var_os("OPSDESK_REQUIRE_TMUX").is_none(),
            "OPSDESK_REQUIRE_TMUX is set but tmux was not found"
        );
        eprintln!("tmux not found: Carol's console did not run; her `send` stands in");
        new(bob, "Bob's second incident");
        host.ok_as(carol, &["send"]);
    }
    let mut console = vec![
        "new-session",
        "-d",
        "-s",
        "users",
        "-x",
        "160",
        "-y",
        "48",
        "runuser",
        "-u",
        carol,
        "--",
        "env",
        "-i",
    ]
    .into_iter()
    .map(String::from)
    .collect::<Vec<_>>();
    console.extend(host.env(carol));
    console.extend(["sh", "-c", "umask 022; exec \"$0\" \"$@\""].map(String::from));
    console.push(host.bin().display().to_string());
    console.extend(["--lang", "en"].map(String::from));
    let refs: Vec<&str> = console.iter().map(String::as_str).collect();
    if tmux {
        let started = host.tmux(&refs);
        assert!(
            started.status.success(),
            "tmux: {}",
            String::from_utf8_lossy(&started.stderr)
        );
        new(bob, "Bob's second incident");
    }
    let deadline = Instant::now() + Duration::from_secs(30);
    let all = loop {
        let all = host.messages(alice);
        // Until the console has sent both of Bob's second reports (SMS and e-mail) and nothing
        // is left half-way: one sent while the other is still sending is not the end.
        let by_console = all
            .iter()
            .filter(|m| m["subject"].as_str().unwrap_or("").contains("Bob's second incident") && m["state"] == "sent")
            .count()
            >= 2;
        let settled = all.iter().all(|m| m["state"] != "sending" && m["state"] != "queued");
        if (by_console && settled) || Instant::now() > deadline {
            break all;
        }
        std::thread::sleep(Duration::from_millis(300));
    };
    let mut screen = String::new();
    if tmux {
        let shown = host.tmux(&["capture-pane", "-p", "-t", "users"]);
        screen = String::from_utf8_lossy(&shown.stdout).into_owned();
        let _ = host.tmux(&["send-keys", "-t", "users", "q"]);
    }
    // Every report went, none was refused for permissions, and each of the three sent some.
    let reports: Vec<&Value> = all
        .iter()
        .filter(|m| m["duty"]["kind"] == "report_supervisor")
        .collect();
    assert_eq!(
        reports.len(),
        8,
        "four incidents, by SMS and e-mail: {all:#?}\n{screen}"
    );
    for m in &reports {
        assert_eq!(m["state"], "sent", "{m}\nconsole:\n{screen}");
        assert!(
            !m["last_error"].as_str().unwrap_or("").contains("Permission denied"),
            "{m}"
        );
    }
    let senders: std::collections::BTreeSet<String> = reports
        .iter()
        .filter_map(|m| m["lease_owner"].as_str())
        .map(|o| o.split('@').next().unwrap_or("").to_string())
        .collect();
    assert_eq!(
        senders,
        names.iter().cloned().collect(),
        "Alice's tick, Bob's send, Carol's tick and console all sent"
    );
    let spool = host.desk().join("desk.spool");
    let meta = std::fs::metadata(&spool).unwrap();
    assert_eq!(meta.mode() & 0o7777, 0o2770, "{}", spool.display());
    let gid = nix::unistd::Group::from_name(&host.group)
        .unwrap()
        .unwrap()
        .gid
        .as_raw();
    assert_eq!(meta.gid(), gid);
    let files = std::fs::read_dir(&spool).unwrap().count();
    assert_eq!(files, 8);
    host.ok_as(bob, &["check"]);
}

/// SQLite makes `-wal` and `-shm` through `open()`, which a umask of 022 narrows, and widens them
/// only afterwards: another operator opening the desk in between got a read-only WAL, and their
/// write was refused with "attempt to write a readonly database" (about one write in a hundred
/// here). Alice opens and closes the desk over and over (each time the last one out removes both
/// files, the next one in makes them) while Bob writes: every write of Bob's must go through.
#[test]
fn i21_a_desk_opened_under_umask_022_never_leaves_another_operator_a_read_only_wal() {
    let Some((host, names)) = shared_desk() else {
        return;
    };
    let [alice, bob, _] = &names;
    const WRITES: usize = 300;
    let stop = host.base.join("stop");
    let opsdesk = host.bin().display().to_string();
    // Each loop in one shell of its own user, so that most of the time goes to opsdesk.
    let script = |body: &str| format!("umask 022; {body}");
    let (reader, writer) = std::thread::scope(|s| {
        let reader = s.spawn(|| {
            host.run_shell(
                alice,
                &script(&format!(
                    "n=0; while [ ! -e {} ]; do {opsdesk} incident list --limit 1 >/dev/null || exit 1; n=$((n+1)); done; echo $n",
                    stop.display()
                )),
            )
        });
        let writer = host.run_shell(
            bob,
            &script(&format!(
                "i=0; while [ $i -lt {WRITES} ]; do {opsdesk} incident new --title \"Bob's write $i\" --service billing --category application --channel phone >/dev/null || echo \"write $i refused\"; i=$((i+1)); done"
            )),
        );
        host.root("touch", &[&stop.display().to_string()]);
        (reader.join().unwrap(), writer)
    });
    let said = String::from_utf8_lossy(&writer.stdout).into_owned() + &String::from_utf8_lossy(&writer.stderr);
    assert!(
        !said.contains("refused") && writer.status.success(),
        "Bob's writes beside Alice's reads:\n{said}"
    );
    let reads = String::from_utf8_lossy(&reader.stdout)
        .trim()
        .parse::<usize>()
        .unwrap_or(0);
    assert!(reads > 10, "Alice read the desk {reads} times: {reader:?}");
    let listed = host.ok_as(bob, &["incident", "list", "--limit", "1000", "--json"]);
    let count = serde_json::from_str::<Value>(&listed)
        .unwrap()
        .as_array()
        .unwrap()
        .len();
    assert_eq!(count, WRITES);
    host.ok_as(bob, &["check"]);
}
