//! Billing and settlement runs (SPEC B1–B8): runs, their checklists per attempt, anomalies.

use std::collections::BTreeMap;

use anyhow::Result;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{at, at_opt, parse_col, ts, ts_opt};
use crate::domain::billing::{Anomaly, Check, CheckResult, Effect, Run, RunKind, RunState, Verdict};

const RUN_COLS: &str = "id, kind, period, in_charge, state, attempt, deadline, submitted_at, confirmed_by, published_at, dispute_reason, rollback_reason, version, updated_at, updated_by";

fn run_row(r: &Row) -> rusqlite::Result<Run> {
    Ok(Run {
        id: r.get(0)?,
        kind: parse_col(1, r.get(1)?, RunKind::parse)?,
        period: r.get(2)?,
        in_charge: r.get(3)?,
        state: parse_col(4, r.get(4)?, RunState::parse)?,
        attempt: r.get(5)?,
        deadline: at(r.get(6)?),
        submitted_at: at_opt(r.get(7)?),
        confirmed_by: r.get(8)?,
        published_at: at_opt(r.get(9)?),
        dispute_reason: r.get(10)?,
        rollback_reason: r.get(11)?,
        version: r.get(12)?,
        updated_at: at(r.get(13)?),
        updated_by: r.get(14)?,
    })
}

pub fn insert(conn: &Connection, r: &Run) -> Result<i64> {
    conn.execute(
        "INSERT INTO runs (kind, period, in_charge, state, attempt, deadline, submitted_at, confirmed_by, published_at,
            dispute_reason, rollback_reason, version, updated_at, updated_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        params![
            r.kind.as_str(),
            r.period,
            r.in_charge,
            r.state.as_str(),
            r.attempt,
            ts(r.deadline),
            ts_opt(r.submitted_at),
            r.confirmed_by,
            ts_opt(r.published_at),
            r.dispute_reason,
            r.rollback_reason,
            r.version,
            ts(r.updated_at),
            r.updated_by
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Write `new` over `old`; false when the row is no longer at `old.version`.
pub fn update(conn: &Connection, old: &Run, new: &Run) -> Result<bool> {
    let n = conn.execute(
        "UPDATE runs SET in_charge = ?1, state = ?2, attempt = ?3, deadline = ?4, submitted_at = ?5, confirmed_by = ?6,
            published_at = ?7, dispute_reason = ?8, rollback_reason = ?9, version = ?10, updated_at = ?11, updated_by = ?12
         WHERE id = ?13 AND version = ?14",
        params![
            new.in_charge,
            new.state.as_str(),
            new.attempt,
            ts(new.deadline),
            ts_opt(new.submitted_at),
            new.confirmed_by,
            ts_opt(new.published_at),
            new.dispute_reason,
            new.rollback_reason,
            new.version,
            ts(new.updated_at),
            new.updated_by,
            old.id,
            old.version
        ],
    )?;
    Ok(n == 1)
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Run>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {RUN_COLS} FROM runs WHERE id = ?1"))?
        .query_row([id], run_row)
        .optional()?)
}

pub fn by_kind_period(conn: &Connection, kind: RunKind, period: &str) -> Result<Option<Run>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {RUN_COLS} FROM runs WHERE kind = ?1 AND period = ?2"))?
        .query_row(params![kind.as_str(), period], run_row)
        .optional()?)
}

