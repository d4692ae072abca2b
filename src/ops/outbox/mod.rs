//! The outbox: every duty to tell someone becomes messages (one per medium), which a person
//! reviews where the policy says so, and which are sent exactly once by whoever runs the engine.
//!
//! Sending never happens inside a transaction: a sender claims a message (a lease, committed),
//! hands it to its channel, then records the outcome in a second transaction. A sender that dies
//! in between leaves a lease that runs out, and the message becomes "may have been sent" rather
//! than being sent twice.

pub mod compose;
mod send;

pub use send::{PassReport, Settled, expire, pass, pass_until, sender_name};

use crate::domain::kind::Kind;
use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;

use super::messages::{duty_of, load, reach, record};
use super::step::{Stored, Transition};
use super::{Call, Writes};
use crate::domain::duty::{Duty, DutyKind};
use crate::domain::message::{Message, MessageState, ReviewPolicy};
use crate::error::{Code, Refusal, invalid};
use crate::store::db::Db;
use crate::store::messages;
use compose::Composer;

/// The review policy of the config.
pub fn review_policy(config: &crate::config::Config) -> ReviewPolicy {
    ReviewPolicy {
        automatic: config
            .notify
            .automatic
            .iter()
            .filter_map(|k| DutyKind::parse(k).ok())
            .collect(),
    }
}

/// Write the messages of open duties that have none yet. Returns how many were written, and why
/// each duty whose message could not be written was left (it is tried again next pass).
pub fn prepare(desk: &mut impl Writes, by: &str, now: DateTime<Utc>) -> Result<(usize, Vec<String>)> {
    let kinds: Vec<DutyKind> = DutyKind::ALL
        .iter()
        .copied()
        .filter(|k| !k.media().is_empty())
        .collect();
    let deferred: Vec<DutyKind> = kinds.iter().copied().filter(|k| k.message_waits_until_due()).collect();
    // Look before taking the write lock: most passes find nothing.
    if desk
        .read_db(|db| messages::duties_without(db, &kinds, &deferred, now, 1))?
        .is_empty()
    {
        return Ok((0, Vec::new()));
    }
    let review = review_policy(desk.config());
    let zone = desk.zone();
    let config = desk.config().clone();
    let templates = desk.templates().map(std::path::Path::to_path_buf);
    desk.write_db(|tx| {
        let composer = Composer {
            zone,
            config: &config,
            templates: templates.as_deref(),
        };
        let mut written = 0;
        let mut problems = Vec::new();
        for duty in messages::duties_without(tx, &kinds, &deferred, now, 100)? {
            // Composing only reads, so a duty that fails leaves nothing behind.
            let drafts = match compose::drafts(tx, &composer, &duty, now) {
                Ok(d) => d,
                Err(e) => {
                    problems.push(format!("duty {} ({}): {e:#}", duty.id, duty.kind.as_str()));
                    continue;
                }
            };
            for draft in drafts {
                let mut m = Message::new(duty.id, draft, review.state_for(duty.kind), now, by);
                let Some(id) = messages::insert(tx, &m)? else {
                    continue;
                };
                m.id = id;
                let action = match m.state {
                    MessageState::Queued => "message_queued",
                    MessageState::Draft => "message_review",
                    _ => "message_unsendable",
                };
                let detail = if m.last_error.is_empty() {
                    format!("{}: {}", reach(&m), m.subject)
                } else {
                    m.last_error.clone()
                };
                record(tx, &duty, None, &m, by, action, &detail)?;
                written += 1;
            }
        }
        Ok((written, problems))
    })
}

/// A message with the duty it serves and every try.
#[derive(Clone, Debug, Serialize)]
pub struct View {
    pub message: Message,
    pub duty: Duty,
    pub attempts: Vec<messages::Attempt>,
}

pub fn show(desk: &mut impl Writes, id: i64) -> Result<View> {
    desk.read_db(|conn| {
        let message = load(conn, id)?;
        let duty = duty_of(conn, &message)?;
        let attempts = messages::attempts(conn, id)?;
        Ok(View {
            message,
            duty,
            attempts,
        })
    })
}

