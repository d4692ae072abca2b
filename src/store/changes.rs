//! System changes (SPEC C1–C10): typed queries.

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{at, at_opt, parse_col, ts, ts_opt};
use crate::domain::change::{Change, ChangeStatus, Outcome};

const COLS: &str = "id, title, systems, description, planned_month, window_start, window_end, user_affecting, collaborators, steps, complex, unplanned, requirement, scope, impact_duration, operator, it_contact, notes, departments, status, test_confirmed_by, test_confirmed_at, override_gates, override_by, override_reason, c7_phoned_at, started_at, ended_at, outcome, outcome_note, on_time, delay_reason, remaining_issues, result_notes, confirmed_at, background, work_done, difficulty, significance, closed_at, version, updated_at, updated_by, start_override_by, start_override_reason";

use super::{json_list, to_json_list as to_json};

fn from_row(r: &Row) -> rusqlite::Result<Change> {
    Ok(Change {
        id: r.get(0)?,
        title: r.get(1)?,
        systems: json_list(2, r.get(2)?)?,
        description: r.get(3)?,
        planned_month: r.get(4)?,
        window_start: at_opt(r.get(5)?),
        window_end: at_opt(r.get(6)?),
        user_affecting: r.get(7)?,
        collaborators: json_list(8, r.get(8)?)?,
        steps: r.get(9)?,
        complex: r.get(10)?,
        unplanned: r.get(11)?,
        requirement: r.get(12)?,
        scope: r.get(13)?,
        impact_duration: r.get(14)?,
        operator: r.get(15)?,
        it_contact: r.get(16)?,
        notes: r.get(17)?,
        departments: json_list(18, r.get(18)?)?,
        status: parse_col(19, r.get(19)?, ChangeStatus::parse)?,
        test_confirmed_by: r.get(20)?,
        test_confirmed_at: at_opt(r.get(21)?),
        override_gates: json_list(22, r.get(22)?)?,
        override_by: r.get(23)?,
        override_reason: r.get(24)?,
        c7_phoned_at: at_opt(r.get(25)?),
        started_at: at_opt(r.get(26)?),
        ended_at: at_opt(r.get(27)?),
        outcome: r
            .get::<_, Option<String>>(28)?
            .map(|s| parse_col(28, s, Outcome::parse))
            .transpose()?,
        outcome_note: r.get(29)?,
        on_time: r.get(30)?,
        delay_reason: r.get(31)?,
        remaining_issues: r.get(32)?,
        result_notes: r.get(33)?,
        confirmed_at: at_opt(r.get(34)?),
        background: r.get(35)?,
        work_done: r.get(36)?,
        difficulty: r.get(37)?,
        significance: r.get(38)?,
        closed_at: at_opt(r.get(39)?),
        version: r.get(40)?,
        updated_at: at(r.get(41)?),
        updated_by: r.get(42)?,
        start_override_by: r.get(43)?,
        start_override_reason: r.get(44)?,
    })
}

/// The values of every column but the id, in `COLS` order.
fn values(c: &Change) -> Vec<rusqlite::types::Value> {
    use rusqlite::types::Value;
    let text = |s: &str| Value::Text(s.to_string());
    let opt_ts = |t| ts_opt(t).map_or(Value::Null, Value::Integer);
    vec![
        text(&c.title),
        text(&to_json(&c.systems)),
        text(&c.description),
        text(&c.planned_month),
        opt_ts(c.window_start),
        opt_ts(c.window_end),
        Value::Integer(c.user_affecting.into()),
        text(&to_json(&c.collaborators)),
        text(&c.steps),
        Value::Integer(c.complex.into()),
        Value::Integer(c.unplanned.into()),
        text(&c.requirement),
        text(&c.scope),
        text(&c.impact_duration),
        text(&c.operator),
        text(&c.it_contact),
        text(&c.notes),
        text(&to_json(&c.departments)),
        text(c.status.as_str()),
        text(&c.test_confirmed_by),
        opt_ts(c.test_confirmed_at),
        text(&to_json(&c.override_gates)),
        c.override_by.clone().map_or(Value::Null, Value::Text),
        text(&c.override_reason),
        opt_ts(c.c7_phoned_at),
        opt_ts(c.started_at),
        opt_ts(c.ended_at),
        c.outcome.map_or(Value::Null, |o| text(o.as_str())),
        text(&c.outcome_note),
        c.on_time.map_or(Value::Null, |b| Value::Integer(b.into())),
        text(&c.delay_reason),
        text(&c.remaining_issues),
        text(&c.result_notes),
        opt_ts(c.confirmed_at),
        text(&c.background),
        text(&c.work_done),
        text(&c.difficulty),
        text(&c.significance),
        opt_ts(c.closed_at),
        Value::Integer(c.version),
        Value::Integer(ts(c.updated_at)),
        text(&c.updated_by),
        c.start_override_by.clone().map_or(Value::Null, Value::Text),
        text(&c.start_override_reason),
    ]
}

fn columns_but_id() -> &'static str {
    COLS.strip_prefix("id, ").unwrap_or(COLS)
}

pub fn insert(conn: &Connection, c: &Change) -> Result<i64> {
    let cols = columns_but_id();
    let n = cols.split(',').count();
    let marks: Vec<String> = (1..=n).map(|i| format!("?{i}")).collect();
    conn.prepare_cached(&format!("INSERT INTO changes ({cols}) VALUES ({})", marks.join(", ")))?
        .execute(rusqlite::params_from_iter(values(c)))?;
    Ok(conn.last_insert_rowid())
}

/// Write `new` over `old`; false when the row is no longer at `old.version`.
pub fn update(conn: &Connection, old: &Change, new: &Change) -> Result<bool> {
    let cols: Vec<&str> = columns_but_id().split(", ").collect();
    let sets: Vec<String> = cols
        .iter()
        .enumerate()
        .map(|(i, c)| format!("{c} = ?{}", i + 1))
        .collect();
    let mut args = values(new);
    args.push(old.id.into());
    args.push(old.version.into());
    let sql = format!(
        "UPDATE changes SET {} WHERE id = ?{} AND version = ?{}",
        sets.join(", "),
        cols.len() + 1,
        cols.len() + 2
    );
    let n = conn.prepare_cached(&sql)?.execute(rusqlite::params_from_iter(args))?;
    Ok(n == 1)
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Change>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLS} FROM changes WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?)
}

/// One page of every changes row in id order (`opsdesk check`).
pub fn scan(conn: &Connection, after: i64, limit: usize) -> Result<Vec<Change>> {
    super::page_of(conn, "changes", COLS, after, limit, from_row)
}

/// Open changes (not closed), newest first, one page.
pub fn open(conn: &Connection, limit: usize) -> Result<Vec<Change>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COLS} FROM changes WHERE status <> 'closed' ORDER BY id DESC LIMIT ?1"
    ))?;
    let rows = st
        .query_map([limit as i64], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Every change, newest first, one page keyed by id.
pub fn list(conn: &Connection, before_id: Option<i64>, limit: usize) -> Result<Vec<Change>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COLS} FROM changes WHERE id < ?1 ORDER BY id DESC LIMIT ?2"
    ))?;
    let rows = st
        .query_map(params![before_id.unwrap_or(i64::MAX), limit as i64], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// C1: the changes of one month's plan, by window.
pub fn of_month(conn: &Connection, month: &str) -> Result<Vec<Change>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COLS} FROM changes WHERE planned_month = ?1 ORDER BY window_start IS NULL, window_start, id"
    ))?;
    let rows = st.query_map([month], from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}
