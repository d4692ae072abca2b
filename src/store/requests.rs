//! Service requests (SPEC R1–R5, R7, R8): typed queries. Lists are paged by key (`id`, or
//! `(received_at, id)` for the archive's export), never by OFFSET.

use anyhow::Result;
use chrono::{DateTime, Utc};
use rusqlite::params;
use rusqlite::types::Value;

use super::db::Db;
use super::table::{self, stored_as_words, table};
use super::ts;
use crate::domain::request::{
    AccountAction, Classification, FormChannel, PauseKind, Request, RequestKind, RequestStatus, Verdict,
};

stored_as_words!(
    RequestKind,
    RequestStatus,
    FormChannel,
    AccountAction,
    Classification,
    Verdict,
    PauseKind
);

table! {
    Request in "requests" {
        id,
        #[fixed] kind,
        title,
        description,
        dept,
        requester,
        contact,
        channel,
        form_no,
        filed_at,
        received_at,
        chain,
        limit_days,
        approvals,
        status,
        owner,
        accepted_at,
        clock_start,
        episode,
        pauses,
        paused_since,
        due_at,
        met_at,
        changes_product,
        evaluation,
        evaluated_at,
        new_project,
        feedback,
        feedback_form,
        feedback_note,
        feedback_at,
        action,
        system,
        account,
        person,
        person_name,
        permission,
        beyond_authority,
        purpose,
        use_scope,
        president_needed,
        decided_by,
        classification,
        encrypted,
        sha256,
        urgent,
        supervisor,
        reply,
        delivered_at,
        delivery_note,
        closed_at,
        close_reason,
        version,
        updated_at,
        updated_by,
    }
}

pub fn insert(conn: &(impl Db + ?Sized), r: &Request) -> Result<i64> {
    table::insert(conn, r)
}

/// Write `new` over `old`; false when the row is no longer at `old.version`.
pub fn update(conn: &(impl Db + ?Sized), old: &Request, new: &Request) -> Result<bool> {
    table::update(conn, old, new)
}

pub fn get(conn: &(impl Db + ?Sized), id: i64) -> Result<Option<Request>> {
    table::get(conn, id)
}

/// One page of every requests row in id order (`opsdesk check`).
pub fn scan(conn: &(impl Db + ?Sized), after: i64, limit: usize) -> Result<Vec<Request>> {
    table::scan(conn, after, limit)
}

/// The requests with these ids (a page of duties' records).
pub fn by_ids(conn: &(impl Db + ?Sized), ids: &[i64]) -> Result<Vec<Request>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    table::select(
        conn,
        &format!("WHERE {} ORDER BY id", table::in_ids(conn, "id", 1)),
        [table::list(ids)?],
    )
}

/// What a list of requests asks for (R8: by number, department, requester and text).
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub open_only: bool,
    pub kind: Option<RequestKind>,
    pub status: Option<RequestStatus>,
    pub dept: Option<String>,
    pub requester: Option<String>,
    /// The form's own number (OA 流水号), exactly.
    pub form_no: Option<String>,
    /// Text anywhere in the title, the description, the requester or the form number.
    pub text: Option<String>,
    /// R7: the limit passed unmet (not counting a pause), or met after it.
    pub late: bool,
    /// R7: standing still now.
    pub paused: bool,
    pub owner: Option<String>,
    /// Keyed paging: only ids below this one.
    pub before_id: Option<i64>,
    pub limit: usize,
}

