//! The desk on PostgreSQL (issue 20), the part that has landed: connecting (a Unix socket or TCP
//! without TLS, through the `postgres` crate), creating the schema and the first admin (`init`),
//! reading its version back (a newer one is refused on every command), counting the rows
//! (`check`), writing in turns under the desk's write lock ([`write`]), and moving a desk here
//! from SQLite and back ([`migrate`], [`backup`]). What the store reads and writes through its one
//! handle over both engines (`super::db`) runs here too; what still takes a SQLite connection is
//! refused on PostgreSQL (`db::sqlite`).
//!
//! The schema is src/store/pg/schema/*.sql, run in order in one transaction: the SQLite schema
//! at [`SCHEMA_VERSION`] in PostgreSQL's dialect. Its version lives in the database, in
//! `opsdesk_schema` (SQLite keeps it in `PRAGMA user_version`).

use std::time::Duration;

use anyhow::{Context, Result, anyhow};
use chrono::{DateTime, Utc};
use postgres::{Client, NoTls};

use super::SCHEMA_VERSION;
use super::db::Pg;
use super::engine::{PgUrl, Tls};

pub mod backup;
mod compare;
pub mod migrate;
pub mod rows;
pub mod server_check;
pub mod tls;
pub mod upgrade;
pub mod write;

const BYTEWISE: &str = include_str!("schema/06_bytewise.sql");

/// The schema, in the order it is created. Text is made to compare by its bytes twice: before
/// the triggers that name columns (a column a trigger names cannot change its collation after),
/// and after the tables made since, before the view that reads them.
pub const SCHEMA_FILES: &[(&str, &str)] = &[
    ("01_desk.sql", include_str!("schema/01_desk.sql")),
    ("02_records.sql", include_str!("schema/02_records.sql")),
    ("06_bytewise.sql", BYTEWISE),
    ("03_counts.sql", include_str!("schema/03_counts.sql")),
    ("04_history.sql", include_str!("schema/04_history.sql")),
    ("05_search.sql", include_str!("schema/05_search.sql")),
    ("06_bytewise.sql", BYTEWISE),
    ("07_views.sql", include_str!("schema/07_views.sql")),
];

/// The table that holds the schema's version: PostgreSQL's `PRAGMA user_version`.
pub const VERSION_TABLE: &str = "opsdesk_schema";

const WRITER: &str = concat!("opsdesk ", env!("CARGO_PKG_VERSION"));

/// How long a connection attempt waits for the server.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Connect to the desk's server: over a socket, TCP, or TCP with TLS (`tls`).
pub fn connect(url: &PgUrl) -> Result<Client> {
    let mut config = url.config().clone();
    config.connect_timeout(CONNECT_TIMEOUT);
    config.application_name(WRITER);
    // The desk's statements are short (a page, a record, a tick): compiling one the planner
    // misjudged cost a million-incident desk 0.9 s of a 1 ms query. A URL's own options stay.
    let options = match config.get_options() {
        Some(o) if !o.trim().is_empty() => format!("{o} -c jit=off"),
        _ => "-c jit=off".to_string(),
    };
    config.options(&options);
    let made = match url.tls() {
        Tls::Off => config.connect(NoTls),
        Tls::Verified { root } => config.connect(tls::connector(root.as_deref())?),
    };
    made.map_err(|e| describe(&e, url, "cannot connect"))
}

/// A PostgreSQL error as one line a person can act on, the password never in it.
pub fn describe(e: &postgres::Error, url: &PgUrl, doing: &str) -> anyhow::Error {
    let text = match e.as_db_error() {
        Some(db) => {
            let hint = match db.code().code() {
                // invalid_catalog_name: the database is not there.
                "3D000" => format!(
                    "; create it first, owned by the role opsdesk connects as (createdb -O ROLE {})",
                    url.dbname()
                ),
                _ => String::new(),
            };
            format!("{url}: {doing}: the server says: {}{hint}", db.message())
        }
        None => {
            let mut chain = e.to_string();
            let mut source = std::error::Error::source(e);
            while let Some(cause) = source {
                let s = cause.to_string();
                if !chain.contains(&s) {
                    chain.push_str(": ");
                    chain.push_str(&s);
                }
                source = cause.source();
            }
            // A certificate the system's store does not vouch for: the usual case of a desk's own CA.
            let hint = if chain.contains("UnknownIssuer") {
                "; give the server's CA certificate in the URL: sslrootcert=/path/to/ca.pem"
            } else if chain.contains("not valid for name") || chain.contains("NotValidForName") {
                "; the server's certificate does not name the host the URL names: use the name it was issued for"
            } else if chain.contains("server does not support TLS") {
                "; the server does not offer TLS (ssl = on in postgresql.conf), or use a Unix socket"
            } else {
                ""
            };
            format!("{url}: {doing}: {chain}{hint}")
        }
    };
    anyhow!(url.scrub(&text))
}

