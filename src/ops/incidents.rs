//! Incident commands (SPEC I3–I12) and reads (the ledger, I13; outage budgets, I11).

use crate::domain::kind::Kind;
use anyhow::Result;
use chrono::{DateTime, Utc};

use super::engine::{self, Raised};
use super::step::{Stored, Transition, step};
use super::{Call, Writes, conflict};
use crate::domain::audit::diff;
use crate::domain::duty::Duty;
use crate::domain::escalation::{Level, Policy, assess};
use crate::domain::incident::{Incident, NewIncident};
use crate::domain::outage::{ServiceBudget, budgets, month_bounds};
use crate::domain::role::Actor;
use crate::error::{invalid, not_found};
use crate::store::audit::{self, HistoryRow};
use crate::store::db::Db;
use crate::store::incidents::{self as store, Filter, LevelBand};
use crate::store::{departments, duties, users};

/// What a command did: the record as it now stands and the duties the engine raised.
#[derive(Debug)]
pub struct Outcome {
    pub incident: Incident,
    pub raised: Vec<Raised>,
}

/// I3: record a new incident. The engine runs at once: a report received 31 minutes ago has its
/// steps recorded with it.
pub fn create(desk: &mut impl Writes, actor: &Actor, new: &NewIncident, now: DateTime<Utc>) -> Result<Outcome> {
    let mut inc = Incident::open(new, actor, now)?;
    let (policy, zone) = (desk.policy().clone(), desk.zone());
    let listed = desk.config().incident.services.clone();
    desk.write_db_as(actor, |tx, actor| {
        // I11: `计费` is recorded as `billing`, one service with one outage budget.
        inc.service = super::services::resolve_in(tx, &listed, &inc.service)?;
        known_departments(tx, &inc.affected)?;
        inc.id = store::insert(tx, &inc, None)?;
        audit::append(
            tx,
            &audit::Entry {
                record: (Kind::Incident, inc.id),
                subject: (Kind::Incident, inc.id),
                at: now,
                actor: &actor.login,
                action: "create",
                version: Some(inc.version),
                changes: &diff(None, &inc),
                detail: "",
            },
        )?;
        let raised = engine::evaluate(tx, &inc, &policy, now, &actor.login, zone)?;
        Ok(Outcome { incident: inc, raised })
    })
}

