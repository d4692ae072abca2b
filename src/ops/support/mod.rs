//! Support centre commands (SPEC R9, R7): each one transaction through the one step that checks
//! the rules, writes the form and its history, and keeps its reply duty in line: owed from the
//! approved form's arrival until a reply is recorded (by hand, or the outbox's message to the
//! initiator), withdrawn when the form is closed unanswered.

use anyhow::Result;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::step::{Stored, Transition, step};
use super::{Call, Writes};
use crate::domain::audit::diff;
use crate::domain::duty::{Duty, DutyKind};
use crate::domain::escalation::DutySpec;
use crate::domain::kind::Kind;
use crate::domain::role::Actor;
use crate::domain::support::{NewForm, NewUrgent, ReplyChannel, ReviewVerdict, SupportForm, SupportRules};
use crate::error::not_found;
use crate::notify::recipients::Subject;
use crate::store::db::Db;
use crate::store::{audit, departments, duties, support as store, users};

mod views;

pub use views::{LedgerView, View, console_lists, ledger, list, open_views, show};

/// The calendar and the policy every step of a form needs.
pub fn rules(desk: &impl Writes) -> SupportRules {
    SupportRules::from_config(desk.config())
}

/// What a command did: the form as it now stands and the duties it raised.
#[derive(Debug)]
pub struct Outcome {
    pub form: SupportForm,
    pub raised: Vec<Duty>,
}

impl Stored for SupportForm {
    fn load(conn: &dyn Db, id: i64) -> Result<Option<SupportForm>> {
        store::get(conn, id)
    }
    fn save(conn: &dyn Db, old: &SupportForm, new: &SupportForm) -> Result<bool> {
        store::update(conn, old, new)
    }
}

/// R9: the approved form as it reached the centre; its reply clock starts (R7).
pub fn create(desk: &mut impl Writes, actor: &Actor, new: &NewForm, now: DateTime<Utc>) -> Result<Outcome> {
    let (rules, zone) = (rules(desk), desk.zone());
    desk.write_db_as(actor, |tx, actor| {
        let mut f = SupportForm::open(new, actor, &rules, now)?;
        if departments::by_code(tx, &f.dept)?.is_none() {
            return Err(not_found(format!("no department {:?}; see opsdesk dept list", f.dept)));
        }
        f.id = store::insert(tx, &f)?;
        audit::append(
            tx,
            &audit::Entry {
                record: (Kind::Support, f.id),
                subject: (Kind::Support, f.id),
                at: now,
                actor: &actor.login,
                action: "create",
                version: Some(f.version),
                changes: &diff(None, &f),
                detail: "",
            },
        )?;
        let raised = sync(tx, &f, &Call::new(actor, now), zone)?;
        Ok(Outcome { form: f, raised })
    })
}

/// Every step on a form, as the command line asks for it.
#[derive(Clone, Debug, PartialEq)]
pub enum Cmd {
    /// Into the ledger, with the work plan.
    Accept {
        plan: String,
        at: DateTime<Utc>,
    },
    /// R9: the traceable reply.
    Reply {
        channel: ReplyChannel,
        text: String,
        at: DateTime<Utc>,
    },
    /// R9: the urgent form.
    Urgent(NewUrgent),
    /// R9: the proposal sent for review (a new round).
    Proposal {
        note: String,
        at: DateTime<Utc>,
    },
    /// R9: the leaders' verdict.
    Review {
        verdict: ReviewVerdict,
        reviewer: String,
        comments: String,
        at: DateTime<Utc>,
    },
    /// R9: a supervisor gives the proposal to another author.
    Reassign {
        to: String,
        reason: String,
    },
    /// The project number, once set up.
    Number(String),
    Close {
        reason: String,
        at: DateTime<Utc>,
    },
}

impl Cmd {
    /// The history's word for it.
    fn action(&self) -> &'static str {
        match self {
            Cmd::Accept { .. } => "accept",
            Cmd::Reply { .. } => "reply",
            Cmd::Urgent(_) => "urgent",
            Cmd::Proposal { .. } => "proposal",
            Cmd::Review { .. } => "review",
            Cmd::Reassign { .. } => "reassign",
            Cmd::Number(_) => "number",
            Cmd::Close { .. } => "close",
        }
    }

    /// The history's detail line: the words the step was given.
    fn detail(&self) -> String {
        match self {
            Cmd::Accept { plan, .. } => plan.clone(),
            Cmd::Reply { channel, text, .. } => format!("{channel}: {text}"),
            Cmd::Urgent(u) => format!("approved by {}: {}", u.approved_by, u.reason),
            Cmd::Proposal { note, .. } => note.clone(),
            Cmd::Review {
                verdict,
                reviewer,
                comments,
                ..
            } => format!("{verdict} by {reviewer}: {comments}"),
            Cmd::Reassign { to, reason } => format!("to {to}: {reason}"),
            Cmd::Number(n) => n.clone(),
            Cmd::Close { reason, .. } => reason.clone(),
        }
    }
}

