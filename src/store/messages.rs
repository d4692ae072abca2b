//! The outbox: messages and their send attempts. A message is claimed with a compare-and-set on
//! its version inside `BEGIN IMMEDIATE`, so one sender at a time holds it.

use anyhow::Result;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{at, at_opt, parse_col, ts, ts_opt};
use crate::domain::duty::{Duty, DutyKind};
use crate::domain::message::{Address, ChannelKind, Medium, Message, MessageState};

const COLS: &str = "id, duty_id, medium, to_list, cc_list, subject, body, lang, state, edited, attempts, next_attempt_at, lease_owner, lease_until, last_error, approved_by, approved_at, sent_at, channel, receipt, created_at, updated_at, updated_by, version";

fn addresses(idx: usize, text: String) -> rusqlite::Result<Vec<Address>> {
    serde_json::from_str(&text)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e)))
}

fn from_row(r: &Row) -> rusqlite::Result<Message> {
    Ok(Message {
        id: r.get(0)?,
        duty_id: r.get(1)?,
        medium: parse_col(2, r.get(2)?, Medium::parse)?,
        to: addresses(3, r.get(3)?)?,
        cc: addresses(4, r.get(4)?)?,
        subject: r.get(5)?,
        body: r.get(6)?,
        lang: r.get(7)?,
        state: parse_col(8, r.get(8)?, MessageState::parse)?,
        edited: r.get(9)?,
        attempts: r.get(10)?,
        next_attempt_at: at(r.get(11)?),
        lease_owner: r.get(12)?,
        lease_until: at_opt(r.get(13)?),
        last_error: r.get(14)?,
        approved_by: r.get(15)?,
        approved_at: at_opt(r.get(16)?),
        sent_at: at_opt(r.get(17)?),
        channel: r
            .get::<_, Option<String>>(18)?
            .map(|s| parse_col(18, s, ChannelKind::parse))
            .transpose()?,
        receipt: r.get(19)?,
        created_at: at(r.get(20)?),
        updated_at: at(r.get(21)?),
        updated_by: r.get(22)?,
        version: r.get(23)?,
    })
}

fn json(list: &[Address]) -> Result<String> {
    Ok(serde_json::to_string(list)?)
}

/// Store a new message unless the duty has one for this medium already. `None` when another
/// engine was first.
pub fn insert(conn: &Connection, m: &Message) -> Result<Option<i64>> {
    let n = conn.execute(
        "INSERT OR IGNORE INTO messages (duty_id, medium, to_list, cc_list, subject, body, lang, state, edited, attempts,
            next_attempt_at, last_error, created_at, updated_at, updated_by, version)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
        params![
            m.duty_id,
            m.medium.as_str(),
            json(&m.to)?,
            json(&m.cc)?,
            m.subject,
            m.body,
            m.lang,
            m.state.as_str(),
            m.edited,
            m.attempts,
            ts(m.next_attempt_at),
            m.last_error,
            ts(m.created_at),
            ts(m.updated_at),
            m.updated_by,
            m.version
        ],
    )?;
    Ok((n == 1).then(|| conn.last_insert_rowid()))
}

/// Write `new` over `old`; false when the row is no longer at `old.version`.
pub fn update(conn: &Connection, old: &Message, new: &Message) -> Result<bool> {
    let n = conn.execute(
        "UPDATE messages SET to_list = ?1, cc_list = ?2, subject = ?3, body = ?4, state = ?5, edited = ?6,
            attempts = ?7, next_attempt_at = ?8, lease_owner = ?9, lease_until = ?10, last_error = ?11,
            approved_by = ?12, approved_at = ?13, sent_at = ?14, channel = ?15, receipt = ?16, updated_at = ?17,
            updated_by = ?18, version = ?19
         WHERE id = ?20 AND version = ?21",
        params![
            json(&new.to)?,
            json(&new.cc)?,
            new.subject,
            new.body,
            new.state.as_str(),
            new.edited,
            new.attempts,
            ts(new.next_attempt_at),
            new.lease_owner,
            ts_opt(new.lease_until),
            new.last_error,
            new.approved_by,
            ts_opt(new.approved_at),
            ts_opt(new.sent_at),
            new.channel.map(|c| c.as_str()),
            new.receipt,
            ts(new.updated_at),
            new.updated_by,
            new.version,
            old.id,
            old.version
        ],
    )?;
    Ok(n == 1)
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Message>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLS} FROM messages WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?)
}

/// One page of every messages row in id order (`opsdesk check`).
pub fn scan(conn: &Connection, after: i64, limit: usize) -> Result<Vec<Message>> {
    super::page_of(conn, "messages", COLS, after, limit, from_row)
}

