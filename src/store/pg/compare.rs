//! Two copies of a desk compared table by table, row by row: each engine's copy read in key
//! order and summed ([`Sum`]: how many rows, and a digest of every value of every row). Moving a
//! desk compares before it commits, so a copy that differs from its source is never kept.

use anyhow::{Context, Result, bail};
use postgres::fallible_iterator::FallibleIterator;

use super::rows::{DERIVED, SEARCH_TEXT, Sum, Summing, Table, is_derived};

/// The rows of `t` compared: all, but for the counts kept by triggers.
fn filter(t: &Table) -> &'static str {
    DERIVED.iter().find(|(d, _)| *d == t.name).map_or("true", |(_, f)| f)
}

/// `t` as SQLite holds it.
pub fn sum_sqlite(conn: &rusqlite::Connection, t: &Table) -> Result<Sum> {
    let mut st = conn.prepare(&t.select_where(false, filter(t)))?;
    let mut rows = st.query([])?;
    let mut sum = Summing::new();
    while let Some(r) = rows.next()? {
        sum.add(&t.sqlite_row(r)?);
    }
    Ok(sum.finish())
}

/// `t` as PostgreSQL holds it, read as it streams from the server.
pub fn sum_pg(client: &mut impl postgres::GenericClient, t: &Table) -> Result<Sum> {
    let mut rows = client.query_raw(&t.select_where(true, filter(t)), std::iter::empty::<i64>())?;
    let mut sum = Summing::new();
    while let Some(r) = rows.next()? {
        sum.add(&t.pg_row(&r)?);
    }
    Ok(sum.finish())
}

/// What a comparison found equal.
#[derive(Debug, Default)]
pub struct Compared {
    pub tables: usize,
    pub rows: u64,
}

/// Every table of `tables` (the search index's words aside: SQLite's cannot be read back; its
/// documents are compared) read from both copies; the first that differs is named, with both
/// counts. `progress` hears each table's name.
pub fn compare(
    sqlite: &rusqlite::Connection,
    pg: &mut impl postgres::GenericClient,
    tables: &[Table],
    progress: &mut dyn FnMut(&str, u64, u64),
) -> Result<Compared> {
    let mut out = Compared::default();
    let of = tables.len() as u64;
    for (i, t) in tables.iter().enumerate() {
        progress("comparing", i as u64, of);
        if t.name == SEARCH_TEXT {
            continue;
        }
        let a = sum_sqlite(sqlite, t).with_context(|| format!("reading {} from SQLite", t.name))?;
        let b = sum_pg(pg, t).with_context(|| format!("reading {} from PostgreSQL", t.name))?;
        if a != b {
            let kept = if is_derived(t) {
                " (kept by triggers from the incidents)"
            } else {
                ""
            };
            bail!(
                "the copies differ in table {}{kept}: {} rows on SQLite, {} on PostgreSQL{}; nothing was kept",
                t.name,
                a.rows,
                b.rows,
                if a.rows == b.rows { ", with other values" } else { "" }
            );
        }
        out.tables += 1;
        out.rows += a.rows;
    }
    progress("comparing", of, of);
    Ok(out)
}
