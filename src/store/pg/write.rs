//! A write on a PostgreSQL desk: one transaction holding the desk's write lock, as every write
//! on SQLite is one `BEGIN IMMEDIATE` transaction. Writers take turns on the lock (a
//! transaction-scoped advisory lock, released by the commit or the rollback), and each statement
//! after it reads at `READ COMMITTED` what the writer before committed: the chain's tail, a
//! record's version, the duty a rule looks for. So no write needs retrying for another's sake and
//! none can fork the history; readers never wait for it (they read snapshots). Like SQLite's
//! writes, it ends by following the history into the search index and moving the desk's change
//! count, and it tells the desk's other consoles, wherever they run, that something was committed
//! (`NOTIFY`, delivered only when the transaction commits).

use anyhow::Result;
use postgres::{Client, IsolationLevel};

use super::{describe, pg_error};
use crate::store::db::{Db, Pg, Statements};
use crate::store::engine::PgUrl;
use crate::store::{search, watch};

/// The advisory lock every write takes: "opsdesk" in ASCII, one desk per database.
pub(super) const WRITE_LOCK: i64 = 0x006f_7073_6465_736b;

/// The channel a commit is announced on.
pub const CHANNEL: &str = "opsdesk_changes";
/// The payload of a commit that moved only a console's presence.
pub const PRESENCE: &str = "presence";

/// Run `f` in one write transaction on the desk at `url`: all of it commits, or none of it.
/// `seen` says whether the desk's change count moves (false only for a console's presence).
pub fn write<T>(
    (client, kept): (&mut Client, Statements),
    url: &PgUrl,
    seen: bool,
    f: impl FnOnce(&Pg) -> Result<T>,
) -> Result<T> {
    let tx = client
        .build_transaction()
        .isolation_level(IsolationLevel::ReadCommitted)
        .start()
        .map_err(|e| describe(&e, url, "starting a write"))?;
    let db = Pg::for_writes(tx).on_desk(url.to_string()).keeping(kept);
    let out = within(&db, url, seen, f)?;
    db.into_inner()
        .commit()
        .map_err(|e| describe(&e, url, "committing the change; it may not have been saved"))?;
    Ok(out)
}

/// `f` in a write transaction holding the desk's write lock, then rolled back: nothing it did is
/// kept, followed into the search index or announced. Only for `opsdesk bench`, which times the
/// escalation tick on the real desk as it would run (the lock waited for, its writes made) and
/// must leave the desk as it was.
pub fn rolled_back<T>(
    (client, kept): (&mut Client, Statements),
    url: &PgUrl,
    f: impl FnOnce(&Pg) -> Result<T>,
) -> Result<T> {
    let tx = client
        .build_transaction()
        .isolation_level(IsolationLevel::ReadCommitted)
        .start()
        .map_err(|e| describe(&e, url, "starting a write"))?;
    let db = Pg::for_writes(tx).on_desk(url.to_string()).keeping(kept);
    db.exec("SELECT pg_advisory_xact_lock(?1)", &[&WRITE_LOCK])
        .map_err(|e| pg_error(e, url, "waiting for the desk's write lock"))?;
    let out = f(&db);
    db.into_inner()
        .rollback()
        .map_err(|e| describe(&e, url, "rolling the bench's write back"))?;
    out
}

/// [`write`]'s work inside a transaction the caller begins and commits (`init` makes the schema
/// and its first rows in one): the lock, `f`, the search index, the change count, the notice.
pub fn within<T>(db: &Pg, url: &PgUrl, seen: bool, f: impl FnOnce(&Pg) -> Result<T>) -> Result<T> {
    let ours = |e: anyhow::Error, doing: &str| pg_error(e, url, doing);
    db.exec("SELECT pg_advisory_xact_lock(?1)", &[&WRITE_LOCK])
        .map_err(|e| ours(e, "waiting for the desk's write lock"))?;
    let mark = search::mark(db).map_err(|e| ours(e, "reading the history's end"))?;
    // A refusal of the rules stays as it is (its exit code and words); a server's error is
    // described with the desk it came from.
    let out = f(db).map_err(|e| match e.downcast_ref::<postgres::Error>() {
        Some(_) => ours(e, "writing"),
        None => e,
    })?;
    search::follow(db, mark).map_err(|e| ours(e, "following the change into the search index"))?;
    // A console's presence is announced as such: the others read again only who is where.
    let notice = if seen {
        watch::count_change(db).map_err(|e| ours(e, "counting the change"))?;
        format!("NOTIFY {CHANNEL}")
    } else {
        format!("NOTIFY {CHANNEL}, '{PRESENCE}'")
    };
    db.exec(&notice, &[]).map_err(|e| ours(e, "announcing the change"))?;
    Ok(out)
}
