//! Billing and settlement runs (SPEC B1–B8): the run and its attempts, the checklist whose every
//! item is done by one person and reviewed by another, anomalies, the supervisor's sign-off and
//! the dispute that sends a run back.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};

use super::change::parse_month;
use super::role::Actor;
use crate::error::{Code, OpsError, Refusal};
use crate::text::{check_len, normalize};

words!(
    /// B1: the monthly billing run (出账), or a settlement run (结算) with agents, content
    /// providers or channels.
    RunKind {
        Billing = "billing",
        Agents = "settlement-agents",
        ContentProviders = "settlement-cp",
        Channels = "settlement-channels",
    },
    "run kind"
);

words!(
    /// The life of a run: planned → in progress → checks done → awaiting supervisor → published;
    /// or, questioned, disputed (checking again) → rolled back → a new attempt.
    RunState {
        Planned = "planned",
        InProgress = "in_progress",
        ChecksDone = "checks_done",
        AwaitingSupervisor = "awaiting_supervisor",
        Published = "published",
        Disputed = "disputed",
        RolledBack = "rolled_back",
    },
    "run state"
);

words!(
    /// What the performer found.
    CheckResult {
        Ok = "ok",
        Anomaly = "anomaly",
    },
    "check result"
);

words!(
    /// The reviewer's verdict.
    Verdict {
        Ok = "ok",
        Rejected = "rejected",
    },
    "verdict"
);

words!(
    /// B6: what an anomaly may affect.
    Effect {
        Deadline = "deadline",
        Result = "result",
        Both = "both",
    },
    "effect"
);

impl RunKind {
    pub fn is_settlement(self) -> bool {
        self != RunKind::Billing
    }
}

/// The numbers of B2 and B6, from the config.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BillingPolicy {
    pub billing_due_day: u32,
    pub settlement_due_day: u32,
    pub anomaly_report_within: chrono::Duration,
}

/// One item of a run's check list (B4).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ChecklistItem {
    pub kinds: Vec<String>,
    pub key: String,
    pub step: String,
    pub title: String,
    pub verify: String,
    #[serde(default)]
    pub figures: Vec<String>,
}

/// B2: 00:00 on the 2nd (billing) or the 10th (settlement) of the month after `period`, in
/// `zone`.
pub fn deadline(
    kind: RunKind,
    period: &str,
    p: &BillingPolicy,
    zone: chrono_tz::Tz,
) -> Result<DateTime<Utc>, OpsError> {
    let (y, m) = parse_month(period)?;
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    let day = if kind.is_settlement() {
        p.settlement_due_day
    } else {
        p.billing_due_day
    };
    let date = NaiveDate::from_ymd_opt(ny, nm, day)
        .ok_or_else(|| OpsError::Invalid(format!("day {day} does not exist in {ny}-{nm:02}")))?;
    let local = date.and_time(NaiveTime::MIN);
    use chrono::TimeZone;
    zone.from_local_datetime(&local)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .ok_or_else(|| OpsError::Invalid(format!("midnight {date} does not exist in {}", zone.name())))
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Run {
    pub id: i64,
    pub kind: RunKind,
    /// `YYYY-MM`: the month billed or settled.
    pub period: String,
    /// B6: the person in charge, who follows it on site (a login).
    pub in_charge: String,
    pub state: RunState,
    /// 1 for the first attempt; +1 for each run again after a rollback (B8).
    pub attempt: i64,
    /// 1 for an attempt's first checklist; +1 for each checking again after a dispute (B8).
    pub round: i64,
    /// B2.
    pub deadline: DateTime<Utc>,
    pub submitted_at: Option<DateTime<Utc>>,
    /// B7: the supervisor who confirmed it, and when it was published.
    pub confirmed_by: Option<String>,
    pub published_at: Option<DateTime<Utc>>,
    /// B8: why the supervisor questioned this attempt, and why it was rolled back (the latest;
    /// every one is a [`RoundEnd`]).
    pub dispute_reason: String,
    pub rollback_reason: String,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
    pub updated_by: String,
}

/// One item of an attempt's checklist (B3, B4).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Check {
    pub id: i64,
    pub run_id: i64,
    pub attempt: i64,
    pub round: i64,
    pub seq: i64,
    pub key: String,
    /// "check" or "preprocess": both are reviewed by a second person (B3).
    pub step: String,
    pub title: String,
    pub verify: String,
    /// The figures to record, by name.
    pub figure_names: Vec<String>,
    pub performed_by: Option<String>,
    pub performed_at: Option<DateTime<Utc>>,
    pub result: Option<CheckResult>,
    pub figures: BTreeMap<String, String>,
    pub remark: String,
    pub reviewed_by: Option<String>,
    pub reviewed_at: Option<DateTime<Utc>>,
    pub verdict: Option<Verdict>,
    pub review_note: String,
    pub version: i64,
}

