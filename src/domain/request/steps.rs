//! A request's steps after intake (R1–R5, R7): each takes the actor as they are now and `now`,
//! and returns the record as it becomes, its deadline recomputed.

use chrono::{DateTime, Utc};

use super::guards::Step;
use super::{
    AccountAction, Approval, Classification, Pause, PauseKind, Request, RequestKind, RequestStatus, Rules, Verdict,
    limits, not_future, roles, text,
};
use crate::domain::role::{Actor, Power, require};
use crate::domain::time::local_minute;
use crate::error::{Code, OpsError, Refusal};

use RequestStatus as S;

/// What a delivery records.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Delivery {
    pub note: String,
    /// R4: the marking, when not given at intake.
    pub classification: Option<Classification>,
    pub encrypted: bool,
    pub sha256: String,
    /// R5: the reply to the supervisor's e-mail.
    pub reply: String,
}

impl Request {
    /// `at` for a step of the running clock: not ahead of `now`, not before the clock's current
    /// stretch began.
    fn at_on_clock(
        &self,
        what: &str,
        at: DateTime<Utc>,
        rules: &Rules,
        now: DateTime<Utc>,
    ) -> Result<DateTime<Utc>, OpsError> {
        let at = not_future(what, at, now)?;
        if let Some(since) = self.clock_since().filter(|s| at < *s) {
            let zone = rules.cal.zone;
            return Err(OpsError::Invalid(format!(
                "{what} {} is before the clock of request {} started or resumed ({})",
                local_minute(at, zone),
                self.id,
                local_minute(since, zone)
            )));
        }
        Ok(at)
    }

    /// R7: refused unless the clock runs (for pausing and for meeting the limit).
    pub(super) fn expect_clock(&self, step: &str, doing: &str) -> Result<(), OpsError> {
        if self.clock_start.is_some() {
            return Ok(());
        }
        let missing = self.missing_approvals().join(", ");
        Err(OpsError::Rule(format!(
            "cannot {doing} request {}: it is not fully approved, waiting for {missing} (R7: its clock starts when the approved form reaches IT)",
            self.id,
        ))
        .coded(
            Refusal::new(Code::RequestNotApproved)
                .phrase("step", &format!("request_step.{step}"), doing)
                .text("id", self.id)
                .text("missing", missing),
        ))
    }

    /// Take it (I4's practice for requests: the one who accepts owns it), or (a supervisor) give
    /// it to `owner`.
    pub fn accept(
        &self,
        actor: &Actor,
        owner: &str,
        at: DateTime<Utc>,
        rules: &Rules,
        now: DateTime<Utc>,
    ) -> Result<Request, OpsError> {
        self.can(Step::Accept, actor, rules.cal.zone)?;
        let at = not_future("accepted_at", at, now)?;
        if self.owner.as_deref() == Some(owner) {
            return Err(
                OpsError::Rule(format!("request {} is already owned by {owner}", self.id)).coded(
                    Refusal::new(Code::RequestAlreadyOwned)
                        .text("id", self.id)
                        .text("owner", owner),
                ),
            );
        }
        let taking_over = self.owner.is_some();
        if taking_over || owner != actor.login {
            require(actor, Power::AssignRequest)?;
        }
        let mut r = self.next(actor, now);
        r.owner = Some(owner.to_string());
        r.accepted_at = Some(at);
        if r.status == S::Received {
            r.status = S::Accepted;
        }
        r.settle(rules);
        Ok(r)
    }

