//! Who may take a request's step, and when: its state, its sub-kind and its owner (U4). Each
//! refusal says what to do instead, as text and as a rule code with its arguments.

use chrono_tz::Tz;

use super::{PauseKind, Request, RequestKind, RequestStatus};
use crate::domain::role::{Actor, Power, require};
use crate::domain::time::local_minute;
use crate::error::{Code, OpsError, Refusal};

use RequestStatus as S;

/// The states in which a request is still being handled, before its limit is met.
const IN_HAND: &[RequestStatus] = &[S::AwaitingApproval, S::Received, S::Accepted];

/// A step on a request whose kind, state or the actor decide it before anything is typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Take it, or (a supervisor) give it to another.
    Accept,
    Approve,
    /// R4: the IT manager's decision on the president's approval.
    Decide,
    /// R3: beyond the business department's authority.
    Escalate,
    /// R7: waiting for the requester's material.
    Pause,
    /// R7: the material came.
    Resume,
    Deliver,
    /// R1: the requester's feedback form.
    Confirm,
    Close,
}

impl Request {
    /// Whether `actor` may take `step` on the request as it stands (R1-R7, U4): its sub-kind, its
    /// state, its clock, and who may. The console asks before it opens the step's form; the step
    /// asks the same first, and checks what the form says after. `zone` says a time in the
    /// refusal (since when it is paused).
    pub fn can(&self, step: Step, actor: &Actor, zone: Tz) -> Result<(), OpsError> {
        match step {
            Step::Accept => {
                self.expect(
                    &[
                        S::AwaitingApproval,
                        S::Received,
                        S::Accepted,
                        S::Evaluated,
                        S::Delivered,
                    ],
                    "accept",
                    "accept",
                )?;
                // Owned already: only a supervisor gives it to another (or takes it over).
                match &self.owner {
                    Some(owner) => require(actor, Power::AssignRequest).map_err(|e| {
                        if owner == &actor.login {
                            OpsError::Rule(format!("request {} is already owned by {owner}", self.id)).coded(
                                Refusal::new(Code::RequestAlreadyOwned)
                                    .text("id", self.id)
                                    .text("owner", owner),
                            )
                        } else {
                            e
                        }
                    }),
                    None => Ok(()),
                }
            }
            Step::Approve => self.expect(IN_HAND, "approve", "record an approval of"),
            Step::Decide => {
                self.expect_kind(
                    &[RequestKind::Extraction],
                    "decide",
                    "decide on the president's approval of",
                )?;
                self.expect(IN_HAND, "decide", "decide on the president's approval of")?;
                require(actor, Power::DecideExtraction)
            }
            Step::Escalate => {
                self.expect_kind(&[RequestKind::Account], "escalate", "escalate")?;
                if self.beyond_authority {
                    return Err(OpsError::Rule(format!(
                        "request {} already waits for the leader in charge (R3)",
                        self.id
                    ))
                    .coded(Refusal::new(Code::RequestEscalated).text("id", self.id)));
                }
                self.expect(IN_HAND, "escalate", "escalate")?;
                self.expect_driver(actor)
            }
            Step::Pause => {
                self.expect_driver(actor)?;
                if let Some(p) = self.open_pause() {
                    let since = local_minute(p.from, zone);
                    return Err(OpsError::Rule(format!(
                        "request {} is paused already since {since}: {}",
                        self.id, p.reason
                    ))
                    .coded(
                        Refusal::new(Code::RequestPaused)
                            .text("id", self.id)
                            .text("since", since)
                            .text("reason", &p.reason),
                    ));
                }
                self.expect_clock("pause", "pause")?;
                if !self.clock_running() {
                    return Err(OpsError::Rule(format!(
                        "cannot pause request {}: its clock is not running (it is {})",
                        self.id, self.status
                    ))
                    .coded(Refusal::new(Code::RequestNoClock).text("id", self.id).word(
                        "status",
                        "request_status",
                        self.status.as_str(),
                    )));
                }
                Ok(())
            }
            Step::Resume => {
                self.expect_driver(actor)?;
                let Some(open) = self.open_pause() else {
                    return Err(OpsError::Rule(format!("request {} is not paused", self.id))
                        .coded(Refusal::new(Code::RequestNotPaused).text("id", self.id)));
                };
                if open.kind == PauseKind::Approval {
                    return Err(OpsError::Rule(format!(
                        "request {} waits for the leader in charge's approval (R3): record it with opsdesk request approve {} --role leader --by NAME",
                        self.id, self.id
                    ))
                    .coded(Refusal::new(Code::RequestAwaitsLeader).text("id", self.id)));
                }
                Ok(())
            }
            Step::Deliver => {
                let from: &[RequestStatus] = if self.met_by_evaluation() {
                    &[S::Evaluated]
                } else {
                    &[S::Accepted]
                };
                if !self.met_by_evaluation() {
                    self.expect_clock("deliver", "deliver")?;
                }
                self.expect(from, "deliver", "deliver")?;
                self.expect_driver(actor)
            }
            Step::Confirm => {
                self.expect_kind(&[RequestKind::Requirement], "confirm", "record the feedback form of")?;
                self.expect(&[S::Delivered], "confirm", "record the feedback form of")
            }
            Step::Close => {
                self.expect(
                    &[
                        S::AwaitingApproval,
                        S::Received,
                        S::Accepted,
                        S::Evaluated,
                        S::Delivered,
                        S::Confirmed,
                        S::NewProject,
                    ],
                    "close",
                    "close",
                )?;
                // An unfinished request (withdrawn, refused) is closed by a supervisor.
                if self.finished() {
                    Ok(())
                } else {
                    require(actor, Power::CloseUnfinishedRequest)
                }
            }
        }
    }

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
