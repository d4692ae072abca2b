//! I14, E2: declaring a major incident, the operator's words for the next progress report, the
//! stand-down and the review: each one transaction with the duties it raises or closes.

use anyhow::Result;
use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::{close_duty, created, raise_all, rules};
use crate::domain::duty::{Duty, DutyKind};
use crate::domain::emergency::{Declaration, Response, Review, Rules, StandDown};
use crate::domain::kind::Kind;
use crate::domain::problem::NewProblem;
use crate::domain::role::Actor;
use crate::domain::time::local_minute;
use crate::error::not_found;
use crate::notify::recipients::Subject;
use crate::ops::step::{Stored, Transition, step};
use crate::ops::{Call, Desk};
use crate::store::{duties, emergency as store, incidents};

impl Stored for Response {
    fn load(conn: &Connection, id: i64) -> Result<Option<Response>> {
        store::response(conn, id)
    }
    fn save(conn: &Connection, old: &Response, new: &Response) -> Result<bool> {
        store::update_response(conn, old, new)
    }
}

/// What a command did: the response as it now stands and the duties it raised.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub response: Response,
    pub raised: Vec<Duty>,
}

/// I14, E2: declare incident `incident_id` major on plan `plan_id`, inside the caller's
/// transaction: the response opens, the leadership group's notice and the progress reports owed
/// are raised. Refused when the incident has an active response already.
pub(crate) fn declare_in(
    tx: &Connection,
    incident_id: i64,
    plan_id: i64,
    d: &Declaration,
    actor: &Actor,
    (rules, zone, now): (&Rules, chrono_tz::Tz, DateTime<Utc>),
) -> Result<Outcome> {
    let inc = incidents::get(tx, incident_id)?.ok_or_else(|| not_found(format!("no incident {incident_id}")))?;
    let plan = store::plan(tx, plan_id)?.ok_or_else(|| not_found(format!("no plan {plan_id}")))?;
    let mut r = Response::declare(&inc, &plan, d, actor, now)?;
    let Some(id) = store::insert_response(tx, &r)? else {
        let active = store::active_of(tx, incident_id)?.map_or(0, |a| a.id);
        return Err(Response::already_declared(incident_id, active).into());
    };
    r.id = id;
    let how = if r.auto {
        "declared by the config's rule (I14)".to_string()
    } else {
        String::new()
    };
    let detail = format!(
        "incident {} declared major on plan {} ({}), rev {}{}{}",
        inc.id,
        plan.id,
        plan.name,
        plan.revision,
        if r.reason.is_empty() {
            String::new()
        } else {
            format!(": {}", r.reason)
        },
        if how.is_empty() {
            String::new()
        } else {
            format!("; {how}")
        },
    );
    created(tx, &r, &actor.login, now, "declare", &detail)?;
    let specs = r.opening_duties(rules.notice_within, now);
    let raised = raise_all(
        tx,
        (Kind::Response, r.id),
        Subject::Response(&r),
        &specs,
        &actor.login,
        now,
        zone,
    )?;
    Ok(Outcome { response: r, raised })
}

/// I14: a supervisor or above declares incident `incident_id` major on plan `plan_id`.
pub fn declare(desk: &mut Desk, call: &Call, incident_id: i64, plan_id: i64, d: &Declaration) -> Result<Outcome> {
    let (rules, zone) = (rules(desk), desk.zone());
    let d = Declaration {
        auto: false,
        ..d.clone()
    };
    desk.write_as(call.actor, |tx, actor| {
        declare_in(tx, incident_id, plan_id, &d, actor, (&rules, zone, call.now))
    })
}

/// The steps on a response.
#[derive(Clone, Debug, PartialEq)]
pub enum ResponseCmd {
    /// The operator's words for the next progress report.
    Say(String),
    StandDown(StandDown),
    Review(Review),
}

impl ResponseCmd {
    fn action(&self) -> &'static str {
        match self {
            ResponseCmd::Say(_) => "words",
            ResponseCmd::StandDown(_) => "stand_down",
            ResponseCmd::Review(_) => "review",
        }
    }

    fn detail(&self) -> String {
        match self {
            ResponseCmd::Say(w) => w.clone(),
            ResponseCmd::StandDown(s) => s.note.clone(),
            ResponseCmd::Review(r) => r.causes.clone(),
        }
    }
}

