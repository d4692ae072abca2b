//! Opening a database file safely. A file that is not an opsdesk database, or is corrupt, or was
//! written by a newer opsdesk, is refused with a message and is never modified.

use std::fs::{self, OpenOptions};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::Path;

use anyhow::{Context, Result, anyhow, bail};
use rusqlite::{Connection, OpenFlags, TransactionBehavior};

pub use super::errors::describe_sqlite_error;
use super::files::FILE_MODE;
use super::{BUSY_TIMEOUT, set_meta};

/// `OPSD` in the SQLite header's application id: marks a file as an opsdesk database.
pub const APPLICATION_ID: i32 = 0x4F50_5344;

/// The embedded migrations, in order. Schema version N means the first N have run.
const MIGRATIONS: &[(&str, &str)] = &[
    ("foundation", include_str!("migrations/001_foundation.sql")),
    ("console", include_str!("migrations/002_console.sql")),
    ("changes", include_str!("migrations/003_changes.sql")),
    ("runs", include_str!("migrations/004_runs.sql")),
    ("outbox", include_str!("migrations/005_outbox.sql")),
    ("run rounds", include_str!("migrations/006_run_rounds.sql")),
    ("open counts", include_str!("migrations/007_open_counts.sql")),
    ("recorded times", include_str!("migrations/008_recorded_times.sql")),
    ("requests", include_str!("migrations/009_requests.sql")),
    ("history chain", include_str!("migrations/010_history_chain.sql")),
    ("support", include_str!("migrations/011_support.sql")),
    ("emergency", include_str!("migrations/012_emergency.sql")),
    (
        "problems, knowledge, search",
        include_str!("migrations/013_problems_knowledge_search.sql"),
    ),
    ("report indexes", include_str!("migrations/014_report_indexes.sql")),
    ("quality", include_str!("migrations/015_quality.sql")),
    ("compact history", include_str!("migrations/016_compact_history.sql")),
    ("work reports", include_str!("migrations/017_work_reports.sql")),
    ("report charts", include_str!("migrations/018_report_charts.sql")),
    ("history codes", include_str!("migrations/019_history_codes.sql")),
    ("services", include_str!("migrations/020_services.sql")),
    ("history size", include_str!("migrations/021_history_size.sql")),
    ("live filter", include_str!("migrations/022_live_filter.sql")),
    ("packed history", include_str!("migrations/023_packed_history.sql")),
    ("history texts", include_str!("migrations/024_history_texts.sql")),
];

/// What SQL cannot do, run right after the migration of that number in the same transaction.
type Step = fn(&Connection) -> Result<()>;
const STEPS: &[(usize, Step)] = &[
    (10, super::chain_tail::link_existing),
    (13, super::search::build_on_migration),
    (16, super::compact_history::on_migration),
    (
        super::history_codes::SCHEMA as usize,
        super::history_codes::on_migration,
    ),
    (20, super::services::on_migration),
];

pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

const WRITER: &str = concat!("opsdesk ", env!("CARGO_PKG_VERSION"));

pub fn create(path: &Path) -> Result<Connection> {
    super::group_umask::opening(|| create_now(path))
}

fn create_now(path: &Path) -> Result<Connection> {
    super::damage::listen();
    if path.exists() {
        bail!(
            "{} already exists; opsdesk will not overwrite a database",
            path.display()
        );
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).with_context(|| format!("creating directory {}", dir.display()))?;
    }
    let file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(FILE_MODE)
        .open(path)
        .with_context(|| format!("creating {}", path.display()))?;
    // The umask may have taken the group's write bit away; the desk shares the file by group.
    file.set_permissions(fs::Permissions::from_mode(FILE_MODE))?;
    drop(file);
    let mut conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| describe_sqlite_error(e, path))?;
    // The application id goes into the header before WAL is on, so the main file always carries
    // it, whatever sits in the WAL.
    conn.pragma_update(None, "application_id", APPLICATION_ID)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    configure(&conn)?;
    migrate(&mut conn, path, 0)?;
    Ok(conn)
}

pub fn open_existing(path: &Path) -> Result<Connection> {
    open_existing_as(path, true)
}

/// [`open_existing`]; with `writable` false nothing is written: no journal mode switched, no
/// migration (an older desk is refused with what to do), and SQLite itself refuses writes.
pub fn open_existing_as(path: &Path, writable: bool) -> Result<Connection> {
    super::group_umask::opening(|| open_existing_now(path, writable))
}

