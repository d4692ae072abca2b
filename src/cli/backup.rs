//! `opsdesk backup`, `opsdesk restore` and `opsdesk check`.

use std::path::PathBuf;

use anyhow::{Result, anyhow};
use clap::Args;

use super::Ctx;
use super::progress::Bar;
use crate::ops::{backup, check};
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
    let report = check::run(&mut desk, &actor, &mut |w, d, n| bar.show(w, d, n))?;
    bar.clear();
    if a.json {
        super::output::json(&serde_json::to_value(&report)?);
    } else {
        for p in &report.integrity {
            println!("integrity: {}", sanitize_line(p));
        }
        for p in &report.foreign_keys {
            println!("foreign key: {}", sanitize_line(p));
        }
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
            println!("check: {}", report.summary());
        }
        Ok(())
    } else {
        Err(anyhow!("check failed: {}", report.summary()))
    }
}
