//! The steps after intake (R9): accept into the ledger, reply, the urgent form, the proposal's
//! rounds, a new author, the project number, closing. Each refuses with a rule code what its
//! state or the actor does not allow (U4).

use chrono::{DateTime, Utc};

use super::{Overtaken, Reassignment, ReplyChannel, ReviewVerdict, Round, SupportForm, SupportStatus, limits};
use crate::domain::request::{name, not_future, text};
use crate::domain::role::{Actor, Power, require};
use crate::error::{Code, OpsError, Refusal};

/// 加急联系单 as it reached the centre.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NewUrgent {
    pub reason: String,
    /// The general manager who approved it (a name: recorded, not a login).
    pub approved_by: String,
    pub approved_at: Option<DateTime<Utc>>,
    pub form_no: String,
    /// When it reached the centre.
    pub at: Option<DateTime<Utc>>,
}

impl SupportForm {
    /// Refused unless it is in one of the `allowed` states; `step` is the step's word
    /// (`support_step.<step>`), `doing` how the CLI says it.
    fn expect(&self, allowed: &[SupportStatus], step: &str, doing: &str) -> Result<(), OpsError> {
        if allowed.contains(&self.status) {
            return Ok(());
        }
        Err(OpsError::Rule(format!(
            "cannot {doing} support form {}: it is {}",
            self.id, self.status
        ))
        .coded(
            Refusal::new(Code::SupportWrongState)
                .phrase("step", &format!("support_step.{step}"), doing)
                .text("id", self.id)
                .word("status", "support_status", self.status.as_str()),
        ))
    }

    /// A step's time: not ahead of `now`, not before the form arrived.
    fn when(&self, what: &str, at: DateTime<Utc>, now: DateTime<Utc>) -> Result<DateTime<Utc>, OpsError> {
        let at = not_future(what, at, now)?;
        if at < self.received_at {
            return Err(OpsError::Invalid(format!(
                "{what} is before the form reached the centre"
            )));
        }
        Ok(at)
    }

