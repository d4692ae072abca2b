//! A desk on PostgreSQL (issue 20), for what is carried over to it: its server's connection, its
//! URL and its rules, writing and reading through [`Writes`] as a [`super::Desk`] does on SQLite.

use std::time::{Duration, Instant};

use anyhow::Result;
use postgres::Client;

use super::{Writes, current_actor, known_actor};
use crate::config::Config;
use crate::domain::escalation::Policy;
use crate::domain::role::Actor;
use crate::store::db::{Db, Pg};
use crate::store::engine::PgUrl;
use crate::store::pg;

/// The longest wait between two tries to reconnect.
const RETRY_MAX: Duration = Duration::from_secs(30);

pub struct PgDesk {
    client: Client,
    /// While the server is away: when the last try to reconnect failed, how long to wait before
    /// the next (doubling up to [`RETRY_MAX`]), and what it said (said again meanwhile, so that
    /// a log that says each new trouble once says this once).
    away: Option<(Instant, Duration, String)>,
    url: PgUrl,
    pub config: Config,
    pub policy: Policy,
    /// A `--read-only` session: every write is refused (U4).
    read_only: bool,
    /// The desk's own message templates (`<config dir>/templates/`), over the built-in ones.
    pub templates: Option<std::path::PathBuf>,
}

impl PgDesk {
    /// Connect to the desk at `url`, refusing a database that holds no desk or a newer one.
    pub fn open(url: &PgUrl, config: Config, read_only: bool) -> Result<PgDesk> {
        let (client, _) = pg::open_checked(url)?;
        Ok(PgDesk {
            client,
            away: None,
            url: url.clone(),
            policy: Policy::from_config(&config),
            config,
            read_only,
            templates: None,
        })
    }

    pub fn with_templates(mut self, dir: std::path::PathBuf) -> PgDesk {
        self.templates = Some(dir);
        self
    }

    /// The connection, made again when the server closed it (a restart, a failover to a replica
    /// the administrator promoted): a long-running engine resumes by itself. Tries are spaced
    /// out, doubling from a second up to [`RETRY_MAX`]; between them the desk says what the last
    /// try met. A write the lost connection was committing is never tried again here: it was
    /// reported as perhaps not saved.
    fn connected(&mut self) -> Result<&mut Client> {
        if !self.client.is_closed() {
            return Ok(&mut self.client);
        }
        if let Some((at, wait, said)) = &self.away
            && at.elapsed() < *wait
        {
            return Err(anyhow::anyhow!("{said}"));
        }
        match pg::open_checked(&self.url) {
            Ok((client, _)) => {
                self.client = client;
                self.away = None;
                Ok(&mut self.client)
            }
            Err(e) => {
                let wait = self
                    .away
                    .as_ref()
                    .map_or(Duration::from_secs(1), |(_, w, _)| (*w * 2).min(RETRY_MAX));
                let said = format!("the connection was lost; reconnecting: {e:#}");
                self.away = Some((Instant::now(), wait, said.clone()));
                Err(anyhow::anyhow!("{said}"))
            }
        }
    }

    /// The user behind `login`; a login that is not a user is told whom to ask (U2).
    pub fn actor(&mut self, login: &str) -> Result<Actor> {
        let desk = self.url.to_string();
        self.read_db(|db| known_actor(db, login, &desk))
    }
}

impl Writes for PgDesk {
    fn config(&self) -> &Config {
        &self.config
    }
    fn policy(&self) -> &Policy {
        &self.policy
    }

    fn write_db_as<T>(&mut self, actor: &Actor, f: impl FnOnce(&dyn Db, &Actor) -> Result<T>) -> Result<T> {
        if self.read_only {
            return Err(crate::error::permission(
                "this is a read-only session: nothing can be changed from it",
            ));
        }
        let url = self.url.clone();
        pg::write::write(self.connected()?, &url, true, |db| {
            let current = current_actor(db, &actor.login)?;
            f(db, &current)
        })
    }

    fn write_db<T>(&mut self, f: impl FnOnce(&dyn Db) -> Result<T>) -> Result<T> {
        if self.read_only {
            return Err(crate::error::permission(
                "this is a read-only session: nothing can be changed from it",
            ));
        }
        let url = self.url.clone();
        pg::write::write(self.connected()?, &url, true, |db| f(db))
    }

    fn read_only(&self) -> bool {
        self.read_only
    }

    fn templates(&self) -> Option<&std::path::Path> {
        self.templates.as_deref()
    }

    fn place(&self) -> String {
        self.url.to_string()
    }

    fn read_db<T>(&mut self, f: impl FnOnce(&dyn Db) -> Result<T>) -> Result<T> {
        let url = self.url.clone();
        let db = Pg::new(pg::snapshot(self.connected()?, &url)?);
        // A refusal of the rules stays as it is; a server's error says which desk it came from.
        let out = f(&db).map_err(|e| match e.downcast_ref::<postgres::Error>() {
            Some(pe) => pg::describe(pe, &url, "reading"),
            None => e,
        })?;
        db.into_inner()
            .commit()
            .map_err(|e| pg::describe(&e, &url, "ending the read"))?;
        Ok(out)
    }
}
