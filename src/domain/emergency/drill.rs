//! E1: a drill (演练) of a plan: scheduled (a duty with its countdown), held (who took part, what
//! was simulated, its timings), then evaluated (what worked, what did not, the measures), which
//! sends the evaluation report to the plan's leadership group.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::{Plan, clean_list};
use crate::domain::duty::DutyKind;
use crate::domain::escalation::DutySpec;
use crate::domain::role::{Actor, Power, require};
use crate::domain::time::plausible;
use crate::error::{Code, OpsError, Refusal};
use crate::text::{check_len, normalize};

words!(
    /// E1: a drill's life.
    DrillStatus {
        Scheduled = "scheduled",
        Held = "held",
        Evaluated = "evaluated",
    },
    "drill status"
);

/// E1: a drill as stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Drill {
    pub id: i64,
    pub plan_id: i64,
    /// The plan's name and revision when it was scheduled.
    pub plan_name: String,
    pub plan_revision: i64,
    /// What it is to simulate, as planned.
    pub scenario: String,
    pub scheduled_at: DateTime<Utc>,
    pub status: DrillStatus,
    pub held_at: Option<DateTime<Utc>>,
    pub ended_at: Option<DateTime<Utc>>,
    /// Who took part, as written (names, departments).
    pub participants: Vec<String>,
    /// What was simulated, as held.
    pub simulated: String,
    /// The timings as they were observed (detection, first call, service back …).
    pub timings: Vec<String>,
    pub worked: String,
    pub failed: String,
    pub measures: Vec<String>,
    pub evaluated_by: Option<String>,
    pub evaluated_at: Option<DateTime<Utc>>,
    pub created_by: String,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
    pub updated_by: String,
}

record!(Drill, crate::domain::kind::Kind::Drill);

/// What scheduling a drill says.
#[derive(Clone, Debug, PartialEq)]
pub struct NewDrill {
    pub scenario: String,
    pub at: DateTime<Utc>,
}

/// What holding a drill records.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Held {
    pub at: Option<DateTime<Utc>>,
    pub ended_at: Option<DateTime<Utc>>,
    pub participants: Vec<String>,
    pub simulated: String,
    pub timings: Vec<String>,
}

impl Drill {
    /// E1: a drill of `plan` at `new.at`, by a supervisor or above; a plan in force only.
    pub fn schedule(plan: &Plan, new: &NewDrill, actor: &Actor, now: DateTime<Utc>) -> Result<Drill, OpsError> {
        Drill::can_schedule(plan, actor)?;
        let scenario = normalize(&new.scenario);
        check_len("scenario", &scenario, 1000)?;
        if scenario.is_empty() {
            return Err(OpsError::Invalid(
                "say what the drill simulates: --scenario TEXT".into(),
            ));
        }
        Ok(Drill {
            id: 0,
            plan_id: plan.id,
            plan_name: plan.name.clone(),
            plan_revision: plan.revision,
            scenario,
            scheduled_at: plausible("drill time", new.at)?,
            status: DrillStatus::Scheduled,
            held_at: None,
            ended_at: None,
            participants: Vec::new(),
            simulated: String::new(),
            timings: Vec::new(),
            worked: String::new(),
            failed: String::new(),
            measures: Vec::new(),
            evaluated_by: None,
            evaluated_at: None,
            created_by: actor.login.clone(),
            version: 1,
            updated_at: now,
            updated_by: actor.login.clone(),
        })
    }

    /// E1, U4: whether `actor` may schedule a drill of `plan`: a supervisor or above, a plan in
    /// force. The console asks before it opens the form; [`Drill::schedule`] asks again.
    pub fn can_schedule(plan: &Plan, actor: &Actor) -> Result<(), OpsError> {
        require(actor, Power::WritePlan)?;
        plan.expect_in_force("schedule")
    }

    /// E1, U4: whether `actor` may record the drill held (`held` false) or evaluate it (`held`
    /// true): a supervisor or above, the drill scheduled or held. Each step asks the same first.
    pub fn can_record(&self, evaluate: bool, actor: &Actor) -> Result<(), OpsError> {
        require(actor, Power::WritePlan)?;
        if evaluate {
            self.expect(DrillStatus::Held, "evaluate")
        } else {
            self.expect(DrillStatus::Scheduled, "hold")
        }
    }