fn many(conn: &Connection, sql: &str, params: impl rusqlite::Params) -> Result<Vec<Message>> {
    let mut st = conn.prepare_cached(sql)?;
    let rows = st.query_map(params, from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// A duty's messages.
pub fn of_duty(conn: &Connection, duty_id: i64) -> Result<Vec<Message>> {
    many(
        conn,
        &format!("SELECT {COLS} FROM messages WHERE duty_id = ?1 ORDER BY id"),
        [duty_id],
    )
}

/// The messages of many duties at once (the duties a screen shows).
pub fn of_duties(conn: &Connection, duty_ids: &[i64]) -> Result<Vec<Message>> {
    if duty_ids.is_empty() {
        return Ok(Vec::new());
    }
    many(
        conn,
        &format!("SELECT {COLS} FROM messages WHERE duty_id IN (SELECT value FROM json_each(?1)) ORDER BY duty_id, id"),
        [serde_json::to_string(duty_ids)?],
    )
}

/// One page of the outbox, newest first: every message, or those in `states`, with ids below
/// `before` (keyset paging).
pub fn page(conn: &Connection, states: &[MessageState], before: Option<i64>, limit: usize) -> Result<Vec<Message>> {
    let before = before.unwrap_or(i64::MAX);
    if states.is_empty() {
        return many(
            conn,
            &format!("SELECT {COLS} FROM messages WHERE id < ?1 ORDER BY id DESC LIMIT ?2"),
            params![before, limit as i64],
        );
    }
    // One keyed range per state on messages_state, merged here: each is an index walk that stops
    // at `limit`, where `state IN (…) ORDER BY id` would sort every matching row.
    let mut rows: Vec<Message> = Vec::new();
    for state in states {
        rows.extend(many(
            conn,
            &format!("SELECT {COLS} FROM messages WHERE state = ?1 AND id < ?2 ORDER BY id DESC LIMIT ?3"),
            params![state.as_str(), before, limit as i64],
        )?);
    }
    rows.sort_by_key(|m| std::cmp::Reverse(m.id));
    rows.truncate(limit);
    Ok(rows)
}

/// How many messages are in each of `states` (each a range of messages_state: keep to the states
/// that stay small, not sent).
pub fn counts(conn: &Connection, states: &[MessageState]) -> Result<Vec<(MessageState, i64)>> {
    let mut out = Vec::new();
    for s in states {
        let n: i64 = conn
            .prepare_cached("SELECT count(*) FROM messages WHERE state = ?1")?
            .query_row([s.as_str()], |r| r.get(0))?;
        out.push((*s, n));
    }
    Ok(out)
}

/// The next message due for sending at `now`, if any.
pub fn next_due(conn: &Connection, now: DateTime<Utc>) -> Result<Option<Message>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLS} FROM messages WHERE state = 'queued' AND next_attempt_at <= ?1 ORDER BY next_attempt_at, id LIMIT 1"
        ))?
        .query_row([ts(now)], from_row)
        .optional()?)
}

/// The earliest instant a queued message becomes due (for a sender deciding when to wake).
pub fn next_due_at(conn: &Connection) -> Result<Option<DateTime<Utc>>> {
    let t: Option<i64> = conn
        .prepare_cached("SELECT min(next_attempt_at) FROM messages WHERE state = 'queued'")?
        .query_row([], |r| r.get(0))?;
    Ok(at_opt(t))
}

/// Messages whose sending lease ran out before `now`.
pub fn lapsed(conn: &Connection, now: DateTime<Utc>) -> Result<Vec<Message>> {
    many(
        conn,
        &format!("SELECT {COLS} FROM messages WHERE state = 'sending' AND lease_until < ?1 ORDER BY lease_until"),
        [ts(now)],
    )
}

/// Open duties of `kinds` that have no message yet, earliest due first; those of `deferred`
/// kinds only once they are due.
pub fn duties_without(
    conn: &Connection,
    kinds: &[DutyKind],
    deferred: &[DutyKind],
    now: DateTime<Utc>,
    limit: usize,
) -> Result<Vec<Duty>> {
    let words = |l: &[DutyKind]| serde_json::to_string(&l.iter().map(|k| k.as_str()).collect::<Vec<_>>());
    let ids: Vec<i64> = {
        let mut st = conn.prepare_cached(
            "SELECT d.id FROM duties d WHERE d.done_at IS NULL
               AND d.kind IN (SELECT value FROM json_each(?1))
               AND (d.kind NOT IN (SELECT value FROM json_each(?2)) OR d.due_at <= ?3)
               AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.duty_id = d.id)
             ORDER BY d.due_at, d.id LIMIT ?4",
        )?;
        st.query_map(params![words(kinds)?, words(deferred)?, ts(now), limit as i64], |r| {
            r.get(0)
        })?
        .collect::<rusqlite::Result<_>>()?
    };
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

pub fn add_attempt(conn: &Connection, a: &AttemptRow) -> Result<()> {
    conn.execute(
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

pub fn attempts(conn: &Connection, message_id: i64) -> Result<Vec<Attempt>> {
    let mut st = conn.prepare_cached(
        "SELECT attempt, at, owner, channel, outcome, detail FROM message_attempts WHERE message_id = ?1 ORDER BY id",
    )?;
    let rows = st
        .query_map([message_id], |r| {
            Ok(Attempt {
                attempt: r.get(0)?,
                at: at(r.get(1)?),
                owner: r.get(2)?,
                channel: r.get(3)?,
                outcome: r.get(4)?,
                detail: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}
