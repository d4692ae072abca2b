//! Billing and settlement runs (SPEC B1–B8): runs, their checklists per attempt, anomalies.

use std::collections::BTreeMap;

use anyhow::Result;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{at, at_opt, parse_col, ts, ts_opt};
use crate::domain::billing::{Anomaly, Check, CheckResult, Effect, RoundEnd, Run, RunKind, RunState, Verdict};

const RUN_COLS: &str = "id, kind, period, in_charge, state, attempt, round, deadline, submitted_at, confirmed_by, published_at, dispute_reason, rollback_reason, version, updated_at, updated_by";

fn run_row(r: &Row) -> rusqlite::Result<Run> {
    Ok(Run {
        id: r.get(0)?,
        kind: parse_col(1, r.get(1)?, RunKind::parse)?,
        period: r.get(2)?,
        in_charge: r.get(3)?,
        state: parse_col(4, r.get(4)?, RunState::parse)?,
        attempt: r.get(5)?,
        round: r.get(6)?,
        deadline: at(r.get(7)?),
        submitted_at: at_opt(r.get(8)?),
        confirmed_by: r.get(9)?,
        published_at: at_opt(r.get(10)?),
        dispute_reason: r.get(11)?,
        rollback_reason: r.get(12)?,
        version: r.get(13)?,
        updated_at: at(r.get(14)?),
        updated_by: r.get(15)?,
    })
}

