//! `opsdesk backup`, `opsdesk restore` and `opsdesk check`.

use std::path::PathBuf;

use anyhow::{Result, anyhow};
use clap::Args;

use super::Ctx;
use super::progress::Bar;
use crate::ops::{backup, check};
use crate::store::chain::{Kept, KeptVerdict, Walk};
use crate::text::sanitize_line;

#[derive(Args, Debug)]
pub struct BackupArgs {
    /// The new file to write the copy to
    pub file: PathBuf,
    /// Replace FILE if it exists (never the database's own files, nor a database in use)
    #[arg(long)]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct RestoreArgs {
    /// A backup written by `opsdesk backup` (only read)
    pub file: PathBuf,
    /// Restore even while other processes have the database open, or when you are not an admin
    /// of the restored desk
    #[arg(long)]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    #[arg(long)]
    pub json: bool,
    /// A history head kept from before, ID:HASH as check prints it (or HASH alone): also verify
    /// that the history still leads to it, however the hashes after it were recomputed
    #[arg(long, value_name = "ID:HASH", conflicts_with = "print_head")]
    pub head: Option<String>,
    /// Only print the history's head as stored and the time, verifying nothing (one read): the
    /// line to keep elsewhere, as the engine logs it once an hour
    #[arg(long)]
    pub print_head: bool,
}

pub fn backup(ctx: &Ctx, a: &BackupArgs) -> Result<()> {
    // Before the desk is even opened: a refused backup touches nothing.
    crate::store::backup::check_destination(&ctx.paths.db, &a.file, a.force)?;
    let (mut desk, actor) = ctx.open_as_user()?;
    let mut bar = Bar::new();
    backup::backup(&mut desk, &actor, &a.file, a.force, &mut |w, d, n| bar.show(w, d, n))?;
    bar.clear();
    println!("backup written to {}", a.file.display());
    Ok(())
}

pub fn restore(ctx: &Ctx, a: &RestoreArgs) -> Result<()> {
    let (mut desk, actor) = ctx.open_as_user()?;
    let mut bar = Bar::new();
    let done = backup::restore(&mut desk, &actor, &a.file, a.force, ctx.now, &mut |w, d, n| {
        bar.show(w, d, n)
    })?;
    bar.clear();
    if let Some(admins) = &done.not_admin {
        eprintln!(
            "opsdesk: forced: you are not an admin of the restored desk; only {} can undo this restore (opsdesk restore {})",
            crate::text::sanitize_line(&admins.join(", ")),
            done.aside.display()
        );
    }
    println!(
        "restored {} from {}; the database as it was is kept at {}",
        desk.store.path().display(),
        a.file.display(),
        done.aside.display()
    );
    Ok(())
}

pub fn check(ctx: &Ctx, a: &CheckArgs) -> Result<()> {
    // A malformed head is refused before the desk is even opened.
    let kept = match &a.head {
        Some(h) => Some(Kept::parse(h).map_err(|e| crate::error::invalid(format!("--head {e}")))?),
        None => None,
    };
    if a.print_head {
        let (desk, _) = ctx.open_as_user()?;
        return print_head(a, &check::chain_head(&desk, ctx.now)?);
    }
    // Damage too deep to open the desk (its schema) is check's finding, not check's failure:
    // said as one, not as advice to run check.
    let opened = ctx.open_as_user();
    let (mut desk, actor) = match opened {
        Err(e) if crate::store::damage::is_damage(&e) => {
            let detail = e.chain().last().map(|c| c.to_string()).unwrap_or_default();
            println!("integrity: {} (the desk cannot even be opened)", sanitize_line(&detail));
            return Err(anyhow!(
                "check failed: {} is damaged beyond reading; restore it from a backup copy (opsdesk restore FILE)",
                ctx.paths.db.display()
            ));
        }
        opened => opened?,
    };
    let mut bar = Bar::new();
    let report = check::run(&mut desk, &actor, kept.as_ref(), &mut |w, d, n| bar.show(w, d, n))?;
    bar.clear();
    if a.json {
        super::output::json(&serde_json::to_value(&report)?);
    }
    print_report(a, &report, kept.as_ref())
}

