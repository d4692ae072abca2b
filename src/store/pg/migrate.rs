//! `opsdesk migrate --to URL` (issue 20): a SQLite desk copied into an empty PostgreSQL database,
//! history and all, in one transaction on the server: the schema, every table's rows with their
//! ids (through COPY), the identities moved past the copied ids, and then both copies compared
//! table by table, row by row. A copy that differs, or fails anywhere, is rolled back: the
//! database is left as empty as it was. The SQLite desk is only read, from one snapshot, so the
//! desk's consoles may go on working meanwhile (what they write after the snapshot is not
//! copied: stop them first to move a desk for good).

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use postgres::binary_copy::BinaryCopyInWriter;
use postgres::types::{ToSql, Type};

use super::compare::{Compared, compare};
use super::rows::{Cell, SEARCH_TEXT, Table, desk_tables, is_derived, is_new};
use super::{connect, create_schema, describe, pg_error, refuse_unless_empty};
use crate::domain::kind::Kind;
use crate::store::engine::PgUrl;
use crate::store::search;

/// What a move copied and compared.
#[derive(Debug)]
pub struct Moved {
    /// Rows written (the counts kept by triggers not among them: they were rebuilt).
    pub rows: u64,
    pub compared: Compared,
}

/// Told `(what, done, of)` as the work goes.
pub type Progress<'a> = &'a mut dyn FnMut(&str, u64, u64);

/// How often the bar hears of the rows.
const EVERY: u64 = 4096;

/// Copy the desk `src` (a read transaction: one snapshot) into the empty database at `url`.
pub fn to_postgres(src: &rusqlite::Connection, url: &PgUrl, now: DateTime<Utc>, progress: Progress) -> Result<Moved> {
    let mut client = connect(url)?;
    refuse_unless_empty(&mut client, url)?;
    let mut tx = client
        .transaction()
        .map_err(|e| describe(&e, url, "starting the copy's transaction"))?;
    create_schema(&mut tx, url, now)?;
    let tables = desk_tables(&mut tx).map_err(|e| pg_error(e, url, "reading the schema's tables"))?;
    let mut of = 0u64;
    for t in tables.iter().filter(|t| !is_derived(t)) {
        let counted = if t.name == SEARCH_TEXT { "search_docs" } else { &t.name };
        let n: i64 = src.query_row(&format!("SELECT count(*) FROM \"{counted}\""), [], |r| r.get(0))?;
        of += n as u64;
    }
    // The copied desk's own meta (when it was made, by what) in place of the new schema's.
    tx.execute("DELETE FROM meta", &[])
        .map_err(|e| describe(&e, url, "clearing the new desk's meta"))?;
    // The open counts' trigger would update its one row once per incident copied: in one
    // transaction each update walks every version before it, hours for a million. Counted once
    // after the copy instead (the schema was made in this transaction: its owner may).
    tx.batch_execute(&format!("ALTER TABLE incidents DISABLE TRIGGER {COUNTS_ON_INSERT}"))
        .map_err(|e| describe(&e, url, "setting the open counts aside for the copy"))?;
    let mut done = 0u64;
    for t in &tables {
        if is_derived(t) {
            continue;
        }
        let what = format!("copying {}", t.name);
        let mut tell = |n: u64| progress(&what, n, of);
        if t.name == SEARCH_TEXT {
            copy_search_text(src, &mut tx, t, &mut done, &mut tell)
        } else {
            copy_table(src, &mut tx, t, &mut done, &mut tell)
        }
        .map_err(|e| pg_error(e, url, &format!("copying table {}", t.name)))?;
    }
    tx.batch_execute(&format!(
        "ALTER TABLE incidents ENABLE TRIGGER {COUNTS_ON_INSERT};
         UPDATE open_total SET n = (SELECT count(*) FROM incidents WHERE status <> 'closed');
         INSERT INTO open_restored (minute, n)
             SELECT greatest(0, restored_at - clock_start - 1) / 60, count(*) FROM incidents
             WHERE status <> 'closed' AND restored_at IS NOT NULL GROUP BY 1;"
    ))
    .map_err(|e| describe(&e, url, "counting the open incidents copied"))?;
    for t in tables.iter().filter(|t| t.identity) {
        // An empty table keeps its sequence at 1, not yet called.
        let sql = format!(
            "SELECT setval(pg_get_serial_sequence($1, 'id'), greatest(max(id), 1), coalesce(max(id) >= 1, false)) FROM {}",
            t.quoted()
        );
        tx.query_one(&sql, &[&t.quoted()])
            .map_err(|e| describe(&e, url, &format!("moving the ids of {} past the copied ones", t.name)))?;
    }
    // Tables filled by COPY have no statistics until autovacuum comes round: the planner would
    // guess, and a million-incident desk's escalation tick took a second instead of milliseconds.
    progress("gathering the server's statistics", done, of);
    let names: Vec<String> = tables.iter().map(|t| t.quoted()).collect();
    tx.batch_execute(&format!("ANALYZE {}", names.join(", ")))
        .map_err(|e| describe(&e, url, "gathering the statistics of the copied tables"))?;
    let compared = compare(src, &mut tx, &tables, progress).map_err(|e| pg_error(e, url, "comparing the copies"))?;
    tx.commit().map_err(|e| describe(&e, url, "committing the copy"))?;
    Ok(Moved { rows: done, compared })
}

