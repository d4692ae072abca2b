//! A desk on PostgreSQL (issue 20), for what is carried over to it: its server's connection, its
//! URL and its rules, writing and reading through [`Writes`] as a [`super::Desk`] does on SQLite.

use std::time::{Duration, Instant};

use anyhow::Result;
use fallible_iterator::FallibleIterator;
use postgres::Client;

use super::{Seen, Writes, current_actor, known_actor};
use crate::config::Config;
use crate::domain::escalation::Policy;
use crate::domain::role::Actor;
use crate::store::db::{Db, Pg, Statements};
use crate::store::engine::PgUrl;
use crate::store::pg;

/// How long a console's look for others' commits waits on the listening connection.
const NOTICE_WAIT: Duration = Duration::from_millis(2);

/// The longest wait between two tries to reconnect.
const RETRY_MAX: Duration = Duration::from_secs(30);

pub struct PgDesk {
    client: Client,
    /// The statements prepared on `client` ([`Statements`]).
    kept: Statements,
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
    /// A console's second connection, listening for others' commits ([`Writes::seen`]); the
    /// server's process id of `client`, whose own notices it skips.
    listener: Option<Client>,
    ours: Option<i32>,
    /// Whether the listener was lost: what was committed meanwhile is not known.
    missed: bool,
    /// Why the listener could not be made, while it cannot.
    deaf: Option<String>,
}

impl PgDesk {
    /// Connect to the desk at `url`, refusing a database that holds no desk or a newer one.
    pub fn open(url: &PgUrl, config: Config, read_only: bool) -> Result<PgDesk> {
        let (client, _) = pg::open_at(url, read_only)?;
        Ok(PgDesk {
            client,
            kept: Statements::default(),
            away: None,
            url: url.clone(),
            policy: Policy::from_config(&config),
            config,
            read_only,
            templates: None,
            listener: None,
            ours: None,
            missed: false,
            deaf: None,
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
        match pg::open_at(&self.url, self.read_only) {
            Ok((client, _)) => {
                self.client = client;
                // What was prepared was the lost connection's.
                self.kept = Statements::default();
                self.away = None;
                self.ours = None;
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

    /// The connection and the statements prepared on it, for one transaction.
    fn session(&mut self) -> Result<(&mut Client, Statements)> {
        self.connected()?;
        let kept = self.kept.clone();
        Ok((&mut self.client, kept))
    }

    /// The listening connection, made (again) when there is none: `LISTEN` on the channel every
    /// write announces its commit on (`store::pg::write`).
    fn listening(&mut self) -> Result<&mut Client> {
        if self.listener.as_ref().is_some_and(|c| !c.is_closed()) {
            return Ok(self.listener.as_mut().expect("checked just above"));
        }
        self.missed |= self.listener.take().is_some();
        let mut client = pg::connect(&self.url)?;
        client
            .batch_execute(&format!("LISTEN {}", pg::write::CHANNEL))
            .map_err(|e| pg::describe(&e, &self.url, "listening for changes"))?;
        Ok(self.listener.insert(client))
    }

    /// [`Writes::seen`]'s notices.
    fn drain(&mut self) -> Result<Seen> {
        if self.ours.is_none() {
            let pid = self
                .connected()?
                .query_one("SELECT pg_backend_pid()", &[])
                .map_err(|e| pg::describe(&e, &self.url, "reading"))?;
            self.ours = Some(pid.get(0));
        }
        let (ours, url) = (self.ours, self.url.clone());
        let mut seen = Seen::default();
        let lost = {
            let mut notices = self.listening()?.notifications();
            // Not `iter()`: it polls the socket without letting the client's runtime look at it,
            // so a notice that arrived since is not seen. A wait this short lets it look.
            let mut pending = notices.timeout_iter(NOTICE_WAIT);
            loop {
                match pending.next() {
                    Ok(Some(n)) if Some(n.process_id()) == ours => {}
                    Ok(Some(n)) if n.payload() == pg::write::PRESENCE => seen.presence = true,
                    Ok(Some(_)) => seen.changes = true,
                    Ok(None) => break None,
                    Err(e) => break Some(e),
                }
            }
        };
        if let Some(e) = lost {
            self.listener = None;
            self.missed = true;
            return Err(pg::describe(&e, &url, "listening for changes"));
        }
        seen.changes |= std::mem::take(&mut self.missed);
        Ok(seen)
    }

    /// `f` in the desk's write transaction, rolled back instead of committed (`opsdesk bench`
    /// times the escalation tick so: the desk is left as it was).
    pub fn rolled_back<T>(&mut self, f: impl FnOnce(&dyn Db) -> Result<T>) -> Result<T> {
        let url = self.url.clone();
        pg::write::rolled_back(self.session()?, &url, |db| f(db))
    }

    /// The desk's own connection, bare: `opsdesk bench` compares a page read through the store
    /// with the same query asked of the client straight.
    pub fn raw_client(&mut self) -> Result<&mut Client> {
        self.connected()
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
        pg::write::write(self.session()?, &url, true, |db| {
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
        pg::write::write(self.session()?, &url, true, |db| f(db))
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

    fn write_aside<T>(&mut self, f: impl FnOnce(&dyn Db) -> Result<T>) -> Result<T> {
        if self.read_only {
            return Err(crate::error::permission(
                "this is a read-only session: nothing can be changed from it",
            ));
        }
        let url = self.url.clone();
        pg::write::write(self.session()?, &url, false, |db| f(db))
    }

    /// The notices on the listening connection, drained with a wait of at most [`NOTICE_WAIT`]
    /// (a console asks once a second); its own connection's are skipped. A listener made again after it was lost says
    /// that anything may have changed meanwhile.
    fn seen(&mut self) -> Result<Seen> {
        // The desk's own connection first: while the server is away, tries are spaced out there.
        self.connected()?;
        let seen = self.drain();
        self.deaf = seen.as_ref().err().map(|e| format!("{e:#}"));
        seen
    }

    fn away(&self) -> Option<String> {
        match (&self.away, &self.deaf) {
            (Some((_, _, said)), _) => Some(said.clone()),
            _ if self.client.is_closed() => Some("the connection was lost; reconnecting".into()),
            (None, deaf) => deaf.clone(),
        }
    }

    fn read_db<T>(&mut self, f: impl FnOnce(&dyn Db) -> Result<T>) -> Result<T> {
        let url = self.url.clone();
        let (client, kept) = self.session()?;
        let db = Pg::new(pg::snapshot(client, &url)?).keeping(kept);
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
