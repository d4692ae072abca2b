//! Where a desk is: a SQLite file (a path) or a PostgreSQL database (a `postgresql://` or
//! `postgres://` URL), from `--db`, `$OPSDESK_DB` or `[desk] database` (issue 20).
//!
//! A [`PgUrl`] never shows its password: its `Display` and every message made from it put `***`
//! where the password was, in the user part (`user:secret@`) and in a `password=` parameter.

use std::fmt;
use std::path::PathBuf;

use anyhow::Result;

/// A desk's location, as the user named it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeskAt {
    Sqlite(PathBuf),
    Postgres(Box<PgUrl>),
}

/// Whether `raw` names a PostgreSQL desk (its scheme is `postgresql:` or `postgres:`, in any
/// case) rather than a file.
pub fn is_postgres(raw: &str) -> bool {
    let lower = raw.trim_start().to_ascii_lowercase();
    lower.starts_with("postgresql:") || lower.starts_with("postgres:")
}

impl DeskAt {
    /// `raw` as the user gave it, `source` saying where (`--db / $OPSDESK_DB`, `[desk] database
    /// in FILE`) for the error a malformed URL gets. A path stays a path.
    pub fn parse(raw: &str, source: &str) -> Result<DeskAt> {
        if is_postgres(raw) {
            Ok(DeskAt::Postgres(Box::new(PgUrl::parse(raw, source)?)))
        } else {
            Ok(DeskAt::Sqlite(PathBuf::from(raw)))
        }
    }
}

/// A validated PostgreSQL URL: `postgresql://[USER[:PASSWORD]@][HOST[:PORT]]/DATABASE[?K=V&…]`,
/// HOST either a name or a percent-encoded socket directory (or `?host=/dir`).
#[derive(Clone)]
pub struct PgUrl {
    raw: String,
    masked: String,
    password: Option<String>,
    /// libpq's `passfile=`, when the URL names one.
    passfile: Option<PathBuf>,
    config: postgres::Config,
    tls: Tls,
}

impl PartialEq for PgUrl {
    fn eq(&self, other: &PgUrl) -> bool {
        self.raw == other.raw
    }
}

impl Eq for PgUrl {}

impl fmt::Debug for PgUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PgUrl({})", self.masked)
    }
}

impl fmt::Display for PgUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked)
    }
}

/// How the URL asked to reach its server (`store::pg::tls` makes the connection).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tls {
    /// `sslmode=disable` or `prefer`, or none: no TLS (a socket, or TCP on a trusted network).
    Off,
    /// `sslmode=require`, `verify-ca` or `verify-full`: TLS, the server verified, trusting the
    /// system's store and this file's certificates besides.
    Verified { root: Option<PathBuf> },
}

impl Tls {
    /// From the URL's `sslmode` and `sslrootcert`; `None` for a mode opsdesk does not know.
    pub fn of(mode: Option<&str>, root: Option<&str>) -> Option<Tls> {
        let root = root.filter(|r| !r.is_empty()).map(PathBuf::from);
        match mode {
            None | Some("disable" | "prefer" | "allow") if root.is_none() => Some(Tls::Off),
            // A CA file given without a mode means the server is to be verified, as libpq does.
            None => Some(Tls::Verified { root }),
            Some("disable" | "prefer" | "allow") => Some(Tls::Off),
            Some("require" | "verify-ca" | "verify-full") => Some(Tls::Verified { root }),
            Some(_) => None,
        }
    }
}

/// Where a server's Unix socket is when the URL names no host: Debian's directory.
pub const DEFAULT_SOCKET_DIR: &str = "/var/run/postgresql";

