//! Billing and settlement run commands (SPEC B1–B8): each one transaction; the run's version moves
//! with every change to it, its checks or its anomalies, so `--if-version` guards them all.

use crate::domain::kind::Kind;
use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Result;
use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::Serialize;

use super::{Call, Desk, conflict};
use crate::domain::audit::diff;
use crate::domain::billing::{
    Anomaly, BillingPolicy, Check, CheckResult, Effect, Progress, RoundEnd, Run, RunKind, Verdict, progress,
};
use crate::domain::duty::{Duty, DutyKind};
use crate::domain::escalation::DutySpec;
use crate::domain::role::Actor;
use crate::error::{invalid, not_found, rule};
use crate::notify::recipients::Subject;
use crate::notify::{context, templates};
use crate::store::audit::{self, HistoryRow};
use crate::store::{duties, runs as store, users};

/// A run as screens and `--json` show it.
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    pub run: Run,
    /// The current round's checklist.
    pub checks: Vec<Check>,
    /// Every earlier round's checklist with how it ended, oldest first (B8: every attempt stays
    /// visible).
    pub earlier: Vec<Round>,
    /// How every round so far ended (B8), oldest first.
    pub ends: Vec<RoundEnd>,
    pub anomalies: Vec<Anomaly>,
    pub duties: Vec<Duty>,
    pub history: Vec<HistoryRow>,
    pub progress: Progress,
}

/// One round of checking of one attempt, and how it ended (none for the current one).
#[derive(Clone, Debug, PartialEq)]
pub struct Round {
    pub attempt: i64,
    pub round: i64,
    pub checks: Vec<Check>,
    pub ends: Vec<RoundEnd>,
}

/// The run's rounds other than the current one, oldest first.
fn earlier_rounds(conn: &Connection, run: &Run) -> Result<Vec<Round>> {
    let mut ends = store::round_ends(conn, run.id)?;
    let mut out: Vec<Round> = Vec::new();
    for c in store::every_check(conn, run.id)? {
        if (c.attempt, c.round) == (run.attempt, run.round) {
            continue;
        }
        match out.last_mut() {
            Some(r) if (r.attempt, r.round) == (c.attempt, c.round) => r.checks.push(c),
            _ => out.push(Round {
                attempt: c.attempt,
                round: c.round,
                checks: vec![c],
                ends: Vec::new(),
            }),
        }
    }
    for r in out.iter_mut() {
        let (mine, rest): (Vec<_>, Vec<_>) = ends
            .into_iter()
            .partition(|e| (e.attempt, e.round) == (r.attempt, r.round));
        r.ends = mine;
        ends = rest;
    }
    Ok(out)
}

