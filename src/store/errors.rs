//! SQLite's failures in words an operator can act on.

use std::path::Path;

use anyhow::anyhow;
use rusqlite::ErrorCode;

use super::BUSY_TIMEOUT;

/// Turn SQLite's codes into something an operator can act on.
pub fn describe_sqlite_error(err: rusqlite::Error, path: &Path) -> anyhow::Error {
    let code = err.sqlite_error_code();
    match explain_code(code, &err.to_string(), path) {
        Some(msg) => explained(code, msg),
        None => anyhow!(err).context(format!("database {}", path.display())),
    }
}

/// The explanation as an error; a damaged file stays recognisable as one ([`super::damage`]).
pub(super) fn explained(code: Option<ErrorCode>, msg: String) -> anyhow::Error {
    match code {
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => anyhow::Error::new(super::damage::Damaged(msg)),
        _ => anyhow!(msg),
    }
}

/// The operator's version of an SQLite failure, for the codes that need one.
pub(super) fn explain_code(code: Option<ErrorCode>, detail: &str, path: &Path) -> Option<String> {
    let p = path.display();
    Some(match code? {
        ErrorCode::DatabaseCorrupt => {
            format!(
                "{p} is corrupt ({detail}); nothing was written. `opsdesk check` lists the damage; restore it from a backup copy"
            )
        }
        ErrorCode::NotADatabase => {
            format!("{p} is not an opsdesk database ({detail}); it was left untouched")
        }
        ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => format!(
            "{p} stayed locked by another opsdesk for {} s; nothing was written, try again",
            BUSY_TIMEOUT.as_secs()
        ),
        ErrorCode::ReadOnly | ErrorCode::PermissionDenied | ErrorCode::CannotOpen => format!(
            "cannot write {p} ({detail}); check that your account may write the file and its directory (README: sharing one database)"
        ),
        _ => return None,
    })
}
