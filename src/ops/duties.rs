//! Duties: marking one done (who, when, how), and listing what is open.

use crate::domain::kind::Kind;
use crate::store::db::Db;
use anyhow::Result;
use chrono_tz::Tz;

use crate::domain::duty::{Audience, DutyKind};
use crate::domain::escalation::DutySpec;
use crate::domain::time::local_minute;
use crate::notify::recipients::{self, Subject};

use chrono::{DateTime, Utc};

use super::{Call, Desk, Writes, conflict};
use crate::domain::audit::diff;
use crate::domain::duty::Duty;
use crate::error::{Code, Refusal, not_found};
use crate::store::{audit, duties};

/// Record that a duty was done: "told manager Wang by phone". Anyone on the desk may: the person
/// who made the call records it.
pub fn complete(desk: &mut impl Writes, call: &Call, id: i64, at: DateTime<Utc>, how: &str) -> Result<Duty> {
    let Call { actor, if_version, now } = *call;
    let zone = desk.zone();
    desk.write_db_as(actor, |tx, actor| {
        let old = duties::get(tx, id)?.ok_or_else(|| not_found(format!("no duty {id}")))?;
        if old.record_kind == Kind::Change {
            // A change's notices move the change along: they are recorded on the change.
            return Err(crate::error::OpsError::Rule(format!(
                "duty {id} is a notice of change {}: record it with opsdesk change notify (C5-C7), result (C8) or summary (C9)",
                old.record_id
            ))
            .coded(
                Refusal::new(Code::DutyChangeNotice)
                    .text("id", id)
                    .text("change", old.record_id),
            )
            .into());
        }
        if old.kind.closed_by_its_record() {
            // A request's limit is met by its own step, an account's removal by removing it.
            let how = format!(
                "see {} {} (opsdesk {})",
                old.record_kind,
                old.record_id,
                old.record_kind.show_command(old.record_id)
            );
            return Err(crate::error::OpsError::Rule(format!(
                "duty {id} is closed by its record's step, not by hand: {how}"
            ))
            .coded(Refusal::new(Code::DutyByItsRecord).text("id", id).text("how", how))
            .into());
        }
        if let Some(v) = if_version.filter(|v| *v != old.version) {
            return Err(conflict(tx, Kind::Duty, id, v, old.version, zone));
        }
        complete_in(tx, &old, &actor.login, at, how, now, zone)
    })
}

/// Mark `old` done inside the caller's transaction, with its history row.
pub(crate) fn complete_in(
    conn: &dyn Db,
    old: &Duty,
    by: &str,
    at: DateTime<Utc>,
    how: &str,
    now: DateTime<Utc>,
    zone: chrono_tz::Tz,
) -> Result<Duty> {
    let new = old.complete(by, at, how, now)?;
    // Whatever of its message has not gone will not: the people were told.
    close_in(
        conn,
        old,
        &new,
        by,
        "done",
        "the people were told another way",
        now,
        zone,
    )?;
    Ok(new)
}

/// Withdraw `old`, no longer owed, inside the caller's transaction: its history row says why, and
/// whatever of its message has not gone is cancelled. `None` when it was closed already.
pub(crate) fn withdraw_in(
    conn: &dyn Db,
    old: &Duty,
    by: &str,
    reason: &str,
    now: DateTime<Utc>,
    zone: chrono_tz::Tz,
) -> Result<Option<Duty>> {
    let Some(new) = old.withdraw(by, reason, now) else {
        return Ok(None);
    };
    close_in(conn, old, &new, by, "withdraw", reason, now, zone)?;
    Ok(Some(new))
}