/// A step on one incident through the one transaction step; the escalation engine runs after it
/// in the same transaction.
fn drive(
    desk: &mut impl Writes,
    call: &Call,
    id: i64,
    detail: &str,
    rule: impl FnOnce(&dyn Db, &Incident, &Call) -> Result<Vec<(&'static str, Incident)>>,
) -> Result<Outcome> {
    let (policy, zone) = (desk.policy().clone(), desk.zone());
    let callback_days = desk.config().quality.callback_after_days;
    step(
        desk,
        call,
        id,
        detail,
        |tx, inc, call| {
            Ok(rule(tx, inc, call)?
                .into_iter()
                .map(|(action, next)| Transition::to(action, next))
                .collect())
        },
        |tx, inc, call| {
            let raised = engine::evaluate(tx, inc, &policy, call.now, &call.actor.login, zone)?;
            super::quality::callbacks::after_incident(tx, inc, callback_days, call, zone)?;
            Ok(Outcome {
                incident: inc.clone(),
                raised,
            })
        },
    )
}

impl Stored for Incident {
    fn load(conn: &dyn Db, id: i64) -> Result<Option<Incident>> {
        store::get(conn, id)
    }
    fn save(conn: &dyn Db, old: &Incident, new: &Incident) -> Result<bool> {
        store::update(conn, old, new)
    }
}

/// I8: the affected departments must be in the directory, or nobody would be told.
fn known_departments(conn: &dyn Db, codes: &[String]) -> Result<()> {
    for code in codes {
        if departments::by_code(conn, code)?.is_none() {
            return Err(not_found(format!("no department {code:?}; see opsdesk dept list")));
        }
    }
    Ok(())
}

fn load(conn: &(impl crate::store::db::Db + ?Sized), id: i64) -> Result<Incident> {
    store::get(conn, id)?.ok_or_else(|| not_found(format!("no incident {id}")))
}

/// Every step on an incident, as the command line and the console both ask for it.
#[derive(Clone, Debug, PartialEq)]
pub enum Cmd {
    /// I4: take ownership, or (a supervisor) assign `to` someone; `at` when recorded after the
    /// fact.
    Accept {
        to: Option<String>,
        at: Option<DateTime<Utc>>,
    },
    /// I4: the owner reached the reporting site.
    Contact {
        at: DateTime<Utc>,
        note: String,
    },
    /// I5: service restored; `outage` marks a suspension (I11); `affected` names departments (I8).
    Restore {
        at: DateTime<Utc>,
        outage: Option<bool>,
        affected: Vec<String>,
        note: String,
    },
    /// I5: cause removed; `human` keeps it out of the outage budget (I11).
    Resolve {
        at: DateTime<Utc>,
        cause: String,
        human: bool,
    },
    /// I12: confirmed with the reporter.
    Verify {
        at: DateTime<Utc>,
        satisfaction: Option<u8>,
        note: String,
    },
    Close {
        at: DateTime<Utc>,
    },
    /// I12: handled again.
    Reopen {
        at: DateTime<Utc>,
        reason: String,
    },
    /// I8: the departments it affects.
    Affects {
        depts: Vec<String>,
    },
    /// I9: resolved, and its cause needs a system change: linked to `problem`, or to a new one.
    ResolveNeedsChange {
        at: DateTime<Utc>,
        cause: String,
        human: bool,
        problem: Option<i64>,
    },
}

/// Apply `cmd` to incident `id`: one transaction through the one step.
pub fn apply(desk: &mut impl Writes, call: &Call, id: i64, cmd: &Cmd) -> Result<Outcome> {
    match cmd {
        Cmd::Accept { to, at } => accept_at(desk, call, id, to.as_deref(), at.unwrap_or(call.now)),
        Cmd::Contact { at, note } => contact(desk, call, id, *at, note),
        Cmd::Restore {
            at,
            outage,
            affected,
            note,
        } => restore(desk, call, id, *at, *outage, affected, note),
        Cmd::Resolve { at, cause, human } => resolve(desk, call, id, *at, cause, *human),
        Cmd::Verify { at, satisfaction, note } => verify(desk, call, id, *at, *satisfaction, note),
        Cmd::Close { at } => close(desk, call, id, *at),
        Cmd::Reopen { at, reason } => reopen(desk, call, id, *at, reason),
        Cmd::Affects { depts } => name_affected(desk, call, id, depts),
        Cmd::ResolveNeedsChange {
            at,
            cause,
            human,
            problem,
        } => super::problems::resolve_needing_change(desk, call, id, *at, cause, *human, *problem)
            .map(|(incident, raised, _)| Outcome { incident, raised }),
    }
}

/// I4: take ownership, or (supervisor) assign to `owner`.
pub fn accept(desk: &mut impl Writes, call: &Call, id: i64, owner: Option<&str>) -> Result<Outcome> {
    accept_at(desk, call, id, owner, call.now)
}

/// [`accept`], recorded as done at `at`.
pub fn accept_at(
    desk: &mut impl Writes,
    call: &Call,
    id: i64,
    owner: Option<&str>,
    at: DateTime<Utc>,
) -> Result<Outcome> {
    let owner = owner.unwrap_or(&call.actor.login).to_string();
    if desk.read_db(|db| users::by_login(db, &owner))?.is_none() {
        return Err(not_found(format!("no user {owner}")));
    }
    drive(desk, call, id, "", |_, i, call| {
        Ok(vec![("accept", i.accept_at(call.actor, &owner, at, call.now)?)])
    })
}

/// I4: the owner reached the reporting site; `note` says what they learned.
pub fn contact(desk: &mut impl Writes, call: &Call, id: i64, at: DateTime<Utc>, note: &str) -> Result<Outcome> {
    let note = checked_note(note, false)?;
    drive(desk, call, id, &note, |_, i, call| {
        Ok(vec![("contact", i.contact(call.actor, at, call.now)?)])
    })
}

/// I5: service restored; `outage` marks that it had been suspended (I11); `affected` names more
/// departments the fault affected (I8), told with the recovery notice.
pub fn restore(
    desk: &mut impl Writes,
    call: &Call,
    id: i64,
    at: DateTime<Utc>,
    outage: Option<bool>,
    affected: &[String],
    note: &str,
) -> Result<Outcome> {
    let note = checked_note(note, false)?;
    drive(desk, call, id, &note, |tx, i, call| {
        let mut steps = Vec::new();
        let mut current = i.clone();
        if !affected.is_empty() {
            let named = i.name_affected(call.actor, affected, call.now)?;
            known_departments(tx, &named.affected)?;
            current = named.clone();
            steps.push(("affected", named));
        }
        steps.push(("restore", current.restore(call.actor, at, outage, call.now)?));
        Ok(steps)
    })
}

/// I8: name the departments the fault affects; they are told when the service is back.
pub fn name_affected(desk: &mut impl Writes, call: &Call, id: i64, codes: &[String]) -> Result<Outcome> {
    drive(desk, call, id, "", |tx, i, call| {
        let named = i.name_affected(call.actor, codes, call.now)?;
        known_departments(tx, &named.affected)?;
        Ok(vec![("affected", named)])
    })
}

/// I5: cause removed.
pub fn resolve(
    desk: &mut impl Writes,
    call: &Call,
    id: i64,
    at: DateTime<Utc>,
    cause: &str,
    human_cause: bool,
) -> Result<Outcome> {
    drive(desk, call, id, "", |_, i, call| {
        Ok(vec![(
            "resolve",
            i.resolve(call.actor, at, cause, human_cause, call.now)?,
        )])
    })
}

/// I12: verify with the reporter; not satisfied reopens in the same transaction.
pub fn verify(
    desk: &mut impl Writes,
    call: &Call,
    id: i64,
    at: DateTime<Utc>,
    satisfaction: Option<u8>,
    note: &str,
) -> Result<Outcome> {
    let least = desk.config().incident.satisfied_at_least;
    let note = checked_note(note, false)?;
    drive(desk, call, id, &note, |_, i, call| {
        let (verified, reopened) = i.verify(call.actor, at, satisfaction, least, call.now)?;
        let mut steps = vec![("verify", verified)];
        if let Some(r) = reopened {
            steps.push(("reopen", r));
        }
        Ok(steps)
    })
}

pub fn close(desk: &mut impl Writes, call: &Call, id: i64, at: DateTime<Utc>) -> Result<Outcome> {
    drive(desk, call, id, "", |_, i, call| {
        Ok(vec![("close", i.close(call.actor, at, call.now)?)])
    })
}

pub fn reopen(desk: &mut impl Writes, call: &Call, id: i64, at: DateTime<Utc>, reason: &str) -> Result<Outcome> {
    let reason = checked_note(reason, true)?;
    drive(desk, call, id, &reason, |_, i, call| {
        Ok(vec![("reopen", i.reopen(call.actor, at, &reason, call.now)?)])
    })
}

/// I10: a handling note on the timeline. Notes change no field, so the version stays.
pub fn note(desk: &mut impl Writes, call: &Call, id: i64, text: &str) -> Result<HistoryRow> {
    let Call { actor, if_version, now } = *call;
    let text = checked_note(text, true)?;
    let zone = desk.zone();
    desk.write_db_as(actor, |tx, actor| {
        let inc = load(tx, id)?;
        if let Some(v) = if_version.filter(|v| *v != inc.version) {
            return Err(conflict(tx, Kind::Incident, id, v, inc.version, zone));
        }
        let row = audit::append(
            tx,
            &audit::Entry {
                record: (Kind::Incident, id),
                subject: (Kind::Incident, id),
                at: now,
                actor: &actor.login,
                action: "note",
                version: None,
                changes: &[],
                detail: &text,
            },
        )?;
        Ok(HistoryRow {
            id: row,
            record_kind: Kind::Incident,
            record_id: id,
            subject_kind: Kind::Incident,
            subject_id: id,
            at: now,
            actor: actor.login.clone(),
            action: "note".into(),
            version: None,
            changes: vec![],
            detail: text,
        })
    })
}

fn checked_note(text: &str, required: bool) -> Result<String> {
    let t = crate::text::normalize(text);
    if required && t.is_empty() {
        return Err(invalid("the text is empty"));
    }
    crate::text::check_len("note", &t, crate::domain::incident::limits::LONG)?;
    Ok(t)
}

/// An incident as the screens and `--json` show it: the record, where its ladder stands now,
/// its duties and (for `show`) its timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    pub incident: Incident,
    pub level: Level,
    pub next: Option<(Level, DateTime<Utc>)>,
    pub duties: Vec<Duty>,
    pub history: Vec<HistoryRow>,
}

