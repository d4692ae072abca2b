//! `opsdesk bench`: the live filter (issue 18, item 3), as the console runs it. Once the
//! console's filter index is built (in memory, `store::live_filter`; built on a thread of its own
//! after the first frame, its build timed here cold and warm), a key is answered by a search of
//! that index and a read of the page's rows by id, the count with them. Before it is built the
//! worker reads the filtered queue by SQL and the count comes after, from a thread of its own
//! (`tui::count`): that path is timed too, and its count apart. The terms are those an operator
//! types: Chinese words of one and two characters, a longer one, English words, a login, an id,
//! and a term with no hits. On a server (issue 20) the same, but for the cold figures.

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::Result;
use chrono::{DateTime, Utc};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::ops::console::queue_counted_apart;
use crate::store::db::{self, Db};
use crate::store::incidents::queue_count;
use crate::store::live_filter::OpenIndex;
use crate::tui::action::Action;
use crate::tui::app::{App, Effect};
use crate::tui::count::Source;
use crate::tui::model::Reply;

/// A figure: name, value (none: not measured here), unit, goal, note.
type Row = (String, Option<f64>, &'static str, Option<f64>, String);

/// The bench's console: its state, the desk its worker reads, what the worker does, a frame.
pub trait Console {
    fn app(&mut self) -> &mut App;
    /// `f` in one read of the desk, as the worker reads.
    fn read<T>(&mut self, f: impl FnOnce(&dyn Db) -> Result<T>) -> Result<T>;
    /// The filter's index the console's worker holds (`None`: not built yet).
    fn index(&mut self) -> &mut Option<OpenIndex>;
    /// Carry out what an update asked for as the worker would, right away.
    fn serve(&mut self, effects: Vec<Effect>, now: DateTime<Utc>) -> Result<Duration>;
    fn draw(&mut self) -> Result<()>;
}

/// The median and the 99th percentile of `samples`, in milliseconds.
fn spread(samples: &mut [Duration]) -> (f64, f64) {
    if samples.is_empty() {
        return (0.0, 0.0);
    }
    samples.sort();
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize].as_secs_f64() * 1000.0;
    (at(0.5), at(0.99))
}

/// The terms typed, one key at a time; the id is an open incident's, from the desk.
fn terms(c: &mut impl Console) -> Vec<String> {
    let id: Option<i64> = c
        .read(|d| {
            db::first(
                d,
                "SELECT id FROM incidents WHERE status <> 'closed' ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM incidents WHERE status <> 'closed')",
                [],
                |r| Ok(r.cell(0)?.as_i64()?),
            )
        })
        .ok()
        .flatten();
    let mut out: Vec<String> = ["批价", "话", "短信", "crm", "billing", "sms", "zhang", "xyzzy"]
        .iter()
        .map(|t| t.to_string())
        .collect();
    out.extend(id.map(|id| format!("#{id}")));
    out
}

/// Type `text` into the queue's filter key by key: each key's time to its frame (`cold`: with the
/// desk's file out of the page cache and the connection's cache emptied first), and (warm) each
/// count's time.
fn type_term(
    c: &mut impl Console,
    cold: Option<&Path>,
    text: &str,
    now: DateTime<Utc>,
) -> Result<(Vec<Duration>, Vec<Duration>)> {
    let (mut keys, mut counts) = (Vec::new(), Vec::new());
    let effects = c.app().update(Action::Filter, now);
    c.serve(effects, now)?;
    for ch in text.chars() {
        if let Some(file) = cold {
            crate::store::page_cache::evict(file)?;
            c.read(|d| d.exec("PRAGMA shrink_memory", &[]))?;
        }
        let t = Instant::now();
        let effects = c
            .app()
            .on_key(KeyEvent::new(KeyCode::Char(ch), KeyModifiers::NONE), now);
        c.serve(effects, now)?;
        c.draw()?;
        keys.push(t.elapsed());
        // What the counting thread then does when the page came without its count, timed apart
        // (warm only); its answer drawn as the console would.
        let waiting = c.app().queue_counted().is_none();
        if let Some(f) = queue_counted_apart(&c.app().query).filter(|_| cold.is_none() && waiting) {
            let t = Instant::now();
            let total = c.read(|d| queue_count(d, &f, now)).map_err(|e| format!("{e:#}"));
            counts.push(t.elapsed());
            c.app().on_reply(Reply::QueueCount { filter: f, total }, now);
            c.draw()?;
        }
    }
    let effects = c.app().on_key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE), now);
    c.serve(effects, now)?;
    let effects = c.app().update(Action::ClearFilter, now);
    c.serve(effects, now)?;
    Ok((keys, counts))
}

