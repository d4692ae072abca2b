//! Billing and settlement run commands (SPEC B1–B8): each one transaction; the run's version moves
//! with every change to it, its checks or its anomalies, so `--if-version` guards them all.

use crate::domain::kind::Kind;
use std::collections::BTreeMap;

use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;

use super::step::Stored;
use super::{Call, Writes, conflict};
use crate::domain::audit::diff;
use crate::domain::billing::{Anomaly, BillingPolicy, Check, CheckResult, Effect, Run, RunKind, Verdict};
use crate::domain::duty::DutyKind;
use crate::domain::escalation::DutySpec;
use crate::domain::role::Actor;
use crate::error::{not_found, rule};
use crate::notify::recipients::Subject;
use crate::store::audit::{self};
use crate::store::db::Db;
use crate::store::{runs as store, users};

mod reports;
mod views;

pub use reports::{Rendered, Report, render_report};
pub(crate) use reports::{anomaly_report_in, report_in};
pub(crate) use views::console_views;
pub use views::{Round, View, list, show};

fn load(conn: &dyn Db, id: i64) -> Result<Run> {
    store::get(conn, id)?.ok_or_else(|| not_found(format!("no run {id}")))
}

/// Who writes, when, in which zone: what every row a step writes shares.
#[derive(Clone, Copy)]
struct Act<'a> {
    who: &'a str,
    now: DateTime<Utc>,
    zone: chrono_tz::Tz,
}

/// A history row on the run's timeline: which record (run, check or anomaly) and what changed.
struct Row<'a> {
    kind: Kind,
    id: i64,
    version: i64,
    changes: &'a [crate::domain::audit::FieldChange],
    action: &'a str,
    detail: &'a str,
}

fn record(conn: &dyn Db, act: Act, run: i64, row: Row) -> Result<()> {
    audit::append(
        conn,
        &audit::Entry {
            record: (row.kind, row.id),
            subject: (Kind::Run, run),
            at: act.now,
            actor: act.who,
            action: row.action,
            version: Some(row.version),
            changes: row.changes,
            detail: row.detail,
        },
    )?;
    Ok(())
}

/// The history row of a record written from nothing (`record`: kind, id, version): every field
/// is a change, so the history alone replays to it.
fn created<T: Serialize>(
    conn: &dyn Db,
    act: Act,
    run: i64,
    record_of: (Kind, i64, i64),
    value: &T,
    action: &str,
    detail: &str,
) -> Result<()> {
    let (kind, id, version) = record_of;
    let changes = diff(None, value);
    record(
        conn,
        act,
        run,
        Row {
            kind,
            id,
            version,
            changes: &changes,
            action,
            detail,
        },
    )
}

/// Write the run's new state with its history row, through the one step's writer.
fn save(conn: &dyn Db, act: Act, call: &Call, old: &Run, new: &Run, action: &str, detail: &str) -> Result<()> {
    super::step::write(conn, call, old, new, action, detail, act.zone)
}

impl Stored for Run {
    fn load(conn: &dyn Db, id: i64) -> Result<Option<Run>> {
        store::get(conn, id)
    }
    fn save(conn: &dyn Db, old: &Run, new: &Run) -> Result<bool> {
        store::update(conn, old, new)
    }
}

/// The checklist rows of the run's current attempt, written fresh (B4, B8).
fn new_checklist(conn: &dyn Db, act: Act, run: &Run, items: &[crate::config::settings::ChecklistItem]) -> Result<()> {
    let list = Check::list_for(run, items);
    if list.is_empty() {
        return Err(rule(format!(
            "the config has no check list for {} (billing.checklist)",
            run.kind
        )));
    }
    for mut c in list {
        c.id = store::insert_check(conn, &c)?;
        created(conn, act, run.id, (Kind::Check, c.id, c.version), &c, "create", "")?;
    }
    Ok(())
}

/// B1, B2: a new run with its checklist; the deadline report (B5) is owed from now.
pub fn create(
    desk: &mut impl Writes,
    actor: &Actor,
    kind: RunKind,
    period: &str,
    in_charge: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Run> {
    let policy = BillingPolicy::from_config(desk.config());
    let zone = desk.zone();
    let items = desk.config().billing.checklist.clone();
    let in_charge = in_charge.unwrap_or(&actor.login).to_string();
    let mut run = Run::open(kind, period, &in_charge, actor, &policy, zone, now)?;
    let act = Act {
        who: &actor.login,
        now,
        zone,
    };
    desk.write_db_as(actor, |tx, _| {
        if users::by_login(tx, &in_charge)?.is_none() {
            return Err(not_found(format!("no user {in_charge}")));
        }
        if let Some(r) = store::by_kind_period(tx, kind, &run.period)? {
            return Err(rule(format!(
                "the {kind} run for {} exists already: run {}",
                run.period, r.id
            )));
        }
        run.id = store::insert(tx, &run)?;
        created(tx, act, run.id, (Kind::Run, run.id, run.version), &run, "create", "")?;
        new_checklist(tx, act, &run, &items)?;
        let spec = DutySpec {
            kind: DutyKind::B5Report,
            episode: 0,
            raised_at: now,
            due_at: run.deadline,
        };
        super::duties::raise(
            tx,
            (Kind::Run, run.id),
            Subject::Run(&run),
            &spec,
            &actor.login,
            now,
            zone,
        )?;
        Ok(run)
    })
}

/// One step on a run through the one step's first half (its commands write checks, anomalies
/// and round ends between the run's own changes).
fn step<T>(
    desk: &mut impl Writes,
    call: &Call,
    id: i64,
    f: impl FnOnce(&dyn Db, &Run, Act, &Call) -> Result<T>,
) -> Result<T> {
    let zone = desk.zone();
    super::step::open(desk, call, id, |tx, run: &Run, call| {
        let act = Act {
            who: &call.actor.login,
            now: call.now,
            zone,
        };
        f(tx, run, act, call)
    })
}

fn item<'a>(checks: &'a [Check], run: &Run, key: &str) -> Result<&'a Check> {
    checks
        .iter()
        .find(|c| c.key == key || c.seq.to_string() == key)
        .ok_or_else(|| {
            let keys: Vec<&str> = checks.iter().map(|c| c.key.as_str()).collect();
            not_found(format!(
                "run {} has no item {key:?}; its items: {}",
                run.id,
                keys.join(", ")
            ))
        })
}

