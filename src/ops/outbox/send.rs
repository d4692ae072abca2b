//! Sending: claim a message with a lease, hand it to its channel while holding the lease, record
//! what came of it, and finish the duty once all its messages went. Leases that ran out mark
//! their messages "may have been sent".

use anyhow::Result;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use super::prepare;
use crate::domain::duty::Duty;
use crate::domain::message::{Message, MessageState, Outcome, SendPolicy};
use crate::domain::role::Actor;
use crate::notify::channels::Channels;
use crate::ops::Writes;
use crate::ops::messages::{duty_of, load, reach, record, save};
use crate::store::db::Db;
use crate::store::messages::{self, AttemptRow};

/// Messages whose sender stopped mid-send: marked "may have been sent".
pub fn expire(desk: &mut impl Writes, by: &str, now: DateTime<Utc>) -> Result<usize> {
    if desk.read_db(|db| messages::lapsed(db, now))?.is_empty() {
        return Ok(0);
    }
    let zone = desk.zone();
    desk.write_db(|tx| {
        let mut n = 0;
        for old in messages::lapsed(tx, now)? {
            let Some(new) = old.expire(by, now) else { continue };
            save(tx, &old, &new, zone)?;
            messages::add_attempt(
                tx,
                &AttemptRow {
                    message_id: old.id,
                    attempt: old.attempts,
                    at: now,
                    owner: old.lease_owner.as_deref().unwrap_or(""),
                    channel: None,
                    outcome: "uncertain",
                    detail: &new.last_error,
                },
            )?;
            let duty = duty_of(tx, &new)?;
            record(tx, &duty, Some(&old), &new, by, "message_uncertain", &new.last_error)?;
            n += 1;
        }
        Ok(n)
    })
}

/// Take the next message due, for `owner`, for the length of the lease.
fn claim(
    desk: &mut impl Writes,
    who: &str,
    owner: &str,
    policy: &SendPolicy,
    now: DateTime<Utc>,
) -> Result<Option<Message>> {
    if desk.read_db(|db| messages::next_due(db, now))?.is_none() {
        return Ok(None);
    }
    let zone = desk.zone();
    desk.write_db(|tx| {
        let Some(old) = messages::next_due(tx, now)? else {
            return Ok(None);
        };
        let new = old.claim(owner, policy, now)?;
        save(tx, &old, &new, zone)?;
        // Every change of the record is kept (A1), the lease included.
        let duty = duty_of(tx, &new)?;
        let detail = format!("try {} by {owner}", new.attempts);
        record(tx, &duty, Some(&old), &new, who, "message_sending", &detail)?;
        Ok(Some(new))
    })
}

/// Hand `m` to its channel and hold the lease meanwhile: the channel works on a thread of its
/// own while this one renews the lease every third of its term, in the database and in the
/// message's history like every change of it. However slow the server or the gateway, a send
/// under way never looks abandoned, so nobody takes it for "may have been sent" and sends it
/// again while it may still go. A sender that dies stops renewing, and the lease runs out as
/// before.
fn deliver_holding(
    desk: &mut impl Writes,
    who: &str,
    owner: &str,
    channels: &Channels,
    m: &Message,
    policy: &SendPolicy,
    clock: &dyn Fn() -> DateTime<Utc>,
) -> Outcome {
    let every = (policy.lease / 3)
        .to_std()
        .unwrap_or_default()
        .max(std::time::Duration::from_secs(1));
    std::thread::scope(|s| {
        let (tx, rx) = std::sync::mpsc::channel();
        let channel = s.spawn(move || {
            let _ = tx.send(channels.deliver(m));
        });
        loop {
            match rx.recv_timeout(every) {
                Ok(outcome) => return outcome,
                // A renewal that meets a busy database is tried again at the next beat: two
                // thirds of the term are still left.
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                    let _ = renew(desk, who, owner, m.id, policy, clock());
                }
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                    let why = match channel.join() {
                        Err(panic) => crate::notify::guard::panic_text(panic.as_ref()),
                        Ok(()) => "the channel ended without an outcome".into(),
                    };
                    return Outcome::Failed {
                        channel: channels.of(m.medium).kind(),
                        error: format!("opsdesk could not send this message: {why}"),
                        permanent: true,
                    };
                }
            }
        }
    })
}

/// Extend `owner`'s lease on message `id` by a full term from `now`; false when it no longer
/// holds it.
fn renew(
    desk: &mut impl Writes,
    who: &str,
    owner: &str,
    id: i64,
    policy: &SendPolicy,
    now: DateTime<Utc>,
) -> Result<bool> {
    let zone = desk.zone();
    desk.write_db(|tx| {
        let old = load(tx, id)?;
        let Some(new) = old.renew(owner, policy, now) else {
            return Ok(false);
        };
        save(tx, &old, &new, zone)?;
        let duty = duty_of(tx, &new)?;
        let detail = format!("try {} by {owner} still under way: lease renewed", new.attempts);
        record(tx, &duty, Some(&old), &new, who, "message_lease", &detail)?;
        Ok(true)
    })
}

