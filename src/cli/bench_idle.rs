//! The idle console, measured rather than modelled (issue 18): the real binary started on the
//! desk in a pseudo-terminal and left alone; its CPU time from /proc and the bytes it wrote to
//! the terminal per second. The console is read-only, so the bench changes nothing on the desk
//! and sends nothing (a writing console also runs the engine's due check once a second).

use std::io::{Read, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow};
use portable_pty::{CommandBuilder, PtySize, native_pty_system};

use super::bench_engine::At;

/// What an idle console cost over the measured stretch.
pub struct Idle {
    pub cpu_percent: f64,
    pub bytes_per_second: f64,
    /// Its peak resident memory, read before it is told to end.
    pub peak_mib: Option<f64>,
}

/// How long the console is given to open and draw before the quiet stretch is measured.
const SETTLE: Duration = Duration::from_secs(3);

/// Start `opsdesk --read-only --db DB` (on a server, the URL in its environment) in a 160x48
/// pseudo-terminal, let it settle, then measure `seconds` of it doing nothing; `q` ends it.
pub fn measure(at: &At, seconds: u64) -> Result<Idle> {
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 48,
            cols: 160,
            pixel_width: 0,
            pixel_height: 0,
        })
        .map_err(|e| anyhow!("cannot open a pseudo-terminal: {e}"))?;
    let mut cmd = CommandBuilder::new(std::env::current_exe()?);
    cmd.arg("--read-only");
    at.point_pty(&mut cmd);
    cmd.env("TERM", "xterm-256color");
    // portable-pty starts a child in the home directory unless told: a relative --db (or config)
    // would then name another file, and the console would end before it is measured.
    cmd.cwd(std::env::current_dir()?);
    let mut child = pair
        .slave
        .spawn_command(cmd)
        .map_err(|e| anyhow!("cannot start a console: {e}"))?;
    drop(pair.slave);
    let pid = child.process_id().context("the console has no process id")?;
    let mut reader = pair.master.try_clone_reader().map_err(|e| anyhow!("{e}"))?;
    let written = Arc::new(AtomicU64::new(0));
    let counter = written.clone();
    // The last of what it wrote, to say why when it ends before it is measured.
    let said = Arc::new(std::sync::Mutex::new(Vec::<u8>::new()));
    let tail = said.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 16 * 1024];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            counter.fetch_add(n as u64, Ordering::Relaxed);
            if let Ok(mut t) = tail.lock() {
                t.extend_from_slice(&buf[..n]);
                let over = t.len().saturating_sub(2048);
                t.drain(..over);
            }
        }
    });
    std::thread::sleep(SETTLE);
    if let Ok(Some(status)) = child.try_wait() {
        let text = said
            .lock()
            .map(|t| String::from_utf8_lossy(&t).into_owned())
            .unwrap_or_default();
        return Err(anyhow!(
            "the console ended before it was measured ({status:?}): {}",
            crate::text::sanitize_line(text.trim())
        ));
    }
    let (cpu0, bytes0, t0) = (cpu_ticks(pid)?, written.load(Ordering::Relaxed), Instant::now());
    std::thread::sleep(Duration::from_secs(seconds));
    let (cpu1, bytes1, took) = (cpu_ticks(pid)?, written.load(Ordering::Relaxed), t0.elapsed());
    let peak_mib = peak_mib_of(&pid.to_string());
    let mut keys = pair.master.take_writer().map_err(|e| anyhow!("{e}"))?;
    let _ = keys.write_all(b"q").and_then(|()| keys.flush());
    let until = Instant::now() + Duration::from_secs(5);
    while !matches!(child.try_wait(), Ok(Some(_))) {
        if Instant::now() > until {
            let _ = child.kill();
            let _ = child.wait();
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let per_second = nix::unistd::sysconf(nix::unistd::SysconfVar::CLK_TCK)
        .ok()
        .flatten()
        .filter(|t| *t > 0)
        .unwrap_or(100) as f64;
    let secs = took.as_secs_f64();
    Ok(Idle {
        cpu_percent: (cpu1 - cpu0) as f64 / per_second / secs * 100.0,
        bytes_per_second: (bytes1 - bytes0) as f64 / secs,
        peak_mib,
    })
}

/// Peak resident memory of process `pid` ("self", or a number) so far, in MiB (VmHWM).
pub fn peak_mib_of(pid: &str) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb / 1024.0)
}

/// User and system CPU time of `pid` so far, in clock ticks (/proc/PID/stat, fields 14 and 15;
/// counted after the command's closing parenthesis, which may itself hold spaces).
fn cpu_ticks(pid: u32) -> Result<u64> {
    let stat =
        std::fs::read_to_string(format!("/proc/{pid}/stat")).with_context(|| format!("reading /proc/{pid}/stat"))?;
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or_default();
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let tick = |i: usize| -> Result<u64> {
        fields
            .get(i)
            .and_then(|f| f.parse().ok())
            .ok_or_else(|| anyhow!("/proc/{pid}/stat has no field {}", i + 3))
    };
    Ok(tick(11)? + tick(12)?)
}
