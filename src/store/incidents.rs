//! Incidents (SPEC I1–I13): typed queries. Lists are paged by key (`id`), never by OFFSET.

use anyhow::Result;
use chrono::{DateTime, Utc};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, params};

use super::db::{self, Db};
use super::table::{self, stored_as_words, table};
use super::{at, at_opt, ts, ts_opt};
use crate::domain::incident::{Category, Channel, Incident, Severity, Status};
use crate::domain::outage::Suspension;

stored_as_words!(Status, Category, Severity, Channel);

table! {
    Incident in "incidents" beside [engine_due_at] {
        id,
        title,
        description,
        status,
        category,
        severity,
        service,
        channel,
        reporter,
        contact,
        dept,
        outage,
        human_cause,
        received_at,
        started_at,
        clock_start,
        episode,
        owner,
        accepted_at,
        contacted_at,
        restored_at,
        resolved_at,
        verified_at,
        closed_at,
        cause,
        satisfaction,
        version,
        updated_at,
        updated_by,
        affected,
    }
}

/// Insert a new incident; returns its id. `engine_due_at` is when the ladder first needs a look.
pub fn insert(conn: &(impl Db + ?Sized), i: &Incident, engine_due_at: Option<DateTime<Utc>>) -> Result<i64> {
    table::insert_beside(conn, i, vec![ts_opt(engine_due_at).into()])
}

/// Write `new` over `old`; false when the row is no longer at `old.version` (someone else won).
pub fn update(conn: &(impl Db + ?Sized), old: &Incident, new: &Incident) -> Result<bool> {
    table::update(conn, old, new)
}

pub fn get(conn: &(impl Db + ?Sized), id: i64) -> Result<Option<Incident>> {
    table::get(conn, id)
}

/// One page of every incidents row in id order (`opsdesk check`).
pub fn scan(conn: &Connection, after: i64, limit: usize) -> Result<Vec<Incident>> {
    table::scan(conn, after, limit)
}

/// When the engine next needs to look at this incident (`None`: not by time alone).
pub fn set_engine_due(conn: &(impl Db + ?Sized), id: i64, due: Option<DateTime<Utc>>) -> Result<()> {
    conn.exec(
        "UPDATE incidents SET engine_due_at = ?1 WHERE id = ?2",
        params![ts_opt(due), id],
    )?;
    Ok(())
}

/// Incidents the engine must look at by `now`, oldest due first.
pub fn engine_due(conn: &(impl Db + ?Sized), now: DateTime<Utc>, limit: usize) -> Result<Vec<Incident>> {
    table::select(
        conn,
        "WHERE engine_due_at IS NOT NULL AND engine_due_at <= ?1 ORDER BY engine_due_at LIMIT ?2",
        params![ts(now), limit as i64],
    )
}