fn open_existing_now(path: &Path, writable: bool) -> Result<Connection> {
    super::damage::listen();
    inspect_header(path)?;
    let mut conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| describe_sqlite_error(e, path))?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // Read-only checks first: nothing below writes until the file is known to be ours.
    let version = check_ours(&conn, path)?;
    if !writable {
        if version < SCHEMA_VERSION {
            bail!(
                "{} is at schema {version} and this opsdesk upgrades it to {SCHEMA_VERSION} when it opens it; a read-only session changes nothing, so run any command once without --read-only",
                path.display()
            );
        }
        conn.pragma_update(None, "query_only", "ON")?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        return Ok(conn);
    }
    let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(|e| describe_sqlite_error(e, path))?;
    }
    configure(&conn)?;
    if version < SCHEMA_VERSION {
        backup_before_migration(&mut conn, path, version)?;
        migrate(&mut conn, path, version)?;
        if version < super::compact_history::SCHEMA || version < super::history_codes::SCHEMA {
            super::compact_history::reclaim(&conn, path);
        }
    }
    Ok(conn)
}

/// Open `path` for reading only, after the same checks as [`open_existing`]: the file is never
/// written, not even to switch its journal mode or migrate it. Returns its schema version.
pub fn open_read_only(path: &Path) -> Result<(Connection, i64)> {
    super::group_umask::opening(|| open_read_only_now(path))
}

fn open_read_only_now(path: &Path) -> Result<(Connection, i64)> {
    super::damage::listen();
    inspect_header(path)?;
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut wal = path.as_os_str().to_os_string();
    wal.push("-wal");
    // A WAL-mode file read through SQLite's usual path gets `-wal` and `-shm` files created
    // beside it, left behind by a read-only connection. With no `-wal` there (a closed, fully
    // checkpointed file such as a backup) there is nothing but the file to read: `immutable`
    // reads it as it is and creates nothing. With one, its pages belong to the file's content.
    let conn = if Path::new(&wal).exists() {
        Connection::open_with_flags(path, flags)
    } else {
        Connection::open_with_flags(
            format!("file:{}?immutable=1", uri_path(path)),
            flags | OpenFlags::SQLITE_OPEN_URI,
        )
    }
    .map_err(|e| describe_sqlite_error(e, path))?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    let version = check_ours(&conn, path)?;
    Ok((conn, version))
}

/// `path` for a `file:` URI: every byte but unreserved ones and `/` percent-encoded.
fn uri_path(path: &Path) -> String {
    use std::os::unix::ffi::OsStrExt;
    let mut out = String::new();
    for &b in path.as_os_str().as_bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Refuse a file that is not an opsdesk database or was written by a newer opsdesk; reads only.
fn check_ours(conn: &Connection, path: &Path) -> Result<i64> {
    let app_id: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .map_err(|e| describe_sqlite_error(e, path))?;
    if app_id != APPLICATION_ID {
        bail!(
            "{} is an SQLite database, but not an opsdesk database; it was left untouched",
            path.display()
        );
    }
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|e| describe_sqlite_error(e, path))?;
    let _: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
        .map_err(|e| describe_sqlite_error(e, path))?;
    if version > SCHEMA_VERSION {
        let by: Option<String> = conn
            .query_row("SELECT value FROM meta WHERE key = 'written_by'", [], |r| r.get(0))
            .ok();
        bail!(
            "{} was written by {} (schema {version}); this is {WRITER} (schema {SCHEMA_VERSION}). Upgrade opsdesk to open it; the file was left untouched",
            path.display(),
            by.unwrap_or_else(|| "a newer opsdesk".into()),
        );
    }
    Ok(version)
}

fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(())
}

/// Checks on the raw bytes, before SQLite sees the file.
fn inspect_header(path: &Path) -> Result<()> {
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => bail!(
            "no database at {}: create one with `opsdesk init` (an empty desk) or `opsdesk demo` (sample data), or point --db / OPSDESK_DB at an existing one",
            path.display()
        ),
        Err(e) => return Err(anyhow!(e).context(format!("reading {}", path.display()))),
    };
    // Judged before opening: opening a FIFO for reading waits for a writer, for ever.
    if let Some(what) = super::locks::not_a_regular_file(path)? {
        bail!(
            "{} is {what}, not a database file; it was left untouched",
            path.display()
        );
    }
    let not_ours = || {
        anyhow!(
            "{} is not an opsdesk database (not an SQLite file); it was left untouched",
            path.display()
        )
    };
    let mut header = [0u8; 100];
    // Through a handle this process keeps: closing one would drop the locks of the connections
    // this process already has on the desk (see `kept`).
    if meta.len() < 100 || super::kept::read_head(path, &mut header).is_err() {
        return Err(not_ours());
    }
    if &header[..16] != b"SQLite format 3\0" {
        return Err(not_ours());
    }
    let be32 = |o: usize| u32::from_be_bytes([header[o], header[o + 1], header[o + 2], header[o + 3]]);
    if be32(68) as i32 != APPLICATION_ID {
        bail!(
            "{} is an SQLite database, but not an opsdesk database; it was left untouched",
            path.display()
        );
    }
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536u64,
        n => u64::from(n),
    };
    let (pages, change_counter, valid_for) = (u64::from(be32(28)), be32(24), be32(92));
    if !page_size.is_power_of_two() || page_size < 512 {
        bail!(
            "{} is corrupt (bad page size in its header); restore it from a backup copy. It was left untouched",
            path.display()
        );
    }
    if change_counter == valid_for
        && pages > 0
        && meta.len() < pages * page_size
        && !wal_holds_frames(path, page_size)
        && let Some((said, holds)) = short_now(path, page_size)
    {
        bail!(
            "{} is corrupt: its header says {said} bytes but the file holds {holds} (truncated?); restore it from a backup copy. It was left untouched",
            path.display(),
        );
    }
    Ok(())
}

