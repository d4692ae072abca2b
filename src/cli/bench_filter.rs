//! `opsdesk bench`: the live filter (issue 18, item 3), as the console runs it. Once the
//! console's filter index is built (in memory, `store::live_filter`; built on a thread of its own
//! after the first frame, its build timed here cold and warm), a key is answered by a search of
//! that index and a read of the page's rows by id, the count with them. Before it is built the
//! worker reads the filtered queue by SQL and the count comes after, from a thread of its own
//! (`tui::count`): that path is timed too, and its count apart. The terms are those an operator
//! types: Chinese words of one and two characters, a longer one, English words, a login, an id,
//! and a term with no hits.

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::Result;
use chrono::{DateTime, Utc};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::ops::console::queue_counted_apart;
use crate::store::incidents::queue_count;
use crate::store::live_filter::OpenIndex;
use crate::tui::action::Action;
use crate::tui::app::{App, Effect};
use crate::tui::model::Reply;

/// A figure: name, value, unit, goal, note.
type Row = (String, f64, &'static str, Option<f64>, String);

/// The bench's console: its state, the desk its worker reads, what the worker does, a frame.
pub trait Console {
    fn app(&mut self) -> &mut App;
    fn conn(&self) -> &rusqlite::Connection;
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
fn terms(c: &impl Console) -> Vec<String> {
    let id: Option<i64> = c
        .conn()
        .query_row(
            "SELECT id FROM incidents WHERE status <> 'closed' ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM incidents WHERE status <> 'closed')",
            [],
            |r| r.get(0),
        )
        .ok();
    let mut out: Vec<String> = ["批价", "话", "短信", "crm", "billing", "sms", "zhang", "xyzzy"]
        .iter()
        .map(|t| t.to_string())
        .collect();
    out.extend(id.map(|id| format!("#{id}")));
    out
}

/// Type `text` into the queue's filter key by key: each key's time to its frame (`cold`: with the
/// desk out of the page cache and the connection's cache emptied first), and (warm) each count's
/// time.
fn type_term(
    c: &mut impl Console,
    db: &Path,
    text: &str,
    cold: bool,
    now: DateTime<Utc>,
) -> Result<(Vec<Duration>, Vec<Duration>)> {
    let (mut keys, mut counts) = (Vec::new(), Vec::new());
    let effects = c.app().update(Action::Filter, now);
    c.serve(effects, now)?;
    for ch in text.chars() {
        if cold {
            crate::store::page_cache::evict(db)?;
            c.conn().execute_batch("PRAGMA shrink_memory")?;
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
        if let Some(f) = queue_counted_apart(&c.app().query).filter(|_| !cold && waiting) {
            let t = Instant::now();
            let total = queue_count(c.conn(), &f, now).map_err(|e| format!("{e:#}"));
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

/// Every term typed (`cold`: each key with the caches dropped): each key's time, each count's.
fn type_all(
    c: &mut impl Console,
    db: &Path,
    terms: &[String],
    cold: bool,
    now: DateTime<Utc>,
) -> Result<(Vec<Duration>, Vec<Duration>)> {
    let (mut keys, mut counts) = (Vec::new(), Vec::new());
    for t in terms {
        let (k, n) = type_term(c, db, t, cold, now)?;
        keys.extend(k);
        counts.extend(n);
    }
    Ok((keys, counts))
}

/// The live filter's figures, warm and (`cold`) cold: by SQL before the index is built, the
/// index's build, then from the index.
pub fn measure(c: &mut impl Console, db: &Path, cold: bool, now: DateTime<Utc>) -> Result<Vec<Row>> {
    let terms = terms(c);
    let typed = terms.join(" | ");
    let mut out: Vec<Row> = Vec::new();

    // Before the index is built: SQL, the count apart.
    *c.index() = None;
    let (mut keys, mut counts) = type_all(c, db, &terms, false, now)?;
    let n = keys.len();
    let (median, p99) = spread(&mut keys);
    out.push((
        "live filter while its index builds (SQL): median".into(),
        median,
        "ms",
        None,
        format!("{n} keys typing {typed}; the screen's rows read, the count apart"),
    ));
    out.push(("  by SQL: p99".into(), p99, "ms", None, String::new()));
    let (median, p99) = spread(&mut counts);
    out.push((
        "  its count, after the frame: median".into(),
        median,
        "ms",
        None,
        "on the console's counting thread; the header says counting… until it comes".into(),
    ));
    out.push(("  its count: p99".into(), p99, "ms", None, String::new()));
    if cold {
        let (mut keys, _) = type_all(c, db, &terms, true, now)?;
        let (median, p99) = spread(&mut keys);
        out.push((
            "  by SQL, cache cold: p99".into(),
            p99,
            "ms",
            None,
            format!("median {median:.2} ms"),
        ));
    }

    // The index, built as the console's filter thread builds it (a connection of its own).
    if cold {
        crate::store::page_cache::evict(db)?;
        let t = Instant::now();
        drop(crate::tui::filter_index::build(db).map_err(anyhow::Error::msg)?);
        out.push((
            "live filter index: build, cache cold".into(),
            t.elapsed().as_secs_f64() * 1000.0,
            "ms",
            None,
            "on a thread of its own after the first frame; the SQL path serves meanwhile".into(),
        ));
    }
    let t = Instant::now();
    let index = crate::tui::filter_index::build(db).map_err(anyhow::Error::msg)?;
    let built = t.elapsed().as_secs_f64() * 1000.0;
    let (open, mib) = (index.len(), index.bytes() as f64 / (1024.0 * 1024.0));
    out.push((
        "live filter index: build, warm".into(),
        built,
        "ms",
        None,
        String::new(),
    ));
    out.push((
        "  its size in memory".into(),
        mib,
        "MiB",
        None,
        format!("{open} open incidents"),
    ));
    *c.index() = Some(index);

    let (mut keys, _) = type_all(c, db, &terms, false, now)?;
    let (median, p99) = spread(&mut keys);
    out.push((
        "live filter, keystroke to filtered frame: median".into(),
        median,
        "ms",
        None,
        "from the index in memory: the page's rows read by id, the count with them".into(),
    ));
    out.push(("live filter: p99".into(), p99, "ms", Some(10.0), String::new()));
    if cold {
        let (mut keys, _) = type_all(c, db, &terms, true, now)?;
        let (median, p99) = spread(&mut keys);
        out.push((
            "live filter, cache cold: p99".into(),
            p99,
            "ms",
            Some(50.0),
            format!(
                "median {:.2} ms; each keystroke after the desk's pages and SQLite's cache were dropped",
                median
            ),
        ));
    }
    Ok(out)
}
