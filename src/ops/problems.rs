//! Problem commands (SPEC P1, I9): open one (from an incident whose cause needs a system change,
//! in the incident's own transaction), link the incidents it caused, plan its fix as a change
//! (the change's close marks it fixed), close it. Links are written on both records' timelines.

use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;

use super::engine::{self, Raised};
use super::step::{Stored, Transition, open, step, write};
use super::{Call, Writes};
use crate::domain::audit::diff;
use crate::domain::change::{Change, ChangeStatus, Outcome as ChangeOutcome};
use crate::domain::incident::Incident;
use crate::domain::kind::Kind;
use crate::domain::problem::{Edit, NewProblem, Problem, ProblemStatus};
use crate::domain::role::Actor;
use crate::error::{invalid, not_found};
use crate::store::db::Db;
use crate::store::{audit, changes as change_store, incidents, problems as store};

impl Stored for Problem {
    fn load(conn: &dyn Db, id: i64) -> Result<Option<Problem>> {
        store::get(conn, id)
    }
    fn save(conn: &dyn Db, old: &Problem, new: &Problem) -> Result<bool> {
        store::update(conn, old, new)
    }
}

/// A problem as shown: the record, its incidents (both ways), its change, its recurrences (I7).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct View {
    pub problem: Problem,
    /// (id, title, status, received) of each incident it caused, oldest first.
    pub incidents: Vec<(i64, String, String, DateTime<Utc>)>,
    /// The incidents after the first: the times it happened again.
    pub recurrences: usize,
    /// (id, title, status) of the planned change.
    pub change: Option<(i64, String, String)>,
}

pub fn view(conn: &dyn Db, p: Problem) -> Result<View> {
    let mut incs = Vec::new();
    let mut received = Vec::new();
    for (id, at) in store::incidents_of(conn, p.id)? {
        if let Some(i) = incidents::get(conn, id)? {
            incs.push((i.id, i.title, i.status.as_str().to_string(), at));
            received.push(at);
        }
    }
    let change = match p.change_id {
        Some(c) => change_store::get(conn, c)?.map(|c| (c.id, c.title, c.status.as_str().to_string())),
        None => None,
    };
    Ok(View {
        recurrences: Problem::recurrences(&received),
        problem: p,
        incidents: incs,
        change,
    })
}

pub fn get(conn: &dyn Db, id: i64) -> Result<View> {
    let p = store::get(conn, id)?.ok_or_else(|| not_found(format!("no problem {id}")))?;
    view(conn, p)
}

pub fn list(conn: &dyn Db, statuses: &[ProblemStatus], before: Option<i64>, limit: usize) -> Result<Vec<View>> {
    store::list(conn, statuses, before, limit)?
        .into_iter()
        .map(|p| view(conn, p))
        .collect()
}

/// The problems incident `id` is linked to (shown on the incident).
pub fn of_incident(conn: &(impl crate::store::db::Db + ?Sized), id: i64) -> Result<Vec<Problem>> {
    store::of_incident(conn, id)
}

fn history(tx: &dyn Db, who: &str, now: DateTime<Utc>, p: &Problem, action: &str, detail: &str) -> Result<()> {
    audit::append(
        tx,
        &audit::Entry {
            record: (Kind::Problem, p.id),
            subject: (Kind::Problem, p.id),
            at: now,
            actor: who,
            action,
            version: Some(p.version),
            changes: &diff(None::<&Problem>, p),
            detail,
        },
    )?;
    Ok(())
}

/// Link `incident` to problem `p` on both timelines (a link is a fact of both records); nothing
/// when they were linked already.
fn link_in(tx: &dyn Db, p: &Problem, incident: i64, who: &str, now: DateTime<Utc>) -> Result<bool> {
    let inc = incidents::get(tx, incident)?.ok_or_else(|| not_found(format!("no incident {incident}")))?;
    if !store::link(tx, p.id, inc.id, who, now)? {
        return Ok(false);
    }
    for (record, detail) in [
        ((Kind::Problem, p.id), format!("incident {}: {}", inc.id, inc.title)),
        ((Kind::Incident, inc.id), format!("problem {}: {}", p.id, p.title)),
    ] {
        audit::append(
            tx,
            &audit::Entry {
                record,
                subject: record,
                at: now,
                actor: who,
                action: "link",
                version: None,
                changes: &[],
                detail: &detail,
            },
        )?;
    }
    Ok(true)
}

/// Open a problem in the caller's transaction, with its first incidents linked.
pub(crate) fn open_in(
    tx: &dyn Db,
    actor: &Actor,
    new: &NewProblem,
    incidents: &[i64],
    now: DateTime<Utc>,
) -> Result<Problem> {
    let mut p = Problem::open(new, actor, now)?;
    p.id = store::insert(tx, &p)?;
    history(tx, &actor.login, now, &p, "create", "")?;
    for &i in incidents {
        link_in(tx, &p, i, &actor.login, now)?;
    }
    Ok(p)
}

/// P1: a new problem, with the incidents it caused.
pub fn create(
    desk: &mut impl Writes,
    actor: &Actor,
    new: &NewProblem,
    incidents: &[i64],
    now: DateTime<Utc>,
) -> Result<View> {
    let listed = desk.config().incident.services.clone();
    desk.write_db_as(actor, |tx, actor| {
        // I11: the service as the directory knows it (`计费` is `billing`).
        let new = NewProblem {
            service: super::services::resolve_in(tx, &listed, &new.service)?,
            ..new.clone()
        };
        let p = open_in(tx, actor, &new, incidents, now)?;
        view(tx, p)
    })
}