/// I7: incidents on `service` and `category` whose episode started in (from, to] and were
/// restored within `quick_secs`.
pub fn count_quick_fixes(
    conn: &(impl Db + ?Sized),
    service: &str,
    category: Category,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    quick_secs: i64,
) -> Result<u32> {
    let n: i64 = db::first(
        conn,
        "SELECT count(*) FROM incidents WHERE service = ?1 AND category = ?2 AND clock_start > ?3 AND clock_start <= ?4
           AND restored_at IS NOT NULL AND restored_at - clock_start <= ?5",
        params![service, category.as_str(), ts(from), ts(to), quick_secs],
        |r| table::from_value(r.cell(0)?, 0),
    )?
    .unwrap_or(0);
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
pub fn list(conn: &(impl Db + ?Sized), f: &Filter, now: DateTime<Utc>) -> Result<Vec<Incident>> {
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
    table::select(conn, &sql, args)
}

/// I11: every suspension that touches [from, to).
pub fn suspensions(
    conn: &(impl Db + ?Sized),
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Vec<Suspension>> {
    db::rows(
        conn,
        "SELECT id, service, started_at, restored_at, human_cause FROM incidents
         WHERE outage = 1 AND started_at < ?2 AND coalesce(restored_at, ?3) >= ?1 ORDER BY started_at, id",
        params![ts(from), ts(to), ts(now)],
        |r| {
            Ok(Suspension {
                incident_id: r.cell(0)?.as_i64()?,
                service: r.cell(1)?.as_str()?.to_string(),
                start: at(r.cell(2)?.as_i64()?),
                end: at_opt(r.cell(3)?.as_i64_or_null()?),
                human_cause: r.cell(4)?.as_i64()? != 0,
            })
        },
    )
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
    queue_page(
        conn,
        (sort, false),
        &QueueFilter::text(filter),
        limit,
        false,
        Utc::now(),
    )
}

/// Which open incidents the queue shows: the typed text and a saved filter's terms (issue 19),
/// all of which must hold. Each term narrows the walk of the sort's index, none orders it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QueueFilter {
    /// As `/` takes it: title, service, owner, reporter, department, or the id.
    pub text: String,
    /// `Some(None)`: unowned; `Some(Some(login))`: owned by that login.
    pub owner: Option<Option<String>>,
    /// The lowest priority kept (2: P1 and P2).
    pub max_priority: Option<u8>,
    /// Only those with a duty open past its deadline (by the duties_open index).
    pub missed: bool,
}

impl QueueFilter {
    pub fn text(text: &str) -> QueueFilter {
        QueueFilter {
            text: text.to_string(),
            ..QueueFilter::default()
        }
    }
}

/// The WHERE of the open queue under `f` at `now`, and its arguments after the first (`?1` is the
/// caller's).
fn queue_where(f: &QueueFilter, now: DateTime<Utc>, engine: db::Engine) -> (String, Vec<Value>) {
    let mut sql = String::from("WHERE status <> 'closed'");
    let mut args: Vec<Value> = Vec::new();
    // `?1` is the caller's: each argument pushed is the next number after it.
    fn arg(sql: &mut String, args: &mut Vec<Value>, text: &str, v: Value) {
        args.push(v);
        sql.push_str(&text.replace('?', &format!("?{}", args.len() + 1)));
    }
    let text = f.text.trim();
    if !text.is_empty() {
        let id: i64 = text.trim_start_matches('#').parse().unwrap_or(-1);
        args.extend([like_pattern(text).into(), id.into()]);
        // SQLite's LIKE ignores the case of ASCII letters, as the console's index in memory does;
        // PostgreSQL's is exact, its ILIKE is the same comparison.
        let like = match engine {
            db::Engine::Sqlite => "LIKE",
            db::Engine::Postgres => "ILIKE",
        };
        sql.push_str(
            &" AND (title LIKE ?2 ESCAPE '\\' OR service LIKE ?2 ESCAPE '\\' OR coalesce(owner, '') LIKE ?2 ESCAPE '\\'
                   OR reporter LIKE ?2 ESCAPE '\\' OR dept LIKE ?2 ESCAPE '\\' OR id = ?3)"
                .replace("LIKE", like),
        );
    }
    match &f.owner {
        Some(Some(login)) => arg(&mut sql, &mut args, " AND owner = ?", login.clone().into()),
        Some(None) => sql.push_str(" AND owner IS NULL"),
        None => {}
    }
    if let Some(p) = f.max_priority {
        arg(&mut sql, &mut args, " AND severity <= ?", format!("P{p}").into());
    }
    if f.missed {
        arg(
            &mut sql,
            &mut args,
            " AND id IN (SELECT record_id FROM duties WHERE done_at IS NULL AND due_at < ? AND record_kind = 'incident')",
            ts(now).into(),
        );
    }
    (sql, args)
}

/// The index a typed filter walks (schema 22): the open incidents in urgency order with every
/// column the text is looked for in, so that only a match's row is read. SQLite-only (`INDEXED
/// BY`): left to itself the planner walks the narrower `incidents_open_urgency` and reads every
/// row to test it. Empty when no text is typed.
fn filter_index(filter: &QueueFilter, engine: db::Engine) -> &'static str {
    if filter.text.trim().is_empty() || engine == db::Engine::Postgres {
        ""
    } else {
        "INDEXED BY incidents_open_filter "
    }
}

