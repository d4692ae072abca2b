//! `opsdesk backup FILE` of a desk on PostgreSQL (issue 20): an ordinary opsdesk SQLite desk,
//! which any opsdesk opens, written from one snapshot of the server (repeatable read, read only:
//! the desk's consoles go on working meanwhile). The file is made with this opsdesk's SQLite
//! schema, filled in one transaction, compared with the snapshot table by table, row by row, and
//! only then put under its name (mode 0660, like a desk). Putting it back the other way is
//! `opsdesk migrate --to URL`.

use std::path::Path;

use anyhow::{Result, bail};
use postgres::fallible_iterator::FallibleIterator;

use super::compare::compare;
use super::migrate::{Moved, Progress};
use super::rows::{Cell, SEARCH_TEXT, Table, desk_tables, is_derived, is_new};
use super::{describe, open_checked, pg_error};
use crate::error::OpsError;
use crate::store::engine::PgUrl;
use crate::store::errors::describe_sqlite_error;
use crate::store::files::Partial;

const EVERY: u64 = 4096;

/// Write the desk at `url` to the new SQLite file `dest` (replacing it when `replace`), as the
/// desk's user `login`: anyone the desk knows may take a backup, as on SQLite.
pub fn to_sqlite(url: &PgUrl, login: &str, dest: &Path, replace: bool, progress: Progress) -> Result<Moved> {
    copy_to_sqlite(url, login, dest, replace, true, progress)
}

/// [`to_sqlite`]; `counts`: whether the counts the server's triggers keep are compared with the
/// file's (`check` reads them on the server instead, where a wrong one is a finding, not a copy
/// that failed).
pub fn copy_to_sqlite(
    url: &PgUrl,
    login: &str,
    dest: &Path,
    replace: bool,
    counts: bool,
    progress: Progress,
) -> Result<Moved> {
    if !replace && std::fs::symlink_metadata(dest).is_ok() {
        return Err(OpsError::Conflict(format!(
            "{} exists; opsdesk will not overwrite it without --force",
            dest.display()
        ))
        .into());
    }
    if dest.is_dir() {
        return Err(crate::error::invalid(format!(
            "{} is a directory; name the file to write",
            dest.display()
        )));
    }
    let (mut client, _) = open_checked(url)?;
    let mut tx = super::snapshot(&mut client, url)?;
    let known: bool = tx
        .query_one("SELECT count(*) > 0 FROM users WHERE login = $1", &[&login])
        .map_err(|e| describe(&e, url, "reading its users"))?
        .get(0);
    if !known {
        return Err(OpsError::Permission(format!(
            "{login} is not an opsdesk user of {url}; only its users may take a copy of it"
        ))
        .into());
    }
    let tables = desk_tables(&mut tx).map_err(|e| pg_error(e, url, "reading the schema's tables"))?;
    let mut of = 0u64;
    for t in tables.iter().filter(|t| !is_derived(t)) {
        let n: i64 = tx
            .query_one(&format!("SELECT count(*) FROM {}", t.quoted()), &[])
            .map_err(|e| describe(&e, url, &format!("counting {}", t.name)))?
            .get(0);
        of += n as u64;
    }
    if let Some(dir) = dest.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| anyhow::anyhow!("creating directory {}: {e}", dir.display()))?;
    }
    let partial = Partial::reserve(dest)?;
    let mut conn = crate::store::open::create(partial.path())?;
    let moved = {
        let file = conn
            .transaction()
            .map_err(|e| describe_sqlite_error(e, partial.path()))?;
        // The desk's own meta (when it was made, by what) in place of the new file's.
        file.execute("DELETE FROM meta", [])?;
        let mut done = 0u64;
        for t in &tables {
            if is_derived(t) {
                continue;
            }
            let what = format!("copying {}", t.name);
            let mut tell = |n: u64| progress(&what, n, of);
            copy_table(&mut tx, &file, t, &mut done, &mut tell)
                .map_err(|e| pg_error(e, url, &format!("copying table {}", t.name)))?;
        }
        let compared: Vec<_> = tables.iter().filter(|t| counts || !is_derived(t)).cloned().collect();
        let compared =
            compare(&file, &mut tx, &compared, progress).map_err(|e| pg_error(e, url, "comparing the copies"))?;
        file.commit().map_err(|e| describe_sqlite_error(e, partial.path()))?;
        Moved { rows: done, compared }
    };
    conn.close()
        .map_err(|(_, e)| describe_sqlite_error(e, partial.path()))?;
    tx.commit().map_err(|e| describe(&e, url, "ending the read"))?;
    partial.place(dest, replace)?;
    Ok(moved)
}

/// Every row of `t` from the server into the file; the search index's words into its FTS5 table.
fn copy_table(
    tx: &mut postgres::Transaction,
    file: &rusqlite::Connection,
    t: &Table,
    done: &mut u64,
    tell: &mut dyn FnMut(u64),
) -> Result<()> {
    let insert = if t.name == SEARCH_TEXT {
        if t.columns.iter().map(|(c, _)| c.as_str()).ne(["id", "text", "tags"]) {
            bail!("search_text's columns are not the id, text and tags this opsdesk knows");
        }
        "INSERT INTO search_text (rowid, text, tags) VALUES (?1, ?2, ?3)".to_string()
    } else {
        let marks: Vec<String> = (1..=t.columns.len()).map(|i| format!("?{i}")).collect();
        format!(
            "INSERT INTO {} ({}) VALUES ({})",
            t.quoted(),
            t.column_list(),
            marks.join(", ")
        )
    };
    let seeded = if t.name == SEARCH_TEXT {
        Vec::new()
    } else {
        let mut st = file.prepare(&t.select_sql(false))?;
        let mut rows = st.query([])?;
        let mut seeded = Vec::new();
        while let Some(r) = rows.next()? {
            seeded.push(t.sqlite_row(r)?);
        }
        seeded
    };
    let mut ins = file.prepare(&insert)?;
    let mut rows = tx.query_raw(&t.select_sql(true), std::iter::empty::<i64>())?;
    while let Some(r) = rows.next()? {
        let row: Vec<Cell> = t.pg_row(&r)?;
        if !seeded.is_empty() && !is_new(t, &seeded, &row)? {
            continue;
        }
        ins.execute(rusqlite::params_from_iter(row.iter()))?;
        *done += 1;
        if done.is_multiple_of(EVERY) {
            tell(*done);
        }
    }
    tell(*done);
    Ok(())
}