/// A checkpoint writes page 1, with the new page count, before the pages that grow the file: while
/// one runs in another process, or after one was killed halfway, a healthy file looks short. Its
/// missing pages are then in the write-ahead log, where SQLite reads them, so a `-wal` holding
/// frames of this page size leaves the verdict to SQLite.
fn wal_holds_frames(path: &Path, page_size: u64) -> bool {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    let mut header = [0u8; 32];
    let Ok(len) = super::kept::read_head(Path::new(&wal), &mut header) else {
        return false;
    };
    let be32 = |o: usize| u32::from_be_bytes([header[o], header[o + 1], header[o + 2], header[o + 3]]);
    matches!(be32(0), 0x377f_0682 | 0x377f_0683) && u64::from(be32(8)) == page_size && len >= 32 + 24 + page_size
}

/// The file is still shorter than its header says, looked at again after finding no log: a
/// checkpoint that finished meanwhile (and removed its log) has grown it. `Some((said, holds))`.
fn short_now(path: &Path, page_size: u64) -> Option<(u64, u64)> {
    let mut header = [0u8; 100];
    let len = super::kept::read_head(path, &mut header).ok()?;
    let pages = u64::from(u32::from_be_bytes([header[28], header[29], header[30], header[31]]));
    (len < pages * page_size).then_some((pages * page_size, len))
}

/// Copy the database aside to `NAME.schemaN-STAMP.bak` before migrating it: written under a
/// partial name (whatever an earlier, killed migration left there is removed first), shared
/// like the database, and named only once complete.
fn backup_before_migration(conn: &mut Connection, path: &Path, from: i64) -> Result<()> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("opsdesk.db");
    let dir = path.parent().unwrap_or(Path::new(""));
    super::files::clean_leftovers(dir, Some(name));
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
    let dest = path.with_file_name(format!("{name}.schema{from}-{stamp}.bak"));
    super::copy::copy_to_new_file(conn, path, &dest, &mut |_, _| {}).with_context(|| {
        format!(
            "copying {} aside to {} before upgrading it",
            path.display(),
            dest.display()
        )
    })?;
    eprintln!(
        "opsdesk: upgraded database schema {from} -> {SCHEMA_VERSION}; the old file is kept at {}",
        dest.display()
    );
    Ok(())
}

/// Run every migration after `from`, in one IMMEDIATE transaction. Another process may have
/// migrated meanwhile: the version is read again inside the transaction.
fn migrate(conn: &mut Connection, path: &Path, from: i64) -> Result<()> {
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(|e| describe_sqlite_error(e, path))?;
    let current: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let start = current.max(from);
    for (i, (name, sql)) in MIGRATIONS.iter().enumerate().skip(start as usize) {
        tx.execute_batch(sql)
            .with_context(|| format!("applying migration {} ({name})", i + 1))?;
        for (_, step) in STEPS.iter().filter(|(n, _)| *n == i + 1) {
            step(&tx).with_context(|| format!("applying migration {} ({name})", i + 1))?;
        }
    }
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    set_meta(&tx, "written_by", WRITER)?;
    if start == 0 {
        set_meta(&tx, "created_at", &chrono::Utc::now().to_rfc3339())?;
    }
    tx.commit()?;
    Ok(())
}

/// The schema a new desk gets: every migration run on an empty database in memory. What
/// `opsdesk check` holds the desk's triggers to.
pub(crate) fn fresh_schema() -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    migrate(&mut conn, Path::new(":memory:"), 0)?;
    Ok(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uri_path_escapes_what_a_uri_would_read() {
        assert_eq!(
            uri_path(Path::new("/srv/desk 1/a?b#c%.db")),
            "/srv/desk%201/a%3Fb%23c%25.db"
        );
        assert_eq!(uri_path(Path::new("/数据.db")), "/%E6%95%B0%E6%8D%AE.db");
    }
}
