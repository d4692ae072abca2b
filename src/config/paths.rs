//! Where the config files and the database are.
//!
//! The config: `--config`, else `$OPSDESK_CONFIG` (that file alone over the built-in defaults);
//! else the system's `/etc/opsdesk/config.toml` with the user's `<config dir>/config.toml` laid
//! over it key by key (either may be missing). The database: `--db`, else `$OPSDESK_DB`, else
//! `[desk] database` of the config, else `<data dir>/opsdesk.db`. Any of them may be a
//! `postgresql://` URL instead of a path (issue 20): [`Paths::postgres`].

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use super::layers::Layers;
use super::settings::Config;
use crate::store::engine::{DeskAt, PgUrl, is_postgres};

/// The system-wide config a package installs.
pub const SYSTEM_CONFIG: &str = "/etc/opsdesk/config.toml";

#[derive(Clone, Debug)]
pub struct Paths {
    /// The SQLite file; for a PostgreSQL desk its URL with the password masked, for messages
    /// only (the command line sends a PostgreSQL desk elsewhere before anything opens a file).
    pub db: PathBuf,
    /// The desk is on PostgreSQL, at this URL.
    pub postgres: Option<PgUrl>,
    /// Where `db` came from, for `config show` and the engine's first line.
    pub db_from: DbFrom,
    /// The config files looked for, lowest first: those read, and those not there.
    pub looked_up: Vec<PathBuf>,
    /// The config files read, lowest first (each over the built-in defaults and the one before).
    pub config_files: Vec<PathBuf>,
    /// The file the user named (`--config`, `$OPSDESK_CONFIG`), if any: it must exist.
    pub explicit: Option<PathBuf>,
    /// Where the user's own keymap.toml is: beside the named file, else `<config dir>`.
    pub config_home: PathBuf,
    /// The desk's own message templates: beside the named file; else the user's `<config
    /// dir>/templates/` when it exists, else the system's `/etc/opsdesk/templates/`.
    pub templates: PathBuf,
}

/// Where the database path came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DbFrom {
    /// `--db` or `$OPSDESK_DB`.
    Override,
    /// `[desk] database` in this file.
    Config(PathBuf),
    /// `<data dir>/opsdesk.db`.
    Default,
}

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "opsdesk")
}

/// `<data dir>/opsdesk.db`.
pub fn default_db() -> Result<PathBuf> {
    let dirs = project_dirs().context("cannot find a home directory for the default database; pass --db PATH")?;
    Ok(dirs.data_dir().join("opsdesk.db"))
}

/// `<data dir>/demo.db`: the demo never touches the desk's real database.
pub fn default_demo_db() -> Result<PathBuf> {
    let dirs = project_dirs().context("cannot find a home directory for the demo database; pass --db PATH")?;
    Ok(dirs.data_dir().join("demo.db"))
}

/// `<config dir>`, where the user's config.toml, keymap.toml and template overrides live.
pub fn config_dir() -> Option<PathBuf> {
    project_dirs().map(|d| d.config_dir().to_path_buf())
}

/// The system-wide config file. Debug builds (the test suite's binary) take
/// `$OPSDESK_TEST_SYSTEM_CONFIG` instead, so that tests never read or depend on the real
/// `/etc`; a release build (`cargo install`, the package) has no such variable: the system's
/// settings come from `/etc/opsdesk/config.toml` only.
pub fn system_config() -> PathBuf {
    #[cfg(debug_assertions)]
    if let Some(p) = std::env::var_os("OPSDESK_TEST_SYSTEM_CONFIG") {
        return PathBuf::from(p);
    }
    PathBuf::from(SYSTEM_CONFIG)
}

/// The PostgreSQL URL `raw`, which [`is_postgres`] said it is; `source` names where it came from.
fn pg_url(raw: &str, source: &str) -> Result<PgUrl> {
    match DeskAt::parse(raw, source)? {
        DeskAt::Postgres(url) => Ok(*url),
        DeskAt::Sqlite(_) => Err(crate::error::invalid(format!("{source}: not a PostgreSQL URL"))),
    }
}

