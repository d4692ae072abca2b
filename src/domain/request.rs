//! Service requests (SPEC R1–R5, R7, R8): forms the business departments send the IT department
//! (a requirement, a product, a system account, a data extraction, a data correction), each with a
//! limit in working days on a clock that starts when the fully approved form reaches IT, stands
//! still while the requester's material is awaited, and does not count the approvals of other
//! departments. Every step is a pure function from the old record to the new one; the clock's
//! arithmetic is in `clock.rs`, the steps after intake in `steps.rs`.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::calendar::Calendar;
use super::duty::DutyKind;
use super::role::Actor;
use super::time::plausible;
use crate::error::OpsError;
use crate::text::{check_len, normalize};

words!(
    /// R1–R5.
    RequestKind {
        Requirement = "requirement",
        Product = "product",
        Account = "account",
        Extraction = "extraction",
        Processing = "processing",
    },
    "request kind"
);

impl RequestKind {
    /// The rule of the SPEC the sub-kind follows.
    pub fn rule(self) -> &'static str {
        match self {
            RequestKind::Requirement => "R1",
            RequestKind::Product => "R2",
            RequestKind::Account => "R3",
            RequestKind::Extraction => "R4",
            RequestKind::Processing => "R5",
        }
    }
}

words!(
    /// The life of a request. `awaiting_approval`: approvals are missing, no clock; `received`:
    /// at IT with its clock running, nobody owns it yet; `evaluated`: R1's first evaluation or
    /// R5's first opinion went back; `new_project`: R1 beyond the framework, turned into a
    /// project.
    RequestStatus {
        AwaitingApproval = "awaiting_approval",
        Received = "received",
        Accepted = "accepted",
        Evaluated = "evaluated",
        Delivered = "delivered",
        Confirmed = "confirmed",
        NewProject = "new_project",
        Closed = "closed",
    },
    "request status"
);

words!(
    /// R8: how the form came.
    FormChannel {
        Oa = "oa",
        Email = "email",
        Paper = "paper",
        Phone = "phone",
    },
    "channel"
);

words!(
    /// R3.
    AccountAction {
        New = "new",
        Change = "change",
        Remove = "remove",
    },
    "account action"
);

words!(
    /// R4: the marking on extracted data, highest first.
    Classification {
        TopSecret = "top-secret",
        Secret = "secret",
        Confidential = "confidential",
    },
    "classification"
);

impl Classification {
    /// The marking as the procedure writes it.
    pub fn chinese(self) -> &'static str {
        match self {
            Classification::TopSecret => "绝密",
            Classification::Secret => "机密",
            Classification::Confidential => "保密",
        }
    }

    /// `secret` or `机密`.
    pub fn read(s: &str) -> Result<Classification, OpsError> {
        let s = s.trim();
        Classification::ALL
            .iter()
            .copied()
            .find(|c| c.chinese() == s)
            .map_or_else(|| Classification::parse(s), Ok)
            .map_err(|_| {
                OpsError::Invalid(format!(
                    "unknown classification {s:?}: use top-secret (绝密), secret (机密) or confidential (保密)"
                ))
            })
    }

    /// `secret (机密)`.
    pub fn label(self) -> String {
        format!("{} ({})", self.as_str(), self.chinese())
    }
}

words!(
    /// R1: the requester's verdict on the feedback form (需求实现反馈表).
    Verdict {
        Satisfied = "satisfied",
        NotSatisfied = "not-satisfied",
    },
    "verdict"
);

words!(
    /// R7: why a clock stands still: the requester's material, or (R3) the leader in charge's
    /// approval after IT judged a permission beyond the business department's authority.
    PauseKind {
        Material = "material",
        Approval = "approval",
    },
    "pause kind"
);

/// An approval the form carries or that was recorded later: the role that approved (a word of
/// the chain: `dept_manager`, `marketing_manager`, `leader`, `president` …), who, when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Approval {
    pub role: String,
    pub by: String,
    pub at: DateTime<Utc>,
}

/// A span the clock stood still (R7): from, until (open while it lasts), why, who paused it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pause {
    pub kind: PauseKind,
    pub from: DateTime<Utc>,
    pub until: Option<DateTime<Utc>>,
    pub reason: String,
    pub by: String,
}