impl PgUrl {
    pub fn parse(raw: &str, source: &str) -> Result<PgUrl> {
        let raw = raw.trim();
        let (masked, password) = mask(raw);
        let bad = |why: &str| {
            crate::error::invalid(format!(
                "{source}: {masked} is not a PostgreSQL URL opsdesk can use: {why} (the form is postgresql://USER@HOST/DATABASE, or postgresql://USER@/DATABASE?host=/socket/dir)"
            ))
        };
        let Some((scheme, rest)) = raw.split_once("://") else {
            return Err(bad("it has no \"//\" after the scheme"));
        };
        if !matches!(scheme.to_ascii_lowercase().as_str(), "postgresql" | "postgres") {
            return Err(bad("the scheme is neither postgresql nor postgres"));
        }
        let (before_query, query) = rest.split_once('?').unwrap_or((rest, ""));
        let (_, path) = before_query.split_once('/').unwrap_or((before_query, ""));
        let query_db = query
            .split('&')
            .filter_map(|kv| kv.split_once('='))
            .any(|(k, v)| k == "dbname" && !v.is_empty());
        if path.is_empty() && !query_db {
            return Err(bad("it names no database"));
        }
        // TLS is opsdesk's own (store::pg::tls): the crate knows neither libpq's verify modes
        // nor `sslrootcert`, so both are taken out before it reads the rest.
        let param = |key: &str| {
            query
                .split('&')
                .filter_map(|kv| kv.split_once('='))
                .find(|(k, _)| *k == key)
                .map(|(_, v)| percent_decoded(v))
        };
        let (mode, root) = (param("sslmode"), param("sslrootcert"));
        let Some(tls) = Tls::of(mode.as_deref(), root.as_deref()) else {
            return Err(bad(
                "sslmode is disable, prefer, require, verify-ca or verify-full (every mode that encrypts verifies the server)",
            ));
        };
        let passfile = param("passfile").filter(|p| !p.is_empty());
        let kept: Vec<&str> = query
            .split('&')
            .filter(|kv| {
                !["sslmode=", "sslrootcert=", "passfile="]
                    .iter()
                    .any(|k| kv.starts_with(k))
            })
            .collect();
        let rest = match kept.join("&") {
            q if q.is_empty() => before_query.to_string(),
            q => format!("{before_query}?{q}"),
        };
        // The crate's parser knows the two schemes in lower case only.
        let mut config: postgres::Config = format!("postgresql://{rest}").parse().map_err(|e: postgres::Error| {
            let mut why = e.to_string();
            let mut source = std::error::Error::source(&e);
            while let Some(cause) = source {
                why = format!("{why}: {cause}");
                source = cause.source();
            }
            let why = match &password {
                Some(p) if !p.is_empty() => why.replace(p.as_str(), "***"),
                _ => why,
            };
            bad(&why)
        })?;
        if config.get_hosts().is_empty() && config.get_hostaddrs().is_empty() {
            config.host_path(DEFAULT_SOCKET_DIR);
        }
        config.ssl_mode(match tls {
            Tls::Off => postgres::config::SslMode::Disable,
            Tls::Verified { .. } => postgres::config::SslMode::Require,
        });
        // As libpq does: the login of the real uid when the URL names no user.
        if config.get_user().is_none()
            && let Ok(Some(me)) = nix::unistd::User::from_uid(nix::unistd::getuid())
        {
            config.user(&me.name);
        }
        // libpq's `passfile`: read now, so that the desk's setgid opsdesk reads it with the group
        // (store/passfile.rs), and only when the URL gives no password of its own.
        let mut password = password;
        if let Some(file) = passfile.as_ref().filter(|_| config.get_password().is_none()) {
            let host = match config.get_hosts().first() {
                Some(postgres::config::Host::Tcp(name)) => name.clone(),
                _ => "localhost".to_string(),
            };
            let wanted = super::passfile::Wanted {
                host: &host,
                port: config.get_ports().first().copied().unwrap_or(5432),
                database: config.get_dbname().unwrap_or_default(),
                user: config.get_user().unwrap_or_default(),
            };
            if let Some(p) = super::passfile::read(std::path::Path::new(file), &wanted)
                .map_err(|e| e.context(format!("{source}: {masked}")))?
            {
                config.password(p.as_str());
                password = Some(p);
            }
        }
        Ok(PgUrl {
            raw: raw.to_string(),
            masked,
            password,
            passfile: passfile.map(PathBuf::from),
            config,
            tls,
        })
    }

    /// Whether the URL itself holds a password (not one from its `passfile`).
    pub fn has_inline_password(&self) -> bool {
        mask(&self.raw).1.is_some()
    }

    /// The password file the URL names (libpq's `passfile=`).
    pub fn passfile(&self) -> Option<&std::path::Path> {
        self.passfile.as_deref()
    }

    /// The connection settings (the password in them, never to be shown).
    pub fn config(&self) -> &postgres::Config {
        &self.config
    }

