//! The business support centre's contact forms (SPEC R9, R7; seed 001 "支撑中心工作流程"): a
//! project team asks the centre for a proposal. The approved form starts a reply clock (1 hour of
//! working time, config); accepted projects wait in one ledger, first come first served, unless
//! an urgent form approved by the general manager moves one ahead (the ledger says whom it
//! overtook); the proposal goes to the leaders for review round after round, each revision by its
//! first author. Steps are pure functions from the old record to the new one, in `steps.rs`; the
//! ledger's order in `ledger.rs`.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::calendar::Calendar;
use super::request::{Approval, FormChannel, name, not_future, text};
use super::role::Actor;
use crate::error::{Code, OpsError, Refusal};

words!(
    /// The project's type(s) on the form: 全委托 (the centre writes the whole proposal), 公版 (the
    /// standard version, the initiator adapts it), 指导 (guidance: the initiator writes).
    ProjectType {
        Full = "full",
        Standard = "standard",
        Guidance = "guidance",
    },
    "project type"
);

impl ProjectType {
    pub fn chinese(self) -> &'static str {
        match self {
            ProjectType::Full => "全委托",
            ProjectType::Standard => "公版",
            ProjectType::Guidance => "指导",
        }
    }

    /// `full` or `全委托`.
    pub fn read(s: &str) -> Result<ProjectType, OpsError> {
        let s = s.trim();
        ProjectType::ALL
            .iter()
            .copied()
            .find(|t| t.chinese() == s)
            .map_or_else(|| ProjectType::parse(s), Ok)
    }
}

words!(
    /// The life of a form: `received` (at the centre, its reply clock running), `queued` (accepted
    /// into the ledger, its work planned), `in_review` (a proposal with the leaders), `returned`
    /// (sent back with comments: its first author revises it), `passed`, `closed`.
    SupportStatus {
        Received = "received",
        Queued = "queued",
        InReview = "in_review",
        Returned = "returned",
        Passed = "passed",
        Closed = "closed",
    },
    "support status"
);

impl SupportStatus {
    /// In the ledger's queue: accepted and its proposal not yet passed.
    pub fn in_ledger(self) -> bool {
        matches!(
            self,
            SupportStatus::Queued | SupportStatus::InReview | SupportStatus::Returned
        )
    }
}

words!(
    /// R9: a reply "in any form that can be traced". A phone call leaves no trace, so it is not
    /// one; `outbox` is the desk's own message.
    ReplyChannel {
        Email = "email",
        Sms = "sms",
        Im = "im",
        Oa = "oa",
        Paper = "paper",
        Outbox = "outbox",
    },
    "reply channel"
);

words!(
    /// The leaders' verdict on a proposal.
    ReviewVerdict {
        Passed = "passed",
        Returned = "returned",
    },
    "verdict"
);

/// A project the urgent form overtook: it was ahead in the ledger when the form came.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Overtaken {
    pub id: i64,
    pub project: String,
}

/// One round of the proposal: who sent which version for review, and what the leaders said.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Round {
    pub no: i64,
    pub author: String,
    pub sent_at: DateTime<Utc>,
    pub note: String,
    pub verdict: Option<ReviewVerdict>,
    /// The leader who reviewed it (a name: leaders need not be desk users).
    pub reviewer: String,
    pub comments: String,
    pub reviewed_at: Option<DateTime<Utc>>,
    /// Who recorded the verdict.
    pub recorded_by: String,
}

/// A supervisor gave the proposal to another author (R9: otherwise its first author revises it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reassignment {
    pub from: String,
    pub to: String,
    pub by: String,
    pub reason: String,
    pub at: DateTime<Utc>,
}