/// What desks before this release stored in front of an R3 pause's reason, in English; the kind
/// says it now, in the reader's language.
const OLD_R3_PREFIX: &str = "the leader in charge's approval (R3): ";

impl Pause {
    /// The reason as the person gave it (the kind is shown beside it, in the reader's words).
    pub fn said(&self) -> &str {
        self.reason.strip_prefix(OLD_R3_PREFIX).unwrap_or(&self.reason)
    }
}

/// The roles with a meaning of their own.
pub mod roles {
    /// R1: the product department's confirmation of a product change.
    pub const PRODUCT_DEPT: &str = "product_dept";
    /// R3: the leader in charge, for a permission beyond the business department's authority.
    pub const LEADER: &str = "leader";
    /// R4: the president, when the IT manager decides so.
    pub const PRESIDENT: &str = "president";
}

/// A request as stored. Field names are the JSON and history names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    pub id: i64,
    pub kind: RequestKind,
    pub title: String,
    pub description: String,
    /// The requesting department's code (U3).
    pub dept: String,
    pub requester: String,
    /// A phone number or an e-mail address.
    pub contact: String,
    pub channel: FormChannel,
    /// R8: the form's own number (OA 流水号), so the archive matches the form.
    pub form_no: String,
    /// When the requester filed the form, if known: from there the approvals are the requester
    /// side's, not counted (R7).
    pub filed_at: Option<DateTime<Utc>>,
    /// When the form reached the IT department.
    pub received_at: DateTime<Utc>,
    /// The approvals the form needs before its clock starts, as the config had them when it came
    /// (R2's chain, R3's manager and business management department).
    pub chain: Vec<String>,
    /// The limit in working days, as the config had it when the form came (an urgent R5 item:
    /// 0, the same working day).
    pub limit_days: i64,
    pub approvals: Vec<Approval>,
    pub status: RequestStatus,
    pub owner: Option<String>,
    pub accepted_at: Option<DateTime<Utc>>,
    /// R7: when the clock started: the approved form at IT (R4 needing the president: the
    /// president's approval). None while approvals are missing.
    pub clock_start: Option<DateTime<Utc>>,
    /// The clock's handling: +1 each time its deadline moves (a pause ends, R4's clock starts
    /// again at the president's approval). A limit's duty belongs to one.
    pub episode: i64,
    pub pauses: Vec<Pause>,
    /// The open pause's start (the index behind "paused" lists).
    pub paused_since: Option<DateTime<Utc>>,
    /// The limit's deadline with the paused working time added (R7); while paused, as it stood
    /// when the pause began.
    pub due_at: Option<DateTime<Utc>>,
    /// When the limit was met: R1's first evaluation, R5's first opinion, otherwise delivery.
    pub met_at: Option<DateTime<Utc>>,
    /// R1: it changes a product, so the product department's confirmation is attached.
    pub changes_product: bool,
    pub evaluation: String,
    pub evaluated_at: Option<DateTime<Utc>>,
    /// R1: beyond the framework or the project's scope: turned into a new project.
    pub new_project: bool,
    /// R1: the feedback form (需求实现反馈表): verdict, its number, what it says, when.
    pub feedback: Option<Verdict>,
    pub feedback_form: String,
    pub feedback_note: String,
    pub feedback_at: Option<DateTime<Utc>>,
    /// R3: what to do with which account of whom.
    pub action: Option<AccountAction>,
    pub system: String,
    pub account: String,
    /// The person the account is for: their login in the company's systems, and name.
    pub person: String,
    pub person_name: String,
    pub permission: String,
    /// R3: IT judged the permission beyond the business department's authority: the leader in
    /// charge approves too.
    pub beyond_authority: bool,
    /// R4: purpose and scope of use (both required).
    pub purpose: String,
    pub use_scope: String,
    /// R4: the IT manager's decision whether the president must approve; who decided.
    pub president_needed: Option<bool>,
    pub decided_by: Option<String>,
    /// R4: shown wherever the request is (A2).
    pub classification: Option<Classification>,
    /// R4: delivered encrypted; the delivered file's SHA-256.
    pub encrypted: bool,
    pub sha256: String,
    /// R5: a single urgent item sent by the requester's supervisor by e-mail: who sent it, and
    /// the reply that went back.
    pub urgent: bool,
    pub supervisor: String,
    pub reply: String,
    pub delivered_at: Option<DateTime<Utc>>,
    pub delivery_note: String,
    pub closed_at: Option<DateTime<Utc>>,
    /// Why a request was closed unfinished (withdrawn, refused).
    pub close_reason: String,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
    pub updated_by: String,
}

