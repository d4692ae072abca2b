//! What each template is given: the record's data, never a sentence (the words are the
//! templates', so a desk's own template can change every one). One context per family of
//! templates, built the same way for a message, a preview and `opsdesk config check`'s samples;
//! `assets/templates/README.md` lists the variables.
//!
//! Text from outside is passed as it is stored, except where it would break the document: names
//! and titles on one line, a report's table cells without `|`.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use minijinja::Value;
use serde::Serialize;

use super::recipients::Person;
use super::templates::Listing;
use crate::config::Config;
use crate::config::settings::Recurrence;
use crate::domain::billing::{Anomaly, Check, RoundEnd, Run, RunState, progress};
use crate::domain::change::Change;
use crate::domain::duty::DutyKind;
use crate::domain::incident::Incident;
use crate::domain::request::{Request, RequestKind, Rules, working_span};
use crate::domain::time::{clock, local_minute};

/// How a login reads in a notice (`李雷 (lilei)`): the directory's business, so the caller's.
pub type Label<'a> = &'a dyn Fn(&str) -> String;

/// `report`, `broadcast`, `recovery`, `explanation`.
#[derive(Debug, Serialize)]
pub struct IncidentContext {
    pub id: i64,
    pub title: String,
    pub service: String,
    /// `os`, `network`, `application`, `database`, `other`.
    pub category: &'static str,
    pub severity: &'static str,
    /// `reported`, `accepted`, `diagnosing`, `restored`, `resolved`, `verified`, `closed`.
    pub status: &'static str,
    /// The owner's name, none before anyone accepted it.
    pub owner: Option<String>,
    /// Who reported it, with their department and contact (may be empty).
    pub reporter: String,
    pub description: String,
    pub cause: String,
    /// When the ladder started counting (the report, or the last reopening).
    pub received: String,
    pub started: String,
    pub restored: Option<String>,
    pub resolved: Option<String>,
    /// From `received` until restored, or until now.
    pub elapsed_minutes: i64,
    /// The report's step: `supervisor`, `manager`, `leader` (I6) or `recurrence` (I7).
    pub step: &'static str,
    /// The desk's minutes for that step of the ladder.
    pub step_minutes: u32,
    /// I7's numbers: `quick_fix_minutes`, `count`, `window_days`.
    pub recurrence: Recurrence,
    pub date: String,
}

/// The context of an incident's message for a duty of `kind`; `owner` is the owner's label.
pub fn incident(
    inc: &Incident,
    owner: Option<String>,
    kind: DutyKind,
    config: &Config,
    zone: Tz,
    now: DateTime<Utc>,
) -> IncidentContext {
    // One-line values stay one line whatever was stored (a line break in a reporter's name
    // would start a new line of the notice, or a new header of an e-mail).
    let line = crate::text::sanitize_line;
    let mut reporter = inc.reporter.clone();
    for extra in [&inc.dept, &inc.contact] {
        if !extra.is_empty() {
            reporter.push(' ');
            reporter.push_str(extra);
        }
    }
    let e = &config.escalation;
    let (step, step_minutes) = match kind {
        DutyKind::ReportManager => ("manager", e.manager_minutes),
        DutyKind::ReportLeader => ("leader", e.leader_minutes),
        DutyKind::ReportRecurrence => ("recurrence", e.supervisor_minutes),
        _ => ("supervisor", e.supervisor_minutes),
    };
    let at = |t: Option<DateTime<Utc>>| t.map(|t| local_minute(t, zone));
    IncidentContext {
        id: inc.id,
        title: line(&inc.title),
        service: line(&inc.service),
        category: inc.category.as_str(),
        severity: inc.severity.as_str(),
        status: inc.status.as_str(),
        owner: owner.as_deref().map(line),
        reporter: line(&reporter),
        description: inc.description.clone(),
        cause: inc.cause.clone(),
        received: local_minute(inc.clock_start, zone),
        started: local_minute(inc.started_at, zone),
        restored: at(inc.restored_at),
        resolved: at(inc.resolved_at),
        elapsed_minutes: (inc.restored_at.unwrap_or(now) - inc.clock_start).num_minutes().max(0),
        step,
        step_minutes,
        recurrence: config.recurrence.clone(),
        date: local_minute(now, zone),
    }
}

