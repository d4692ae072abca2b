//! `opsdesk bench`: the console's real code paths, timed in this process on a real database file,
//! each figure beside its goal (issue 7). Nothing here is a test: timings are measured and
//! printed, never asserted.
//!
//! The database is only read, except the escalation tick, which runs in a transaction that is
//! rolled back.

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use serde::Serialize;

use crate::config::Config;
use crate::domain::role::{Actor, Role};
use crate::domain::time::whole_seconds;
use crate::ops::console::{self, Query};
use crate::ops::{Desk, engine};
use crate::store::Store;
use crate::store::incidents::Filter;
use crate::tui::action::Action;
use crate::tui::app::{App, Effect, Setup};
use crate::tui::i18n::{Lang, Strings};
use crate::tui::keymap::Keymap;
use crate::tui::model::{Reply, Request};
use crate::tui::views;

use super::render::incident_json;

/// The frame every figure is drawn at.
const SIZE: (u16, u16) = (160, 48);

/// One measured figure.
#[derive(Clone, Debug, Serialize)]
pub struct Figure {
    pub name: String,
    pub value: f64,
    pub unit: &'static str,
    /// The goal, as the most the value may be; none for figures given for context.
    pub goal: Option<f64>,
    pub met: Option<bool>,
    pub note: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub db: String,
    pub incidents: i64,
    pub open: i64,
    pub history_rows: i64,
    pub figures: Vec<Figure>,
}

