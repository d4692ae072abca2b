//! People and what they may do (SPEC U1, U2, U4). The checks live here so that every front end
//! (CLI, console, a script) is refused the same way; hiding a key is never the only guard.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::{Code, OpsError, Refusal};

/// U1, lowest to highest. The order matters: `Role::Manager >= Role::Supervisor`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Operator,
    Supervisor,
    Manager,
    Leader,
    Admin,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Operator,
        Role::Supervisor,
        Role::Manager,
        Role::Leader,
        Role::Admin,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Operator => "operator",
            Role::Supervisor => "supervisor",
            Role::Manager => "manager",
            Role::Leader => "leader",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Result<Role, OpsError> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s.trim().to_ascii_lowercase())
            .ok_or_else(|| {
                OpsError::Invalid(format!(
                    "unknown role {s:?}: use operator, supervisor, manager, leader or admin"
                ))
            })
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The person behind a command: resolved from the process's real uid (U2), never from a flag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    pub login: String,
    pub name: String,
    pub role: Role,
}

impl Actor {
    /// `李雷 (lilei)`: how history and messages name a person.
    pub fn label(&self) -> String {
        if self.name.is_empty() || self.name == self.login {
            self.login.clone()
        } else {
            format!("{} ({})", self.name, self.login)
        }
    }
}

/// Things a role may or may not do. Each names the least role that may.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Power {
    /// Add users and departments, change roles (U2, U3).
    ManageDirectory,
    /// Take over or assign an incident another operator owns.
    ReassignIncident,
    /// Drive an incident someone else owns (restore, resolve, close …).
    DriveOthersIncident,
    /// Replace the whole desk with a backup: everyone's work since is gone.
    RestoreDesk,
    /// Copy the whole desk, history and all, to another engine (`migrate --to`, issue 20).
    MoveDesk,
    /// Take over or assign a service request another person owns (R1-R5).
    AssignRequest,
    /// Act on a service request someone else owns.
    DriveOthersRequest,
    /// R4: decide whether the president must approve a data extraction (the IT manager).
    DecideExtraction,
    /// Close a service request that is not finished (withdrawn, refused).
    CloseUnfinishedRequest,
    /// R9: give a proposal to another author than its first.
    ReassignProposal,
    /// R9: close a contact form whose proposal has not passed.
    CloseUnfinishedSupport,
    /// R6: record another person's training hours.
    RecordOthersTraining,
    /// I14, E2: declare a major incident, stand its response down, record its review.
    DeclareMajor,
    /// E1: write and revise emergency plans, schedule and record drills.
    WritePlan,
    /// E1: approve or retire an emergency plan.
    ApprovePlan,
    /// I13: bring a ledger kept elsewhere into the desk as incidents.
    ImportLedger,
    /// Q5, Q6: draw a quality sample, issue and close corrective notices.
    IssueCorrective,
    /// Q1: send the daily or weekly work report through the outbox.
    SendWorkReport,
}

impl Power {
    pub fn least_role(self) -> Role {
        match self {
            Power::ManageDirectory | Power::RestoreDesk | Power::MoveDesk => Role::Admin,
            Power::ReassignIncident
            | Power::DriveOthersIncident
            | Power::AssignRequest
            | Power::DriveOthersRequest
            | Power::CloseUnfinishedRequest
            | Power::ReassignProposal
            | Power::CloseUnfinishedSupport
            | Power::RecordOthersTraining
            | Power::DeclareMajor
            | Power::WritePlan
            | Power::ImportLedger
            | Power::IssueCorrective
            | Power::SendWorkReport => Role::Supervisor,
            Power::DecideExtraction | Power::ApprovePlan => Role::Manager,
        }
    }