/// B8: how a round of checking ended: questioned by the supervisor, or rolled back.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoundEnd {
    pub id: i64,
    pub run_id: i64,
    pub attempt: i64,
    pub round: i64,
    /// `disputed` or `rolled_back`.
    pub how: RunState,
    pub at: DateTime<Utc>,
    pub by: String,
    pub reason: String,
}

/// B6: something that may delay the run or change its result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Anomaly {
    pub id: i64,
    pub run_id: i64,
    pub attempt: i64,
    pub at: DateTime<Utc>,
    pub by: String,
    pub what: String,
    pub effect: Effect,
    pub duty_id: Option<i64>,
}

/// Checklist progress: how many items, performed, reviewed ok, and anomalies found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Progress {
    pub items: usize,
    pub performed: usize,
    pub reviewed: usize,
    pub anomalies: usize,
}

pub fn progress(checks: &[Check], anomalies: usize) -> Progress {
    Progress {
        items: checks.len(),
        performed: checks.iter().filter(|c| c.performed_at.is_some()).count(),
        reviewed: checks.iter().filter(|c| c.verdict == Some(Verdict::Ok)).count(),
        // A check found anomalous logs an anomaly of its own (B6): counted there.
        anomalies,
    }
}

fn text(field: &str, s: &str, required: bool, max: usize) -> Result<String, OpsError> {
    let v = normalize(s);
    if required && v.is_empty() {
        return Err(OpsError::Invalid(format!("{field} is required")));
    }
    check_len(field, &v, max)?;
    Ok(v)
}

impl Run {
    /// B1, B2: a new run, its deadline from the period.
    pub fn open(
        kind: RunKind,
        period: &str,
        in_charge: &str,
        actor: &Actor,
        p: &BillingPolicy,
        zone: chrono_tz::Tz,
        now: DateTime<Utc>,
    ) -> Result<Run, OpsError> {
        let (y, m) = parse_month(period)?;
        let period = format!("{y:04}-{m:02}");
        Ok(Run {
            id: 0,
            kind,
            deadline: deadline(kind, &period, p, zone)?,
            period,
            in_charge: in_charge.to_string(),
            state: RunState::Planned,
            attempt: 1,
            round: 1,
            submitted_at: None,
            confirmed_by: None,
            published_at: None,
            dispute_reason: String::new(),
            rollback_reason: String::new(),
            version: 1,
            updated_at: now,
            updated_by: actor.login.clone(),
        })
    }

    pub fn next(&self, actor: &Actor, now: DateTime<Utc>) -> Run {
        let mut r = self.clone();
        r.version += 1;
        r.updated_at = now;
        r.updated_by = actor.login.clone();
        r
    }

    /// Refused unless the run is in one of the `allowed` states; `step` is the step's word
    /// (`run_step.<step>`), `doing` how the CLI says it.
    fn expect(&self, allowed: &[RunState], step: &str, doing: &str) -> Result<(), OpsError> {
        if allowed.contains(&self.state) {
            return Ok(());
        }
        Err(
            OpsError::Rule(format!("cannot {doing} run {}: it is {}", self.id, self.state)).coded(
                Refusal::new(Code::RunWrongState)
                    .phrase("step", &format!("run_step.{step}"), doing)
                    .text("id", self.id)
                    .word("state", "run_state", self.state.as_str()),
            ),
        )
    }

    /// Whether items may be performed and reviewed now.
    pub fn checking(&self) -> Result<(), OpsError> {
        self.expect(
            &[
                RunState::Planned,
                RunState::InProgress,
                RunState::ChecksDone,
                RunState::Disputed,
            ],
            "check",
            "check",
        )
    }

    /// After a check or review: the state the checklist puts the run in.
    pub fn after_checks(&self, checks: &[Check], actor: &Actor, now: DateTime<Utc>) -> Run {
        let mut r = self.next(actor, now);
        let all_reviewed = !checks.is_empty() && checks.iter().all(|c| c.verdict == Some(Verdict::Ok));
        r.state = match (self.state, all_reviewed) {
            (RunState::Disputed, false) => RunState::Disputed,
            (_, true) => RunState::ChecksDone,
            (_, false) => RunState::InProgress,
        };
        r
    }

