//! The scale generator behind `opsdesk demo --incidents N`: years of a desk's past, deterministic
//! from the seed, fast enough to write a million incidents with their histories in under a
//! minute. Every incident goes through the real rules (`Incident::open`, `accept`, `restore` …)
//! and every history row is the real diff, so the history replays to each record's state and
//! `opsdesk check` holds on the result; only the engine is left out (these are old incidents,
//! their duties long done).

use crate::domain::kind::Kind;
use std::sync::mpsc;

use anyhow::Result;
use chrono::{DateTime, Duration, Utc};
use serde_json::Value;

use super::data::{FAULTS, REPORTERS, Rng};
use crate::domain::audit::{FieldChange, diff};
use crate::domain::incident::{Channel, Incident, NewIncident, Severity, Status};
use crate::domain::role::{Actor, Role};
use crate::ops::Desk;
use crate::store::{audit, compact, incidents};

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
    /// The changes, serialised on the maker's thread, and what the row stores for them (their
    /// compact form, store/compact.rs), made there too.
    changes: String,
    stored: String,
}

/// Incidents made and written at a time: large enough to be quick, small enough that the batches
/// in flight stay a few tens of megabytes.
const BATCH: usize = 10_000;

/// The operators who take the incidents: login and name.
const OPERATORS: &[(&str, &str)] = &[("lilei", "李雷"), ("hanmeimei", "韩梅梅"), ("zhangwei", "张伟")];

/// Makers: incidents are generated on this many threads while this one writes.
const MAKERS: usize = 2;

/// What the generated past looks like.
#[derive(Clone, Copy, Debug)]
pub struct Shape {
    /// How many incidents a day.
    pub per_day: i64,
    /// Every one closed (the demo's year), or 90% as a desk's long tail looks (the scale desk).
    pub all_closed: bool,
    /// One in this many a service suspension from non-human causes (I11); 0: none.
    pub outage_one_in: i64,
}

impl Shape {
    /// `opsdesk demo --incidents N`: years of a busy desk.
    pub const SCALE: Shape = Shape {
        per_day: 300,
        all_closed: false,
        outage_one_in: 0,
    };
}

/// Write `n` past incidents, the newest ending before `until`, about 300 a day. `progress` is
/// told how many are written so far. Each incident draws from its own generator (seed and
/// number), so the makers can share the work and the result stays the same for a seed.
pub fn grow(desk: &mut Desk, n: usize, seed: u64, until: DateTime<Utc>, progress: &mut dyn FnMut(usize)) -> Result<()> {
    grow_shaped(desk, n, seed, until, Shape::SCALE, progress).map(|_| ())
}

/// [`grow`], `shape` saying how many a day and how they ended; the ids written, first and last
/// (`None` when `n` is 0).
pub fn grow_shaped(
    desk: &mut Desk,
    n: usize,
    seed: u64,
    until: DateTime<Utc>,
    shape: Shape,
    progress: &mut dyn FnMut(usize),
) -> Result<Option<(i64, i64)>> {
    let batches = n.div_ceil(BATCH);
    let mut inboxes = Vec::new();
    let mut makers = Vec::new();
    for j in 0..MAKERS {
        let (tx, rx) = mpsc::sync_channel::<Result<Vec<Made>, String>>(2);
        inboxes.push(rx);
        makers.push(std::thread::spawn(move || {
            for b in (j..batches).step_by(MAKERS) {
                let batch = (b * BATCH..((b + 1) * BATCH).min(n))
                    .map(|k| make(seed, k, n, until, shape))
                    .collect::<Result<Vec<_>, String>>();
                let failed = batch.is_err();
                if tx.send(batch).is_err() || failed {
                    return;
                }
            }
        }));
    }
    // Freeing a batch's strings costs the writer as much as some inserts: another thread does it.
    let (dispose, disposer) = mpsc::channel::<Vec<Made>>();
    let dropper = std::thread::spawn(move || disposer.into_iter().for_each(drop));
    desk.store.bulk_load(true)?;
    let mut written = 0;
    let mut ids: Option<(i64, i64)> = None;
    for b in 0..batches {
        let batch = inboxes[b % MAKERS]
            .recv()
            .map_err(|_| anyhow::anyhow!("the incident generator stopped"))?
            .map_err(|e| anyhow::anyhow!("generating incidents: {e}"))?;
        desk.store.write(|t| {
            // The chain's tail is read once a batch: then one hash and one insert a row.
            let mut history = audit::Appender::at_tail(t)?;
            for m in &batch {
                let id = incidents::insert(t, &m.incident, None)?;
                ids = Some(ids.map_or((id, id), |(first, _)| (first, id)));
                for s in &m.steps {
                    history.append_encoded(
                        &audit::Entry {
                            record: (Kind::Incident, id),
                            subject: (Kind::Incident, id),
                            at: s.at,
                            actor: &s.actor,
                            action: s.action,
                            version: Some(s.version),
                            changes: &[],
                            detail: "",
                        },
                        &s.changes,
                        &s.stored,
                    )?;
                }
            }
            Ok(())
        })?;
        written += batch.len();
        let _ = dispose.send(batch);
        progress(written);
    }
    drop(dispose);
    let _ = dropper.join();
    desk.store.bulk_load(false)?;
    for m in makers {
        m.join()
            .map_err(|_| anyhow::anyhow!("the incident generator stopped"))?;
    }
    anyhow::ensure!(written == n, "generated {written} incidents of {n}");
    Ok(ids)
}

