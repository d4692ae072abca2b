//! Issue 7, part 4: several processes (the real binary) making random, conflicting changes to one
//! database at once. Afterwards every acknowledged change is there, every refused one left no
//! trace, the history replays to the final state, and no SQLITE_BUSY ever reached a user.
//!
//! Bounded: about 12 s of work by default; `OPSDESK_SOAK=seconds` runs longer. Each worker is a
//! thread that runs `opsdesk` processes one after another from its own deterministic seed; every
//! command, its exit code and output go to `stress-w<N>.log` in the desk's directory (kept and
//! named when an assertion fails). `cargo test --test stress -- --nocapture` prints a summary.

mod common;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::DateTime;
use common::{Desk, login};
use serde_json::Value;

const WORKERS: u64 = 4;
const DEFAULT_SECONDS: u64 = 12;
/// Of the pool, these are picked half the time: conflicts need contention.
const HOT: usize = 4;

fn budget() -> Duration {
    let secs = std::env::var("OPSDESK_SOAK")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .unwrap_or(DEFAULT_SECONDS);
    Duration::from_secs(secs)
}

/// xorshift64*: deterministic per worker, no crate needed.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len() as u64) as usize]
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    New,
    Note,
    Accept,
    Contact,
    Restore,
    Resolve,
    Verify,
    Close,
    Reopen,
}

impl Kind {
    const STEPS: [Kind; 7] = [
        Kind::Accept,
        Kind::Contact,
        Kind::Restore,
        Kind::Resolve,
        Kind::Verify,
        Kind::Close,
        Kind::Reopen,
    ];

    /// The history action of the (first) row a step writes.
    fn action(self) -> &'static str {
        match self {
            Kind::New => "create",
            Kind::Note => "note",
            Kind::Accept => "accept",
            Kind::Contact => "contact",
            Kind::Restore => "restore",
            Kind::Resolve => "resolve",
            Kind::Verify => "verify",
            Kind::Close => "close",
            Kind::Reopen => "reopen",
        }
    }

    /// The step that moves an incident in `status` on (what an operator would do next).
    fn natural(status: &str, rng: &mut Rng) -> Kind {
        match status {
            "reported" => Kind::Accept,
            "accepted" => *rng.pick(&[Kind::Contact, Kind::Restore]),
            "diagnosing" => *rng.pick(&[Kind::Restore, Kind::Resolve]),
            "restored" => *rng.pick(&[Kind::Resolve, Kind::Resolve, Kind::Reopen]),
            "resolved" => Kind::Verify,
            "verified" => Kind::Close,
            _ => Kind::Reopen,
        }
    }
}