/// `check --print-head`'s one line (or its JSON), on either engine.
pub fn print_head(a: &CheckArgs, head: &check::HeadAt) -> Result<()> {
    if a.json {
        super::output::json(&serde_json::to_value(head)?);
    } else {
        println!("{head}");
    }
    Ok(())
}

/// What `check` found, a line each (the JSON is the caller's), and its verdict as the exit status.
pub fn print_report(a: &CheckArgs, report: &check::Report, kept: Option<&Kept>) -> Result<()> {
    if !a.json {
        for p in &report.integrity {
            println!("integrity: {}", sanitize_line(p));
        }
        for p in &report.foreign_keys {
            println!("foreign key: {}", sanitize_line(p));
        }
        for p in &report.triggers {
            println!("{}", sanitize_line(p));
        }
        for p in &report.counts {
            println!("{}", sanitize_line(p));
        }
        print_chain(&report.chain, kept);
        for f in &report.findings {
            println!(
                "{} {}: {}: history says {}, the record says {}",
                f.kind,
                f.id,
                sanitize_line(&f.field),
                sanitize_line(&f.replayed.to_string()),
                sanitize_line(&f.current.to_string())
            );
        }
        if report.finding_count > report.findings.len() as u64 {
            println!("… and {} more", report.finding_count - report.findings.len() as u64);
        }
    }
    if report.clean() {
        if !a.json {
            if let Some(h) = &report.chain.head {
                println!(
                    "history head: {h} (keep it elsewhere: `opsdesk check --head {h}` shows later whether anything up to it changed)"
                );
            }
            println!("check: {}", report.summary());
        }
        Ok(())
    } else {
        Err(anyhow!("check failed: {}", report.summary()))
    }
}

/// The chain's broken links, and what became of a kept head; one line each.
fn print_chain(chain: &Walk, kept: Option<&Kept>) {
    for b in &chain.breaks {
        let row = format!(
            "history row {} ({} {}, {} by {})",
            b.id,
            sanitize_line(&b.record_kind),
            b.record_id,
            sanitize_line(&b.action),
            sanitize_line(&b.actor)
        );
        let why = match b.after {
            Some(before) if before + 1 < b.id => format!(
                "history row(s) {}-{} before it are missing: removed",
                before + 1,
                b.id - 1
            ),
            None if b.id > 1 => format!("history row(s) 1-{} before it are missing: removed", b.id - 1),
            _ if b.unhashed => "it has no hash: written behind opsdesk's back".into(),
            _ => "its hash does not match its fields and the row before it: it was changed or written behind opsdesk's back, or the row before it was".into(),
        };
        println!("hash chain broken at {row}: {why}");
    }
    if chain.unverified > 0 {
        println!(
            "{} history row(s) after a broken one could not be verified: each stores only a prefix of its hash, up to the next row that stores it in full",
            chain.unverified
        );
    }
    if chain.break_count > chain.breaks.len() as u64 {
        println!(
            "… and {} more broken link(s)",
            chain.break_count - chain.breaks.len() as u64
        );
    }
    let (Some(kept), Some(verdict)) = (kept, &chain.kept) else {
        return;
    };
    match verdict {
        KeptVerdict::Holds { id } => println!("kept head {kept}: holds, history rows up to {id} are unchanged"),
        KeptVerdict::Differs { id, now } => println!(
            "kept head {kept}: does not hold: the history rows up to {id} now lead to {now}; a row at or before {id} was changed, removed or slipped in"
        ),
        KeptVerdict::Missing { id, ends, end } => println!(
            "kept head {kept}: does not hold: there is no history row {id} ({})",
            match (ends, end) {
                (true, Some(end)) => format!("the history now ends at row {end}: rows were removed"),
                (true, None) => "the history is empty: every row was removed".into(),
                (false, _) => "it was removed".into(),
            }
        ),
        KeptVerdict::NotFound => println!(
            "kept head {kept}: does not hold: no history row leads to it; a row up to it was changed, removed or slipped in"
        ),
    }
}
