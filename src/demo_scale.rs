//! The scale generator behind `opsdesk demo --incidents N`: years of a desk's past, deterministic
//! from the seed, fast enough to write a million incidents with their histories in under a
//! minute. Every incident goes through the real rules (`Incident::open`, `accept`, `restore` …)
//! and every history row is the real diff, so the history replays to each record's state and
//! `opsdesk check` holds on the result; only the engine is left out (these are old incidents,
//! their duties long done).

use std::sync::mpsc;

use anyhow::Result;
use chrono::{DateTime, Duration, Utc};

use crate::demo::{FAULTS, REPORTERS, Rng};
use serde_json::Value;

use crate::domain::audit::{BOOKKEEPING, FieldChange, diff};
use crate::domain::incident::{Channel, Incident, NewIncident, Severity, Status};
use crate::domain::role::{Actor, Role};
use crate::ops::Desk;
use crate::store::{audit, incidents};

/// One generated incident: its final state and each step of its history.
struct Made {
    incident: Incident,
    steps: Vec<Step>,
}

struct Step {
    action: &'static str,
    at: DateTime<Utc>,
    actor: String,
    version: i64,
    changes: Vec<FieldChange>,
}

/// Incidents written per transaction: large enough to be quick, small enough that the WAL stays
/// modest and a reader is never held off for long.
const BATCH: usize = 5_000;

/// The operators who take the incidents, with their roles.
const OPERATORS: &[(&str, &str)] = &[("lilei", "李雷"), ("hanmeimei", "韩梅梅"), ("zhangwei", "张伟")];

/// Write `n` past incidents, the newest ending before `until`, about 300 a day. `progress` is
/// told how many are written so far. Generation runs on its own thread while this one writes.
pub fn grow(desk: &mut Desk, n: usize, seed: u64, until: DateTime<Utc>, progress: &mut dyn FnMut(usize)) -> Result<()> {
    let (tx, rx) = mpsc::sync_channel::<Result<Vec<Made>, String>>(4);
    let maker = std::thread::spawn(move || {
        let mut rng = Rng::new(seed ^ 0x5CA1E);
        let every = 86_400 / 300;
        let mut batch = Vec::with_capacity(BATCH);
        for k in 0..n {
            let at = until - Duration::seconds((n - k) as i64 * every + rng.range(0, every - 1));
            match make(&mut rng, k, at) {
                Ok(m) => batch.push(m),
                Err(e) => {
                    let _ = tx.send(Err(e));
                    return;
                }
            }
            if batch.len() == BATCH && tx.send(Ok(std::mem::take(&mut batch))).is_err() {
                return;
            }
        }
        if !batch.is_empty() {
            let _ = tx.send(Ok(batch));
        }
    });
    let mut written = 0;
    for batch in rx {
        let batch = batch.map_err(|e| anyhow::anyhow!("generating incidents: {e}"))?;
        desk.store.write(|t| {
            for m in &batch {
                let id = incidents::insert(t, &m.incident, None)?;
                for s in &m.steps {
                    audit::append(
                        t,
                        &audit::Entry {
                            record: ("incident", id),
                            subject: ("incident", id),
                            at: s.at,
                            actor: &s.actor,
                            action: s.action,
                            version: Some(s.version),
                            changes: &s.changes,
                            detail: "",
                        },
                    )?;
                }
            }
            Ok(())
        })?;
        written += batch.len();
        progress(written);
    }
    maker
        .join()
        .map_err(|_| anyhow::anyhow!("the incident generator stopped"))?;
    anyhow::ensure!(written == n, "generated {written} incidents of {n}");
    Ok(())
}