/// The relations in the connection's schema (`public` unless the role says otherwise).
fn relations(client: &mut Client, url: &PgUrl) -> Result<Vec<String>> {
    let rows = client
        .query(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
             ORDER BY c.relname",
            &[],
        )
        .map_err(|e| describe(&e, url, "reading its tables"))?;
    Ok(rows.iter().map(|r| r.get(0)).collect())
}

/// `opsdesk init` on PostgreSQL: the schema in an empty database, all or nothing. A database
/// that holds anything (an opsdesk desk or not) is refused and left as it was.
/// `seed` writes the desk's first rows (its IT department and first admin) in the same
/// transaction, as a write does.
pub fn init(url: &PgUrl, now: DateTime<Utc>, seed: impl FnOnce(&Pg) -> Result<()>) -> Result<()> {
    let mut client = connect(url)?;
    refuse_unless_empty(&mut client, url)?;
    let mut tx = client
        .transaction()
        .map_err(|e| describe(&e, url, "starting the schema's transaction"))?;
    create_schema(&mut tx, url, now)?;
    let db = Pg::for_writes(tx);
    write::within(&db, url, true, seed)?;
    db.into_inner()
        .commit()
        .map_err(|e| describe(&e, url, "committing the schema"))
}

/// Refuse a database that holds anything: an opsdesk desk or not, opsdesk writes only into an
/// empty one.
pub fn refuse_unless_empty(client: &mut Client, url: &PgUrl) -> Result<()> {
    let existing = relations(client, url)?;
    if existing.iter().any(|t| t == VERSION_TABLE) {
        let version = read_version(client, url)?;
        return Err(crate::error::rule(format!(
            "{url} already holds an opsdesk desk (schema {version}); opsdesk will not create one over it"
        )));
    }
    if !existing.is_empty() {
        let shown: Vec<&str> = existing.iter().take(5).map(String::as_str).collect();
        return Err(crate::error::rule(format!(
            "{url} is not empty ({} tables and views in its schema, {}{}); opsdesk creates a desk only in an empty database",
            existing.len(),
            shown.join(", "),
            if existing.len() > shown.len() { ", …" } else { "" }
        )));
    }
    Ok(())
}

/// The schema, its version and the desk's first meta, inside the caller's transaction.
pub fn create_schema(tx: &mut postgres::Transaction, url: &PgUrl, now: DateTime<Utc>) -> Result<()> {
    for (name, sql) in SCHEMA_FILES {
        tx.batch_execute(sql)
            .map_err(|e| describe(&e, url, &format!("creating the schema ({name})")))?;
    }
    tx.batch_execute(&format!(
        "CREATE TABLE {VERSION_TABLE} (
             one     BOOLEAN PRIMARY KEY DEFAULT true CHECK (one),
             version BIGINT NOT NULL
         );
         REVOKE DELETE, TRUNCATE ON {VERSION_TABLE} FROM PUBLIC;"
    ))
    .map_err(|e| describe(&e, url, "creating the version table"))?;
    tx.execute(
        &format!("INSERT INTO {VERSION_TABLE} (version) VALUES ($1)"),
        &[&upgrade::BASELINE],
    )
    .map_err(|e| describe(&e, url, "writing the schema's version"))?;
    // The baseline, then each step after it: a new desk is what an upgraded one is.
    upgrade::apply(tx, url, upgrade::BASELINE, SCHEMA_VERSION, upgrade::MIGRATIONS)?;
    tx.execute(
        "INSERT INTO meta (key, value) VALUES ('written_by', $1), ('created_at', $2)",
        &[&WRITER, &now.to_rfc3339()],
    )
    .map_err(|e| describe(&e, url, "writing the desk's meta"))?;
    Ok(())
}

