//! The core's commands: each is one transaction that loads, checks the rules (domain), writes the
//! change and its history, and runs the escalation engine. The CLI and the console both call
//! these; permissions are decided here, not by what a screen shows.

pub mod articles;
pub mod backup;
pub mod billing;
pub mod cadence;
pub mod changes;
pub mod check;
pub mod console;
pub mod directory;
pub mod duties;
pub mod emergency;
pub mod engine;
pub mod identity;
pub mod incidents;
pub mod kinds;
pub mod ledger;
pub mod messages;
pub mod outbox;
pub mod pg_desk;
pub mod problems;
pub mod quality;
pub mod reports;
pub mod requests;
pub mod search;
pub mod service_merge;
pub mod services;
mod step;
pub mod support;
pub mod training;

use anyhow::Result;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::config::Config;
use crate::domain::escalation::Policy;
use crate::domain::kind::Kind;
use crate::domain::role::Actor;
use crate::error::{Code, OpsError, Refusal};
use crate::store::db::Db;
use crate::store::{Store, audit, users};
use rusqlite::Transaction;

/// Where a command's one write transaction runs, on either engine: a desk's SQLite file
/// ([`Desk`]) or its PostgreSQL server ([`pg_desk::PgDesk`]). What is carried over to PostgreSQL
/// (issue 20) is written against this; the rest still takes a [`Desk`].
pub trait Writes {
    fn config(&self) -> &Config;
    fn policy(&self) -> &Policy;
    fn zone(&self) -> Tz {
        self.config().desk.zone
    }
    /// Run `f` in one write transaction as `actor` is in the directory *now* (U4).
    fn write_db_as<T>(&mut self, actor: &Actor, f: impl FnOnce(&dyn Db, &Actor) -> Result<T>) -> Result<T>;
    /// Run `f` in one write transaction, for what the clock does (the engine, the outbox) as a
    /// login that need not be a person of the directory.
    fn write_db<T>(&mut self, f: impl FnOnce(&dyn Db) -> Result<T>) -> Result<T>;
    /// Run `f` on one snapshot of the desk.
    fn read_db<T>(&mut self, f: impl FnOnce(&dyn Db) -> Result<T>) -> Result<T>;
    /// A `--read-only` session: every write is refused.
    fn read_only(&self) -> bool;
    /// The desk's own message templates, over the built-in ones.
    fn templates(&self) -> Option<&std::path::Path>;
    /// Where the desk is (its file, or its server's URL without a password), for messages.
    fn place(&self) -> String;
    /// `e` in words a person can act on (SQLite's codes explained with the desk's file).
    fn explain(&self, e: anyhow::Error) -> anyhow::Error {
        e
    }
    /// [`Writes::write_db`] for what other consoles need not read their views again for: a
    /// console's presence. It moves no change count.
    fn write_aside<T>(&mut self, f: impl FnOnce(&dyn Db) -> Result<T>) -> Result<T>;
    /// What other connections committed since the last call (the first call only starts
    /// looking): what a console reads again for.
    fn seen(&mut self) -> Result<Seen>;
    /// Why the desk cannot be reached just now, while its connection is being made again (a
    /// server desk's restart or failover); `None` on SQLite and while connected.
    fn away(&self) -> Option<String> {
        None
    }
}

/// What a console learns of others' commits since it last looked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Seen {
    /// A change to what the views list (a record, the directory).
    pub changes: bool,
    /// Only a console's presence moved: who else has a record open.
    pub presence: bool,
}

impl Writes for Desk {
    fn config(&self) -> &Config {
        &self.config
    }
    fn policy(&self) -> &Policy {
        &self.policy
    }
    fn write_db_as<T>(&mut self, actor: &Actor, f: impl FnOnce(&dyn Db, &Actor) -> Result<T>) -> Result<T> {
        self.write_as(actor, |tx, actor| f(tx, actor))
    }
    fn write_db<T>(&mut self, f: impl FnOnce(&dyn Db) -> Result<T>) -> Result<T> {
        self.store.write(|tx| f(tx))
    }
    fn read_db<T>(&mut self, f: impl FnOnce(&dyn Db) -> Result<T>) -> Result<T> {
        self.store.read(|tx| f(tx))
    }
    fn read_only(&self) -> bool {
        self.store.is_read_only()
    }
    fn templates(&self) -> Option<&std::path::Path> {
        self.templates.as_deref()
    }
    fn place(&self) -> String {
        self.store.path().display().to_string()
    }
    fn explain(&self, e: anyhow::Error) -> anyhow::Error {
        crate::store::explain(e, self.store.path())
    }
    fn write_aside<T>(&mut self, f: impl FnOnce(&dyn Db) -> Result<T>) -> Result<T> {
        self.store.write_aside(|tx| f(tx))
    }
    /// `PRAGMA data_version` moves with any other connection's commit; the desk's change count
    /// tells a change from a presence heartbeat.
    fn seen(&mut self) -> Result<Seen> {
        let conn = self.store.conn();
        let version = crate::store::watch::data_version(conn)?;
        if self.watched.is_some_and(|(v, _)| v == version) {
            return Ok(Seen::default());
        }
        let changes = crate::store::watch::desk_changes(conn)?;
        let was = self.watched.replace((version, changes));
        Ok(match was {
            None => Seen::default(),
            Some((_, c)) => Seen {
                changes: c != changes,
                presence: c == changes,
            },
        })
    }
}