/// The server desk the system's config names for its setgid opsdesk: its password never in that
/// file (every user may read it) but in a `passfile=` root alone may write, which the group lets
/// this opsdesk read (store/passfile.rs), read here while it still holds the group.
fn server_for_desk(named: &str, system: &Path, untrusted: impl Fn(String) -> anyhow::Error) -> Result<PgUrl> {
    let source = format!("[desk] database in {}", system.display());
    let url = pg_url(named, &source)?;
    if url.has_inline_password() {
        return Err(crate::error::permission(format!(
            "{source} holds the server's password, which every user of the machine may read there; put it in a password file only root may write and the group opsdesk read (rw-r----- root:opsdesk), named by passfile= in the URL"
        )));
    }
    if let Some(file) = url.passfile() {
        super::trusted::check_root_owned(file).map_err(untrusted)?;
    }
    Ok(url)
}

fn parent(p: &Path) -> PathBuf {
    p.parent().map(Path::to_path_buf).unwrap_or_default()
}

impl Paths {
    /// Read the config the flags, the environment and the system point at, and find the
    /// database. `db` and `config` are what the flags or environment gave (clap reads both).
    pub fn load(db: Option<&Path>, config: Option<&Path>) -> Result<(Paths, Config, Layers)> {
        let user_dir = config_dir();
        let (files, explicit) = match config {
            Some(p) => (vec![p.to_path_buf()], Some(p.to_path_buf())),
            None => {
                let mut files = vec![system_config()];
                if let Some(dir) = &user_dir {
                    files.push(dir.join("config.toml"));
                }
                (files, None)
            }
        };
        let (config, layers) = Layers::read(&files, explicit.is_some())?;
        let config_home = match &explicit {
            Some(p) => parent(p),
            None => user_dir.clone().unwrap_or_default(),
        };
        let templates = match (&explicit, &user_dir) {
            (Some(p), _) => parent(p).join("templates"),
            (None, Some(dir)) if dir.join("templates").is_dir() => dir.join("templates"),
            (None, _) => parent(&system_config()).join("templates"),
        };
        let mut postgres = None;
        let (db, db_from) = match db {
            Some(p) if p.to_str().is_some_and(is_postgres) => {
                let url = pg_url(p.to_str().unwrap_or_default(), "--db / $OPSDESK_DB")?;
                let shown = PathBuf::from(url.to_string());
                postgres = Some(url);
                (shown, DbFrom::Override)
            }
            Some(p) => (p.to_path_buf(), DbFrom::Override),
            None if !config.desk.database.trim().is_empty() => {
                let file = layers
                    .origin("desk.database")
                    .map(Path::to_path_buf)
                    .unwrap_or_default();
                let named = config.desk.database.trim();
                if is_postgres(named) {
                    let source = format!("[desk] database in {}", file.display());
                    let url = pg_url(named, &source)?;
                    let shown = PathBuf::from(url.to_string());
                    postgres = Some(url);
                    (shown, DbFrom::Config(file))
                } else {
                    (parent(&file).join(named), DbFrom::Config(file))
                }
            }
            None => (default_db()?, DbFrom::Default),
        };
        let paths = Paths {
            db,
            postgres,
            db_from,
            looked_up: files,
            config_files: layers.files(),
            explicit,
            config_home,
            templates,
        };
        Ok((paths, config, layers))
    }