/// Record what the channel said about a message `owner` holds; when every message of its duty
/// has gone, the duty is done.
fn settle(
    desk: &mut impl Writes,
    actor: &Actor,
    owner: &str,
    id: i64,
    outcome: &Outcome,
    policy: &SendPolicy,
    now: DateTime<Utc>,
) -> Result<Message> {
    let zone = desk.zone();
    desk.write_db(|tx| {
        let old = load(tx, id)?;
        if !old.held_by(owner) {
            return Err(crate::error::rule(format!(
                "message {id} is no longer held by this sender ({}, {})",
                old.state,
                old.lease_owner.as_deref().unwrap_or("-")
            )));
        }
        let new = old.settle(&actor.login, outcome, policy, now);
        save(tx, &old, &new, zone)?;
        let (word, detail) = match outcome {
            Outcome::Sent { receipt, .. } => ("sent", receipt.as_str()),
            Outcome::Failed { error, .. } => ("failed", error.as_str()),
            Outcome::Unknown { error, .. } => ("uncertain", error.as_str()),
        };
        messages::add_attempt(
            tx,
            &AttemptRow {
                message_id: id,
                attempt: new.attempts,
                at: now,
                owner,
                channel: new.channel,
                outcome: word,
                detail,
            },
        )?;
        let duty = duty_of(tx, &new)?;
        let action = match new.state {
            MessageState::Sent => "message_sent",
            MessageState::Queued => "message_retry",
            MessageState::Failed => "message_failed",
            _ => "message_uncertain",
        };
        let detail = match new.state {
            MessageState::Sent => format!("{} via {}: {detail}", reach(&new), word_of(&new)),
            _ => detail.to_string(),
        };
        record(tx, &duty, Some(&old), &new, &actor.login, action, &detail)?;
        if new.state == MessageState::Sent {
            finish_duty(tx, &duty, actor, now, zone)?;
        }
        Ok(new)
    })
}

fn word_of(m: &Message) -> &'static str {
    m.channel.map_or("-", |c| c.as_str())
}

/// The duty is done once every message of it has been sent.
fn finish_duty(tx: &dyn Db, duty: &Duty, actor: &Actor, now: DateTime<Utc>, zone: Tz) -> Result<()> {
    let all = messages::of_duty(tx, duty.id)?;
    if duty.done_at.is_some() || !crate::domain::message::duty_told(&all) {
        return Ok(());
    }
    let how = all
        .iter()
        .filter(|m| m.state == MessageState::Sent)
        .map(|m| format!("{} (message #{})", reach(m), m.id))
        .collect::<Vec<_>>()
        .join(", ");
    let how = format!("sent by opsdesk: {how}");
    crate::ops::kinds::on_sent(tx, duty, actor, now, &how, zone)
}

/// What one pass did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct PassReport {
    pub expired: usize,
    pub prepared: usize,
    pub sent: usize,
    pub retrying: usize,
    pub failed: usize,
    pub uncertain: usize,
    /// Duties whose message could not be written (a broken template, say): each with why. The
    /// others are written and sent all the same.
    pub problems: Vec<String>,
    /// Each message this pass handed to a channel, and what came of it, in order.
    pub settled: Vec<Settled>,
}

/// One message a pass tried, and what came of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Settled {
    pub message_id: i64,
    pub duty_id: i64,
    pub medium: crate::domain::message::Medium,
    /// Where it stands now: sent, queued (to retry), failed, uncertain.
    pub state: MessageState,
    /// The channel's receipt when sent, else the error.
    pub detail: String,
}

impl PassReport {
    pub fn is_empty(&self) -> bool {
        *self == PassReport::default()
    }
}

/// Who is sending: the login, the host and the process, so a lease names its holder.
pub fn sender_name(login: &str) -> String {
    let host = nix::unistd::gethostname()
        .ok()
        .and_then(|h| h.into_string().ok())
        .unwrap_or_else(|| "host".into());
    format!("{login}@{host}:{}", std::process::id())
}

/// One pass of the outbox: leases that ran out, messages for new duties, then everything due,
/// at most `limit` sends. `clock` gives the time of each step (sending takes time).
pub fn pass(
    desk: &mut impl Writes,
    actor: &Actor,
    channels: &Channels,
    clock: &dyn Fn() -> DateTime<Utc>,
    limit: usize,
) -> Result<PassReport> {
    pass_until(desk, actor, channels, clock, limit, &|| false)
}

/// [`pass`] that claims no further message once `stop` says so (a process shutting down): the
/// send under way finishes and is recorded.
pub fn pass_until(
    desk: &mut impl Writes,
    actor: &Actor,
    channels: &Channels,
    clock: &dyn Fn() -> DateTime<Utc>,
    limit: usize,
    stop: &dyn Fn() -> bool,
) -> Result<PassReport> {
    if desk.read_only() {
        return Err(crate::error::permission(
            "this is a read-only session: it sends nothing",
        ));
    }
    let owner = sender_name(&actor.login);
    let policy = SendPolicy::from_config(desk.config());
    let (prepared, problems) = prepare(desk, &actor.login, clock())?;
    let mut report = PassReport {
        expired: expire(desk, &actor.login, clock())?,
        prepared,
        problems,
        ..PassReport::default()
    };
    for _ in 0..limit {
        if stop() {
            break;
        }
        let Some(m) = claim(desk, &actor.login, &owner, &policy, clock())? else {
            break;
        };
        let outcome = deliver_holding(desk, &actor.login, &owner, channels, &m, &policy, clock);
        let done = settle(desk, actor, &owner, m.id, &outcome, &policy, clock())?;
        report.settled.push(Settled {
            message_id: done.id,
            duty_id: done.duty_id,
            medium: done.medium,
            state: done.state,
            detail: match &outcome {
                Outcome::Sent { receipt, .. } => receipt.clone(),
                Outcome::Failed { error, .. } | Outcome::Unknown { error, .. } => error.clone(),
            },
        });
        match done.state {
            MessageState::Sent => report.sent += 1,
            MessageState::Queued => report.retrying += 1,
            MessageState::Failed => report.failed += 1,
            _ => report.uncertain += 1,
        }
    }
    Ok(report)
}
