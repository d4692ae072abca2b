//! Service request commands (SPEC R1–R5, R7, R8): each one transaction through the one step that
//! checks the rules, writes the record and its history, and keeps the request's duties in line
//! with its clock: the limit (with its countdown), the receipt to the requester and the warning
//! to the owner and supervisors, raised when the clock starts, withdrawn when it stops or moves,
//! done when the limit is met.

use anyhow::Result;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::step::{Stored, Transition, step};
use super::{Call, Writes};
use crate::domain::audit::diff;
use crate::domain::duty::{Duty, DutyKind};
use crate::domain::escalation::DutySpec;
use crate::domain::kind::Kind;
use crate::domain::request::{Approval, Delivery, NewRequest, Request, RequestStatus, Rules, Verdict};
use crate::domain::role::Actor;
use crate::domain::time::local_minute;
use crate::error::not_found;
use crate::notify::recipients::Subject;
use crate::store::db::Db;
use crate::store::{audit, departments, duties, requests as store, users};

mod accounts;
mod export;
mod views;

pub use accounts::{
    AccountRow, PersonOutcome, account_rows, list_accounts, person_change, removals_by_due, remove_account,
};
pub use export::{ExportSpec, export, exports};
pub(crate) use export::{cell as csv_cell, record as record_export};
pub use views::{View, list, open_views, show};

/// The calendar and the policy every step of a request needs.
pub fn rules(desk: &impl Writes) -> Rules {
    Rules::from_config(desk.config())
}

/// What a command did: the request as it now stands and the duties it raised.
#[derive(Debug)]
pub struct Outcome {
    pub request: Request,
    pub raised: Vec<Duty>,
}

impl Stored for Request {
    fn load(conn: &dyn Db, id: i64) -> Result<Option<Request>> {
        store::get(conn, id)
    }
    fn save(conn: &dyn Db, old: &Request, new: &Request) -> Result<bool> {
        store::update(conn, old, new)
    }
}

/// The requesting department must be in the directory: the receipt goes to it (U3).
fn known_department(conn: &dyn Db, code: &str) -> Result<()> {
    if departments::by_code(conn, code)?.is_none() {
        return Err(not_found(format!("no department {code:?}; see opsdesk dept list")));
    }
    Ok(())
}

/// R1–R5: a form as it reached IT. Its clock starts at once when no approval is missing.
pub fn create(desk: &mut impl Writes, actor: &Actor, new: &NewRequest, now: DateTime<Utc>) -> Result<Outcome> {
    let (rules, zone) = (rules(desk), desk.zone());
    desk.write_db_as(actor, |tx, actor| {
        let mut r = Request::open(new, actor, &rules, now)?;
        known_department(tx, &r.dept)?;
        r.id = store::insert(tx, &r)?;
        audit::append(
            tx,
            &audit::Entry {
                record: (Kind::Request, r.id),
                subject: (Kind::Request, r.id),
                at: now,
                actor: &actor.login,
                action: "create",
                version: Some(r.version),
                changes: &diff(None, &r),
                detail: "",
            },
        )?;
        let raised = sync(tx, &r, &rules, &Call::new(actor, now), zone)?;
        Ok(Outcome { request: r, raised })
    })
}

