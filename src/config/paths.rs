//! Where the database and the config file are: a flag, else an environment variable, else the
//! platform's data and config directories (XDG on Linux).

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

#[derive(Clone, Debug)]
pub struct Paths {
    pub db: PathBuf,
    pub config: PathBuf,
    /// The user named the config file (flag or environment): then it must exist.
    pub config_explicit: bool,
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

/// `<config dir>`, where config.toml, keymap.toml and template overrides live.
pub fn config_dir() -> Option<PathBuf> {
    project_dirs().map(|d| d.config_dir().to_path_buf())
}

impl Paths {
    /// `db` and `config` are what the flags or environment gave (clap reads both).
    pub fn resolve(db: Option<&Path>, config: Option<&Path>) -> Result<Paths> {
        let db = match db {
            Some(p) => p.to_path_buf(),
            None => default_db()?,
        };
        let (config, config_explicit) = match config {
            Some(p) => (p.to_path_buf(), true),
            None => (
                config_dir()
                    .map(|d| d.join("config.toml"))
                    .unwrap_or_else(|| PathBuf::from("config.toml")),
                false,
            ),
        };
        Ok(Paths {
            db,
            config,
            config_explicit,
        })
    }

    /// The directory that holds the config file: keymap and template overrides sit beside it.
    pub fn config_home(&self) -> PathBuf {
        self.config.parent().map(Path::to_path_buf).unwrap_or_default()
    }
}
