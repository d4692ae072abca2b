//! Emergencies (SPEC E1, E2, I14): plans (应急预案) with their leadership groups, drills (演练)
//! with their evaluation reports, and the response a major incident (重大故障) starts: the
//! leadership group told at once, progress reported at every interval until the stand-down, and a
//! review afterwards. Pure: every step takes the actor and `now`; the plan is here, the drill in
//! `drill.rs`, the response in `response.rs`.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::role::{Actor, Power, require};
use super::time::plausible;
use crate::error::{Code, OpsError, Refusal};
use crate::text::{check_len, normalize};

mod drill;
#[cfg(test)]
mod measure_tests;
mod response;
#[cfg(test)]
pub(crate) mod tests;

pub use drill::{Drill, DrillStatus, Held, NewDrill};
pub use response::{Becomes, Declaration, Measure, Response, Review, StandDown, next_report};

/// The defaults and limits of the config's `[emergency]` table.
#[derive(Clone, Debug, PartialEq)]
pub struct Rules {
    /// E2: a plan's progress-report interval unless it says otherwise.
    pub report_every: Duration,
    /// E2: working days after the stand-down for the review, unless the plan says otherwise.
    pub review_days: i64,
    /// E2: how long the leadership notice and the all-clear may take to go.
    pub notice_within: Duration,
    /// I14: the services whose outage the config declares major by itself.
    pub critical_services: Vec<String>,
    /// I14: a P1 incident on a critical service is declared major.
    pub declare_on_p1: bool,
    /// I14: the leader step (I6) reached on a critical service declares it major.
    pub declare_at_leader: bool,
}

impl Default for Rules {
    fn default() -> Rules {
        Rules {
            report_every: Duration::minutes(30),
            review_days: 3,
            notice_within: Duration::minutes(5),
            critical_services: Vec::new(),
            declare_on_p1: true,
            declare_at_leader: true,
        }
    }
}

impl Rules {
    /// I14: the config's rule declares an incident on `service` major, given its severity is P1
    /// (`p1`) and whether the leader step was reached.
    pub fn declares(&self, service: &str, p1: bool, leader_reached: bool) -> bool {
        self.critical_services.iter().any(|s| s == service)
            && ((self.declare_on_p1 && p1) || (self.declare_at_leader && leader_reached))
    }
}

words!(
    /// E1: a plan's life. `revised`: changed since its approval, awaiting approval again.
    PlanStatus {
        Draft = "draft",
        Approved = "approved",
        Revised = "revised",
        Retired = "retired",
    },
    "plan status"
);

/// A person of the leadership group: a login of the directory, their name as the directory had
/// it, and their role in the plan (组长, 副组长, 成员 …).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub login: String,
    pub name: String,
    pub role: String,
}

/// E1: an emergency plan as stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub id: i64,
    pub name: String,
    /// The services it covers (an incident's `service`).
    pub services: Vec<String>,
    pub scenarios: Vec<String>,
    pub group: Vec<Member>,
    pub steps: Vec<String>,
    pub report_every_minutes: i64,
    pub review_days: i64,
    pub status: PlanStatus,
    /// 1, then +1 per revision of an approved plan.
    pub revision: i64,
    /// When the plan is to be reviewed next (E1: plans are revised regularly).
    pub review_by: Option<DateTime<Utc>>,
    pub approved_by: Option<String>,
    pub approved_at: Option<DateTime<Utc>>,
    /// What the last revision changed, in the reviser's words.
    pub note: String,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
    pub updated_by: String,
}

record!(Plan, super::kind::Kind::Plan);

/// What a new plan, or a revision, says. `None` keeps (a revision) or takes the default (new).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NewPlan {
    pub name: Option<String>,
    pub services: Option<Vec<String>>,
    pub scenarios: Option<Vec<String>>,
    pub group: Option<Vec<Member>>,
    pub steps: Option<Vec<String>>,
    pub report_every_minutes: Option<i64>,
    pub review_days: Option<i64>,
    pub review_by: Option<DateTime<Utc>>,
    pub note: Option<String>,
}

fn clean_list(what: &str, items: &[String], max: usize) -> Result<Vec<String>, OpsError> {
    let mut out: Vec<String> = Vec::new();
    for i in items {
        let i = normalize(i);
        check_len(what, &i, max)?;
        if !i.is_empty() && !out.contains(&i) {
            out.push(i);
        }
    }
    Ok(out)
}

impl Plan {
    /// E1: a new plan, a draft. A supervisor or above writes plans.
    pub fn draft(new: &NewPlan, rules: &Rules, actor: &Actor, now: DateTime<Utc>) -> Result<Plan, OpsError> {
        require(actor, Power::WritePlan)?;
        let mut p = Plan {
            id: 0,
            name: String::new(),
            services: Vec::new(),
            scenarios: Vec::new(),
            group: Vec::new(),
            steps: Vec::new(),
            report_every_minutes: rules.report_every.num_minutes(),
            review_days: rules.review_days,
            status: PlanStatus::Draft,
            revision: 1,
            review_by: None,
            approved_by: None,
            approved_at: None,
            note: String::new(),
            created_by: actor.login.clone(),
            created_at: now,
            version: 1,
            updated_at: now,
            updated_by: actor.login.clone(),
        };
        p.take(new)?;
        Ok(p)
    }