/// A contact form as stored. Field names are the JSON and history names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SupportForm {
    pub id: i64,
    /// Empty while the project is only intended; filled in once it is set up.
    pub project_no: String,
    pub project_name: String,
    /// 甲方 and 业主方.
    pub client: String,
    pub owner_party: String,
    pub types: Vec<ProjectType>,
    /// 支撑要求.
    pub support: String,
    /// 现有资料 and 甲方需求: at least one.
    pub material: String,
    pub needs: String,
    /// The project's initiator (项目发起人), their department's code and contact: the reply goes
    /// there.
    pub initiator: String,
    pub dept: String,
    pub contact: String,
    pub channel: FormChannel,
    pub form_no: String,
    pub approvals: Vec<Approval>,
    pub received_at: DateTime<Utc>,
    /// R7: when the approved form was at the centre (the later of its arrival and its last
    /// approval).
    pub clock_start: DateTime<Utc>,
    pub reply_due: DateTime<Utc>,
    pub reply_channel: Option<ReplyChannel>,
    pub reply_text: String,
    pub replied_at: Option<DateTime<Utc>>,
    pub replied_by: Option<String>,
    pub status: SupportStatus,
    pub accepted_at: Option<DateTime<Utc>>,
    pub accepted_by: Option<String>,
    /// The work plan made from the approved form.
    pub plan: String,
    /// 加急联系单: its reason, the general manager who approved it and when, when it reached the
    /// centre (the ledger orders urgent projects by it), its number, whom it overtook.
    pub urgent_reason: String,
    pub urgent_by: String,
    pub urgent_approved_at: Option<DateTime<Utc>>,
    pub urgent_at: Option<DateTime<Utc>>,
    pub urgent_form_no: String,
    pub overtook: Vec<Overtaken>,
    /// The proposal's first author (a login), and every round.
    pub author: Option<String>,
    pub rounds: Vec<Round>,
    pub reassignments: Vec<Reassignment>,
    pub passed_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    pub close_reason: String,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
    pub updated_by: String,
}

record!(SupportForm, super::kind::Kind::Support);

/// What intake records.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NewForm {
    pub project_no: String,
    pub project_name: String,
    pub client: String,
    pub owner_party: String,
    pub types: Vec<ProjectType>,
    pub support: String,
    pub material: String,
    pub needs: String,
    pub initiator: String,
    pub dept: String,
    pub contact: String,
    pub channel: Option<FormChannel>,
    pub form_no: String,
    pub approvals: Vec<Approval>,
    pub received_at: Option<DateTime<Utc>>,
}

/// The numbers of R9, from the config.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SupportPolicy {
    /// The reply is due this much working time after the approved form arrived.
    pub reply_within: Duration,
    /// The approvals a form comes with (role words): the leaders concerned, the marketing
    /// department.
    pub chain: Vec<String>,
}

/// What every step needs besides the record.
#[derive(Clone, Debug)]
pub struct SupportRules {
    pub cal: Calendar,
    pub policy: SupportPolicy,
}

/// Longest accepted text per field, in characters.
pub(crate) mod limits {
    pub const SHORT: usize = 200;
    pub const LONG: usize = 10_000;
}

/// Where a form's reply clock stands (R7, R9).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReplyClock {
    /// Due at `due`, `left` working time to it.
    Running { due: DateTime<Utc>, left: Duration },
    /// Past `due` with no reply.
    Missed { due: DateTime<Utc> },
    /// Replied at `at`; `late` when after `due`.
    Met {
        at: DateTime<Utc>,
        due: DateTime<Utc>,
        late: bool,
    },
    /// Closed before its due time without a reply.
    Stopped { due: DateTime<Utc> },
}

impl ReplyClock {
    /// `running`, `missed`, `met`, `late`, `stopped`.
    pub fn word(&self) -> &'static str {
        match self {
            ReplyClock::Running { .. } => "running",
            ReplyClock::Missed { .. } => "missed",
            ReplyClock::Met { late: false, .. } => "met",
            ReplyClock::Met { late: true, .. } => "late",
            ReplyClock::Stopped { .. } => "stopped",
        }
    }

    pub fn due(&self) -> DateTime<Utc> {
        match *self {
            ReplyClock::Running { due, .. }
            | ReplyClock::Missed { due }
            | ReplyClock::Met { due, .. }
            | ReplyClock::Stopped { due } => due,
        }
    }
}