/// I9: resolve incident `id` whose cause needs a system change: the incident is resolved and,
/// in the same transaction, linked to problem `problem` or to a new problem made from it (its
/// title, service, category, and the cause as the root cause).
pub fn resolve_needing_change(
    desk: &mut impl Writes,
    call: &Call,
    id: i64,
    at: DateTime<Utc>,
    cause: &str,
    human_cause: bool,
    problem: Option<i64>,
) -> Result<(Incident, Vec<Raised>, Problem)> {
    let (policy, zone) = (desk.policy().clone(), desk.zone());
    open(desk, call, id, |tx, old: &Incident, call| {
        let inc = old.resolve(call.actor, at, cause, human_cause, call.now)?;
        write(tx, call, old, &inc, "resolve", "needs a system change (I9)", zone)?;
        let p = match problem {
            Some(pid) => {
                let p = store::get(tx, pid)?.ok_or_else(|| not_found(format!("no problem {pid}")))?;
                if p.status == ProblemStatus::Closed {
                    return Err(invalid(format!(
                        "problem {pid} is closed; open a new one (leave --problem out)"
                    )));
                }
                link_in(tx, &p, inc.id, &call.actor.login, call.now)?;
                p
            }
            None => {
                let new = NewProblem {
                    title: inc.title.clone(),
                    service: inc.service.clone(),
                    category: inc.category.as_str().to_string(),
                    root_cause: inc.cause.clone(),
                    workaround: String::new(),
                };
                open_in(tx, call.actor, &new, &[inc.id], call.now)?
            }
        };
        let raised = engine::evaluate(tx, &inc, &policy, call.now, &call.actor.login, zone)?;
        Ok((inc, raised, p))
    })
}

/// P1: link incident `incident` to problem `id`.
pub fn link(desk: &mut impl Writes, call: &Call, id: i64, incident: i64) -> Result<View> {
    open(desk, call, id, |tx, p: &Problem, call| {
        if p.status == ProblemStatus::Closed {
            return Err(invalid(format!("problem {id} is closed: it takes no more incidents")));
        }
        if !link_in(tx, p, incident, &call.actor.login, call.now)? {
            return Err(invalid(format!(
                "incident {incident} is linked to problem {id} already"
            )));
        }
        view(tx, p.clone())
    })
}

/// P1: better words for the cause or the workaround.
pub fn edit(desk: &mut impl Writes, call: &Call, id: i64, e: &Edit) -> Result<View> {
    step(
        desk,
        call,
        id,
        "",
        |_, p: &Problem, call| Ok(vec![Transition::to("edit", p.edit(call.actor, e, call.now)?)]),
        |tx, p, _| view(tx, p.clone()),
    )
}

/// P1: the fix is planned as change `change`.
pub fn plan(desk: &mut impl Writes, call: &Call, id: i64, change: i64) -> Result<View> {
    step(
        desk,
        call,
        id,
        "",
        |tx, p: &Problem, call| {
            let c = change_store::get(tx, change)?.ok_or_else(|| not_found(format!("no change {change}")))?;
            if c.status == ChangeStatus::Closed {
                return Err(invalid(format!(
                    "change {change} is closed already: plan the fix as a new change"
                )));
            }
            let detail = format!("change {}: {}", c.id, c.title);
            Ok(vec![
                Transition::to("plan", p.plan(call.actor, change, call.now)?).with_detail(detail),
            ])
        },
        |tx, p, _| view(tx, p.clone()),
    )
}

/// P1: close a problem (a supervisor).
pub fn close(desk: &mut impl Writes, call: &Call, id: i64, note: &str) -> Result<View> {
    step(
        desk,
        call,
        id,
        note,
        |_, p: &Problem, call| Ok(vec![Transition::to("close", p.close(call.actor, note, call.now)?)]),
        |tx, p, _| view(tx, p.clone()),
    )
}

/// P1: change `c` closed, in its own transaction: each problem whose planned fix it is becomes
/// fixed when it succeeded, open again otherwise.
pub(crate) fn change_closed(tx: &dyn Db, c: &Change, call: &Call, zone: chrono_tz::Tz) -> Result<()> {
    let succeeded = c.outcome == Some(ChangeOutcome::Succeeded);
    for p in store::planned_by(tx, c.id)? {
        if p.status != ProblemStatus::FixPlanned {
            continue;
        }
        let next = p.change_closed(call.actor, succeeded, call.now)?;
        let (action, detail) = if succeeded {
            ("fixed", format!("change {} closed: succeeded", c.id))
        } else {
            (
                "reopen",
                format!("change {} closed without success: the fix is to plan again", c.id),
            )
        };
        write(tx, call, &p, &next, action, &detail, zone)?;
    }
    Ok(())
}

/// A step on a problem, as the command line and the console ask for it.
#[derive(Clone, Debug, PartialEq)]
pub enum Cmd {
    /// P1: the fix is planned as this change.
    Plan { change: i64 },
    /// P1: closed, with a note.
    Close { note: String },
}

/// Take step `cmd` on problem `id`.
pub fn apply(desk: &mut impl Writes, call: &Call, id: i64, cmd: &Cmd) -> Result<View> {
    match cmd {
        Cmd::Plan { change } => plan(desk, call, id, *change),
        Cmd::Close { note } => close(desk, call, id, note),
    }
}