    /// The packaged desk's setgid opsdesk (`crate::boundary`): the system's config alone, and
    /// only when root's and written by root alone; the database it names. `--db`, `--config`
    /// and their variables naming anything else are ignored, each with a warning in `warnings`.
    /// The user's own file is read later, with the group given up ([`Paths::add_users_own`]).
    pub fn load_for_desk(
        db: Option<&Path>,
        config: Option<&Path>,
        warnings: &mut Vec<String>,
    ) -> Result<(Paths, Config, Layers)> {
        let system = system_config();
        let untrusted = |e: String| {
            crate::error::permission(format!(
                "the desk's config is not to be trusted: {e}; this setgid opsdesk reads its settings only from files root alone may write (ask the administrator)"
            ))
        };
        super::trusted::check_root_owned(&system).map_err(untrusted)?;
        let (config_read, layers) = Layers::read(std::slice::from_ref(&system), true)?;
        if let Some(p) = config.filter(|p| *p != system.as_path()) {
            warnings.push(format!(
                "--config / $OPSDESK_CONFIG ({}) is ignored: the desk's settings are {}'s, and your own config.toml may set only desk.language, desk.bell and console.filters",
                p.display(),
                system.display()
            ));
        }
        let named = config_read.desk.database.trim();
        if named.is_empty() {
            return Err(crate::error::invalid(format!(
                "{} names no [desk] database; the desk's setgid opsdesk opens only the database the system's config names",
                system.display()
            )));
        }
        let (desk_db, postgres) = if is_postgres(named) {
            let url = server_for_desk(named, &system, untrusted)?;
            (PathBuf::from(url.to_string()), Some(url))
        } else {
            (parent(&system).join(named), None)
        };
        if let Some(p) = db.filter(|p| *p != desk_db.as_path() && p.to_str() != Some(named)) {
            warnings.push(format!(
                "--db / $OPSDESK_DB ({}) is ignored: this is the desk's setgid opsdesk, whose database is {} ([desk] database in {})",
                crate::store::engine::scrub(&p.display().to_string(), &p.display().to_string()),
                desk_db.display(),
                system.display()
            ));
        }
        let templates = parent(&system).join("templates");
        if templates.exists() {
            super::trusted::check_root_owned(&templates).map_err(untrusted)?;
        }
        let user_dir = config_dir();
        let mut looked_up = vec![system.clone()];
        looked_up.extend(user_dir.as_ref().map(|d| d.join("config.toml")));
        let paths = Paths {
            db: desk_db,
            postgres,
            db_from: DbFrom::Config(system),
            looked_up,
            config_files: layers.files(),
            explicit: None,
            config_home: user_dir.unwrap_or_default(),
            templates,
        };
        Ok((paths, config_read, layers))
    }

    /// After [`Paths::load_for_desk`], with the group given up: the user's own config.toml over
    /// the system's, only its keys that are theirs; a warning for each other key it sets.
    pub fn add_users_own(&mut self, layers: &mut Layers, warnings: &mut Vec<String>) -> Result<Config> {
        let user = self.looked_up.get(1).cloned();
        let (config, more) = layers.overlay_users_own(user.as_deref())?;
        warnings.extend(more);
        self.config_files = layers.files();
        Ok(config)
    }

    /// The database alone, when the config cannot be read (to explain an error about it).
    pub fn db_without_config(db: Option<&Path>) -> Option<PathBuf> {
        match db {
            // A URL is no file to explain an error against (and may hold a password).
            Some(p) if p.to_str().is_some_and(is_postgres) => None,
            Some(p) => Some(p.to_path_buf()),
            None => default_db().ok(),
        }
    }

    /// The config files read, for one line of a log: "built-in defaults" when none.
    pub fn sources_line(&self) -> String {
        if self.config_files.is_empty() {
            return "built-in defaults".into();
        }
        self.config_files
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(" < ")
    }

    /// Where the database path came from, in words.
    pub fn db_origin(&self) -> String {
        match &self.db_from {
            DbFrom::Override => "--db / $OPSDESK_DB".into(),
            DbFrom::Config(file) => format!("[desk] database in {}", file.display()),
            DbFrom::Default => "the default, <data dir>/opsdesk.db".into(),
        }
    }
}
