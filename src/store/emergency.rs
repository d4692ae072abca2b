//! Emergencies (E1, E2, I14): plans, drills and responses, typed queries. Lists are paged by key
//! (`id`), never by OFFSET; each has an index behind it.

use anyhow::Result;
use rusqlite::params;

use super::db::{self, Db};

use super::table::{self, stored_as_words, table};
use crate::domain::duty::DutyKind;
use crate::domain::emergency::{Drill, DrillStatus, Plan, PlanStatus, Response};
use crate::domain::kind::Kind;

stored_as_words!(PlanStatus, DrillStatus);

table! {
    Plan in "plans" {
        id,
        name,
        services,
        scenarios,
        group as members,
        steps,
        report_every_minutes,
        review_days,
        status,
        revision,
        review_by,
        approved_by,
        approved_at,
        note,
        #[fixed] created_by,
        #[fixed] created_at,
        version,
        updated_at,
        updated_by,
    }
}

table! {
    Drill in "drills" {
        id,
        #[fixed] plan_id,
        plan_name,
        plan_revision,
        scenario,
        scheduled_at,
        status,
        held_at,
        ended_at,
        participants,
        simulated,
        timings,
        worked,
        failed,
        measures,
        evaluated_by,
        evaluated_at,
        #[fixed] created_by,
        version,
        updated_at,
        updated_by,
    }
}

table! {
    Response in "responses" {
        id,
        #[fixed] incident_id,
        #[fixed] plan_id,
        #[fixed] plan_name,
        #[fixed] plan_revision,
        #[fixed] group as members,
        #[fixed] declared_at,
        #[fixed] declared_by,
        #[fixed] auto,
        #[fixed] reason,
        #[fixed] report_every_minutes,
        #[fixed] review_days,
        words,
        words_at,
        stood_down_at,
        stood_down_by,
        stand_down_note,
        review_due,
        causes,
        missed,
        measures,
        reviewed_by,
        reviewed_at,
        version,
        updated_at,
        updated_by,
    }
}

pub fn insert_plan(conn: &(impl Db + ?Sized), p: &Plan) -> Result<i64> {
    table::insert(conn, p)
}

pub fn plan(conn: &(impl Db + ?Sized), id: i64) -> Result<Option<Plan>> {
    table::get(conn, id)
}

pub fn update_plan(conn: &(impl Db + ?Sized), old: &Plan, new: &Plan) -> Result<bool> {
    table::update(conn, old, new)
}

/// One page of every plans row in id order (`opsdesk check`).
pub fn scan_plans(conn: &(impl Db + ?Sized), after: i64, limit: usize) -> Result<Vec<Plan>> {
    table::scan(conn, after, limit)
}

/// One page of plans, newest first, ids below `before`; of one status when given.
pub fn plans(
    conn: &(impl Db + ?Sized),
    status: Option<PlanStatus>,
    before: Option<i64>,
    limit: usize,
) -> Result<Vec<Plan>> {
    match status {
        Some(s) => table::select(
            conn,
            "WHERE status = ?1 AND id < ?2 ORDER BY id DESC LIMIT ?3",
            params![s.as_str(), before.unwrap_or(i64::MAX), limit as i64],
        ),
        None => table::select(
            conn,
            "WHERE id < ?1 ORDER BY id DESC LIMIT ?2",
            params![before.unwrap_or(i64::MAX), limit as i64],
        ),
    }
}

/// I14: the plan in force that covers `service`, the lowest-numbered first. Plans in force are
/// few (the status index finds them).
pub fn plan_for_service(conn: &(impl Db + ?Sized), service: &str) -> Result<Option<Plan>> {
    let in_force: Vec<Plan> = table::select(
        conn,
        "WHERE status IN ('approved', 'revised') ORDER BY id LIMIT 1000",
        [],
    )?;
    Ok(in_force.into_iter().find(|p| p.services.iter().any(|s| s == service)))
}

pub fn insert_drill(conn: &(impl Db + ?Sized), d: &Drill) -> Result<i64> {
    table::insert(conn, d)
}

pub fn drill(conn: &(impl Db + ?Sized), id: i64) -> Result<Option<Drill>> {
    table::get(conn, id)
}

pub fn update_drill(conn: &(impl Db + ?Sized), old: &Drill, new: &Drill) -> Result<bool> {
    table::update(conn, old, new)
}

pub fn scan_drills(conn: &(impl Db + ?Sized), after: i64, limit: usize) -> Result<Vec<Drill>> {
    table::scan(conn, after, limit)
}