    /// E1: the duty to hold it, due at its time (the countdown).
    pub fn duty(&self, now: DateTime<Utc>) -> DutySpec {
        DutySpec {
            kind: DutyKind::E1Drill,
            episode: 0,
            raised_at: now.min(self.scheduled_at),
            due_at: self.scheduled_at,
        }
    }

    fn expect(&self, want: DrillStatus, step: &str) -> Result<(), OpsError> {
        if self.status == want {
            return Ok(());
        }
        Err(
            OpsError::Rule(format!("cannot {step} drill {}: it is {}", self.id, self.status)).coded(
                Refusal::new(Code::DrillWrongState)
                    .phrase("step", &format!("emergency_step.{step}"), step)
                    .text("id", self.id)
                    .word("status", "drill_status", self.status.as_str()),
            ),
        )
    }

    fn touched(&self, actor: &Actor, now: DateTime<Utc>) -> Drill {
        let mut d = self.clone();
        d.version += 1;
        d.updated_at = now;
        d.updated_by = actor.login.clone();
        d
    }

    /// E1: it was held: when, until when, who took part, what was simulated, the timings.
    pub fn hold(&self, h: &Held, actor: &Actor, now: DateTime<Utc>) -> Result<Drill, OpsError> {
        self.can_record(false, actor)?;
        let at = plausible("held at", h.at.unwrap_or(now))?;
        if (at - now) > Duration::minutes(1) {
            return Err(OpsError::Invalid(
                "a drill is recorded as held once it was, not before".into(),
            ));
        }
        let ended = plausible("ended at", h.ended_at.unwrap_or(now.max(at)))?;
        if ended < at || (ended - now) > Duration::minutes(1) {
            return Err(OpsError::Invalid(
                "the drill ends after it began, and not in the future".into(),
            ));
        }
        let participants = clean_list("participant", &h.participants, 200)?;
        if participants.is_empty() {
            return Err(OpsError::Invalid(
                "say who took part: --participant NAME, once each".into(),
            ));
        }
        let simulated = normalize(&h.simulated);
        check_len("simulated", &simulated, 2000)?;
        let mut d = self.touched(actor, now);
        d.status = DrillStatus::Held;
        d.held_at = Some(at);
        d.ended_at = Some(ended);
        d.participants = participants;
        d.simulated = if simulated.is_empty() {
            self.scenario.clone()
        } else {
            simulated
        };
        d.timings = clean_list("timing", &h.timings, 500)?;
        Ok(d)
    }

    /// E1: the evaluation report: what worked, what did not, the measures.
    pub fn evaluate(
        &self,
        worked: &str,
        failed: &str,
        measures: &[String],
        actor: &Actor,
        now: DateTime<Utc>,
    ) -> Result<Drill, OpsError> {
        self.can_record(true, actor)?;
        let (worked, failed) = (normalize(worked), normalize(failed));
        check_len("worked", &worked, 4000)?;
        check_len("failed", &failed, 4000)?;
        if worked.is_empty() && failed.is_empty() {
            return Err(OpsError::Invalid(
                "an evaluation says what worked (--worked) and what did not (--failed)".into(),
            ));
        }
        let measures = clean_list("measure", measures, 1000)?;
        if !failed.is_empty() && measures.is_empty() {
            return Err(OpsError::Invalid(
                "what did not work needs its measures: --measure TEXT, once each".into(),
            ));
        }
        let mut d = self.touched(actor, now);
        d.status = DrillStatus::Evaluated;
        d.worked = worked;
        d.failed = failed;
        d.measures = measures;
        d.evaluated_by = Some(actor.login.clone());
        d.evaluated_at = Some(now);
        Ok(d)
    }

    /// E1: the evaluation report to the leadership group, due at once.
    pub fn report_duty(&self, within: Duration, now: DateTime<Utc>) -> DutySpec {
        DutySpec {
            kind: DutyKind::E1DrillReport,
            episode: 0,
            raised_at: now,
            due_at: now + within,
        }
    }
}