    /// B7: the checks are done; the supervisor is asked to confirm.
    pub fn submit(&self, actor: &Actor, checks: &[Check], now: DateTime<Utc>) -> Result<Run, OpsError> {
        self.can(Step::Submit, actor)?;
        if let Some(c) = checks.iter().find(|c| c.verdict != Some(Verdict::Ok)) {
            return Err(
                OpsError::Rule(format!("B3: item {} ({}) is not reviewed yet", c.key, c.title)).coded(
                    Refusal::new(Code::RunB3NotReviewed)
                        .text("key", &c.key)
                        .text("title", &c.title),
                ),
            );
        }
        let mut r = self.next(actor, now);
        r.state = RunState::AwaitingSupervisor;
        r.submitted_at = Some(now);
        Ok(r)
    }

    /// B7: only a supervisor or above confirms; the results are then published.
    pub fn confirm(&self, actor: &Actor, now: DateTime<Utc>) -> Result<Run, OpsError> {
        self.can(Step::Confirm, actor)?;
        let mut r = self.next(actor, now);
        r.state = RunState::Published;
        r.confirmed_by = Some(actor.login.clone());
        r.published_at = Some(now);
        Ok(r)
    }

    /// B8: the supervisor questions the result: the data is checked again.
    pub fn dispute(&self, actor: &Actor, reason: &str, now: DateTime<Utc>) -> Result<Run, OpsError> {
        self.can(Step::Dispute, actor)?;
        let mut r = self.next(actor, now);
        r.state = RunState::Disputed;
        r.round += 1;
        r.dispute_reason = text("reason", reason, true, 2000)?;
        r.submitted_at = None;
        r.confirmed_by = None;
        r.published_at = None;
        Ok(r)
    }

    /// B8: the record of how the round before `self` (just disputed or rolled back) ended.
    pub fn round_end(&self, before: &Run) -> RoundEnd {
        let how = self.state;
        RoundEnd {
            id: 0,
            run_id: self.id,
            attempt: before.attempt,
            round: before.round,
            how,
            at: self.updated_at,
            by: self.updated_by.clone(),
            reason: if how == RunState::RolledBack {
                self.rollback_reason.clone()
            } else {
                self.dispute_reason.clone()
            },
        }
    }

    /// B8: rolled back, with its reason; a new attempt may follow.
    pub fn rollback(&self, actor: &Actor, reason: &str, now: DateTime<Utc>) -> Result<Run, OpsError> {
        self.can(Step::Rollback, actor)?;
        let mut r = self.next(actor, now);
        r.state = RunState::RolledBack;
        r.rollback_reason = text("reason", reason, true, 2000)?;
        Ok(r)
    }

    /// B8: run again: a new attempt with a fresh checklist.
    pub fn retry(&self, actor: &Actor, now: DateTime<Utc>) -> Result<Run, OpsError> {
        self.can(Step::Retry, actor)?;
        let mut r = self.next(actor, now);
        r.state = RunState::Planned;
        r.attempt += 1;
        r.round = 1;
        r.submitted_at = None;
        // The reasons belong to the attempt that ended; its round ends keep them.
        r.dispute_reason = String::new();
        r.rollback_reason = String::new();
        Ok(r)
    }
}

impl Anomaly {
    pub fn new(run: &Run, actor: &Actor, what: &str, effect: Effect, now: DateTime<Utc>) -> Result<Anomaly, OpsError> {
        Ok(Anomaly {
            id: 0,
            run_id: run.id,
            attempt: run.attempt,
            at: now,
            by: actor.login.clone(),
            what: text("what", what, true, 2000)?,
            effect,
            duty_id: None,
        })
    }
}

/// The period's month as (year, month).
pub fn period_of(t: DateTime<Utc>, zone: chrono_tz::Tz) -> String {
    let d = t.with_timezone(&zone);
    format!("{:04}-{:02}", d.year(), d.month())
}

record!(Run, super::kind::Kind::Run);
record!(Check, super::kind::Kind::Check);
record!(Anomaly, super::kind::Kind::Anomaly, unversioned);
record!(RoundEnd, super::kind::Kind::RoundEnd, unversioned);

mod checklist;
mod guards;
pub use guards::Step;
#[cfg(test)]
mod tests;