    /// Whether, and how, the server is reached over TLS.
    pub fn tls(&self) -> &Tls {
        &self.tls
    }

    /// The URL as given, the password in it: only for a child opsdesk's environment
    /// (`OPSDESK_DB`, which other users cannot read), never to be shown or put on a command line.
    pub fn raw(&self) -> &str {
        &self.raw
    }

    /// The database's name.
    pub fn dbname(&self) -> &str {
        self.config.get_dbname().unwrap_or_default()
    }

    /// `text` with the password taken out, for any message that may quote the server or the
    /// crate (they never should, but a message is shown to people).
    pub fn scrub(&self, text: &str) -> String {
        let text = text.replace(&self.raw, &self.masked);
        match &self.password {
            Some(p) if !p.is_empty() => text.replace(p.as_str(), "***"),
            _ => text,
        }
    }
}

/// `text` with the PostgreSQL URL `raw` (if it is one) and its password masked: for text that
/// may quote a URL from the config, parsed or not.
pub fn scrub(text: &str, raw: &str) -> String {
    let raw = raw.trim();
    if !is_postgres(raw) {
        return text.to_string();
    }
    let (masked, password) = mask(raw);
    let text = text.replace(raw, &masked);
    match password {
        Some(p) if !p.is_empty() => text.replace(&p, "***"),
        _ => text,
    }
}

