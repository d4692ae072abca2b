//! Who may take an incident's step, and when: its state (I3-I12) and its owner (I4, U4). Each
//! refusal says what to do instead, as text and as a rule code with its arguments.

use super::{Incident, Status};
use crate::domain::role::{Actor, Power, require};
use crate::error::{Code, OpsError, Refusal};

impl Incident {
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