impl SupportForm {
    /// Intake (R9): the approved form as it reached the centre. Refused, with the reason, when it
    /// has neither material nor the client's needs, no type, or lacks an approval of the chain.
    pub fn open(
        new: &NewForm,
        actor: &Actor,
        rules: &SupportRules,
        now: DateTime<Utc>,
    ) -> Result<SupportForm, OpsError> {
        let material = text("material", &new.material, false, limits::LONG)?;
        let needs = text("client's needs", &new.needs, false, limits::LONG)?;
        if material.is_empty() && needs.is_empty() {
            return Err(OpsError::Invalid(
                "a contact form needs the material provided or the client's needs, or both (R9: 现有资料和甲方需求其中之一必填): --material or --needs".into(),
            )
            .coded(Refusal::new(Code::SupportNoMaterial)));
        }
        let channel = new
            .channel
            .ok_or_else(|| OpsError::Invalid("channel is required: oa, email, paper or phone".into()))?;
        let form_no = text("form number", &new.form_no, false, limits::SHORT)?;
        if form_no.is_empty() && matches!(channel, FormChannel::Oa | FormChannel::Paper) {
            return Err(OpsError::Invalid(format!(
                "form number is required for a form by {channel} (R8: so the archive matches the form): --form-no"
            )));
        }
        if new.types.is_empty() {
            return Err(OpsError::Invalid(
                "the project type is required: full (全委托), standard (公版) or guidance (指导), one or more".into(),
            ));
        }
        let mut types = new.types.clone();
        types.sort();
        types.dedup();
        let received_at = not_future("received_at", new.received_at.unwrap_or(now), now)?;
        let mut approvals = Vec::new();
        for a in &new.approvals {
            approvals.push(Approval::checked(&a.role, &a.by, a.at, now)?);
        }
        let missing: Vec<&str> = rules
            .policy
            .chain
            .iter()
            .filter(|r| !approvals.iter().any(|a| &a.role == *r))
            .map(String::as_str)
            .collect();
        if !missing.is_empty() {
            return Err(OpsError::Invalid(format!(
                "the form reaches the centre approved (R9: the leaders concerned and the marketing department): missing {}; --approval ROLE=NAME[@TIME]",
                missing.join(", ")
            )));
        }
        // R7: the clock starts when the approved form is at the centre.
        let clock_start = approvals.iter().map(|a| a.at).fold(received_at, DateTime::max);
        let dept = crate::domain::directory::check_identifier("department code", &new.dept)?;
        Ok(SupportForm {
            id: 0,
            project_no: text("project number", &new.project_no, false, limits::SHORT)?,
            project_name: text("project name", &new.project_name, true, limits::SHORT)?,
            client: text("client (甲方)", &new.client, true, limits::SHORT)?,
            owner_party: text("owner (业主方)", &new.owner_party, false, limits::SHORT)?,
            types,
            support: text("support wanted", &new.support, true, limits::LONG)?,
            material,
            needs,
            initiator: name("initiator", &new.initiator, true)?,
            dept,
            contact: name("contact", &new.contact, false)?,
            channel,
            form_no,
            approvals,
            received_at,
            clock_start,
            reply_due: rules.reply_due(clock_start),
            reply_channel: None,
            reply_text: String::new(),
            replied_at: None,
            replied_by: None,
            status: SupportStatus::Received,
            accepted_at: None,
            accepted_by: None,
            plan: String::new(),
            urgent_reason: String::new(),
            urgent_by: String::new(),
            urgent_approved_at: None,
            urgent_at: None,
            urgent_form_no: String::new(),
            overtook: Vec::new(),
            author: None,
            rounds: Vec::new(),
            reassignments: Vec::new(),
            passed_at: None,
            closed_at: None,
            close_reason: String::new(),
            version: 1,
            updated_at: now,
            updated_by: actor.login.clone(),
        })
    }

    /// Where its reply clock stands at `now`.
    pub fn reply_clock(&self, rules: &SupportRules, now: DateTime<Utc>) -> ReplyClock {
        let due = self.reply_due;
        match (self.replied_at, self.closed_at) {
            (Some(at), _) => ReplyClock::Met {
                at,
                due,
                late: at > due,
            },
            (None, Some(c)) if c <= due => ReplyClock::Stopped { due },
            _ if now > due => ReplyClock::Missed { due },
            _ => ReplyClock::Running {
                due,
                left: rules.cal.working_time_between(now, due),
            },
        }
    }

    /// The round with the leaders now, or the last one.
    pub fn last_round(&self) -> Option<&Round> {
        self.rounds.last()
    }

    pub fn is_urgent(&self) -> bool {
        self.urgent_at.is_some()
    }

    pub fn is_open(&self) -> bool {
        self.status != SupportStatus::Closed
    }

    /// `support 12`, for messages.
    pub fn label(&self) -> String {
        format!("support {}", self.id)
    }

    /// The record as a step by `actor` at `now` leaves it, before the step's own changes.
    pub(crate) fn next(&self, actor: &Actor, now: DateTime<Utc>) -> SupportForm {
        let mut f = self.clone();
        f.version += 1;
        f.updated_at = now;
        f.updated_by = actor.login.clone();
        f
    }
}

impl SupportRules {
    /// R9, R7: the reply is due `reply_within` of working time after the approved form arrived. A
    /// form that arrives outside working hours is answered within the first hour of the next
    /// working period (17:30 → 09:30 the next working day; 20:00 → 10:00).
    pub fn reply_due(&self, start: DateTime<Utc>) -> DateTime<Utc> {
        self.cal.add_working_time(start, self.policy.reply_within)
    }
}

mod ledger;
#[cfg(test)]
pub(crate) mod samples;
mod steps;
#[cfg(test)]
mod tests;

pub use ledger::{LedgerEntry, ledger, overtaken_by};
pub use steps::NewUrgent;
