//! The SQLite store. Nothing above this module writes SQL.
//!
//! One file holds the desk: several consoles and `opsdesk tick` share it. WAL lets readers and one
//! writer work at once; every write is one `BEGIN IMMEDIATE` transaction (a deferred one that
//! reads then writes fails with SQLITE_BUSY under contention instead of waiting); the busy
//! timeout lets writers queue; `synchronous=FULL` makes a commit survive a power cut.

pub mod accounts;
pub mod anchors;
pub mod articles;
pub mod audit;
pub mod backup;
pub mod callbacks;
pub mod chain;
pub mod chain_tail;
pub mod changes;
pub mod check;
pub mod compact;
mod compact_history;
mod copy;
pub mod correctives;
pub mod damage;
pub mod db;
pub mod departments;
pub mod duties;
pub mod emergency;
pub mod engine;
mod errors;
pub mod files;
mod group_umask;
mod history_codes;
pub mod history_texts;
pub mod incidents;
mod kept;
pub mod live_filter;
pub mod locks;
pub mod memo;
pub mod messages;
pub(crate) mod open;
pub mod page_cache;
pub mod passfile;
pub mod pg;
pub mod presence;
pub mod problems;
pub mod remembered;
pub mod report_charts;
pub mod reports;
pub mod requests;
pub mod runs;
pub mod samples;
pub mod search;
pub mod services;
pub mod support;
pub mod table;
pub mod training;
pub mod users;
pub mod watch;
pub mod work_reports;

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, Transaction, TransactionBehavior};

pub use history_codes::SCHEMA as HISTORY_CODES_SCHEMA;
pub use open::{APPLICATION_ID, SCHEMA_VERSION, describe_sqlite_error};

/// How long a writer waits for another before giving up. Transactions here take milliseconds; a
/// writer that waits this long means something is wrong, and the user is told.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

pub struct Store {
    conn: Connection,
    path: PathBuf,
    read_only: bool,
    /// Set once this connection met a damaged database: from then on it writes nothing.
    damaged: Option<String>,
}

impl Store {
    /// Create a new, empty desk database at `path`; refuses an existing file.
    pub fn create(path: &Path) -> Result<Store> {
        let conn = open::create(path)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            read_only: false,
            damaged: None,
        })
    }

    /// Create a new desk at `path` filled by `fill`, all or nothing: it is built under a hidden
    /// partial name beside `path` and linked to `path` only once complete and closed, so a
    /// failure or a kill leaves nothing under `path` (and the next run removes what a killed
    /// one left). Refuses an existing file.
    pub fn create_complete(path: &Path, fill: impl FnOnce(&mut Store) -> Result<()>) -> Result<Store> {
        if path.exists() {
            anyhow::bail!(
                "{} already exists; opsdesk will not overwrite a database",
                path.display()
            );
        }
        let dir = path.parent().unwrap_or(Path::new(""));
        if !dir.as_os_str().is_empty() {
            std::fs::create_dir_all(dir).with_context(|| format!("creating directory {}", dir.display()))?;
        }
        if let Some(name) = path.file_name().and_then(|n| n.to_str()) {
            files::clean_leftovers(dir, Some(name));
        }
        let partial = files::Partial::reserve(path)?;
        let mut store = Store::create(partial.path())?;
        fill(&mut store)?;
        store.close()?;
        partial.place(path, false)?;
        Store::open(path)
    }

    /// Close the connection, reporting what SQLite says (a last checkpoint can fail).
    pub fn close(self) -> Result<()> {
        let path = self.path;
        self.conn.close().map_err(|(_, e)| describe_sqlite_error(e, &path))
    }

    /// Open an existing desk database, refusing anything that is not one (or is newer), and
    /// migrating an older one after copying it aside.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = open::open_existing(path)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            read_only: false,
            damaged: None,
        })
    }

    /// Open an existing desk for a read-only session: nothing is written, not even an upgrade
    /// (U4: `--read-only` changes nothing); every write is refused.
    pub fn open_read_only_session(path: &Path) -> Result<Store> {
        let conn = open::open_existing_as(path, false)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            read_only: true,
            damaged: None,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// For reads that need no snapshot across statements.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// From now on refuse every write: SQLite itself (`query_only`) and, first, with a message.
    pub fn make_read_only(&mut self) -> Result<()> {
        self.conn.pragma_update(None, "query_only", "ON")?;
        self.read_only = true;
        Ok(())
    }

    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// Run `f` in one `BEGIN IMMEDIATE` transaction: all of it commits, or none of it. A
    /// transaction that met a damaged database is rolled back even where `f` caught the error
    /// and went on, and every later write on this connection is refused: SQLite found damage in
    /// the pages it read, and there may be more.
    pub fn write<T>(&mut self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        self.write_seen(true, f)
    }

    /// [`Store::write`] for what other consoles need not read their views again for: a
    /// console's presence heartbeat. Every other write moves the desk's change count
    /// ([`watch::desk_changes`]), which a console compares when `data_version` says something
    /// was committed: a dozen idle consoles beating every 10 s would otherwise make each one
    /// re-read its views more than once a second (issue 18).
    pub fn write_aside<T>(&mut self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        self.write_seen(false, f)
    }

    fn write_seen<T>(&mut self, seen: bool, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        if self.read_only {
            return Err(crate::error::permission(
                "this is a read-only session: nothing can be changed from it",
            ));
        }
        self.refuse_if_damaged()?;
        let met = damage::met();
        let Store {
            conn, path, damaged, ..
        } = self;
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| judge(path, damaged, anyhow::Error::new(e), met))?;
        // The search index follows every change this transaction writes (issue 14).
        let mark = search::mark(&tx).map_err(|e| judge(path, damaged, e, met))?;
        let out = match f(&tx)
            .and_then(|out| search::follow(&tx, mark).map(|_| out))
            .and_then(|out| {
                if seen {
                    watch::count_change(&tx).map(|_| out)
                } else {
                    Ok(out)
                }
            }) {
            Ok(out) if damage::met() == met => out,
            Ok(_) => {
                drop(tx);
                let e = anyhow::anyhow!("SQLite met a damaged page during this change");
                return Err(judge(path, damaged, e, met));
            }
            Err(e) => {
                drop(tx);
                return Err(judge(path, damaged, e, met));
            }
        };
        tx.commit()
            .map_err(|e| judge(path, damaged, anyhow::Error::new(e), met))?;
        Ok(out)
    }

    /// Run `f` in one read transaction: every statement sees the same snapshot.
    pub fn read<T>(&mut self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let met = damage::met();
        let Store {
            conn, path, damaged, ..
        } = self;
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Deferred)
            .map_err(|e| judge(path, damaged, anyhow::Error::new(e), met))?;
        let out = match f(&tx) {
            Ok(v) => v,
            Err(e) => {
                drop(tx);
                return Err(judge(path, damaged, e, met));
            }
        };
        tx.finish().context("ending a read transaction")?;
        Ok(out)
    }

    /// Refuse to write once this connection met damage.
    fn refuse_if_damaged(&self) -> Result<()> {
        match &self.damaged {
            None => Ok(()),
            Some(first) => Err(anyhow::Error::new(damage::Damaged(format!(
                "nothing more is written in this session: {first}"
            )))),
        }
    }

    /// Whether this connection met a damaged database (and so writes nothing more).
    pub fn is_damaged(&self) -> bool {
        self.damaged.is_some()
    }

    /// For generators writing a throwaway database (the demo): commits stop waiting for the
    /// disk. Never for a desk's own data, which must survive a power cut.
    pub fn unsafe_fast_writes(&self) -> Result<()> {
        self.conn.pragma_update(None, "synchronous", "OFF")?;
        Ok(())
    }

    /// For the scale generator alone, on a new demo file nobody else has open: pages written once,
    /// with no journal at all (a generator that dies leaves a demo file to write again), through
    /// a large cache while `on`; back to WAL after.
    pub fn bulk_load(&self, on: bool) -> Result<()> {
        if on {
            self.conn.pragma_update(None, "cache_size", -262_144)?;
            self.conn
                .pragma_update_and_check(None, "journal_mode", "OFF", |_| Ok(()))?;
        } else {
            self.conn
                .pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))?;
            self.conn.pragma_update(None, "cache_size", -2_000)?;
        }
        Ok(())
    }

    pub fn meta(&self, key: &str) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()?)
    }
}

