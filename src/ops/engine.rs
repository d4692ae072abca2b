//! Running the escalation engine against the store: every duty the rules raise is recorded once
//! (the duties table's unique key decides), with a history row naming who must be told.

use crate::domain::kind::Kind;
use crate::store::db::Db;
use anyhow::Result;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::domain::duty::Duty;
use crate::domain::escalation::{DutySpec, Policy, assess, quick_fixed};
use crate::domain::incident::Incident;
use crate::domain::time::local_minute;
use crate::notify::recipients::Subject;
use crate::store::{duties, incidents};

/// A duty this engine run recorded.
#[derive(Clone, Debug, Serialize)]
pub struct Raised {
    pub incident_id: i64,
    pub duty: Duty,
}

/// Evaluate one incident at `now` and record what became due. Runs inside the caller's
/// transaction, so a step and the change that caused it commit together.
pub fn evaluate(
    conn: &dyn Db,
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
    if inc.restored_at.is_some() {
        withdraw_unreached(conn, inc, &assessment.duties, now, actor, zone)?;
    }
    let mut raised = Vec::new();
    for spec in &assessment.duties {
        if let Some(duty) = super::duties::raise(
            conn,
            (Kind::Incident, inc.id),
            Subject::Incident(inc),
            spec,
            actor,
            now,
            zone,
        )? {
            raised.push(Raised {
                incident_id: inc.id,
                duty,
            });
        }
    }
    incidents::set_engine_due(conn, inc.id, assessment.wake_at)?;
    Ok(raised)
}

/// I6, I8: once the restoration is recorded, a step whose moment it came before was never
/// reached (an incident recorded after the fact, or restored with an earlier `--at`). Its open
/// duty is withdrawn with the reason, and its message cancelled if it has not gone; a duty already
/// done stays done.
fn withdraw_unreached(
    conn: &dyn Db,
    inc: &Incident,
    owed: &[DutySpec],
    now: DateTime<Utc>,
    actor: &str,
    zone: Tz,
) -> Result<()> {
    let Some(restored) = inc.restored_at else {
        return Ok(());
    };
    for d in duties::of_record(conn, Kind::Incident, inc.id)? {
        let still_owed = owed.iter().any(|s| s.kind == d.kind && s.episode == d.episode);
        if d.episode != inc.episode || d.done_at.is_some() || still_owed {
            continue;
        }
        let reason = format!(
            "withdrawn: the service was restored at {}, before this step was reached at {} ({})",
            local_minute(restored, zone),
            local_minute(d.raised_at, zone),
            d.kind.rule()
        );
        super::duties::withdraw_in(conn, &d, actor, &reason, now, zone)?;
    }
    Ok(())
}

/// One pass over every incident the engine must look at by `now` (`opsdesk tick`, and the
/// console's tick). Safe to run from several processes at once.
pub fn tick(conn: &dyn Db, policy: &Policy, now: DateTime<Utc>, actor: &str, zone: Tz) -> Result<Vec<Raised>> {
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
