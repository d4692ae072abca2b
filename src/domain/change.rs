//! System changes (SPEC C1–C10): the record, its life, the gates that keep a change out of
//! production until it is ready, and the deadlines of its notices, counted in working days (W1).

use chrono::{DateTime, Datelike, Duration, NaiveTime, Utc};
use serde::{Deserialize, Serialize};

use super::calendar::Calendar;
use super::role::{Actor, Role};
use crate::error::{Code, OpsError, Refusal};
use crate::text::{check_len, normalize};

words!(
    /// C10, in order. `scheduled` sits between the test confirmation and the notices: the window
    /// has passed the gates and the notice deadlines run.
    ChangeStatus {
        Draft = "draft",
        Planned = "planned",
        TestConfirmed = "test_confirmed",
        Scheduled = "scheduled",
        Notified = "notified",
        Executing = "executing",
        Done = "done",
        ResultAnnounced = "result_announced",
        SummarySent = "summary_sent",
        Closed = "closed",
    },
    "change status"
);

words!(
    /// How a change ended (C10).
    Outcome {
        Succeeded = "succeeded",
        Failed = "failed",
        RolledBack = "rolled-back",
    },
    "outcome"
);

/// The numbers of C4–C9, from the config.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangePolicy {
    pub early_start: NaiveTime,
    pub early_end: NaiveTime,
    pub maintenance_days: i64,
    pub collaborator_days: i64,
    pub notice_before_end: Duration,
    pub result_within: Duration,
    pub summary_days: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub id: i64,
    pub title: String,
    /// The systems the change touches (C1 conflicts are found by system).
    pub systems: Vec<String>,
    pub description: String,
    /// C1: the month whose plan holds it, `YYYY-MM`.
    pub planned_month: String,
    pub window_start: Option<DateTime<Utc>>,
    pub window_end: Option<DateTime<Utc>>,
    /// C4/C5: affects users of the live network.
    pub user_affecting: bool,
    /// C6: needs other departments' hands: their codes, and the written order of the steps.
    pub collaborators: Vec<String>,
    pub steps: String,
    /// C9: complex or wide.
    pub complex: bool,
    /// C2: outside the month's plan, from this requirement.
    pub unplanned: bool,
    pub requirement: String,
    pub scope: String,
    pub impact_duration: String,
    pub operator: String,
    pub it_contact: String,
    pub notes: String,
    /// C7: the business departments concerned, most relevant first (codes).
    pub departments: Vec<String>,
    pub status: ChangeStatus,
    /// C3: who confirmed it in the test environment, and when.
    pub test_confirmed_by: String,
    pub test_confirmed_at: Option<DateTime<Utc>>,
    /// Gates overridden as an emergency, by whom and why (shown in every report).
    pub override_gates: Vec<String>,
    pub override_by: Option<String>,
    pub override_reason: String,
    /// C7: the main departments were phoned because the notice could not go out in time.
    pub c7_phoned_at: Option<DateTime<Utc>>,
    /// C10: started outside the scheduled window, by whom (a manager or above) and why.
    #[serde(default)]
    pub start_override_by: Option<String>,
    #[serde(default)]
    pub start_override_reason: String,
    pub started_at: Option<DateTime<Utc>>,
    pub ended_at: Option<DateTime<Utc>>,
    pub outcome: Option<Outcome>,
    /// If it failed or was rolled back: why, briefly.
    pub outcome_note: String,
    /// C8: did it keep to the announced time, and if far off, why.
    pub on_time: Option<bool>,
    pub delay_reason: String,
    pub remaining_issues: String,
    pub result_notes: String,
    /// C9: the full confirmation and the summary report.
    pub confirmed_at: Option<DateTime<Utc>>,
    pub background: String,
    pub work_done: String,
    pub difficulty: String,
    pub significance: String,
    pub closed_at: Option<DateTime<Utc>>,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
    pub updated_by: String,
}