/// Every step on a request, as the command line and the console both ask for it.
#[derive(Clone, Debug, PartialEq)]
pub enum Cmd {
    /// Take it, or (a supervisor) give it `to` someone; `at` when recorded after the fact.
    Accept {
        to: Option<String>,
        at: Option<DateTime<Utc>>,
    },
    /// An approval that reached IT (R2's chain, R3's leader, R4's president).
    Approve(Approval),
    /// R4: the IT manager's decision whether the president must approve.
    Decide {
        president: bool,
    },
    /// R3: the permission is beyond the business department's authority.
    Escalate {
        reason: String,
        at: DateTime<Utc>,
    },
    /// R7: waiting for the requester's material.
    Pause {
        reason: String,
        at: DateTime<Utc>,
    },
    Resume {
        at: DateTime<Utc>,
    },
    /// R1's first evaluation (or a new project), R5's first opinion.
    Evaluate {
        note: String,
        new_project: bool,
        at: DateTime<Utc>,
    },
    Deliver {
        delivery: Delivery,
        at: DateTime<Utc>,
    },
    /// R1: the feedback form.
    Confirm {
        verdict: Verdict,
        form: String,
        note: String,
        at: DateTime<Utc>,
    },
    /// Into the archive; an unfinished one with a reason.
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
            Cmd::Approve(_) => "approve",
            Cmd::Decide { .. } => "decide",
            Cmd::Escalate { .. } => "escalate",
            Cmd::Pause { .. } => "pause",
            Cmd::Resume { .. } => "resume",
            Cmd::Evaluate { .. } => "evaluate",
            Cmd::Deliver { .. } => "deliver",
            Cmd::Confirm { .. } => "confirm",
            Cmd::Close { .. } => "close",
        }
    }

    /// The history's detail line: the words the step was given.
    fn detail(&self) -> String {
        match self {
            Cmd::Approve(a) => format!("{} approved: {}", a.role, a.by),
            Cmd::Decide { president } => {
                if *president {
                    "R4: the president must approve".into()
                } else {
                    "R4: no president's approval needed".into()
                }
            }
            Cmd::Escalate { reason, .. } | Cmd::Pause { reason, .. } | Cmd::Close { reason, .. } => reason.clone(),
            Cmd::Evaluate { note, .. } => note.clone(),
            Cmd::Deliver { delivery, .. } => delivery.note.clone(),
            Cmd::Confirm { verdict, note, .. } => format!("{verdict}: {note}"),
            Cmd::Accept { .. } | Cmd::Resume { .. } => String::new(),
        }
    }
}

/// Apply `cmd` to request `id`: one transaction through the one step, the request's duties
/// brought in line with its clock in the same transaction.
pub fn apply(desk: &mut impl Writes, call: &Call, id: i64, cmd: &Cmd) -> Result<Outcome> {
    let (rules, zone) = (rules(desk), desk.zone());
    let callback_days = desk.config().quality.callback_after_days;
    if let Cmd::Accept { to: Some(login), .. } = cmd
        && desk.read_db(|db| users::by_login(db, login))?.is_none()
    {
        return Err(not_found(format!("no user {login}")));
    }
    let detail = cmd.detail();
    step(
        desk,
        call,
        id,
        &detail,
        |_, old: &Request, call| {
            let (actor, now, r) = (call.actor, call.now, &rules);
            let new = match cmd {
                Cmd::Accept { to, at } => {
                    let owner = to.as_deref().unwrap_or(&actor.login);
                    old.accept(actor, owner, at.unwrap_or(now), r, now)?
                }
                Cmd::Approve(a) => old.approve(actor, a.clone(), r, now)?,
                Cmd::Decide { president } => old.decide(actor, *president, r, now)?,
                Cmd::Escalate { reason, at } => old.escalate(actor, reason, *at, r, now)?,
                Cmd::Pause { reason, at } => old.pause(actor, reason, *at, r, now)?,
                Cmd::Resume { at } => old.resume(actor, *at, r, now)?,
                Cmd::Evaluate { note, new_project, at } => old.evaluate(actor, note, *new_project, *at, r, now)?,
                Cmd::Deliver { delivery, at } => old.deliver(actor, delivery, *at, r, now)?,
                Cmd::Confirm {
                    verdict,
                    form,
                    note,
                    at,
                } => old.confirm(actor, *verdict, form, note, *at, r, now)?,
                Cmd::Close { reason, at } => old.close(actor, reason, *at, r, now)?,
            };
            Ok(vec![Transition::to(cmd.action(), new)])
        },
        |tx, new, call| {
            if matches!(cmd, Cmd::Deliver { .. }) {
                // R3: the accounts opsdesk keeps follow a delivered account request.
                accounts::register(tx, new, call, zone)?;
            }
            let raised = sync(tx, new, &rules, call, zone)?;
            crate::ops::quality::callbacks::after_request(tx, new, callback_days, call, zone)?;
            Ok(Outcome {
                request: new.clone(),
                raised,
            })
        },
    )
}

