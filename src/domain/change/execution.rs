//! A change from its notice to its close (C7-C10): into production inside its window, done,
//! the result announced, the summary sent.

use chrono::{DateTime, Utc};

use super::{Change, ChangePolicy, ChangeStatus, Outcome, show_at, text};
use crate::domain::calendar::Calendar;
use crate::domain::role::{Actor, Role};
use crate::error::{Code, OpsError, Refusal};

impl Change {
    /// C7: the main departments were phoned because the notice could not go out in time.
    pub fn phoned(&self, actor: &Actor, at: DateTime<Utc>, now: DateTime<Utc>) -> Result<Change, OpsError> {
        self.expect(&[ChangeStatus::Scheduled], "phoned", "record the phone calls for")?;
        Change::not_future(at, now)?;
        let mut c = self.next(actor, now);
        c.c7_phoned_at = Some(at);
        Ok(c)
    }

    /// C7: the change notice went out.
    pub fn notified(&self, actor: &Actor, now: DateTime<Utc>) -> Result<Change, OpsError> {
        self.expect(&[ChangeStatus::Scheduled], "notify", "record the change notice of")?;
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
        self.can(super::Step::Start)?;
        Change::not_future(at, now)?;
        let mut refused = Vec::new();
        let mut parts = Vec::new();
        // A start recorded after the fact, before it was even scheduled and announced, is an
        // exception a manager signs for, like a start outside the window.
        if at < self.updated_at {
            refused.push(format!(
                "C10: change {} cannot start at {}: that is before its last recorded step ({})",
                self.id,
                show_at(cal, at),
                show_at(cal, self.updated_at)
            ));
            parts.push(
                Refusal::new(Code::ChangeC10BeforeLastStep)
                    .text("id", self.id)
                    .text("at", show_at(cal, at))
                    .text("last", show_at(cal, self.updated_at)),
            );
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
            parts.push(
                Refusal::new(Code::ChangeC4StartOutside)
                    .text("id", self.id)
                    .text("from", p.early_start.format("%H:%M"))
                    .text("to", p.early_end.format("%H:%M")),
            );
        }
        match (self.window_start, self.window_end) {
            (Some(s), Some(e)) if at >= s && at < e => {}
            (Some(s), Some(e)) => {
                refused.push(format!(
                    "C10: change {} was scheduled and announced for {} - {}; {} is outside that window",
                    self.id,
                    show_at(cal, s),
                    show_at(cal, e),
                    show_at(cal, at)
                ));
                parts.push(
                    Refusal::new(Code::ChangeC10OutsideWindow)
                        .text("id", self.id)
                        .text("start", show_at(cal, s))
                        .text("end", show_at(cal, e))
                        .text("at", show_at(cal, at)),
                );
            }
            _ => {
                refused.push(format!("C10: change {} has no window", self.id));
                parts.push(Refusal::new(Code::ChangeC10NoWindow).text("id", self.id));
            }
        }
        let mut c = self.next(actor, now);
        if !refused.is_empty() {
            let Some(reason) = emergency else {
                return Err(OpsError::Rule(format!(
                    "{}; a manager may start it anyway as an emergency: opsdesk change start {} --override \"reason\"",
                    refused.join("; "),
                    self.id
                ))
                .coded(
                    Refusal::new(Code::ChangeNotStartable)
                        .parts("reasons", parts)
                        .text("id", self.id),
                ));
            };
            if actor.role < Role::Manager {
                return Err(OpsError::Permission(format!(
                    "permission denied: starting change {} outside its window needs the manager role; {} is {}",
                    self.id,
                    actor.label(),
                    actor.role
                ))
                .coded(
                    Refusal::new(Code::ChangeStartNeedsRole)
                        .text("id", self.id)
                        .word("need", "role", Role::Manager.as_str())
                        .text("actor", actor.label())
                        .word("role", "role", actor.role.as_str()),
                ));
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
        self.can(super::Step::Finish)?;
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
        self.can(super::Step::Result)?;
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
        self.can(super::Step::Summary)?;
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
        self.can(super::Step::Close)?;
        Change::not_future(at, now)?;
        let mut c = self.next(actor, now);
        c.status = ChangeStatus::Closed;
        c.closed_at = Some(at);
        Ok(c)
    }
}