/// One command a worker ran and what came of it.
#[derive(Debug)]
struct Op {
    worker: u64,
    seq: u64,
    kind: Kind,
    /// None for `incident new` (the id is in stdout when it succeeded).
    incident: Option<i64>,
    if_version: Option<i64>,
    /// The unique text the command carries (title, note, cause, reason), if any.
    text: Option<String>,
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Op {
    fn label(&self) -> String {
        format!(
            "w{} #{} {:?} incident {:?} if-version {:?} -> exit {:?}; stdout {:?}; stderr {:?}",
            self.worker,
            self.seq,
            self.kind,
            self.incident,
            self.if_version,
            self.code,
            self.stdout.trim(),
            self.stderr.trim()
        )
    }

    /// The incident and version range (first..=last) an acknowledged step or creation wrote.
    fn versions(&self) -> Option<(i64, i64, i64)> {
        if self.code != Some(0) {
            return None;
        }
        match self.kind {
            Kind::Note => None,
            Kind::New => Some((self.stdout.lines().next()?.trim().parse().ok()?, 1, 1)),
            _ => {
                // "incident 12 is restored (version 7)"
                let out = self.stdout.trim();
                let v: i64 = out.rsplit_once("(version ")?.1.trim_end_matches(')').parse().ok()?;
                Some((self.incident?, self.if_version? + 1, v))
            }
        }
    }
}

/// Everything the workers share: the desk and the pool of incidents to pick from.
struct Shared {
    db: PathBuf,
    config: PathBuf,
    home: PathBuf,
    pool: Mutex<Vec<i64>>,
    users: Vec<String>,
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(s: &Shared, args: &[String], log: &mut std::fs::File, worker: u64, seq: u64) -> Run {
    let out = std::process::Command::new(common::BIN)
        .args(args)
        .env("OPSDESK_DB", &s.db)
        .env("OPSDESK_CONFIG", &s.config)
        .env_remove("LANG")
        .env("HOME", &s.home)
        .output()
        .expect("run opsdesk");
    let r = Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    // Reads print whole incidents: log their first line only.
    let first = r.stdout.lines().next().unwrap_or("");
    writeln!(
        log,
        "w{worker} #{seq} opsdesk {args:?} -> exit {:?} | {} | {}",
        r.code,
        if first == "{" { "{json}" } else { first },
        r.stderr.trim().replace('\n', " / ")
    )
    .unwrap();
    r
}

/// Messages that would mean the database's locking reached a user.
fn mentions_busy(text: &str) -> bool {
    let t = text.to_ascii_lowercase();
    t.contains("database is locked") || t.contains("busy") || t.contains("locked by") || t.contains("stayed locked")
}

fn worker(s: Arc<Shared>, w: u64, deadline: Instant, log_path: PathBuf) -> (Vec<Op>, u64) {
    let mut rng = Rng::new(0x9E37_79B9_7F4A_7C15 ^ (w + 1).wrapping_mul(0xD1B5_4A32_D192_ED03));
    let mut log = std::fs::File::create(&log_path).expect("worker log");
    let mut ops = Vec::new();
    let mut reads = 0;
    let mut seq = 0;
    while Instant::now() < deadline {
        seq += 1;
        let text = format!("stress:w{w}:{seq}:end");
        let roll = rng.below(100);
        if roll < 8 {
            let args: Vec<String> = [
                "incident",
                "new",
                "--title",
                &text,
                "--service",
                "billing",
                "--category",
                "application",
                "--channel",
                "phone",
                "--received-at",
                "-3m",
            ]
            .map(String::from)
            .into();
            let r = run(&s, &args, &mut log, w, seq);
            let op = Op {
                worker: w,
                seq,
                kind: Kind::New,
                incident: None,
                if_version: None,
                text: Some(text),
                code: r.code,
                stdout: r.stdout,
                stderr: r.stderr,
            };
            if let Some((id, _, _)) = op.versions() {
                s.pool.lock().unwrap().push(id);
            }
            ops.push(op);
            continue;
        }
        let id = {
            let pool = s.pool.lock().unwrap();
            if rng.below(2) == 0 {
                *rng.pick(&pool[..HOT.min(pool.len())])
            } else {
                *rng.pick(&pool)
            }
        };
        // A fresh look, as an operator has before acting.
        let show = run(
            &s,
            &["incident", "show", &id.to_string(), "--json"].map(String::from),
            &mut log,
            w,
            seq,
        );
        reads += 1;
        assert_eq!(
            show.code,
            Some(0),
            "show {id} failed (log {}): {}",
            log_path.display(),
            show.stderr
        );
        let seen: Value = serde_json::from_str(&show.stdout).expect("show --json");
        let version = seen["version"].as_i64().unwrap();
        let status = seen["status"].as_str().unwrap().to_string();
        // Now and then a deliberately stale version: a refusal that must leave no trace.
        let if_version = if version > 1 && rng.below(10) == 0 {
            version - 1
        } else {
            version
        };
        let kind = match roll {
            8..38 => Kind::Note,
            38..46 => Kind::Accept,
            _ if rng.below(100) < 85 => Kind::natural(&status, &mut rng),
            _ => *rng.pick(&Kind::STEPS),
        };
        let idt = id.to_string();
        let mut args: Vec<String> = vec!["incident".into(), kind.action().into(), idt];
        let mut carries_text = true;
        let mut with_version = true;
        match kind {
            Kind::Note => {
                args.push(text.clone());
                with_version = rng.below(2) == 0;
            }
            Kind::Accept => {
                args.extend(["--to".into(), rng.pick(&s.users).clone()]);
                carries_text = false;
            }
            Kind::Contact | Kind::Restore => args.extend(["--note".into(), text.clone()]),
            Kind::Resolve => args.extend(["--cause".into(), text.clone()]),
            Kind::Verify => {
                let sat = 1 + rng.below(5);
                args.extend(["--satisfaction".into(), sat.to_string(), "--note".into(), text.clone()]);
            }
            Kind::Close => carries_text = false,
            Kind::Reopen => args.extend(["--reason".into(), text.clone()]),
            Kind::New => unreachable!(),
        }
        if with_version {
            args.extend(["--if-version".into(), if_version.to_string()]);
        }
        let r = run(&s, &args, &mut log, w, seq);
        ops.push(Op {
            worker: w,
            seq,
            kind,
            incident: Some(id),
            if_version: with_version.then_some(if_version),
            text: carries_text.then_some(text),
            code: r.code,
            stdout: r.stdout,
            stderr: r.stderr,
        });
    }
    (ops, reads)
}

#[path = "stress/checks.rs"]
mod checks;