/// `c5` … `c9`.
#[derive(Debug, Serialize)]
pub struct NoticeContext {
    /// The people it goes to and is copied to, as `name (department)`.
    pub to: Value,
    pub cc: Value,
    pub title: String,
    pub description: String,
    pub systems: Value,
    /// Its window, once planned: `start`, `end`.
    pub window: Option<Window>,
    pub scope: String,
    pub impact_duration: String,
    pub operator: String,
    pub it_contact: String,
    /// The notes of the change (C8: of its result).
    pub notes: String,
    /// `succeeded`, `failed`, `rolled-back`, none before it ended; and why, briefly.
    pub outcome: Option<&'static str>,
    pub outcome_note: String,
    /// C8: kept to the announced time (none until said), and if not, why.
    pub on_time: Option<bool>,
    pub delay_reason: String,
    pub remaining: String,
    /// C9: when it was fully confirmed.
    pub confirmed: Option<String>,
    pub background: String,
    pub work_done: String,
    pub difficulty: String,
    pub significance: String,
    /// Gates overridden as an emergency (`gates`, `by`, `reason`), none if none was.
    pub overridden: Option<Overridden>,
    pub date: String,
}

#[derive(Debug, Serialize)]
pub struct Window {
    pub start: String,
    pub end: String,
}

#[derive(Debug, Serialize)]
pub struct Overridden {
    pub gates: Vec<String>,
    pub by: String,
    pub reason: String,
}

/// The context of a change's notice to `to`, copied to `cc`; `result` for the C8 result notice
/// (its notes are the result's).
pub fn notice(
    c: &Change,
    to: &[Person],
    cc: &[Person],
    result: bool,
    label: Label,
    zone: Tz,
    now: DateTime<Utc>,
) -> NoticeContext {
    // Names and departments: the addresses are the mail's business, not the text's (A2).
    let people = |l: &[Person]| Listing::value(l.iter().map(Person::label).collect(), "; ");
    let window = match (c.window_start, c.window_end) {
        (Some(s), Some(e)) => Some(Window {
            start: local_minute(s, zone),
            end: local_minute(e, zone),
        }),
        _ => None,
    };
    let overridden = (!c.override_gates.is_empty()).then(|| Overridden {
        gates: c.override_gates.clone(),
        by: c.override_by.as_deref().map(label).unwrap_or_default(),
        reason: c.override_reason.clone(),
    });
    NoticeContext {
        to: people(to),
        cc: people(cc),
        title: c.title.clone(),
        description: c.description.clone(),
        systems: Listing::value(c.systems.clone(), ", "),
        window,
        scope: c.scope.clone(),
        impact_duration: c.impact_duration.clone(),
        operator: c.operator.clone(),
        it_contact: c.it_contact.clone(),
        notes: if result { &c.result_notes } else { &c.notes }.clone(),
        outcome: c.outcome.map(|o| o.as_str()),
        outcome_note: c.outcome_note.clone(),
        on_time: c.on_time,
        delay_reason: c.delay_reason.clone(),
        remaining: c.remaining_issues.clone(),
        confirmed: c.confirmed_at.map(|t| local_minute(t, zone)),
        background: c.background.clone(),
        work_done: c.work_done.clone(),
        difficulty: c.difficulty.clone(),
        significance: c.significance.clone(),
        overridden,
        date: now.with_timezone(&zone).format("%Y-%m-%d").to_string(),
    }
}

/// User text on one line, so it cannot start a Markdown heading, list or table of its own.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// User text as a Markdown table cell.
fn cell(s: &str) -> String {
    s.replace('|', "/").replace('\n', " ")
}

/// `b4` (check report) and `b5` (deadline report).
#[derive(Debug, Serialize)]
pub struct ReportContext {
    /// `billing`, `settlement-agents`, `settlement-cp`, `settlement-channels`.
    pub run_kind: &'static str,
    pub period: String,
    /// The attempt reported on, of `attempts` so far.
    pub attempt: i64,
    pub attempts: i64,
    pub in_charge: String,
    pub deadline: String,
    /// The attempt's state (an earlier attempt: `rolled_back`).
    pub state: &'static str,
    /// B7: who confirmed it, and when it was published.
    pub confirmed_by: Option<String>,
    pub published_at: Option<String>,
    /// The attempt's checklist (its last round with work in it), cells safe for a table.
    pub checks: Vec<CheckRow>,
    /// The attempt's anomalies: `at`, `by`, `effect`, `what`.
    pub anomalies: Vec<AnomalyRow>,
    /// `performed/reviewed/items`.
    pub progress: String,
    pub anomaly_count: usize,
    /// Who performed and who reviewed the checks, each once.
    pub performers: Value,
    pub reviewers: Value,
    /// B8: every dispute and rollback of the attempt: `reason`, `by`, `at`.
    pub disputes: Vec<EndRow>,
    pub rollbacks: Vec<EndRow>,
    pub date: String,
}

#[derive(Debug, Serialize)]
pub struct CheckRow {
    pub seq: i64,
    pub title: String,
    /// `ok`, `anomaly`; none before it was performed.
    pub result: Option<&'static str>,
    /// The figures recorded: `name`, `value`.
    pub figures: Vec<Figure>,
    pub performed_by: Option<String>,
    pub performed_at: Option<String>,
    pub reviewed_by: Option<String>,
    pub reviewed_at: Option<String>,
    /// `ok`, `rejected`; none before it was reviewed.
    pub verdict: Option<&'static str>,
    pub remark: String,
    pub review_note: String,
}

