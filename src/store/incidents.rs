//! Incidents (SPEC I1–I13): typed queries. Lists are paged by key (`id`), never by OFFSET.

use anyhow::Result;
use chrono::{DateTime, Utc};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, params, params_from_iter};

use super::{at, at_opt, parse_col, ts, ts_opt};
use crate::domain::incident::{Category, Channel, Incident, Severity, Status};
use crate::domain::outage::Suspension;

const COLS: &str = "id, title, description, status, category, severity, service, channel, reporter, contact, dept, outage, human_cause, received_at, started_at, clock_start, episode, owner, accepted_at, contacted_at, restored_at, resolved_at, verified_at, closed_at, cause, satisfaction, version, updated_at, updated_by, affected";

fn from_row(r: &Row) -> rusqlite::Result<Incident> {
    Ok(Incident {
        id: r.get(0)?,
        title: r.get(1)?,
        description: r.get(2)?,
        status: parse_col(3, r.get(3)?, Status::parse)?,
        category: parse_col(4, r.get(4)?, Category::parse)?,
        severity: parse_col(5, r.get(5)?, Severity::parse)?,
        service: r.get(6)?,
        channel: parse_col(7, r.get(7)?, Channel::parse)?,
        reporter: r.get(8)?,
        contact: r.get(9)?,
        dept: r.get(10)?,
        outage: r.get(11)?,
        human_cause: r.get(12)?,
        received_at: at(r.get(13)?),
        started_at: at(r.get(14)?),
        clock_start: at(r.get(15)?),
        episode: r.get(16)?,
        owner: r.get(17)?,
        accepted_at: at_opt(r.get(18)?),
        contacted_at: at_opt(r.get(19)?),
        restored_at: at_opt(r.get(20)?),
        resolved_at: at_opt(r.get(21)?),
        verified_at: at_opt(r.get(22)?),
        closed_at: at_opt(r.get(23)?),
        cause: r.get(24)?,
        satisfaction: r.get(25)?,
        version: r.get(26)?,
        updated_at: at(r.get(27)?),
        updated_by: r.get(28)?,
        affected: super::json_list(29, r.get(29)?)?,
    })
}

/// Insert a new incident; returns its id. `engine_due_at` is when the ladder first needs a look.
pub fn insert(conn: &Connection, i: &Incident, engine_due_at: Option<DateTime<Utc>>) -> Result<i64> {
    // Cached: the scale generator writes a million through here.
    conn.prepare_cached(
        "INSERT INTO incidents (title, description, status, category, severity, service, channel, reporter, contact, dept,
            outage, human_cause, received_at, started_at, clock_start, episode, owner, accepted_at, contacted_at, restored_at,
            resolved_at, verified_at, closed_at, cause, satisfaction, version, updated_at, updated_by, engine_due_at, affected)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24,
            ?25, ?26, ?27, ?28, ?29, ?30)")?
    .execute(params![
            i.title,
            i.description,
            i.status.as_str(),
            i.category.as_str(),
            i.severity.as_str(),
            i.service,
            i.channel.as_str(),
            i.reporter,
            i.contact,
            i.dept,
            i.outage,
            i.human_cause,
            ts(i.received_at),
            ts(i.started_at),
            ts(i.clock_start),
            i.episode,
            i.owner,
            ts_opt(i.accepted_at),
            ts_opt(i.contacted_at),
            ts_opt(i.restored_at),
            ts_opt(i.resolved_at),
            ts_opt(i.verified_at),
            ts_opt(i.closed_at),
            i.cause,
            i.satisfaction,
            i.version,
            ts(i.updated_at),
            i.updated_by,
            ts_opt(engine_due_at),
            super::to_json_list(&i.affected),
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Write `new` over `old`; false when the row is no longer at `old.version` (someone else won).
pub fn update(conn: &Connection, old: &Incident, new: &Incident) -> Result<bool> {
    let n = conn.execute(
        "UPDATE incidents SET title = ?1, description = ?2, status = ?3, category = ?4, severity = ?5, service = ?6,
            channel = ?7, reporter = ?8, contact = ?9, dept = ?10, outage = ?11, human_cause = ?12, received_at = ?13,
            started_at = ?14, clock_start = ?15, episode = ?16, owner = ?17, accepted_at = ?18, contacted_at = ?19,
            restored_at = ?20, resolved_at = ?21, verified_at = ?22, closed_at = ?23, cause = ?24, satisfaction = ?25,
            version = ?26, updated_at = ?27, updated_by = ?28, affected = ?31
         WHERE id = ?29 AND version = ?30",
        params![
            new.title,
            new.description,
            new.status.as_str(),
            new.category.as_str(),
            new.severity.as_str(),
            new.service,
            new.channel.as_str(),
            new.reporter,
            new.contact,
            new.dept,
            new.outage,
            new.human_cause,
            ts(new.received_at),
            ts(new.started_at),
            ts(new.clock_start),
            new.episode,
            new.owner,
            ts_opt(new.accepted_at),
            ts_opt(new.contacted_at),
            ts_opt(new.restored_at),
            ts_opt(new.resolved_at),
            ts_opt(new.verified_at),
            ts_opt(new.closed_at),
            new.cause,
            new.satisfaction,
            new.version,
            ts(new.updated_at),
            new.updated_by,
            old.id,
            old.version,
            super::to_json_list(&new.affected),
        ],
    )?;
    Ok(n == 1)
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Incident>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLS} FROM incidents WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?)
}

