//! Which of a change's steps its state allows (C9, C10), asked before anything is typed: the
//! console asks [`Change::can`] before it opens the step's form, and each step asks it again
//! inside the write transaction.

use super::{Change, ChangeStatus};
use crate::error::{Code, OpsError, Refusal};

/// A step on a change whose state decides it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Plan,
    ConfirmTest,
    Schedule,
    /// C5-C7: a notice recorded (C7's moves the change on; the others only their duty).
    Notify,
    Start,
    Finish,
    Result,
    Summary,
    Close,
}

impl Change {
    /// C10 (and C7 before a start, C9 before a summary): whether `step` can be taken on the
    /// change as it stands. What the step's form says (the window, the times, an override) is
    /// checked by the step itself after this.
    pub fn can(&self, step: Step) -> Result<(), OpsError> {
        use ChangeStatus::*;
        match step {
            Step::Plan => self.expect(&[Draft, Planned, TestConfirmed], "plan", "plan"),
            Step::ConfirmTest => self.expect(&[Planned], "confirm_test", "record the test confirmation of"),
            Step::Schedule => self.expect(&[Planned, TestConfirmed], "schedule", "schedule"),
            Step::Notify => self.expect(
                &[Scheduled, Notified, Executing],
                "notify",
                "record the change notice of",
            ),
            Step::Start => {
                if self.status == Scheduled {
                    return Err(OpsError::Rule(format!(
                        "C7: the change notice of change {} has not gone out; record it first (opsdesk change notify {} --notice c7 --channel email)",
                        self.id, self.id
                    ))
                    .coded(Refusal::new(Code::ChangeC7NotNotified).text("id", self.id)));
                }
                self.expect(&[Notified], "start", "start")
            }
            Step::Finish => self.expect(&[Executing], "finish", "finish"),
            Step::Result => self.expect(&[Done], "result", "announce the result of"),
            Step::Summary => {
                self.expect(&[ResultAnnounced], "summary", "send the summary of")?;
                if !self.complex {
                    return Err(OpsError::Rule(format!(
                        "C9: change {} is not marked complex or wide; it needs no summary report",
                        self.id
                    ))
                    .coded(Refusal::new(Code::ChangeC9NotComplex).text("id", self.id)));
                }
                Ok(())
            }
            Step::Close => {
                let allowed: &[ChangeStatus] = if self.complex {
                    &[SummarySent]
                } else {
                    &[ResultAnnounced]
                };
                self.expect(allowed, "close", "close")
            }
        }
    }
}
