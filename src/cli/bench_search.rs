//! `opsdesk bench`'s search figures (issue 14): a fixed set of queries in six classes, each run
//! through the same path as `opsdesk search` and the console's popup (the index, then a snippet
//! cut from each hit's record, in one read of the desk), median and p99 per class beside the
//! goal; and the index's share of the database (its file, or on a server its database).

use std::time::{Duration, Instant};

use anyhow::Result;

use crate::ops::Writes;
use crate::store::db::{self, Db};

/// A figure for the bench's table: name, value, unit, goal (the most it may be), note.
pub type Measured = (String, f64, &'static str, f64, String);

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn figure(name: &str, value: f64, unit: &'static str, goal: Option<f64>, note: &str) -> Measured {
    (
        name.to_string(),
        value,
        unit,
        goal.unwrap_or(f64::INFINITY),
        note.to_string(),
    )
}
use crate::ops::search::search;
use crate::store::search::find::Query;

/// The classes and their queries. The id is the middle incident's, found at run time.
const CLASSES: &[(&str, &[&str])] = &[
    ("2-character Chinese", &["话单", "计费", "短信", "工单", "网关", "积压"]),
    (
        "4-6-character Chinese",
        &["计费系统", "批价进程超时", "短信网关", "营业厅前台", "结算文件"],
    ),
    ("an English word", &["billing", "gateway", "tablespace", "evicted"]),
    (
        "mixed Chinese and English",
        &["CRM 工单", "短信 SMS", "话单 billing", "ORA-00060 死锁"],
    ),
    ("an id", &[]),
    ("no hits", &["鲸鱼", "zyxwvut", "量子计算机", "话单 鲸鱼"]),
];

/// Runs of each query.
const RUNS: usize = 15;

fn class_figures(desk: &mut impl Writes, class: &str, queries: &[String]) -> Result<Measured> {
    let mut samples: Vec<Duration> = Vec::new();
    let mut hits = 0;
    for q in queries {
        let query = Query {
            text: q.clone(),
            limit: 20,
            ..Query::default()
        };
        for _ in 0..RUNS {
            let t = Instant::now();
            hits = hits.max(desk.read_db(|db| search(db, &query))?.len());
            samples.push(t.elapsed());
        }
    }
    samples.sort();
    let median = samples[samples.len() / 2];
    let p99 = samples[(samples.len() * 99 / 100).min(samples.len() - 1)];
    Ok(figure(
        &format!("search p99, {class}"),
        ms(p99),
        "ms",
        Some(50.0),
        &format!(
            "median {:.2} ms; {} queries x {RUNS} ({}), 20 hits at most with snippets",
            ms(median),
            queries.len(),
            queries.join(" | ")
        ),
    ))
}

/// The search figures for `desk`.
pub fn figures(desk: &mut impl Writes) -> Result<Vec<Measured>> {
    let mid: i64 = desk
        .read_db(|d| {
            db::first(d, "SELECT coalesce(max(id), 1) / 2 FROM incidents", [], |r| {
                Ok(r.cell(0)?.as_i64()?)
            })
        })?
        .unwrap_or(0);
    let ids = [format!("#{mid}"), format!("{}", mid + 1), "#1".to_string()];
    let mut out = Vec::new();
    for (class, qs) in CLASSES {
        let queries: Vec<String> = if qs.is_empty() {
            ids.to_vec()
        } else {
            qs.iter().map(|q| q.to_string()).collect()
        };
        out.push(class_figures(desk, class, &queries)?);
    }
    let (index, file) = desk.read_db(size)?;
    out.push(figure(
        "search index share of the database",
        index as f64 * 100.0 / file.max(1) as f64,
        "%",
        Some(35.0),
        &format!(
            "{:.0} MiB of {:.0} MiB",
            index as f64 / 1048576.0,
            file as f64 / 1048576.0
        ),
    ));
    Ok(out)
}

/// The search index's bytes and the whole database's: SQLite's file (dbstat), or on a server its
/// search tables with their indexes and the database.
fn size(d: &dyn Db) -> Result<(u64, u64)> {
    if let Some(conn) = d.sqlite() {
        return crate::store::search::size(conn);
    }
    let sizes = db::first(
        d,
        "SELECT pg_total_relation_size('search_docs') + pg_total_relation_size('search_text'), pg_database_size(current_database())",
        [],
        |r| Ok((r.cell(0)?.as_i64()?, r.cell(1)?.as_i64()?)),
    )?
    .unwrap_or_default();
    Ok((sizes.0.max(0) as u64, sizes.1.max(0) as u64))
}
