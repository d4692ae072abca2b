//! Callbacks (SPEC Q7, I12, seed 003 回访): a verified incident, or a delivered request, owes its
//! reporter a call some days later (`[quality] callback_after_days`). The call's result is
//! recorded: not reached (the callback stays owed, the attempt counted), or reached with the
//! reporter's satisfaction (1–5) and remarks. A reporter reached and not satisfied reopens the
//! incident (I12): it is handled again until they are.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::kind::Kind;
use super::role::Actor;
use crate::error::{Code, OpsError, Refusal};
use crate::text::{check_len, normalize};

words!(
    /// Q7: owed, then made.
    CallbackStatus {
        Due = "due",
        Reached = "reached",
    },
    "callback status"
);

/// A callback as stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Callback {
    pub id: i64,
    pub record_kind: Kind,
    pub record_id: i64,
    /// The handling of the record it follows (an incident's episode; 0 for a request).
    pub episode: i64,
    /// Whom to call, and how.
    pub person: String,
    pub contact: String,
    pub due_at: DateTime<Utc>,
    pub status: CallbackStatus,
    /// Calls that did not reach them.
    pub attempts: i64,
    pub reached_at: Option<DateTime<Utc>>,
    pub satisfaction: Option<u8>,
    /// The last call's remarks.
    pub remarks: String,
    pub called_by: String,
    /// I12: the reporter was not satisfied and the record was handled again.
    pub reopened: bool,
    pub created_at: DateTime<Utc>,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
    pub updated_by: String,
}
record!(Callback, crate::domain::kind::Kind::Callback);

/// What the call found.
#[derive(Clone, Debug, PartialEq)]
pub enum CallResult {
    NotReached { remarks: String },
    Reached { satisfaction: u8, remarks: String },
}

impl Callback {
    /// Q7: owed `after_days` after `done_at` (the verification, the delivery).
    pub fn schedule(
        record: (Kind, i64, i64),
        person: &str,
        contact: &str,
        done_at: DateTime<Utc>,
        after_days: u32,
        actor: &Actor,
        now: DateTime<Utc>,
    ) -> Callback {
        Callback {
            id: 0,
            record_kind: record.0,
            record_id: record.1,
            episode: record.2,
            person: normalize(person),
            contact: normalize(contact),
            due_at: done_at + Duration::days(i64::from(after_days)),
            status: CallbackStatus::Due,
            attempts: 0,
            reached_at: None,
            satisfaction: None,
            remarks: String::new(),
            called_by: String::new(),
            reopened: false,
            created_at: now,
            version: 1,
            updated_at: now,
            updated_by: actor.login.clone(),
        }
    }

    /// Q7: record a call. I12: reached and scoring below `satisfied_at_least` is not satisfied:
    /// the remarks say why, and a record that `can_reopen` (an incident) is handled again.
    pub fn record(
        &self,
        actor: &Actor,
        result: &CallResult,
        satisfied_at_least: u8,
        can_reopen: bool,
        now: DateTime<Utc>,
    ) -> Result<Callback, OpsError> {
        if self.status != CallbackStatus::Due {
            return Err(OpsError::Rule(format!(
                "callback {} was made already: {} reached them",
                self.id, self.called_by
            ))
            .coded(
                Refusal::new(Code::CallbackMadeAlready)
                    .text("id", self.id)
                    .text("by", &self.called_by),
            ));
        }
        let mut n = self.clone();
        n.version += 1;
        n.updated_at = now;
        n.updated_by = actor.login.clone();
        n.called_by = actor.login.clone();
        match result {
            CallResult::NotReached { remarks } => {
                n.remarks = normalize(remarks);
                n.attempts += 1;
            }
            CallResult::Reached { satisfaction, remarks } => {
                if !(1..=5).contains(satisfaction) {
                    return Err(OpsError::Invalid(format!(
                        "satisfaction must be 1 to 5, not {satisfaction}"
                    )));
                }
                n.remarks = normalize(remarks);
                n.status = CallbackStatus::Reached;
                n.reached_at = Some(now);
                n.satisfaction = Some(*satisfaction);
                let unsatisfied = *satisfaction < satisfied_at_least;
                n.reopened = unsatisfied && can_reopen;
                if unsatisfied && n.remarks.is_empty() {
                    return Err(OpsError::Invalid(
                        "not satisfied: say why in --remarks, the record is handled again with it (I12)".into(),
                    ));
                }
            }
        }
        check_len("remarks", &n.remarks, 10_000)?;
        Ok(n)
    }
}

#[cfg(test)]
mod tests;
