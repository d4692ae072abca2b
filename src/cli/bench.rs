//! `opsdesk bench`: the console's real code paths, timed in this process on a real desk, each
//! figure beside its goal (issue 7). Nothing here is a test: timings are measured and printed,
//! never asserted. A desk on a server (issue 20) is measured the same way, through the same
//! code paths ([`Engine`]); what has no meaning there (a file's pages dropped from the page
//! cache, the live filter's index in memory) is printed as not measured, saying why.
//!
//! The database is only read, except the escalation tick, which runs in a transaction that is
//! rolled back.

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::Result;
use chrono::Utc;
use serde::Serialize;

use super::bench_console::Console;
use super::bench_engine::{At, Engine};
use crate::config::Config;
use crate::domain::time::whole_seconds;
use crate::ops::console::Query;
use crate::ops::pg_desk::PgDesk;
use crate::ops::{Desk, engine};
use crate::store::db;
use crate::store::incidents::Filter;
use crate::tui::action::Action;
use crate::tui::app::Effect;
use crate::tui::model::Request;

use super::render::incident_json;

/// One figure: measured, or (on a server) not, its note saying why.
#[derive(Clone, Debug, Serialize)]
pub struct Figure {
    pub name: String,
    /// None: not measured on this desk (the note says why).
    pub value: Option<f64>,
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
    maybe(name, Some(value), unit, goal, note)
}

fn maybe(name: &str, value: Option<f64>, unit: &'static str, goal: Option<f64>, note: &str) -> Figure {
    Figure {
        name: name.into(),
        value,
        unit,
        goal,
        met: goal.zip(value).map(|(g, v)| v <= g),
        note: note.into(),
    }
}

/// Why the cold figures are not measured on a server.
const NOT_COLD: &str = "not measured on a server: its cache is the server's, not a file's pages the bench can drop";

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

/// [`run_at`] on the SQLite desk at `db`.
pub fn run(
    db: &Path,
    config: &Config,
    login: &str,
    cold: bool,
    idle_seconds: u64,
    say: &mut dyn FnMut(&str),
) -> Result<Report> {
    run_at(&At::File(db.to_path_buf()), config, login, cold, idle_seconds, say)
}

/// Measure everything on the desk at `at`; `login` is whose console it is. `cold`: the first
/// frame and the live filter are measured with the desk's file out of the page cache as well.
pub fn run_at(
    at: &At,
    config: &Config,
    login: &str,
    cold: bool,
    idle_seconds: u64,
    say: &mut dyn FnMut(&str),
) -> Result<Report> {
    match at {
        At::File(_) => measure::<Desk>(at, config, login, cold, idle_seconds, say),
        At::Server(_) => measure::<PgDesk>(at, config, login, cold, idle_seconds, say),
    }
}