    /// An approval, recorded as it reached IT (R2's chain, R3's business management department
    /// or leader, R4's president). The last one missing starts the clock; R3's leader ends the
    /// clock's wait for it.
    pub fn approve(&self, actor: &Actor, a: Approval, rules: &Rules, now: DateTime<Utc>) -> Result<Request, OpsError> {
        self.can(Step::Approve, actor, rules.cal.zone)?;
        let a = Approval::checked(&a.role, &a.by, a.at, now)?;
        if a.role == roles::PRESIDENT && !(self.kind == RequestKind::Extraction && self.president_needed == Some(true))
        {
            return Err(OpsError::Rule(format!(
                "R4: the IT manager has not decided that the president must approve request {}: opsdesk request decide {} --president needed",
                self.id, self.id
            ))
            .coded(Refusal::new(Code::RequestPresidentUndecided).text("id", self.id)));
        }
        let mut r = self.next(actor, now);
        if a.role == roles::LEADER
            && let Some(p) = r
                .pauses
                .iter_mut()
                .rev()
                .find(|p| p.until.is_none() && p.kind == PauseKind::Approval)
        {
            p.until = Some(a.at.max(p.from));
            r.paused_since = None;
            r.episode += 1;
        }
        r.approvals.push(a);
        r.settle(rules);
        Ok(r)
    }

    /// R4: the IT manager decides whether the president must approve. When so, the clock starts
    /// only at the president's approval (any clock that ran before is withdrawn).
    pub fn decide(&self, actor: &Actor, needed: bool, rules: &Rules, now: DateTime<Utc>) -> Result<Request, OpsError> {
        self.can(Step::Decide, actor, rules.cal.zone)?;
        let mut r = self.next(actor, now);
        r.president_needed = Some(needed);
        r.decided_by = Some(actor.login.clone());
        if needed && r.approval(roles::PRESIDENT).is_none() && r.status != S::AwaitingApproval {
            if r.clock_start.is_some() {
                r.episode += 1;
            }
            if let Some(p) = r.pauses.iter_mut().find(|p| p.until.is_none()) {
                p.until = Some(now.max(p.from));
            }
            r.paused_since = None;
            r.clock_start = None;
            r.status = S::AwaitingApproval;
        }
        r.settle(rules);
        Ok(r)
    }

    /// R3: IT judges the permission beyond the business department's authority; the leader in
    /// charge approves too, and that wait is not counted: the clock stands still until then.
    pub fn escalate(
        &self,
        actor: &Actor,
        reason: &str,
        at: DateTime<Utc>,
        rules: &Rules,
        now: DateTime<Utc>,
    ) -> Result<Request, OpsError> {
        self.can(Step::Escalate, actor, rules.cal.zone)?;
        let reason = text("reason", reason, true, limits::SHORT)?;
        let mut r = self.next(actor, now);
        r.beyond_authority = true;
        if self.clock_running() && self.approval(roles::LEADER).is_none() {
            let at = self.at_on_clock("the escalation's time", at, rules, now)?;
            r.pauses.push(Pause {
                kind: PauseKind::Approval,
                from: at,
                until: None,
                reason,
                by: actor.login.clone(),
            });
            r.paused_since = Some(at);
        }
        r.settle(rules);
        Ok(r)
    }

    /// R7: waiting for the requester's missing material stops the clock, with the reason.
    pub fn pause(
        &self,
        actor: &Actor,
        reason: &str,
        at: DateTime<Utc>,
        rules: &Rules,
        now: DateTime<Utc>,
    ) -> Result<Request, OpsError> {
        self.can(Step::Pause, actor, rules.cal.zone)?;
        let reason = text("reason", reason, true, limits::SHORT)?;
        let at = self.at_on_clock("the pause's time", at, rules, now)?;
        let mut r = self.next(actor, now);
        r.pauses.push(Pause {
            kind: PauseKind::Material,
            from: at,
            until: None,
            reason,
            by: actor.login.clone(),
        });
        r.paused_since = Some(at);
        r.settle(rules);
        Ok(r)
    }

