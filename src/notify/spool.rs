//! The spool channel: each message a file in a directory beside the database. Every operator of
//! a desk writes there, so the directory and its files take the database's group and group mode
//! explicitly (a chmod after creating, which no umask narrows), never the mode the first writer's
//! umask happens to allow.

use std::fs::{File, Permissions};
use std::io::Write;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::domain::message::{Medium, Message};

/// How the desk shares its files: the database's group and what that group may do with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Sharing {
    gid: Option<u32>,
    /// The database's group bits (`0o060` for a `rw-rw----` desk).
    group: u32,
}

impl Sharing {
    /// The sharing of the database at `db`; a database that cannot be read is taken as the mode
    /// opsdesk creates one with (`rw-rw----`), its group left as the directory gives it.
    pub(crate) fn of(db: &Path) -> Sharing {
        match std::fs::metadata(db) {
            Ok(m) => Sharing {
                gid: Some(m.gid()),
                group: m.mode() & 0o060,
            },
            Err(_) => Sharing {
                gid: None,
                group: 0o060,
            },
        }
    }

    /// A spool file: read and written by its owner and, as the database, its group.
    pub(crate) fn file_mode(self) -> u32 {
        0o600 | self.group
    }

    /// A spool directory: searchable by the group that may read the database, writable by the
    /// group that may write it, and setgid so that every file made in it gets the desk's group.
    pub(crate) fn dir_mode(self) -> u32 {
        let search = if self.group != 0 { 0o010 } else { 0 };
        let setgid = if self.group & 0o020 != 0 { 0o2000 } else { 0 };
        0o700 | self.group | search | setgid
    }

    /// Give `path` the desk's group and `mode`, as far as this process may: the group only when
    /// it is a member (or root); the mode only when it owns the file. A directory someone else
    /// made is theirs to fix; a write into it says so if it fails.
    /// The same through the handle of a file this process just created (nothing to follow).
    fn apply_to_file(self, f: &File, mode: u32) {
        let Ok(meta) = f.metadata() else {
            return;
        };
        if let Some(gid) = self.gid.filter(|g| *g != meta.gid()) {
            let _ = std::os::unix::fs::fchown(f, None, Some(gid));
        }
        if meta.mode() & 0o7777 != mode || self.gid.is_some_and(|g| g != meta.gid()) {
            let _ = f.set_permissions(Permissions::from_mode(mode));
        }
    }

    fn apply(self, path: &Path, mode: u32) {
        let Ok(meta) = std::fs::symlink_metadata(path) else {
            return;
        };
        if meta.uid() != nix::unistd::geteuid().as_raw() {
            return;
        }
        if let Some(gid) = self.gid.filter(|g| *g != meta.gid()) {
            let _ = std::os::unix::fs::chown(path, None, Some(gid));
        }
        // After the chown: changing the group may clear the setgid bit.
        if meta.mode() & 0o7777 != mode || self.gid.is_some_and(|g| g != meta.gid()) {
            let _ = std::fs::set_permissions(path, Permissions::from_mode(mode));
        }
    }
}

/// Make `dir` (and any missing parent) with the desk's group mode; repair the mode of one this
/// user made before (an older opsdesk took the umask's).
fn ensure_dir(dir: &Path, share: Sharing) -> Result<()> {
    match std::fs::create_dir(dir) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && dir.parent().is_some_and(|p| p != dir) => {
            if let Some(parent) = dir.parent() {
                ensure_dir(parent, share)?;
            }
            match std::fs::create_dir(dir) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => {
                    return Err(e).with_context(|| format!("cannot create the spool directory {}", dir.display()));
                }
            }
        }
        Err(e) => return Err(e).with_context(|| format!("cannot create the spool directory {}", dir.display())),
    }
    share.apply(dir, share.dir_mode());
    Ok(())
}