/// Write a check's new state, then move the run along with the checklist.
fn save_check(tx: &dyn Db, act: Act, call: &Call, run: &Run, old: &Check, new: &Check, action: &str) -> Result<Run> {
    if !store::update_check(tx, old, new)? {
        return Err(conflict(tx, Kind::Run, run.id, run.version, run.version + 1, act.zone));
    }
    let changes = diff(Some(old), new);
    record(
        tx,
        act,
        run.id,
        Row {
            kind: Kind::Check,
            id: new.id,
            version: new.version,
            changes: &changes,
            action,
            detail: &new.key,
        },
    )?;
    let checks = store::current_checks(tx, run)?;
    let next = run.after_checks(&checks, call.actor, act.now);
    save(tx, act, call, run, &next, action, &new.key)?;
    Ok(next)
}

/// Every step on a run, as the command line and the console both ask for it.
#[derive(Clone, Debug, PartialEq)]
pub enum Cmd {
    /// B4: an item performed.
    Check {
        key: String,
        result: CheckResult,
        figures: BTreeMap<String, String>,
        remark: String,
    },
    /// B3: an item reviewed by a second person.
    Review {
        key: String,
        verdict: Verdict,
        note: String,
    },
    /// B6: an anomaly; `told` when the supervisor and manager know already, and how.
    Anomaly {
        what: String,
        effect: Effect,
        told: Option<String>,
    },
    /// B7.
    Submit,
    Confirm,
    /// B8.
    Dispute {
        reason: String,
    },
    Rollback {
        reason: String,
    },
    Retry,
}

/// Apply `cmd` to run `id`: one transaction through the one step.
pub fn apply(desk: &mut impl Writes, call: &Call, id: i64, cmd: &Cmd) -> Result<Run> {
    match cmd {
        Cmd::Check {
            key,
            result,
            figures,
            remark,
        } => check(desk, call, id, key, *result, figures, remark),
        Cmd::Review { key, verdict, note } => review(desk, call, id, key, *verdict, note),
        Cmd::Anomaly { what, effect, told } => anomaly(desk, call, id, what, *effect, told.as_deref()),
        Cmd::Submit => submit(desk, call, id),
        Cmd::Confirm => confirm(desk, call, id),
        Cmd::Dispute { reason } => dispute(desk, call, id, reason),
        Cmd::Rollback { reason } => rollback(desk, call, id, reason),
        Cmd::Retry => retry(desk, call, id),
    }
}

/// B4: an item performed, with its result, figures and remark.
pub fn check(
    desk: &mut impl Writes,
    call: &Call,
    id: i64,
    key: &str,
    result: CheckResult,
    figures: &BTreeMap<String, String>,
    remark: &str,
) -> Result<Run> {
    let within = BillingPolicy::from_config(desk.config()).anomaly_report_within;
    step(desk, call, id, |tx, run, act, call| {
        run.checking()?;
        let checks = store::current_checks(tx, run)?;
        let old = item(&checks, run, key)?;
        let new = old.perform(call.actor, result, figures, remark, call.now)?;
        let next = save_check(tx, act, call, run, old, &new, "check")?;
        if result != CheckResult::Anomaly {
            return Ok(next);
        }
        // B6: a check that finds an anomaly reports it at once, like one logged by hand.
        let what = format!("{} ({}): {}", new.title, new.key, new.remark);
        log_anomaly(tx, act, call, &next, &what, Effect::Result, None, within)
    })
}

/// B3: an item reviewed by someone who did not perform it.
pub fn review(desk: &mut impl Writes, call: &Call, id: i64, key: &str, verdict: Verdict, note: &str) -> Result<Run> {
    step(desk, call, id, |tx, run, act, call| {
        run.checking()?;
        let checks = store::current_checks(tx, run)?;
        let old = item(&checks, run, key)?;
        let new = old.review(call.actor, verdict, note, call.now)?;
        save_check(tx, act, call, run, old, &new, "review")
    })
}