fn load(conn: &Connection, id: i64) -> Result<Run> {
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

fn record(conn: &Connection, act: Act, run: i64, row: Row) -> Result<()> {
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
    conn: &Connection,
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

/// Write the run's new state with its history row.
fn save(conn: &Connection, act: Act, old: &Run, new: &Run, action: &str, detail: &str) -> Result<()> {
    if !store::update(conn, old, new)? {
        return Err(conflict(
            conn,
            Kind::Run,
            old.id,
            old.version,
            old.version + 1,
            act.zone,
        ));
    }
    let changes = diff(Some(old), new);
    record(
        conn,
        act,
        new.id,
        Row {
            kind: Kind::Run,
            id: new.id,
            version: new.version,
            changes: &changes,
            action,
            detail,
        },
    )
}

/// The checklist rows of the run's current attempt, written fresh (B4, B8).
fn new_checklist(
    conn: &Connection,
    act: Act,
    run: &Run,
    items: &[crate::config::settings::ChecklistItem],
) -> Result<()> {
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
    desk: &mut Desk,
    actor: &Actor,
    kind: RunKind,
    period: &str,
    in_charge: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Run> {
    let policy = BillingPolicy::from_config(&desk.config);
    let zone = desk.zone();
    let items = desk.config.billing.checklist.clone();
    let in_charge = in_charge.unwrap_or(&actor.login).to_string();
    let mut run = Run::open(kind, period, &in_charge, actor, &policy, zone, now)?;
    let act = Act {
        who: &actor.login,
        now,
        zone,
    };
    desk.write_as(actor, |tx, _| {
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

/// One step on a run: load, check the version the caller saw, change as the actor is now (U4),
/// write.
fn step<T>(
    desk: &mut Desk,
    call: &Call,
    id: i64,
    f: impl FnOnce(&Connection, &Run, Act, &Call) -> Result<T>,
) -> Result<T> {
    let act = Act {
        who: &call.actor.login,
        now: call.now,
        zone: desk.zone(),
    };
    desk.write_as(call.actor, |tx, actor| {
        let call = &Call { actor, ..*call };
        let run = load(tx, id)?;
        if let Some(v) = call.if_version.filter(|v| *v != run.version) {
            return Err(conflict(tx, Kind::Run, id, v, run.version, act.zone));
        }
        f(tx, &run, act, call)
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
fn save_check(
    tx: &Connection,
    act: Act,
    who: &Actor,
    run: &Run,
    old: &Check,
    new: &Check,
    action: &str,
) -> Result<Run> {
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
    let next = run.after_checks(&checks, who, act.now);
    save(tx, act, run, &next, action, &new.key)?;
    Ok(next)
}

/// B4: an item performed, with its result, figures and remark.
pub fn check(
    desk: &mut Desk,
    call: &Call,
    id: i64,
    key: &str,
    result: CheckResult,
    figures: &BTreeMap<String, String>,
    remark: &str,
) -> Result<Run> {
    let within = BillingPolicy::from_config(&desk.config).anomaly_report_within;
    step(desk, call, id, |tx, run, act, call| {
        run.checking()?;
        let checks = store::current_checks(tx, run)?;
        let old = item(&checks, run, key)?;
        let new = old.perform(call.actor, result, figures, remark, call.now)?;
        let next = save_check(tx, act, call.actor, run, old, &new, "check")?;
        if result != CheckResult::Anomaly {
            return Ok(next);
        }
        // B6: a check that finds an anomaly reports it at once, like one logged by hand.
        let what = format!("{} ({}): {}", new.title, new.key, new.remark);
        log_anomaly(tx, act, call, &next, &what, Effect::Result, None, within)
    })
}

/// B3: an item reviewed by someone who did not perform it.
pub fn review(desk: &mut Desk, call: &Call, id: i64, key: &str, verdict: Verdict, note: &str) -> Result<Run> {
    step(desk, call, id, |tx, run, act, call| {
        run.checking()?;
        let checks = store::current_checks(tx, run)?;
        let old = item(&checks, run, key)?;
        let new = old.review(call.actor, verdict, note, call.now)?;
        save_check(tx, act, call.actor, run, old, &new, "review")
    })
}

/// B6: an anomaly, logged with its likely effect; telling the supervisor and manager is owed at
/// once. `told` records that they were told already, and how.
pub fn anomaly(desk: &mut Desk, call: &Call, id: i64, what: &str, effect: Effect, told: Option<&str>) -> Result<Run> {
    let within = BillingPolicy::from_config(&desk.config).anomaly_report_within;
    step(desk, call, id, |tx, run, act, call| {
        log_anomaly(tx, act, call, run, what, effect, told, within)
    })
}

/// B6: the anomaly row, its duty to tell the supervisor and manager, and the run's new version.
#[allow(clippy::too_many_arguments)]
fn log_anomaly(
    tx: &Connection,
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
    save(tx, act, run, &next, "anomaly", &a.what)?;
    Ok(next)
}

/// B7: the checks are done; the supervisor is asked to confirm.
pub fn submit(desk: &mut Desk, call: &Call, id: i64) -> Result<Run> {
    step(desk, call, id, |tx, run, act, call| {
        let checks = store::current_checks(tx, run)?;
        let next = run.submit(call.actor, &checks, call.now)?;
        save(tx, act, run, &next, "submit", "")?;
        Ok(next)
    })
}

/// B7: a supervisor confirms; the results are published.
pub fn confirm(desk: &mut Desk, call: &Call, id: i64) -> Result<Run> {
    step(desk, call, id, |tx, run, act, call| {
        let next = run.confirm(call.actor, call.now)?;
        save(tx, act, run, &next, "confirm", "")?;
        Ok(next)
    })
}

/// B8: the supervisor questions the result: the data is checked again, on a fresh round of the
/// same checklist; the round that was questioned stays as it was.
pub fn dispute(desk: &mut Desk, call: &Call, id: i64, reason: &str) -> Result<Run> {
    step(desk, call, id, |tx, run, act, call| {
        let next = run.dispute(call.actor, reason, call.now)?;
        save(tx, act, run, &next, "dispute", &next.dispute_reason)?;
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
fn end_round(tx: &Connection, act: Act, before: &Run, after: &Run) -> Result<()> {
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
pub fn rollback(desk: &mut Desk, call: &Call, id: i64, reason: &str) -> Result<Run> {
    step(desk, call, id, |tx, run, act, call| {
        let next = run.rollback(call.actor, reason, call.now)?;
        save(tx, act, run, &next, "rollback", &next.rollback_reason)?;
        end_round(tx, act, run, &next)?;
        Ok(next)
    })
}

/// B8: run again: a new attempt with a fresh checklist; the earlier ones stay.
pub fn retry(desk: &mut Desk, call: &Call, id: i64) -> Result<Run> {
    let items = desk.config.billing.checklist.clone();
    step(desk, call, id, |tx, run, act, call| {
        let next = run.retry(call.actor, call.now)?;
        save(tx, act, run, &next, "retry", &format!("attempt {}", next.attempt))?;
        new_checklist(tx, act, &next, &items)?;
        Ok(next)
    })
}

fn view(conn: &Connection, run: Run, with_history: bool) -> Result<View> {
    let checks = store::current_checks(conn, &run)?;
    let earlier = if with_history {
        earlier_rounds(conn, &run)?
    } else {
        Vec::new()
    };
    let ends = store::round_ends(conn, run.id)?;
    let anomalies = store::anomalies(conn, run.id)?;
    let here = anomalies.iter().filter(|a| a.attempt == run.attempt).count();
    let progress = progress(&checks, here);
    let duties = duties::of_record(conn, Kind::Run, run.id)?;
    let history = if with_history {
        audit::timeline(conn, Kind::Run, run.id)?
    } else {
        Vec::new()
    };
    Ok(View {
        run,
        checks,
        earlier,
        ends,
        anomalies,
        duties,
        history,
        progress,
    })
}

pub fn show(desk: &mut Desk, id: i64) -> Result<View> {
    desk.store.read(|tx| {
        let run = load(tx, id)?;
        view(tx, run, true)
    })
}

/// Runs, those still ahead of their deadline (from `now`) first, soonest first.
pub fn list(desk: &mut Desk, now: DateTime<Utc>, limit: usize) -> Result<Vec<View>> {
    desk.store.read(|tx| {
        store::list(tx, now - chrono::Duration::days(20), limit)?
            .into_iter()
            .map(|r| view(tx, r, false))
            .collect()
    })
}

/// The runs a console shows, inside the caller's transaction.
pub(crate) fn console_views(conn: &Connection, now: DateTime<Utc>, limit: usize) -> Result<Vec<View>> {
    store::list(conn, now - chrono::Duration::days(20), limit)?
        .into_iter()
        .map(|r| view(conn, r, false))
        .collect()
}

/// Which report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Report {
    /// B4: the check report with every item, its figures, performer and reviewer.
    Check,
    /// B5: the report that goes out by the deadline, done or not.
    Deadline,
}

impl Report {
    pub fn parse(s: &str) -> Result<Report> {
        match s.trim() {
            "check" => Ok(Report::Check),
            "deadline" => Ok(Report::Deadline),
            other => Err(invalid(format!("unknown report {other:?}: use check or deadline"))),
        }
    }
}

/// A rendered report: Markdown, and the same as plain text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Rendered {
    pub markdown: String,
    pub text: String,
}

/// The B6 report of the anomaly that raised duty `duty_id` on run `id`, as Markdown.
#[allow(clippy::too_many_arguments)]
pub(crate) fn anomaly_report_in(
    conn: &Connection,
    zone: chrono_tz::Tz,
    id: i64,
    duty_id: i64,
    lang: &str,
    templates_dir: Option<&Path>,
    now: DateTime<Utc>,
) -> Result<String> {
    let run = load(conn, id)?;
    let anomalies = store::anomalies(conn, id)?;
    let a = anomalies
        .iter()
        .find(|a| a.duty_id == Some(duty_id))
        .ok_or_else(|| crate::error::not_found(format!("no anomaly of run {id} raised duty {duty_id}")))?;
    let checks = store::current_checks(conn, &run)?;
    let label = |l: &str| super::label_login(conn, l);
    let values = context::anomaly(&run, a, &checks, &label, zone, now);
    let file = format!("b6.{}.md", if lang == "zh-CN" { "zh-CN" } else { "en" });
    templates::render(&file, templates_dir, &values)
}

/// Render a run's report from its template, in `lang` (en or zh-CN), for `attempt` (the current
/// one by default).
pub fn render_report(
    desk: &mut Desk,
    id: i64,
    which: Report,
    lang: &str,
    attempt: Option<i64>,
    templates_dir: Option<&Path>,
    now: DateTime<Utc>,
) -> Result<Rendered> {
    let zone = desk.zone();
    desk.store
        .read(|tx| report_in(tx, zone, id, which, lang, attempt, templates_dir, now))
}

/// [`render_report`] inside any transaction.
#[allow(clippy::too_many_arguments)]
pub(crate) fn report_in(
    conn: &Connection,
    zone: chrono_tz::Tz,
    id: i64,
    which: Report,
    lang: &str,
    attempt: Option<i64>,
    templates_dir: Option<&Path>,
    now: DateTime<Utc>,
) -> Result<Rendered> {
    let run = load(conn, id)?;
    let attempt = attempt.unwrap_or(run.attempt);
    if attempt < 1 || attempt > run.attempt {
        return Err(invalid(format!("run {id} has attempts 1 to {}", run.attempt)));
    }
    // The attempt's last round: what stood when it was submitted, disputed or rolled back.
    let rounds = earlier_rounds(conn, &run)?;
    let checks = if attempt == run.attempt {
        store::current_checks(conn, &run)?
    } else {
        // Its last round with any work in it: a dispute's fresh round that was rolled back
        // untouched says nothing of what was checked.
        let of_attempt: Vec<&Round> = rounds.iter().filter(|r| r.attempt == attempt).collect();
        of_attempt
            .iter()
            .rev()
            .find(|r| r.checks.iter().any(|c| c.performed_at.is_some()))
            .or(of_attempt.last())
            .map(|r| r.checks.clone())
            .unwrap_or_default()
    };
    let ends: Vec<&RoundEnd> = rounds
        .iter()
        .filter(|r| r.attempt == attempt)
        .flat_map(|r| r.ends.iter())
        .collect();
    let anomalies: Vec<Anomaly> = store::anomalies(conn, id)?
        .into_iter()
        .filter(|a| a.attempt == attempt)
        .collect();
    let label = |l: &str| super::label_login(conn, l);
    let values = context::report(&run, attempt, &checks, &anomalies, &ends, &label, zone, now);
    let file = format!(
        "{}.{}.md",
        if which == Report::Check { "b4" } else { "b5" },
        if lang == "zh-CN" { "zh-CN" } else { "en" }
    );
    let markdown = templates::render(&file, templates_dir, &values)?;
    let text = templates::to_plain(&markdown);
    Ok(Rendered { markdown, text })
}

#[cfg(test)]
mod tests {
    use crate::domain::billing::{CheckResult, Effect, RunState, Verdict};
    use crate::notify::templates;

    /// How the built-in templates name `word` (a state, result, verdict or effect).
    fn report_word(word: &str, zh: bool) -> String {
        let x = std::collections::BTreeMap::from([("x", word)]);
        templates::words(if zh { "zh-CN" } else { "en" }, "w.word(x)", &x)
    }

    #[test]
    fn b4_every_word_of_a_report_has_its_chinese() {
        let words = RunState::ALL
            .iter()
            .map(|w| w.as_str())
            .chain(CheckResult::ALL.iter().map(|w| w.as_str()))
            .chain(Verdict::ALL.iter().map(|w| w.as_str()))
            .chain(Effect::ALL.iter().map(|w| w.as_str()));
        for w in words {
            let zh = report_word(w, true);
            assert!(!zh.is_ascii(), "{w} has no Chinese word: {zh}");
            assert!(!report_word(w, false).contains('_'), "{w} reads as a word in English");
        }
    }
}
