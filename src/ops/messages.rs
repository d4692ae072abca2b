//! Writing a message: the change and its history row in one go. Below the outbox, so that the
//! duties (which cancel what a done or withdrawn duty's messages no longer need) do not reach up
//! into it.

use crate::store::db::Db;
use anyhow::Result;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::conflict;
use crate::domain::audit::diff;
use crate::domain::duty::Duty;
use crate::domain::kind::Kind;
use crate::domain::message::{Medium, Message};
use crate::error::not_found;
use crate::store::{audit, duties, messages};

/// A message's history row, on the timeline of the record its duty is about.
pub(crate) fn record(
    conn: &dyn Db,
    duty: &Duty,
    old: Option<&Message>,
    new: &Message,
    who: &str,
    action: &str,
    detail: &str,
) -> Result<()> {
    audit::append(
        conn,
        &audit::Entry {
            record: (Kind::Message, new.id),
            subject: (duty.record_kind, duty.record_id),
            at: new.updated_at,
            actor: who,
            action,
            version: Some(new.version),
            changes: &diff(old, new),
            detail,
        },
    )?;
    Ok(())
}

pub(crate) fn duty_of(conn: &dyn Db, m: &Message) -> Result<Duty> {
    duties::get(conn, m.duty_id)?.ok_or_else(|| not_found(format!("message {} has no duty {}", m.id, m.duty_id)))
}

pub(crate) fn load(conn: &dyn Db, id: i64) -> Result<Message> {
    messages::get(conn, id)?.ok_or_else(|| not_found(format!("no message {id}")))
}

pub(crate) fn save(conn: &dyn Db, old: &Message, new: &Message, zone: Tz) -> Result<()> {
    if !messages::update(conn, old, new)? {
        return Err(conflict(
            conn,
            Kind::Message,
            old.id,
            old.version,
            old.version + 1,
            zone,
        ));
    }
    Ok(())
}

/// `e-mail to 3` / `SMS to 2`: who a message reaches, in a few words.
pub(crate) fn reach(m: &Message) -> String {
    let n = m.to.len() + m.cc.len();
    match m.medium {
        Medium::Email => format!("e-mail to {n}"),
        Medium::Sms => format!("SMS to {n}"),
    }
}

/// The duty was done another way (phone, in person), or withdrawn: whatever has not gone will
/// not. `why` goes into each message's history row.
pub(crate) fn cancel_for_duty(
    conn: &dyn Db,
    duty: &Duty,
    by: &str,
    why: &str,
    now: DateTime<Utc>,
    zone: Tz,
) -> Result<()> {
    for old in messages::of_duty(conn, duty.id)? {
        if let Some(new) = old.cancel(by, now) {
            save(conn, &old, &new, zone)?;
            record(conn, duty, Some(&old), &new, by, "message_cancelled", why)?;
        }
    }
    Ok(())
}