    /// Its word in the console's tables (`power.<word>`).
    fn word(self) -> &'static str {
        match self {
            Power::ManageDirectory => "manage_directory",
            Power::ReassignIncident => "reassign_incident",
            Power::DriveOthersIncident => "drive_others_incident",
            Power::RestoreDesk => "restore_desk",
            Power::MoveDesk => "move_desk",
            Power::AssignRequest => "assign_request",
            Power::DriveOthersRequest => "drive_others_request",
            Power::DecideExtraction => "decide_extraction",
            Power::CloseUnfinishedRequest => "close_unfinished_request",
            Power::ReassignProposal => "reassign_proposal",
            Power::CloseUnfinishedSupport => "close_unfinished_support",
            Power::RecordOthersTraining => "record_others_training",
            Power::DeclareMajor => "declare_major",
            Power::WritePlan => "write_plan",
            Power::ApprovePlan => "approve_plan",
            Power::ImportLedger => "import_ledger",
            Power::IssueCorrective => "issue_corrective",
            Power::SendWorkReport => "send_work_report",
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Power::ManageDirectory => "managing users and departments",
            Power::ReassignIncident => "taking over or assigning an incident someone else owns",
            Power::DriveOthersIncident => "acting on an incident someone else owns",
            Power::RestoreDesk => "restoring the desk from a backup",
            Power::MoveDesk => "copying the whole desk to another engine",
            Power::AssignRequest => "taking over or assigning a request someone else owns",
            Power::DriveOthersRequest => "acting on a request someone else owns",
            Power::DecideExtraction => "deciding whether the president must approve a data extraction (R4)",
            Power::CloseUnfinishedRequest => "closing a request that is not finished",
            Power::ReassignProposal => "giving a proposal to another author (R9)",
            Power::CloseUnfinishedSupport => "closing a contact form whose proposal has not passed",
            Power::RecordOthersTraining => "recording another person's training hours (R6)",
            Power::DeclareMajor => {
                "declaring a major incident, standing its response down and recording its review (I14, E2)"
            }
            Power::WritePlan => "writing emergency plans and recording their drills (E1)",
            Power::ApprovePlan => "approving or retiring an emergency plan (E1)",
            Power::ImportLedger => "importing a ledger of incidents (I13)",
            Power::IssueCorrective => "drawing quality samples and issuing or closing corrective notices (Q5, Q6)",
            Power::SendWorkReport => "sending the daily or weekly work report (Q1)",
        }
    }
}

/// U4: refuse, with a message saying what was needed, unless the actor's role is high enough.
pub fn require(actor: &Actor, power: Power) -> Result<(), OpsError> {
    let need = power.least_role();
    if actor.role >= need {
        Ok(())
    } else {
        Err(OpsError::Permission(format!(
            "permission denied: {} needs the {need} role; {} is {}",
            power.describe(),
            actor.label(),
            actor.role
        ))
        .coded(
            Refusal::new(Code::RoleNeeded)
                .phrase("power", &format!("power.{}", power.word()), power.describe())
                .word("need", "role", need.as_str())
                .text("actor", actor.label())
                .word("role", "role", actor.role.as_str()),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(role: Role) -> Actor {
        Actor {
            login: "li".into(),
            name: "李雷".into(),
            role,
        }
    }

    #[test]
    fn u1_roles_are_ordered_lowest_to_highest() {
        let mut sorted = Role::ALL;
        sorted.sort();
        assert_eq!(sorted, Role::ALL);
        assert!(Role::Manager > Role::Supervisor);
    }

    #[test]
    fn u4_only_admin_manages_the_directory_restores_or_moves_the_desk() {
        let cases = [
            (Role::Operator, false),
            (Role::Supervisor, false),
            (Role::Manager, false),
            (Role::Leader, false),
            (Role::Admin, true),
        ];
        for power in [Power::ManageDirectory, Power::RestoreDesk, Power::MoveDesk] {
            for (role, allowed) in cases {
                assert_eq!(require(&actor(role), power).is_ok(), allowed, "{power:?} by {role}");
            }
        }
    }

    #[test]
    fn u4_supervisor_and_above_take_over_incidents() {
        let cases = [
            (Role::Operator, false),
            (Role::Supervisor, true),
            (Role::Manager, true),
            (Role::Admin, true),
        ];
        for (role, allowed) in cases {
            assert_eq!(
                require(&actor(role), Power::ReassignIncident).is_ok(),
                allowed,
                "{role}"
            );
        }
    }

    #[test]
    fn u4_refusal_names_the_role_needed() {
        let err = require(&actor(Role::Operator), Power::ManageDirectory).unwrap_err();
        assert_eq!(err.exit_code(), 5);
        assert!(err.message().contains("needs the admin role"));
        assert!(err.message().contains("李雷 (li) is operator"));
    }

    #[test]
    fn u1_role_names_parse() {
        assert_eq!(Role::parse("Supervisor").unwrap(), Role::Supervisor);
        assert!(Role::parse("president").is_err());
    }
}