    /// R7: the material came: the clock runs again, its deadline moved by the working time it
    /// stood still.
    pub fn resume(
        &self,
        actor: &Actor,
        at: DateTime<Utc>,
        rules: &Rules,
        now: DateTime<Utc>,
    ) -> Result<Request, OpsError> {
        self.can(Step::Resume, actor, rules.cal.zone)?;
        let at = not_future("the resume's time", at, now)?;
        if self.open_pause().is_some_and(|p| at < p.from) {
            return Err(OpsError::Invalid(format!(
                "the resume's time is before request {} was paused",
                self.id
            )));
        }
        let mut r = self.next(actor, now);
        if let Some(p) = r.pauses.iter_mut().rev().find(|p| p.until.is_none()) {
            p.until = Some(at);
        }
        r.paused_since = None;
        r.episode += 1;
        r.settle(rules);
        Ok(r)
    }

    /// R1's first evaluation back to the requester (with `new_project`: beyond the framework,
    /// turned into a new project); R5's first opinion. Either meets the limit.
    pub fn evaluate(
        &self,
        actor: &Actor,
        note: &str,
        new_project: bool,
        at: DateTime<Utc>,
        rules: &Rules,
        now: DateTime<Utc>,
    ) -> Result<Request, OpsError> {
        self.expect_kind(
            &[RequestKind::Requirement, RequestKind::Processing],
            "evaluate",
            "evaluate",
        )?;
        if self.urgent {
            return Err(OpsError::Invalid(format!(
                "request {} is an urgent single item (R5): it is handled at once and answered with opsdesk request deliver {} --reply …",
                self.id, self.id
            )));
        }
        if new_project && self.kind != RequestKind::Requirement {
            return Err(OpsError::Invalid(
                "--new-project is an outcome of a requirement (R1)".into(),
            ));
        }
        self.expect_clock("evaluate", "evaluate")?;
        self.expect(&[S::Accepted], "evaluate", "evaluate")?;
        self.expect_driver(actor)?;
        let note = text("evaluation", note, true, limits::LONG)?;
        let at = self.at_on_clock("the evaluation's time", at, rules, now)?;
        let mut r = self.next(actor, now);
        r.evaluation = note;
        r.evaluated_at = Some(at);
        r.met_at = Some(at);
        r.new_project = new_project;
        r.status = if new_project { S::NewProject } else { S::Evaluated };
        r.settle(rules);
        Ok(r)
    }

    /// Delivered: R1's implementation, R2–R4 done (R4 encrypted, classified, with the file's
    /// SHA-256), R5 processed (an urgent item with the reply to the supervisor).
    pub fn deliver(
        &self,
        actor: &Actor,
        d: &Delivery,
        at: DateTime<Utc>,
        rules: &Rules,
        now: DateTime<Utc>,
    ) -> Result<Request, OpsError> {
        self.can(Step::Deliver, actor, rules.cal.zone)?;
        let note = text("note", &d.note, false, limits::LONG)?;
        let at = if self.met_by_evaluation() {
            not_future("the delivery's time", at, now)?
        } else {
            self.at_on_clock("the delivery's time", at, rules, now)?
        };
        let mut r = self.next(actor, now);
        if self.kind == RequestKind::Extraction {
            let class = d.classification.or(self.classification).ok_or_else(|| {
                OpsError::Rule(format!(
                    "R4: extraction {} needs its classification before delivery: --classification top-secret (绝密), secret (机密) or confidential (保密)",
                    self.id
                ))
                .coded(Refusal::new(Code::RequestR4Classification).text("id", self.id))
            })?;
            let sha = d.sha256.trim().to_ascii_lowercase();
            let hex = sha.len() == 64 && sha.chars().all(|c| c.is_ascii_hexdigit());
            if !d.encrypted || !hex {
                return Err(OpsError::Rule(format!(
                    "R4: extraction {} is delivered encrypted, with the delivered file's SHA-256: --encrypted --sha256 HEX (64 hex digits)",
                    self.id
                ))
                .coded(Refusal::new(Code::RequestR4Encrypted).text("id", self.id)));
            }
            r.classification = Some(class);
            r.encrypted = true;
            r.sha256 = sha;
        } else if d.classification.is_some() || d.encrypted || !d.sha256.trim().is_empty() {
            return Err(OpsError::Invalid(
                "--classification, --encrypted and --sha256 belong to a data extraction's delivery (R4)".into(),
            ));
        }
        if self.urgent {
            let reply = text("reply", &d.reply, false, limits::LONG)?;
            if reply.is_empty() {
                return Err(OpsError::Rule(format!(
                    "R5: the urgent item of request {} is answered to the supervisor's e-mail: record the reply with --reply …",
                    self.id
                ))
                .coded(Refusal::new(Code::RequestR5Reply).text("id", self.id)));
            }
            r.reply = reply;
        } else if !d.reply.trim().is_empty() {
            return Err(OpsError::Invalid(
                "--reply answers an urgent single item's e-mail (R5 --urgent)".into(),
            ));
        }
        r.delivered_at = Some(at);
        r.delivery_note = note;
        if !self.met_by_evaluation() {
            r.met_at = Some(at);
        }
        r.status = S::Delivered;
        r.settle(rules);
        Ok(r)
    }

