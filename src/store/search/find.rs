//! One search over the index: every term must match (a phrase each, see `tokens`), newest change
//! first, filtered by kind, open or closed and time inside the index itself (the `tags` column
//! and the document ids), so that a filter that leaves few hits costs as little as one that
//! leaves many.

use anyhow::Result;
use rusqlite::types::Value;

use super::{server, sources, tokens};
use crate::domain::kind::Kind;
use crate::store::db::{self, Db, Engine};
use crate::store::table::from_value;

/// What to look for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Query {
    pub text: String,
    /// Only these kinds (all searched kinds when empty).
    pub kinds: Vec<Kind>,
    /// Only open records (`Some(true)`), only closed ones (`Some(false)`).
    pub open: Option<bool>,
    /// Only records changed at or after this instant (seconds since the epoch).
    pub since: Option<i64>,
    pub limit: usize,
}

/// A matching record, newest change first.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub kind: Kind,
    pub id: i64,
    pub open: bool,
    /// Its last change, seconds since the epoch.
    pub at: i64,
    /// The query named it by its id (`12`, `#12`).
    pub by_id: bool,
}

/// The FTS5 expression for `q`, or `None` when nothing in it can be searched.
pub fn expression(q: &Query) -> Option<String> {
    expression_as(q, true)
}

/// [`expression`], each term's last word matching only whole unless `prefix`.
fn expression_as(q: &Query, prefix: bool) -> Option<String> {
    let phrases: Vec<String> = tokens::terms(&q.text)
        .iter()
        .filter_map(|t| tokens::phrase_as(t, prefix))
        .collect();
    if phrases.is_empty() {
        return None;
    }
    let mut parts = phrases;
    if !q.kinds.is_empty() {
        let ks: Vec<&str> = q.kinds.iter().map(|k| k.as_str()).collect();
        parts.push(format!("tags : ({})", ks.join(" OR ")));
    }
    if let Some(open) = q.open {
        parts.push(format!("tags : {}", if open { "open" } else { "closed" }));
    }
    Some(parts.join(" AND "))
}

/// A term that names a record by its number: `12`, `#12`.
fn id_term(q: &Query) -> Option<i64> {
    let t = q.text.trim();
    let t = t.strip_prefix('#').unwrap_or(t);
    (!t.is_empty() && t.len() <= 18 && t.chars().all(|c| c.is_ascii_digit()))
        .then(|| t.parse().ok())
        .flatten()
}

/// The hits of `q`: records named by their id first, then the index's matches, newest first.
/// The same on either engine: on PostgreSQL the matches are read as `server` says.
pub fn find(conn: &(impl Db + ?Sized), q: &Query) -> Result<Vec<Found>> {
    let limit = q.limit.max(1);
    let mut out: Vec<Found> = Vec::new();
    if let Some(id) = id_term(q) {
        let rows = db::rows(
            conn,
            "SELECT kind, open, at FROM search_docs WHERE record_id = ?1 ORDER BY id DESC",
            [id],
            |r| {
                Ok((
                    from_value::<String>(r.cell(0)?, 0)?,
                    from_value::<bool>(r.cell(1)?, 1)?,
                    from_value::<i64>(r.cell(2)?, 2)?,
                ))
            },
        )?;
        for (k, open, at) in rows {
            let Ok(kind) = Kind::parse(&k) else { continue };
            if wanted(q, kind, open, at) && out.len() < limit {
                out.push(Found {
                    kind,
                    id,
                    open,
                    at,
                    by_id: true,
                });
            }
        }
    }
    let (Some(whole), Some(expr)) = (expression_as(q, false), expression(q)) else {
        return Ok(out);
    };
    let by_id = out.len();
    // Whole words first (read lazily, newest first); their beginnings only when those leave
    // room (a word typed halfway).
    matches(conn, q, (&whole, false), limit, &mut out)?;
    if out.len() < limit && expr != whole {
        out.truncate(by_id);
        matches(conn, q, (&expr, true), limit, &mut out)?;
    }
    Ok(out)
}

fn wanted(q: &Query, kind: Kind, open: bool, at: i64) -> bool {
    (q.kinds.is_empty() || q.kinds.contains(&kind))
        && q.open.is_none_or(|o| o == open)
        && q.since.is_none_or(|s| at >= s)
}

/// The index's matches of `expr` (FTS5's expression of `q`, each term's last word a prefix when
/// `prefix`) after those in `out`, newest first, until `out` holds `limit`.
fn matches(
    conn: &(impl Db + ?Sized),
    q: &Query,
    (expr, prefix): (&str, bool),
    limit: usize,
    out: &mut Vec<Found>,
) -> Result<()> {
    // Documents are numbered in the order of their records' last changes: `since` is a lower
    // bound on the number, which FTS5 applies while reading.
    let floor: i64 = match q.since {
        Some(s) => db::first(conn, "SELECT min(id) FROM search_docs WHERE at >= ?1", [s], |r| {
            from_value::<Option<i64>>(r.cell(0)?, 0)
        })?
        .flatten()
        .unwrap_or(i64::MAX),
        None => 0,
    };
    let take = limit + out.len() + 8;
    let rows = match conn.engine() {
        // SQLite-only: FTS5's MATCH.
        Engine::Sqlite => db::rows(
            conn,
            "SELECT d.kind, d.record_id, d.open, d.at FROM search_text s JOIN search_docs d ON d.id = s.rowid
             WHERE search_text MATCH ?1 AND s.rowid >= ?2 ORDER BY s.rowid DESC LIMIT ?3",
            vec![
                Value::Text(expr.to_string()),
                Value::Integer(floor),
                Value::Integer(take as i64),
            ],
            |r| {
                Ok((
                    from_value::<String>(r.cell(0)?, 0)?,
                    from_value::<i64>(r.cell(1)?, 1)?,
                    from_value::<bool>(r.cell(2)?, 2)?,
                    from_value::<i64>(r.cell(3)?, 3)?,
                ))
            },
        )?,
        Engine::Postgres => {
            let ask = server::Ask {
                text: &q.text,
                kinds: &q.kinds,
                open: q.open,
                prefix,
                expr,
            };
            server::matches(conn, &ask, floor, take)?
        }
    };
    for (k, id, open, at) in rows {
        let Ok(kind) = Kind::parse(&k) else { continue };
        if out.iter().any(|f| f.kind == kind && f.id == id) || !wanted(q, kind, open, at) {
            continue;
        }
        if out.len() >= limit {
            break;
        }
        out.push(Found {
            kind,
            id,
            open,
            at,
            by_id: false,
        });
    }
    Ok(())
}

/// The kinds the index holds, as `--kind` accepts them.
pub fn searched_kinds() -> Vec<Kind> {
    sources::SOURCES.iter().map(|s| s.kind).collect()
}
