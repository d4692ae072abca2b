//! I14, E2: declaring a major incident, the operator's words for the next progress report, the
//! stand-down and the review: each one transaction with the duties it raises or closes.

use anyhow::Result;
use chrono::{DateTime, Utc};

use super::{close_duty, created, raise_all, rules};
use crate::domain::corrective::NewCorrective;
use crate::domain::duty::{Duty, DutyKind};
use crate::domain::emergency::{Becomes, Declaration, Measure, Response, Review, Rules, StandDown};
use crate::domain::kind::Kind;
use crate::domain::problem::NewProblem;
use crate::domain::role::Actor;
use crate::domain::time::local_minute;
use crate::error::not_found;
use crate::notify::recipients::Subject;
use crate::ops::step::{Stored, Transition, step};
use crate::ops::{Call, Writes};
use crate::store::db::Db;
use crate::store::{duties, emergency as store, incidents};

impl Stored for Response {
    fn load(conn: &dyn Db, id: i64) -> Result<Option<Response>> {
        store::response(conn, id)
    }
    fn save(conn: &dyn Db, old: &Response, new: &Response) -> Result<bool> {
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
    tx: &dyn Db,
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
pub fn declare(
    desk: &mut impl Writes,
    call: &Call,
    incident_id: i64,
    plan_id: i64,
    d: &Declaration,
) -> Result<Outcome> {
    let (rules, zone) = (rules(desk), desk.zone());
    let d = Declaration {
        auto: false,
        ..d.clone()
    };
    desk.write_db_as(call.actor, |tx, actor| {
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
pub fn apply_response(desk: &mut impl Writes, call: &Call, id: i64, cmd: &ResponseCmd) -> Result<Outcome> {
    let (rules, zone) = (rules(desk), desk.zone());
    let cal = crate::domain::calendar::Calendar::from_config(desk.config());
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
pub fn measure_to_problem(desk: &mut impl Writes, call: &Call, id: i64, n: usize) -> Result<(Outcome, i64)> {
    measure_becomes(desk, call, id, n, Becomes::Problem, |tx, old, m, call| {
        let inc = incidents::get(tx, old.incident_id)?
            .ok_or_else(|| not_found(format!("no incident {}", old.incident_id)))?;
        let new = NewProblem {
            title: cut(&m.what, 200),
            service: inc.service.clone(),
            category: inc.category.as_str().to_string(),
            root_cause: old.causes.clone(),
            workaround: String::new(),
        };
        Ok(crate::ops::problems::open_in(tx, call.actor, &new, &[inc.id], call.now)?.id)
    })
}

/// What a measure's corrective notice needs beyond the measure: the department it goes to, when
/// the measure is due, and the effect expected.
#[derive(Clone, Debug)]
pub struct CorrectiveFor {
    pub dept: String,
    pub due_at: DateTime<Utc>,
    pub expected_effect: String,
}

/// E2, Q6: measure `n` of response `id`'s review becomes a corrective notice to `to.dept`, in one
/// transaction: the measure as its measures, its owner as the responsible person, the review's
/// causes as the findings, the response and measure as its source; issued (and sent) as any
/// notice is, and marked on the measure so it cannot become a second one.
pub fn measure_to_corrective(
    desk: &mut impl Writes,
    call: &Call,
    id: i64,
    n: usize,
    to: &CorrectiveFor,
) -> Result<(Outcome, i64)> {
    let zone = desk.zone();
    measure_becomes(desk, call, id, n, Becomes::Corrective, |tx, old, m, call| {
        let new = NewCorrective {
            dept: to.dept.clone(),
            findings: old.causes.clone(),
            measures: m.what.clone(),
            responsible: m.owner.clone(),
            due_at: Some(to.due_at),
            expected_effect: to.expected_effect.clone(),
            source: format!("response {}, measure {n}", old.id),
        };
        Ok(crate::ops::quality::correctives::issue_in(tx, call.actor, &new, call.now, zone)?.id)
    })
}

/// The step both share: the measure checked, the record made by `make` in the same transaction,
/// the measure marked with it.
fn measure_becomes(
    desk: &mut impl Writes,
    call: &Call,
    id: i64,
    n: usize,
    becomes: Becomes,
    make: impl FnOnce(&dyn Db, &Response, &Measure, &Call) -> Result<i64>,
) -> Result<(Outcome, i64)> {
    step(
        desk,
        call,
        id,
        "",
        |tx, old: &Response, call| {
            let m = old.measure_for(n, becomes, call.actor)?;
            let made = make(tx, old, m, call)?;
            let r = old.measure_became(n, becomes, made, call.actor, call.now)?;
            let detail = match becomes {
                Becomes::Problem => format!("measure {n} became problem {made}"),
                Becomes::Corrective => format!("measure {n} became corrective notice {made}"),
            };
            let action = match becomes {
                Becomes::Problem => "measure_problem",
                Becomes::Corrective => "measure_corrective",
            };
            Ok(vec![Transition::to(action, r).with_detail(detail)])
        },
        |_, new, _| {
            let m = &new.measures[n - 1];
            let made = match becomes {
                Becomes::Problem => m.problem,
                Becomes::Corrective => m.corrective,
            };
            Ok((
                Outcome {
                    response: new.clone(),
                    raised: Vec::new(),
                },
                made.unwrap_or_default(),
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
