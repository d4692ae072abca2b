//! Duties: marking one done (who, when, how), and listing what is open.

use anyhow::Result;
use chrono::{DateTime, Utc};

use super::{Call, Desk, conflict};
use crate::domain::audit::diff;
use crate::domain::duty::Duty;
use crate::error::not_found;
use crate::store::{audit, duties};

/// Record that a duty was done: "told manager Wang by phone". Anyone on the desk may: the person
/// who made the call records it.
pub fn complete(desk: &mut Desk, call: &Call, id: i64, at: DateTime<Utc>, how: &str) -> Result<Duty> {
    let Call { actor, if_version, now } = *call;
    let zone = desk.zone();
    desk.store.write(|tx| {
        let old = duties::get(tx, id)?.ok_or_else(|| not_found(format!("no duty {id}")))?;
        if let Some(v) = if_version.filter(|v| *v != old.version) {
            return Err(conflict(tx, "duty", id, v, old.version, zone));
        }
        let new = old.complete(&actor.login, at, how, now)?;
        if !duties::update(tx, &old, &new)? {
            return Err(conflict(tx, "duty", id, old.version, old.version + 1, zone));
        }
        audit::append(
            tx,
            &audit::Entry {
                record: ("duty", id),
                subject: (&old.record_kind, old.record_id),
                at: now,
                actor: &actor.login,
                action: "done",
                version: Some(new.version),
                changes: &diff(Some(&old), &new),
                detail: &new.done_how,
            },
        )?;
        Ok(new)
    })
}

/// Every duty not yet done, earliest due first.
pub fn open(desk: &Desk, limit: usize) -> Result<Vec<Duty>> {
    duties::open(desk.store.conn(), limit)
}
