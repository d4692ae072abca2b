//! Which of a run's steps its state and the actor's role allow (B7, B8), asked before anything
//! is typed: the console asks [`Run::can`] before it opens the step's form or confirmation, and
//! each step asks it again inside the write transaction.

use super::{Run, RunState};
use crate::domain::role::{Actor, Role};
use crate::error::{Code, OpsError, Refusal};

/// A step on a run whose state or the actor's role decides it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// B3, B4: perform or review a checklist item.
    Check,
    Submit,
    Confirm,
    Dispute,
    Rollback,
    Retry,
}

impl Run {
    /// Whether `actor` may take `step` on the run as it stands: B7 and B8 need a supervisor, each
    /// step its states. What the step's form says (the item, the reason) is checked after this.
    pub fn can(&self, step: Step, actor: &Actor) -> Result<(), OpsError> {
        use RunState::*;
        match step {
            Step::Check => self.checking(),
            Step::Submit => self.expect(&[ChecksDone], "submit", "submit"),
            Step::Confirm => {
                if actor.role < Role::Supervisor {
                    return Err(OpsError::Permission(format!(
                        "permission denied: B7: only a supervisor or above confirms a run and publishes its results; {} is {}",
                        actor.label(),
                        actor.role
                    ))
                    .coded(Refusal::new(Code::RunB7NeedsRole).text("actor", actor.label()).word(
                        "role",
                        "role",
                        actor.role.as_str(),
                    )));
                }
                if self.state != AwaitingSupervisor {
                    return Err(OpsError::Rule(format!(
                        "B7: run {} is {}; results are published only after it is submitted and a supervisor confirms it",
                        self.id, self.state
                    ))
                    .coded(Refusal::new(Code::RunB7NotSubmitted).text("id", self.id).word(
                        "state",
                        "run_state",
                        self.state.as_str(),
                    )));
                }
                Ok(())
            }
            Step::Dispute => {
                if actor.role < Role::Supervisor {
                    return Err(OpsError::Permission(format!(
                        "permission denied: B8: a supervisor questions a run's result; {} is {}",
                        actor.label(),
                        actor.role
                    ))
                    .coded(Refusal::new(Code::RunB8NeedsRole).text("actor", actor.label()).word(
                        "role",
                        "role",
                        actor.role.as_str(),
                    )));
                }
                self.expect(&[AwaitingSupervisor, Published, ChecksDone], "dispute", "dispute")
            }
            Step::Rollback => self.expect(&[Disputed], "rollback", "roll back"),
            Step::Retry => self.expect(&[RolledBack], "retry", "run again"),
        }
    }
}
