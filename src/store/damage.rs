//! SQLite-only: knowing that a command met a damaged database, even where the error it got was
//! caught on the way (read as "no such row", or a name shown in place of a person), so that the
//! write it is part of is rolled back instead of committed.
//!
//! SQLite reports every corruption it detects, and every statement that aborts with its error
//! code, to its error log (sqlite.org/errlog.html). The log is process-wide and says nothing of
//! the connection, but it is called on the thread that ran the statement, and a transaction runs
//! on one thread: a per-thread count of SQLITE_CORRUPT and SQLITE_NOTADB reports, read before and
//! after a transaction, says whether that transaction met damage.

use std::cell::Cell;
use std::ffi::{c_char, c_int, c_void};
use std::sync::Once;

use rusqlite::{ErrorCode, ffi};

thread_local! {
    static MET: Cell<u64> = const { Cell::new(0) };
}

/// SQLite's error log: count the reports of damage. It must not call SQLite nor unwind.
extern "C" fn on_log(_arg: *mut c_void, code: c_int, _msg: *const c_char) {
    let primary = code & 0xff;
    if primary == ffi::SQLITE_CORRUPT || primary == ffi::SQLITE_NOTADB {
        // During thread teardown the count is gone, and so is any transaction to judge.
        let _ = MET.try_with(|m| m.set(m.get().wrapping_add(1)));
    }
}

/// Start listening to SQLite's error log (once per process; SQLite allows this at any time).
pub fn listen() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let callback: extern "C" fn(*mut c_void, c_int, *const c_char) = on_log;
        // SAFETY: SQLITE_CONFIG_LOG takes a callback of exactly this signature and an argument
        // pointer it only hands back (null here); the callback calls no SQLite function and
        // cannot unwind. SQLite accepts this option after initialisation (sqlite3_config allows
        // SQLITE_CONFIG_LOG "at any time"); it is set once, before any opsdesk transaction runs.
        let rc = unsafe { ffi::sqlite3_config(ffi::SQLITE_CONFIG_LOG, callback, std::ptr::null_mut::<c_void>()) };
        // Without the log the errors that reach a transaction still stop it: nothing to do.
        let _ = rc;
    });
}

/// How many reports of damage this thread has seen: compare two readings.
pub fn met() -> u64 {
    MET.with(Cell::get)
}

/// Whether `err` (or anything in its chain) is SQLite saying the file is damaged or not a
/// database at all.
pub fn is_damage(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.is::<Damaged>()
            || c.downcast_ref::<rusqlite::Error>()
                .and_then(rusqlite::Error::sqlite_error_code)
                .is_some_and(|code| matches!(code, ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase))
    })
}

/// A damaged database, in words an operator can act on: kept recognisable after SQLite's own
/// error was replaced by the explanation.
#[derive(Debug)]
pub struct Damaged(pub String);

impl std::fmt::Display for Damaged {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Damaged {}
