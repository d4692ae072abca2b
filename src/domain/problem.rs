//! Problems (SPEC P1, I9): a cause that needs a system change to remove. Its root cause, the
//! workaround meanwhile, the incidents it caused, and the change that fixes it. Life: open → fix
//! planned → fixed → closed. The change's close decides fixed: a change that succeeded fixes the
//! problem; one that failed or was rolled back leaves it open again for another plan.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::role::{Actor, Role};
use crate::error::{Code, OpsError, Refusal};
use crate::text::{check_len, normalize};

words!(
    /// P1, in order.
    ProblemStatus {
        Open = "open",
        FixPlanned = "fix_planned",
        Fixed = "fixed",
        Closed = "closed",
    },
    "problem status"
);

/// Longest accepted text per field, in characters.
const TITLE: usize = 200;
const SHORT: usize = 100;
const LONG: usize = 10_000;

/// A problem as stored. Field names are the JSON and history names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    pub id: i64,
    pub title: String,
    pub service: String,
    pub category: String,
    pub root_cause: String,
    pub workaround: String,
    pub status: ProblemStatus,
    /// Who follows it to the end.
    pub owner: String,
    /// P1: the planned fix.
    pub change_id: Option<i64>,
    pub planned_at: Option<DateTime<Utc>>,
    pub fixed_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    pub close_note: String,
    pub created_at: DateTime<Utc>,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
    pub updated_by: String,
}
record!(Problem, crate::domain::kind::Kind::Problem);

/// What opening a problem takes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NewProblem {
    pub title: String,
    pub service: String,
    pub category: String,
    pub root_cause: String,
    pub workaround: String,
}

/// Changes to a problem's words; `None` leaves a field as it is.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Edit {
    pub title: Option<String>,
    pub root_cause: Option<String>,
    pub workaround: Option<String>,
}

fn text(field: &str, value: &str, max: usize, required: bool) -> Result<String, OpsError> {
    let v = normalize(value);
    if required && v.is_empty() {
        return Err(OpsError::Invalid(format!("{field} is required")));
    }
    check_len(field, &v, max)?;
    Ok(v)
}

/// A step on a problem that its state or the actor's role decides (P1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Plan,
    Close,
}

fn wrong_state(p: &Problem, step: &str, hint: &str) -> OpsError {
    OpsError::Rule(format!("cannot {step} problem {}: it is {}{hint}", p.id, p.status)).coded(
        Refusal::new(Code::ProblemWrongState)
            .text("step", step)
            .text("id", p.id)
            .word("state", "problem_status", p.status.as_str()),
    )
}

impl Problem {
    /// I9, P1: a cause that needs a system change becomes a problem, opened by whoever found it.
    pub fn open(new: &NewProblem, actor: &Actor, now: DateTime<Utc>) -> Result<Problem, OpsError> {
        Ok(Problem {
            id: 0,
            title: text("title", &new.title, TITLE, true)?,
            service: text("service", &new.service, SHORT, false)?,
            category: text("category", &new.category, SHORT, false)?,
            root_cause: text("root cause", &new.root_cause, LONG, true)?,
            workaround: text("workaround", &new.workaround, LONG, false)?,
            status: ProblemStatus::Open,
            owner: actor.login.clone(),
            change_id: None,
            planned_at: None,
            fixed_at: None,
            closed_at: None,
            close_note: String::new(),
            created_at: now,
            version: 1,
            updated_at: now,
            updated_by: actor.login.clone(),
        })
    }

    fn next(&self, actor: &Actor, now: DateTime<Utc>) -> Problem {
        let mut n = self.clone();
        n.version += 1;
        n.updated_at = now;
        n.updated_by = actor.login.clone();
        n
    }

    /// Better words for the cause or the workaround, until the problem is closed.
    pub fn edit(&self, actor: &Actor, e: &Edit, now: DateTime<Utc>) -> Result<Problem, OpsError> {
        if self.status == ProblemStatus::Closed {
            return Err(wrong_state(self, "edit", ""));
        }
        let mut n = self.next(actor, now);
        if let Some(t) = &e.title {
            n.title = text("title", t, TITLE, true)?;
        }
        if let Some(c) = &e.root_cause {
            n.root_cause = text("root cause", c, LONG, true)?;
        }
        if let Some(w) = &e.workaround {
            n.workaround = text("workaround", w, LONG, false)?;
        }
        if n == self.next(actor, now) {
            return Err(OpsError::Invalid("nothing to change".into()));
        }
        Ok(n)
    }

    /// P1: the fix is planned as change `change` (open → fix planned; a new plan replaces one
    /// that came to nothing).
    pub fn plan(&self, actor: &Actor, change: i64, now: DateTime<Utc>) -> Result<Problem, OpsError> {
        self.can(Step::Plan, actor)?;
        let mut n = self.next(actor, now);
        n.status = ProblemStatus::FixPlanned;
        n.change_id = Some(change);
        n.planned_at = Some(now);
        Ok(n)
    }

    /// P1: the planned change closed. `succeeded` fixes the problem; otherwise it is open again,
    /// the change kept in its history.
    pub fn change_closed(&self, actor: &Actor, succeeded: bool, now: DateTime<Utc>) -> Result<Problem, OpsError> {
        if self.status != ProblemStatus::FixPlanned {
            return Err(wrong_state(self, "mark fixed", ""));
        }
        let mut n = self.next(actor, now);
        if succeeded {
            n.status = ProblemStatus::Fixed;
            n.fixed_at = Some(now);
        } else {
            n.status = ProblemStatus::Open;
            n.change_id = None;
            n.planned_at = None;
        }
        Ok(n)
    }

    /// P1: closed once fixed, by a supervisor who checked that the incidents stopped; or closed
    /// unfixed (a duplicate, the system retired) by a supervisor with the reason.
    pub fn close(&self, actor: &Actor, note: &str, now: DateTime<Utc>) -> Result<Problem, OpsError> {
        self.can(Step::Close, actor)?;
        let note = text("note", note, LONG, self.status != ProblemStatus::Fixed)?;
        let mut n = self.next(actor, now);
        n.status = ProblemStatus::Closed;
        n.closed_at = Some(now);
        n.close_note = note;
        Ok(n)
    }

    /// P1, U4: whether `actor` may take `step` on the problem as it stands: planning a fix while
    /// it is open or its plan came to nothing; closing, by a supervisor, until it is closed. The
    /// console asks before it opens the step's form; the step asks again.
    pub fn can(&self, step: Step, actor: &Actor) -> Result<(), OpsError> {
        if step == Step::Plan {
            if !matches!(self.status, ProblemStatus::Open | ProblemStatus::FixPlanned) {
                return Err(wrong_state(self, "plan a fix for", ""));
            }
            return Ok(());
        }
        if actor.role < Role::Supervisor {
            return Err(OpsError::Permission(format!(
                "permission denied: P1: closing a problem needs the supervisor role; {} is {}",
                actor.label(),
                actor.role
            ))
            .coded(
                Refusal::new(Code::RoleNeeded)
                    .phrase("power", "power.close_problem", "closing a problem")
                    .word("need", "role", "supervisor")
                    .text("actor", actor.label())
                    .word("role", "role", actor.role.as_str()),
            ));
        }
        if self.status == ProblemStatus::Closed {
            return Err(wrong_state(self, "close", ""));
        }
        Ok(())
    }

    /// I7 on the problem: of `received` (when each linked incident reached the desk), how many
    /// came after the first one: the times it happened again.
    pub fn recurrences(received: &[DateTime<Utc>]) -> usize {
        received.len().saturating_sub(1)
    }
}

#[cfg(test)]
mod tests;