/// Apply `cmd` to form `id`: one transaction through the one step, its reply duty brought in
/// line in the same transaction.
pub fn apply(desk: &mut impl Writes, call: &Call, id: i64, cmd: &Cmd) -> Result<Outcome> {
    let zone = desk.zone();
    if let Cmd::Reassign { to, .. } = cmd
        && desk.read_db(|db| users::by_login(db, to))?.is_none()
    {
        return Err(not_found(format!("no user {to}")));
    }
    let detail = cmd.detail();
    step(
        desk,
        call,
        id,
        &detail,
        |tx, old: &SupportForm, call| {
            let (actor, now) = (call.actor, call.now);
            let new = match cmd {
                Cmd::Accept { plan, at } => old.accept(actor, plan, *at, now)?,
                Cmd::Reply { channel, text, at } => old.reply(actor, *channel, text, *at, now)?,
                Cmd::Urgent(u) => {
                    // Whom it overtakes is read from the ledger inside this transaction.
                    let queue = store::queue(tx, 10_000)?;
                    old.urgent(actor, u, &queue, now)?
                }
                Cmd::Proposal { note, at } => old.send_for_review(actor, note, *at, now)?,
                Cmd::Review {
                    verdict,
                    reviewer,
                    comments,
                    at,
                } => old.review(actor, *verdict, reviewer, comments, *at, now)?,
                Cmd::Reassign { to, reason } => old.reassign(actor, to, reason, now)?,
                Cmd::Number(n) => old.number(actor, n, now)?,
                Cmd::Close { reason, at } => old.close(actor, reason, *at, now)?,
            };
            Ok(vec![Transition::to(cmd.action(), new)])
        },
        |tx, new, call| {
            let raised = sync(tx, new, call, zone)?;
            Ok(Outcome {
                form: new.clone(),
                raised,
            })
        },
    )
}

/// The outbox sent the reply duty's message to the initiator: that is the reply (R9), recorded on
/// the form with how it went, and the duty is done.
pub fn reply_sent_by_outbox(
    tx: &dyn Db,
    duty: &Duty,
    actor: &Actor,
    now: DateTime<Utc>,
    how: &str,
    zone: Tz,
) -> Result<()> {
    let old =
        store::get(tx, duty.record_id)?.ok_or_else(|| not_found(format!("no support form {}", duty.record_id)))?;
    if old.replied_at.is_none() && old.is_open() {
        let new = old.reply(actor, ReplyChannel::Outbox, how, now, now)?;
        let call = Call::new(actor, now);
        super::step::write(tx, &call, &old, &new, "reply", how, zone)?;
    }
    super::duties::complete_in(tx, duty, &actor.login, now, how, now, zone).map(|_| ())
}

/// Bring the form's reply duty in line (R7, R9): owed while no reply is recorded and the form is
/// open; done at the reply; withdrawn when the form is closed unanswered.
fn sync(tx: &dyn Db, f: &SupportForm, call: &Call, zone: Tz) -> Result<Vec<Duty>> {
    let login = &call.actor.login;
    let mine = duties::of_record(tx, Kind::Support, f.id)?;
    for d in mine.iter().filter(|d| d.done_at.is_none()) {
        match (f.replied_at, f.is_open()) {
            (Some(at), _) => {
                let how = format!(
                    "replied by {}: {}",
                    f.reply_channel.map_or("?", |c| c.as_str()),
                    f.reply_text
                );
                super::duties::complete_in(tx, d, login, at, &how, call.now, zone)?;
            }
            (None, false) => {
                let why = format!("withdrawn: support form {} was closed: {}", f.id, f.close_reason);
                super::duties::withdraw_in(tx, d, login, &why, call.now, zone)?;
            }
            (None, true) => {}
        }
    }
    let mut raised = Vec::new();
    if f.replied_at.is_none() && f.is_open() {
        let spec = DutySpec {
            kind: DutyKind::R9Reply,
            episode: 0,
            raised_at: f.clock_start,
            due_at: f.reply_due,
        };
        let subject = Subject::Support(f);
        if let Some(d) = super::duties::raise(tx, (Kind::Support, f.id), subject, &spec, login, call.now, zone)? {
            raised.push(d);
        }
    }
    Ok(raised)
}
