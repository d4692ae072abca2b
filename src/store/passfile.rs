//! A password file in libpq's form (`passfile=` in a desk's URL, issue 20): one
//! `hostname:port:database:username:password` per line, `*` matching anything, `\:` and `\\`
//! for a colon or a backslash, `#` starting a comment. The first line that matches the
//! connection gives its password. A Unix socket's connection matches the host `localhost`.
//!
//! This is how the packaged desk keeps the server's password from the operators (README,
//! "Several Linux users on one desk, behind the setgid opsdesk"): the file is `rw-r-----
//! root:opsdesk`, read by the setgid opsdesk while it still holds the group. libpq ignores a file
//! its group may read; here such a file is taken, and one any other user may read is refused.

use std::os::unix::fs::MetadataExt;
use std::path::Path;

use anyhow::Result;

/// What one connection is, as a line of the file is matched against it.
pub struct Wanted<'a> {
    pub host: &'a str,
    pub port: u16,
    pub database: &'a str,
    pub user: &'a str,
}

/// The fields of one line, its escapes read; `None` for a comment, a blank line or a line of
/// fewer than five fields.
fn fields(line: &str) -> Option<[String; 5]> {
    let line = line.trim_end_matches('\r');
    if line.trim().is_empty() || line.starts_with('#') {
        return None;
    }
    let mut out: Vec<String> = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.last_mut()?.push(chars.next().unwrap_or('\\')),
            // The password is the rest of the line, colons and all.
            ':' if out.len() < 5 => out.push(String::new()),
            c => out.last_mut()?.push(c),
        }
    }
    out.try_into().ok()
}

/// The password the first matching line of `text` gives `wanted`.
pub fn lookup(text: &str, wanted: &Wanted) -> Option<String> {
    let port = wanted.port.to_string();
    text.lines()
        .filter_map(fields)
        .find_map(|[host, p, db, user, password]| {
            let matches = |field: &str, value: &str| field == "*" || field == value;
            (matches(&host, wanted.host)
                && matches(&p, &port)
                && matches(&db, wanted.database)
                && matches(&user, wanted.user))
            .then_some(password)
        })
}

/// The password `path` gives `wanted`, `None` when no line matches. A file others may read or
/// write (beyond its owner and group), or that is not a plain file, is refused naming it.
pub fn read(path: &Path, wanted: &Wanted) -> Result<Option<String>> {
    let refused = |why: String| crate::error::permission(format!("the password file {}: {why}", path.display()));
    let meta = std::fs::metadata(path).map_err(|e| refused(e.to_string()))?;
    if !meta.is_file() {
        return Err(refused("is not a plain file".into()));
    }
    let others = meta.mode() & 0o007;
    if others != 0 {
        return Err(refused(format!(
            "every user of the machine may {} it (mode {:o}); chmod o-rwx {}",
            if others & 0o4 != 0 { "read" } else { "use" },
            meta.mode() & 0o7777,
            path.display()
        )));
    }
    let text = std::fs::read_to_string(path).map_err(|e| refused(e.to_string()))?;
    Ok(lookup(&text, wanted))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_matching_line_gives_the_password() {
        let file = "# the desk\n\
                    db1.example:5432:desk:app:first\n\
                    *:5433:*:app:other port\n\
                    localhost:*:desk:*:any user\n\
                    *:*:desk:app:pa\\:ss:w\\\\ord\n\
                    *:*:*:*:fallback";
        let want = |host, port, database, user| {
            lookup(
                file,
                &Wanted {
                    host,
                    port,
                    database,
                    user,
                },
            )
        };
        let cases = [
            (("db1.example", 5432, "desk", "app"), "first"),
            (("db2.example", 5433, "desk", "app"), "other port"),
            (("localhost", 5432, "desk", "lilei"), "any user"),
            (("db2.example", 5432, "desk", "app"), "pa:ss:w\\ord"),
            (("db2.example", 5432, "other", "app"), "fallback"),
        ];
        for ((host, port, db, user), password) in cases {
            assert_eq!(
                want(host, port, db, user).as_deref(),
                Some(password),
                "{host}:{port}:{db}:{user}"
            );
        }
        assert_eq!(
            lookup(
                "a:1:b:c:d\n\nshort:line\n",
                &Wanted {
                    host: "a",
                    port: 2,
                    database: "b",
                    user: "c"
                }
            ),
            None
        );
    }

    #[test]
    fn a_file_others_may_read_is_refused_its_group_may() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pgpass");
        std::fs::write(&path, "*:*:*:*:secret\n").unwrap();
        let wanted = Wanted {
            host: "localhost",
            port: 5432,
            database: "desk",
            user: "app",
        };
        for (mode, ok) in [(0o600, true), (0o640, true), (0o644, false), (0o602, false)] {
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
            let got = read(&path, &wanted);
            assert_eq!(got.is_ok(), ok, "{mode:o}: {got:?}");
            if let Err(e) = got {
                assert!(
                    e.to_string().contains("o-rwx") && !e.to_string().contains("secret"),
                    "{e}"
                );
            }
        }
        assert!(
            read(dir.path(), &wanted)
                .unwrap_err()
                .to_string()
                .contains("not a plain file")
        );
    }
}
