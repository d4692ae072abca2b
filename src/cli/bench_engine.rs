//! `opsdesk bench` on either engine (issue 20): where the desk is, and the few things the bench
//! does each engine's own way: opening the desk, the escalation tick's write rolled back, the open
//! page read raw and by the engine's own shell, the desk's size. The console's code paths it
//! times are the same on both.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

use crate::config::Config;
use crate::domain::role::Actor;
use crate::ops::pg_desk::PgDesk;
use crate::ops::{Desk, Writes};
use crate::store::Store;
use crate::store::db::{self, Db};
use crate::store::engine::PgUrl;

/// The open list's first page, as a person would ask either engine's shell for it.
pub const OPEN_PAGE: &str = "SELECT * FROM incidents WHERE status <> 'closed' ORDER BY id DESC LIMIT 50";

/// Where the desk is.
pub enum At {
    File(PathBuf),
    Server(Box<PgUrl>),
}

impl At {
    /// For the report: the file, or the URL without its password.
    pub fn shown(&self) -> String {
        match self {
            At::File(p) => p.display().to_string(),
            At::Server(u) => u.to_string(),
        }
    }

    /// The desk's file; none on a server.
    pub fn file(&self) -> Option<&Path> {
        match self {
            At::File(p) => Some(p),
            At::Server(_) => None,
        }
    }

    /// Where the console's own threads (its filter index, its counts) open the desk.
    pub fn source(&self, config: &Config) -> crate::tui::count::Source {
        use crate::tui::count::Source;
        match self {
            At::File(p) => Source::File(p.clone()),
            At::Server(u) => Source::Server(u.clone(), Box::new(config.clone())),
        }
    }

    /// A child opsdesk's `--db` argument, or its environment on a server: the URL may hold a
    /// password, which a command line shows to every user of the machine.
    pub fn point(&self, cmd: &mut Command) {
        match self {
            At::File(p) => {
                cmd.env_remove("OPSDESK_DB").arg("--db").arg(p);
            }
            At::Server(u) => {
                cmd.env("OPSDESK_DB", u.raw());
            }
        }
    }

    /// [`At::point`] for a child in a pseudo-terminal.
    pub fn point_pty(&self, cmd: &mut portable_pty::CommandBuilder) {
        match self {
            At::File(p) => {
                cmd.env_remove("OPSDESK_DB");
                cmd.arg("--db");
                cmd.arg(p);
            }
            At::Server(u) => cmd.env("OPSDESK_DB", u.raw()),
        }
    }
}