/// What a new change records.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NewChange {
    pub title: String,
    pub systems: Vec<String>,
    pub description: String,
    pub planned_month: String,
    pub window: Option<(DateTime<Utc>, DateTime<Utc>)>,
    pub user_affecting: bool,
    pub collaborators: Vec<String>,
    pub steps: String,
    pub complex: bool,
    pub unplanned: bool,
    pub requirement: String,
    pub scope: String,
    pub impact_duration: String,
    pub operator: String,
    pub it_contact: String,
    pub notes: String,
    pub departments: Vec<String>,
}

/// A gate that refuses scheduling: the rule, why, and the earliest start that would satisfy it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GateFailure {
    pub rule: &'static str,
    pub message: String,
    pub earliest: Option<DateTime<Utc>>,
    /// `message` as a code and its arguments, for the console to say in its language.
    pub refusal: Refusal,
}

fn text(field: &str, s: &str, required: bool, max: usize) -> Result<String, OpsError> {
    let v = normalize(s);
    if required && v.is_empty() {
        return Err(OpsError::Invalid(format!("{field} is required")));
    }
    check_len(field, &v, max)?;
    Ok(v)
}

fn list(field: &str, items: &[String]) -> Result<Vec<String>, OpsError> {
    let mut out: Vec<String> = Vec::new();
    for i in items.iter().flat_map(|s| s.split(',')) {
        let v = normalize(i);
        if v.chars().any(crate::text::is_unsafe_char) {
            return Err(OpsError::Invalid(format!(
                "{field} {:?} holds a control or invisible formatting character",
                crate::text::sanitize_line(&v)
            )));
        }
        if !v.is_empty() && !out.contains(&v) {
            check_len(field, &v, 100)?;
            out.push(v);
        }
    }
    Ok(out)
}