/// The first `limit` rows of the queue in `sort`'s order (reversed when its flag says so), or
/// (`from_end`) its last `limit` rows, still in that order: the same index walked backwards, so
/// that the end of a queue of a hundred thousand is as near as its top (keyed, never OFFSET).
/// A reversed sort walks the same index the other way: right over the whole queue, not a page.
pub fn queue_page(
    conn: &(impl Db + ?Sized),
    (sort, reverse): (QueueSort, bool),
    filter: &QueueFilter,
    limit: usize,
    from_end: bool,
    now: DateTime<Utc>,
) -> Result<Vec<Incident>> {
    let order = match (sort, from_end != reverse) {
        (QueueSort::Urgency, false) => "(restored_at IS NOT NULL), clock_start, id",
        (QueueSort::Urgency, true) => "(restored_at IS NOT NULL) DESC, clock_start DESC, id DESC",
        (QueueSort::Newest, false) => "id DESC",
        (QueueSort::Newest, true) => "id",
        (QueueSort::Severity, false) => "severity, clock_start, id",
        (QueueSort::Severity, true) => "severity DESC, clock_start DESC, id DESC",
    };
    let (where_, rest) = queue_where(filter, now, conn.engine());
    let args: Vec<Value> = std::iter::once((limit as i64).into()).chain(rest).collect();
    let index = if sort == QueueSort::Urgency {
        filter_index(filter, conn.engine())
    } else {
        ""
    };
    let sql = format!("{index}{where_} ORDER BY {order} LIMIT ?1");
    let mut rows = table::select(conn, &sql, args)?;
    if from_end {
        rows.reverse();
    }
    Ok(rows)
}

impl QueueFilter {
    /// Whether it keeps every open incident (nothing typed, no saved filter's term).
    pub fn is_none(&self) -> bool {
        self.text.trim().is_empty() && self.owner.is_none() && self.max_priority.is_none() && !self.missed
    }
}

/// The open queue's length under `filter` when it costs one row to read (the kept total, when
/// nothing filters it); `None` when it must be counted ([`queue_count`]).
pub fn queue_total_kept(conn: &(impl Db + ?Sized), filter: &QueueFilter) -> Result<Option<i64>> {
    if !filter.is_none() {
        return Ok(None);
    }
    open_total(conn).map(Some)
}

/// The open incidents, as kept (schema 7).
fn open_total(conn: &(impl Db + ?Sized)) -> Result<i64> {
    db::first(conn, "SELECT n FROM open_total", [], |r| Ok(r.cell(0)?.as_i64()?))?
        .ok_or_else(|| anyhow::anyhow!("the desk's open_total row is missing: run opsdesk check"))
}

/// How many incidents the open queue under `filter` holds at `now`: the kept total when
/// unfiltered, else a count over every open incident (the console runs it on a thread of its
/// own, off the keys' path: `tui::count`).
pub fn queue_count(conn: &(impl Db + ?Sized), filter: &QueueFilter, now: DateTime<Utc>) -> Result<i64> {
    if let Some(n) = queue_total_kept(conn, filter)? {
        return Ok(n);
    }
    let engine = conn.engine();
    let (where_, rest) = queue_where(filter, now, engine);
    // ?1 is the page's limit in queue_page; here a NULL named once keeps the others in place
    // (typed, for PostgreSQL).
    let args: Vec<Value> = std::iter::once(Value::Null).chain(rest).collect();
    let index = filter_index(filter, engine);
    let sql = format!("SELECT count(*) FROM incidents {index}{where_} AND CAST(?1 AS BIGINT) IS NULL");
    Ok(db::first(conn, &sql, args, |r| Ok(r.cell(0)?.as_i64()?))?.unwrap_or(0))
}

/// Open incidents by I6 level, as `list --level` counts them: [none, supervisor, manager, leader].
pub fn open_counts(
    conn: &(impl Db + ?Sized),
    now: DateTime<Utc>,
    supervisor: i64,
    manager: i64,
    leader: i64,
) -> Result<[i64; 4]> {
    let live = unrestored_counts(conn, now, supervisor, manager, leader)?;
    // The restored ones stopped at a level: kept by minute of elapsed time (schema 7). The
    // thresholds are whole minutes (config), so a minute falls wholly in one level.
    // CAST: PostgreSQL's sum of a bigint is a numeric.
    let frozen: [i64; 3] = db::first(
        conn,
        "SELECT CAST(coalesce(sum(CASE WHEN minute * 60 >= ?1 AND minute * 60 < ?2 THEN n END), 0) AS BIGINT),
                CAST(coalesce(sum(CASE WHEN minute * 60 >= ?2 AND minute * 60 < ?3 THEN n END), 0) AS BIGINT),
                CAST(coalesce(sum(CASE WHEN minute * 60 >= ?3 THEN n END), 0) AS BIGINT)
         FROM open_restored",
        params![supervisor, manager, leader],
        three,
    )?
    .unwrap_or_default();
    let total = open_total(conn)?;
    let (sup, man, lead) = (live[0] + frozen[0], live[1] + frozen[1], live[2] + frozen[2]);
    Ok([total - sup - man - lead, sup, man, lead])
}