/// An error from deep in a command, with a corrupt, locked or unwritable database explained in
/// words an operator can act on.
pub fn explain(err: anyhow::Error, path: &Path) -> anyhow::Error {
    let sqlite = err.chain().find_map(|c| c.downcast_ref::<rusqlite::Error>());
    let Some(e) = sqlite else {
        return err;
    };
    // Which of SQLite's read-only cases it was (a WAL index it could not initialise, a recovery,
    // a file moved) is in its extended code: said, so a report can tell them apart.
    let detail = match e {
        rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::ReadOnly => {
            format!("{e}, SQLite extended code {}", f.extended_code)
        }
        _ => e.to_string(),
    };
    match errors::explain_code(e.sqlite_error_code(), &detail, path) {
        Some(msg) => errors::explained(e.sqlite_error_code(), msg),
        None => err,
    }
}

/// `err`, explained; when it is damage, or damage was reported since `met`, the connection it
/// came from is marked `damaged` and writes nothing more.
fn judge(path: &Path, damaged: &mut Option<String>, err: anyhow::Error, met: u64) -> anyhow::Error {
    if !damage::is_damage(&err) && damage::met() == met {
        return err;
    }
    let err = match err.chain().find_map(|c| c.downcast_ref::<damage::Damaged>()) {
        Some(_) => err,
        None => {
            let detail = err.chain().last().map(|c| c.to_string()).unwrap_or_default();
            anyhow::Error::new(damage::Damaged(format!(
                "{} is corrupt ({detail}); nothing was written. `opsdesk check` lists the damage; restore it from a backup copy",
                path.display()
            )))
        }
    };
    if damaged.is_none() {
        *damaged = Some(err.to_string());
    }
    err
}

pub fn set_meta(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

/// Instants are stored as whole seconds since the epoch, UTC.
pub(crate) fn ts(t: DateTime<Utc>) -> i64 {
    t.timestamp()
}

pub(crate) fn ts_opt(t: Option<DateTime<Utc>>) -> Option<i64> {
    t.map(ts)
}

pub(crate) fn at(secs: i64) -> DateTime<Utc> {
    crate::domain::time::from_unix(secs)
}

pub(crate) fn at_opt(secs: Option<i64>) -> Option<DateTime<Utc>> {
    secs.map(at)
}

/// A text column that must hold one of an enum's words; anything else is a corrupt row.
pub(crate) fn parse_col<T>(
    idx: usize,
    text: String,
    parse: impl Fn(&str) -> Result<T, crate::error::OpsError>,
) -> rusqlite::Result<T> {
    parse(&text).map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e)))
}