/// `YYYY-MM`, checked.
pub fn parse_month(s: &str) -> Result<(i32, u32), OpsError> {
    let bad = || OpsError::Invalid(format!("month {s:?}: use YYYY-MM"));
    let (y, m) = s.trim().split_once('-').ok_or_else(bad)?;
    let (y, m): (i32, u32) = (y.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if !(1..=12).contains(&m) || !(2000..=2999).contains(&y) {
        return Err(bad());
    }
    Ok((y, m))
}

fn month_of(cal: &Calendar, t: DateTime<Utc>) -> String {
    let d = cal.date_of(t);
    format!("{:04}-{:02}", d.year(), d.month())
}

/// `2026-11-20 10:05` in the calendar's zone.
fn show_at(cal: &Calendar, t: DateTime<Utc>) -> String {
    t.with_timezone(&cal.zone).format("%Y-%m-%d %H:%M").to_string()
}

fn check_window(start: DateTime<Utc>, end: DateTime<Utc>) -> Result<(), OpsError> {
    super::time::plausible("the window's start", start)?;
    super::time::plausible("the window's end", end)?;
    if end <= start {
        return Err(OpsError::Invalid("the window must end after it starts".into()));
    }
    if end - start > Duration::days(7) {
        return Err(OpsError::Invalid(
            "a change window longer than 7 days is not a window".into(),
        ));
    }
    Ok(())
}

impl Change {
    /// C1, C2: a new change in a month's plan (or, unplanned, from a requirement).
    pub fn open(new: &NewChange, actor: &Actor, cal: &Calendar, now: DateTime<Utc>) -> Result<Change, OpsError> {
        let title = text("title", &new.title, true, 200)?;
        let systems = list("system", &new.systems)?;
        if systems.is_empty() {
            return Err(OpsError::Invalid(
                "systems is required: which systems does it touch?".into(),
            ));
        }
        let requirement = text("requirement", &new.requirement, new.unplanned, 500)?;
        let planned_month = match (&new.window, new.planned_month.trim()) {
            (_, m) if !m.is_empty() => {
                let (y, mo) = parse_month(m)?;
                format!("{y:04}-{mo:02}")
            }
            (Some((start, _)), _) => month_of(cal, *start),
            (None, _) => {
                return Err(OpsError::Invalid(
                    "planned month is required (C1): --month YYYY-MM".into(),
                ));
            }
        };
        if let Some((s, e)) = new.window {
            check_window(s, e)?;
        }
        let collaborators = list("collaborator", &new.collaborators)?;
        Ok(Change {
            id: 0,
            title,
            systems,
            description: text("description", &new.description, false, 10_000)?,
            planned_month,
            window_start: new.window.map(|w| w.0),
            window_end: new.window.map(|w| w.1),
            user_affecting: new.user_affecting,
            steps: text("steps", &new.steps, !collaborators.is_empty(), 10_000)?,
            collaborators,
            complex: new.complex,
            unplanned: new.unplanned,
            requirement,
            scope: text("scope", &new.scope, false, 2000)?,
            impact_duration: text("impact duration", &new.impact_duration, false, 200)?,
            operator: text("operator", &new.operator, false, 200)?,
            it_contact: text("IT contact", &new.it_contact, false, 200)?,
            notes: text("notes", &new.notes, false, 10_000)?,
            departments: list("department", &new.departments)?,
            status: ChangeStatus::Draft,
            test_confirmed_by: String::new(),
            test_confirmed_at: None,
            override_gates: Vec::new(),
            override_by: None,
            override_reason: String::new(),
            c7_phoned_at: None,
            start_override_by: None,
            start_override_reason: String::new(),
            started_at: None,
            ended_at: None,
            outcome: None,
            outcome_note: String::new(),
            on_time: None,
            delay_reason: String::new(),
            remaining_issues: String::new(),
            result_notes: String::new(),
            confirmed_at: None,
            background: String::new(),
            work_done: String::new(),
            difficulty: String::new(),
            significance: String::new(),
            closed_at: None,
            version: 1,
            updated_at: now,
            updated_by: actor.login.clone(),
        })
    }

    pub fn cross_dept(&self) -> bool {
        !self.collaborators.is_empty()
    }

    pub fn is_open(&self) -> bool {
        self.status != ChangeStatus::Closed
    }

    fn next(&self, actor: &Actor, now: DateTime<Utc>) -> Change {
        let mut c = self.clone();
        c.version += 1;
        c.updated_at = now;
        c.updated_by = actor.login.clone();
        c
    }

    /// C10: refused unless the change is in one of the `allowed` states; `step` is the step's
    /// word (`change_step.<step>`), `doing` how the CLI says it.
    fn expect(&self, allowed: &[ChangeStatus], step: &str, doing: &str) -> Result<(), OpsError> {
        if allowed.contains(&self.status) {
            return Ok(());
        }
        let wanted: Vec<&str> = allowed.iter().map(|s| s.as_str()).collect();
        Err(OpsError::Rule(format!(
            "cannot {doing} change {}: it is {}, and this step follows {} (C10)",
            self.id,
            self.status,
            wanted.join(" or ")
        ))
        .coded(
            Refusal::new(Code::ChangeWrongState)
                .phrase("step", &format!("change_step.{step}"), doing)
                .text("id", self.id)
                .word("status", "change_status", self.status.as_str())
                .any_of("wanted", "change_status", wanted),
        ))
    }

    fn not_future(at: DateTime<Utc>, now: DateTime<Utc>) -> Result<(), OpsError> {
        if (at - now).num_seconds() > 60 {
            return Err(OpsError::Invalid("that time is in the future".into()));
        }
        Ok(())
    }

    /// C1: agreed in the month's plan, with its window.
    pub fn plan(
        &self,
        actor: &Actor,
        window: (DateTime<Utc>, DateTime<Utc>),
        month: Option<&str>,
        cal: &Calendar,
        now: DateTime<Utc>,
    ) -> Result<Change, OpsError> {
        self.can(Step::Plan)?;
        check_window(window.0, window.1)?;
        let mut c = self.next(actor, now);
        if let Some(m) = month {
            let (y, mo) = parse_month(m)?;
            c.planned_month = format!("{y:04}-{mo:02}");
        }
        let window_month = month_of(cal, window.0);
        if window_month != c.planned_month && !c.unplanned {
            return Err(OpsError::Rule(format!(
                "C1: the window starts in {window_month} but the change is in the {} plan; plan it with --month {window_month}",
                c.planned_month
            ))
            .coded(
                Refusal::new(Code::ChangeC1OtherMonth)
                    .text("window_month", &window_month)
                    .text("plan_month", &c.planned_month),
            ));
        }
        c.window_start = Some(window.0);
        c.window_end = Some(window.1);
        if c.status == ChangeStatus::Draft {
            c.status = ChangeStatus::Planned;
        }
        Ok(c)
    }

    /// C3: confirmed in the test environment, with the business departments: who, when.
    pub fn confirm_test(
        &self,
        actor: &Actor,
        by: &str,
        at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Change, OpsError> {
        self.can(Step::ConfirmTest)?;
        Change::not_future(at, now)?;
        let mut c = self.next(actor, now);
        c.test_confirmed_by = text("confirmed by", by, true, 500)?;
        c.test_confirmed_at = Some(at);
        c.status = ChangeStatus::TestConfirmed;
        Ok(c)
    }

    /// C3–C6: fix the window for production. Refused with every failing gate unless a manager or
    /// above overrides them as an emergency, with a written reason.
    pub fn schedule(
        &self,
        actor: &Actor,
        cal: &Calendar,
        p: &ChangePolicy,
        emergency: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Change, OpsError> {
        self.can(Step::Schedule)?;
        let failures = self.gates(cal, p, now);
        let mut c = self.next(actor, now);
        if !failures.is_empty() {
            let Some(reason) = emergency else {
                let mut msg: Vec<String> = failures.iter().map(|f| f.message.clone()).collect();
                let mut parts: Vec<Refusal> = failures.iter().map(|f| f.refusal.clone()).collect();
                if let Some(t) = self.earliest_start(&failures, cal, p) {
                    let at = t.with_timezone(&cal.zone).format("%Y-%m-%d %H:%M");
                    msg.push(format!("the earliest start that passes every gate with a date: {at}"));
                    parts.push(Refusal::new(Code::ChangeEarliest).text("earliest", at));
                }
                // W2: dates counted across a year without holidays may be wrong; say so here too.
                let years = self.unknown_years_to(&failures, cal, p, now);
                if !years.is_empty() {
                    let list = years.iter().map(|y| y.to_string()).collect::<Vec<_>>().join(", ");
                    msg.push(format!(
                        "the working calendar has no holidays for {list}: these dates count plain weekdays and may fall on a holiday (add the year under [[calendar.years]] in config.toml)"
                    ));
                    parts.push(Refusal::new(Code::ChangeCalendarUnknown).text("years", list));
                }
                msg.push(format!(
                    "a manager may override as an emergency: opsdesk change schedule {} --override \"reason\"",
                    self.id
                ));
                parts.push(Refusal::new(Code::ChangeOverrideSchedule).text("id", self.id));
                return Err(
                    OpsError::Rule(format!("change {} cannot be scheduled: {}", self.id, msg.join("; "))).coded(
                        Refusal::new(Code::ChangeNotSchedulable)
                            .text("id", self.id)
                            .parts("reasons", parts),
                    ),
                );
            };
            if actor.role < Role::Manager {
                let rules = failures.iter().map(|f| f.rule).collect::<Vec<_>>().join(", ");
                return Err(OpsError::Permission(format!(
                    "permission denied: overriding {rules} needs the manager role; {} is {}",
                    actor.label(),
                    actor.role
                ))
                .coded(
                    Refusal::new(Code::ChangeOverrideNeedsRole)
                        .text("rules", rules)
                        .word("need", "role", Role::Manager.as_str())
                        .text("actor", actor.label())
                        .word("role", "role", actor.role.as_str()),
                ));
            }
            if failures.iter().any(|f| f.rule == "C1") {
                return Err(OpsError::Rule(failures[0].message.clone()).coded(failures[0].refusal.clone()));
            }
            c.override_gates = failures.iter().map(|f| f.rule.to_string()).collect();
            c.override_by = Some(actor.login.clone());
            c.override_reason = text("override reason", reason, true, 2000)?;
        }
        c.status = ChangeStatus::Scheduled;
        Ok(c)
    }
}

record!(Change, super::kind::Kind::Change);

mod deadlines;
mod execution;
mod guards;
pub use guards::Step;
#[cfg(test)]
mod tests;