/// Open incidents not yet restored at each escalated level, [supervisor, manager, leader]: what
/// a console's title bar counts (a restored one needs nobody told any more).
pub fn unrestored_counts(
    conn: &(impl Db + ?Sized),
    now: DateTime<Utc>,
    supervisor: i64,
    manager: i64,
    leader: i64,
) -> Result<[i64; 3]> {
    // Their level moves with the clock: walking incidents_open_urgency (`count(*) FILTER` is
    // spelled the same on both engines).
    let sql = format!(
        "SELECT count(*) FILTER (WHERE e >= ?2 AND e < ?3), count(*) FILTER (WHERE e >= ?3 AND e < ?4),
                count(*) FILTER (WHERE e >= ?4)
         FROM (SELECT ?1 - clock_start AS e FROM incidents WHERE status <> 'closed' AND {}) AS live",
        unrestored(conn.engine())
    );
    let live = db::first(conn, &sql, params![ts(now), supervisor, manager, leader], three)?.unwrap_or_default();
    Ok(live)
}

fn three(r: &dyn db::Cells) -> rusqlite::Result<[i64; 3]> {
    Ok([r.cell(0)?.as_i64()?, r.cell(1)?.as_i64()?, r.cell(2)?.as_i64()?])
}

/// Not restored, as incidents_open_urgency spells its first column so that the planner walks it:
/// SQLite's truth value is the integer 0 or 1, PostgreSQL's a boolean.
pub(crate) fn unrestored(engine: db::Engine) -> &'static str {
    match engine {
        db::Engine::Sqlite => "(restored_at IS NOT NULL) = 0",
        db::Engine::Postgres => "(restored_at IS NOT NULL) = false",
    }
}

/// Open incidents not yet restored whose ladder has reached the supervisor, longest first.
pub fn escalated(
    conn: &(impl Db + ?Sized),
    now: DateTime<Utc>,
    supervisor_secs: i64,
    limit: usize,
) -> Result<Vec<Incident>> {
    let sql = format!(
        "WHERE status <> 'closed' AND {} AND clock_start <= ?1
         ORDER BY (restored_at IS NOT NULL), clock_start, id LIMIT ?2",
        unrestored(conn.engine())
    );
    table::select(conn, &sql, params![ts(now) - supervisor_secs, limit as i64])
}

/// Incidents by id (for duties listed apart from their incident).
pub fn by_ids(conn: &(impl Db + ?Sized), ids: &[i64]) -> Result<Vec<Incident>> {
    table::by_ids(conn, ids)
}

/// Whether any incident waits for the engine: a cheap read before taking the write lock.
pub fn any_engine_due(conn: &(impl Db + ?Sized), now: DateTime<Utc>) -> Result<bool> {
    let found = db::first(
        conn,
        "SELECT 1 FROM incidents WHERE engine_due_at IS NOT NULL AND engine_due_at <= ?1 LIMIT 1",
        [ts(now)],
        |_| Ok(()),
    )?;
    Ok(found.is_some())
}

/// The ledger's export (I13): incidents received in `[from, to)` with ids above `after`, in id
/// order, one page. Keyed by the primary key: an export walks the table once, however narrow its
/// range.
pub fn received_page(
    conn: &(impl Db + ?Sized),
    (from, to): (DateTime<Utc>, DateTime<Utc>),
    after: i64,
    limit: usize,
) -> Result<Vec<Incident>> {
    table::select(
        conn,
        "WHERE id > ?1 AND received_at >= ?2 AND received_at < ?3 ORDER BY id LIMIT ?4",
        params![after, ts(from), ts(to), limit as i64],
    )
}

/// How many incidents were received in `[from, to)`: the export's progress bar.
pub fn count_received(conn: &(impl Db + ?Sized), (from, to): (DateTime<Utc>, DateTime<Utc>)) -> Result<i64> {
    let n = db::first(
        conn,
        "SELECT count(*) FROM incidents WHERE received_at >= ?1 AND received_at < ?2",
        params![ts(from), ts(to)],
        |r| table::from_value(r.cell(0)?, 0),
    )?;
    Ok(n.unwrap_or(0))
}