fn view(inc: Incident, policy: &Policy, duties: Vec<Duty>, history: Vec<HistoryRow>, now: DateTime<Utc>) -> View {
    let a = assess(&inc, 0, policy, now);
    View {
        incident: inc,
        level: a.level,
        next: a.next,
        duties,
        history,
    }
}

pub fn show(desk: &mut impl Writes, id: i64, now: DateTime<Utc>) -> Result<View> {
    let policy = desk.policy().clone();
    desk.read_db(|tx| show_on(tx, &policy, id, now))
}

/// [`show`], in the caller's read of either engine.
pub fn show_on(conn: &dyn crate::store::db::Db, policy: &Policy, id: i64, now: DateTime<Utc>) -> Result<View> {
    let inc = load(conn, id)?;
    let ds = duties::of_record(conn, Kind::Incident, id)?;
    let history = audit::timeline(conn, Kind::Incident, id)?;
    Ok(view(inc, policy, ds, history, now))
}

/// The level band for a `--level` filter, from the policy.
pub fn level_band(level: Level, p: &Policy) -> LevelBand {
    let (s, m, l) = (
        p.supervisor_after.num_seconds(),
        p.manager_after.num_seconds(),
        p.leader_after.num_seconds(),
    );
    let (from_secs, to_secs) = match level {
        Level::None => (i64::MIN / 4, Some(s)),
        Level::Supervisor => (s, Some(m)),
        Level::Manager => (m, Some(l)),
        Level::Leader => (l, None),
    };
    LevelBand { from_secs, to_secs }
}

