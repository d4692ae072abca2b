//! Corrective notices (SPEC Q6, seeds 000 and 003 整改通知): a department below standard is told
//! what was found, the measures to take, who is responsible, by when, and the effect expected;
//! the desk follows it up until done. Life: issued → followed up → closed. A follow-up that finds
//! the measures not done yet sets a new due date and starts another round (the follow-up duty's
//! episode), so nothing is closed on a promise.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::role::{Actor, Power, require};
use crate::error::{Code, OpsError, Refusal};
use crate::text::{check_len, normalize};

words!(
    /// Q6, in order.
    CorrectiveStatus {
        Issued = "issued",
        FollowedUp = "followed_up",
        Closed = "closed",
    },
    "corrective status"
);

const SHORT: usize = 100;
const LONG: usize = 10_000;

/// A corrective notice as stored. Field names are the JSON and history names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Corrective {
    pub id: i64,
    /// The department's code (`opsdesk dept list`).
    pub dept: String,
    pub findings: String,
    pub measures: String,
    /// The person in the department who answers for the measures.
    pub responsible: String,
    /// When the measures must be done: the follow-up duty's deadline.
    pub due_at: DateTime<Utc>,
    pub expected_effect: String,
    /// Where it came from ("sample 3, incident 12"), empty when issued directly.
    pub source: String,
    pub status: CorrectiveStatus,
    /// The follow-up round: 0 at issue, +1 each time a follow-up finds it not done.
    pub round: i64,
    pub issued_by: String,
    /// The last follow-up's words, when and by whom.
    pub follow_up: String,
    pub followed_up_at: Option<DateTime<Utc>>,
    pub followed_up_by: String,
    pub closed_at: Option<DateTime<Utc>>,
    pub close_note: String,
    pub created_at: DateTime<Utc>,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
    pub updated_by: String,
}
record!(Corrective, crate::domain::kind::Kind::Corrective);

/// What issuing a notice takes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NewCorrective {
    pub dept: String,
    pub findings: String,
    pub measures: String,
    pub responsible: String,
    pub due_at: Option<DateTime<Utc>>,
    pub expected_effect: String,
    pub source: String,
}

/// What a follow-up found.
#[derive(Clone, Debug, PartialEq)]
pub enum FollowUp {
    /// The measures are done and the effect is there.
    Done { text: String },
    /// Not done yet: another round, due then.
    NotDone { text: String, next_due: DateTime<Utc> },
}

fn text(field: &str, value: &str, max: usize, required: bool) -> Result<String, OpsError> {
    let v = normalize(value);
    if required && v.is_empty() {
        return Err(OpsError::Invalid(format!("{field} is required")));
    }
    check_len(field, &v, max)?;
    Ok(v)
}

fn wrong_state(c: &Corrective, step: &str) -> OpsError {
    OpsError::Rule(format!("cannot {step} corrective notice {}: it is {}", c.id, c.status)).coded(
        Refusal::new(Code::CorrectiveWrongState)
            .text("step", step)
            .text("id", c.id)
            .word("state", "corrective_status", c.status.as_str()),
    )
}

fn future(what: &str, due: DateTime<Utc>, now: DateTime<Utc>) -> Result<DateTime<Utc>, OpsError> {
    if due <= now {
        return Err(OpsError::Invalid(format!(
            "{what} must be after now: a notice is followed up by a date still to come"
        )));
    }
    Ok(due)
}

impl Corrective {
    /// Q6: a supervisor (or above) issues the notice, every part of it stated.
    pub fn issue(new: &NewCorrective, actor: &Actor, now: DateTime<Utc>) -> Result<Corrective, OpsError> {
        require(actor, Power::IssueCorrective)?;
        let due = new
            .due_at
            .ok_or_else(|| OpsError::Invalid("due date is required".into()))?;
        Ok(Corrective {
            id: 0,
            dept: text("department", &new.dept, SHORT, true)?,
            findings: text("findings", &new.findings, LONG, true)?,
            measures: text("measures", &new.measures, LONG, true)?,
            responsible: text("responsible person", &new.responsible, SHORT, true)?,
            due_at: future("due date", due, now)?,
            expected_effect: text("expected effect", &new.expected_effect, LONG, true)?,
            source: text("source", &new.source, SHORT, false)?,
            status: CorrectiveStatus::Issued,
            round: 0,
            issued_by: actor.login.clone(),
            follow_up: String::new(),
            followed_up_at: None,
            followed_up_by: String::new(),
            closed_at: None,
            close_note: String::new(),
            created_at: now,
            version: 1,
            updated_at: now,
            updated_by: actor.login.clone(),
        })
    }

    fn next(&self, actor: &Actor, now: DateTime<Utc>) -> Corrective {
        let mut n = self.clone();
        n.version += 1;
        n.updated_at = now;
        n.updated_by = actor.login.clone();
        n
    }

    /// Q6: the follow-up, by anyone on the desk who checked with the department: done, or not
    /// yet with a new due date (another round).
    pub fn follow_up(&self, actor: &Actor, f: &FollowUp, now: DateTime<Utc>) -> Result<Corrective, OpsError> {
        if self.status != CorrectiveStatus::Issued {
            return Err(wrong_state(self, "follow up"));
        }
        let mut n = self.next(actor, now);
        n.followed_up_at = Some(now);
        n.followed_up_by = actor.login.clone();
        match f {
            FollowUp::Done { text: t } => {
                n.follow_up = text("follow-up", t, LONG, true)?;
                n.status = CorrectiveStatus::FollowedUp;
            }
            FollowUp::NotDone { text: t, next_due } => {
                n.follow_up = text("follow-up", t, LONG, true)?;
                n.due_at = future("next due date", *next_due, now)?;
                n.round += 1;
            }
        }
        Ok(n)
    }

    /// Q6: closed by a supervisor once the follow-up found it done; closed before that only with
    /// the reason (the department merged away, the notice issued in error).
    pub fn close(&self, actor: &Actor, note: &str, now: DateTime<Utc>) -> Result<Corrective, OpsError> {
        require(actor, Power::IssueCorrective)?;
        if self.status == CorrectiveStatus::Closed {
            return Err(wrong_state(self, "close"));
        }
        let note = text("note", note, LONG, self.status != CorrectiveStatus::FollowedUp)?;
        let mut n = self.next(actor, now);
        n.status = CorrectiveStatus::Closed;
        n.closed_at = Some(now);
        n.close_note = note;
        Ok(n)
    }

    /// The follow-up is still owed.
    pub fn awaits_follow_up(&self) -> bool {
        self.status == CorrectiveStatus::Issued
    }
}

#[cfg(test)]
mod tests;