/// One page of every incidents row in id order (`opsdesk check`).
pub fn scan(conn: &Connection, after: i64, limit: usize) -> Result<Vec<Incident>> {
    super::page_of(conn, "incidents", COLS, after, limit, from_row)
}

/// When the engine next needs to look at this incident (`None`: not by time alone).
pub fn set_engine_due(conn: &Connection, id: i64, due: Option<DateTime<Utc>>) -> Result<()> {
    conn.execute(
        "UPDATE incidents SET engine_due_at = ?1 WHERE id = ?2",
        params![ts_opt(due), id],
    )?;
    Ok(())
}

/// Incidents the engine must look at by `now`, oldest due first.
pub fn engine_due(conn: &Connection, now: DateTime<Utc>, limit: usize) -> Result<Vec<Incident>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COLS} FROM incidents WHERE engine_due_at IS NOT NULL AND engine_due_at <= ?1 ORDER BY engine_due_at LIMIT ?2"
    ))?;
    let rows = st
        .query_map(params![ts(now), limit as i64], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// I7: incidents on `service` and `category` whose episode started in (from, to] and were
/// restored within `quick_secs`.
pub fn count_quick_fixes(
    conn: &Connection,
    service: &str,
    category: Category,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    quick_secs: i64,
) -> Result<u32> {
    let n: i64 = conn.query_row(
        "SELECT count(*) FROM incidents WHERE service = ?1 AND category = ?2 AND clock_start > ?3 AND clock_start <= ?4
           AND restored_at IS NOT NULL AND restored_at - clock_start <= ?5",
        params![service, category.as_str(), ts(from), ts(to), quick_secs],
        |r| r.get(0),
    )?;
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
}

/// The span of "effective elapsed seconds" that makes a level (see [`Filter::level`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LevelBand {
    pub from_secs: i64,
    pub to_secs: Option<i64>,
}

#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub open_only: bool,
    pub status: Option<Status>,
    /// I6 level: unrestored incidents count from their clock start to now; restored ones to
    /// their restoration, less one second, because restoring exactly at a limit is within it.
    pub level: Option<LevelBand>,
    pub service: Option<String>,
    pub category: Option<Category>,
    pub owner: Option<String>,
    pub received_from: Option<DateTime<Utc>>,
    pub received_to: Option<DateTime<Utc>>,
    /// Keyed paging: only ids below this one.
    pub before_id: Option<i64>,
    pub limit: usize,
}