/// Records with their duties and where their ladder stands at `now`.
pub fn views(
    conn: &(impl crate::store::db::Db + ?Sized),
    page: Vec<Incident>,
    policy: &Policy,
    now: DateTime<Utc>,
) -> Result<Vec<View>> {
    let ids: Vec<i64> = page.iter().map(|i| i.id).collect();
    let mut all = duties::of_records(conn, Kind::Incident, &ids)?;
    Ok(page
        .into_iter()
        .map(|inc| {
            let mine: Vec<Duty> = all.extract_if(.., |d| d.record_id == inc.id).collect();
            view(inc, policy, mine, Vec::new(), now)
        })
        .collect())
}

/// One page of the ledger (I13), newest first, each with its duties.
pub fn list(desk: &mut impl Writes, filter: &Filter, now: DateTime<Utc>) -> Result<Vec<View>> {
    let policy = desk.policy().clone();
    desk.read_db(|tx| views(tx, store::list(tx, filter, now)?, &policy, now))
}

/// I11: each service's outage budget for the month `year`-`month`.
pub fn outage_budgets(desk: &mut impl Writes, year: i32, month: u32, now: DateTime<Utc>) -> Result<Vec<ServiceBudget>> {
    let bounds =
        month_bounds(year, month, desk.zone()).ok_or_else(|| invalid(format!("no such month {year}-{month:02}")))?;
    let (single, monthly) = (
        i64::from(desk.config().outage.single_limit_minutes),
        i64::from(desk.config().outage.monthly_limit_minutes),
    );
    let list = desk.read_db(|db| store::suspensions(db, bounds.0, bounds.1, now))?;
    Ok(budgets(&list, bounds, single, monthly, now))
}