fn figure(name: &str, value: f64, unit: &'static str, goal: Option<f64>, note: &str) -> Figure {
    Figure {
        name: name.into(),
        value,
        unit,
        goal,
        met: goal.map(|g| value <= g),
        note: note.into(),
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The median and the 99th percentile of `samples`, in milliseconds.
fn spread(samples: &mut [Duration]) -> (f64, f64) {
    if samples.is_empty() {
        return (0.0, 0.0);
    }
    samples.sort();
    let at = |q: f64| ms(samples[((samples.len() - 1) as f64 * q).round() as usize]);
    (at(0.5), at(0.99))
}

/// Peak resident memory of this process so far, in MiB (Linux: VmHWM).
fn peak_mib() -> Option<f64> {
    super::bench_idle::peak_mib_of("self")
}

/// A console in this process: the state, a terminal to draw it on, the desk its worker reads.
struct Console {
    desk: Desk,
    me: Actor,
    app: App,
    term: Terminal<TestBackend>,
    /// The live filter's index in memory, as the console's worker holds it once built.
    index: Option<crate::store::live_filter::OpenIndex>,
}

impl Console {
    /// Carry out what an update asked for as the worker would, right away. Returns how long the
    /// database work took.
    fn serve(&mut self, effects: Vec<Effect>, now: DateTime<Utc>) -> Result<Duration> {
        let mut spent = Duration::ZERO;
        let mut queue = effects;
        while let Some(e) = queue.pop() {
            let Effect::Request(r) = e else { continue };
            let t = Instant::now();
            let reply = match r {
                Request::Query(q) => Reply::Snapshot(Box::new(console::snapshot_with(
                    &mut self.desk,
                    &q,
                    now,
                    None,
                    &mut self.index,
                )?)),
                Request::Detail(Some(id)) => {
                    Reply::Detail(Box::new(console::detail(&mut self.desk, id, &self.me, now)?))
                }
                _ => continue,
            };
            spent += t.elapsed();
            queue.extend(self.app.on_reply(reply, now));
        }
        Ok(spent)
    }

    fn draw(&mut self) -> Result<()> {
        self.term.draw(|f| views::render(&self.app, f))?;
        Ok(())
    }
}

impl super::bench_filter::Console for Console {
    fn app(&mut self) -> &mut App {
        &mut self.app
    }
    fn conn(&self) -> &rusqlite::Connection {
        self.desk.store.conn()
    }
    fn index(&mut self) -> &mut Option<crate::store::live_filter::OpenIndex> {
        &mut self.index
    }
    fn serve(&mut self, effects: Vec<Effect>, now: DateTime<Utc>) -> Result<Duration> {
        Console::serve(self, effects, now)
    }
    fn draw(&mut self) -> Result<()> {
        Console::draw(self)
    }
}

fn open_console(db: &Path, config: &Config, login: &str, now: DateTime<Utc>) -> Result<Console> {
    let store = Store::open(db)?;
    let desk = Desk::new(store, config.clone());
    let me = desk.actor(login).unwrap_or_else(|_| Actor {
        login: login.into(),
        name: login.into(),
        role: Role::Supervisor,
    });
    let setup = Setup {
        bell: false,
        ..Setup::new(me.clone(), config, true)
    };
    let mut app = App::new(setup, Strings::new(Lang::ZhCn), Keymap::defaults(), now, SIZE);
    let start = app.start();
    let mut c = Console {
        desk,
        me,
        app,
        term: Terminal::new(TestBackend::new(SIZE.0, SIZE.1))?,
        index: None,
    };
    c.serve(start, now)?;
    c.draw()?;
    Ok(c)
}

/// Measure everything on the database at `db`; `login` is whose console it is. `cold`: the
/// first frame and the live filter are measured with the desk out of the page cache as well.
pub fn run(
    db: &Path,
    config: &Config,
    login: &str,
    cold: bool,
    idle_seconds: u64,
    say: &mut dyn FnMut(&str),
) -> Result<Report> {
    let now = whole_seconds(Utc::now());
    let mut figures = Vec::new();

    if cold {
        // First, while no other child has been waited for (its peak memory is all children's).
        say("opsdesk check, cache cold");
        let check = super::bench_check::measure(db)?;
        figures.push(figure(
            "opsdesk check, cache cold",
            check.seconds,
            "s",
            Some(60.0),
            "the whole check as its own process",
        ));
        figures.push(figure("  its peak memory", check.peak_mib, "MiB", Some(128.0), ""));
    }
    say("open to first frame");
    if cold {
        crate::store::page_cache::evict(db)?;
        let t = Instant::now();
        drop(open_console(db, config, login, now)?);
        figures.push(figure(
            "open to first frame (160x48), cache cold",
            ms(t.elapsed()),
            "ms",
            Some(50.0),
            "the desk's pages dropped from the page cache first",
        ));
    }
    let t = Instant::now();
    let mut c = open_console(db, config, login, now)?;
    figures.push(figure(
        if cold {
            "open to first frame (160x48), warm"
        } else {
            "open to first frame (160x48)"
        },
        ms(t.elapsed()),
        "ms",
        Some(50.0),
        "open the file, load the queue, draw",
    ));
    let count = |sql: &str| -> Result<i64> {
        c.desk
            .store
            .conn()
            .query_row(sql, [], |r| r.get(0))
            .with_context(|| sql.to_string())
    };
    let (incidents, open, history_rows) = (
        count("SELECT count(*) FROM incidents")?,
        count("SELECT count(*) FROM incidents WHERE status <> 'closed'")?,
        count("SELECT max(id) FROM history").unwrap_or(0),
    );

    say("scrolling the open queue");
    let mut keys = Vec::with_capacity(1000);
    let mut loads = Vec::new();
    for _ in 0..1000 {
        let t = Instant::now();
        let effects = c.app.update(Action::Down, now);
        c.draw()?;
        keys.push(t.elapsed());
        // What the worker does meanwhile (the next page, the selected incident's detail).
        let db = c.serve(effects, now)?;
        if db > Duration::ZERO {
            loads.push(db);
            c.draw()?;
        }
    }
    let (median, p99) = spread(&mut keys);
    figures.push(figure(
        "key to frame, scrolling 1000 rows: median",
        median,
        "ms",
        None,
        "",
    ));
    figures.push(figure("key to frame, scrolling: p99", p99, "ms", Some(5.0), ""));
    let (median, p99) = spread(&mut loads);
    figures.push(figure(
        "  the worker's load behind a key: median",
        median,
        "ms",
        None,
        "detail of the selected incident, or the next page; off the key's path",
    ));
    figures.push(figure("  the worker's load behind a key: p99", p99, "ms", None, ""));

    say("live filter");
    for (name, value, unit, goal, note) in super::bench_filter::measure(&mut c, db, cold, now)? {
        figures.push(figure(&name, value, unit, goal, &note));
    }

    say("escalation tick");
    let mut ticks = Vec::new();
    let policy = c.desk.policy.clone();
    let zone = c.desk.zone();
    for _ in 0..20 {
        let conn = c.desk.store.conn();
        // A write transaction from the start, as every write is (history rows are chained in one).
        let tx = rusqlite::Transaction::new_unchecked(conn, rusqlite::TransactionBehavior::Immediate)?;
        let t = Instant::now();
        engine::tick(&tx, &policy, now, login, zone)?;
        ticks.push(t.elapsed());
        tx.rollback()?;
    }
    let (median, _) = spread(&mut ticks);
    figures.push(figure(
        "full escalation tick",
        median,
        "ms",
        Some(10.0),
        "median of 20, each rolled back",
    ));

    say("first page of the open list");
    let filter = Filter {
        open_only: true,
        limit: 50,
        ..Filter::default()
    };
    let mut ours = Vec::new();
    let mut raw = Vec::new();
    for _ in 0..50 {
        let t = Instant::now();
        let views = crate::ops::incidents::list(&mut c.desk, &filter, now)?;
        let out: Vec<serde_json::Value> = views.iter().map(|v| incident_json(v, zone, now, false)).collect();
        std::hint::black_box(serde_json::to_string(&out)?);
        ours.push(t.elapsed());
        let t = Instant::now();
        let conn = c.desk.store.conn();
        let mut st =
            conn.prepare_cached("SELECT * FROM incidents WHERE status <> 'closed' ORDER BY id DESC LIMIT 50")?;
        let n = st.column_count();
        let rows: Vec<Vec<rusqlite::types::Value>> = st
            .query_map([], |r| (0..n).map(|i| r.get(i)).collect())?
            .collect::<rusqlite::Result<_>>()?;
        std::hint::black_box(rows);
        raw.push(t.elapsed());
    }
    let (ours, _) = spread(&mut ours);
    let (raw, _) = spread(&mut raw);
    figures.push(figure(
        "incident list --open --limit 50 --json, in process",
        ours,
        "ms",
        None,
        "levels, duties and JSON included",
    ));
    figures.push(figure("the same page straight from SQLite", raw, "ms", None, ""));
    figures.push(figure(
        "  ratio",
        if raw > 0.0 { ours / raw } else { 0.0 },
        "x",
        None,
        "in process; the 3x goal is for whole commands: see below",
    ));
    if let Some((ours, theirs)) = whole_commands(db)? {
        figures.push(figure(
            "opsdesk incident list --open --limit 50 --json",
            ours,
            "ms",
            None,
            "whole process, median of 10",
        ));
        figures.push(figure(
            "sqlite3 shell, the same query",
            theirs,
            "ms",
            None,
            "median of 10",
        ));
        figures.push(figure("  ratio (goal: within 3x)", ours / theirs, "x", Some(3.0), ""));
    }

    say("an idle console");
    // Every 5 s a console reloads what it shows: that reload alone, in process.
    let mut reloads = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        c.serve(vec![Effect::Request(Request::Query(Query::default()))], now)?;
        reloads.push(t.elapsed());
    }
    let (reload, _) = spread(&mut reloads);
    figures.push(figure(
        "  reload of the console's state",
        reload,
        "ms",
        None,
        "on a commit, when the clock moves a level or a duty, else every 60 s",
    ));
    let idle = super::bench_idle::measure(db, idle_seconds)?;
    let note = format!("measured: a real console in a pseudo-terminal, {idle_seconds} s idle (/proc)");
    figures.push(figure("idle console CPU", idle.cpu_percent, "%", Some(0.3), &note));
    figures.push(figure(
        "idle console, bytes to the terminal",
        idle.bytes_per_second / 1024.0,
        "KB/s",
        Some(1.0),
        "the same stretch",
    ));
    if let Some(peak) = idle.peak_mib {
        figures.push(figure(
            "a console's peak memory",
            peak,
            "MiB",
            Some(64.0),
            "the same console: its state, the filter's index, SQLite's cache (VmHWM)",
        ));
    }

    let bytes: u64 = [db.to_path_buf(), crate::store::locks::with_suffix(db, "-wal")]
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    figures.push(figure(
        "database size per incident",
        bytes as f64 / 1024.0 / incidents.max(1) as f64,
        "KB",
        Some(1.2),
        "the file and its -wal, history and indexes included",
    ));
    say("search");
    for (name, value, unit, goal, note) in super::bench_search::figures(c.desk.store.conn())? {
        figures.push(figure(&name, value, unit, Some(goal), &note));
    }
    say("Reports view");
    let (opens, note) = super::bench_reports::measure(&mut c.desk, now)?;
    let goal = Some(super::bench_reports::GOAL_MS);
    figures.push(figure("Reports view opens", opens, "ms", goal, &note));

    if let Some(peak) = peak_mib() {
        figures.push(figure(
            "the bench's own peak memory",
            peak,
            "MiB",
            None,
            "this process: every figure above measured in it",
        ));
    }
    Ok(Report {
        db: db.display().to_string(),
        incidents,
        open,
        history_rows,
        figures,
    })
}

/// `opsdesk incident list --open --limit 50 --json` and the sqlite3 shell on the same query, each
/// the median of 10 runs in ms; none when there is no sqlite3 shell here.
fn whole_commands(db: &Path) -> Result<Option<(f64, f64)>> {
    use std::process::{Command, Stdio};
    let Ok(exe) = std::env::current_exe() else {
        return Ok(None);
    };
    let has_shell = Command::new("sqlite3")
        .arg("-version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !has_shell {
        return Ok(None);
    }
    let time = |cmd: &mut Command| -> Result<Duration> {
        let t = Instant::now();
        let out = cmd.stdout(Stdio::null()).stderr(Stdio::piped()).output()?;
        anyhow::ensure!(
            out.status.success(),
            "{:?}: {}",
            cmd,
            String::from_utf8_lossy(&out.stderr)
        );
        Ok(t.elapsed())
    };
    let mut ours = Vec::new();
    let mut theirs = Vec::new();
    for _ in 0..10 {
        ours.push(time(
            Command::new(&exe)
                .arg("--db")
                .arg(db)
                .args(["incident", "list", "--open", "--limit", "50", "--json"]),
        )?);
        theirs.push(time(Command::new("sqlite3").arg("-json").arg(db).arg(
            "SELECT * FROM incidents WHERE status <> 'closed' ORDER BY id DESC LIMIT 50",
        ))?);
    }
    Ok(Some((spread(&mut ours).0, spread(&mut theirs).0)))
}

/// The report as a table: figure, value, goal, whether it is met.
pub fn table(r: &Report) -> String {
    let mut out = format!(
        "{}: {} incidents ({} open), {} history rows\n\n",
        r.db, r.incidents, r.open, r.history_rows
    );
    out.push_str(&format!(
        "{:<52} {:>10}  {:<10} {}\n",
        "figure", "value", "goal", "note"
    ));
    for f in &r.figures {
        let goal = match (f.goal, f.met) {
            (Some(g), Some(true)) => format!("<= {g} ok"),
            (Some(g), _) => format!("<= {g} MISSED"),
            _ => String::new(),
        };
        out.push_str(&format!(
            "{:<52} {:>7.2} {:<3} {:<10} {}\n",
            f.name, f.value, f.unit, goal, f.note
        ));
    }
    out
}

#[derive(clap::Args, Debug)]
pub struct BenchArgs {
    #[arg(long)]
    pub json: bool,
    /// Also measure `opsdesk check`, the first frame and the live filter with the desk's pages
    /// dropped from the page cache first (posix_fadvise; no root needed), beside the warm figures.
    #[arg(long)]
    pub cold: bool,
    /// How long the idle console is measured.
    #[arg(long, default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub idle_seconds: u64,
    /// Measure demo desks of these sizes instead (written beside --db as scale-N.db unless there
    /// already) and print every figure for each size in one table.
    #[arg(long, value_delimiter = ',', num_args = 0.., default_missing_value = "10000,100000,1000000")]
    pub scale: Option<Vec<usize>>,
}

/// `opsdesk bench`: measure, then print the table (or JSON).
pub fn command(ctx: &super::Ctx, a: &BenchArgs) -> Result<()> {
    let login = crate::ops::identity::current_login()?;
    let mut bar = super::progress::Bar::new();
    let steps = if a.cold { 9 } else { 7 };
    let mut n = 0;
    let report = run(
        &ctx.paths.db,
        &ctx.config,
        &login,
        a.cold,
        a.idle_seconds,
        &mut |what| {
            n += 1;
            bar.show(what, n, steps);
        },
    )?;
    bar.clear();
    if a.json {
        super::output::json(&serde_json::to_value(&report)?);
    } else {
        print!("{}", table(&report));
    }
    Ok(())
}
