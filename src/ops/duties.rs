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
        if old.record_kind == "change" {
            // A change's notices move the change along: they are recorded on the change.
            return Err(crate::error::rule(format!(
                "duty {id} is a notice of change {}: record it with opsdesk change notify (C5-C7), result (C8) or summary (C9)",
                old.record_id
            )));
        }
        if let Some(v) = if_version.filter(|v| *v != old.version) {
            return Err(conflict(tx, "duty", id, v, old.version, zone));
        }
        complete_in(tx, &old, &actor.login, at, how, now, zone)
    })
}

/// Mark `old` done inside the caller's transaction, with its history row.
pub(crate) fn complete_in(
    conn: &rusqlite::Connection,
    old: &Duty,
    by: &str,
    at: DateTime<Utc>,
    how: &str,
    now: DateTime<Utc>,
    zone: chrono_tz::Tz,
) -> Result<Duty> {
    let new = old.complete(by, at, how, now)?;
    if !duties::update(conn, old, &new)? {
        return Err(conflict(conn, "duty", old.id, old.version, old.version + 1, zone));
    }
    audit::append(
        conn,
        &audit::Entry {
            record: ("duty", old.id),
            subject: (&old.record_kind, old.record_id),
            at: now,
            actor: by,
            action: "done",
            version: Some(new.version),
            changes: &diff(Some(old), &new),
            detail: &new.done_how,
        },
    )?;
    // Whatever of its message has not gone will not: the people were told.
    super::outbox::cancel_for_duty(conn, &new, by, now, zone)?;
    Ok(new)
}

/// Every duty not yet done, earliest due first.
pub fn open(desk: &Desk, limit: usize) -> Result<Vec<Duty>> {
    duties::open(desk.store.conn(), limit)
}
