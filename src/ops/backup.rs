//! `opsdesk backup` and `opsdesk restore`: the whole desk to a file and back.

use std::path::{Path, PathBuf};

use anyhow::Result;
use chrono::{DateTime, Utc};

use super::Desk;
use crate::domain::role::{Actor, Power, require};
use crate::error::{OpsError, invalid, permission, rule};
use crate::store::Store;
use crate::store::backup::{self, Source};
use crate::store::engine::PgUrl;
use crate::store::pg::migrate::Moved;

/// Told `(what, done, of)` as long work goes on: for a progress bar.
pub type Progress<'a> = &'a mut dyn FnMut(&str, u64, u64);

/// `opsdesk migrate --to URL` (issue 20): the whole desk, from one snapshot, into the empty
/// PostgreSQL database at `url` (admin only: it hands every record to another place).
pub fn migrate(desk: &mut Desk, actor: &Actor, url: &PgUrl, now: DateTime<Utc>, progress: Progress) -> Result<Moved> {
    desk.store.read(|tx| {
        require(&super::current_actor(tx, &actor.login)?, Power::MoveDesk)?;
        crate::store::pg::migrate::to_postgres(tx, url, now, progress)
    })
}

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
    /// Forced although the restoring admin is not an admin of the restored desk: its admins,
    /// `name (login)`, who alone can undo it.
    pub not_admin: Option<Vec<String>>,
}

/// Replace the desk with the backup `file` (admin only). The file must be a regular file holding
/// an opsdesk database that passes SQLite's integrity check and has a directory with an admin;
/// it is only read. Refused unless `force` while another process has the database open, or when
/// the restoring admin would not be an admin of the restored desk (nobody could then undo it but
/// its own admins). The database as it was is copied aside first, so a restore can itself be
/// undone.
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
    if let Some(what) = backup_own_file(&target, file) {
        return Err(invalid(format!("{} is {what}; name a backup file", file.display())));
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
    let not_admin = admins_unless_you_are_one(&src, actor, force)?;
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
        not_admin,
    })
}

/// Which of the desk's own files `file` is, if any: a backup is never one of them.
fn backup_own_file(db: &Path, file: &Path) -> Option<&'static str> {
    crate::store::locks::own_file_of(db, file).map(|suffix| match suffix {
        "" => "the database itself",
        _ => "one of SQLite's files beside the database, not a backup",
    })
}

/// Refuse a source that would leave nobody able to work on the desk: no directory, or no admin;
/// and unless `force`, one in which `actor` is not an admin. The source's admins when forced
/// past the latter.
fn admins_unless_you_are_one(src: &Source, actor: &Actor, force: bool) -> Result<Option<Vec<String>>> {
    let file = src.path().display();
    let Some(dir) = src.directory()?.filter(|d| d.users > 0) else {
        return Err(rule(format!(
            "{file} has no directory (no users, no admin): it is not a backup of a desk, and restoring it would lock every user out, the undo included. Nothing was restored"
        )));
    };
    if dir.admins.is_empty() {
        return Err(rule(format!(
            "{file} has {} user(s) but no admin: restoring it would leave nobody who may change the directory or undo the restore. Nothing was restored",
            dir.users
        )));
    }
    if dir.admins.iter().any(|(login, _)| *login == actor.login) {
        return Ok(None);
    }
    let admins: Vec<String> = dir.admins.iter().map(|(l, n)| format!("{n} ({l})")).collect();
    if !force {
        return Err(OpsError::Conflict(format!(
            "you ({}) are not an admin in {file}: once it is restored you could not undo the restore yourself; only {} could. Nothing was restored; restore anyway with --force",
            actor.login,
            admins.join(", ")
        ))
        .into());
    }
    Ok(Some(admins))
}
