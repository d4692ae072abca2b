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

/// Who must be told, as the directory says now. Stored with the duty: the history shows whom
/// the desk was told to reach at that moment, even if the directory changes later.
pub fn whom(conn: &Connection, audience: Audience, inc: &Incident) -> Result<String> {
    Ok(match audience {
        Audience::Role(role) => {
            let mut people = users::with_role(conn, role)?;
            // The IT department's own supervisors and manager come first.
            let it = departments::list(conn)?
                .into_iter()
                .find(|d| d.kind == DeptKind::It);
            people.sort_by_key(|u| Some(u.dept_id) != it.as_ref().map(|d| d.id));
            let mut names: Vec<String> = people.iter().map(|u| u.contact().line()).collect();
            if names.is_empty()
                && role == Role::Manager
                && let Some(d) = it.filter(|d| !d.manager.is_empty())
            {
                names.push(d.manager.line());
            }
            if names.is_empty() {
                format!(
                    "{role}: nobody in the directory has this role (opsdesk user add … --role {role})"
                )
            } else {
                format!("{role}: {}", names.join(", "))
            }
        }
        Audience::AllDepartments => {
            let names: Vec<String> = departments::list(conn)?
                .into_iter()
                .filter(|d| d.kind == DeptKind::Business)
                .map(|d| d.name)
                .collect();
            let list = if names.is_empty() {
                "none in the directory yet".to_string()
            } else {
                names.join(", ")
            };
            format!("all business departments ({list}); cc IT staff, supervisors and manager")
        }
        Audience::Affected => {
            let mut parts = Vec::new();
            if !inc.reporter.is_empty() {
                let contact = if inc.contact.is_empty() {
                    String::new()
                } else {
                    format!(" {}", inc.contact)
                };
                parts.push(format!("reporter {}{contact}", inc.reporter));
            }
            if !inc.dept.is_empty() {
                parts.push(format!("users of {}", inc.dept));
            }
            parts.push(format!("users of {}", inc.service));
            format!("affected: {}", parts.join("; "))
        }
    })
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
            let detail = format!(
                "{} ({}): {} — due {}",
                spec.kind.describe(),
                spec.kind.rule(),
                to,
                local_minute(duty.due_at, zone)
            );
            audit::append(
                conn,
                &audit::Entry {
                    record: ("duty", duty.id),
                    subject: ("incident", inc.id),
                    at: now,
                    actor,
                    action: &format!("raise {}", spec.kind.as_str()),
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
pub fn tick(
    conn: &Connection,
    policy: &Policy,
    now: DateTime<Utc>,
    actor: &str,
    zone: Tz,
) -> Result<Vec<Raised>> {
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