/// An error met while `doing` something on the desk at `url`: a PostgreSQL one described as
/// [`describe`] does, any other with what was being done.
pub(super) fn pg_error(e: anyhow::Error, url: &PgUrl, doing: &str) -> anyhow::Error {
    match e.downcast_ref::<postgres::Error>() {
        Some(pg) => describe(pg, url, doing),
        None => e.context(format!("{url}: {doing}")),
    }
}

fn read_version(client: &mut Client, url: &PgUrl) -> Result<i64> {
    let row = client
        .query_one(&format!("SELECT version FROM {VERSION_TABLE}"), &[])
        .map_err(|e| describe(&e, url, "reading the schema's version"))?;
    Ok(row.get(0))
}

/// Connect and check that this is an opsdesk desk at this opsdesk's schema: a database without
/// one is not a desk (run init), a newer schema is refused (upgrade opsdesk), an older one is
/// upgraded ([`upgrade`]) as SQLite's file is when it is opened.
pub fn open_checked(url: &PgUrl) -> Result<(Client, i64)> {
    open_at(url, false)
}

/// [`open_checked`]; `read_only`: an older schema is refused, as a read-only session changes
/// nothing.
pub fn open_at(url: &PgUrl, read_only: bool) -> Result<(Client, i64)> {
    let mut client = connect(url)?;
    if !relations(&mut client, url)?.iter().any(|t| t == VERSION_TABLE) {
        return Err(crate::error::not_found(format!(
            "{url} holds no opsdesk desk (no {VERSION_TABLE} table); create one with: opsdesk --db URL init"
        )));
    }
    let version = read_version(&mut client, url)?;
    if version > SCHEMA_VERSION {
        let writer: String = client
            .query_opt("SELECT value FROM meta WHERE key = 'written_by'", &[])
            .ok()
            .flatten()
            .map_or_else(|| "a newer opsdesk".into(), |r| r.get(0));
        return Err(crate::error::rule(format!(
            "{url} was written by {writer} (schema {version}); this is {WRITER} (schema {SCHEMA_VERSION}). Upgrade opsdesk to open it; the database was left untouched"
        )));
    }
    if version < SCHEMA_VERSION {
        if read_only {
            return Err(crate::error::rule(format!(
                "{url} is at schema {version} and this opsdesk upgrades it to {SCHEMA_VERSION} when it opens it; a read-only session changes nothing, so run any command once without --read-only"
            )));
        }
        if let Some(from) = upgrade::upgrade(&mut client, url, SCHEMA_VERSION, upgrade::MIGRATIONS)? {
            eprintln!("opsdesk: upgraded the desk's schema {from} -> {SCHEMA_VERSION} on {url}, in one transaction");
        }
        return Ok((client, SCHEMA_VERSION));
    }
    Ok((client, version))
}

/// A read of one snapshot of the desk (repeatable read, read only): every statement in it sees
/// the desk as it was when it began, whatever others commit meanwhile.
pub fn snapshot<'c>(client: &'c mut Client, url: &PgUrl) -> Result<postgres::Transaction<'c>> {
    client
        .build_transaction()
        .isolation_level(postgres::IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()
        .map_err(|e| describe(&e, url, "starting a read"))
}

/// What `check` says of a PostgreSQL desk: its version, the server's, and every table's rows.
#[derive(Debug, serde::Serialize)]
pub struct Census {
    pub schema: i64,
    pub server: String,
    pub tables: Vec<(String, i64)>,
}

/// Count the rows of every table of the desk, on the server, in one snapshot.
pub fn census(url: &PgUrl) -> Result<Census> {
    let (mut client, schema) = open_checked(url)?;
    let mut tx = snapshot(&mut client, url)?;
    let server: String = tx
        .query_one("SHOW server_version", &[])
        .map_err(|e| describe(&e, url, "reading the server's version"))?
        .get(0);
    let names: Vec<String> = tx
        .query(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY c.relname",
            &[],
        )
        .map_err(|e| describe(&e, url, "listing its tables"))?
        .iter()
        .map(|r| r.get(0))
        .collect();
    let mut tables = Vec::with_capacity(names.len());
    for name in names {
        // The name comes from the catalogue; quoted as an identifier all the same.
        let quoted = format!("\"{}\"", name.replace('"', "\"\""));
        let n: i64 = tx
            .query_one(&format!("SELECT count(*) FROM {quoted}"), &[])
            .map_err(|e| describe(&e, url, &format!("counting {name}")))?
            .get(0);
        tables.push((name, n));
    }
    tx.commit().context("ending the read")?;
    Ok(Census { schema, server, tables })
}
