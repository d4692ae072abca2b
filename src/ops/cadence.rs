//! The clock's cadence, shared by every process that keeps it running: a console (its worker
//! beats the engine, its sender runs the outbox) and `opsdesk engine` (both, with no screen).
//! `opsdesk tick` is one beat of each. However many run at once, each step is recorded once (the
//! duties' unique key) and each message sent once (the outbox's leases).

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::Result;
use chrono::{DateTime, Utc};

use super::Writes;
use super::engine::{self, Raised};
use super::outbox::{self, PassReport};
use crate::domain::role::Actor;
use crate::domain::time::whole_seconds;
use crate::notify::channels::Channels;

/// How often the escalation engine looks: a step is recorded within this of its moment.
pub const ENGINE_EVERY: Duration = Duration::from_secs(1);

/// How long a wait between beats sleeps before it looks at its stop flag again.
const NAP: Duration = Duration::from_millis(100);

/// One beat of the escalation engine at `now`: when an incident is due, one write transaction
/// records every step that became due, as `login`; otherwise nothing is written.
/// A read-only session is refused whether or not anything is due.
pub fn engine_beat(desk: &mut impl Writes, login: &str, now: DateTime<Utc>) -> Result<Vec<Raised>> {
    if desk.read_only() {
        return Err(crate::error::permission(
            "this is a read-only session: the escalation engine records steps, so it is refused",
        ));
    }
    let mut raised = Vec::new();
    if desk.read_db(|db| crate::store::incidents::any_engine_due(db, now))? {
        let (policy, zone) = (desk.policy().clone(), desk.zone());
        raised = desk.write_db(|tx| engine::tick(tx, &policy, now, login, zone))?;
    }
    // E2, I14: the progress reports owed and the config's declarations, after the ladder (the
    // leader step it records may be what declares an incident major).
    raised.extend(super::emergency::beat(desk, login, now)?);
    Ok(raised)
}

/// What the outbox loop tells whoever runs it.
#[derive(Debug)]
pub enum Sent {
    /// A pass that did something.
    Report(PassReport),
    /// A pass that could not run (the database busy or damaged, a channel's trouble), said once
    /// until it changes or a pass runs again.
    Trouble(String),
}

/// Sleep up to `d`, waking early when `stop` is set; false when it was.
pub fn nap(d: Duration, stop: &AtomicBool) -> bool {
    let until = Instant::now() + d;
    while !stop.load(Ordering::SeqCst) {
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return true;
        }
        std::thread::sleep(left.min(NAP));
    }
    false
}

/// [`nap`] for a thread whose stopper unparks it after setting `stop`: it sleeps the whole `d`
/// in one (an idle console's sender wakes once a pass, not ten times a second).
fn nap_parked(d: Duration, stop: &AtomicBool) -> bool {
    let until = Instant::now() + d;
    while !stop.load(Ordering::SeqCst) {
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return true;
        }
        // Returns early on an unpark (or spuriously): the flag and the time are looked at again.
        std::thread::park_timeout(left);
    }
    false
}

/// The outbox on its cadence until `stop`: a pass every `send_every_seconds` (a pass stops
/// claiming messages once `stop` is set; one under way finishes). Each pass that did something
/// is told to `tell`, trouble once; `tell` returning false ends the loop. Between passes it sleeps
/// until the next or an unpark: whoever sets `stop` unparks its thread.
pub fn send_loop(
    desk: &mut impl Writes,
    me: &Actor,
    channels: &Channels,
    stop: &AtomicBool,
    tell: &mut dyn FnMut(Sent) -> bool,
) {
    let every = Duration::from_secs(u64::from(desk.config().notify.send_every_seconds));
    let mut last_trouble: Option<String> = None;
    while !stop.load(Ordering::SeqCst) {
        let started = Instant::now();
        let clock = || whole_seconds(Utc::now());
        let stopping = || stop.load(Ordering::SeqCst);
        match outbox::pass_until(desk, me, channels, &clock, 50, &stopping) {
            Ok(r) => {
                last_trouble = None;
                if !r.is_empty() && !tell(Sent::Report(r)) {
                    return;
                }
            }
            Err(e) => {
                let text = format!("{:#}", desk.explain(e));
                if last_trouble.as_ref() != Some(&text) {
                    if !tell(Sent::Trouble(text.clone())) {
                        return;
                    }
                    last_trouble = Some(text);
                }
            }
        }
        if !nap_parked(every.saturating_sub(started.elapsed()), stop) {
            return;
        }
    }
}

/// Who the engine acts as: the person of the directory behind `login` when it is one (an admin
/// who runs `opsdesk engine` by hand), else the login itself as the desk's engine (the service's
/// system user, `opsdesk`). The engine only records what the rules make due and sends what is
/// owed: no step a person chooses, so it needs no role; its history rows name the login.
pub fn service_actor(desk: &mut impl Writes, login: &str) -> Result<Actor> {
    Ok(match desk.read_db(|db| crate::store::users::by_login(db, login))? {
        Some(u) => Actor {
            login: u.login,
            name: u.name,
            role: u.role,
        },
        None => Actor {
            login: login.to_string(),
            name: "opsdesk engine".into(),
            role: crate::domain::role::Role::Operator,
        },
    })
}