/// A desk the bench can measure: SQLite's [`Desk`] or PostgreSQL's [`PgDesk`].
pub trait Engine: Writes + Sized {
    fn open(at: &At, config: &Config) -> Result<Self>;
    /// The user behind `login`, if it is one.
    fn actor_of(&mut self, login: &str) -> Result<Actor>;
    /// `f` in the desk's write transaction, rolled back: the desk is left as it was.
    fn rolled_back<T>(&mut self, f: impl FnOnce(&dyn Db) -> Result<T>) -> Result<T>;
    /// [`OPEN_PAGE`] read straight through the engine's client, every cell read; how long it took.
    fn raw_page(&mut self) -> Result<Duration>;
    /// The desk's bytes on disk, and what they are.
    fn bytes(&mut self) -> Result<(u64, &'static str)>;
}

impl Engine for Desk {
    fn open(at: &At, config: &Config) -> Result<Desk> {
        let At::File(path) = at else {
            anyhow::bail!("a SQLite desk is a file");
        };
        Ok(Desk::new(Store::open(path)?, config.clone()))
    }
    fn actor_of(&mut self, login: &str) -> Result<Actor> {
        self.actor(login)
    }
    fn rolled_back<T>(&mut self, f: impl FnOnce(&dyn Db) -> Result<T>) -> Result<T> {
        // A write transaction from the start, as every write is (history rows are chained in one).
        let tx = rusqlite::Transaction::new_unchecked(self.store.conn(), rusqlite::TransactionBehavior::Immediate)?;
        let out = f(&tx);
        tx.rollback()?;
        out
    }
    fn raw_page(&mut self) -> Result<Duration> {
        let t = Instant::now();
        let mut st = self.store.conn().prepare_cached(OPEN_PAGE)?;
        let n = st.column_count();
        let rows: Vec<Vec<rusqlite::types::Value>> = st
            .query_map([], |r| (0..n).map(|i| r.get(i)).collect())?
            .collect::<rusqlite::Result<_>>()?;
        std::hint::black_box(rows);
        Ok(t.elapsed())
    }
    fn bytes(&mut self) -> Result<(u64, &'static str)> {
        let db = self.store.path().to_path_buf();
        let bytes = [crate::store::locks::with_suffix(&db, "-wal"), db]
            .iter()
            .filter_map(|p| std::fs::metadata(p).ok())
            .map(|m| m.len())
            .sum();
        Ok((bytes, "the file and its -wal, history and indexes included"))
    }
}

impl Engine for PgDesk {
    fn open(at: &At, config: &Config) -> Result<PgDesk> {
        let At::Server(url) = at else {
            anyhow::bail!("a PostgreSQL desk is on a server");
        };
        // Not read-only, as on SQLite: the tick's write is made (and rolled back).
        PgDesk::open(url, config.clone(), false)
    }
    fn actor_of(&mut self, login: &str) -> Result<Actor> {
        self.actor(login)
    }
    fn rolled_back<T>(&mut self, f: impl FnOnce(&dyn Db) -> Result<T>) -> Result<T> {
        PgDesk::rolled_back(self, f)
    }
    fn raw_page(&mut self) -> Result<Duration> {
        let t = Instant::now();
        let rows = self.raw_client()?.query(OPEN_PAGE, &[])?;
        let mut cells = Vec::with_capacity(rows.len());
        for r in &rows {
            let row: Vec<rusqlite::types::Value> = (0..r.len())
                .map(|i| db::Cells::cell(r, i).map(db::owned))
                .collect::<rusqlite::Result<_>>()?;
            cells.push(row);
        }
        std::hint::black_box(cells);
        Ok(t.elapsed())
    }
    fn bytes(&mut self) -> Result<(u64, &'static str)> {
        let n = self.read_db(|db| {
            db::first(db, "SELECT pg_database_size(current_database())", [], |r| {
                Ok(r.cell(0)?.as_i64()?)
            })
        })?;
        Ok((
            n.unwrap_or(0).max(0) as u64,
            "the database on the server (pg_database_size: history, indexes and its catalogs included)",
        ))
    }
}

/// Our whole command and the engine's own shell on the same page: (ours, theirs) in ms, each the
/// median of 10; what "theirs" was (a figure's name) and a note; none without a shell for SQLite.
pub fn whole_commands(at: &At) -> Result<Option<(f64, f64, &'static str, String)>> {
    let Ok(exe) = std::env::current_exe() else {
        return Ok(None);
    };
    let has = |shell: &str, flag: &str| {
        Command::new(shell)
            .arg(flag)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    let time = |cmd: &mut Command| -> Result<Duration> {
        let t = Instant::now();
        let out = cmd.stdout(Stdio::null()).stderr(Stdio::piped()).output()?;
        anyhow::ensure!(
            out.status.success(),
            "{:?}: {}",
            cmd.get_program(),
            String::from_utf8_lossy(&out.stderr)
        );
        Ok(t.elapsed())
    };
    let ours = |cmd: &mut Command| {
        at.point(cmd);
        cmd.args(["incident", "list", "--open", "--limit", "50", "--json"]);
    };
    let median = |mut v: Vec<Duration>| {
        v.sort();
        v[v.len() / 2].as_secs_f64() * 1000.0
    };
    let (mut a, mut b) = (Vec::new(), Vec::new());
    match at {
        At::File(db) => {
            if !has("sqlite3", "-version") {
                return Ok(None);
            }
            for _ in 0..10 {
                let mut cmd = Command::new(&exe);
                ours(&mut cmd);
                a.push(time(&mut cmd)?);
                b.push(time(Command::new("sqlite3").arg("-json").arg(db).arg(OPEN_PAGE))?);
            }
            Ok(Some((
                median(a),
                median(b),
                "sqlite3 shell, the same query",
                "median of 10".into(),
            )))
        }
        At::Server(url) if has("psql", "--version") => {
            for _ in 0..10 {
                let mut cmd = Command::new(&exe);
                ours(&mut cmd);
                a.push(time(&mut cmd)?);
                let mut psql = Command::new("psql");
                libpq_env(&mut psql, url);
                psql.args(["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", OPEN_PAGE]);
                b.push(time(&mut psql)?);
            }
            Ok(Some((
                median(a),
                median(b),
                "psql, the same query",
                "psql as a child process, median of 10".into(),
            )))
        }
        At::Server(url) => {
            // No psql here: a connection of the postgres client made, asked and closed, as a
            // shell would (but in this process, without a process's start).
            for _ in 0..10 {
                let mut cmd = Command::new(&exe);
                ours(&mut cmd);
                a.push(time(&mut cmd)?);
                let t = Instant::now();
                let mut client = crate::store::pg::connect(url)?;
                std::hint::black_box(client.simple_query(OPEN_PAGE).context("the open page, raw")?);
                drop(client);
                b.push(t.elapsed());
            }
            Ok(Some((
                median(a),
                median(b),
                "psql, the same query",
                "no psql on PATH: the postgres client instead (connect, query, close) in this process, median of 10"
                    .into(),
            )))
        }
    }
}

/// psql pointed at the desk by libpq's variables (the password never on its command line).
fn libpq_env(cmd: &mut Command, url: &PgUrl) {
    use postgres::config::Host;
    let c = url.config();
    cmd.env_remove("PGSERVICE").env("PGDATABASE", url.dbname());
    if let Some(h) = c.get_hosts().first() {
        match h {
            Host::Tcp(name) => cmd.env("PGHOST", name),
            Host::Unix(dir) => cmd.env("PGHOST", dir),
        };
    }
    if let Some(p) = c.get_ports().first() {
        cmd.env("PGPORT", p.to_string());
    }
    if let Some(u) = c.get_user() {
        cmd.env("PGUSER", u);
    }
    if let Some(p) = c.get_password() {
        cmd.env("PGPASSWORD", String::from_utf8_lossy(p).into_owned());
    }
}