fn measure<W: Engine>(
    at: &At,
    config: &Config,
    login: &str,
    cold: bool,
    idle_seconds: u64,
    say: &mut dyn FnMut(&str),
) -> Result<Report> {
    let now = whole_seconds(Utc::now());
    let mut figures = Vec::new();
    let server = at.file().is_none();

    if cold {
        // First, while no other child has been waited for (its peak memory is all children's).
        say("opsdesk check, cache cold");
        let (name, goal) = ("opsdesk check, cache cold", Some(60.0));
        match at.file() {
            Some(db) => {
                let check = super::bench_check::measure(db)?;
                figures.push(figure(
                    name,
                    check.seconds,
                    "s",
                    goal,
                    "the whole check as its own process",
                ));
                figures.push(figure("  its peak memory", check.peak_mib, "MiB", Some(128.0), ""));
            }
            None => {
                figures.push(maybe(name, None, "s", goal, NOT_COLD));
                figures.push(maybe("  its peak memory", None, "MiB", Some(128.0), NOT_COLD));
            }
        }
    }
    say("open to first frame");
    if cold {
        let name = "open to first frame (160x48), cache cold";
        match at.file() {
            Some(db) => {
                crate::store::page_cache::evict(db)?;
                let t = Instant::now();
                drop(Console::<W>::open(at, config, login, now)?);
                let note = "the desk's pages dropped from the page cache first";
                figures.push(figure(name, ms(t.elapsed()), "ms", Some(50.0), note));
            }
            None => figures.push(maybe(name, None, "ms", Some(50.0), NOT_COLD)),
        }
    }
    let t = Instant::now();
    let mut c = Console::<W>::open(at, config, login, now)?;
    figures.push(figure(
        if cold {
            "open to first frame (160x48), warm"
        } else {
            "open to first frame (160x48)"
        },
        ms(t.elapsed()),
        "ms",
        Some(50.0),
        if server {
            "connect to the server, load the queue, draw"
        } else {
            "open the file, load the queue, draw"
        },
    ));
    let (incidents, open, history_rows) = c.desk.read_db(|d| {
        let count = |sql: &str| -> Result<i64> {
            Ok(db::first(d, sql, [], |r| Ok(r.cell(0)?.as_i64_or_null()?))?
                .flatten()
                .unwrap_or(0))
        };
        Ok((
            count("SELECT count(*) FROM incidents")?,
            count("SELECT count(*) FROM incidents WHERE status <> 'closed'")?,
            count("SELECT max(id) FROM history").unwrap_or(0),
        ))
    })?;

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
    for (name, value, unit, goal, note) in
        super::bench_filter::measure(&mut c, &at.source(config), at.file(), cold, now)?
    {
        figures.push(maybe(&name, value, unit, goal, &note));
    }

    say("escalation tick");
    let mut ticks = Vec::new();
    let policy = c.desk.policy().clone();
    let zone = c.desk.zone();
    for _ in 0..20 {
        ticks.push(c.desk.rolled_back(|d| {
            let t = Instant::now();
            engine::tick(d, &policy, now, login, zone)?;
            Ok(t.elapsed())
        })?);
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
        raw.push(c.desk.raw_page()?);
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
    if server {
        let note = "the postgres client on the desk's connection, every cell read";
        figures.push(figure("the same page straight from PostgreSQL", raw, "ms", None, note));
    } else {
        figures.push(figure("the same page straight from SQLite", raw, "ms", None, ""));
    }
    figures.push(figure(
        "  ratio",
        if raw > 0.0 { ours / raw } else { 0.0 },
        "x",
        None,
        "in process; the 3x goal is for whole commands: see below",
    ));
    if let Some((ours, theirs, shell, note)) = super::bench_engine::whole_commands(at)? {
        figures.push(figure(
            "opsdesk incident list --open --limit 50 --json",
            ours,
            "ms",
            None,
            "whole process, median of 10",
        ));
        figures.push(figure(shell, theirs, "ms", None, &note));
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
    let idle = super::bench_idle::measure(at, idle_seconds)?;
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
        let note = if server {
            "the same console: its state, the client's buffers (VmHWM); the server's memory is its own"
        } else {
            "the same console: its state, the filter's index, SQLite's cache (VmHWM)"
        };
        figures.push(figure("a console's peak memory", peak, "MiB", Some(64.0), note));
    }

    let (bytes, what) = c.desk.bytes()?;
    figures.push(figure(
        "database size per incident",
        bytes as f64 / 1024.0 / incidents.max(1) as f64,
        "KB",
        Some(1.2),
        what,
    ));
    say("search");
    for (name, value, unit, goal, note) in super::bench_search::figures(&mut c.desk)? {
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
        db: at.shown(),
        incidents,
        open,
        history_rows,
        figures,
    })
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
            (Some(g), Some(false)) => format!("<= {g} MISSED"),
            (Some(g), None) => format!("<= {g}"),
            _ => String::new(),
        };
        let value = f.value.map_or_else(|| "-".to_string(), |v| format!("{v:.2}"));
        out.push_str(&format!(
            "{:<52} {:>7} {:<3} {:<10} {}\n",
            f.name, value, f.unit, goal, f.note
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
    /// already) and print every figure for each size in one table. Not on a server.
    #[arg(long, value_delimiter = ',', num_args = 0.., default_missing_value = "10000,100000,1000000")]
    pub scale: Option<Vec<usize>>,
}

/// `opsdesk bench`: measure the desk (its file, or on a server), then print the table (or JSON).
pub fn command(ctx: &super::Ctx, a: &BenchArgs) -> Result<()> {
    let at = match &ctx.paths.postgres {
        Some(url) => At::Server(Box::new(url.clone())),
        None => At::File(ctx.paths.db.clone()),
    };
    let login = crate::ops::identity::current_login()?;
    let mut bar = super::progress::Bar::new();
    let steps = if a.cold { 9 } else { 7 };
    let mut n = 0;
    let report = run_at(&at, &ctx.config, &login, a.cold, a.idle_seconds, &mut |what| {
        n += 1;
        bar.show(what, n, steps);
    })?;
    bar.clear();
    if a.json {
        super::output::json(&serde_json::to_value(&report)?);
    } else {
        print!("{}", table(&report));
    }
    Ok(())
}