/// Write a duty's closing (`new`, done or withdrawn) over `old` with its history row, and cancel
/// what of its message has not gone, saying `why`.
#[allow(clippy::too_many_arguments)]
fn close_in(
    conn: &dyn Db,
    old: &Duty,
    new: &Duty,
    by: &str,
    action: &str,
    why: &str,
    now: DateTime<Utc>,
    zone: chrono_tz::Tz,
) -> Result<()> {
    if !duties::update(conn, old, new)? {
        return Err(conflict(conn, Kind::Duty, old.id, old.version, old.version + 1, zone));
    }
    audit::append(
        conn,
        &audit::Entry {
            record: (Kind::Duty, old.id),
            subject: (old.record_kind, old.record_id),
            at: now,
            actor: by,
            action,
            version: Some(new.version),
            changes: &diff(Some(old), new),
            detail: &new.done_how,
        },
    )?;
    super::messages::cancel_for_duty(conn, new, by, why, now, zone)
}

/// The record duty `id` belongs to; `None` when there is no such duty.
pub fn record_of(desk: &mut impl Writes, id: i64) -> Result<Option<(crate::domain::kind::Kind, i64)>> {
    Ok(desk
        .read_db(|db| duties::get(db, id))?
        .map(|d| (d.record_kind, d.record_id)))
}

/// Every duty not yet done, earliest due first.
pub fn open(desk: &Desk, limit: usize) -> Result<Vec<Duty>> {
    duties::open(desk.store.conn(), limit)
}

/// An open duty, and whether a message of it waits for review close to its deadline (issue 21:
/// a draft nobody approves must not miss its deadline unseen).
#[derive(Clone, Debug, PartialEq)]
pub struct OpenDuty {
    pub duty: Duty,
    pub review_urgent: bool,
}

/// [`open`], each with its review flag at `now`.
pub fn open_with_review(desk: &mut impl Writes, limit: usize, now: DateTime<Utc>) -> Result<Vec<OpenDuty>> {
    let lead = review_lead(desk.config());
    desk.read_db(|tx| {
        let list = duties::open(tx, limit)?;
        let ids: Vec<i64> = list.iter().map(|d| d.id).collect();
        let drafts: Vec<i64> = crate::store::messages::of_duties(tx, &ids)?
            .into_iter()
            .filter(|m| m.state == crate::domain::message::MessageState::Draft)
            .map(|m| m.duty_id)
            .collect();
        Ok(list
            .into_iter()
            .map(|duty| OpenDuty {
                review_urgent: drafts.contains(&duty.id) && duty.review_is_urgent(lead, now),
                duty,
            })
            .collect())
    })
}

/// How long before its deadline, at most, a draft awaiting review is flagged.
pub fn review_lead(config: &crate::config::Config) -> chrono::Duration {
    chrono::Duration::minutes(i64::from(config.notify.review_warning_minutes))
}

/// The history's sentence for a raised duty, in English (the CLI's language).
pub fn raised_sentence(kind: DutyKind, whom: &str, due: &str) -> String {
    let to = if whom.is_empty() {
        match kind.audience() {
            Audience::Role(role) => {
                format!("nobody in the directory is {role} (opsdesk user add LOGIN --role {role} ...)")
            }
            _ => "nobody in the directory for it yet (opsdesk dept add ...)".into(),
        }
    } else {
        whom.to_string()
    };
    format!("{} ({}): {to} - due {due}", kind.describe(), kind.rule())
}

/// Raise one duty of `record` unless it exists, addressed from the directory, with a history row
/// on the record's timeline. `None` when it was already there: whoever raised it first recorded it.
pub fn raise(
    conn: &dyn Db,
    record: (Kind, i64),
    subject: Subject,
    spec: &DutySpec,
    actor: &str,
    now: DateTime<Utc>,
    zone: Tz,
) -> Result<Option<Duty>> {
    let to = recipients::resolve(conn, spec.kind.audience(), subject)?.line();
    let Some(duty) = duties::raise(conn, record, spec, &to)? else {
        return Ok(None);
    };
    let detail = raised_sentence(spec.kind, &to, &local_minute(duty.due_at, zone));
    audit::append(
        conn,
        &audit::Entry {
            record: (Kind::Duty, duty.id),
            subject: record,
            at: now,
            actor,
            action: &format!("raise {}", spec.kind.as_str()),
            version: Some(duty.version),
            changes: &diff(None, &duty),
            detail: &detail,
        },
    )?;
    Ok(Some(duty))
}
