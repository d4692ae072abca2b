//! What the desk's setgid opsdesk believes (issue 17, item 5): every setting that matters to the
//! desk's security comes from the system's config under `/etc/opsdesk/`, and only when that file
//! and every directory above it belong to root and nobody else can write them (as ssh's
//! StrictModes). The user's own file may set only what is theirs alone.

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use super::toml_error::locate_key;

/// The keys a user's own config.toml may set on the packaged desk: how their console speaks and
/// sounds. Everything else (the database, the channels and their gateway program, the spool, the
/// procedure's numbers) is the desk's, set in `/etc/opsdesk/config.toml` only.
pub const USER_KEYS: &[&str] = &["desk.language", "desk.bell", "console.filters"];

/// Remove from `table` (the user's file `path`, whose text is `text`) every key that is not in
/// [`USER_KEYS`]; one warning per key removed, naming the file, the line and the key.
pub fn keep_users_own(table: &mut toml::Table, text: &str, path: &Path) -> Vec<String> {
    let mut removed = Vec::new();
    strip(table, "", &mut removed);
    removed
        .into_iter()
        .map(|key| {
            let at = match locate_key(text, &key) {
                Some(line) => format!("{}:{line}", path.display()),
                None => path.display().to_string(),
            };
            format!(
                "{at}: {key} is ignored: on this desk your own config may set only {}; the rest is the desk's, in /etc/opsdesk/config.toml",
                USER_KEYS.join(", ")
            )
        })
        .collect()
}

fn strip(table: &mut toml::Table, prefix: &str, removed: &mut Vec<String>) {
    let keys: Vec<String> = table.keys().cloned().collect();
    for key in keys {
        let dotted = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        if USER_KEYS.contains(&dotted.as_str()) {
            continue;
        }
        let leads_to_own = USER_KEYS.iter().any(|k| k.starts_with(&format!("{dotted}.")));
        match table.get_mut(&key) {
            Some(toml::Value::Table(inner)) if leads_to_own => {
                strip(inner, &dotted, removed);
                if inner.is_empty() {
                    table.remove(&key);
                }
            }
            _ => {
                if let Some(value) = table.remove(&key) {
                    leaves(&value, &dotted, removed);
                }
            }
        }
    }
}

/// The dotted keys of the values under `value`, itself at `dotted`.
fn leaves(value: &toml::Value, dotted: &str, out: &mut Vec<String>) {
    match value {
        toml::Value::Table(t) if !t.is_empty() => {
            for (k, v) in t {
                leaves(v, &format!("{dotted}.{k}"), out);
            }
        }
        _ => out.push(dotted.to_string()),
    }
}