    /// Lay `new` over the plan and check the whole.
    fn take(&mut self, new: &NewPlan) -> Result<(), OpsError> {
        if let Some(n) = &new.name {
            self.name = normalize(n);
        }
        if let Some(s) = &new.services {
            self.services = clean_list("service", s, 100)?;
        }
        if let Some(s) = &new.scenarios {
            self.scenarios = clean_list("scenario", s, 500)?;
        }
        if let Some(s) = &new.steps {
            self.steps = clean_list("step", s, 1000)?;
        }
        if let Some(g) = &new.group {
            self.group = g.clone();
        }
        if let Some(m) = new.report_every_minutes {
            self.report_every_minutes = m;
        }
        if let Some(d) = new.review_days {
            self.review_days = d;
        }
        if let Some(t) = new.review_by {
            self.review_by = Some(plausible("review date", t)?);
        }
        if let Some(n) = &new.note {
            self.note = normalize(n);
            check_len("note", &self.note, 1000)?;
        }
        check_len("name", &self.name, 200)?;
        if self.name.is_empty() {
            return Err(OpsError::Invalid("a plan needs a name".into()));
        }
        if self.services.is_empty() && self.scenarios.is_empty() {
            return Err(OpsError::Invalid(
                "a plan covers services or scenarios: give at least one --service or --scenario".into(),
            ));
        }
        if self.group.is_empty() {
            return Err(OpsError::Invalid(
                "a plan needs its leadership group: --member LOGIN:ROLE, once per person (E1)".into(),
            ));
        }
        for (i, m) in self.group.iter().enumerate() {
            if self.group[..i].iter().any(|o| o.login == m.login) {
                return Err(OpsError::Invalid(format!("{} is in the group twice", m.login)));
            }
            check_len("role in the plan", &m.role, 50)?;
        }
        if self.steps.is_empty() {
            return Err(OpsError::Invalid(
                "a plan needs its steps: --step TEXT, in order".into(),
            ));
        }
        if !(5..=24 * 60).contains(&self.report_every_minutes) {
            return Err(OpsError::Invalid(format!(
                "the progress-report interval is {} minutes: give 5 to 1440",
                self.report_every_minutes
            )));
        }
        if !(1..=30).contains(&self.review_days) {
            return Err(OpsError::Invalid(format!(
                "the review is due {} working days after the stand-down: give 1 to 30",
                self.review_days
            )));
        }
        Ok(())
    }

    /// Refused unless the plan is in one of `allowed`; `step` is the step's word
    /// (`emergency_step.<step>`: approve, revise, retire, declare, schedule).
    fn expect(&self, allowed: &[PlanStatus], step: &str) -> Result<(), OpsError> {
        if allowed.contains(&self.status) {
            return Ok(());
        }
        let doing = match step {
            "declare" => "declare a response on",
            "schedule" => "schedule a drill of",
            other => other,
        };
        Err(
            OpsError::Rule(format!("cannot {doing} plan {}: it is {}", self.id, self.status)).coded(
                Refusal::new(Code::PlanWrongState)
                    .phrase("step", &format!("emergency_step.{step}"), doing)
                    .text("id", self.id)
                    .word("status", "plan_status", self.status.as_str()),
            ),
        )
    }

    fn touched(&self, actor: &Actor, now: DateTime<Utc>) -> Plan {
        let mut p = self.clone();
        p.version += 1;
        p.updated_at = now;
        p.updated_by = actor.login.clone();
        p
    }

    /// E1: approved by a manager or above; a draft or a revision.
    pub fn approve(&self, actor: &Actor, now: DateTime<Utc>) -> Result<Plan, OpsError> {
        require(actor, Power::ApprovePlan)?;
        self.expect(&[PlanStatus::Draft, PlanStatus::Revised], "approve")?;
        let mut p = self.touched(actor, now);
        p.status = PlanStatus::Approved;
        p.approved_by = Some(actor.login.clone());
        p.approved_at = Some(now);
        Ok(p)
    }

    /// E1: changed. An approved plan becomes a revision awaiting approval, with the next
    /// revision number; a draft or a revision is edited as it is.
    pub fn revise(&self, new: &NewPlan, actor: &Actor, now: DateTime<Utc>) -> Result<Plan, OpsError> {
        require(actor, Power::WritePlan)?;
        self.expect(
            &[PlanStatus::Draft, PlanStatus::Approved, PlanStatus::Revised],
            "revise",
        )?;
        let mut p = self.touched(actor, now);
        p.take(new)?;
        if self.status == PlanStatus::Approved {
            p.status = PlanStatus::Revised;
            p.revision += 1;
        }
        Ok(p)
    }

    /// E1: no longer in force; a manager or above.
    pub fn retire(&self, actor: &Actor, now: DateTime<Utc>) -> Result<Plan, OpsError> {
        require(actor, Power::ApprovePlan)?;
        self.expect(
            &[PlanStatus::Draft, PlanStatus::Approved, PlanStatus::Revised],
            "retire",
        )?;
        let mut p = self.touched(actor, now);
        p.status = PlanStatus::Retired;
        Ok(p)
    }

    /// I14: a response may start on an approved plan, or on one revised since its approval (the
    /// desk does not stand without a plan while a revision awaits its approval).
    pub fn expect_in_force(&self, step: &str) -> Result<(), OpsError> {
        self.expect(&[PlanStatus::Approved, PlanStatus::Revised], step)
    }

    /// The progress-report interval.
    pub fn report_every(&self) -> Duration {
        Duration::minutes(self.report_every_minutes)
    }
}
