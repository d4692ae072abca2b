//! Who may take a request's step, and when: its state, its sub-kind and its owner (U4). Each
//! refusal says what to do instead, as text and as a rule code with its arguments.

use super::{Request, RequestKind, RequestStatus};
use crate::domain::role::{Actor, Power, require};
use crate::error::{Code, OpsError, Refusal};

impl Request {
    /// Refused unless the request is in one of the `allowed` states; `step` is the step's word
    /// (`request_step.<step>`), `doing` how the CLI says it.
    pub(crate) fn expect(&self, allowed: &[RequestStatus], step: &str, doing: &str) -> Result<(), OpsError> {
        if allowed.contains(&self.status) && !(self.paused_since.is_some() && blocked_by_pause(step)) {
            return Ok(());
        }
        let (hint, first) = if self.paused_since.is_some() && allowed.contains(&self.status) {
            (
                format!("; it is paused: resume it first: opsdesk request resume {}", self.id),
                vec![Refusal::new(Code::RequestResumeFirst).text("id", self.id)],
            )
        } else if self.status == RequestStatus::Received && allowed.contains(&RequestStatus::Accepted) {
            (
                format!("; accept it first: opsdesk request accept {}", self.id),
                vec![Refusal::new(Code::RequestAcceptFirst).text("id", self.id)],
            )
        } else {
            (String::new(), Vec::new())
        };
        Err(OpsError::Rule(format!(
            "cannot {doing} request {}: it is {}{hint}",
            self.id, self.status
        ))
        .coded(
            Refusal::new(Code::RequestWrongState)
                .phrase("step", &format!("request_step.{step}"), doing)
                .text("id", self.id)
                .word("status", "request_status", self.status.as_str())
                .parts("hint", first),
        ))
    }

    /// Refused unless it is one of `kinds`.
    pub(crate) fn expect_kind(&self, kinds: &[RequestKind], step: &str, doing: &str) -> Result<(), OpsError> {
        if kinds.contains(&self.kind) {
            return Ok(());
        }
        let wanted: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
        Err(OpsError::Rule(format!(
            "cannot {doing} request {}: it is a {} request ({}), and this step is for {} requests",
            self.id,
            self.kind,
            self.kind.rule(),
            wanted.join(" or ")
        ))
        .coded(
            Refusal::new(Code::RequestWrongKind)
                .phrase("step", &format!("request_step.{step}"), doing)
                .text("id", self.id)
                .word("kind", "request_kind", self.kind.as_str())
                .text("rule", self.kind.rule())
                .any_of("wanted", "request_kind", wanted),
        ))
    }

    /// Only the owner, or a supervisor and above, drive an owned request (U4).
    pub(crate) fn expect_driver(&self, actor: &Actor) -> Result<(), OpsError> {
        match &self.owner {
            Some(owner) if owner != &actor.login => require(actor, Power::DriveOthersRequest).map_err(|_| {
                OpsError::Permission(format!(
                    "permission denied: request {} is owned by {owner}; only the owner or a supervisor may act on it ({} is {})",
                    self.id,
                    actor.label(),
                    actor.role
                ))
                .coded(
                    Refusal::new(Code::RequestNotOwner)
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

/// The steps a pause stands in the way of: what meets the limit, and R3's escalation (which
/// would leave the leader's wait to a resume).
fn blocked_by_pause(step: &str) -> bool {
    matches!(step, "evaluate" | "deliver" | "escalate")
}