/// Refuse `path` unless it and every directory above it belong to root and nobody else may
/// write them. A root-owned directory with the sticky bit (`/tmp`) passes: nobody may rename or
/// remove there an entry they do not own. Checked both along the path as written and along the
/// path its links resolve to. The error says which file or directory and why.
pub fn check_root_owned(path: &Path) -> Result<(), String> {
    let real = std::fs::canonicalize(path).map_err(|e| format!("{}: {e}", path.display()))?;
    for p in [path.to_path_buf(), real] {
        let mut here: Option<PathBuf> = Some(p);
        let mut first = true;
        while let Some(p) = here {
            if !p.as_os_str().is_empty() {
                let meta = std::fs::metadata(&p).map_err(|e| format!("{}: {e}", p.display()))?;
                let what = if first { "it" } else { "a directory above it" };
                if meta.uid() != 0 {
                    return Err(format!(
                        "{} is not root's ({what} belongs to uid {})",
                        p.display(),
                        meta.uid()
                    ));
                }
                let others_write = meta.mode() & 0o022 != 0;
                let sticky = meta.is_dir() && meta.mode() & 0o1000 != 0;
                if others_write && !sticky {
                    return Err(format!(
                        "{} may be written by others than root (mode {:o})",
                        p.display(),
                        meta.mode() & 0o7777
                    ));
                }
            }
            first = false;
            here = p.parent().map(Path::to_path_buf);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn table(text: &str) -> toml::Table {
        toml::from_str(text).unwrap()
    }

    #[test]
    fn a_users_file_may_set_only_language_and_bell() {
        let text = "[desk]\nlanguage = \"zh-CN\"\nbell = false\ndatabase = \"/tmp/mine.db\"\n\n[notify.command]\nprogram = \"/tmp/evil\"\n[escalation]\nsupervisor_minutes = 60\n";
        let mut t = table(text);
        let warnings = keep_users_own(&mut t, text, Path::new("/home/u/.config/opsdesk/config.toml"));
        assert_eq!(t, table("[desk]\nlanguage = \"zh-CN\"\nbell = false\n"));
        assert_eq!(warnings.len(), 3, "{warnings:?}");
        assert!(
            warnings[0].starts_with(
                "/home/u/.config/opsdesk/config.toml:4: desk.database is ignored: on this desk your own config may set only desk.language, desk.bell, console.filters"
            ),
            "{warnings:?}"
        );
        assert!(
            warnings
                .iter()
                .any(|w| w.contains(":7: notify.command.program is ignored")),
            "{warnings:?}"
        );
        assert!(
            warnings
                .iter()
                .any(|w| w.contains(":9: escalation.supervisor_minutes is ignored")),
            "{warnings:?}"
        );
    }

    #[test]
    fn a_users_file_of_only_their_keys_loses_nothing() {
        let text = "[desk]\nbell = true\n";
        let mut t = table(text);
        assert!(keep_users_own(&mut t, text, Path::new("c.toml")).is_empty());
        assert_eq!(t, table(text));
        let text = "[desk]\nname = \"Mine\"\n";
        let mut t = table(text);
        assert_eq!(keep_users_own(&mut t, text, Path::new("c.toml")).len(), 1);
        assert!(t.is_empty(), "an emptied table goes too: {t:?}");
    }

    fn root() -> bool {
        nix::unistd::geteuid().is_root()
    }

    #[test]
    fn the_systems_file_must_be_roots_and_written_by_root_alone() {
        // /etc/passwd is root's, 0644, in root's /etc.
        assert_eq!(check_root_owned(Path::new("/etc/passwd")), Ok(()));
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("config.toml");
        std::fs::write(&file, "").unwrap();
        if !root() {
            let e = check_root_owned(&file).unwrap_err();
            assert!(e.contains("is not root's"), "{e}");
            return;
        }
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        assert_eq!(check_root_owned(&file), Ok(()), "root's, under root's sticky /tmp");
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o664)).unwrap();
        let e = check_root_owned(&file).unwrap_err();
        assert!(
            e.contains("config.toml may be written by others than root (mode 664)"),
            "{e}"
        );
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o775)).unwrap();
        let e = check_root_owned(&file).unwrap_err();
        assert!(e.contains("may be written by others than root (mode 775)"), "{e}");
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        nix::unistd::chown(&file, Some(nix::unistd::Uid::from_raw(65534)), None).unwrap();
        let e = check_root_owned(&file).unwrap_err();
        assert!(e.contains("is not root's (it belongs to uid 65534)"), "{e}");
    }

    #[test]
    fn a_link_to_a_file_others_may_write_is_refused() {
        if !root() {
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        let theirs = dir.path().join("theirs");
        std::fs::create_dir(&theirs).unwrap();
        std::fs::set_permissions(&theirs, std::fs::Permissions::from_mode(0o777)).unwrap();
        std::fs::write(theirs.join("config.toml"), "").unwrap();
        let link = dir.path().join("config.toml");
        std::os::unix::fs::symlink(theirs.join("config.toml"), &link).unwrap();
        let e = check_root_owned(&link).unwrap_err();
        assert!(
            e.contains("theirs may be written by others than root (mode 777)"),
            "{e}"
        );
    }
}