/// A URL's query value with its %XX escapes read (a socket or a CA file's path).
fn percent_decoded(v: &str) -> String {
    let bytes = v.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (c, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `raw` with its passwords as `***`, and the password (the first found), if any.
fn mask(raw: &str) -> (String, Option<String>) {
    let mut password = None;
    let (head, query) = match raw.split_once('?') {
        Some((h, q)) => (h, Some(q)),
        None => (raw, None),
    };
    let mut out = String::with_capacity(raw.len());
    match head.split_once("://") {
        Some((scheme, rest)) => {
            out.push_str(scheme);
            out.push_str("://");
            let (authority, path) = match rest.find('/') {
                Some(i) => rest.split_at(i),
                None => (rest, ""),
            };
            match authority.rsplit_once('@') {
                Some((userinfo, hosts)) => {
                    match userinfo.split_once(':') {
                        Some((user, pw)) => {
                            password = Some(pw.to_string());
                            out.push_str(user);
                            out.push_str(":***");
                        }
                        None => out.push_str(userinfo),
                    }
                    out.push('@');
                    out.push_str(hosts);
                }
                None => out.push_str(authority),
            }
            out.push_str(path);
        }
        None => out.push_str(head),
    }
    if let Some(q) = query {
        out.push('?');
        let parts: Vec<String> = q
            .split('&')
            .map(|kv| match kv.split_once('=') {
                Some((k, v)) if k.eq_ignore_ascii_case("password") => {
                    password.get_or_insert_with(|| v.to_string());
                    format!("{k}=***")
                }
                _ => kv.to_string(),
            })
            .collect();
        out.push_str(&parts.join("&"));
    }
    (out, password)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 20: a password is never shown, wherever the URL puts it.
    #[test]
    fn masks_every_password() {
        let cases = [
            ("postgresql://desk:s3cret@db1/desk", "postgresql://desk:***@db1/desk"),
            (
                "postgres://u:p%40ss@h:5433/d?sslmode=disable",
                "postgres://u:***@h:5433/d?sslmode=disable",
            ),
            (
                "postgresql:///desk?password=hunter2&user=a",
                "postgresql:///desk?password=***&user=a",
            ),
            (
                "postgresql://a@/desk?host=%2Frun%2Fpg",
                "postgresql://a@/desk?host=%2Frun%2Fpg",
            ),
            ("postgresql://a@h/d", "postgresql://a@h/d"),
        ];
        for (raw, want) in cases {
            let (masked, _) = mask(raw);
            assert_eq!(masked, want, "{raw}");
        }
    }

    /// Issue 20: libpq's `passfile=`, read only when the URL holds no password, its password
    /// never shown.
    #[test]
    fn a_passfile_gives_the_password_the_url_does_not() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pgpass");
        std::fs::write(&file, "*:*:other:*:not this\nlocalhost:5432:desk:app:from the file\n").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o640)).unwrap();
        let at = |raw: String| PgUrl::parse(&raw, "--db").map(|u| u.config().get_password().map(<[u8]>::to_vec));
        let path = file.display();
        let cases: [(String, Option<&[u8]>); 4] = [
            (
                format!("postgresql://app@/desk?passfile={path}"),
                Some(b"from the file"),
            ),
            (format!("postgresql://app@db.example/desk?passfile={path}"), None),
            (
                format!("postgresql://app:inline@/desk?passfile={path}"),
                Some(b"inline"),
            ),
            (
                "postgresql://app:inline@/desk?passfile=/nonexistent/pgpass".into(),
                Some(b"inline"),
            ),
        ];
        for (raw, want) in cases {
            assert_eq!(at(raw.clone()).unwrap().as_deref(), want, "{raw}");
        }
        let e = at(format!("postgresql://app@/desk?passfile={path}.missing")).unwrap_err();
        assert!(format!("{e:#}").contains("the password file"), "{e:#}");
        assert_eq!(crate::error::exit_code(&e), 5);
        let u = PgUrl::parse(&format!("postgresql://app@/desk?passfile={path}"), "--db").unwrap();
        assert!(!u.has_inline_password() && u.passfile() == Some(file.as_path()));
        assert!(!u.to_string().contains("from the file") && !u.scrub("x from the file").contains("from the file"));
    }

    /// Issue 20: which locations are PostgreSQL, which files, and which are refused naming where
    /// they came from.
    #[test]
    fn parses_locations() {
        let ok = [
            ("postgresql:///desk", Some("desk")),
            ("POSTGRES://u@h/desk", Some("desk")),
            ("postgresql://u:pw@h:5432/desk?connect_timeout=5", Some("desk")),
            ("postgresql://u@/x?host=/tmp", Some("x")),
            ("/srv/opsdesk/desk.db", None),
            ("desk.db", None),
            ("postgresql.db", None),
        ];
        for (raw, db) in ok {
            match (DeskAt::parse(raw, "--db").unwrap(), db) {
                (DeskAt::Postgres(u), Some(want)) => assert_eq!(u.dbname(), want, "{raw}"),
                (DeskAt::Sqlite(p), None) => assert_eq!(p, PathBuf::from(raw)),
                (other, _) => panic!("{raw}: {other:?}"),
            }
        }
        let bad = [
            ("postgresql:desk", "no \"//\""),
            ("postgresql://u:topsecret@h", "names no database"),
            ("postgresql://u:topsecret@h:notaport/d", "port"),
            (
                "postgresql://u@h/d?sslmode=sometimes",
                "sslmode is disable, prefer, require",
            ),
            ("postgresql://u@h/d?nosuchoption=1", "nosuchoption"),
        ];
        for (raw, why) in bad {
            let e = DeskAt::parse(raw, "[desk] database in /etc/opsdesk/config.toml").unwrap_err();
            let text = format!("{e:#}");
            assert!(
                text.starts_with("[desk] database in /etc/opsdesk/config.toml: "),
                "{text}"
            );
            assert!(text.contains(why), "{raw}: {text}");
            assert!(!text.contains("topsecret"), "{text}");
            assert_eq!(crate::error::exit_code(&e), 2, "{raw}");
        }
    }
}

#[cfg(test)]
mod tls_tests {
    use super::*;

    #[test]
    fn every_mode_that_encrypts_verifies_the_server() {
        let cases = [
            (None, None, Some(Tls::Off)),
            (Some("disable"), None, Some(Tls::Off)),
            (Some("prefer"), None, Some(Tls::Off)),
            (Some("require"), None, Some(Tls::Verified { root: None })),
            (Some("verify-ca"), None, Some(Tls::Verified { root: None })),
            (
                Some("verify-full"),
                Some("/etc/ca.pem"),
                Some(Tls::Verified {
                    root: Some("/etc/ca.pem".into()),
                }),
            ),
            (
                None,
                Some("/etc/ca.pem"),
                Some(Tls::Verified {
                    root: Some("/etc/ca.pem".into()),
                }),
            ),
            (Some("sometimes"), None, None),
        ];
        for (mode, root, want) in cases {
            assert_eq!(Tls::of(mode, root), want, "{mode:?} {root:?}");
        }
    }
}