    /// R1: the requester's feedback form (需求实现反馈表). Not satisfied sends the requirement
    /// back to work, to be delivered again.
    #[allow(clippy::too_many_arguments)]
    pub fn confirm(
        &self,
        actor: &Actor,
        verdict: Verdict,
        form: &str,
        note: &str,
        at: DateTime<Utc>,
        rules: &Rules,
        now: DateTime<Utc>,
    ) -> Result<Request, OpsError> {
        self.can(Step::Confirm, actor, rules.cal.zone)?;
        let at = not_future("the feedback's time", at, now)?;
        let mut r = self.next(actor, now);
        r.feedback = Some(verdict);
        r.feedback_form = text("feedback form number", form, false, limits::SHORT)?;
        r.feedback_note = text("note", note, false, limits::LONG)?;
        r.feedback_at = Some(at);
        r.status = match verdict {
            Verdict::Satisfied => S::Confirmed,
            Verdict::NotSatisfied => S::Evaluated,
        };
        r.settle(rules);
        Ok(r)
    }

    /// Whether it is finished: delivered (R1: confirmed satisfied, or turned into a project).
    pub fn finished(&self) -> bool {
        match self.kind {
            RequestKind::Requirement => matches!(self.status, S::Confirmed | S::NewProject),
            _ => self.status == S::Delivered,
        }
    }

    /// Into the archive. An unfinished request (withdrawn, refused by an approver) is closed by
    /// a supervisor, with the reason; its clock stops where it stood.
    pub fn close(
        &self,
        actor: &Actor,
        reason: &str,
        at: DateTime<Utc>,
        rules: &Rules,
        now: DateTime<Utc>,
    ) -> Result<Request, OpsError> {
        self.can(Step::Close, actor, rules.cal.zone)?;
        let reason = text("reason", reason, false, limits::SHORT)?;
        if !self.finished() && reason.is_empty() {
            return Err(OpsError::Invalid(format!(
                "request {} is {} and not finished: closing it needs --reason (withdrawn, refused …)",
                self.id, self.status
            )));
        }
        let at = not_future("closed_at", at, now)?;
        let mut r = self.next(actor, now);
        if let Some(p) = r.pauses.iter_mut().find(|p| p.until.is_none()) {
            p.until = Some(at.max(p.from));
        }
        r.paused_since = None;
        r.closed_at = Some(at);
        r.close_reason = reason;
        r.status = S::Closed;
        r.settle(rules);
        Ok(r)
    }

    /// R3: what a delivered account request does to the accounts opsdesk keeps.
    pub fn account_action(&self) -> Option<AccountAction> {
        (self.kind == RequestKind::Account && self.status == S::Delivered)
            .then_some(self.action)
            .flatten()
    }
}