/// Incident `k`, received at `at`: 90% closed, the rest restored, resolved or verified and
/// waiting for the next step, as a desk's long tail looks.
fn make(rng: &mut Rng, k: usize, at: DateTime<Utc>) -> Result<Made, String> {
    let (title, service, category, description) = FAULTS[rng.range(0, FAULTS.len() as i64 - 1) as usize];
    let (reporter, contact, dept) = *rng.pick(REPORTERS);
    let channel = if reporter == "monitoring" {
        Channel::Monitoring
    } else {
        *rng.pick(&[Channel::Phone, Channel::Email, Channel::Online, Channel::WalkIn])
    };
    let (login, name) = *rng.pick(OPERATORS);
    let op = Actor {
        login: login.to_string(),
        name: name.to_string(),
        role: Role::Operator,
    };
    let new = NewIncident {
        // A site or node in the title, so that no two days read the same.
        title: format!("{title} #{}", k % 997 + 1),
        service: service.into(),
        category: Some(category),
        channel: Some(channel),
        severity: Some(*rng.pick(&[Severity::P2, Severity::P3, Severity::P3, Severity::P3, Severity::P4])),
        reporter: reporter.into(),
        contact: contact.into(),
        dept: dept.into(),
        description: description.into(),
        received_at: Some(at),
        started_at: Some(at - Duration::minutes(rng.range(0, 8))),
        outage: false,
    };
    let fail = |e: crate::error::OpsError| e.to_string();
    let mut steps = Vec::with_capacity(7);
    // The diff of each step against the one before, each state serialised once (what
    // `audit::diff` does with two serialisations per step).
    let mut last: Option<serde_json::Map<String, Value>> = None;
    let mut step = |action: &'static str, _before: Option<&Incident>, after: &Incident| {
        let Ok(Value::Object(now)) = serde_json::to_value(after) else {
            return;
        };
        let changes = match &last {
            None => diff(None, after),
            Some(old) => now
                .iter()
                .filter(|(k, _)| !BOOKKEEPING.contains(&k.as_str()))
                .filter(|(k, v)| old.get(*k) != Some(*v))
                .map(|(k, v)| FieldChange {
                    field: k.clone(),
                    before: old.get(k).cloned().unwrap_or(Value::Null),
                    after: v.clone(),
                })
                .collect(),
        };
        last = Some(now);
        steps.push(Step {
            action,
            at: after.updated_at,
            actor: after.updated_by.clone(),
            version: after.version,
            changes,
        })
    };
    let mut i = Incident::open(&new, &op, at + Duration::seconds(20)).map_err(fail)?;
    step("create", None, &i);
    let mut t = at + Duration::minutes(rng.range(1, 5));
    let next = i.accept(&op, login, t).map_err(fail)?;
    step("accept", Some(&i), &next);
    i = next;
    if rng.chance(70) {
        t += Duration::minutes(rng.range(1, 5));
        let next = i.contact(&op, t, t).map_err(fail)?;
        step("contact", Some(&i), &next);
        i = next;
    }
    let fate = rng.range(0, 99);
    t += Duration::minutes(rng.range(3, 90));
    let next = i.restore(&op, t, None, t).map_err(fail)?;
    step("restore", Some(&i), &next);
    i = next;
    if (92..=94).contains(&fate) {
        return Ok(Made { incident: i, steps });
    }
    t += Duration::minutes(rng.range(30, 600));
    let next = i
        .resolve(
            &op,
            t,
            "定位到根因并修复 / root cause fixed, watched for 30 minutes",
            false,
            t,
        )
        .map_err(fail)?;
    step("resolve", Some(&i), &next);
    i = next;
    if fate >= 95 {
        return Ok(Made { incident: i, steps });
    }
    t += Duration::minutes(rng.range(60, 1440));
    let score = (i.channel != Channel::Monitoring).then(|| rng.range(3, 5) as u8);
    let (next, reopened) = i.verify(&op, t, score, 3, t).map_err(fail)?;
    debug_assert!(reopened.is_none());
    step("verify", Some(&i), &next);
    i = next;
    if fate >= 90 {
        return Ok(Made { incident: i, steps });
    }
    t += Duration::minutes(rng.range(1, 30));
    let next = i.close(&op, t, t).map_err(fail)?;
    step("close", Some(&i), &next);
    i = next;
    debug_assert_eq!(i.status, Status::Closed);
    Ok(Made { incident: i, steps })
}

/// A progress line on standard error while `total` things are written, when standard error is a
/// terminal; nothing otherwise (a script's log stays clean).
pub struct Progress {
    what: &'static str,
    total: usize,
    shown: Option<std::time::Instant>,
}

impl Progress {
    pub fn new(what: &'static str, total: usize) -> Progress {
        use std::io::IsTerminal;
        Progress {
            what,
            total,
            shown: std::io::stderr().is_terminal().then(std::time::Instant::now),
        }
    }

    pub fn update(&mut self, done: usize) {
        let Some(last) = self.shown else { return };
        if done < self.total && last.elapsed() < std::time::Duration::from_millis(100) {
            return;
        }
        self.shown = Some(std::time::Instant::now());
        let pct = (done * 100).checked_div(self.total).unwrap_or(100);
        let bar: String = (0..30).map(|i| if i * 100 < pct * 30 { '#' } else { '.' }).collect();
        eprint!("\r{} [{bar}] {done}/{} ({pct}%)", self.what, self.total);
        if done >= self.total {
            eprintln!();
        }
    }
}