    /// Into the ledger, with the work plan made from the approved form.
    pub fn accept(
        &self,
        actor: &Actor,
        plan: &str,
        at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<SupportForm, OpsError> {
        self.expect(&[SupportStatus::Received], "accept", "accept")?;
        let at = self.when("accepted_at", at, now)?;
        let mut f = self.next(actor, now);
        f.status = SupportStatus::Queued;
        f.accepted_at = Some(at);
        f.accepted_by = Some(actor.login.clone());
        f.plan = text("plan", plan, false, limits::LONG)?;
        Ok(f)
    }

    /// R9: the reply, in a form that can be traced: its channel and its text. It stops the
    /// clock; once.
    pub fn reply(
        &self,
        actor: &Actor,
        channel: ReplyChannel,
        said: &str,
        at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<SupportForm, OpsError> {
        if self.replied_at.is_some() {
            return Err(OpsError::Rule(format!(
                "support form {} was replied to already (by {})",
                self.id,
                self.replied_by.as_deref().unwrap_or("?")
            ))
            .coded(
                Refusal::new(Code::SupportReplied)
                    .text("id", self.id)
                    .text("by", self.replied_by.as_deref().unwrap_or("?")),
            ));
        }
        self.expect(
            &[
                SupportStatus::Received,
                SupportStatus::Queued,
                SupportStatus::InReview,
                SupportStatus::Returned,
                SupportStatus::Passed,
            ],
            "reply",
            "reply to",
        )?;
        let at = self.when("replied_at", at, now)?;
        let mut f = self.next(actor, now);
        f.reply_channel = Some(channel);
        f.reply_text = text("reply", said, true, limits::LONG)?;
        f.replied_at = Some(at);
        f.replied_by = Some(actor.login.clone());
        Ok(f)
    }

    /// R9: an urgent form, with its reason and the general manager's approval, moves the project
    /// ahead of every one without; `queue` is the ledger as it stands (for whom it overtakes).
    pub fn urgent(
        &self,
        actor: &Actor,
        u: &NewUrgent,
        queue: &[SupportForm],
        now: DateTime<Utc>,
    ) -> Result<SupportForm, OpsError> {
        self.expect(
            &[SupportStatus::Queued, SupportStatus::InReview, SupportStatus::Returned],
            "urgent",
            "record an urgent form for",
        )?;
        if self.is_urgent() {
            return Err(OpsError::Rule(format!(
                "support form {} is urgent already (approved by {})",
                self.id, self.urgent_by
            ))
            .coded(
                Refusal::new(Code::SupportUrgentAlready)
                    .text("id", self.id)
                    .text("by", &self.urgent_by),
            ));
        }
        let reason = crate::text::normalize(&u.reason);
        let by = crate::text::normalize(&u.approved_by);
        let mut missing = Vec::new();
        if reason.is_empty() {
            missing.push("its reason (--reason)");
        }
        if by.is_empty() || u.approved_at.is_none() {
            missing.push("the general manager's approval (--approved-by NAME --approved-at TIME)");
        }
        if !missing.is_empty() {
            let what = missing.join(" and ");
            return Err(
                OpsError::Invalid(format!("an urgent form (加急联系单) needs {what} (R9); it is refused")).coded(
                    Refusal::new(Code::SupportUrgentIncomplete).phrase(
                        "missing",
                        if missing.len() == 2 {
                            "support_missing.both"
                        } else if reason.is_empty() {
                            "support_missing.reason"
                        } else {
                            "support_missing.approval"
                        },
                        &what,
                    ),
                ),
            );
        }
        let at = self.when("the urgent form's arrival", u.at.unwrap_or(now), now)?;
        let approved_at = not_future("the general manager's approval", u.approved_at.unwrap_or(at), now)?;
        if approved_at > at {
            return Err(OpsError::Invalid(
                "the general manager approved the urgent form after it reached the centre: it comes approved".into(),
            ));
        }
        let overtook: Vec<Overtaken> = super::overtaken_by(self, queue);
        let mut f = self.next(actor, now);
        f.urgent_reason = text("reason", &reason, true, limits::LONG)?;
        f.urgent_by = name("the general manager", &by, true)?;
        f.urgent_approved_at = Some(approved_at);
        f.urgent_at = Some(at);
        f.urgent_form_no = text("urgent form number", &u.form_no, false, limits::SHORT)?;
        f.overtook = overtook;
        Ok(f)
    }

    /// R9: the proposal sent to the leaders for review. The first round makes the sender its
    /// first author; a returned one is revised by that author alone (or whom a supervisor gave it
    /// to).
    pub fn send_for_review(
        &self,
        actor: &Actor,
        note: &str,
        at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<SupportForm, OpsError> {
        self.expect(
            &[SupportStatus::Queued, SupportStatus::Returned],
            "proposal",
            "send a proposal for",
        )?;
        if let Some(author) = self.author.as_deref().filter(|a| *a != actor.login) {
            return Err(OpsError::Permission(format!(
                "permission denied: the proposal of support form {} is revised by its author {author} (R9); a supervisor may give it to another author: opsdesk support reassign {} --to LOGIN --reason ...",
                self.id, self.id
            ))
            .coded(
                Refusal::new(Code::SupportNotAuthor)
                    .text("id", self.id)
                    .text("author", author),
            ));
        }
        let at = self.when("sent_at", at, now)?;
        if let Some(last) = self.last_round().and_then(|r| r.reviewed_at).filter(|r| at < *r) {
            return Err(OpsError::Invalid(format!(
                "sent_at is before the last review ({})",
                last.format("%Y-%m-%d %H:%M UTC")
            )));
        }
        let mut f = self.next(actor, now);
        f.author.get_or_insert_with(|| actor.login.clone());
        f.rounds.push(Round {
            no: self.rounds.len() as i64 + 1,
            author: actor.login.clone(),
            sent_at: at,
            note: text("note", note, false, limits::LONG)?,
            verdict: None,
            reviewer: String::new(),
            comments: String::new(),
            reviewed_at: None,
            recorded_by: String::new(),
        });
        f.status = SupportStatus::InReview;
        Ok(f)
    }

    /// R9: the leaders' verdict on the round under review; a returned proposal needs their
    /// comments.
    pub fn review(
        &self,
        actor: &Actor,
        verdict: ReviewVerdict,
        reviewer: &str,
        comments: &str,
        at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<SupportForm, OpsError> {
        self.expect(&[SupportStatus::InReview], "review", "review the proposal of")?;
        let comments = text("comments", comments, verdict == ReviewVerdict::Returned, limits::LONG)?;
        let reviewer = name("reviewer", reviewer, true)?;
        let at = self.when("reviewed_at", at, now)?;
        let mut f = self.next(actor, now);
        let round = f
            .rounds
            .last_mut()
            .ok_or_else(|| OpsError::Rule(format!("support form {} has no proposal under review", self.id)))?;
        if at < round.sent_at {
            return Err(OpsError::Invalid("reviewed_at is before the proposal was sent".into()));
        }
        round.verdict = Some(verdict);
        round.reviewer = reviewer;
        round.comments = comments;
        round.reviewed_at = Some(at);
        round.recorded_by = actor.login.clone();
        match verdict {
            ReviewVerdict::Passed => {
                f.status = SupportStatus::Passed;
                f.passed_at = Some(at);
            }
            ReviewVerdict::Returned => f.status = SupportStatus::Returned,
        }
        Ok(f)
    }

    /// R9: a supervisor gives the proposal to another author (the first one left, is away …),
    /// with the reason; recorded.
    pub fn reassign(&self, actor: &Actor, to: &str, reason: &str, now: DateTime<Utc>) -> Result<SupportForm, OpsError> {
        require(actor, Power::ReassignProposal)?;
        self.expect(
            &[SupportStatus::InReview, SupportStatus::Returned],
            "reassign",
            "give another author the proposal of",
        )?;
        let from = self.author.clone().unwrap_or_default();
        let to = crate::domain::directory::check_identifier("the new author (a login)", to)?;
        if to == from {
            return Err(OpsError::Invalid(format!("{to} is the proposal's author already")));
        }
        let mut f = self.next(actor, now);
        f.reassignments.push(Reassignment {
            from,
            to: to.clone(),
            by: actor.login.clone(),
            reason: text("reason", reason, true, limits::LONG)?,
            at: now,
        });
        f.author = Some(to);
        Ok(f)
    }

    /// The project number, once the project is set up (it may be empty while only intended).
    pub fn number(&self, actor: &Actor, no: &str, now: DateTime<Utc>) -> Result<SupportForm, OpsError> {
        self.expect(
            &[
                SupportStatus::Received,
                SupportStatus::Queued,
                SupportStatus::InReview,
                SupportStatus::Returned,
                SupportStatus::Passed,
            ],
            "number",
            "set the project number of",
        )?;
        let mut f = self.next(actor, now);
        f.project_no = text("project number", no, true, limits::SHORT)?;
        Ok(f)
    }

    /// Into the archive: a passed proposal's project, or (a supervisor, with the reason) one
    /// withdrawn or refused.
    pub fn close(
        &self,
        actor: &Actor,
        reason: &str,
        at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<SupportForm, OpsError> {
        let reason = text("reason", reason, false, limits::LONG)?;
        if self.status != SupportStatus::Passed {
            self.expect(
                &[
                    SupportStatus::Received,
                    SupportStatus::Queued,
                    SupportStatus::InReview,
                    SupportStatus::Returned,
                ],
                "close",
                "close",
            )?;
            require(actor, Power::CloseUnfinishedSupport)?;
            if reason.is_empty() {
                return Err(OpsError::Invalid(
                    "say why a form whose proposal has not passed is closed: --reason".into(),
                ));
            }
        }
        let at = self.when("closed_at", at, now)?;
        let mut f = self.next(actor, now);
        f.status = SupportStatus::Closed;
        f.closed_at = Some(at);
        f.close_reason = reason;
        Ok(f)
    }
}