/// Who makes a change, from which version of the record they saw, and when: what every
/// mutating command needs besides its own arguments.
#[derive(Clone, Copy, Debug)]
pub struct Call<'a> {
    pub actor: &'a Actor,
    /// Refuse unless the record is still at this version (the caller's view is current).
    pub if_version: Option<i64>,
    pub now: DateTime<Utc>,
}

impl<'a> Call<'a> {
    pub fn new(actor: &'a Actor, now: DateTime<Utc>) -> Call<'a> {
        Call {
            actor,
            if_version: None,
            now,
        }
    }

    pub fn if_version(self, v: Option<i64>) -> Call<'a> {
        Call { if_version: v, ..self }
    }
}

/// An open desk: its database and its rules.
pub struct Desk {
    pub store: Store,
    pub config: Config,
    pub policy: Policy,
    /// The desk's own message templates (`<config dir>/templates/`), over the built-in ones.
    pub templates: Option<std::path::PathBuf>,
    /// `data_version` and the change count when [`Writes::seen`] last looked.
    watched: Option<(i64, i64)>,
}

impl Desk {
    pub fn new(store: Store, config: Config) -> Desk {
        let policy = Policy::from_config(&config);
        Desk {
            store,
            config,
            policy,
            templates: None,
            watched: None,
        }
    }

    pub fn with_templates(mut self, dir: std::path::PathBuf) -> Desk {
        self.templates = Some(dir);
        self
    }

    pub fn zone(&self) -> Tz {
        self.config.desk.zone
    }

    /// Run `f` in one write transaction as `actor` is in the directory *now*: a role changed since
    /// the caller looked it up (a console opened before a demotion) counts as it is now (U4).
    pub fn write_as<T>(&mut self, actor: &Actor, f: impl FnOnce(&Transaction, &Actor) -> Result<T>) -> Result<T> {
        self.store.write(|tx| {
            let current = current_actor(tx, &actor.login)?;
            f(tx, &current)
        })
    }

    /// The user behind `login`; a login that is not a user is told whom to ask (U2).
    pub fn actor(&self, login: &str) -> Result<Actor> {
        known_actor(self.store.conn(), login, &self.store.path().display().to_string())
    }
}

/// The user behind `login` on the desk `desk` (its file or URL, for the refusal), on either
/// engine; a login that is not a user is told whom to ask (U2).
pub fn known_actor(conn: &(impl crate::store::db::Db + ?Sized), login: &str, desk: &str) -> Result<Actor> {
    if let Some(u) = users::by_login(conn, login)? {
        return Ok(Actor {
            login: u.login,
            name: u.name,
            role: u.role,
        });
    }
    let admins: Vec<String> = users::with_role(conn, crate::domain::role::Role::Admin)?
        .into_iter()
        .map(|u| format!("{} ({})", u.name, u.login))
        .collect();
    let ask = if admins.is_empty() {
        "an opsdesk admin".to_string()
    } else {
        admins.join(" or ")
    };
    Err(OpsError::Permission(format!(
        "{login} is not an opsdesk user of {desk}; ask {ask} to add you: opsdesk user add {login} --name NAME --role operator --dept DEPT"
    ))
    .into())
}

/// `login` as the directory has them now, inside the caller's transaction (U4): a user removed or
/// demoted meanwhile acts with what they are now.
pub fn current_actor(conn: &(impl Db + ?Sized), login: &str) -> Result<Actor> {
    match users::by_login(conn, login)? {
        Some(u) => Ok(Actor {
            login: u.login,
            name: u.name,
            role: u.role,
        }),
        None => Err(
            OpsError::Permission(format!("permission denied: {login} is no longer a user of this desk"))
                .coded(Refusal::new(Code::RoleNoLongerUser).text("login", login))
                .into(),
        ),
    }
}

/// Name a login for messages: `李雷 (lilei)`, or the login alone when not in the directory.
pub fn label_login(conn: &(impl Db + ?Sized), login: &str) -> String {
    match users::by_login(conn, login) {
        Ok(Some(u)) if u.name != u.login => format!("{} ({})", u.name, u.login),
        _ => login.to_string(),
    }
}

/// The refusal for a write that started from an old version: says who changed the record, when
/// and how, and which version to retry from.
pub fn conflict(conn: &dyn Db, kind: Kind, id: i64, had: i64, now_at: i64, zone: Tz) -> anyhow::Error {
    let last = audit::last_of_record(conn, kind, id).ok().flatten();
    let (who, by) = match &last {
        Some(h) => {
            let (actor, at) = (
                label_login(conn, &h.actor),
                crate::domain::time::local_second(h.at, zone),
            );
            let text = format!("; last changed by {actor} at {at} ({})", h.action);
            let by = Refusal::new(Code::RecordLastChanged)
                .text("who", actor)
                .text("at", at)
                .word("action", "history", &h.action);
            (text, vec![by])
        }
        None => (String::new(), Vec::new()),
    };
    let show = kind.show_command(id);
    OpsError::Conflict(format!(
        "{kind} {id} changed since version {had}: it is now version {now_at}{who}. Look again (opsdesk {show}) and retry with --if-version {now_at}"
    ))
    .coded(
        Refusal::new(Code::RecordConflict)
            .word("kind", "kind", kind.as_str())
            .text("id", id)
            .text("had", had)
            .text("now", now_at)
            .parts("who", by)
            .text("show", show),
    )
    .into()
}
