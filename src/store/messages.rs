//! The outbox: messages and their send attempts. A message is claimed with a compare-and-set on
//! its version inside `BEGIN IMMEDIATE`, so one sender at a time holds it.

use anyhow::Result;
use chrono::{DateTime, Utc};
use rusqlite::params;

use super::db::{self, Db};
use super::table::{self, stored_as_words, table};
use super::{at, at_opt, ts};
use crate::domain::duty::{Duty, DutyKind};
use crate::domain::message::{ChannelKind, Medium, Message, MessageState};

stored_as_words!(Medium, MessageState, ChannelKind);

table! {
    Message in "messages" {
        id,
        #[fixed] duty_id,
        #[fixed] medium,
        to as to_list,
        cc as cc_list,
        subject,
        body,
        #[fixed] lang,
        state,
        edited,
        attempts,
        next_attempt_at,
        lease_owner,
        lease_until,
        last_error,
        approved_by,
        approved_at,
        sent_at,
        channel,
        receipt,
        #[fixed] created_at,
        updated_at,
        updated_by,
        version,
    }
}

/// Store a new message unless the duty has one for this medium already. `None` when another
/// engine was first.
pub fn insert(conn: &(impl Db + ?Sized), m: &Message) -> Result<Option<i64>> {
    table::insert_new(conn, m)
}

/// Write `new` over `old`; false when the row is no longer at `old.version`.
pub fn update(conn: &(impl Db + ?Sized), old: &Message, new: &Message) -> Result<bool> {
    table::update(conn, old, new)
}

pub fn get(conn: &(impl Db + ?Sized), id: i64) -> Result<Option<Message>> {
    table::get(conn, id)
}

/// One page of every messages row in id order (`opsdesk check`).
pub fn scan(conn: &(impl Db + ?Sized), after: i64, limit: usize) -> Result<Vec<Message>> {
    table::scan(conn, after, limit)
}

/// A duty's messages.
pub fn of_duty(conn: &(impl Db + ?Sized), duty_id: i64) -> Result<Vec<Message>> {
    table::select(conn, "WHERE duty_id = ?1 ORDER BY id", [duty_id])
}

/// The messages of many duties at once (the duties a screen shows).
pub fn of_duties(conn: &(impl Db + ?Sized), duty_ids: &[i64]) -> Result<Vec<Message>> {
    if duty_ids.is_empty() {
        return Ok(Vec::new());
    }
    table::select(
        conn,
        &format!("WHERE {} ORDER BY duty_id, id", table::in_ids(conn, "duty_id", 1)),
        [table::list(duty_ids)?],
    )
}

/// One page of the outbox, newest first: every message, or those in `states`, with ids below
/// `before` (keyset paging).
pub fn page(
    conn: &(impl Db + ?Sized),
    states: &[MessageState],
    before: Option<i64>,
    limit: usize,
) -> Result<Vec<Message>> {
    let before = before.unwrap_or(i64::MAX);
    if states.is_empty() {
        return table::select(
            conn,
            "WHERE id < ?1 ORDER BY id DESC LIMIT ?2",
            params![before, limit as i64],
        );
    }
    // One keyed range per state on messages_state, merged here: each is an index walk that stops
    // at `limit`, where `state IN (…) ORDER BY id` would sort every matching row.
    let mut rows: Vec<Message> = Vec::new();
    for state in states {
        rows.extend(table::select::<Message>(
            conn,
            "WHERE state = ?1 AND id < ?2 ORDER BY id DESC LIMIT ?3",
            params![state.as_str(), before, limit as i64],
        )?);
    }
    rows.sort_by_key(|m| std::cmp::Reverse(m.id));
    rows.truncate(limit);
    Ok(rows)
}

/// How many messages are in each of `states` (each a range of messages_state: keep to the states
/// that stay small, not sent).
pub fn counts(conn: &(impl Db + ?Sized), states: &[MessageState]) -> Result<Vec<(MessageState, i64)>> {
    let mut out = Vec::new();
    for s in states {
        let n = db::first(
            conn,
            "SELECT count(*) FROM messages WHERE state = ?1",
            [s.as_str()],
            |r| r.cell(0)?.as_i64().map_err(Into::into),
        )?;
        out.push((*s, n.unwrap_or(0)));
    }
    Ok(out)
}