/// One page of drills, newest first, ids below `before`; of one plan when given.
pub fn drills(conn: &(impl Db + ?Sized), plan: Option<i64>, before: Option<i64>, limit: usize) -> Result<Vec<Drill>> {
    match plan {
        Some(p) => table::select(
            conn,
            "WHERE plan_id = ?1 AND id < ?2 ORDER BY id DESC LIMIT ?3",
            params![p, before.unwrap_or(i64::MAX), limit as i64],
        ),
        None => table::select(
            conn,
            "WHERE id < ?1 ORDER BY id DESC LIMIT ?2",
            params![before.unwrap_or(i64::MAX), limit as i64],
        ),
    }
}

/// A new response; `None` when the incident has an active one already (the unique index: two
/// consoles declaring at once make one response).
pub fn insert_response(conn: &(impl Db + ?Sized), r: &Response) -> Result<Option<i64>> {
    table::insert_new(conn, r)
}

pub fn response(conn: &(impl Db + ?Sized), id: i64) -> Result<Option<Response>> {
    table::get(conn, id)
}

pub fn update_response(conn: &(impl Db + ?Sized), old: &Response, new: &Response) -> Result<bool> {
    table::update(conn, old, new)
}

pub fn scan_responses(conn: &(impl Db + ?Sized), after: i64, limit: usize) -> Result<Vec<Response>> {
    table::scan(conn, after, limit)
}

/// One page of responses, newest first, ids below `before`.
pub fn responses(conn: &(impl Db + ?Sized), before: Option<i64>, limit: usize) -> Result<Vec<Response>> {
    table::select(
        conn,
        "WHERE id < ?1 ORDER BY id DESC LIMIT ?2",
        params![before.unwrap_or(i64::MAX), limit as i64],
    )
}

/// The responses not stood down, oldest first (the unique partial index holds them; few).
pub fn active(conn: &(impl Db + ?Sized)) -> Result<Vec<Response>> {
    table::select(conn, "WHERE stood_down_at IS NULL ORDER BY incident_id LIMIT 1000", [])
}

/// The active response of an incident, if any.
pub fn active_of(conn: &(impl Db + ?Sized), incident: i64) -> Result<Option<Response>> {
    table::select_one(conn, "WHERE incident_id = ?1 AND stood_down_at IS NULL", [incident])
}

/// Every response of an incident, newest first.
pub fn of_incident(conn: &(impl Db + ?Sized), incident: i64) -> Result<Vec<Response>> {
    table::select(conn, "WHERE incident_id = ?1 ORDER BY id DESC LIMIT 100", [incident])
}

/// I14: the open incidents, not restored, on one of `services`, that the config's rule declares
/// major (P1 when `p1`, the leader step of the current handling raised when `leader`) and that
/// no response was ever declared for. The open incidents are few (`incidents_open`).
pub fn auto_candidates(conn: &(impl Db + ?Sized), services: &[String], p1: bool, leader: bool) -> Result<Vec<i64>> {
    if services.is_empty() || !(p1 || leader) {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT i.id FROM incidents i
          WHERE i.status <> 'closed' AND i.restored_at IS NULL AND {}
            AND ((?2 AND i.severity = 'P1')
              OR (?3 AND EXISTS (SELECT 1 FROM duties d WHERE d.record_kind = 'incident'
                    AND d.record_id = i.id AND d.kind = 'report_leader' AND d.episode = i.episode
                    AND d.withdrawn = 0)))
            AND NOT EXISTS (SELECT 1 FROM responses r WHERE r.incident_id = i.id)
          ORDER BY i.id LIMIT 100",
        table::in_list(conn, "i.service", 1)
    );
    db::rows(conn, &sql, params![table::list(services)?, p1, leader], |r| {
        r.cell(0).and_then(|v| v.as_i64().map_err(Into::into))
    })
}

/// Whether the duty of `kind` and `episode` exists on `record` (the duties' unique key).
pub fn has_duty(conn: &(impl Db + ?Sized), record: (Kind, i64), kind: DutyKind, episode: i64) -> Result<bool> {
    let found = db::first(
        conn,
        "SELECT 1 FROM duties WHERE record_kind = ?1 AND record_id = ?2 AND kind = ?3 AND episode = ?4",
        params![record.0.as_str(), record.1, kind.as_str(), episode],
        |_| Ok(()),
    )?;
    Ok(found.is_some())
}
