//! The support centre's contact forms (SPEC R9): typed queries. The ledger's queue is read in its
//! order through its own index; the archive is paged by id, never by OFFSET.

use anyhow::Result;
use chrono::{DateTime, Utc};
use rusqlite::params;
use rusqlite::types::Value;

use super::db::Db;
use super::table::{self, stored_as_words, table};
use super::ts;
use crate::domain::support::{ReplyChannel, SupportForm, SupportStatus};

stored_as_words!(SupportStatus, ReplyChannel);

table! {
    SupportForm in "support_forms" {
        id,
        project_no,
        project_name,
        client,
        owner_party,
        types,
        support,
        material,
        needs,
        initiator,
        dept,
        contact,
        channel,
        form_no,
        approvals,
        #[fixed] received_at,
        clock_start,
        reply_due,
        reply_channel,
        reply_text,
        replied_at,
        replied_by,
        status,
        accepted_at,
        accepted_by,
        plan,
        urgent_reason,
        urgent_by,
        urgent_approved_at,
        urgent_at,
        urgent_form_no,
        overtook,
        author,
        rounds,
        reassignments,
        passed_at,
        closed_at,
        close_reason,
        version,
        updated_at,
        updated_by,
    }
}

pub fn insert(conn: &(impl Db + ?Sized), f: &SupportForm) -> Result<i64> {
    table::insert(conn, f)
}

/// Write `new` over `old`; false when the row is no longer at `old.version`.
pub fn update(conn: &(impl Db + ?Sized), old: &SupportForm, new: &SupportForm) -> Result<bool> {
    table::update(conn, old, new)
}

pub fn get(conn: &(impl Db + ?Sized), id: i64) -> Result<Option<SupportForm>> {
    table::get(conn, id)
}

/// One page of every row in id order (`opsdesk check`).
pub fn scan(conn: &(impl Db + ?Sized), after: i64, limit: usize) -> Result<Vec<SupportForm>> {
    table::scan(conn, after, limit)
}

/// The forms with these ids (a page of duties' records).
pub fn by_ids(conn: &(impl Db + ?Sized), ids: &[i64]) -> Result<Vec<SupportForm>> {
    table::by_ids(conn, ids)
}

/// The ledger's queue (accepted, proposal not yet passed) in its order: urgent projects first by
/// their urgent form's arrival, then the rest first come first served.
pub fn queue(conn: &(impl Db + ?Sized), limit: usize) -> Result<Vec<SupportForm>> {
    // On SQLite `INDEXED BY` holds the planner to the ledger's own index, which is in the
    // queue's order (with few rows it would take the status index and sort); PostgreSQL has no
    // such words and plans by its statistics.
    let hint = match conn.engine() {
        super::db::Engine::Sqlite => "INDEXED BY support_ledger ",
        super::db::Engine::Postgres => "",
    };
    table::select(
        conn,
        &format!(
            "{hint}WHERE status IN ('queued', 'in_review', 'returned')
         ORDER BY (urgent_at IS NULL), coalesce(urgent_at, received_at), id LIMIT ?1"
        ),
        [limit as i64],
    )
}

/// Forms of one status, oldest first (those received and not yet accepted, those passed and not
/// yet closed).
pub fn with_status(conn: &(impl Db + ?Sized), status: SupportStatus, limit: usize) -> Result<Vec<SupportForm>> {
    table::select(
        conn,
        "WHERE status = ?1 ORDER BY id LIMIT ?2",
        params![status.as_str(), limit as i64],
    )
}

/// What a list of forms asks for.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub open_only: bool,
    pub status: Option<SupportStatus>,
    /// R7: no reply and past its due time (or replied after it).
    pub late: bool,
    /// Keyed paging: only ids below this one.
    pub before_id: Option<i64>,
    pub limit: usize,
}

/// One page of the archive, newest first.
pub fn list(conn: &(impl Db + ?Sized), f: &Filter, now: DateTime<Utc>) -> Result<Vec<SupportForm>> {
    let mut sql = String::from("WHERE TRUE");
    let mut args: Vec<Value> = Vec::new();
    let mut arg = |sql: &mut String, clause: &str, v: Value| {
        args.push(v);
        sql.push_str(&clause.replace('?', &format!("?{}", args.len())));
    };
    if f.open_only {
        sql.push_str(" AND status <> 'closed'");
    }
    if let Some(s) = f.status {
        arg(&mut sql, " AND status = ?", s.as_str().to_string().into());
    }
    if f.late {
        arg(
            &mut sql,
            " AND ((replied_at IS NULL AND reply_due < coalesce(closed_at, ?)) OR replied_at > reply_due)",
            ts(now).into(),
        );
    }
    if let Some(b) = f.before_id {
        arg(&mut sql, " AND id < ?", b.into());
    }
    arg(&mut sql, " ORDER BY id DESC LIMIT ?", (f.limit as i64).into());
    table::select(conn, &sql, args)
}
