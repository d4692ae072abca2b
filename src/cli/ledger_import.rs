//! `opsdesk ledger import FILE --map map.toml` (I13): a ledger kept in Excel or CSV read into the
//! desk; every bad row named with its sheet, row and reason on stderr.

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use anyhow::Result;
use clap::Args;

use super::Ctx;
use super::output::json;
use crate::domain::role::Actor;
use crate::error::invalid;
use crate::ops::Writes;
use crate::ops::ledger::import::{BadRow, ImportSpec, Report, import};
use crate::ops::ledger::map::Map;
use crate::ops::ledger::read::read;
use crate::ops::requests::csv_cell;

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// The ledger: .xlsx (or .xls, .ods) or .csv in UTF-8
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Which column holds what (see examples/ledger-map.toml)
    #[arg(long, value_name = "MAP")]
    pub map: PathBuf,
    /// Read and check every row, import nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Import the good rows and write the bad ones, with their reasons, to REJECTS (a CSV file;
    /// refused if it exists)
    #[arg(long, value_name = "REJECTS")]
    pub skip_bad: Option<PathBuf>,
    /// Print the report as JSON
    #[arg(long)]
    pub json: bool,
}

/// The rejects: each bad row's number and reason, then its cells as the file had them.
fn write_rejects(path: &PathBuf, headers: &[String], bad: &[BadRow]) -> Result<()> {
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| invalid(format!("--skip-bad {}: {e}", path.display())))?;
    let line = |cells: Vec<String>| {
        let mut l = cells.iter().map(|c| csv_cell(c)).collect::<Vec<_>>().join(",");
        l.push_str("\r\n");
        l
    };
    let mut out = String::from("\u{feff}");
    out.push_str(&line(
        ["sheet", "row", "reason"]
            .iter()
            .map(|s| s.to_string())
            .chain(headers.iter().cloned())
            .collect(),
    ));
    for b in bad {
        out.push_str(&line(
            [b.sheet.clone(), b.row.to_string(), b.reason.clone()]
                .into_iter()
                .chain(b.cells.iter().cloned())
                .collect(),
        ));
    }
    f.write_all(out.as_bytes())?;
    Ok(())
}

/// The map and the file read first, then the desk of either engine opened by `open`: a file
/// that cannot be read opens no desk.
pub fn run<D: Writes>(ctx: &Ctx, a: &ImportArgs, open: impl FnOnce() -> Result<(D, Actor)>) -> Result<()> {
    if let Some(p) = &a.skip_bad
        && p.exists()
    {
        return Err(invalid(format!(
            "--skip-bad {} exists; choose another name for the rejects",
            p.display()
        )));
    }
    let map = Map::read(&a.map)?;
    let started = Instant::now();
    let table = read(&a.file, map.sheet.as_deref(), map.header_row)?;
    let read_in = started.elapsed();
    let (mut desk, actor) = open()?;
    let name = a
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let spec = ImportSpec {
        file: &name,
        table: &table,
        map: &map,
        dry_run: a.dry_run,
        skip_bad: a.skip_bad.is_some(),
    };
    let r = import(&mut desk, &crate::ops::Call::new(&actor, ctx.now), &spec)?;
    let took = started.elapsed();
    for b in &r.bad {
        eprintln!(
            "{}",
            crate::text::sanitize_line(&format!("sheet {:?} row {}: {}", b.sheet, b.row, b.reason))
        );
    }
    if let Some(p) = &a.skip_bad
        && !r.bad.is_empty()
    {
        write_rejects(p, &table.headers, &r.bad)?;
    }
    let stopped = !r.bad.is_empty() && a.skip_bad.is_none();
    if a.json {
        json(&serde_json::to_value(&r)?);
    } else {
        println!("{}", summary(&r, a, &name, took, read_in));
    }
    if stopped {
        return Err(invalid(format!(
            "{} bad row(s) of {}: nothing imported (fix them, or --skip-bad REJECTS.csv)",
            r.bad.len(),
            r.rows
        )));
    }
    Ok(())
}

fn summary(r: &Report, a: &ImportArgs, name: &str, took: std::time::Duration, read_in: std::time::Duration) -> String {
    let rate = r.rows as f64 / took.as_secs_f64().max(1e-6);
    let timing = format!(
        "{:.2} s ({:.2} s reading the file), {:.0} rows/s",
        took.as_secs_f64(),
        read_in.as_secs_f64(),
        rate
    );
    if a.dry_run {
        return format!(
            "dry run: {} row(s) in {name}, {} good, {} bad; nothing imported; {timing}",
            r.rows,
            r.good,
            r.bad.len()
        );
    }
    match (r.first_id, r.last_id) {
        (Some(first), Some(last)) => format!(
            "imported {} incident(s) from {name} (ids {first}..{last}), {} bad row(s) set aside; {timing}",
            r.imported,
            r.bad.len()
        ),
        _ => format!(
            "nothing imported from {name}: {} row(s), {} bad; {timing}",
            r.rows,
            r.bad.len()
        ),
    }
}
