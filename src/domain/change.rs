//! System changes (SPEC C1–C10): the record, its life, the gates that keep a change out of
//! production until it is ready, and the deadlines of its notices, counted in working days (W1).

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};

use super::calendar::Calendar;
use super::role::{Actor, Role};
use crate::error::OpsError;
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

impl ChangePolicy {}

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

    fn expect(&self, allowed: &[ChangeStatus], step: &str) -> Result<(), OpsError> {
        if allowed.contains(&self.status) {
            return Ok(());
        }
        let wanted: Vec<&str> = allowed.iter().map(|s| s.as_str()).collect();
        Err(OpsError::Rule(format!(
            "cannot {step} change {}: it is {}, and this step follows {} (C10)",
            self.id,
            self.status,
            wanted.join(" or ")
        )))
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
        self.expect(
            &[ChangeStatus::Draft, ChangeStatus::Planned, ChangeStatus::TestConfirmed],
            "plan",
        )?;
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
            )));
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
        self.expect(&[ChangeStatus::Planned], "record the test confirmation of")?;
        Change::not_future(at, now)?;
        let mut c = self.next(actor, now);
        c.test_confirmed_by = text("confirmed by", by, true, 500)?;
        c.test_confirmed_at = Some(at);
        c.status = ChangeStatus::TestConfirmed;
        Ok(c)
    }

    /// The working day the change belongs to for its notices (W1; see `Calendar::working_day_of`).
    pub fn change_day(&self, cal: &Calendar) -> Option<NaiveDate> {
        self.window_start.map(|t| cal.working_day_of(t))
    }

    /// C5: by the end of the working day this many working days before the change day.
    pub fn c5_due(&self, cal: &Calendar, p: &ChangePolicy) -> Option<DateTime<Utc>> {
        self.change_day(cal)
            .map(|w| cal.end_of_working_day(cal.add_working_days(w, -p.maintenance_days)))
    }

    /// C6: likewise, five working days.
    pub fn c6_due(&self, cal: &Calendar, p: &ChangePolicy) -> Option<DateTime<Utc>> {
        self.change_day(cal)
            .map(|w| cal.end_of_working_day(cal.add_working_days(w, -p.collaborator_days)))
    }

    /// C7: two hours before the end of the change day's working day, and never after the change
    /// starts.
    pub fn c7_due(&self, cal: &Calendar, p: &ChangePolicy) -> Option<DateTime<Utc>> {
        let (w, start) = (self.change_day(cal)?, self.window_start?);
        Some((cal.end_of_working_day(w) - p.notice_before_end).min(start))
    }

    /// C8: within 12 hours after the change ends.
    pub fn c8_due(&self, p: &ChangePolicy) -> Option<DateTime<Utc>> {
        self.ended_at.map(|e| e + p.result_within)
    }

    /// C9: by the end of the third working day after the change ends. An end in the early hours
    /// belongs to the working day before, as for C5 and C7: a change ending on Wednesday at 02:00
    /// has Wednesday, Thursday and Friday. (C8 counts 12 clock hours and needs no such rule.)
    pub fn c9_due(&self, cal: &Calendar, p: &ChangePolicy) -> Option<DateTime<Utc>> {
        self.ended_at
            .map(|e| cal.end_of_working_day(cal.add_working_days(cal.working_day_of(e), p.summary_days)))
    }

    /// W2: the years the calendar does not know that this change's working-day counts cross
    /// (from today to its window and its C5, C6, C7 and C9 deadlines): counted there as plain
    /// weekdays, a deadline may fall on a holiday.
    pub fn unknown_calendar_years(&self, cal: &Calendar, p: &ChangePolicy, now: DateTime<Utc>) -> Vec<i32> {
        let today = cal.date_of(now);
        let dates: Vec<NaiveDate> = [
            self.window_start,
            self.window_end,
            self.c5_due(cal, p),
            self.c6_due(cal, p),
            self.c7_due(cal, p),
            self.c9_due(cal, p),
        ]
        .into_iter()
        .flatten()
        .map(|t| cal.date_of(t))
        .collect();
        if dates.is_empty() {
            return Vec::new();
        }
        // The gates count from today, the deadlines from the change day.
        let lo = dates.iter().copied().chain([today]).min().unwrap_or(today);
        let hi = dates.iter().copied().chain([today]).max().unwrap_or(today);
        cal.unknown_years(lo, hi)
    }

    /// The next early-hours window starting at or after `t`.
    fn early_window_at_or_after(cal: &Calendar, p: &ChangePolicy, t: DateTime<Utc>) -> DateTime<Utc> {
        let d = cal.date_of(t);
        let today = cal.at(d, p.early_start);
        if today >= t {
            today
        } else {
            cal.at(d + Duration::days(1), p.early_start)
        }
    }

    /// The earliest start whose change day is `day` or later.
    fn earliest_start_on(&self, cal: &Calendar, p: &ChangePolicy, day: NaiveDate) -> DateTime<Utc> {
        if self.user_affecting {
            // An early-hours window belongs to the working day before it.
            cal.at(day + Duration::days(1), p.early_start)
        } else {
            cal.at(day, cal.day_start)
        }
    }

    /// Every gate that refuses scheduling at `now` (C3–C6), each with the earliest start that
    /// would satisfy it.
    pub fn gates(&self, cal: &Calendar, p: &ChangePolicy, now: DateTime<Utc>) -> Vec<GateFailure> {
        let mut out = Vec::new();
        let (Some(start), Some(end)) = (self.window_start, self.window_end) else {
            out.push(GateFailure {
                rule: "C1",
                message: format!(
                    "C1: change {} has no window yet; plan it first (opsdesk change plan {} --start … --end …)",
                    self.id, self.id
                ),
                earliest: None,
            });
            return out;
        };
        let show = |t: DateTime<Utc>| t.with_timezone(&cal.zone).format("%Y-%m-%d %H:%M").to_string();
        if start < now {
            out.push(GateFailure {
                rule: "C10",
                message: format!(
                    "C10: the window {} - {} has begun or passed; plan a new window (opsdesk change plan {} --start … --end …)",
                    show(start),
                    show(end),
                    self.id
                ),
                earliest: None,
            });
        }
        if self.test_confirmed_at.is_none() {
            out.push(GateFailure {
                rule: "C3",
                message: format!(
                    "C3: no change reaches production before its function is confirmed in the test environment; record who confirmed it (opsdesk change confirm-test {} --by NAMES)",
                    self.id
                ),
                earliest: None,
            });
        }
        if self.user_affecting {
            let (sd, ed) = (cal.date_of(start), cal.date_of(end));
            let (st, et) = (
                start.with_timezone(&cal.zone).time(),
                end.with_timezone(&cal.zone).time(),
            );
            let inside = sd == ed && st >= p.early_start && et <= p.early_end;
            if !inside {
                let earliest = Change::early_window_at_or_after(cal, p, start.max(now));
                out.push(GateFailure {
                    rule: "C4",
                    message: format!(
                        "C4: a change that affects users runs after 00:00, inside the early-hours window {}-{}; {} - {} is outside it. Earliest window: {}",
                        p.early_start.format("%H:%M"),
                        p.early_end.format("%H:%M"),
                        show(start),
                        show(end),
                        show(earliest)
                    ),
                    earliest: Some(earliest),
                });
            }
            if let Some(due) = self.c5_due(cal, p)
                && now > due
            {
                let day = cal.add_working_days(cal.counting_day_of(now), p.maintenance_days);
                let earliest = self.earliest_start_on(cal, p, day);
                out.push(GateFailure {
                    rule: "C5",
                    message: format!(
                        "C5: the maintenance departments must be told {} working days ahead, by {}; that has passed. Told now, the earliest start is {} (change day {day})",
                        p.maintenance_days,
                        show(due),
                        show(earliest)
                    ),
                    earliest: Some(earliest),
                });
            }
        }
        if self.cross_dept()
            && let Some(due) = self.c6_due(cal, p)
            && now > due
        {
            let day = cal.add_working_days(cal.counting_day_of(now), p.collaborator_days);
            let earliest = self.earliest_start_on(cal, p, day);
            out.push(GateFailure {
                rule: "C6",
                message: format!(
                    "C6: the collaborating departments must get the request and plan {} working days ahead, by {}; that has passed. Sent now, the earliest start is {} (change day {day})",
                    p.collaborator_days,
                    show(due),
                    show(earliest)
                ),
                earliest: Some(earliest),
            });
        }
        out
    }

    /// The earliest start that passes every gate with a date (C4–C6), when some gate refused.
    pub fn earliest_start(&self, failures: &[GateFailure], cal: &Calendar, p: &ChangePolicy) -> Option<DateTime<Utc>> {
        let latest = failures.iter().filter_map(|f| f.earliest).max()?;
        Some(if self.user_affecting {
            Change::early_window_at_or_after(cal, p, latest)
        } else {
            latest
        })
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
        self.expect(&[ChangeStatus::Planned, ChangeStatus::TestConfirmed], "schedule")?;
        let failures = self.gates(cal, p, now);
        let mut c = self.next(actor, now);
        if !failures.is_empty() {
            let Some(reason) = emergency else {
                let mut msg: Vec<String> = failures.iter().map(|f| f.message.clone()).collect();
                if let Some(t) = self.earliest_start(&failures, cal, p) {
                    msg.push(format!(
                        "the earliest start that passes every gate with a date: {}",
                        t.with_timezone(&cal.zone).format("%Y-%m-%d %H:%M")
                    ));
                }
                msg.push(format!(
                    "a manager may override as an emergency: opsdesk change schedule {} --override \"reason\"",
                    self.id
                ));
                return Err(OpsError::Rule(format!(
                    "change {} cannot be scheduled: {}",
                    self.id,
                    msg.join("; ")
                )));
            };
            if actor.role < Role::Manager {
                return Err(OpsError::Permission(format!(
                    "permission denied: overriding {} needs the manager role; {} is {}",
                    failures.iter().map(|f| f.rule).collect::<Vec<_>>().join(", "),
                    actor.label(),
                    actor.role
                )));
            }
            if failures.iter().any(|f| f.rule == "C1") {
                return Err(OpsError::Rule(failures[0].message.clone()));
            }
            c.override_gates = failures.iter().map(|f| f.rule.to_string()).collect();
            c.override_by = Some(actor.login.clone());
            c.override_reason = text("override reason", reason, true, 2000)?;
        }
        c.status = ChangeStatus::Scheduled;
        Ok(c)
    }

    /// C7: the main departments were phoned because the notice could not go out in time.
    pub fn phoned(&self, actor: &Actor, at: DateTime<Utc>, now: DateTime<Utc>) -> Result<Change, OpsError> {
        self.expect(&[ChangeStatus::Scheduled], "record the phone calls for")?;
        Change::not_future(at, now)?;
        let mut c = self.next(actor, now);
        c.c7_phoned_at = Some(at);
        Ok(c)
    }

    /// C7: the change notice went out.
    pub fn notified(&self, actor: &Actor, now: DateTime<Utc>) -> Result<Change, OpsError> {
        self.expect(&[ChangeStatus::Scheduled], "record the change notice of")?;
        let mut c = self.next(actor, now);
        c.status = ChangeStatus::Notified;
        Ok(c)
    }

    /// Into production: only after its notice (C7), inside the window it was scheduled and
    /// announced for (C10; through it C4-C7 hold), and (C4) inside the early-hours window unless
    /// that gate was overridden at scheduling. A manager or above may start it outside them as an
    /// emergency, with a written reason (`emergency`), which the change keeps.
    #[allow(clippy::too_many_arguments)]
    pub fn start(
        &self,
        actor: &Actor,
        at: DateTime<Utc>,
        cal: &Calendar,
        p: &ChangePolicy,
        emergency: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Change, OpsError> {
        if self.status == ChangeStatus::Scheduled {
            return Err(OpsError::Rule(format!(
                "C7: the change notice of change {} has not gone out; record it first (opsdesk change notify {} --notice c7 --channel email)",
                self.id, self.id
            )));
        }
        self.expect(&[ChangeStatus::Notified], "start")?;
        Change::not_future(at, now)?;
        let mut refused = Vec::new();
        // A start recorded after the fact, before it was even scheduled and announced, is an
        // exception a manager signs for, like a start outside the window.
        if at < self.updated_at {
            refused.push(format!(
                "C10: change {} cannot start at {}: that is before its last recorded step ({})",
                self.id,
                show_at(cal, at),
                show_at(cal, self.updated_at)
            ));
        }
        let t = at.with_timezone(&cal.zone).time();
        if self.user_affecting
            && !(t >= p.early_start && t < p.early_end)
            && !self.override_gates.iter().any(|g| g == "C4")
        {
            refused.push(format!(
                "C4: change {} affects users and may only start inside the early-hours window {}-{}",
                self.id,
                p.early_start.format("%H:%M"),
                p.early_end.format("%H:%M")
            ));
        }
        match (self.window_start, self.window_end) {
            (Some(s), Some(e)) if at >= s && at < e => {}
            (Some(s), Some(e)) => refused.push(format!(
                "C10: change {} was scheduled and announced for {} - {}; {} is outside that window",
                self.id,
                show_at(cal, s),
                show_at(cal, e),
                show_at(cal, at)
            )),
            _ => refused.push(format!("C10: change {} has no window", self.id)),
        }
        let mut c = self.next(actor, now);
        if !refused.is_empty() {
            let Some(reason) = emergency else {
                return Err(OpsError::Rule(format!(
                    "{}; a manager may start it anyway as an emergency: opsdesk change start {} --override \"reason\"",
                    refused.join("; "),
                    self.id
                )));
            };
            if actor.role < Role::Manager {
                return Err(OpsError::Permission(format!(
                    "permission denied: starting change {} outside its window needs the manager role; {} is {}",
                    self.id,
                    actor.label(),
                    actor.role
                )));
            }
            c.start_override_by = Some(actor.login.clone());
            c.start_override_reason = text("override reason", reason, true, 2000)?;
        }
        c.status = ChangeStatus::Executing;
        c.started_at = Some(at);
        Ok(c)
    }

    /// C10: done: succeeded, failed or rolled back (the last two say why).
    pub fn finish(
        &self,
        actor: &Actor,
        at: DateTime<Utc>,
        outcome: Outcome,
        note: &str,
        now: DateTime<Utc>,
    ) -> Result<Change, OpsError> {
        self.expect(&[ChangeStatus::Executing], "finish")?;
        Change::not_future(at, now)?;
        if self.started_at.is_some_and(|s| at < s) {
            return Err(OpsError::Invalid("it cannot end before it started".into()));
        }
        let mut c = self.next(actor, now);
        c.outcome_note = text("why", note, outcome != Outcome::Succeeded, 2000)?;
        c.status = ChangeStatus::Done;
        c.ended_at = Some(at);
        c.outcome = Some(outcome);
        Ok(c)
    }

    /// C8: the result notice went out, with what it said.
    pub fn announce(
        &self,
        actor: &Actor,
        on_time: bool,
        delay_reason: &str,
        remaining: &str,
        notes: &str,
        now: DateTime<Utc>,
    ) -> Result<Change, OpsError> {
        self.expect(&[ChangeStatus::Done], "announce the result of")?;
        let mut c = self.next(actor, now);
        c.on_time = Some(on_time);
        c.delay_reason = text("delay reason", delay_reason, !on_time, 2000)?;
        c.remaining_issues = text("remaining issues", remaining, false, 5000)?;
        c.result_notes = text("notes", notes, false, 5000)?;
        c.status = ChangeStatus::ResultAnnounced;
        Ok(c)
    }

    /// C9: fully confirmed, and the summary report sent.
    #[allow(clippy::too_many_arguments)]
    pub fn summarise(
        &self,
        actor: &Actor,
        confirmed_at: DateTime<Utc>,
        background: &str,
        done: &str,
        difficulty: &str,
        significance: &str,
        now: DateTime<Utc>,
    ) -> Result<Change, OpsError> {
        self.expect(&[ChangeStatus::ResultAnnounced], "send the summary of")?;
        if !self.complex {
            return Err(OpsError::Rule(format!(
                "C9: change {} is not marked complex or wide; it needs no summary report",
                self.id
            )));
        }
        Change::not_future(confirmed_at, now)?;
        let mut c = self.next(actor, now);
        c.confirmed_at = Some(confirmed_at);
        c.background = text("background", background, true, 5000)?;
        c.work_done = text("what was done", done, true, 5000)?;
        c.difficulty = text("difficulty", difficulty, true, 5000)?;
        c.significance = text("significance", significance, true, 5000)?;
        c.status = ChangeStatus::SummarySent;
        Ok(c)
    }

    /// C10: closed, once its result is out (and, if complex, its summary).
    pub fn close(&self, actor: &Actor, at: DateTime<Utc>, now: DateTime<Utc>) -> Result<Change, OpsError> {
        let allowed: &[ChangeStatus] = if self.complex {
            &[ChangeStatus::SummarySent]
        } else {
            &[ChangeStatus::ResultAnnounced]
        };
        self.expect(allowed, "close")?;
        Change::not_future(at, now)?;
        let mut c = self.next(actor, now);
        c.status = ChangeStatus::Closed;
        c.closed_at = Some(at);
        Ok(c)
    }
}

