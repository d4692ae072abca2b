//! Emergencies (SPEC E1, E2, I14): plans and drills here, the response a major incident starts in
//! `response.rs`, the engine's beat over active responses in `beat.rs`, what their messages say
//! in `documents.rs`, and what screens show in `views.rs`. Each command is one transaction
//! through the one step; duties are raised through the duties' unique key.

use anyhow::Result;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::step::{Stored, Transition, step};
use super::{Call, Writes};
use crate::domain::audit::diff;
use crate::domain::duty::{Duty, DutyKind};
use crate::domain::emergency::{Drill, Held, Member, NewDrill, NewPlan, Plan, Rules};
use crate::domain::escalation::DutySpec;
use crate::domain::kind::Kind;
use crate::domain::role::Actor;
use crate::error::not_found;
use crate::notify::recipients::Subject;
use crate::store::db::Db;
use crate::store::{audit, duties, emergency as store, users};

mod beat;
pub mod documents;
mod response;
mod views;

pub use beat::beat;
pub use response::{
    CorrectiveFor, Outcome, ResponseCmd, apply_response, declare, measure_to_corrective, measure_to_problem,
};
pub use views::{
    Banner, PlanRow, PlanView, ResponseView, banners, drills, duty_titles, in_force, of_incident, plan_rows, plans,
    responses, show_drill, show_plan, show_response,
};

/// The config's `[emergency]` numbers.
pub fn rules(desk: &impl Writes) -> Rules {
    Rules::from_config(desk.config())
}

impl Stored for Plan {
    fn load(conn: &dyn Db, id: i64) -> Result<Option<Plan>> {
        store::plan(conn, id)
    }
    fn save(conn: &dyn Db, old: &Plan, new: &Plan) -> Result<bool> {
        store::update_plan(conn, old, new)
    }
}

impl Stored for Drill {
    fn load(conn: &dyn Db, id: i64) -> Result<Option<Drill>> {
        store::drill(conn, id)
    }
    fn save(conn: &dyn Db, old: &Drill, new: &Drill) -> Result<bool> {
        store::update_drill(conn, old, new)
    }
}

/// A new record's history row, on its own timeline.
fn created<T: crate::domain::kind::Record + serde::Serialize>(
    tx: &dyn Db,
    rec: &T,
    actor: &str,
    now: DateTime<Utc>,
    action: &str,
    detail: &str,
) -> Result<()> {
    audit::append(
        tx,
        &audit::Entry {
            record: (T::KIND, rec.id()),
            subject: (T::KIND, rec.id()),
            at: now,
            actor,
            action,
            version: rec.version(),
            changes: &diff(None, rec),
            detail,
        },
    )?;
    Ok(())
}

/// Raise each of `specs` on `record` unless it exists (the duties' unique key); the new ones.
pub(crate) fn raise_all(
    tx: &dyn Db,
    record: (Kind, i64),
    subject: Subject,
    specs: &[DutySpec],
    actor: &str,
    now: DateTime<Utc>,
    zone: Tz,
) -> Result<Vec<Duty>> {
    let mut out = Vec::new();
    for spec in specs {
        if let Some(d) = super::duties::raise(tx, record, subject, spec, actor, now, zone)? {
            out.push(d);
        }
    }
    Ok(out)
}

/// Close the open duty of `kind` on `record` as done by its record's step (`how`).
pub(crate) fn close_duty(
    tx: &dyn Db,
    record: (Kind, i64),
    kind: DutyKind,
    by: &str,
    how: &str,
    now: DateTime<Utc>,
    zone: Tz,
) -> Result<()> {
    for d in duties::of_record(tx, record.0, record.1)? {
        if d.kind == kind && d.done_at.is_none() {
            super::duties::complete_in(tx, &d, by, now.max(d.raised_at), how, now, zone)?;
        }
    }
    Ok(())
}

/// The leadership group as the directory names them now: each login must be a user (U3).
fn resolve_group(tx: &dyn Db, group: &[Member]) -> Result<Vec<Member>> {
    group
        .iter()
        .map(|m| {
            let u = users::by_login(tx, &m.login)?
                .ok_or_else(|| not_found(format!("no user {}; see opsdesk user list", m.login)))?;
            Ok(Member {
                login: u.login,
                name: u.name,
                role: crate::text::normalize(&m.role),
            })
        })
        .collect()
}

/// E1: a new plan, a draft.
pub fn create_plan(desk: &mut impl Writes, actor: &Actor, new: &NewPlan, now: DateTime<Utc>) -> Result<Plan> {
    let rules = rules(desk);
    let listed = desk.config().incident.services.clone();
    desk.write_db_as(actor, |tx, actor| {
        let mut new = new.clone();
        if let Some(g) = &new.group {
            new.group = Some(resolve_group(tx, g)?);
        }
        // I11, I14: the services as the directory knows them (an incident's service is its code).
        if let Some(s) = &new.services {
            new.services = Some(crate::ops::services::resolve_all_in(tx, &listed, s)?);
        }
        let mut p = Plan::draft(&new, &rules, actor, now)?;
        p.id = store::insert_plan(tx, &p)?;
        created(tx, &p, &actor.login, now, "create", &p.name)?;
        Ok(p)
    })
}