pub fn insert(conn: &Connection, r: &Run) -> Result<i64> {
    conn.execute(
        "INSERT INTO runs (kind, period, in_charge, state, attempt, round, deadline, submitted_at, confirmed_by,
            published_at, dispute_reason, rollback_reason, version, updated_at, updated_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        params![
            r.kind.as_str(),
            r.period,
            r.in_charge,
            r.state.as_str(),
            r.attempt,
            r.round,
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
        "UPDATE runs SET in_charge = ?1, state = ?2, attempt = ?3, round = ?4, deadline = ?5, submitted_at = ?6,
            confirmed_by = ?7, published_at = ?8, dispute_reason = ?9, rollback_reason = ?10, version = ?11,
            updated_at = ?12, updated_by = ?13
         WHERE id = ?14 AND version = ?15",
        params![
            new.in_charge,
            new.state.as_str(),
            new.attempt,
            new.round,
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

/// One page of every runs row in id order (`opsdesk check`).
pub fn scan(conn: &Connection, after: i64, limit: usize) -> Result<Vec<Run>> {
    super::page_of(conn, "runs", RUN_COLS, after, limit, run_row)
}

pub fn by_kind_period(conn: &Connection, kind: RunKind, period: &str) -> Result<Option<Run>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {RUN_COLS} FROM runs WHERE kind = ?1 AND period = ?2"))?
        .query_row(params![kind.as_str(), period], run_row)
        .optional()?)
}

/// Runs whose deadline is at or after `from`, soonest first; then the rest, latest first.
/// Two keyed walks of `runs_deadline`, so neither sorts.
pub fn list(conn: &Connection, from: DateTime<Utc>, limit: usize) -> Result<Vec<Run>> {
    let mut rows: Vec<Run> = conn
        .prepare_cached(&format!(
            "SELECT {RUN_COLS} FROM runs WHERE deadline >= ?1 ORDER BY deadline, id LIMIT ?2"
        ))?
        .query_map(params![ts(from), limit as i64], run_row)?
        .collect::<rusqlite::Result<_>>()?;
    let rest = limit.saturating_sub(rows.len());
    if rest > 0 {
        let past = conn
            .prepare_cached(&format!(
                "SELECT {RUN_COLS} FROM runs WHERE deadline < ?1 ORDER BY deadline DESC, id DESC LIMIT ?2"
            ))?
            .query_map(params![ts(from), rest as i64], run_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.extend(past);
    }
    Ok(rows)
}

const CHECK_COLS: &str = "id, run_id, attempt, round, seq, key, step, title, verify, figure_names, performed_by, performed_at, result, figures, remark, reviewed_by, reviewed_at, verdict, review_note, version";

fn check_row(r: &Row) -> rusqlite::Result<Check> {
    let names: String = r.get(9)?;
    let figures: String = r.get(13)?;
    let bad = |i: usize, e: serde_json::Error| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    };
    Ok(Check {
        id: r.get(0)?,
        run_id: r.get(1)?,
        attempt: r.get(2)?,
        round: r.get(3)?,
        seq: r.get(4)?,
        key: r.get(5)?,
        step: r.get(6)?,
        title: r.get(7)?,
        verify: r.get(8)?,
        figure_names: serde_json::from_str(&names).map_err(|e| bad(9, e))?,
        performed_by: r.get(10)?,
        performed_at: at_opt(r.get(11)?),
        result: r
            .get::<_, Option<String>>(12)?
            .map(|s| parse_col(12, s, CheckResult::parse))
            .transpose()?,
        figures: serde_json::from_str::<BTreeMap<String, String>>(&figures).map_err(|e| bad(13, e))?,
        remark: r.get(14)?,
        reviewed_by: r.get(15)?,
        reviewed_at: at_opt(r.get(16)?),
        verdict: r
            .get::<_, Option<String>>(17)?
            .map(|s| parse_col(17, s, Verdict::parse))
            .transpose()?,
        review_note: r.get(18)?,
        version: r.get(19)?,
    })
}

pub fn insert_check(conn: &Connection, c: &Check) -> Result<i64> {
    conn.execute(
        "INSERT INTO run_checks (run_id, attempt, round, seq, key, step, title, verify, figure_names, version)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            c.run_id,
            c.attempt,
            c.round,
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

/// The checklist of one round of one attempt, in list order.
pub fn checks(conn: &Connection, run_id: i64, attempt: i64, round: i64) -> Result<Vec<Check>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {CHECK_COLS} FROM run_checks WHERE run_id = ?1 AND attempt = ?2 AND round = ?3 ORDER BY seq"
    ))?;
    let rows = st
        .query_map(params![run_id, attempt, round], check_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// The run's current checklist.
pub fn current_checks(conn: &Connection, run: &Run) -> Result<Vec<Check>> {
    checks(conn, run.id, run.attempt, run.round)
}

/// Every checklist the run has had: by attempt, then round, then list order.
pub fn every_check(conn: &Connection, run_id: i64) -> Result<Vec<Check>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {CHECK_COLS} FROM run_checks WHERE run_id = ?1 ORDER BY attempt, round, seq"
    ))?;
    let rows = st.query_map([run_id], check_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub fn insert_round_end(conn: &Connection, e: &RoundEnd) -> Result<i64> {
    conn.execute(
        "INSERT INTO run_round_ends (run_id, attempt, round, how, at, by, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![e.run_id, e.attempt, e.round, e.how.as_str(), ts(e.at), e.by, e.reason],
    )?;
    Ok(conn.last_insert_rowid())
}

/// One page of every run_checks row in id order (`opsdesk check`).
pub fn scan_checks(conn: &Connection, after: i64, limit: usize) -> Result<Vec<Check>> {
    super::page_of(conn, "run_checks", CHECK_COLS, after, limit, check_row)
}

/// One page of every run_round_ends row in id order (`opsdesk check`).
pub fn scan_round_ends(conn: &Connection, after: i64, limit: usize) -> Result<Vec<RoundEnd>> {
    super::page_of(conn, "run_round_ends", ROUND_END_COLS, after, limit, round_end_row)
}

const ROUND_END_COLS: &str = "id, run_id, attempt, round, how, at, by, reason";

fn round_end_row(r: &Row) -> rusqlite::Result<RoundEnd> {
    Ok(RoundEnd {
        id: r.get(0)?,
        run_id: r.get(1)?,
        attempt: r.get(2)?,
        round: r.get(3)?,
        how: parse_col(4, r.get(4)?, RunState::parse)?,
        at: at(r.get(5)?),
        by: r.get(6)?,
        reason: r.get(7)?,
    })
}

/// How each of the run's rounds ended (B8), oldest first.
pub fn round_ends(conn: &Connection, run_id: i64) -> Result<Vec<RoundEnd>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {ROUND_END_COLS} FROM run_round_ends WHERE run_id = ?1 ORDER BY id"
    ))?;
    let rows = st
        .query_map([run_id], round_end_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

const ANOMALY_COLS: &str = "id, run_id, attempt, at, by, what, effect, duty_id";

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

/// One page of every run_anomalies row in id order (`opsdesk check`).
pub fn scan_anomalies(conn: &Connection, after: i64, limit: usize) -> Result<Vec<Anomaly>> {
    super::page_of(conn, "run_anomalies", ANOMALY_COLS, after, limit, anomaly_row)
}

/// A run's anomalies, every attempt, oldest first.
pub fn anomalies(conn: &Connection, run_id: i64) -> Result<Vec<Anomaly>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {ANOMALY_COLS} FROM run_anomalies WHERE run_id = ?1 ORDER BY id"
    ))?;
    let rows = st.query_map([run_id], anomaly_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}