/// The open counts' trigger on a new incident (03_counts.sql).
const COUNTS_ON_INSERT: &str = "incidents_count_insert";

/// The writer of `t`'s rows through `COPY … FROM STDIN` in binary.
fn copier<'a>(tx: &'a mut postgres::Transaction<'_>, t: &Table) -> Result<BinaryCopyInWriter<'a>> {
    let types: Vec<Type> = t.columns.iter().map(|(_, ty)| ty.pg_type()).collect();
    let sink = tx.copy_in(&format!(
        "COPY {} ({}) FROM STDIN (FORMAT binary)",
        t.quoted(),
        t.column_list()
    ))?;
    Ok(BinaryCopyInWriter::new(sink, &types))
}

/// Write one row, counting it (the bar hears of every [`EVERY`]th).
fn write_row(w: &mut BinaryCopyInWriter, row: &[Cell], done: &mut u64, tell: &mut dyn FnMut(u64)) -> Result<()> {
    let values: Vec<&(dyn ToSql + Sync)> = row.iter().map(|c| c as &(dyn ToSql + Sync)).collect();
    w.write(&values)?;
    *done += 1;
    if done.is_multiple_of(EVERY) {
        tell(*done);
    }
    Ok(())
}

/// Every row of `t`, in key order, the rows the new schema put there itself stepped over.
fn copy_table(
    src: &rusqlite::Connection,
    tx: &mut postgres::Transaction,
    t: &Table,
    done: &mut u64,
    tell: &mut dyn FnMut(u64),
) -> Result<()> {
    let seeded = tx
        .query(&t.select_sql(true), &[])?
        .iter()
        .map(|r| t.pg_row(r))
        .collect::<Result<Vec<_>>>()?;
    let mut w = copier(tx, t)?;
    let mut st = src.prepare(&t.select_sql(false))?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let row = t.sqlite_row(r)?;
        if !seeded.is_empty() && !is_new(t, &seeded, &row)? {
            continue;
        }
        write_row(&mut w, &row, done, tell)?;
    }
    w.finish()?;
    tell(*done);
    Ok(())
}

/// The search index's words, made again from each document's record as the SQLite index made
/// them (its FTS5 table keeps no text to read back).
fn copy_search_text(
    src: &rusqlite::Connection,
    tx: &mut postgres::Transaction,
    t: &Table,
    done: &mut u64,
    tell: &mut dyn FnMut(u64),
) -> Result<()> {
    let mut w = copier(tx, t)?;
    let mut st = src.prepare("SELECT id, kind, record_id, open FROM search_docs ORDER BY id")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let (id, kind, record, open): (i64, String, i64, bool) = (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
        let kind = Kind::parse(&kind).with_context(|| format!("search document {id}"))?;
        let text = search::text_of(src, kind, record)?.map(|d| d.text).unwrap_or_default();
        let mut row = vec![Cell::Null; t.columns.len()];
        for (i, (col, _)) in t.columns.iter().enumerate() {
            row[i] = match col.as_str() {
                "id" => Cell::Int(id),
                "text" => Cell::Text(search::tokens::index_text(&text).replace('\0', "")),
                "tags" => Cell::Text(search::tags(kind, open)),
                other => anyhow::bail!("search_text has a column {other} this opsdesk does not know"),
            };
        }
        write_row(&mut w, &row, done, tell)?;
    }
    w.finish()?;
    tell(*done);
    Ok(())
}
