//! Quality samples (SPEC Q5): the sample, its items in draw order, the findings; and the closed
//! records of a month to draw from, by their `closed_at` index.

use anyhow::Result;
use chrono::{DateTime, Utc};
use rusqlite::params;

use super::db::{self, Db};
use super::table::{self, table};
use super::ts;
use crate::domain::kind::Kind;
use crate::domain::sample::{Finding, Item, Sample};

table! {
    Sample in "samples" {
        id,
        #[fixed] month,
        #[fixed] kinds,
        #[fixed] size,
        #[fixed] seed,
        #[fixed] candidates,
        #[fixed] drawn_by,
        #[fixed] drawn_at,
    }
}

table! {
    Finding in "findings" {
        id,
        #[fixed] sample_id,
        #[fixed] pos,
        #[fixed] record_kind,
        #[fixed] record_id,
        #[fixed] ok,
        #[fixed] text,
        #[fixed] reviewer,
        #[fixed] at,
        #[fixed] corrective_id,
    }
}

/// Write a sample and its items.
pub fn insert(conn: &(impl Db + ?Sized), s: &Sample, items: &[Item]) -> Result<i64> {
    let id = table::insert(conn, s)?;
    for i in items {
        conn.exec(
            "INSERT INTO sample_items (sample_id, pos, record_kind, record_id) VALUES (?1, ?2, ?3, ?4)",
            params![id, i.pos, i.record_kind.as_str(), i.record_id],
        )?;
    }
    Ok(id)
}

pub fn get(conn: &(impl Db + ?Sized), id: i64) -> Result<Option<Sample>> {
    table::get(conn, id)
}

/// One page of samples, newest first, ids below `before`.
pub fn list(conn: &(impl Db + ?Sized), before: Option<i64>, limit: usize) -> Result<Vec<Sample>> {
    table::select(
        conn,
        "WHERE id < ?1 ORDER BY id DESC LIMIT ?2",
        params![before.unwrap_or(i64::MAX), limit as i64],
    )
}

pub fn scan(conn: &(impl Db + ?Sized), after: i64, limit: usize) -> Result<Vec<Sample>> {
    table::scan(conn, after, limit)
}

pub fn scan_findings(conn: &(impl Db + ?Sized), after: i64, limit: usize) -> Result<Vec<Finding>> {
    table::scan(conn, after, limit)
}

pub fn items(conn: &(impl Db + ?Sized), sample: i64) -> Result<Vec<Item>> {
    let rows = db::rows(
        conn,
        "SELECT pos, record_kind, record_id FROM sample_items WHERE sample_id = ?1 ORDER BY pos",
        [sample],
        |r| {
            Ok((
                r.cell(0)?.as_i64()?,
                r.cell(1)?.as_str()?.to_string(),
                r.cell(2)?.as_i64()?,
            ))
        },
    )?;
    rows.into_iter()
        .map(|(pos, kind, id)| {
            Ok(Item {
                pos,
                record_kind: Kind::parse(&kind)?,
                record_id: id,
            })
        })
        .collect()
}

pub fn insert_finding(conn: &(impl Db + ?Sized), f: &Finding) -> Result<i64> {
    table::insert(conn, f)
}

pub fn findings(conn: &(impl Db + ?Sized), sample: i64) -> Result<Vec<Finding>> {
    table::select(conn, "WHERE sample_id = ?1 ORDER BY pos", [sample])
}

pub fn finding_at(conn: &(impl Db + ?Sized), sample: i64, pos: i64) -> Result<Option<Finding>> {
    table::select_one(conn, "WHERE sample_id = ?1 AND pos = ?2", [sample, pos])
}

/// The ids of `kind` records closed in `[from, to)`, in id order: the candidates of a draw. Read
/// through the `closed_at` partial indexes (incidents: migration 014's, since 021 the only one;
/// requests: 015's).
pub fn closed_between(
    conn: &(impl Db + ?Sized),
    kind: Kind,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<i64>> {
    let table = match kind {
        Kind::Incident => "incidents",
        Kind::Request => "requests",
        other => anyhow::bail!("opsdesk samples incidents and requests, not {other}"),
    };
    db::rows(
        conn,
        &format!("SELECT id FROM {table} WHERE status = 'closed' AND closed_at >= ?1 AND closed_at < ?2 ORDER BY id"),
        params![ts(from), ts(to)],
        |r| r.cell(0)?.as_i64().map_err(Into::into),
    )
}

/// Who acted on a record: every actor on its timeline, its duties' too (Q5: they may not
/// review it).
pub fn handlers(conn: &dyn Db, kind: Kind, id: i64) -> Result<Vec<String>> {
    let mut rows: Vec<String> = Vec::new();
    for h in super::audit::timeline(conn, kind, id)? {
        if !rows.contains(&h.actor) {
            rows.push(h.actor);
        }
    }
    Ok(rows)
}
