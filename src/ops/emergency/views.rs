//! Emergencies as screens and `--json` show them: a plan with its drills, a drill with its
//! duties, a response with its incident, duties, messages and timeline (the incident's history
//! and the response's, in order), and the banner every console shows while a response lasts.

use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::domain::duty::Duty;
use crate::domain::emergency::{Drill, Plan, PlanStatus, Response};
use crate::domain::incident::Incident;
use crate::domain::kind::Kind;
use crate::domain::message::Message;
use crate::error::not_found;
use crate::ops::Writes;
use crate::store::audit::{self, HistoryRow};
use crate::store::db::Db;
use crate::store::{duties, emergency as store, incidents, messages};

/// A plan with its drills (newest first).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlanView {
    pub plan: Plan,
    pub drills: Vec<Drill>,
    pub history: Vec<HistoryRow>,
}

pub fn show_plan(desk: &mut impl Writes, id: i64) -> Result<PlanView> {
    desk.read_db(|conn| {
        let plan = store::plan(conn, id)?.ok_or_else(|| not_found(format!("no plan {id}")))?;
        Ok(PlanView {
            drills: store::drills(conn, Some(id), None, 100)?,
            history: audit::timeline(conn, Kind::Plan, id)?,
            plan,
        })
    })
}

/// One page of plans, newest first.
pub fn plans(
    desk: &mut impl Writes,
    status: Option<PlanStatus>,
    before: Option<i64>,
    limit: usize,
) -> Result<Vec<Plan>> {
    desk.read_db(|conn| store::plans(conn, status, before, limit))
}

/// One page of drills, newest first, each with its duties.
pub fn drills(
    desk: &mut impl Writes,
    plan: Option<i64>,
    before: Option<i64>,
    limit: usize,
) -> Result<Vec<(Drill, Vec<Duty>)>> {
    desk.read_db(|conn| {
        let page = store::drills(conn, plan, before, limit)?;
        let ids: Vec<i64> = page.iter().map(|d| d.id).collect();
        let mut all = duties::of_records(conn, Kind::Drill, &ids)?;
        Ok(page
            .into_iter()
            .map(|d| {
                let mine = all.extract_if(.., |x| x.record_id == d.id).collect();
                (d, mine)
            })
            .collect())
    })
}

/// A drill with its duties and timeline.
pub fn show_drill(desk: &mut impl Writes, id: i64) -> Result<(Drill, Vec<Duty>, Vec<HistoryRow>)> {
    desk.read_db(|conn| {
        let d = store::drill(conn, id)?.ok_or_else(|| not_found(format!("no drill {id}")))?;
        Ok((
            d,
            duties::of_record(conn, Kind::Drill, id)?,
            audit::timeline(conn, Kind::Drill, id)?,
        ))
    })
}

/// A response as screens show it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ResponseView {
    pub response: Response,
    pub incident: Incident,
    /// The next progress report's moment, while it lasts.
    pub next_report_at: Option<DateTime<Utc>>,
    pub duties: Vec<Duty>,
    pub messages: Vec<Message>,
    /// The incident's history and the response's, in the order things happened.
    pub timeline: Vec<HistoryRow>,
}

/// Response `r` with everything, read in the caller's transaction.
pub(crate) fn view_in(conn: &dyn Db, r: Response, now: DateTime<Utc>) -> Result<ResponseView> {
    let incident = incidents::get(conn, r.incident_id)?.ok_or_else(|| {
        not_found(format!(
            "response {} is of incident {}, which does not exist",
            r.id, r.incident_id
        ))
    })?;
    let duties = duties::of_record(conn, Kind::Response, r.id)?;
    let ids: Vec<i64> = duties.iter().map(|d| d.id).collect();
    let messages = messages::of_duties(conn, &ids)?;
    let mut timeline = audit::timeline(conn, Kind::Incident, r.incident_id)?;
    timeline.extend(audit::timeline(conn, Kind::Response, r.id)?);
    timeline.sort_by_key(|h| (h.at, h.id));
    Ok(ResponseView {
        next_report_at: r.next_report_at(now),
        response: r,
        incident,
        duties,
        messages,
        timeline,
    })
}

pub fn show_response(desk: &mut impl Writes, id: i64, now: DateTime<Utc>) -> Result<ResponseView> {
    desk.read_db(|tx| {
        let r = store::response(tx, id)?.ok_or_else(|| not_found(format!("no response {id}")))?;
        view_in(tx, r, now)
    })
}

