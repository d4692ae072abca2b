//! `opsdesk backup` and `opsdesk restore`: the whole desk to a file and back.

use std::path::{Path, PathBuf};

use anyhow::Result;
use chrono::{DateTime, Utc};

use super::Desk;
use crate::domain::role::{Actor, Power, require};
use crate::error::{OpsError, invalid, permission, rule};
use crate::store::Store;
use crate::store::backup::{self, Source};

/// Told `(what, done, of)` as long work goes on: for a progress bar.
pub type Progress<'a> = &'a mut dyn FnMut(&str, u64, u64);

/// A copy of the whole desk in the new file `dest`, consistent while others work. Any user of
/// the desk may take one: it changes nothing, and they may read every record anyway.
pub fn backup(desk: &mut Desk, _actor: &Actor, dest: &Path, force: bool, progress: Progress) -> Result<()> {
    desk.store
        .backup_file(dest, force, &mut |done, of| progress("backup", done, of))
}

#[derive(Debug)]
pub struct Restored {
    /// Where the database as it was before the restore is kept.
    pub aside: PathBuf,
    /// The backup's schema version (older ones are migrated on the way in).
    pub schema: i64,
}

/// Replace the desk with the backup `file` (admin only). The file must be an opsdesk database
/// that passes SQLite's integrity check; it is only read. Refused while another process has the
/// database open unless `force`. The database as it was is copied aside first, so a restore can
/// itself be undone.
pub fn restore(
    desk: &mut Desk,
    actor: &Actor,
    file: &Path,
    force: bool,
    now: DateTime<Utc>,
    progress: Progress,
) -> Result<Restored> {
    require(actor, Power::RestoreDesk)?;
    if desk.store.is_read_only() {
        return Err(permission(
            "this is a read-only session: nothing can be changed from it",
        ));
    }
    let target = desk.store.path().to_path_buf();
    if file.canonicalize().ok() == target.canonicalize().ok() {
        return Err(invalid(format!(
            "{} is the database itself; name a backup file",
            file.display()
        )));
    }
    let src = Source::open(file)?;
    let problems = src.integrity(10)?;
    if !problems.is_empty() {
        return Err(rule(format!(
            "{} fails SQLite's integrity check ({}); nothing was restored",
            file.display(),
            problems.join("; ")
        )));
    }
    if !force && let Some(pid) = backup::in_use_by(&target)? {
        return Err(OpsError::Conflict(format!(
            "{} is in use by process {pid} (a console, opsdesk tick or another command); close it first, or restore anyway with --force",
            target.display()
        ))
        .into());
    }
    let aside = desk
        .store
        .copy_aside("pre-restore", now, &mut |done, of| progress("copying aside", done, of))?;
    desk.store
        .restore_from(&src, &mut |done, of| progress("restore", done, of))?;
    // Open it again as any command would: an older backup is migrated (and copied aside again
    // first), and what was restored is proved to open.
    desk.store = Store::open(&target)?;
    Ok(Restored {
        aside,
        schema: src.schema,
    })
}