/// The ledger (I13), newest first, one page.
pub fn list(conn: &Connection, f: &Filter, now: DateTime<Utc>) -> Result<Vec<Incident>> {
    let mut sql = format!("SELECT {COLS} FROM incidents WHERE 1");
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
    if let Some(band) = f.level {
        let elapsed = "(CASE WHEN restored_at IS NULL THEN ? - clock_start ELSE restored_at - clock_start - 1 END)";
        arg(&mut sql, &format!(" AND {elapsed}"), ts(now).into());
        arg(&mut sql, " >= ?", band.from_secs.into());
        if let Some(to) = band.to_secs {
            arg(&mut sql, &format!(" AND {elapsed}"), ts(now).into());
            arg(&mut sql, " < ?", to.into());
        }
    }
    if let Some(s) = &f.service {
        arg(&mut sql, " AND service = ?", s.clone().into());
    }
    if let Some(c) = f.category {
        arg(&mut sql, " AND category = ?", c.as_str().to_string().into());
    }
    if let Some(o) = &f.owner {
        arg(&mut sql, " AND owner = ?", o.clone().into());
    }
    if let Some(t) = f.received_from {
        arg(&mut sql, " AND received_at >= ?", ts(t).into());
    }
    if let Some(t) = f.received_to {
        arg(&mut sql, " AND received_at < ?", ts(t).into());
    }
    if let Some(id) = f.before_id {
        arg(&mut sql, " AND id < ?", id.into());
    }
    arg(&mut sql, " ORDER BY id DESC LIMIT ?", (f.limit as i64).into());
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st
        .query_map(params_from_iter(args), from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// I11: every suspension that touches [from, to).
pub fn suspensions(
    conn: &Connection,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Vec<Suspension>> {
    let mut st = conn.prepare_cached(
        "SELECT id, service, started_at, restored_at, human_cause FROM incidents
         WHERE outage = 1 AND started_at < ?2 AND coalesce(restored_at, ?3) >= ?1 ORDER BY started_at, id",
    )?;
    let rows = st
        .query_map(params![ts(from), ts(to), ts(now)], |r| {
            Ok(Suspension {
                incident_id: r.get(0)?,
                service: r.get(1)?,
                start: at(r.get(2)?),
                end: at_opt(r.get(3)?),
                human_cause: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// The engine's next look at one incident.
pub fn engine_due_at(conn: &Connection, id: i64) -> Result<Option<DateTime<Utc>>> {
    let v: Option<Option<i64>> = conn
        .query_row("SELECT engine_due_at FROM incidents WHERE id = ?1", [id], |r| r.get(0))
        .optional()?;
    Ok(at_opt(v.flatten()))
}

/// The open queue's orders, each backed by an index on open incidents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum QueueSort {
    /// Not yet restored first, longest running first: the ladder's order.
    #[default]
    Urgency,
    /// Newest report first.
    Newest,
    /// P1 first, then longest running.
    Severity,
}

/// `LIKE` pattern for a typed filter: its own `%` and `_` match themselves.
fn like_pattern(filter: &str) -> String {
    let escaped = filter.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    format!("%{escaped}%")
}

/// The first `limit` open incidents in `sort` order, matching `filter` (in title, service,
/// owner, reporter, department, or the id itself).
pub fn queue(conn: &Connection, sort: QueueSort, filter: &str, limit: usize) -> Result<Vec<Incident>> {
    let order = match sort {
        QueueSort::Urgency => "(restored_at IS NOT NULL), clock_start, id",
        QueueSort::Newest => "id DESC",
        QueueSort::Severity => "severity, clock_start, id",
    };
    let filter = filter.trim();
    let (where_filter, args): (&str, Vec<Value>) = if filter.is_empty() {
        ("", vec![(limit as i64).into()])
    } else {
        let id: i64 = filter.trim_start_matches('#').parse().unwrap_or(-1);
        (
            " AND (title LIKE ?2 ESCAPE '\\' OR service LIKE ?2 ESCAPE '\\' OR coalesce(owner, '') LIKE ?2 ESCAPE '\\'
                   OR reporter LIKE ?2 ESCAPE '\\' OR dept LIKE ?2 ESCAPE '\\' OR id = ?3)",
            vec![(limit as i64).into(), like_pattern(filter).into(), id.into()],
        )
    };
    let sql = format!("SELECT {COLS} FROM incidents WHERE status <> 'closed'{where_filter} ORDER BY {order} LIMIT ?1");
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st
        .query_map(params_from_iter(args), from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Open incidents by I6 level, as `list --level` counts them: [none, supervisor, manager, leader].
pub fn open_counts(
    conn: &Connection,
    now: DateTime<Utc>,
    supervisor: i64,
    manager: i64,
    leader: i64,
) -> Result<[i64; 4]> {
    // The unrestored ones, whose level moves with the clock, walking incidents_open_urgency.
    let live: [i64; 3] = conn.prepare_cached(
        "SELECT coalesce(sum(e >= ?2 AND e < ?3), 0), coalesce(sum(e >= ?3 AND e < ?4), 0), coalesce(sum(e >= ?4), 0)
         FROM (SELECT ?1 - clock_start AS e FROM incidents WHERE status <> 'closed' AND (restored_at IS NOT NULL) = 0)",
    )?
    .query_row(params![ts(now), supervisor, manager, leader], |r| Ok([r.get(0)?, r.get(1)?, r.get(2)?]))?;
    // The restored ones stopped at a level: kept by minute of elapsed time (schema 7). The
    // thresholds are whole minutes (config), so a minute falls wholly in one level.
    let frozen: [i64; 3] = conn
        .prepare_cached(
            "SELECT coalesce(sum(CASE WHEN minute * 60 >= ?1 AND minute * 60 < ?2 THEN n END), 0),
                coalesce(sum(CASE WHEN minute * 60 >= ?2 AND minute * 60 < ?3 THEN n END), 0),
                coalesce(sum(CASE WHEN minute * 60 >= ?3 THEN n END), 0)
         FROM open_restored",
        )?
        .query_row(params![supervisor, manager, leader], |r| {
            Ok([r.get(0)?, r.get(1)?, r.get(2)?])
        })?;
    let total: i64 = conn
        .prepare_cached("SELECT n FROM open_total")?
        .query_row([], |r| r.get(0))?;
    let (sup, man, lead) = (live[0] + frozen[0], live[1] + frozen[1], live[2] + frozen[2]);
    Ok([total - sup - man - lead, sup, man, lead])
}

/// Open incidents not yet restored whose ladder has reached the supervisor, longest first.
pub fn escalated(conn: &Connection, now: DateTime<Utc>, supervisor_secs: i64, limit: usize) -> Result<Vec<Incident>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COLS} FROM incidents WHERE status <> 'closed' AND (restored_at IS NOT NULL) = 0 AND clock_start <= ?1
         ORDER BY (restored_at IS NOT NULL), clock_start, id LIMIT ?2"
    ))?;
    let rows = st
        .query_map(params![ts(now) - supervisor_secs, limit as i64], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Incidents by id (for duties listed apart from their incident).
pub fn by_ids(conn: &Connection, ids: &[i64]) -> Result<Vec<Incident>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COLS} FROM incidents WHERE id IN (SELECT value FROM json_each(?1))"
    ))?;
    let rows = st
        .query_map([serde_json::to_string(ids)?], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Whether any incident waits for the engine: a cheap read before taking the write lock.
pub fn any_engine_due(conn: &Connection, now: DateTime<Utc>) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM incidents WHERE engine_due_at IS NOT NULL AND engine_due_at <= ?1 LIMIT 1")?
        .query_row([ts(now)], |_| Ok(()))
        .optional()?
        .is_some())
}
