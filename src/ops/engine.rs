//! Running the escalation engine against the store: every duty the rules raise is recorded once
//! (the duties table's unique key decides), with a history row naming who must be told.

use anyhow::Result;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rusqlite::Connection;
use serde::Serialize;

use crate::domain::audit::diff;
use crate::domain::directory::DeptKind;
use crate::domain::duty::{Audience, Duty};
use crate::domain::escalation::{Policy, assess, quick_fixed};
use crate::domain::incident::Incident;
use crate::domain::role::Role;
use crate::domain::time::local_minute;
use crate::store::{audit, departments, duties, incidents, users};

/// A duty this engine run recorded.
#[derive(Clone, Debug, Serialize)]
pub struct Raised {
    pub incident_id: i64,
    pub duty: Duty,
}

/// Who must be told, as the directory says now: names and contacts only, so any language can
/// frame them. Stored with the duty: the history shows whom the desk was to reach at that moment,
/// even if the directory changes later. Empty when the directory has nobody for it.
pub fn whom(conn: &Connection, audience: Audience, inc: &Incident) -> Result<String> {
    Ok(match audience {
        Audience::Role(role) => {
            let mut people = users::with_role(conn, role)?;
            // The IT department's own supervisors and manager come first.
            let it = departments::list(conn)?.into_iter().find(|d| d.kind == DeptKind::It);
            people.sort_by_key(|u| Some(u.dept_id) != it.as_ref().map(|d| d.id));
            let mut names: Vec<String> = people.iter().map(|u| u.contact().line()).collect();
            if names.is_empty()
                && role == Role::Manager
                && let Some(d) = it.filter(|d| !d.manager.is_empty())
            {
                names.push(d.manager.line());
            }
            names.join(", ")
        }
        Audience::AllDepartments => departments::list(conn)?
            .into_iter()
            .filter(|d| d.kind == DeptKind::Business)
            .map(|d| d.name)
            .collect::<Vec<_>>()
            .join(", "),
        Audience::Affected => {
            let reporter = [inc.reporter.as_str(), inc.contact.as_str()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
            [reporter.as_str(), inc.dept.as_str(), inc.service.as_str()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join("; ")
        }
    })
}

/// The history's sentence for a raised duty, in English (the CLI's language).
fn raised_sentence(kind: crate::domain::duty::DutyKind, whom: &str, due: &str) -> String {
    let to = match (kind.audience(), whom.is_empty()) {
        (Audience::Role(role), true) => {
            format!("nobody in the directory is {role} (opsdesk user add LOGIN --role {role} ...)")
        }
        (Audience::Role(role), false) => format!("{role}: {whom}"),
        (Audience::AllDepartments, true) => "every business department (none in the directory yet)".into(),
        (Audience::AllDepartments, false) => {
            format!("every business department ({whom}); cc IT staff, supervisors and manager")
        }
        (Audience::Affected, _) => format!("affected: {whom}"),
    };
    format!("{} ({}): {to} - due {due}", kind.describe(), kind.rule())
}

/// Evaluate one incident at `now` and record what became due. Runs inside the caller's
/// transaction, so a step and the change that caused it commit together.
pub fn evaluate(
    conn: &Connection,
    inc: &Incident,
    policy: &Policy,
    now: DateTime<Utc>,
    actor: &str,
    zone: Tz,
) -> Result<Vec<Raised>> {
    let quick = if quick_fixed(inc, policy) {
        incidents::count_quick_fixes(
            conn,
            &inc.service,
            inc.category,
            inc.clock_start - policy.recurrence_window,
            inc.clock_start,
            policy.quick_fix.num_seconds(),
        )?
    } else {
        0
    };
    let assessment = assess(inc, quick, policy, now);
    let mut raised = Vec::new();
    for spec in &assessment.duties {
        let to = whom(conn, spec.kind.audience(), inc)?;
        if let Some(duty) = duties::raise(conn, ("incident", inc.id), spec, &to)? {
            let detail = raised_sentence(spec.kind, &to, &local_minute(duty.due_at, zone));
            audit::append(
                conn,
                &audit::Entry {
                    record: ("duty", duty.id),
                    subject: ("incident", inc.id),
                    at: now,
                    actor,
                    action: &format!("raise {}", spec.kind.as_str()),
                    version: Some(duty.version),
                    changes: &diff(None, &duty),
                    detail: &detail,
                },
            )?;
            raised.push(Raised {
                incident_id: inc.id,
                duty,
            });
        }
    }
    incidents::set_engine_due(conn, inc.id, assessment.wake_at)?;
    Ok(raised)
}

/// One pass over every incident the engine must look at by `now` (`opsdesk tick`, and the
/// console's tick). Safe to run from several processes at once.
pub fn tick(conn: &Connection, policy: &Policy, now: DateTime<Utc>, actor: &str, zone: Tz) -> Result<Vec<Raised>> {
    const BATCH: usize = 500;
    let mut raised = Vec::new();
    loop {
        let due = incidents::engine_due(conn, now, BATCH)?;
        for inc in &due {
            raised.extend(evaluate(conn, inc, policy, now, actor, zone)?);
        }
        if due.len() < BATCH {
            return Ok(raised);
        }
    }
}
