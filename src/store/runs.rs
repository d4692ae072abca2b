//! Billing and settlement runs (SPEC B1–B8): runs, their checklists per attempt, anomalies.

use anyhow::Result;
use chrono::{DateTime, Utc};
use rusqlite::params;

use super::db::Db;
use super::table::{self, stored_as_words, table};
use super::ts;
use crate::domain::billing::{Anomaly, Check, CheckResult, Effect, RoundEnd, Run, RunKind, RunState, Verdict};

stored_as_words!(RunKind, RunState, CheckResult, Verdict, Effect);

table! {
    Run in "runs" {
        id,
        #[fixed] kind,
        #[fixed] period,
        in_charge,
        state,
        attempt,
        round,
        deadline,
        submitted_at,
        confirmed_by,
        published_at,
        dispute_reason,
        rollback_reason,
        version,
        updated_at,
        updated_by,
    }
}

pub fn insert(conn: &(impl Db + ?Sized), r: &Run) -> Result<i64> {
    table::insert(conn, r)
}

/// Write `new` over `old`; false when the row is no longer at `old.version`.
pub fn update(conn: &(impl Db + ?Sized), old: &Run, new: &Run) -> Result<bool> {
    table::update(conn, old, new)
}

pub fn get(conn: &(impl Db + ?Sized), id: i64) -> Result<Option<Run>> {
    table::get(conn, id)
}

/// One page of every runs row in id order (`opsdesk check`).
pub fn scan(conn: &(impl Db + ?Sized), after: i64, limit: usize) -> Result<Vec<Run>> {
    table::scan(conn, after, limit)
}

pub fn by_kind_period(conn: &(impl Db + ?Sized), kind: RunKind, period: &str) -> Result<Option<Run>> {
    table::select_one(conn, "WHERE kind = ?1 AND period = ?2", params![kind.as_str(), period])
}

/// Runs by id (for duties listed apart from their run).
pub fn by_ids(conn: &(impl Db + ?Sized), ids: &[i64]) -> Result<Vec<Run>> {
    table::by_ids(conn, ids)
}

/// I13: the runs due in `[from, to)`, by deadline (a month holds four).
pub fn due_between(conn: &(impl Db + ?Sized), (from, to): (DateTime<Utc>, DateTime<Utc>)) -> Result<Vec<Run>> {
    table::select(
        conn,
        "WHERE deadline >= ?1 AND deadline < ?2 ORDER BY deadline, id",
        params![ts(from), ts(to)],
    )
}

/// Runs whose deadline is at or after `from`, soonest first; then the rest, latest first.
/// Two keyed walks of `runs_deadline`, so neither sorts.
pub fn list(conn: &(impl Db + ?Sized), from: DateTime<Utc>, limit: usize) -> Result<Vec<Run>> {
    let mut rows: Vec<Run> = table::select(
        conn,
        "WHERE deadline >= ?1 ORDER BY deadline, id LIMIT ?2",
        params![ts(from), limit as i64],
    )?;
    let rest = limit.saturating_sub(rows.len());
    if rest > 0 {
        rows.extend(table::select::<Run>(
            conn,
            "WHERE deadline < ?1 ORDER BY deadline DESC, id DESC LIMIT ?2",
            params![ts(from), rest as i64],
        )?);
    }
    Ok(rows)
}

table! {
    Check in "run_checks" {
        id,
        #[fixed] run_id,
        #[fixed] attempt,
        #[fixed] round,
        #[fixed] seq,
        #[fixed] key,
        #[fixed] step,
        #[fixed] title,
        #[fixed] verify,
        #[fixed] figure_names,
        performed_by,
        performed_at,
        result,
        figures,
        remark,
        reviewed_by,
        reviewed_at,
        verdict,
        review_note,
        version,
    }
}

pub fn insert_check(conn: &(impl Db + ?Sized), c: &Check) -> Result<i64> {
    table::insert(conn, c)
}

/// Write `new` over `old`; false when the row is no longer at `old.version`.
pub fn update_check(conn: &(impl Db + ?Sized), old: &Check, new: &Check) -> Result<bool> {
    table::update(conn, old, new)
}

/// The checklist of one round of one attempt, in list order.
pub fn checks(conn: &(impl Db + ?Sized), run_id: i64, attempt: i64, round: i64) -> Result<Vec<Check>> {
    table::select(
        conn,
        "WHERE run_id = ?1 AND attempt = ?2 AND round = ?3 ORDER BY seq",
        params![run_id, attempt, round],
    )
}

/// The run's current checklist.
pub fn current_checks(conn: &(impl Db + ?Sized), run: &Run) -> Result<Vec<Check>> {
    checks(conn, run.id, run.attempt, run.round)
}

/// Every checklist the run has had: by attempt, then round, then list order.
pub fn every_check(conn: &(impl Db + ?Sized), run_id: i64) -> Result<Vec<Check>> {
    table::select(conn, "WHERE run_id = ?1 ORDER BY attempt, round, seq", [run_id])
}

table! {
    RoundEnd in "run_round_ends" {
        id,
        run_id,
        attempt,
        round,
        how,
        at,
        by,
        reason,
    }
}

pub fn insert_round_end(conn: &(impl Db + ?Sized), e: &RoundEnd) -> Result<i64> {
    table::insert(conn, e)
}

/// One page of every run_checks row in id order (`opsdesk check`).
pub fn scan_checks(conn: &(impl Db + ?Sized), after: i64, limit: usize) -> Result<Vec<Check>> {
    table::scan(conn, after, limit)
}

/// One page of every run_round_ends row in id order (`opsdesk check`).
pub fn scan_round_ends(conn: &(impl Db + ?Sized), after: i64, limit: usize) -> Result<Vec<RoundEnd>> {
    table::scan(conn, after, limit)
}

/// How each of the run's rounds ended (B8), oldest first.
pub fn round_ends(conn: &(impl Db + ?Sized), run_id: i64) -> Result<Vec<RoundEnd>> {
    table::select(conn, "WHERE run_id = ?1 ORDER BY id", [run_id])
}

table! {
    Anomaly in "run_anomalies" {
        id,
        run_id,
        attempt,
        at,
        by,
        what,
        effect,
        duty_id,
    }
}

pub fn insert_anomaly(conn: &(impl Db + ?Sized), a: &Anomaly) -> Result<i64> {
    table::insert(conn, a)
}

/// One page of every run_anomalies row in id order (`opsdesk check`).
pub fn scan_anomalies(conn: &(impl Db + ?Sized), after: i64, limit: usize) -> Result<Vec<Anomaly>> {
    table::scan(conn, after, limit)
}

/// A run's anomalies, every attempt, oldest first.
pub fn anomalies(conn: &(impl Db + ?Sized), run_id: i64) -> Result<Vec<Anomaly>> {
    table::select(conn, "WHERE run_id = ?1 ORDER BY id", [run_id])
}
