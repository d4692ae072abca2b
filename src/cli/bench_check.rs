//! `opsdesk check` timed as an operator meets it after a reboot (issue 18, item 6): the real
//! binary, as its own process, on the desk with its pages dropped from the page cache first; its
//! wall time and its peak memory (the kernel's rusage of the waited child).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{Context, Result, ensure};
use nix::sys::resource::{UsageWho, getrusage};

/// What a cold check cost.
pub struct Cold {
    pub seconds: f64,
    pub peak_mib: f64,
}

/// Run `opsdesk --db DB --read-only check` once, cold. The peak is the largest of every child this
/// process has waited for, so the bench measures this before starting any other.
pub fn measure(db: &Path) -> Result<Cold> {
    crate::store::page_cache::evict(db)?;
    let t = Instant::now();
    let out = Command::new(std::env::current_exe()?)
        .arg("--read-only")
        .arg("--db")
        .arg(db)
        .arg("check")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .context("running opsdesk check")?;
    let seconds = t.elapsed().as_secs_f64();
    ensure!(
        out.status.success(),
        "opsdesk check did not pass on the desk, so its time says nothing: {}",
        crate::text::sanitize_line(&String::from_utf8_lossy(&out.stderr))
    );
    // ru_maxrss is in KiB on Linux.
    let peak_kib = getrusage(UsageWho::RUSAGE_CHILDREN)?.max_rss();
    Ok(Cold {
        seconds,
        peak_mib: peak_kib as f64 / 1024.0,
    })
}
