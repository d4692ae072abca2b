//! `opsdesk bench --scale` (issue 18, item 7): the same figures on desks of growing size, in one
//! table, so that growth shows. Each size is a demo desk beside the one named by `--db`
//! (`scale-10000.db` …), written by `opsdesk demo --incidents N` as its own process unless one
//! with at least that many incidents is already there.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context, Result, ensure};
use serde::Serialize;

use super::bench::{BenchArgs, Report, run};

/// A figure at the largest size may be at most this many times its value at the smallest.
pub const GROWTH_GOAL: f64 = 2.0;

/// The bench at one size.
#[derive(Debug, Serialize)]
pub struct Sized {
    pub incidents: usize,
    pub report: Report,
}

/// The desk for `n` incidents beside `db`.
pub fn desk_for(db: &Path, n: usize) -> PathBuf {
    db.with_file_name(format!("scale-{n}.db"))
}

/// How many incidents the desk at `path` holds; none when there is no such desk.
fn incidents_in(path: &Path) -> Option<usize> {
    let store = crate::store::Store::open_read_only_session(path).ok()?;
    let n: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM incidents", [], |r| r.get(0))
        .ok()?;
    usize::try_from(n).ok()
}

/// The desk for `n` incidents beside `db`, written now unless it is there already.
pub fn prepare(db: &Path, n: usize, say: &mut dyn FnMut(&str)) -> Result<PathBuf> {
    let path = desk_for(db, n);
    if incidents_in(&path).is_some_and(|have| have >= n) {
        return Ok(path);
    }
    say(&format!("writing a desk of {n} incidents"));
    let out = Command::new(std::env::current_exe()?)
        .arg("--db")
        .arg(&path)
        .args(["demo", "--incidents", &n.to_string()])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .context("running opsdesk demo")?;
    ensure!(
        out.status.success(),
        "opsdesk demo --incidents {n} --db {} failed: {}",
        path.display(),
        crate::text::sanitize_line(&String::from_utf8_lossy(&out.stderr))
    );
    Ok(path)
}

/// One table: a row per figure, a column per size, and how the largest compares with the
/// smallest ("grows" past [`GROWTH_GOAL`]).
pub fn table(sized: &[Sized]) -> String {
    let mut out = String::new();
    let Some(first) = sized.first() else {
        return out;
    };
    let mut head = format!("{:<52}", "figure");
    for s in sized {
        head.push_str(&format!(" {:>12}", format!("{} inc.", s.incidents)));
    }
    head.push_str(&format!("  {:<5} {}\n", "unit", "largest/smallest"));
    out.push_str(&head);
    let last = sized.last().unwrap_or(first);
    for f in &first.report.figures {
        let value = |s: &Sized| s.report.figures.iter().find(|g| g.name == f.name).and_then(|g| g.value);
        let mut line = format!("{:<52}", f.name);
        for s in sized {
            line.push_str(&match value(s) {
                Some(v) => format!(" {v:>12.2}"),
                None => format!(" {:>12}", "-"),
            });
        }
        let verdict = match (value(first), value(last)) {
            (Some(a), Some(b)) if a > 0.0 => {
                let ratio = b / a;
                let word = if ratio <= GROWTH_GOAL { "ok" } else { "grows" };
                format!("{ratio:.2}x {word}")
            }
            _ => String::new(),
        };
        line.push_str(&format!("  {:<5} {verdict}\n", f.unit));
        out.push_str(&line);
    }
    out
}

/// `bench --scale`: each size's desk prepared, measured, and one table of them all.
pub fn command(ctx: &super::Ctx, a: &BenchArgs, sizes: &[usize]) -> Result<()> {
    let login = crate::ops::identity::current_login()?;
    let login = login.as_str();
    if sizes.is_empty() || sizes.contains(&0) {
        return Err(crate::error::invalid(
            "--scale takes sizes above zero, e.g. --scale 10000,100000,1000000",
        ));
    }
    // Smallest first, each once: the table compares the largest with the smallest.
    let mut sizes = sizes.to_vec();
    sizes.sort_unstable();
    sizes.dedup();
    let mut sized = Vec::new();
    for n in sizes {
        let mut bar = super::progress::Bar::new();
        let db = prepare(&ctx.paths.db, n, &mut |what| bar.show(what, 0, 1))?;
        // Every desk's warm figures from a warm desk: one written or read long before would
        // otherwise meet its first reads on the disk, and its column would not compare.
        crate::store::page_cache::read_ahead(&db, &mut |done, total| {
            bar.show(&format!("{n}: reading the desk into the page cache"), done, total)
        })?;
        let report = run(&db, &ctx.config, login, a.cold, a.idle_seconds, &mut |what| {
            bar.show(&format!("{n}: {what}"), 0, 1)
        })?;
        bar.clear();
        sized.push(Sized { incidents: n, report });
    }
    if a.json {
        super::output::json(&serde_json::to_value(&sized)?);
    } else {
        print!("{}", table(&sized));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::bench::Figure;

    fn sized(n: usize, figures: &[(&str, f64)]) -> Sized {
        Sized {
            incidents: n,
            report: Report {
                db: format!("scale-{n}.db"),
                incidents: n as i64,
                open: 0,
                history_rows: 0,
                figures: figures
                    .iter()
                    .map(|(name, value)| Figure {
                        name: name.to_string(),
                        value: Some(*value),
                        unit: "ms",
                        goal: None,
                        met: None,
                        note: String::new(),
                    })
                    .collect(),
            },
        }
    }

    fn scale(args: &[&str]) -> Option<Vec<usize>> {
        use clap::Parser;
        match crate::cli::Cli::try_parse_from(args).unwrap().command {
            Some(crate::cli::Command::Bench(a)) => a.scale,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn s_scale_takes_sizes_by_commas_or_spaces_and_alone_the_three_sizes() {
        assert_eq!(scale(&["opsdesk", "bench"]), None);
        assert_eq!(
            scale(&["opsdesk", "bench", "--scale"]),
            Some(vec![10_000, 100_000, 1_000_000])
        );
        assert_eq!(
            scale(&["opsdesk", "bench", "--scale", "10000,100000"]),
            Some(vec![10_000, 100_000])
        );
        assert_eq!(
            scale(&["opsdesk", "bench", "--scale", "10000", "100000"]),
            Some(vec![10_000, 100_000])
        );
    }

    #[test]
    fn s_the_growth_table_compares_the_largest_desk_with_the_smallest() {
        let t = table(&[
            sized(10_000, &[("first frame", 10.0), ("tick", 4.0), ("shell", 1.0)]),
            sized(100_000, &[("first frame", 12.0), ("tick", 6.0)]),
            sized(1_000_000, &[("first frame", 19.0), ("tick", 9.0)]),
        ]);
        let line = |name: &str| t.lines().find(|l| l.starts_with(name)).unwrap().to_string();
        assert!(line("first frame").ends_with("1.90x ok"), "{t}");
        assert!(line("tick").ends_with("2.25x grows"), "{t}");
        // A figure a larger desk did not measure has no verdict, and says so by a dash.
        assert!(line("shell").contains(" -"), "{t}");
        assert!(!line("shell").contains('x'), "{t}");
        assert!(t.lines().next().unwrap().contains("1000000 inc."), "{t}");
    }
}
