//! The console driven as a user would: the real binary in tmux (a private server, `tmux -L`),
//! keys sent, the screen read back. Waits for text, never for a fixed time.
//!
//! Needs tmux. Without it a test says so and passes, unless OPSDESK_REQUIRE_TMUX is set (CI
//! sets it, and `.ci/run` installs tmux). OPSDESK_E2E_SLOW=N scales every timeout N times.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use super::{BIN, Desk};
use opsdesk::text::width;

pub fn tmux_available() -> bool {
    let found = Command::new("tmux")
        .arg("-V")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if !found && std::env::var_os("OPSDESK_REQUIRE_TMUX").is_some() {
        panic!("tmux is required for the end-to-end tests (OPSDESK_REQUIRE_TMUX is set) but was not found");
    }
    if !found {
        eprintln!("tmux not found: the end-to-end console test did not run (install tmux to run it)");
    }
    found
}

pub fn scale() -> u32 {
    std::env::var("OPSDESK_E2E_SLOW")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1)
        .max(1)
}

/// One tmux server of our own, with one window per shell.
pub struct Tmux {
    socket: String,
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux").args(["-L", &self.socket, "kill-server"]).output();
    }
}

impl Tmux {
    pub fn new(name: &str) -> Tmux {
        Tmux {
            socket: format!("opsdesk-e2e-{}-{name}", std::process::id()),
        }
    }

    pub fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("run tmux");
        assert!(
            out.status.success(),
            "tmux {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// A shell in a new window `name`, with the desk's environment and a recognisable prompt.
    pub fn shell(&self, name: &str, desk: &Desk, size: (u16, u16)) {
        let db = desk.db.display().to_string();
        self.shell_at(name, (desk.path(), &desk.config, &db), size);
    }

    /// [`Tmux::shell`] on the desk `db` (a file or a server's URL), with `home` and `config`.
    pub fn shell_at(&self, name: &str, (home, config, db): (&Path, &Path, &str), size: (u16, u16)) {
        let env = [
            format!("HOME={}", home.display()),
            format!("OPSDESK_DB={db}"),
            format!("OPSDESK_CONFIG={}", config.display()),
            "PS1=READY$ ".to_string(),
            "LANG=C.UTF-8".to_string(),
            "TERM=xterm-256color".to_string(),
        ];
        let mut args: Vec<String> = Vec::new();
        let first = self.tmux_has_server();
        if first {
            args.extend(["new-window", "-t", "e2e", "-n", name].map(String::from));
        } else {
            args.extend(["new-session", "-d", "-s", "e2e", "-n", name, "-x"].map(String::from));
            args.push(size.0.to_string());
            args.push("-y".into());
            args.push(size.1.to_string());
        }
        for e in &env {
            args.push("-e".into());
            args.push(e.clone());
        }
        // bash without rc files: takes PS1 from the environment (dash would not, as root).
        args.extend(["bash", "--norc", "--noprofile"].map(String::from));
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        self.tmux(&refs);
        if first {
            self.resize(name, size);
        }
        self.wait_for(name, "READY$");
        // tmux keeps its own PATH; put the binary under test first, as an install would.
        let bin_dir = Path::new(BIN).parent().unwrap().display().to_string();
        self.run(name, &format!("export PATH='{bin_dir}':\"$PATH\"; clear"));
        self.wait_until(name, Duration::from_secs(5), |s| {
            s.trim_start().starts_with("READY$") && !s.contains("export")
        })
        .unwrap_or_else(|s| panic!("the shell did not start: {s}"));
    }

    fn tmux_has_server(&self) -> bool {
        Command::new("tmux")
            .args(["-L", &self.socket, "has-session"])
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false)
    }

    fn target(name: &str) -> String {
        format!("e2e:{name}")
    }

    pub fn screen(&self, name: &str) -> String {
        self.tmux(&["capture-pane", "-p", "-t", &Tmux::target(name)])
    }

    /// Wait until the window shows `text`; the screen at that moment.
    pub fn wait_for(&self, name: &str, text: &str) -> String {
        self.wait_until(name, Duration::from_secs(10), |s| s.contains(text))
            .unwrap_or_else(|s| panic!("waited for {text:?} in {name}; the screen:\n{s}"))
    }

    pub fn wait_until(&self, name: &str, limit: Duration, ok: impl Fn(&str) -> bool) -> Result<String, String> {
        let deadline = Instant::now() + limit * scale();
        loop {
            let s = self.screen(name);
            if ok(&s) {
                return Ok(s);
            }
            if Instant::now() > deadline {
                return Err(s);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn keys(&self, name: &str, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t"];
        let t = Tmux::target(name);
        args.push(&t);
        args.extend(keys);
        self.tmux(&args);
    }

    /// Type text literally (CJK included).
    pub fn type_text(&self, name: &str, text: &str) {
        self.tmux(&["send-keys", "-t", &Tmux::target(name), "-l", "--", text]);
    }

    pub fn run(&self, name: &str, command: &str) {
        self.type_text(name, command);
        self.keys(name, &["Enter"]);
    }

    pub fn resize(&self, name: &str, size: (u16, u16)) {
        self.tmux(&[
            "resize-window",
            "-t",
            &Tmux::target(name),
            "-x",
            &size.0.to_string(),
            "-y",
            &size.1.to_string(),
        ]);
    }

    /// The console process running in the window's shell.
    pub fn console_pid(&self, name: &str) -> i32 {
        let shell = self.tmux(&["display-message", "-p", "-t", &Tmux::target(name), "#{pane_pid}"]);
        let out = Command::new("pgrep")
            .args(["-P", shell.trim()])
            .output()
            .expect("pgrep");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()
            .and_then(|l| l.trim().parse().ok())
            .expect("a console process")
    }

    /// After the console left: the prompt is back and the terminal is in its normal mode.
    pub fn assert_terminal_sane(&self, name: &str) {
        self.wait_for(name, "READY$");
        self.run(
            name,
            "stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo STTY-DONE",
        );
        let s = self.wait_for(name, "STTY-DONE");
        let line = s.lines().rev().find(|l| l.contains("icanon")).unwrap_or_default();
        assert!(
            line.contains("icanon") && !line.contains("-icanon") && !line.contains("-echo"),
            "terminal left raw: {line}"
        );
    }
}

/// Another console's commit shows within two seconds (the worker looks every second); half a
/// second more for reading the screen back through tmux.
pub fn within_two_seconds(started: Instant) {
    let took = started.elapsed();
    assert!(
        took <= Duration::from_secs(2) * scale() + Duration::from_millis(500),
        "took {took:?}"
    );
}

/// The column (in display cells) where `needle` starts on the line, if it is there.
pub fn column_of(line: &str, needle: &str) -> Option<usize> {
    line.find(needle).map(|i| width(&line[..i]))
}