/// One page of responses, newest first, each with its incident's title.
pub fn responses(desk: &mut impl Writes, before: Option<i64>, limit: usize) -> Result<Vec<(Response, String)>> {
    desk.read_db(|tx| {
        let page = store::responses(tx, before, limit)?;
        let ids: Vec<i64> = page.iter().map(|r| r.incident_id).collect();
        let incs = incidents::by_ids(tx, &ids)?;
        Ok(page
            .into_iter()
            .map(|r| {
                let title = incs
                    .iter()
                    .find(|i| i.id == r.incident_id)
                    .map(|i| i.title.clone())
                    .unwrap_or_default();
                (r, title)
            })
            .collect())
    })
}

/// What every console shows while a response lasts: the incident, since when, the next report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Banner {
    pub response_id: i64,
    pub incident_id: i64,
    pub title: String,
    pub service: String,
    pub plan_name: String,
    pub declared_at: DateTime<Utc>,
    pub every_minutes: i64,
}

/// The banners of every active response, oldest incident first.
pub fn banners(conn: &dyn Db) -> Result<Vec<Banner>> {
    let active = store::active(conn)?;
    if active.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<i64> = active.iter().map(|r| r.incident_id).collect();
    let incs = incidents::by_ids(conn, &ids)?;
    Ok(active
        .into_iter()
        .map(|r| {
            let inc = incs.iter().find(|i| i.id == r.incident_id);
            Banner {
                response_id: r.id,
                incident_id: r.incident_id,
                title: inc.map(|i| i.title.clone()).unwrap_or_default(),
                service: inc.map(|i| i.service.clone()).unwrap_or_default(),
                plan_name: r.plan_name.clone(),
                declared_at: r.declared_at,
                every_minutes: r.report_every_minutes,
            }
        })
        .collect())
}

/// The responses of an incident with everything, newest first (its detail).
pub fn of_incident(conn: &dyn Db, incident: i64, now: DateTime<Utc>) -> Result<Vec<ResponseView>> {
    store::of_incident(conn, incident)?
        .into_iter()
        .map(|r| view_in(conn, r, now))
        .collect()
}

/// A plan as the console lists it, with its drills (newest first) and their duties.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanRow {
    pub plan: Plan,
    pub drills: Vec<(Drill, Vec<Duty>)>,
}

/// The plans, newest first, each with its latest drills (the console's Plans view).
pub fn plan_rows(conn: &dyn Db, limit: usize) -> Result<Vec<PlanRow>> {
    let plans = store::plans(conn, None, None, limit)?;
    let mut out = Vec::with_capacity(plans.len());
    for plan in plans {
        let drills = store::drills(conn, Some(plan.id), None, 20)?;
        let ids: Vec<i64> = drills.iter().map(|d| d.id).collect();
        let mut all = duties::of_records(conn, Kind::Drill, &ids)?;
        let drills = drills
            .into_iter()
            .map(|d| {
                let mine = all.extract_if(.., |x| x.record_id == d.id).collect();
                (d, mine)
            })
            .collect();
        out.push(PlanRow { plan, drills });
    }
    Ok(out)
}

/// I14: the plans a response may start on (approved, or revised since), oldest first.
pub fn in_force(conn: &dyn Db) -> Result<Vec<(i64, String, Vec<String>)>> {
    let mut out: Vec<(i64, String, Vec<String>)> = [PlanStatus::Approved, PlanStatus::Revised]
        .into_iter()
        .map(|s| store::plans(conn, Some(s), None, 200))
        .collect::<Result<Vec<_>>>()?
        .into_iter()
        .flatten()
        .map(|p| (p.id, p.name, p.services))
        .collect();
    out.sort_by_key(|p| p.0);
    Ok(out)
}

/// What the responses and drills that open duties belong to are called in a list of duties: a
/// response by its incident, a drill by its plan and scenario.
pub fn duty_titles(conn: &dyn Db, responses: &[i64], drills: &[i64]) -> Result<Vec<(Kind, i64, String)>> {
    let mut out = Vec::new();
    for id in responses {
        if let Some(r) = store::response(conn, *id)? {
            let title = incidents::get(conn, r.incident_id)?
                .map(|i| i.title)
                .unwrap_or_default();
            out.push((Kind::Response, *id, format!("#{} {title}", r.incident_id)));
        }
    }
    for id in drills {
        if let Some(d) = store::drill(conn, *id)? {
            out.push((Kind::Drill, *id, format!("{}: {}", d.plan_name, d.scenario)));
        }
    }
    Ok(out)
}
