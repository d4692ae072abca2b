//! `opsdesk ledger export` and `ledger import` (I13): the tracking ledger out to a workbook or CSV
//! and in from one. An export is written to a partial file first, so that only a whole, recorded
//! export reaches its name.

use std::io::{BufWriter, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Args, Subcommand};

use super::Ctx;
use super::output::json;
use super::progress::Bar;
use super::request_export::{bound, export_json, export_lang};
use crate::domain::role::Actor;
use crate::domain::time::rfc3339;
use crate::error::invalid;
use crate::ops::Writes;
use crate::ops::ledger::export::{ExportSpec, Part, export};
use crate::ops::ledger::sink::{Csv, Sink, Xlsx};
use crate::store::files::Partial;

#[derive(Subcommand, Debug)]
pub enum LedgerCmd {
    /// Every incident received in a range with its description, handling, result, satisfaction,
    /// times and durations, as an Excel workbook or CSV (I13); with --kind, the range's requests,
    /// changes and runs too, a sheet each; no contact details (A2)
    Export(ExportArgs),
    /// Read a ledger kept in Excel or CSV into the desk as incidents, columns mapped by a TOML
    /// file; nothing is imported unless every row is good (supervisor or above)
    Import(super::ledger_import::ImportArgs),
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// From this day (YYYY-MM-DD in the desk's zone) or TIME: incidents received from then
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub from: String,
    /// To this day, inclusive (YYYY-MM-DD), or up to TIME
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub to: String,
    /// xlsx (a workbook: header frozen, filters, dates as dates) or csv (UTF-8 with a
    /// byte-order mark)
    #[arg(long, default_value = "xlsx")]
    pub format: String,
    /// The kinds of record, comma-separated: incident, request (received at IT in the range),
    /// change (planned in it), run (due in it); a workbook has a sheet each, a CSV file holds one
    /// [default: incident]
    #[arg(long, value_name = "KINDS")]
    pub kind: Option<String>,
    /// Write to FILE (refused if it exists) [default: standard output, csv only]
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Print the export's record as JSON
    #[arg(long)]
    pub json: bool,
}

pub fn run(ctx: &Ctx, c: &LedgerCmd) -> Result<()> {
    run_with(ctx, c, || ctx.open_as_user())
}

/// [`run`] on a desk of either engine, opened by `open` once the arguments (and an import's
/// file) were read: what they refuse opens no desk, on either.
pub fn run_with<D: Writes>(ctx: &Ctx, c: &LedgerCmd, open: impl FnOnce() -> Result<(D, Actor)>) -> Result<()> {
    match c {
        LedgerCmd::Export(a) => run_export(ctx, a, open),
        LedgerCmd::Import(a) => super::ledger_import::run(ctx, a, open),
    }
}

fn run_export<D: Writes>(ctx: &Ctx, a: &ExportArgs, open: impl FnOnce() -> Result<(D, Actor)>) -> Result<()> {
    let format = a.format.trim().to_ascii_lowercase();
    if format != "csv" && format != "xlsx" {
        return Err(invalid(format!("--format {:?}: use xlsx or csv", a.format)));
    }
    if format == "xlsx" && a.out.is_none() {
        return Err(invalid("--format xlsx writes a workbook: name it with --out FILE"));
    }
    if let Some(path) = &a.out
        && path.exists()
    {
        return Err(invalid(format!(
            "--out {} exists; opsdesk does not overwrite an export: choose another name",
            path.display()
        )));
    }
    let (mut desk, actor) = open()?;
    let spec = ExportSpec {
        from: bound(ctx, "--from", &a.from, false)?,
        to: bound(ctx, "--to", &a.to, true)?,
        parts: Part::parse_list(a.kind.as_deref().unwrap_or(""))?,
        lang: export_lang(ctx, &desk)?,
        format: format.clone(),
    };
    let dest = match &a.out {
        Some(p) => p.clone(),
        None => std::env::temp_dir().join(format!("opsdesk-ledger-{}.csv", std::process::id())),
    };
    let partial = Partial::create(&dest, None)?;
    // Its own file, just created exclusively: never a link put there since.
    let file = std::fs::OpenOptions::new()
        .write(true)
        .custom_flags(nix::fcntl::OFlag::O_NOFOLLOW.bits())
        .open(partial.path())
        .with_context(|| format!("writing {}", partial.path().display()))?;
    let zone = desk.zone();
    let mut sink: Box<dyn Sink> = if format == "xlsx" {
        Box::new(Xlsx::new(file, zone))
    } else {
        Box::new(Csv::new(BufWriter::new(file), zone))
    };
    let label = a
        .out
        .as_ref()
        .map_or_else(|| "standard output".to_string(), |p| p.display().to_string());
    let call = crate::ops::Call::new(&actor, ctx.now);
    let mut bar = Bar::new();
    let e = export(
        &mut desk,
        &call,
        &spec,
        sink.as_mut(),
        &mut |done, of| bar.show("ledger", done, of),
        &label,
    )?;
    drop(sink);
    bar.clear();
    let kinds: Vec<&str> = spec.parts.iter().map(|p| p.word()).collect();
    let summary = format!(
        "export {}: {} row(s) of {} {} .. {}, {}",
        e.id,
        e.rows,
        kinds.join(", "),
        rfc3339(e.range_from, zone),
        rfc3339(e.range_to, zone),
        e.format
    );
    match &a.out {
        Some(path) => {
            partial.place(path, false)?;
            if a.json {
                json(&export_json(&e, zone));
            } else {
                println!("{summary}: {}", path.display());
            }
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            std::io::copy(&mut std::fs::File::open(partial.path())?, &mut stdout)?;
            stdout.flush()?;
            eprintln!("opsdesk: {summary}");
        }
    }
    Ok(())
}