/// The steps on a plan.
#[derive(Clone, Debug, PartialEq)]
pub enum PlanCmd {
    Approve,
    Revise(NewPlan),
    Retire,
}

/// E1: one step on plan `id`.
pub fn apply_plan(desk: &mut impl Writes, call: &Call, id: i64, cmd: &PlanCmd) -> Result<Plan> {
    let (action, detail) = match cmd {
        PlanCmd::Approve => ("approve", String::new()),
        PlanCmd::Revise(n) => ("revise", n.note.clone().unwrap_or_default()),
        PlanCmd::Retire => ("retire", String::new()),
    };
    let listed = desk.config().incident.services.clone();
    step(
        desk,
        call,
        id,
        &detail,
        |tx, old: &Plan, call| {
            let new = match cmd {
                PlanCmd::Approve => old.approve(call.actor, call.now)?,
                PlanCmd::Revise(n) => {
                    let mut n = n.clone();
                    if let Some(g) = &n.group {
                        n.group = Some(resolve_group(tx, g)?);
                    }
                    if let Some(s) = &n.services {
                        n.services = Some(crate::ops::services::resolve_all_in(tx, &listed, s)?);
                    }
                    old.revise(&n, call.actor, call.now)?
                }
                PlanCmd::Retire => old.retire(call.actor, call.now)?,
            };
            Ok(vec![Transition::to(action, new)])
        },
        |_, new, _| Ok(new.clone()),
    )
}

/// A drill and the duties its step raised.
#[derive(Clone, Debug)]
pub struct DrillOutcome {
    pub drill: Drill,
    pub raised: Vec<Duty>,
}

/// E1: a drill of plan `plan_id`, with the duty to hold it counting down to its time.
pub fn schedule_drill(
    desk: &mut impl Writes,
    actor: &Actor,
    plan_id: i64,
    new: &NewDrill,
    now: DateTime<Utc>,
) -> Result<DrillOutcome> {
    let zone = desk.zone();
    desk.write_db_as(actor, |tx, actor| {
        let plan = store::plan(tx, plan_id)?.ok_or_else(|| not_found(format!("no plan {plan_id}")))?;
        let mut d = Drill::schedule(&plan, new, actor, now)?;
        d.id = store::insert_drill(tx, &d)?;
        created(tx, &d, &actor.login, now, "create", &d.scenario)?;
        let raised = raise_all(
            tx,
            (Kind::Drill, d.id),
            Subject::Drill(&d),
            &[d.duty(now)],
            &actor.login,
            now,
            zone,
        )?;
        Ok(DrillOutcome { drill: d, raised })
    })
}

/// The steps on a drill.
#[derive(Clone, Debug, PartialEq)]
pub enum DrillCmd {
    Hold(Held),
    Evaluate {
        worked: String,
        failed: String,
        measures: Vec<String>,
    },
}

/// E1: hold a drill (its duty done), or evaluate it (the report raised for the leadership group).
pub fn apply_drill(desk: &mut impl Writes, call: &Call, id: i64, cmd: &DrillCmd) -> Result<DrillOutcome> {
    let (zone, within) = (desk.zone(), rules(desk).notice_within);
    let action = match cmd {
        DrillCmd::Hold(_) => "hold",
        DrillCmd::Evaluate { .. } => "evaluate",
    };
    step(
        desk,
        call,
        id,
        "",
        |_, old: &Drill, call| {
            let new = match cmd {
                DrillCmd::Hold(h) => old.hold(h, call.actor, call.now)?,
                DrillCmd::Evaluate {
                    worked,
                    failed,
                    measures,
                } => old.evaluate(worked, failed, measures, call.actor, call.now)?,
            };
            Ok(vec![Transition::to(action, new)])
        },
        |tx, new, call| {
            let (login, now) = (&call.actor.login, call.now);
            let record = (Kind::Drill, new.id);
            let raised = match cmd {
                DrillCmd::Hold(_) => {
                    let how = format!("held with {} taking part", new.participants.join(", "));
                    close_duty(tx, record, DutyKind::E1Drill, login, &how, now, zone)?;
                    Vec::new()
                }
                DrillCmd::Evaluate { .. } => {
                    let spec = new.report_duty(within, now);
                    raise_all(tx, record, Subject::Drill(new), &[spec], login, now, zone)?
                }
            };
            Ok(DrillOutcome {
                drill: new.clone(),
                raised,
            })
        },
    )
}