/// The fields that differ between two states of an incident, as the audit trail records them.
/// Each field is compared and serialised on its own: a million incidents cannot afford
/// serialising whole records twice a step as [`diff`] does. The replay test in
/// tests/demo_scale.rs catches a field missing here.
fn step_diff(old: &Incident, new: &Incident) -> Vec<FieldChange> {
    let mut out = Vec::new();
    macro_rules! fields {
        ($($f:ident),*) => {$(
            if old.$f != new.$f {
                out.push(FieldChange {
                    field: stringify!($f).to_string(),
                    before: serde_json::to_value(&old.$f).unwrap_or(Value::Null),
                    after: serde_json::to_value(&new.$f).unwrap_or(Value::Null),
                });
            }
        )*};
    }
    fields!(
        title,
        description,
        status,
        category,
        severity,
        service,
        channel,
        reporter,
        contact,
        dept,
        outage,
        human_cause,
        received_at,
        started_at,
        clock_start,
        episode,
        owner,
        accepted_at,
        contacted_at,
        restored_at,
        resolved_at,
        verified_at,
        closed_at,
        cause,
        satisfaction
    );
    out
}

/// Incident `k` of `n`, received about (n - k) / 300 days before `until`: 90% closed, the rest restored, resolved or verified and
/// waiting for the next step, as a desk's long tail looks.
fn make(seed: u64, k: usize, n: usize, until: DateTime<Utc>, shape: Shape) -> Result<Made, String> {
    let rng = &mut Rng::new(seed ^ (k as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let every = 86_400 / shape.per_day.max(1);
    let at = until - Duration::seconds((n - k) as i64 * every - rng.range(0, every - 1));
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
        restored_at: None,
        outage: shape.outage_one_in > 0 && rng.range(1, shape.outage_one_in) == 1,
        affected: Vec::new(),
    };
    let fail = |e: crate::error::OpsError| e.to_string();
    let mut steps = Vec::with_capacity(7);
    let mut step = |action: &'static str, before: Option<&Incident>, after: &Incident| {
        let changes = serde_json::to_string(&match before {
            None => diff(None, after),
            Some(old) => step_diff(old, after),
        })
        .unwrap_or_default();
        steps.push(Step {
            action,
            at: after.updated_at,
            actor: after.updated_by.clone(),
            version: after.version,
            stored: compact::compact(&changes, after.updated_at.timestamp()).into_owned(),
            changes,
        })
    };
    let mut i = Incident::open(&new, &op, at + Duration::seconds(20)).map_err(fail)?;
    step("create", None, &i);
    let mut t = at + Duration::minutes(rng.range(1, 5));
    let next = i.accept(&op, login, t).map_err(fail)?;
    step("accept", Some(&i), &next);
    i = next;
    if rng.chance(30) {
        t += Duration::minutes(rng.range(1, 5));
        let next = i.contact(&op, t, t).map_err(fail)?;
        step("contact", Some(&i), &next);
        i = next;
    }
    let fate = if shape.all_closed {
        rng.range(0, 89)
    } else {
        rng.range(0, 99)
    };
    // Half the time the service is restored as a step of its own; otherwise the fix that removes
    // the cause restores it too (I5).
    // How long the service was down sets the level the incident reached (I6): most are back
    // within the first five minutes, a few take the manager or the leader.
    let down = |rng: &mut Rng| match rng.range(0, 99) {
        0..=59 => rng.range(1, 4),
        60..=84 => rng.range(5, 14),
        85..=94 => rng.range(15, 29),
        _ => rng.range(30, 90),
    };
    let separately = (92..=94).contains(&fate) || rng.chance(50);
    if separately {
        t += Duration::minutes(down(rng));
        let next = i.restore(&op, t, None, t).map_err(fail)?;
        step("restore", Some(&i), &next);
        i = next;
    }
    if (92..=94).contains(&fate) {
        return Ok(Made { incident: i, steps });
    }
    t += Duration::minutes(if separately { rng.range(30, 600) } else { down(rng) });
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