/// The next message due for sending at `now`, if any.
pub fn next_due(conn: &(impl Db + ?Sized), now: DateTime<Utc>) -> Result<Option<Message>> {
    table::select_one(
        conn,
        "WHERE state = 'queued' AND next_attempt_at <= ?1 ORDER BY next_attempt_at, id LIMIT 1",
        [ts(now)],
    )
}

/// The earliest instant a queued message becomes due (for a sender deciding when to wake).
pub fn next_due_at(conn: &(impl Db + ?Sized)) -> Result<Option<DateTime<Utc>>> {
    let t = db::first(
        conn,
        "SELECT min(next_attempt_at) FROM messages WHERE state = 'queued'",
        [],
        |r| r.cell(0)?.as_i64_or_null().map_err(Into::into),
    )?;
    Ok(at_opt(t.flatten()))
}

/// Messages whose sending lease ran out before `now`.
pub fn lapsed(conn: &(impl Db + ?Sized), now: DateTime<Utc>) -> Result<Vec<Message>> {
    table::select(
        conn,
        "WHERE state = 'sending' AND lease_until < ?1 ORDER BY lease_until",
        [ts(now)],
    )
}

/// Open duties with a message awaiting review (a draft), earliest due first. Drafts stay few: one
/// range of messages_state.
pub fn duties_with_drafts(conn: &(impl Db + ?Sized), limit: usize) -> Result<Vec<Duty>> {
    table::select(
        conn,
        "WHERE done_at IS NULL AND id IN (SELECT duty_id FROM messages WHERE state = 'draft')
         ORDER BY due_at, id LIMIT ?1",
        [limit as i64],
    )
}

/// Open duties of `kinds` that have no message yet, earliest due first; those of `deferred`
/// kinds only once they are due.
pub fn duties_without(
    conn: &(impl Db + ?Sized),
    kinds: &[DutyKind],
    deferred: &[DutyKind],
    now: DateTime<Utc>,
    limit: usize,
) -> Result<Vec<Duty>> {
    let words = |l: &[DutyKind]| table::list(&l.iter().map(|k| k.as_str()).collect::<Vec<_>>());
    let sql = format!(
        "SELECT d.id FROM duties d WHERE d.done_at IS NULL AND {}
           AND (NOT {} OR d.due_at <= ?3)
           AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.duty_id = d.id)
         ORDER BY d.due_at, d.id LIMIT ?4",
        table::in_list(conn, "d.kind", 1),
        table::in_list(conn, "d.kind", 2)
    );
    let ids = db::rows(
        conn,
        &sql,
        params![words(kinds)?, words(deferred)?, ts(now), limit as i64],
        |r| r.cell(0)?.as_i64().map_err(Into::into),
    )?;
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(d) = super::duties::get(conn, id)? {
            out.push(d);
        }
    }
    Ok(out)
}

/// One try, as the sender saw it.
pub struct AttemptRow<'a> {
    pub message_id: i64,
    pub attempt: i64,
    pub at: DateTime<Utc>,
    pub owner: &'a str,
    pub channel: Option<ChannelKind>,
    pub outcome: &'a str,
    pub detail: &'a str,
}

pub fn add_attempt(conn: &(impl Db + ?Sized), a: &AttemptRow) -> Result<()> {
    conn.exec(
        "INSERT INTO message_attempts (message_id, attempt, at, owner, channel, outcome, detail)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            a.message_id,
            a.attempt,
            ts(a.at),
            a.owner,
            a.channel.map(|c| c.as_str()),
            a.outcome,
            a.detail
        ],
    )?;
    Ok(())
}

/// A stored try.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Attempt {
    pub attempt: i64,
    pub at: DateTime<Utc>,
    pub owner: String,
    pub channel: Option<String>,
    pub outcome: String,
    pub detail: String,
}

pub fn attempts(conn: &(impl Db + ?Sized), message_id: i64) -> Result<Vec<Attempt>> {
    let text = |r: &dyn db::Cells, i| -> rusqlite::Result<String> { Ok(r.cell(i)?.as_str()?.to_string()) };
    db::rows(
        conn,
        "SELECT attempt, at, owner, channel, outcome, detail FROM message_attempts WHERE message_id = ?1 ORDER BY id",
        [message_id],
        |r| {
            Ok(Attempt {
                attempt: r.cell(0)?.as_i64()?,
                at: at(r.cell(1)?.as_i64()?),
                owner: text(r, 2)?,
                channel: r.cell(3)?.as_str_or_null()?.map(str::to_string),
                outcome: text(r, 4)?,
                detail: text(r, 5)?,
            })
        },
    )
}
