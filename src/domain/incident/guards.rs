//! Who may take an incident's step, and when: its state (I3-I12) and its owner (I4, U4). Each
//! refusal says what to do instead, as text and as a rule code with its arguments.

use super::{Incident, Status};
use crate::domain::role::{Actor, Power, require};
use crate::error::{Code, OpsError, Refusal};

/// A step on an incident that its state and the actor's role decide before anything is typed:
/// the console asks [`Incident::can`] before it opens the step's form, and the step asks it
/// again inside the write transaction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// I4: the actor takes it (assigning it to someone else is checked by the step itself).
    Accept,
    Contact,
    Restore,
    NameAffected,
    Resolve,
    Verify,
    Close,
    Reopen,
}

impl Step {
    /// The states the step is taken from (I5, I12), its word (`incident_step.<word>`) and how the
    /// CLI says it.
    fn from(self) -> (&'static [Status], &'static str, &'static str) {
        use Status::*;
        match self {
            Step::Accept => (
                &[Reported, Accepted, Diagnosing, Restored, Resolved, Verified],
                "accept",
                "accept",
            ),
            Step::Contact => (
                &[Accepted, Diagnosing, Restored, Resolved],
                "contact",
                "record contact on",
            ),
            Step::Restore => (&[Accepted, Diagnosing], "restore", "restore"),
            Step::NameAffected => (
                &[Reported, Accepted, Diagnosing, Restored, Resolved, Verified],
                "name_affected",
                "name the affected departments of",
            ),
            Step::Resolve => (&[Accepted, Diagnosing, Restored], "resolve", "resolve"),
            Step::Verify => (&[Resolved], "verify", "verify"),
            Step::Close => (&[Verified], "close", "close"),
            Step::Reopen => (&[Restored, Resolved, Verified, Closed], "reopen", "reopen"),
        }
    }
}

impl Incident {
    /// I5, I12, U4: whether `actor` may take `step` on the incident as it stands: its state, then
    /// its owner (only the owner, or a supervisor and above, drive an owned incident; taking one
    /// someone else owns needs a supervisor). The step itself makes this check first.
    pub fn can(&self, step: Step, actor: &Actor) -> Result<(), OpsError> {
        if step == Step::Accept {
            return self.can_accept(actor, &actor.login);
        }
        let (allowed, word, doing) = step.from();
        self.expect_status(allowed, word, doing)?;
        self.expect_driver(actor)
    }

    /// I4, U4: `actor` may make `owner` the incident's owner: not closed, not already theirs, and
    /// a supervisor to assign it to someone else or take it from its owner.
    pub(super) fn can_accept(&self, actor: &Actor, owner: &str) -> Result<(), OpsError> {
        let (allowed, word, doing) = Step::Accept.from();
        self.expect_status(allowed, word, doing)?;
        let takes_from_other = self.owner.as_deref().is_some_and(|o| o != owner);
        if owner != actor.login || takes_from_other {
            require(actor, Power::ReassignIncident)?;
        }
        if self.owner.as_deref() == Some(owner) {
            return Err(
                OpsError::Rule(format!("{} is already owned by {owner}", self.label())).coded(
                    Refusal::new(Code::IncidentAlreadyOwned)
                        .text("id", self.id)
                        .text("owner", owner),
                ),
            );
        }
        Ok(())
    }

    /// Refused unless the incident is in one of the `allowed` states; `step` is the step's word
    /// (`incident_step.<step>`), `doing` how the CLI says it.
    pub(super) fn expect_status(&self, allowed: &[Status], step: &str, doing: &str) -> Result<(), OpsError> {
        if allowed.contains(&self.status) {
            return Ok(());
        }
        let (hint, first) = match self.status {
            Status::Reported => (
                format!("; accept it first: opsdesk incident accept {}", self.id),
                vec![Refusal::new(Code::IncidentAcceptFirst).text("id", self.id)],
            ),
            Status::Closed => (
                format!("; reopen it first: opsdesk incident reopen {} --reason …", self.id),
                vec![Refusal::new(Code::IncidentReopenFirst).text("id", self.id)],
            ),
            _ => (String::new(), Vec::new()),
        };
        Err(
            OpsError::Rule(format!("cannot {doing} {}: it is {}{hint}", self.label(), self.status)).coded(
                Refusal::new(Code::IncidentWrongState)
                    .phrase("step", &format!("incident_step.{step}"), doing)
                    .text("id", self.id)
                    .word("status", "status", self.status.as_str())
                    .parts("hint", first),
            ),
        )
    }

    /// Only the owner, or a supervisor and above, drive an owned incident.
    pub(super) fn expect_driver(&self, actor: &Actor) -> Result<(), OpsError> {
        match &self.owner {
            Some(owner) if owner != &actor.login => require(actor, Power::DriveOthersIncident).map_err(|_| {
                OpsError::Permission(format!(
                    "permission denied: {} is owned by {owner}; only the owner or a supervisor may act on it ({} is {})",
                    self.label(),
                    actor.label(),
                    actor.role
                ))
                .coded(
                    Refusal::new(Code::IncidentNotOwner)
                        .text("id", self.id)
                        .text("owner", owner)
                        .text("actor", actor.label())
                        .word("role", "role", actor.role.as_str()),
                )
            }),
            _ => Ok(()),
        }
    }
}