/// Every term typed (`cold`: each key with the file's caches dropped): each key's time, each
/// count's.
fn type_all(
    c: &mut impl Console,
    cold: Option<&Path>,
    terms: &[String],
    now: DateTime<Utc>,
) -> Result<(Vec<Duration>, Vec<Duration>)> {
    let (mut keys, mut counts) = (Vec::new(), Vec::new());
    for t in terms {
        let (k, n) = type_term(c, cold, t, now)?;
        keys.extend(k);
        counts.extend(n);
    }
    Ok((keys, counts))
}

/// The live filter's figures, warm and (`cold`) cold: by SQL before the index is built, the
/// index's build, then from the index. `db`: where the console's filter thread opens the desk;
/// `file`: the desk's file, whose pages a cold figure drops (none on a server: its cache is the
/// server's, and the cold figures are printed as not measured, saying why).
pub fn measure(
    c: &mut impl Console,
    db: &Source,
    file: Option<&Path>,
    cold: bool,
    now: DateTime<Utc>,
) -> Result<Vec<Row>> {
    let terms = terms(c);
    let typed = terms.join(" | ");
    let mut out: Vec<Row> = Vec::new();
    let not_cold = "not measured on a server: its cache is the server's, not a file's pages the bench can drop";
    let cold_file = file.filter(|_| cold);
    let unmeasured = |out: &mut Vec<Row>, name: &str, goal: Option<f64>| {
        if cold && file.is_none() {
            out.push((name.into(), None, "ms", goal, not_cold.into()));
        }
    };

    // Before the index is built: SQL, the count apart.
    *c.index() = None;
    let (mut keys, mut counts) = type_all(c, None, &terms, now)?;
    let n = keys.len();
    let (median, p99) = spread(&mut keys);
    out.push((
        "live filter while its index builds (SQL): median".into(),
        Some(median),
        "ms",
        None,
        format!("{n} keys typing {typed}; the screen's rows read, the count apart"),
    ));
    out.push(("  by SQL: p99".into(), Some(p99), "ms", None, String::new()));
    let (median, p99) = spread(&mut counts);
    out.push((
        "  its count, after the frame: median".into(),
        Some(median),
        "ms",
        None,
        "on the console's counting thread; the header says counting… until it comes".into(),
    ));
    out.push(("  its count: p99".into(), Some(p99), "ms", None, String::new()));
    if let Some(file) = cold_file {
        let (mut keys, _) = type_all(c, Some(file), &terms, now)?;
        let (median, p99) = spread(&mut keys);
        out.push((
            "  by SQL, cache cold: p99".into(),
            Some(p99),
            "ms",
            None,
            format!("median {median:.2} ms"),
        ));
    }
    unmeasured(&mut out, "  by SQL, cache cold: p99", None);

    // The index, built as the console's filter thread builds it (a connection of its own).
    if let Some(file) = cold_file {
        crate::store::page_cache::evict(file)?;
        let t = Instant::now();
        drop(crate::tui::filter_index::build(db).map_err(anyhow::Error::msg)?);
        out.push((
            "live filter index: build, cache cold".into(),
            Some(t.elapsed().as_secs_f64() * 1000.0),
            "ms",
            None,
            "on a thread of its own after the first frame; the SQL path serves meanwhile".into(),
        ));
    }
    unmeasured(&mut out, "live filter index: build, cache cold", None);
    let t = Instant::now();
    let index = crate::tui::filter_index::build(db).map_err(anyhow::Error::msg)?;
    let built = t.elapsed().as_secs_f64() * 1000.0;
    let (open, mib) = (index.len(), index.bytes() as f64 / (1024.0 * 1024.0));
    out.push((
        "live filter index: build, warm".into(),
        Some(built),
        "ms",
        None,
        String::new(),
    ));
    out.push((
        "  its size in memory".into(),
        Some(mib),
        "MiB",
        None,
        format!("{open} open incidents"),
    ));
    *c.index() = Some(index);

    let (mut keys, _) = type_all(c, None, &terms, now)?;
    let (median, p99) = spread(&mut keys);
    out.push((
        "live filter, keystroke to filtered frame: median".into(),
        Some(median),
        "ms",
        None,
        "from the index in memory: the page's rows read by id, the count with them".into(),
    ));
    out.push(("live filter: p99".into(), Some(p99), "ms", Some(10.0), String::new()));
    if let Some(file) = cold_file {
        let (mut keys, _) = type_all(c, Some(file), &terms, now)?;
        let (median, p99) = spread(&mut keys);
        out.push((
            "live filter, cache cold: p99".into(),
            Some(p99),
            "ms",
            Some(50.0),
            format!(
                "median {:.2} ms; each keystroke after the desk's pages and SQLite's cache were dropped",
                median
            ),
        ));
    }
    unmeasured(&mut out, "live filter, cache cold: p99", Some(50.0));
    Ok(out)
}
