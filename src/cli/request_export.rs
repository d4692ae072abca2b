//! `opsdesk request export` and `request exports` (R8, A2): the archive as CSV, written to a
//! partial file first so that only a whole export reaches its name (or standard output), and
//! only a recorded one.

use std::io::{BufWriter, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::PathBuf;

use anyhow::{Context, Result};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use clap::Args;

use super::Ctx;
use super::output::{Table, json};
use crate::domain::request::RequestKind;
use crate::domain::role::Actor;
use crate::domain::time::{local_minute, rfc3339};
use crate::error::invalid;
use crate::ops::Writes;
use crate::ops::requests::{self as ops, ExportSpec};
use crate::store::files::Partial;

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// From this day (YYYY-MM-DD in the desk's zone) or TIME: requests received at IT from then
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub from: String,
    /// To this day, inclusive (YYYY-MM-DD), or up to TIME
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub to: String,
    /// csv (UTF-8 with a byte-order mark, for a spreadsheet)
    #[arg(long, default_value = "csv")]
    pub format: String,
    #[arg(long)]
    pub kind: Option<String>,
    #[arg(long)]
    pub dept: Option<String>,
    /// Write to FILE (refused if it exists) [default: standard output]
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Print the export's record as JSON (with --output)
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ExportsArgs {
    /// The next page: exports with ids below this one
    #[arg(long, value_name = "ID")]
    pub before: Option<i64>,
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[arg(long)]
    pub json: bool,
}

/// A day (`2026-09-01`, its start in the zone; `end`: the next day's start) or a TIME.
pub(super) fn bound(ctx: &Ctx, arg: &str, s: &str, end: bool) -> Result<DateTime<Utc>> {
    match NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d") {
        // The end of the day is the start of the next: a second after its last (the day after
        // 2099-12-31 is past the years opsdesk records).
        Ok(d) if end => Ok(ctx.time(arg, &format!("{} 23:59:59", d.format("%Y-%m-%d")))? + Duration::seconds(1)),
        Ok(d) => ctx.time(arg, &format!("{} 00:00", d.format("%Y-%m-%d"))),
        Err(_) => ctx.time(arg, s),
    }
}

/// An export's language: `--lang`, else the desk's (`[notify] language`).
pub(super) fn export_lang(ctx: &Ctx, desk: &impl Writes) -> Result<String> {
    Ok(match ctx.lang.as_deref() {
        Some(l) if l.to_ascii_lowercase().starts_with("zh") => "zh-CN".to_string(),
        Some(l) if l.eq_ignore_ascii_case("en") => "en".to_string(),
        Some(l) => return Err(invalid(format!("--lang {l:?}: use en or zh-CN"))),
        None => desk.config().notify.language.code().to_string(),
    })
}

pub fn run(ctx: &Ctx, desk: &mut impl Writes, actor: &Actor, a: &ExportArgs) -> Result<()> {
    if a.format.trim() != "csv" {
        return Err(invalid(format!("--format {:?}: only csv", a.format)));
    }
    let lang = export_lang(ctx, desk)?;
    let spec = ExportSpec {
        from: bound(ctx, "--from", &a.from, false)?,
        to: bound(ctx, "--to", &a.to, true)?,
        kind: a.kind.as_deref().map(RequestKind::parse).transpose()?,
        dept: a.dept.clone(),
        lang,
    };
    if let Some(path) = &a.output
        && path.exists()
    {
        return Err(invalid(format!(
            "--output {} exists; opsdesk does not overwrite an export: choose another name",
            path.display()
        )));
    }
    // The rows go to a partial file; the export is recorded once they all went.
    let dest = match &a.output {
        Some(p) => p.clone(),
        None => std::env::temp_dir().join(format!("opsdesk-export-{}.csv", std::process::id())),
    };
    let partial = Partial::create(&dest, None)?;
    // Its own file, just created exclusively: never a link put there since.
    let file = std::fs::OpenOptions::new()
        .write(true)
        .custom_flags(nix::fcntl::OFlag::O_NOFOLLOW.bits())
        .open(partial.path())
        .with_context(|| format!("writing {}", partial.path().display()))?;
    let mut out = BufWriter::new(file);
    let label = a
        .output
        .as_ref()
        .map_or_else(|| "standard output".to_string(), |p| p.display().to_string());
    let call = crate::ops::Call::new(actor, ctx.now);
    let e = ops::export(desk, &call, &spec, &mut out, &label)?;
    out.flush()?;
    drop(out);
    let zone = desk.zone();
    let summary = format!(
        "export {}: {} request(s) received {} .. {} by {} at {}",
        e.id,
        e.rows,
        rfc3339(e.range_from, zone),
        rfc3339(e.range_to, zone),
        e.by,
        rfc3339(e.at, zone)
    );
    match &a.output {
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

pub(super) fn export_json(e: &crate::domain::account::Export, zone: chrono_tz::Tz) -> serde_json::Value {
    let mut v = serde_json::to_value(e).unwrap_or_default();
    for (k, t) in [("range_from", e.range_from), ("range_to", e.range_to), ("at", e.at)] {
        v[k] = rfc3339(t, zone).into();
    }
    v
}

pub fn list(desk: &mut impl Writes, a: &ExportsArgs) -> Result<()> {
    let list = ops::exports(desk, a.before, a.limit.clamp(1, 10_000))?;
    let zone = desk.zone();
    if a.json {
        json(&serde_json::Value::Array(
            list.iter().map(|e| export_json(e, zone)).collect(),
        ));
    } else if list.is_empty() {
        println!("no exports yet");
    } else {
        exports_table(&list, zone).print();
    }
    Ok(())
}

/// `opsdesk request exports`: one line per export.
fn exports_table(list: &[crate::domain::account::Export], zone: chrono_tz::Tz) -> Table {
    let mut t = Table::new(&["id", "at", "by", "from", "to", "filter", "rows", "output"]).limit(7, 60);
    for e in list {
        t.row(vec![
            e.id.to_string(),
            local_minute(e.at, zone),
            e.by.clone(),
            local_minute(e.range_from, zone),
            local_minute(e.range_to, zone),
            e.filter.clone(),
            e.rows.to_string(),
            e.output.clone(),
        ]);
    }
    t
}