/// E2: one step on response `id`. The stand-down withdraws the progress report not yet due and
/// raises the all-clear and the review; the review closes its duty and raises the document.
pub fn apply_response(desk: &mut Desk, call: &Call, id: i64, cmd: &ResponseCmd) -> Result<Outcome> {
    let (rules, zone) = (rules(desk), desk.zone());
    let cal = crate::domain::calendar::Calendar::from_config(&desk.config);
    let detail = cmd.detail();
    step(
        desk,
        call,
        id,
        &detail,
        |_, old: &Response, call| {
            let new = match cmd {
                ResponseCmd::Say(w) => old.say(w, call.actor, call.now)?,
                ResponseCmd::StandDown(s) => old.stand_down(s, &cal, call.actor, call.now)?,
                ResponseCmd::Review(r) => old.review(r, call.actor, call.now)?,
            };
            Ok(vec![Transition::to(cmd.action(), new)])
        },
        |tx, new, call| {
            let (login, now) = (&call.actor.login, call.now);
            let record = (Kind::Response, new.id);
            let raised = match cmd {
                ResponseCmd::Say(_) => Vec::new(),
                ResponseCmd::StandDown(_) => {
                    let at = new.stood_down_at.unwrap_or(now);
                    let reason = format!("withdrawn: the response stood down at {}", local_minute(at, zone));
                    for d in duties::of_record(tx, Kind::Response, new.id)? {
                        // A report due before the stand-down stays owed (missed, if it was).
                        if d.kind == DutyKind::E2Progress && d.done_at.is_none() && d.due_at > at {
                            crate::ops::duties::withdraw_in(tx, &d, login, &reason, now, zone)?;
                        }
                    }
                    raise_all(
                        tx,
                        record,
                        Subject::Response(new),
                        &new.closing_duties(rules.notice_within),
                        login,
                        now,
                        zone,
                    )?
                }
                ResponseCmd::Review(_) => {
                    close_duty(tx, record, DutyKind::E2Review, login, "review recorded", now, zone)?;
                    let spec = new.review_report_duty(rules.notice_within, now);
                    raise_all(tx, record, Subject::Response(new), &[spec], login, now, zone)?
                }
            };
            Ok(Outcome {
                response: new.clone(),
                raised,
            })
        },
    )
}

/// E2, P1: measure `n` (1-based) of response `id`'s review becomes a problem, in one transaction:
/// the problem opens with the measure as its title (cut to a title's length), the review's causes
/// as its root cause, the incident's service and category, and the incident linked; the measure
/// records the problem so it cannot become a second one.
pub fn measure_to_problem(desk: &mut Desk, call: &Call, id: i64, n: usize) -> Result<(Outcome, i64)> {
    step(
        desk,
        call,
        id,
        "",
        |tx, old: &Response, call| {
            let m = old.measure_for_problem(n, call.actor)?;
            let inc = incidents::get(tx, old.incident_id)?
                .ok_or_else(|| not_found(format!("no incident {}", old.incident_id)))?;
            let new = NewProblem {
                title: cut(&m.what, 200),
                service: inc.service.clone(),
                category: inc.category.as_str().to_string(),
                root_cause: old.causes.clone(),
                workaround: String::new(),
            };
            let p = crate::ops::problems::open_in(tx, call.actor, &new, &[inc.id], call.now)?;
            let r = old.measure_became_problem(n, p.id, call.actor, call.now)?;
            Ok(vec![
                Transition::to("measure_problem", r).with_detail(format!("measure {n} became problem {}", p.id)),
            ])
        },
        |_, new, _| {
            let problem = new.measures[n - 1].problem.unwrap_or_default();
            Ok((
                Outcome {
                    response: new.clone(),
                    raised: Vec::new(),
                },
                problem,
            ))
        },
    )
}

/// `s` cut to at most `max` characters, with an ellipsis when it was longer.
fn cut(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut t: String = s.chars().take(max - 1).collect();
    t.push('…');
    t
}