/// Why an open duty of `r` is no longer owed, for its history row.
fn why_withdrawn(r: &Request, zone: Tz) -> String {
    if r.status == RequestStatus::Closed {
        return format!("withdrawn: request {} was closed unfinished: {}", r.id, r.close_reason);
    }
    if let Some(at) = r.met_at {
        return format!("withdrawn: the limit was met at {}", local_minute(at, zone));
    }
    if let Some(p) = r.open_pause() {
        return format!(
            "withdrawn: the clock stands still from {}: {}",
            local_minute(p.from, zone),
            p.said()
        );
    }
    match r.due_at {
        None => format!(
            "withdrawn: no clock until {} approve(s) (R7)",
            r.missing_approvals().join(", ")
        ),
        Some(due) => format!("withdrawn: the deadline moved to {}", local_minute(due, zone)),
    }
}

/// Bring `r`'s duties in line with its clock (R7), in the step's transaction: the limit of the
/// current handling and its warning are owed while the clock runs, withdrawn when it stops or
/// its deadline moves, and the limit is done when met; the requester's receipt is owed from the
/// clock's start until the limit is met. Returns what it raised.
fn sync(tx: &dyn Db, r: &Request, rules: &Rules, call: &Call, zone: Tz) -> Result<Vec<Duty>> {
    let limit = r.limit_duty();
    let login = &call.actor.login;
    for d in duties::of_record(tx, Kind::Request, r.id)? {
        if d.done_at.is_some() {
            continue;
        }
        let owed = match d.kind {
            DutyKind::R7Receipt => r.met_at.is_none() && r.status != RequestStatus::Closed && r.clock_start.is_some(),
            _ => d.episode == r.episode && r.clock_running(),
        };
        match r.met_at {
            Some(at) if d.kind == limit && d.episode == r.episode => {
                let how = if r.met_by_evaluation() {
                    "the first evaluation went back to the requester"
                } else {
                    "delivered"
                };
                super::duties::complete_in(tx, &d, login, at, how, call.now, zone)?;
            }
            _ if owed => {}
            _ => {
                super::duties::withdraw_in(tx, &d, login, &why_withdrawn(r, zone), call.now, zone)?;
            }
        }
    }
    let mut raised = Vec::new();
    let (Some(due), Some(since)) = (r.due_at, r.clock_since()) else {
        return Ok(raised);
    };
    if !r.clock_running() {
        return Ok(raised);
    }
    let mut owe = |kind: DutyKind, raised_at: DateTime<Utc>, due_at: DateTime<Utc>| -> Result<()> {
        let spec = DutySpec {
            kind,
            episode: r.episode,
            raised_at,
            due_at,
        };
        let subject = Subject::Request(r);
        if let Some(d) = super::duties::raise(tx, (Kind::Request, r.id), subject, &spec, login, call.now, zone)? {
            raised.push(d);
        }
        Ok(())
    };
    owe(limit, since, due)?;
    // A deadline already past when it is recorded needs no warning and no "due by" message.
    if due > call.now {
        let warn = r.warn_at(rules).unwrap_or(due).max(call.now).max(since);
        owe(DutyKind::R7Warning, since, warn)?;
        // On the clock's start, not on a resume: the requester hears of the deadline once.
        if since == r.clock_start.unwrap_or(since) {
            owe(DutyKind::R7Receipt, call.now, call.now + rules.policy.receipt_within)?;
        }
    }
    Ok(raised)
}