/// Runs whose deadline is at or after `from`, soonest first; then the rest, latest first.
pub fn list(conn: &Connection, from: DateTime<Utc>, limit: usize) -> Result<Vec<Run>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {RUN_COLS} FROM runs ORDER BY deadline < ?1, CASE WHEN deadline >= ?1 THEN deadline ELSE -deadline END, id LIMIT ?2"
    ))?;
    let rows = st
        .query_map(params![ts(from), limit as i64], run_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

const CHECK_COLS: &str = "id, run_id, attempt, seq, key, step, title, verify, figure_names, performed_by, performed_at, result, figures, remark, reviewed_by, reviewed_at, verdict, review_note, version";

fn check_row(r: &Row) -> rusqlite::Result<Check> {
    let names: String = r.get(8)?;
    let figures: String = r.get(12)?;
    let bad = |i: usize, e: serde_json::Error| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    };
    Ok(Check {
        id: r.get(0)?,
        run_id: r.get(1)?,
        attempt: r.get(2)?,
        seq: r.get(3)?,
        key: r.get(4)?,
        step: r.get(5)?,
        title: r.get(6)?,
        verify: r.get(7)?,
        figure_names: serde_json::from_str(&names).map_err(|e| bad(8, e))?,
        performed_by: r.get(9)?,
        performed_at: at_opt(r.get(10)?),
        result: r
            .get::<_, Option<String>>(11)?
            .map(|s| parse_col(11, s, CheckResult::parse))
            .transpose()?,
        figures: serde_json::from_str::<BTreeMap<String, String>>(&figures).map_err(|e| bad(12, e))?,
        remark: r.get(13)?,
        reviewed_by: r.get(14)?,
        reviewed_at: at_opt(r.get(15)?),
        verdict: r
            .get::<_, Option<String>>(16)?
            .map(|s| parse_col(16, s, Verdict::parse))
            .transpose()?,
        review_note: r.get(17)?,
        version: r.get(18)?,
    })
}

pub fn insert_check(conn: &Connection, c: &Check) -> Result<i64> {
    conn.execute(
        "INSERT INTO run_checks (run_id, attempt, seq, key, step, title, verify, figure_names, version)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            c.run_id,
            c.attempt,
            c.seq,
            c.key,
            c.step,
            c.title,
            c.verify,
            serde_json::to_string(&c.figure_names)?,
            c.version
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Write `new` over `old`; false when the row is no longer at `old.version`.
pub fn update_check(conn: &Connection, old: &Check, new: &Check) -> Result<bool> {
    let n = conn.execute(
        "UPDATE run_checks SET performed_by = ?1, performed_at = ?2, result = ?3, figures = ?4, remark = ?5, reviewed_by = ?6,
            reviewed_at = ?7, verdict = ?8, review_note = ?9, version = ?10
         WHERE id = ?11 AND version = ?12",
        params![
            new.performed_by,
            ts_opt(new.performed_at),
            new.result.map(|r| r.as_str()),
            serde_json::to_string(&new.figures)?,
            new.remark,
            new.reviewed_by,
            ts_opt(new.reviewed_at),
            new.verdict.map(|v| v.as_str()),
            new.review_note,
            new.version,
            old.id,
            old.version
        ],
    )?;
    Ok(n == 1)
}

/// The checklist of one attempt, in list order.
pub fn checks(conn: &Connection, run_id: i64, attempt: i64) -> Result<Vec<Check>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {CHECK_COLS} FROM run_checks WHERE run_id = ?1 AND attempt = ?2 ORDER BY seq"
    ))?;
    let rows = st
        .query_map(params![run_id, attempt], check_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

fn anomaly_row(r: &Row) -> rusqlite::Result<Anomaly> {
    Ok(Anomaly {
        id: r.get(0)?,
        run_id: r.get(1)?,
        attempt: r.get(2)?,
        at: at(r.get(3)?),
        by: r.get(4)?,
        what: r.get(5)?,
        effect: parse_col(6, r.get(6)?, Effect::parse)?,
        duty_id: r.get(7)?,
    })
}

pub fn insert_anomaly(conn: &Connection, a: &Anomaly) -> Result<i64> {
    conn.execute(
        "INSERT INTO run_anomalies (run_id, attempt, at, by, what, effect, duty_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![a.run_id, a.attempt, ts(a.at), a.by, a.what, a.effect.as_str(), a.duty_id],
    )?;
    Ok(conn.last_insert_rowid())
}

/// A run's anomalies, every attempt, oldest first.
pub fn anomalies(conn: &Connection, run_id: i64) -> Result<Vec<Anomaly>> {
    let mut st = conn.prepare_cached(
        "SELECT id, run_id, attempt, at, by, what, effect, duty_id FROM run_anomalies WHERE run_id = ?1 ORDER BY id",
    )?;
    let rows = st.query_map([run_id], anomaly_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}