record!(Change, super::kind::Kind::Change);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use chrono::TimeZone;

    fn cal() -> Calendar {
        Calendar::from_config(&Config::defaults())
    }
    fn pol() -> ChangePolicy {
        ChangePolicy::from_config(&Config::defaults())
    }
    /// A Shanghai wall-clock time.
    fn sh(s: &str) -> DateTime<Utc> {
        let local = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
        cal().zone.from_local_datetime(&local).unwrap().with_timezone(&Utc)
    }
    fn show(t: DateTime<Utc>) -> String {
        t.with_timezone(&cal().zone).format("%Y-%m-%d %H:%M").to_string()
    }
    fn who(role: Role) -> Actor {
        Actor {
            login: "wf".into(),
            name: "王芳".into(),
            role,
        }
    }
    fn change(window: (&str, &str), user_affecting: bool, collaborators: &[&str]) -> Change {
        let new = NewChange {
            title: "计费系统升级".into(),
            systems: vec!["billing".into()],
            window: Some((sh(window.0), sh(window.1))),
            user_affecting,
            collaborators: collaborators.iter().map(|s| s.to_string()).collect(),
            steps: if collaborators.is_empty() {
                String::new()
            } else {
                "1. 网络部切换 2. IT 部署".into()
            },
            departments: vec!["callcentre".into(), "marketing".into()],
            ..Default::default()
        };
        let mut c = Change::open(&new, &who(Role::Operator), &cal(), sh("2026-11-02 09:00")).unwrap();
        c.id = 9;
        c.status = ChangeStatus::TestConfirmed;
        c.test_confirmed_at = Some(sh("2026-11-10 10:00"));
        c
    }
    fn rules(f: &[GateFailure]) -> Vec<&'static str> {
        f.iter().map(|g| g.rule).collect()
    }

    #[test]
    fn c1_a_change_belongs_to_its_planned_month() {
        let c = change(("2026-11-26 01:00", "2026-11-26 03:00"), true, &[]);
        assert_eq!(c.planned_month, "2026-11");
        let mut d = c.clone();
        d.status = ChangeStatus::Draft;
        let err = d
            .plan(
                &who(Role::Operator),
                (sh("2026-12-02 01:00"), sh("2026-12-02 02:00")),
                None,
                &cal(),
                sh("2026-11-20 10:00"),
            )
            .unwrap_err();
        assert!(err.message().starts_with("C1:"), "{err}");
        let ok = d
            .plan(
                &who(Role::Operator),
                (sh("2026-12-02 01:00"), sh("2026-12-02 02:00")),
                Some("2026-12"),
                &cal(),
                sh("2026-11-20 10:00"),
            )
            .unwrap();
        assert_eq!(
            (ok.planned_month.as_str(), ok.status),
            ("2026-12", ChangeStatus::Planned)
        );
    }

    #[test]
    fn c2_an_unplanned_change_names_its_requirement() {
        let new = NewChange {
            title: "t".into(),
            systems: vec!["crm".into()],
            planned_month: "2026-11".into(),
            unplanned: true,
            ..Default::default()
        };
        let err = Change::open(&new, &who(Role::Operator), &cal(), sh("2026-11-20 10:00")).unwrap_err();
        assert!(err.message().contains("requirement is required"));
        let ok = NewChange {
            requirement: "REQ-2026-118 紧急资费调整".into(),
            ..new
        };
        assert!(
            Change::open(&ok, &who(Role::Operator), &cal(), sh("2026-11-20 10:00"))
                .unwrap()
                .unplanned
        );
    }

    #[test]
    fn c3_no_schedule_without_test_confirmation() {
        let mut c = change(("2026-11-26 01:00", "2026-11-26 03:00"), true, &[]);
        c.test_confirmed_at = None;
        c.status = ChangeStatus::Planned;
        assert_eq!(rules(&c.gates(&cal(), &pol(), sh("2026-11-20 10:00"))), ["C3"]);
        let confirmed = c
            .confirm_test(
                &who(Role::Operator),
                "市场部 孙丽, 客服 赵敏",
                sh("2026-11-20 09:00"),
                sh("2026-11-20 10:00"),
            )
            .unwrap();
        assert_eq!(confirmed.status, ChangeStatus::TestConfirmed);
        assert!(confirmed.gates(&cal(), &pol(), sh("2026-11-20 10:00")).is_empty());
    }

    #[test]
    fn c4_user_affecting_windows_run_in_the_early_hours() {
        let now = sh("2026-11-02 10:00");
        let cases = [
            (("2026-11-26 01:00", "2026-11-26 03:00"), true, None),
            (("2026-11-26 00:00", "2026-11-26 06:00"), true, None),
            (("2026-11-25 14:00", "2026-11-25 16:00"), true, Some("2026-11-26 00:00")),
            (("2026-11-25 23:00", "2026-11-26 01:00"), true, Some("2026-11-26 00:00")),
            (("2026-11-26 05:00", "2026-11-26 07:00"), true, Some("2026-11-27 00:00")),
            (("2026-11-25 14:00", "2026-11-25 16:00"), false, None),
        ];
        for (window, user_affecting, earliest) in cases {
            let c = change(window, user_affecting, &[]);
            let gates = c.gates(&cal(), &pol(), now);
            let c4 = gates.iter().find(|g| g.rule == "C4");
            assert_eq!(c4.and_then(|g| g.earliest).map(show).as_deref(), earliest, "{window:?}");
            if let Some(g) = c4 {
                assert!(g.message.contains("early-hours window 00:00-06:00"), "{}", g.message);
            }
        }
    }

    #[test]
    fn c5_maintenance_notice_three_working_days_ahead() {
        // Change in the early hours of Thursday 26 Nov: its working day is Wednesday 25; three
        // working days before is Friday 20; the notice is due by 18:00 that day.
        let c = change(("2026-11-26 01:00", "2026-11-26 03:00"), true, &[]);
        assert_eq!(c.c5_due(&cal(), &pol()).map(show).as_deref(), Some("2026-11-20 18:00"));
        let cases = [
            ("2026-11-20 17:00", None),
            ("2026-11-20 18:00", None),
            // Too late on Friday evening: told on Monday 23, the change day can be Thursday 26.
            ("2026-11-20 18:30", Some("2026-11-27 00:00")),
            ("2026-11-23 09:00", Some("2026-11-27 00:00")),
        ];
        for (now, earliest) in cases {
            let gates = c.gates(&cal(), &pol(), sh(now));
            let c5 = gates.iter().find(|g| g.rule == "C5");
            assert_eq!(c5.and_then(|g| g.earliest).map(show).as_deref(), earliest, "now {now}");
        }
    }

    #[test]
    fn c5_counts_working_days_across_national_day() {
        // Change in the early hours of Friday 9 October: working day Thursday 8; three working
        // days back skips 1-7 October: 28 September.
        let c = change(("2026-10-09 01:00", "2026-10-09 02:00"), true, &[]);
        assert_eq!(c.c5_due(&cal(), &pol()).map(show).as_deref(), Some("2026-09-28 18:00"));
    }

    #[test]
    fn c6_collaborators_five_working_days_ahead() {
        let c = change(("2026-11-26 01:00", "2026-11-26 03:00"), true, &["netops"]);
        assert_eq!(c.c6_due(&cal(), &pol()).map(show).as_deref(), Some("2026-11-18 18:00"));
        let gates = c.gates(&cal(), &pol(), sh("2026-11-20 10:00"));
        assert_eq!(rules(&gates), ["C6"]);
        // Sent on Friday 20: five working days later is Friday 27; its early window, Saturday 00:00.
        assert_eq!(gates[0].earliest.map(show).as_deref(), Some("2026-11-28 00:00"));
        assert!(gates[0].message.contains("earliest start is 2026-11-28 00:00"));
    }

    #[test]
    fn c7_notice_two_hours_before_the_end_of_the_change_day() {
        let cases = [
            // (window start, notice due)
            ("2026-11-26 01:00", "2026-11-25 16:00"), // early hours: the day before
            ("2026-11-25 20:00", "2026-11-25 16:00"),
            ("2026-11-25 10:00", "2026-11-25 10:00"), // a daytime change: before it starts
            ("2026-11-21 01:00", "2026-11-20 16:00"), // Saturday: Friday
            ("2026-10-08 01:00", "2026-09-30 16:00"), // after National Day
        ];
        for (start, due) in cases {
            let mut c = change(("2026-11-26 01:00", "2026-11-26 03:00"), false, &[]);
            c.window_start = Some(sh(start));
            c.window_end = Some(sh(start) + Duration::hours(1));
            assert_eq!(c.c7_due(&cal(), &pol()).map(show).as_deref(), Some(due), "{start}");
        }
    }

    #[test]
    fn c8_result_within_12_hours_and_c9_summary_within_3_working_days() {
        let mut c = change(("2026-11-26 01:00", "2026-11-26 03:00"), true, &[]);
        c.ended_at = Some(sh("2026-11-26 03:10"));
        assert_eq!(c.c8_due(&pol()).map(show).as_deref(), Some("2026-11-26 15:10"));
        // Ended in Thursday's early hours: it belongs to Wednesday; Thursday, Friday, Monday.
        assert_eq!(c.c9_due(&cal(), &pol()).map(show).as_deref(), Some("2026-11-30 18:00"));
        c.ended_at = Some(sh("2026-09-30 23:00"));
        assert_eq!(
            c.c9_due(&cal(), &pol()).map(show).as_deref(),
            Some("2026-10-10 18:00"),
            "after the holiday: Oct 8, 9 and the make-up Saturday the 10th"
        );
    }

    #[test]
    fn w2_a_change_whose_counts_cross_an_unknown_year_says_so() {
        let c = change(("2026-11-26 01:00", "2026-11-26 03:00"), true, &[]);
        assert!(
            c.unknown_calendar_years(&cal(), &pol(), sh("2026-11-20 10:00"))
                .is_empty()
        );
        let next = change(("2027-01-20 01:00", "2027-01-20 03:00"), true, &["network"]);
        assert_eq!(
            next.unknown_calendar_years(&cal(), &pol(), sh("2026-12-20 10:00")),
            vec![2027],
            "its C5/C6 lead times count working days in 2027"
        );
        let note = crate::domain::calendar::unknown_years_note(&[2027]).unwrap();
        assert!(
            note.contains("no holidays for 2027") && note.contains("[[calendar.years]]"),
            "{note}"
        );
    }

    #[test]
    fn c9_an_end_in_the_early_hours_counts_from_the_working_day_before() {
        let mut c = change(("2026-11-25 00:30", "2026-11-25 02:00"), true, &[]);
        let cases = [
            // (ended, due): Wednesday 02:00 belongs to Tuesday: Wed, Thu, Fri.
            ("2026-11-25 02:00", "2026-11-27 18:00"),
            // During Wednesday's working hours: Thu, Fri, Mon.
            ("2026-11-25 14:00", "2026-11-30 18:00"),
            // Wednesday evening: still Wednesday's; Thu, Fri, Mon.
            ("2026-11-25 20:00", "2026-11-30 18:00"),
            // Saturday: Friday's; Mon, Tue, Wed.
            ("2026-11-28 02:00", "2026-12-02 18:00"),
        ];
        for (ended, due) in cases {
            c.ended_at = Some(sh(ended));
            assert_eq!(c.c9_due(&cal(), &pol()).map(show).as_deref(), Some(due), "{ended}");
        }
    }

    #[test]
    fn c4_c5_refusals_name_the_rule_and_the_earliest_start() {
        let c = change(("2026-11-25 14:00", "2026-11-25 16:00"), true, &[]);
        let err = c
            .schedule(&who(Role::Operator), &cal(), &pol(), None, sh("2026-11-23 10:00"))
            .unwrap_err();
        let m = err.message();
        assert!(m.contains("C4: a change that affects users"), "{m}");
        assert!(
            m.contains("C5: the maintenance departments must be told 3 working days ahead"),
            "{m}"
        );
        assert!(
            m.contains("the earliest start that passes every gate with a date: 2026-11-27 00:00"),
            "{m}"
        );
        assert_eq!(err.exit_code(), 1);
    }

    #[test]
    fn c3_c6_override_needs_a_manager_and_a_reason() {
        let c = change(("2026-11-25 14:00", "2026-11-25 16:00"), true, &[]);
        let now = sh("2026-11-23 10:00");
        let err = c
            .schedule(&who(Role::Supervisor), &cal(), &pol(), Some("billing outage fix"), now)
            .unwrap_err();
        assert_eq!(err.exit_code(), 5);
        assert!(
            c.schedule(&who(Role::Manager), &cal(), &pol(), Some("  "), now)
                .is_err()
        );
        let s = c
            .schedule(&who(Role::Manager), &cal(), &pol(), Some("计费中断，必须今天修复"), now)
            .unwrap();
        assert_eq!(s.status, ChangeStatus::Scheduled);
        assert_eq!(s.override_gates, vec!["C4", "C5"]);
        assert_eq!(s.override_by.as_deref(), Some("wf"));
    }

    #[test]
    fn c10_a_window_in_the_past_is_not_scheduled() {
        let c = change(("2026-11-26 01:00", "2026-11-26 03:00"), false, &[]);
        assert_eq!(rules(&c.gates(&cal(), &pol(), sh("2026-11-26 02:00"))), ["C10"]);
        let s = c.schedule(
            &who(Role::Manager),
            &cal(),
            &pol(),
            Some("done in the night of the outage"),
            sh("2026-11-26 04:00"),
        );
        assert_eq!(s.unwrap().override_gates, vec!["C10"]);
    }

    #[test]
    fn c10_life_runs_in_order() {
        let op = who(Role::Operator);
        let c = change(("2026-11-26 01:00", "2026-11-26 03:00"), true, &[]);
        let c = c.schedule(&op, &cal(), &pol(), None, sh("2026-11-20 10:00")).unwrap();
        let err = c
            .start(
                &op,
                sh("2026-11-26 01:00"),
                &cal(),
                &pol(),
                None,
                sh("2026-11-26 01:00"),
            )
            .unwrap_err();
        assert!(err.message().starts_with("C7:"), "no start before the notice: {err}");
        let c = c.notified(&op, sh("2026-11-25 15:00")).unwrap();
        assert!(
            c.start(
                &op,
                sh("2026-11-25 15:00"),
                &cal(),
                &pol(),
                None,
                sh("2026-11-25 15:00")
            )
            .unwrap_err()
            .message()
            .starts_with("C4:")
        );
        let c = c
            .start(
                &op,
                sh("2026-11-26 01:00"),
                &cal(),
                &pol(),
                None,
                sh("2026-11-26 01:00"),
            )
            .unwrap();
        assert!(
            c.finish(
                &op,
                sh("2026-11-26 03:00"),
                Outcome::Failed,
                " ",
                sh("2026-11-26 03:00")
            )
            .is_err(),
            "a failure says why"
        );
        let c = c
            .finish(
                &op,
                sh("2026-11-26 03:00"),
                Outcome::Succeeded,
                "",
                sh("2026-11-26 03:00"),
            )
            .unwrap();
        assert!(
            c.announce(&op, false, "", "", "", sh("2026-11-26 08:00")).is_err(),
            "late says why"
        );
        let c = c
            .announce(&op, true, "", "发票模板待下周更新", "", sh("2026-11-26 08:00"))
            .unwrap();
        assert!(
            c.summarise(&op, sh("2026-11-27 10:00"), "b", "d", "x", "s", sh("2026-11-27 10:00"))
                .is_err(),
            "C9 only for complex"
        );
        let c = c.close(&op, sh("2026-11-26 09:00"), sh("2026-11-26 09:00")).unwrap();
        assert_eq!(c.status, ChangeStatus::Closed);
    }

    #[test]
    fn c10_a_change_starts_only_inside_its_scheduled_window() {
        let op = who(Role::Operator);
        // Announced for 2027-01-20 01:00-03:00, notified on 2026-11-25 15:00.
        let mut c = change(("2027-01-20 01:00", "2027-01-20 03:00"), false, &[]);
        c.status = ChangeStatus::Notified;
        c.updated_at = sh("2026-11-25 15:00");
        let start = |c: &Change, who: &Actor, at: &str, now: &str, why: Option<&str>| {
            c.start(who, sh(at), &cal(), &pol(), why, sh(now))
        };
        let cases: [(&str, &str, &str, Option<&str>); 5] = [
            (
                "today, long before the window",
                "2026-11-26 01:30",
                "2026-11-26 01:30",
                Some("C10:"),
            ),
            ("a minute early", "2027-01-20 00:59", "2027-01-20 01:00", Some("C10:")),
            ("at the window's start", "2027-01-20 01:00", "2027-01-20 01:00", None),
            ("inside it", "2027-01-20 02:59", "2027-01-20 03:10", None),
            ("at its end", "2027-01-20 03:00", "2027-01-20 03:10", Some("C10:")),
        ];
        for (name, at, now, want) in cases {
            let got = start(&c, &op, at, now, None);
            match want {
                None => assert_eq!(got.unwrap().started_at, Some(sh(at)), "{name}"),
                Some(rule) => {
                    let err = got.unwrap_err();
                    assert!(err.message().starts_with(rule), "{name}: {err}");
                    assert!(
                        err.message().contains("2027-01-20 01:00 - 2027-01-20 03:00"),
                        "{name}: {err}"
                    );
                }
            }
        }
    }

    #[test]
    fn c10_a_start_before_the_last_recorded_step_is_refused() {
        let op = who(Role::Operator);
        let mut c = change(("2026-11-26 01:00", "2026-11-26 03:00"), false, &[]);
        c.status = ChangeStatus::Notified;
        c.updated_at = sh("2026-11-26 01:30");
        let err = c
            .start(
                &op,
                sh("2026-11-26 01:10"),
                &cal(),
                &pol(),
                None,
                sh("2026-11-26 01:40"),
            )
            .unwrap_err();
        assert!(err.message().contains("before its last recorded step"), "{err}");
        assert_eq!(err.exit_code(), 1);
        // Recorded after the fact: a manager signs for it.
        let s = c
            .start(
                &who(Role::Manager),
                sh("2026-11-26 01:10"),
                &cal(),
                &pol(),
                Some("recorded after the fact"),
                sh("2026-11-26 01:40"),
            )
            .unwrap();
        assert_eq!(s.start_override_reason, "recorded after the fact");
    }

    #[test]
    fn c10_a_start_outside_the_window_needs_a_managers_recorded_override() {
        let mut c = change(("2027-01-20 01:00", "2027-01-20 03:00"), true, &[]);
        c.status = ChangeStatus::Notified;
        c.updated_at = sh("2026-11-25 15:00");
        let (at, now) = (sh("2026-11-26 14:00"), sh("2026-11-26 14:00"));
        let err = c
            .start(&who(Role::Supervisor), at, &cal(), &pol(), Some("计费中断"), now)
            .unwrap_err();
        assert_eq!(err.exit_code(), 5, "{err}");
        let err = c.start(&who(Role::Manager), at, &cal(), &pol(), None, now).unwrap_err();
        assert!(err.message().contains("C4:") && err.message().contains("C10:"), "{err}");
        assert!(err.message().contains("--override"), "{err}");
        let s = c
            .start(
                &who(Role::Manager),
                at,
                &cal(),
                &pol(),
                Some("计费中断，必须今天修复"),
                now,
            )
            .unwrap();
        assert_eq!(s.status, ChangeStatus::Executing);
        assert_eq!(s.start_override_by.as_deref(), Some("wf"));
        assert_eq!(s.start_override_reason, "计费中断，必须今天修复");
    }

    #[test]
    fn c9_a_complex_change_closes_after_its_summary() {
        let op = who(Role::Operator);
        let mut c = change(("2026-11-26 01:00", "2026-11-26 03:00"), true, &[]);
        c.complex = true;
        c.status = ChangeStatus::ResultAnnounced;
        assert!(c.close(&op, sh("2026-11-26 09:00"), sh("2026-11-26 09:00")).is_err());
        let s = c
            .summarise(
                &op,
                sh("2026-11-27 10:00"),
                "背景",
                "完成",
                "难点",
                "意义",
                sh("2026-11-27 10:00"),
            )
            .unwrap();
        assert!(s.close(&op, sh("2026-11-27 11:00"), sh("2026-11-27 11:00")).is_ok());
    }
}