#[derive(Debug, Serialize)]
pub struct Figure {
    pub name: String,
    pub value: String,
}

#[derive(Debug, Serialize)]
pub struct AnomalyRow {
    pub at: String,
    pub by: String,
    /// `deadline`, `result`, `both`.
    pub effect: &'static str,
    pub what: String,
}

#[derive(Debug, Serialize)]
pub struct EndRow {
    pub reason: String,
    pub by: String,
    pub at: String,
}

/// The context of attempt `attempt` of `run`: its `checks`, its `anomalies` and how its rounds
/// `ended`.
#[allow(clippy::too_many_arguments)]
pub fn report(
    run: &Run,
    attempt: i64,
    checks: &[Check],
    anomalies: &[Anomaly],
    ended: &[&RoundEnd],
    label: Label,
    zone: Tz,
    now: DateTime<Utc>,
) -> ReportContext {
    let at = |t: Option<DateTime<Utc>>| t.map(|t| local_minute(t, zone));
    let checks_rows = checks
        .iter()
        .map(|c| CheckRow {
            seq: c.seq,
            title: cell(&c.title),
            result: c.result.map(|r| r.as_str()),
            figures: c
                .figures
                .iter()
                .map(|(k, v)| Figure {
                    name: cell(k),
                    value: cell(v),
                })
                .collect(),
            performed_by: c.performed_by.as_deref().map(label),
            performed_at: at(c.performed_at),
            reviewed_by: c.reviewed_by.as_deref().map(label),
            reviewed_at: at(c.reviewed_at),
            verdict: c.verdict.map(|v| v.as_str()),
            remark: cell(&c.remark),
            review_note: cell(&c.review_note),
        })
        .collect();
    let names = |f: fn(&Check) -> &Option<String>| {
        let mut v: Vec<String> = checks.iter().filter_map(|c| f(c).as_deref()).map(label).collect();
        v.sort();
        v.dedup();
        Listing::value(v, ", ")
    };
    let ends = |how: RunState| {
        ended
            .iter()
            .filter(|e| e.how == how)
            .map(|e| EndRow {
                reason: one_line(&e.reason),
                by: label(&e.by),
                at: local_minute(e.at, zone),
            })
            .collect()
    };
    let p = progress(checks, anomalies.len());
    // An earlier attempt ended rolled back, whatever the run is now.
    let state = if attempt < run.attempt {
        RunState::RolledBack
    } else {
        run.state
    };
    ReportContext {
        run_kind: run.kind.as_str(),
        period: run.period.clone(),
        attempt,
        attempts: run.attempt,
        in_charge: label(&run.in_charge),
        deadline: local_minute(run.deadline, zone),
        state: state.as_str(),
        confirmed_by: run.confirmed_by.as_deref().map(label),
        published_at: at(run.published_at),
        checks: checks_rows,
        anomalies: anomalies
            .iter()
            .map(|a| AnomalyRow {
                at: local_minute(a.at, zone),
                by: label(&a.by),
                effect: a.effect.as_str(),
                what: one_line(&a.what),
            })
            .collect(),
        progress: format!("{}/{}/{}", p.performed, p.reviewed, p.items),
        anomaly_count: p.anomalies,
        performers: names(|c| &c.performed_by),
        reviewers: names(|c| &c.reviewed_by),
        disputes: ends(RunState::Disputed),
        rollbacks: ends(RunState::RolledBack),
        date: local_minute(now, zone),
    }
}

/// `b6`: one anomaly of a run.
#[derive(Debug, Serialize)]
pub struct AnomalyContext {
    pub run_kind: &'static str,
    pub period: String,
    /// The attempt it was found in.
    pub attempt: i64,
    pub what: String,
    /// `deadline`, `result`, `both`.
    pub effect: &'static str,
    pub at: String,
    pub by: String,
    pub deadline: String,
    /// How long until the deadline (`overdue`: since it passed), as a clock reads it.
    pub left: String,
    pub overdue: bool,
    /// `performed/reviewed/items` of the current checklist.
    pub progress: String,
    pub in_charge: String,
    pub date: String,
}

/// The context of anomaly `a` of `run`, whose current checklist is `checks`.
pub fn anomaly(run: &Run, a: &Anomaly, checks: &[Check], label: Label, zone: Tz, now: DateTime<Utc>) -> AnomalyContext {
    let left = run.deadline - now;
    let overdue = left <= chrono::Duration::zero();
    let p = progress(checks, 0);
    AnomalyContext {
        run_kind: run.kind.as_str(),
        period: run.period.clone(),
        attempt: a.attempt,
        what: one_line(&a.what),
        effect: a.effect.as_str(),
        at: local_minute(a.at, zone),
        by: label(&a.by),
        deadline: local_minute(run.deadline, zone),
        left: clock(if overdue { -left } else { left }),
        overdue,
        progress: format!("{}/{}/{}", p.performed, p.reviewed, p.items),
        in_charge: label(&run.in_charge),
        date: local_minute(now, zone),
    }
}