record!(Request, super::kind::Kind::Request);

/// What intake records.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NewRequest {
    pub kind: Option<RequestKind>,
    pub title: String,
    pub description: String,
    pub dept: String,
    pub requester: String,
    pub contact: String,
    pub channel: Option<FormChannel>,
    pub form_no: String,
    pub filed_at: Option<DateTime<Utc>>,
    pub received_at: Option<DateTime<Utc>>,
    pub approvals: Vec<Approval>,
    pub changes_product: bool,
    pub action: Option<AccountAction>,
    pub system: String,
    pub account: String,
    pub person: String,
    pub person_name: String,
    pub permission: String,
    pub beyond_authority: bool,
    pub purpose: String,
    pub use_scope: String,
    pub president_needed: Option<bool>,
    pub classification: Option<Classification>,
    pub urgent: bool,
    pub supervisor: String,
}

/// The numbers of R1–R5 and R7, from the config.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestPolicy {
    /// Working days: R1 first evaluation, R2, R3, R4 done, R5 first opinion.
    pub requirement_days: i64,
    pub product_days: i64,
    pub account_days: i64,
    pub extraction_days: i64,
    pub processing_days: i64,
    /// The approvals each sub-kind needs before its clock starts.
    pub requirement_chain: Vec<String>,
    pub product_chain: Vec<String>,
    pub account_chain: Vec<String>,
    pub extraction_chain: Vec<String>,
    pub processing_chain: Vec<String>,
    /// R7: the owner and supervisors are warned this much working time before a limit.
    pub warn_before: Duration,
    /// R7: the requester is told of the receipt within this.
    pub receipt_within: Duration,
    /// R3: a moved or departed person's accounts are removed within this many working days.
    pub removal_days: i64,
}

impl RequestPolicy {
    pub fn days(&self, kind: RequestKind) -> i64 {
        match kind {
            RequestKind::Requirement => self.requirement_days,
            RequestKind::Product => self.product_days,
            RequestKind::Account => self.account_days,
            RequestKind::Extraction => self.extraction_days,
            RequestKind::Processing => self.processing_days,
        }
    }

    pub fn chain(&self, kind: RequestKind) -> &[String] {
        match kind {
            RequestKind::Requirement => &self.requirement_chain,
            RequestKind::Product => &self.product_chain,
            RequestKind::Account => &self.account_chain,
            RequestKind::Extraction => &self.extraction_chain,
            RequestKind::Processing => &self.processing_chain,
        }
    }
}

/// What every step needs besides the record: the desk's calendar and the request policy.
#[derive(Clone, Debug)]
pub struct Rules {
    pub cal: Calendar,
    pub policy: RequestPolicy,
}

/// Longest accepted text per field, in characters.
pub mod limits {
    pub const TITLE: usize = 200;
    pub const SHORT: usize = 200;
    pub const LONG: usize = 10_000;
}

/// A report may be entered a little ahead of the desk's clock (another host's clock); more than
/// this is a typing mistake.
const CLOCK_SKEW_SECS: i64 = 60;

pub(crate) fn text(field: &str, value: &str, required: bool, max: usize) -> Result<String, OpsError> {
    let v = normalize(value);
    if required && v.is_empty() {
        return Err(OpsError::Invalid(format!("{field} is required")));
    }
    check_len(field, &v, max)?;
    Ok(v)
}

/// A name: one line, no control character (it becomes a mail header's display name).
pub(crate) fn name(field: &str, value: &str, required: bool) -> Result<String, OpsError> {
    super::directory::check_text(field, value, required)
}

/// An approval's role: a word (`dept_manager`), lower case.
pub fn role_word(s: &str) -> Result<String, OpsError> {
    let w = s.trim().to_ascii_lowercase();
    let ok = !w.is_empty() && w.len() <= 40 && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if ok {
        Ok(w)
    } else {
        Err(OpsError::Invalid(format!(
            "approval role {s:?} is not a word: use letters, digits, '_' or '-', such as dept_manager"
        )))
    }
}