/// For a refusal: the directory's owner and mode, and the fix, when its group may not write it.
fn whose(dir: &Path) -> String {
    let Ok(m) = std::fs::metadata(dir) else {
        return String::new();
    };
    if m.mode() & 0o020 != 0 {
        return String::new();
    }
    let owner = nix::unistd::User::from_uid(m.uid().into())
        .ok()
        .flatten()
        .map_or_else(|| m.uid().to_string(), |u| u.name);
    format!(
        " (the spool directory is mode {:o}, made by {owner}: the desk's group must be able to write it; {owner} runs `chmod 2770 {}`, or an opsdesk send of theirs repairs it)",
        m.mode() & 0o7777,
        dir.display()
    )
}

/// Write the message into the spool directory: a temporary file first, then linked under its
/// name, so a reader never sees half a file and an existing file is never replaced (ids repeat
/// after a restore, or when two desks share a directory).
pub(crate) fn write(dir: &Path, db: &Path, m: &Message, bytes: &[u8]) -> Result<PathBuf> {
    let share = Sharing::of(db);
    ensure_dir(dir, share)?;
    let ext = match m.medium {
        Medium::Email => "eml",
        Medium::Sms => "sms",
    };
    let stem = format!("{}-{:06}-{}", m.created_at.format("%Y%m%dT%H%M%SZ"), m.id, m.medium);
    let tmp = dir.join(format!(".{stem}.{}.tmp", std::process::id()));
    // A killed earlier run of this pid may have left the name; whatever is there (even a link
    // someone planted) is unlinked, never followed: the file is created exclusively.
    let _ = std::fs::remove_file(&tmp);
    let written = (|| -> Result<()> {
        let mut f: File = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&tmp)
            .with_context(|| format!("cannot write {}{}", tmp.display(), whose(dir)))?;
        share.apply_to_file(&f, share.file_mode());
        f.write_all(bytes)?;
        f.sync_all()?;
        Ok(())
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    let mut n = 0;
    let path = loop {
        let name = if n == 0 {
            format!("{stem}.{ext}")
        } else {
            format!("{stem}.{n}.{ext}")
        };
        let path = dir.join(name);
        match std::fs::hard_link(&tmp, &path) {
            Ok(()) => break path,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && n < 100 => n += 1,
            Err(e) => {
                let _ = std::fs::remove_file(&tmp);
                return Err(e).with_context(|| format!("cannot write {}", path.display()));
            }
        }
    };
    let _ = std::fs::remove_file(&tmp);
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn i21_15_the_spool_takes_the_database_group_mode() {
        let cases = [(0o060, 0o660, 0o2770), (0o040, 0o640, 0o750), (0o000, 0o600, 0o700)];
        for (group, file, dir) in cases {
            let s = Sharing { gid: None, group };
            assert_eq!((s.file_mode(), s.dir_mode()), (file, dir), "group bits {group:o}");
        }
    }

    #[test]
    fn a_link_planted_at_the_spools_temporary_name_is_not_followed() {
        use crate::domain::message::{Draft, MessageState};
        let dir = tempfile::tempdir().unwrap();
        let spool = dir.path().join("spool");
        std::fs::create_dir(&spool).unwrap();
        let db = dir.path().join("desk.db");
        std::fs::write(&db, b"").unwrap();
        let victim = dir.path().join("victims-own-file");
        std::fs::write(&victim, b"mine").unwrap();
        let draft = Draft {
            medium: Medium::Email,
            to: vec![],
            cc: vec![],
            subject: "s".into(),
            body: "b".into(),
            lang: "en".into(),
        };
        let at = chrono::DateTime::parse_from_rfc3339("2026-12-02T01:00:00Z")
            .unwrap()
            .to_utc();
        let mut m = Message::new(1, draft, MessageState::Queued, at, "li");
        m.id = 7;
        // The name this process will use for its temporary file, planted beforehand.
        let tmp = spool.join(format!(".20261202T010000Z-000007-email.{}.tmp", std::process::id()));
        std::os::unix::fs::symlink(&victim, &tmp).unwrap();
        let written = write(&spool, &db, &m, b"the message").unwrap();
        assert_eq!(
            std::fs::read(&victim).unwrap(),
            b"mine",
            "the link's target is untouched"
        );
        assert_eq!(std::fs::read(&written).unwrap(), b"the message");
        assert!(std::fs::symlink_metadata(&tmp).is_err(), "the planted link is gone");
    }
}