/// `r7_receipt` (to the requester: received, due by …) and `r7_warning` (to the owner and
/// supervisors: the limit is close, or passed).
#[derive(Debug, Serialize)]
pub struct RequestContext {
    pub id: i64,
    /// `requirement`, `product`, `account`, `extraction`, `processing`.
    pub kind: &'static str,
    /// `R1` … `R5`.
    pub rule: &'static str,
    /// What meets the limit: `evaluation` (R1), `done` (R2, R3), `delivery` (R4), `opinion`
    /// (R5), `urgent` (R5's urgent item: handled and answered).
    pub goal: &'static str,
    pub title: String,
    /// The requesting department's name, the requester, the form's own number (may be empty).
    pub dept: String,
    pub requester: String,
    pub form_no: String,
    pub received: String,
    /// When the clock started, and the deadline; none while approvals are awaited.
    pub started: Option<String>,
    pub due: Option<String>,
    /// The limit in working days (an urgent R5 item: 0, the same working day).
    pub days: i64,
    /// Working time left to the deadline (`1 wd 03:20`), or, `overdue`, the time since it passed.
    pub left: String,
    pub overdue: bool,
    /// The owner's name, none before anyone accepted it.
    pub owner: Option<String>,
    /// R4: `top-secret`, `secret`, `confidential`, or none (A2: shown wherever the data is).
    pub classification: Option<&'static str>,
    pub date: String,
}

/// The context of a request's message; `dept` its department's name, `owner` the owner's label.
pub fn request(r: &Request, dept: &str, owner: Option<String>, rules: &Rules, now: DateTime<Utc>) -> RequestContext {
    let line = crate::text::sanitize_line;
    let zone = rules.cal.zone;
    let goal = match r.kind {
        RequestKind::Requirement => "evaluation",
        RequestKind::Product | RequestKind::Account => "done",
        RequestKind::Extraction => "delivery",
        RequestKind::Processing if r.urgent => "urgent",
        RequestKind::Processing => "opinion",
    };
    let (left, overdue) = match r.due_at {
        Some(d) if now > d => (clock(now - d), true),
        Some(d) => (working_span(rules.cal.working_time_between(now, d), &rules.cal), false),
        None => (String::new(), false),
    };
    RequestContext {
        id: r.id,
        kind: r.kind.as_str(),
        rule: r.kind.rule(),
        goal,
        title: line(&r.title),
        dept: line(dept),
        requester: line(&r.requester),
        form_no: line(&r.form_no),
        received: local_minute(r.received_at, zone),
        started: r.clock_start.map(|t| local_minute(t, zone)),
        due: r.due_at.map(|t| local_minute(t, zone)),
        days: r.limit_days,
        left,
        overdue,
        owner: owner.as_deref().map(line),
        classification: r.classification.map(|c| c.as_str()),
        date: local_minute(now, zone),
    }
}

/// `r9_reply` (to the project's initiator: the contact form reached the support centre, its place
/// in the ledger).
#[derive(Debug, Serialize)]
pub struct SupportContext {
    pub id: i64,
    pub project: String,
    /// May be empty while the project is only intended.
    pub project_no: String,
    pub client: String,
    /// `full`, `standard`, `guidance`.
    pub types: Vec<&'static str>,
    pub initiator: String,
    /// The initiator's department's name, the form's own number (may be empty).
    pub dept: String,
    pub form_no: String,
    pub received: String,
    /// When the reply is due (R9: an hour of working time after the approved form arrived).
    pub due: String,
    /// Accepted into the ledger, with its work plan (may be empty).
    pub accepted: bool,
    pub plan: String,
    pub date: String,
}

/// The context of a contact form's reply; `dept` its department's name.
pub fn support(
    f: &crate::domain::support::SupportForm,
    dept: &str,
    rules: &crate::domain::support::SupportRules,
    now: DateTime<Utc>,
) -> SupportContext {
    let line = crate::text::sanitize_line;
    let zone = rules.cal.zone;
    SupportContext {
        id: f.id,
        project: line(&f.project_name),
        project_no: line(&f.project_no),
        client: line(&f.client),
        types: f.types.iter().map(|t| t.as_str()).collect(),
        initiator: line(&f.initiator),
        dept: line(dept),
        form_no: line(&f.form_no),
        received: local_minute(f.received_at, zone),
        due: local_minute(f.reply_due, zone),
        accepted: f.accepted_at.is_some(),
        plan: f.plan.clone(),
        date: local_minute(now, zone),
    }
}