/// `text` as a LIKE pattern that finds it anywhere, its own `%`, `_` and `\` meaning themselves.
fn like(text: &str) -> String {
    let mut p = String::from("%");
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

/// One page of the archive, newest first. Each filter but `text` has an index behind it; a text
/// search walks the ids down (the primary key) and stops at a page.
pub fn list(conn: &(impl Db + ?Sized), f: &Filter, now: DateTime<Utc>) -> Result<Vec<Request>> {
    let mut sql = String::from("WHERE TRUE");
    let mut args: Vec<Value> = Vec::new();
    let mut arg = |sql: &mut String, clause: &str, v: Value| {
        args.push(v);
        sql.push_str(&clause.replace('?', &format!("?{}", args.len())));
    };
    if f.open_only {
        sql.push_str(" AND status <> 'closed'");
    }
    if let Some(k) = f.kind {
        arg(&mut sql, " AND kind = ?", k.as_str().to_string().into());
    }
    if let Some(s) = f.status {
        arg(&mut sql, " AND status = ?", s.as_str().to_string().into());
    }
    if let Some(d) = &f.dept {
        arg(&mut sql, " AND dept = ?", d.clone().into());
    }
    if let Some(r) = &f.requester {
        arg(&mut sql, " AND requester = ?", r.clone().into());
    }
    if let Some(n) = &f.form_no {
        arg(&mut sql, " AND form_no = ?", n.clone().into());
    }
    if let Some(o) = &f.owner {
        arg(&mut sql, " AND owner = ?", o.clone().into());
    }
    if f.paused {
        sql.push_str(" AND paused_since IS NOT NULL");
    }
    if f.late {
        arg(
            &mut sql,
            " AND due_at IS NOT NULL AND ((met_at IS NULL AND due_at < COALESCE(paused_since, closed_at, ?)) OR met_at > due_at)",
            ts(now).into(),
        );
    }
    if let Some(t) = &f.text {
        // Every `?` of a clause is the same argument.
        arg(
            &mut sql,
            " AND (title LIKE ? ESCAPE '\\' OR description LIKE ? ESCAPE '\\' OR requester LIKE ? ESCAPE '\\' OR form_no LIKE ? ESCAPE '\\')",
            like(t).into(),
        );
    }
    if let Some(b) = f.before_id {
        arg(&mut sql, " AND id < ?", b.into());
    }
    arg(&mut sql, " ORDER BY id DESC LIMIT ?", (f.limit as i64).into());
    table::select(conn, &sql, args)
}

/// Open requests, most urgent first (the console's list): a running clock by its deadline, then
/// those paused (by the deadline they stood at), then those whose limit was met and are not yet
/// closed, then those still waiting for approvals; newest first among equals. `filter`, when given, is text in
/// the title, the requester, the form's number, the owner, the department's code or name, or the
/// id; LIKE's wildcards match themselves. Open ones are few: the `requests_open` index finds
/// them and the sort is over those alone.
pub fn open_by_urgency(conn: &(impl Db + ?Sized), filter: &str, limit: usize) -> Result<Vec<Request>> {
    let order = "ORDER BY CASE WHEN met_at IS NOT NULL THEN 2 WHEN due_at IS NULL THEN 3 \
         WHEN paused_since IS NOT NULL THEN 1 ELSE 0 END, \
         CASE WHEN met_at IS NULL THEN due_at END, id DESC LIMIT ?1";
    let filter = filter.trim();
    if filter.is_empty() {
        return table::select(conn, &format!("WHERE status <> 'closed' {order}"), [limit as i64]);
    }
    let id: i64 = filter.trim_start_matches('#').parse().unwrap_or(-1);
    let text = "(title LIKE ?2 ESCAPE '\\' OR requester LIKE ?2 ESCAPE '\\' OR form_no LIKE ?2 ESCAPE '\\'
         OR coalesce(owner, '') LIKE ?2 ESCAPE '\\' OR dept LIKE ?2 ESCAPE '\\' OR id = ?3
         OR dept IN (SELECT code FROM departments WHERE name LIKE ?2 ESCAPE '\\'))";
    table::select(
        conn,
        &format!("WHERE status <> 'closed' AND {text} {order}"),
        params![limit as i64, like(filter), id],
    )
}

/// R8: one page of the archive by the time forms reached IT, in `[from, to)`, after the key
/// `(at, id)` of the last row of the page before.
pub fn received_page(
    conn: &(impl Db + ?Sized),
    (from, to): (DateTime<Utc>, DateTime<Utc>),
    after: Option<(DateTime<Utc>, i64)>,
    f: &Filter,
    limit: usize,
) -> Result<Vec<Request>> {
    let (at, id) = after.map_or((ts(from) - 1, i64::MAX), |(t, i)| (ts(t), i));
    table::select(
        conn,
        "WHERE received_at >= ?1 AND received_at < ?2 AND (received_at, id) > (?3, ?4)
           AND (CAST(?5 AS TEXT) IS NULL OR kind = ?5) AND (CAST(?6 AS TEXT) IS NULL OR dept = ?6)
         ORDER BY received_at, id LIMIT ?7",
        params![
            ts(from),
            ts(to),
            at,
            id,
            f.kind.map(|k| k.as_str()),
            f.dept.as_deref(),
            limit as i64
        ],
    )
}