/// B6: an anomaly, logged with its likely effect; telling the supervisor and manager is owed at
/// once. `told` records that they were told already, and how.
pub fn anomaly(
    desk: &mut impl Writes,
    call: &Call,
    id: i64,
    what: &str,
    effect: Effect,
    told: Option<&str>,
) -> Result<Run> {
    let within = BillingPolicy::from_config(desk.config()).anomaly_report_within;
    step(desk, call, id, |tx, run, act, call| {
        log_anomaly(tx, act, call, run, what, effect, told, within)
    })
}

/// B6: the anomaly row, its duty to tell the supervisor and manager, and the run's new version.
#[allow(clippy::too_many_arguments)]
fn log_anomaly(
    tx: &dyn Db,
    act: Act,
    call: &Call,
    run: &Run,
    what: &str,
    effect: Effect,
    told: Option<&str>,
    within: chrono::Duration,
) -> Result<Run> {
    let mut a = Anomaly::new(run, call.actor, what, effect, call.now)?;
    let n = store::anomalies(tx, run.id)?.len() as i64;
    let spec = DutySpec {
        kind: DutyKind::B6Anomaly,
        episode: n,
        raised_at: call.now,
        due_at: call.now + within,
    };
    let duty = super::duties::raise(
        tx,
        (Kind::Run, run.id),
        Subject::Run(run),
        &spec,
        act.who,
        call.now,
        act.zone,
    )?;
    a.duty_id = duty.as_ref().map(|d| d.id);
    a.id = store::insert_anomaly(tx, &a)?;
    created(tx, act, run.id, (Kind::Anomaly, a.id, 1), &a, "anomaly", &a.what)?;
    if let (Some(d), Some(how)) = (duty, told) {
        super::duties::complete_in(tx, &d, act.who, call.now, how, call.now, act.zone)?;
    }
    let next = run.next(call.actor, call.now);
    save(tx, act, call, run, &next, "anomaly", &a.what)?;
    Ok(next)
}

/// B7: the checks are done; the supervisor is asked to confirm.
pub fn submit(desk: &mut impl Writes, call: &Call, id: i64) -> Result<Run> {
    step(desk, call, id, |tx, run, act, call| {
        let checks = store::current_checks(tx, run)?;
        let next = run.submit(call.actor, &checks, call.now)?;
        save(tx, act, call, run, &next, "submit", "")?;
        Ok(next)
    })
}

/// B7: a supervisor confirms; the results are published.
pub fn confirm(desk: &mut impl Writes, call: &Call, id: i64) -> Result<Run> {
    step(desk, call, id, |tx, run, act, call| {
        let next = run.confirm(call.actor, call.now)?;
        save(tx, act, call, run, &next, "confirm", "")?;
        Ok(next)
    })
}

/// B8: the supervisor questions the result: the data is checked again, on a fresh round of the
/// same checklist; the round that was questioned stays as it was.
pub fn dispute(desk: &mut impl Writes, call: &Call, id: i64, reason: &str) -> Result<Run> {
    step(desk, call, id, |tx, run, act, call| {
        let next = run.dispute(call.actor, reason, call.now)?;
        save(tx, act, call, run, &next, "dispute", &next.dispute_reason)?;
        end_round(tx, act, run, &next)?;
        for c in store::current_checks(tx, run)? {
            let mut fresh = c.again(next.round);
            fresh.id = store::insert_check(tx, &fresh)?;
            created(
                tx,
                act,
                run.id,
                (Kind::Check, fresh.id, fresh.version),
                &fresh,
                "create",
                &fresh.key,
            )?;
        }
        Ok(next)
    })
}

/// B8: how the round `before` ended, kept beside its checklist.
fn end_round(tx: &dyn Db, act: Act, before: &Run, after: &Run) -> Result<()> {
    let mut e = after.round_end(before);
    e.id = store::insert_round_end(tx, &e)?;
    created(
        tx,
        act,
        before.id,
        (Kind::RoundEnd, e.id, 1),
        &e,
        after.state.as_str(),
        &e.reason,
    )
}

/// B8: rolled back, with its reason.
pub fn rollback(desk: &mut impl Writes, call: &Call, id: i64, reason: &str) -> Result<Run> {
    step(desk, call, id, |tx, run, act, call| {
        let next = run.rollback(call.actor, reason, call.now)?;
        save(tx, act, call, run, &next, "rollback", &next.rollback_reason)?;
        end_round(tx, act, run, &next)?;
        Ok(next)
    })
}

/// B8: run again: a new attempt with a fresh checklist; the earlier ones stay.
pub fn retry(desk: &mut impl Writes, call: &Call, id: i64) -> Result<Run> {
    let items = desk.config().billing.checklist.clone();
    step(desk, call, id, |tx, run, act, call| {
        let next = run.retry(call.actor, call.now)?;
        save(tx, act, call, run, &next, "retry", &format!("attempt {}", next.attempt))?;
        new_checklist(tx, act, &next, &items)?;
        Ok(next)
    })
}

#[cfg(test)]
mod tests;
