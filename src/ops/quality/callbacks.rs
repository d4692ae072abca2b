//! Callbacks (SPEC Q7, I12): a verified incident, or a delivered request, owes its reporter a
//! call `[quality] callback_after_days` later; the callback is a duty of its own record until the
//! reporter is reached. A reporter reached and not satisfied reopens the incident in the same
//! transaction, and the escalation engine counts the new handling from then.

use anyhow::Result;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::domain::audit::diff;
use crate::domain::callback::{CallResult, Callback, CallbackStatus};
use crate::domain::duty::{Duty, DutyKind};
use crate::domain::escalation::DutySpec;
use crate::domain::incident::{Channel, Incident, Status};
use crate::domain::kind::Kind;
use crate::domain::request::{Request, RequestStatus};
use crate::notify::recipients::Subject;
use crate::ops::step::{Stored, Transition, step};
use crate::ops::{Call, Writes};
use crate::store::db::Db;
use crate::store::{audit, callbacks as store, duties, incidents};

impl Stored for Callback {
    fn load(conn: &dyn Db, id: i64) -> Result<Option<Callback>> {
        store::get(conn, id)
    }
    fn save(conn: &dyn Db, old: &Callback, new: &Callback) -> Result<bool> {
        store::update(conn, old, new)
    }
}

/// A callback as shown, with its duty.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct View {
    pub callback: Callback,
    pub duties: Vec<Duty>,
}

pub fn view(conn: &dyn Db, c: Callback) -> Result<View> {
    let duties = duties::of_record(conn, Kind::Callback, c.id)?;
    Ok(View { callback: c, duties })
}

pub fn get(conn: &dyn Db, id: i64) -> Result<View> {
    let c = store::get(conn, id)?.ok_or_else(|| crate::error::not_found(format!("no callback {id}")))?;
    view(conn, c)
}

pub fn list(conn: &dyn Db, statuses: &[CallbackStatus], before: Option<i64>, limit: usize) -> Result<Vec<View>> {
    store::list(conn, statuses, before, limit)?
        .into_iter()
        .map(|c| view(conn, c))
        .collect()
}

/// Schedule a callback for one handling of a record, once, with its duty.
#[allow(clippy::too_many_arguments)]
fn schedule_in(
    tx: &dyn Db,
    record: (Kind, i64, i64),
    person: &str,
    contact: &str,
    done_at: DateTime<Utc>,
    days: u32,
    call: &Call,
    zone: Tz,
) -> Result<()> {
    let mut c = Callback::schedule(record, person, contact, done_at, days, call.actor, call.now);
    let Some(id) = store::insert_new(tx, &c)? else {
        return Ok(());
    };
    c.id = id;
    let detail = format!("{} {}: call {} back", record.0, record.1, c.person);
    audit::append(
        tx,
        &audit::Entry {
            record: (Kind::Callback, c.id),
            subject: (record.0, record.1),
            at: call.now,
            actor: &call.actor.login,
            action: "schedule",
            version: Some(c.version),
            changes: &diff(None, &c),
            detail: &detail,
        },
    )?;
    let spec = DutySpec {
        kind: DutyKind::Q7Callback,
        episode: 0,
        raised_at: call.now.min(c.due_at),
        due_at: c.due_at,
    };
    crate::ops::duties::raise(
        tx,
        (Kind::Callback, c.id),
        Subject::Callback(&c),
        &spec,
        &call.actor.login,
        call.now,
        zone,
    )?;
    Ok(())
}

/// Q7: after each step of an incident: verified with a person to call, its callback is owed.
pub(crate) fn after_incident(tx: &dyn Db, inc: &Incident, days: u32, call: &Call, zone: Tz) -> Result<()> {
    let (Status::Verified, Some(at)) = (inc.status, inc.verified_at) else {
        return Ok(());
    };
    if inc.channel == Channel::Monitoring || inc.reporter.trim().is_empty() {
        return Ok(());
    }
    schedule_in(
        tx,
        (Kind::Incident, inc.id, inc.episode),
        &inc.reporter,
        &inc.contact,
        at,
        days,
        call,
        zone,
    )
}

/// Q7: after each step of a request: delivered, its requester is owed a callback.
pub(crate) fn after_request(tx: &dyn Db, r: &Request, days: u32, call: &Call, zone: Tz) -> Result<()> {
    let (RequestStatus::Delivered, Some(at)) = (r.status, r.delivered_at) else {
        return Ok(());
    };
    schedule_in(
        tx,
        (Kind::Request, r.id, 0),
        &r.requester,
        &r.contact,
        at,
        days,
        call,
        zone,
    )
}

/// What recording a call did: the callback, and the incident it reopened (I12).
#[derive(Clone, Debug, Serialize)]
pub struct Outcome {
    pub view: View,
    pub reopened: Option<i64>,
}

/// Q7: record a call to the reporter.
pub fn record(desk: &mut impl Writes, call: &Call, id: i64, result: &CallResult) -> Result<Outcome> {
    let (zone, policy) = (desk.zone(), desk.policy().clone());
    let least = desk.config().incident.satisfied_at_least;
    let (action, detail) = match result {
        CallResult::NotReached { remarks } => ("not_reached", format!("not reached: {remarks}")),
        CallResult::Reached { satisfaction, remarks } => ("reached", format!("satisfaction {satisfaction}: {remarks}")),
    };
    step(
        desk,
        call,
        id,
        &detail,
        |_, c: &Callback, call| {
            let can_reopen = c.record_kind == Kind::Incident;
            Ok(vec![Transition::to(
                action,
                c.record(call.actor, result, least, can_reopen, call.now)?,
            )])
        },
        |tx, c, call| {
            let login = &call.actor.login;
            if c.status == CallbackStatus::Reached {
                for d in duties::of_record(tx, Kind::Callback, c.id)?
                    .iter()
                    .filter(|d| d.done_at.is_none())
                {
                    let how = format!("reached {}: satisfaction {}", c.person, c.satisfaction.unwrap_or(0));
                    crate::ops::duties::complete_in(tx, d, login, call.now, &how, call.now, zone)?;
                }
            }
            let mut reopened = None;
            if c.reopened
                && let Some(old) = incidents::get(tx, c.record_id)?
                && old.episode == c.episode
            {
                let new = old.reopen_after_callback(call.actor, call.now, call.now)?;
                let why = format!("callback {}: the reporter is not satisfied (I12): {}", c.id, c.remarks);
                crate::ops::step::write(tx, call, &old, &new, "reopen", &why, zone)?;
                crate::ops::engine::evaluate(tx, &new, &policy, call.now, login, zone)?;
                reopened = Some(new.id);
            }
            Ok(Outcome {
                view: view(tx, c.clone())?,
                reopened,
            })
        },
    )
}