/// `at`, refused when it is ahead of `now` or outside the years the desk records.
pub(crate) fn not_future(what: &str, at: DateTime<Utc>, now: DateTime<Utc>) -> Result<DateTime<Utc>, OpsError> {
    plausible(what, at)?;
    if (at - now).num_seconds() > CLOCK_SKEW_SECS {
        return Err(OpsError::Invalid(format!("{what} is in the future")));
    }
    Ok(at)
}

impl Approval {
    /// An approval checked: its role a word, its approver a name, its time not ahead of `now`.
    pub fn checked(role: &str, by: &str, at: DateTime<Utc>, now: DateTime<Utc>) -> Result<Approval, OpsError> {
        Ok(Approval {
            role: role_word(role)?,
            by: name("the approver", by, true)?,
            at: not_future("the approval's time", at, now)?,
        })
    }
}

impl Request {
    /// The approvals its clock waits for: the chain, and what this form's facts add (R1's
    /// product department, R3's leader in charge, R4's president).
    pub fn required_approvals(&self) -> Vec<String> {
        let mut out = self.chain.clone();
        let mut add = |role: &str, when: bool| {
            if when && !out.iter().any(|r| r == role) {
                out.push(role.to_string());
            }
        };
        add(roles::PRODUCT_DEPT, self.changes_product);
        add(roles::LEADER, self.beyond_authority);
        add(roles::PRESIDENT, self.president_needed == Some(true));
        out
    }

    /// The first approval of `role`, if there is one.
    pub fn approval(&self, role: &str) -> Option<&Approval> {
        self.approvals.iter().filter(|a| a.role == role).min_by_key(|a| a.at)
    }

    /// The required approvals not yet recorded.
    pub fn missing_approvals(&self) -> Vec<String> {
        self.required_approvals()
            .into_iter()
            .filter(|r| self.approval(r).is_none())
            .collect()
    }

    /// The duty that holds its limit (R7).
    pub fn limit_duty(&self) -> DutyKind {
        match self.kind {
            RequestKind::Requirement => DutyKind::R1Evaluation,
            RequestKind::Product => DutyKind::R2Done,
            RequestKind::Account => DutyKind::R3Done,
            RequestKind::Extraction => DutyKind::R4Done,
            RequestKind::Processing if self.urgent => DutyKind::R5Urgent,
            RequestKind::Processing => DutyKind::R5Opinion,
        }
    }

    /// Whether its limit is met by the first evaluation or opinion (R1, R5) rather than by
    /// delivery.
    pub fn met_by_evaluation(&self) -> bool {
        self.kind == RequestKind::Requirement || (self.kind == RequestKind::Processing && !self.urgent)
    }

    pub fn is_open(&self) -> bool {
        self.status != RequestStatus::Closed
    }

    /// `request 12`, for messages.
    pub fn label(&self) -> String {
        format!("request {}", self.id)
    }

    /// After any step: a form whose approvals are complete starts its clock (R7) at the moment
    /// the last one reached IT; the deadline follows the clock.
    pub(crate) fn settle(&mut self, rules: &Rules) {
        if self.status == RequestStatus::AwaitingApproval && self.missing_approvals().is_empty() {
            let last = self
                .required_approvals()
                .iter()
                .filter_map(|r| self.approval(r).map(|a| a.at))
                .max();
            self.clock_start = Some(last.map_or(self.received_at, |t| t.max(self.received_at)));
            self.status = if self.owner.is_some() {
                RequestStatus::Accepted
            } else {
                RequestStatus::Received
            };
        }
        self.due_at = self.compute_due(rules);
    }

    /// The record as a step by `actor` at `now` leaves it, before the step's own changes.
    pub(crate) fn next(&self, actor: &Actor, now: DateTime<Utc>) -> Request {
        let mut r = self.clone();
        r.version += 1;
        r.updated_at = now;
        r.updated_by = actor.login.clone();
        r
    }
}

mod clock;
mod guards;
mod intake;
mod steps;
#[cfg(test)]
mod tests;

pub use clock::{Clock, ClockState, working_span};
pub use guards::Step;
pub use steps::Delivery;