/// A row of the outbox: the message and its duty.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Row {
    pub message: Message,
    pub duty: Duty,
}

/// One page of the outbox, newest first (keyed by id: `before` is the last id of the previous
/// page).
pub fn list(desk: &mut impl Writes, states: &[MessageState], before: Option<i64>, limit: usize) -> Result<Vec<Row>> {
    desk.read_db(|db| rows(db, states, before, limit))
}

/// [`list`] inside any transaction.
pub fn rows(conn: &dyn Db, states: &[MessageState], before: Option<i64>, limit: usize) -> Result<Vec<Row>> {
    messages::page(conn, states, before, limit)?
        .into_iter()
        .map(|message| {
            let duty = duty_of(conn, &message)?;
            Ok(Row { message, duty })
        })
        .collect()
}

/// Change message `id` through the one transaction step, as the actor is now (U4), refusing a
/// stale `if_version`; the history row's detail is the message's subject.
fn step(
    desk: &mut impl Writes,
    call: &Call,
    id: i64,
    action: &'static str,
    f: impl FnOnce(&dyn Db, &Message, &Duty, &Call) -> Result<Message>,
) -> Result<Message> {
    super::step::step(
        desk,
        call,
        id,
        "",
        |tx, old: &Message, call| {
            let duty = duty_of(tx, old)?;
            let new = f(tx, old, &duty, call)?;
            let subject = new.subject.clone();
            Ok(vec![Transition::to(action, new).with_detail(subject)])
        },
        |_, new, _| Ok(new.clone()),
    )
}

impl Stored for Message {
    fn load(conn: &dyn Db, id: i64) -> Result<Option<Message>> {
        messages::get(conn, id)
    }
    fn save(conn: &dyn Db, old: &Message, new: &Message) -> Result<bool> {
        messages::update(conn, old, new)
    }
    /// A message's changes show on the timeline of the record its duty is about.
    fn subject(&self, conn: &dyn Db) -> Result<(Kind, i64)> {
        let duty = duty_of(conn, self)?;
        Ok((duty.record_kind, duty.record_id))
    }
}

/// The draft `old` would be if written now from the record and the directory, refusing when its
/// duty is done already.
fn as_of_now(
    tx: &dyn Db,
    desk: &Composer,
    duty: &Duty,
    old: &Message,
    now: DateTime<Utc>,
) -> Result<Option<crate::domain::message::Draft>> {
    if duty.done_at.is_some() {
        return Err(crate::error::OpsError::Rule(format!(
            "duty {} was already done ({}): message {} is not needed",
            duty.id, duty.done_how, old.id
        ))
        .coded(
            Refusal::new(Code::MessageDutyDone)
                .text("duty", duty.id)
                .text("how", &duty.done_how)
                .text("id", old.id),
        )
        .into());
    }
    Ok(compose::drafts(tx, desk, duty, now)?
        .into_iter()
        .find(|d| d.medium == old.medium))
}

/// Approve, edit and retry: the composer of this desk.
fn composer_of(desk: &impl Writes) -> (chrono_tz::Tz, crate::config::Config, Option<std::path::PathBuf>) {
    (
        desk.zone(),
        desk.config().clone(),
        desk.templates().map(std::path::Path::to_path_buf),
    )
}

/// Every step on a message, as the command line and the console both ask for it.
#[derive(Clone, Debug, PartialEq)]
pub enum Cmd {
    /// Reviewed and approved: it goes on the next pass.
    Approve,
    /// The reviewer's own words.
    Edit { subject: String, body: String },
    /// Send again, after a failure or when it may have been sent.
    Retry,
}

/// Apply `cmd` to message `id`: one transaction through the one step.
pub fn apply(desk: &mut impl Writes, call: &Call, id: i64, cmd: &Cmd) -> Result<Message> {
    match cmd {
        Cmd::Approve => approve(desk, call, id),
        Cmd::Edit { subject, body } => edit(desk, call, id, subject, body),
        Cmd::Retry => retry(desk, call, id),
    }
}

