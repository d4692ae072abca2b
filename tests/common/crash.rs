//! What the crash tests share (tests/crash.rs on a SQLite file, tests/pg_crash.rs on a server):
//! the writer killed mid-stream and its deterministic kill schedule.

use std::ffi::OsStr;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use nix::sys::signal::{Signal, killpg};
use nix::unistd::Pid;

/// The writer: one acknowledged text per line of `$ACK`, written after opsdesk exited 0.
pub const WRITER: &str = r#"
i=0
while :; do
    i=$((i+1))
    if [ $((i % 4)) -eq 0 ]; then
        "$OPSDESK_BIN" incident new --title "crash-$ROUND-$i" --service billing --category application \
            --channel phone --received-at -31m >/dev/null 2>>"$ERR" || exit 1
    else
        "$OPSDESK_BIN" incident note "$INCIDENT" "crash-$ROUND-$i" >/dev/null 2>>"$ERR" || exit 1
    fi
    echo "crash-$ROUND-$i" >>"$ACK"
done
"#;

/// xorshift64: a deterministic kill schedule.
pub struct Rng(pub u64);

impl Rng {
    pub fn below(&mut self, n: u64) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x % n
    }
}

pub fn soak() -> Option<Duration> {
    std::env::var("OPSDESK_SOAK")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .map(Duration::from_secs)
}

/// Round `k`: the writer started with `env` (where the desk is) and its logs in `dir`, killed
/// with its whole process group after `after`; the texts it had acknowledged. Fails when it
/// stopped by itself or opsdesk said anything but the duties `incident new` lists.
pub fn round(k: usize, dir: &Path, env: &[(&str, &OsStr)], incident: i64, after: Duration) -> Vec<String> {
    let ack = dir.join(format!("ack-{k}.log"));
    let err = dir.join(format!("err-{k}.log"));
    let mut child = Command::new("sh")
        .args(["-c", WRITER])
        .env("OPSDESK_BIN", super::BIN)
        .envs(env.iter().copied())
        .env_remove("LANG")
        .env("ROUND", k.to_string())
        .env("INCIDENT", incident.to_string())
        .env("ACK", &ack)
        .env("ERR", &err)
        .stdin(Stdio::null())
        .process_group(0)
        .spawn()
        .expect("start the writer");
    std::thread::sleep(after);
    let ended_by_itself = child.try_wait().unwrap();
    let _ = killpg(Pid::from_raw(child.id() as i32), Signal::SIGKILL);
    child.wait().unwrap();
    let errors: String = std::fs::read_to_string(&err)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with("  duty #"))
        .collect();
    assert!(
        ended_by_itself.is_none(),
        "round {k}: the writer stopped by itself ({ended_by_itself:?}): {errors}"
    );
    assert!(errors.trim().is_empty(), "round {k}: opsdesk said: {errors}");
    // Only whole lines: a line is written in one go after the write was acknowledged.
    std::fs::read_to_string(&ack)
        .unwrap_or_default()
        .split_terminator('\n')
        .map(str::to_string)
        .collect()
}