/// Reviewed and approved: it goes on the next pass. A draft nobody edited is written afresh from
/// the record first, so what goes out says what is true now.
pub fn approve(desk: &mut impl Writes, call: &Call, id: i64) -> Result<Message> {
    let (zone, config, templates) = composer_of(desk);
    step(desk, call, id, "approve", |tx, old, duty, call| {
        let composer = Composer {
            zone,
            config: &config,
            templates: templates.as_deref(),
        };
        let fresh =
            as_of_now(tx, &composer, duty, old, call.now)?.and_then(|d| old.rerender(&d, &call.actor.login, call.now));
        let base = fresh.as_ref().unwrap_or(old);
        if !base.addressed() {
            return Err(crate::error::OpsError::Rule(format!(
                "message {id} has nobody to send to: {}",
                base.last_error
            ))
            .coded(
                Refusal::new(Code::MessageNobodyBecause)
                    .text("id", id)
                    .text("why", &base.last_error),
            )
            .into());
        }
        let mut new = base.approve(call.actor, call.now)?;
        new.version = old.version + 1;
        Ok(new)
    })
}

/// The reviewer's own words.
pub fn edit(desk: &mut impl Writes, call: &Call, id: i64, subject: &str, body: &str) -> Result<Message> {
    step(desk, call, id, "edit", |_, old, _, call| {
        Ok(old.edit(call.actor, subject, body, call.now)?)
    })
}

/// Send again: after a failure, or when it may not have gone and a person decides to. The
/// recipients are read from the directory again (the failure may have been a missing or wrong
/// address since fixed); an unedited text is written afresh too.
pub fn retry(desk: &mut impl Writes, call: &Call, id: i64) -> Result<Message> {
    let (zone, config, templates) = composer_of(desk);
    step(desk, call, id, "resend", |tx, old, duty, call| {
        let composer = Composer {
            zone,
            config: &config,
            templates: templates.as_deref(),
        };
        let base = match as_of_now(tx, &composer, duty, old, call.now)? {
            Some(d) => old
                .rerender(&d, &call.actor.login, call.now)
                .unwrap_or_else(|| Message {
                    to: d.to.clone(),
                    cc: d.cc.clone(),
                    ..old.clone()
                }),
            None => old.clone(),
        };
        let mut new = base.retry(call.actor, call.now)?;
        new.version = old.version + 1;
        Ok(new)
    })
}

/// Which messages the Outbox view lists.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OutboxFilter {
    /// Awaiting review, and those that failed or may have been sent: what needs a person.
    #[default]
    Attention,
    Queued,
    Sent,
    All,
}

impl OutboxFilter {
    pub const ALL: [OutboxFilter; 4] = [
        OutboxFilter::Attention,
        OutboxFilter::Queued,
        OutboxFilter::Sent,
        OutboxFilter::All,
    ];

    pub fn states(self) -> &'static [MessageState] {
        match self {
            OutboxFilter::Attention => &[MessageState::Draft, MessageState::Failed, MessageState::Uncertain],
            OutboxFilter::Queued => &[MessageState::Queued, MessageState::Sending],
            OutboxFilter::Sent => &[MessageState::Sent],
            OutboxFilter::All => &[],
        }
    }

    pub fn word(self) -> &'static str {
        match self {
            OutboxFilter::Attention => "attention",
            OutboxFilter::Queued => "queued",
            OutboxFilter::Sent => "sent",
            OutboxFilter::All => "all",
        }
    }

    pub fn next(self) -> OutboxFilter {
        let i = OutboxFilter::ALL.iter().position(|f| *f == self).unwrap_or(0);
        OutboxFilter::ALL[(i + 1) % OutboxFilter::ALL.len()]
    }
}

/// Parse a list of states from the CLI or the console: `draft,failed`, or `all`.
pub fn parse_states(s: &str) -> Result<Vec<MessageState>> {
    if s.trim() == "all" || s.trim().is_empty() {
        return Ok(Vec::new());
    }
    s.split(',')
        .map(|w| MessageState::parse(w).map_err(|e| invalid(e.to_string())))
        .collect()
}
