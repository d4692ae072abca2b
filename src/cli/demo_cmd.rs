//! `opsdesk demo`: a ready demo desk.

use std::path::Path;

use anyhow::{Result, bail};
use clap::Args;

use super::{Cli, Ctx};
use crate::config::paths;
use crate::domain::role::Role;
use crate::error::OpsError;
use crate::notify::channels::spool_dir;
use crate::ops::identity;
use crate::store::backup::in_use_by;
use crate::store::files::{Partial, clean_leftovers};

#[derive(Args, Debug)]
pub struct DemoArgs {
    /// Your role on the demo desk: operator, supervisor, manager, leader or admin
    #[arg(long, default_value = "supervisor")]
    pub role: String,
    /// Seed for the generated incidents
    #[arg(long, default_value_t = 20_261_120)]
    pub seed: u64,
    /// Open the console on it afterwards
    #[arg(long)]
    pub open: bool,
    /// Add this many incidents from the years before (90% closed, each with its history): a desk
    /// at scale for `opsdesk bench`
    #[arg(long, default_value_t = 0)]
    pub incidents: usize,
    /// Add this many closed service requests from the years before, each with its history: an
    /// archive to search and export (R8)
    #[arg(long, default_value_t = 0)]
    pub requests: usize,
}

pub fn run(ctx: &Ctx, cli: &Cli, a: &DemoArgs) -> Result<()> {
    ctx.refuse_if_read_only("opsdesk demo")?;
    let role = Role::parse(&a.role)?;
    // The demo writes to --db / OPSDESK_DB when given, else to its own file: never to the desk's
    // real database by default.
    let path = match &cli.db {
        Some(p) => p.clone(),
        None => paths::default_demo_db()?,
    };
    if let Some(name) = path.file_name().and_then(|n| n.to_str()) {
        clean_leftovers(path.parent().unwrap_or(Path::new("")), Some(name));
    }
    if path.exists() {
        refuse_in_use(&path)?;
        if !crate::demo::is_demo(&path) {
            bail!(
                "{} exists and is not a demo database; opsdesk demo will not replace it",
                path.display()
            );
        }
    }
    let login = identity::current_login()?;
    let name = identity::current_full_name().unwrap_or_else(|| login.clone());
    // Written under a partial name and moved over the old demo only when complete: a demo
    // killed halfway leaves the old one (or none) and a partial the next run removes.
    let partial = Partial::reserve(&path)?;
    let mut config = ctx.config.clone();
    // Its messages go to the spool beside the demo's own name, not beside the partial's.
    if config.notify.spool_dir.trim().is_empty()
        && let Some(spool) = spool_dir(&config, &path).to_str()
    {
        config.notify.spool_dir = spool.to_string();
    }
    let mut bar = super::progress::Bar::new();
    let started = std::time::Instant::now();
    let desk = write(ctx, a, partial.path(), config, (&login, &name, role), &mut bar)?;
    desk.store.close()?;
    // Again: a console may have opened the old demo meanwhile.
    refuse_in_use(&path)?;
    partial.place(&path, true)?;
    bar.clear();
    if a.incidents > 0 {
        // The scale goal (issue 7): a million incidents with their histories in under a minute;
        // judged from 100,000 up, where the demo's fixed part no longer counts.
        let secs = started.elapsed().as_secs_f64();
        let goal = 60.0 * a.incidents as f64 / 1_000_000.0;
        let verdict = match (a.incidents >= 100_000, secs <= goal) {
            (false, _) => String::new(),
            (true, true) => format!(" (goal {goal:.0} s: ok)"),
            (true, false) => format!(" (goal {goal:.0} s: MISSED)"),
        };
        eprintln!("{} past incidents written in {secs:.1} s{verdict}", a.incidents);
    }
    eprintln!("demo desk written to {} (you are {login}, {role})", path.display());
    if a.open {
        let ctx = Ctx {
            paths: crate::config::Paths {
                db: path,
                ..ctx.paths.clone()
            },
            config: ctx.config.clone(),
            layers: ctx.layers.clone(),
            now: ctx.now,
            read_only: ctx.read_only,
            lang: ctx.lang.clone(),
            opened: Default::default(),
        };
        return super::console(&ctx, cli);
    }
    println!("open it with: opsdesk --db {}", path.display());
    Ok(())
}

/// `opsdesk demo` on a desk on PostgreSQL: the same demo, written into a scratch SQLite file
/// (`$TMPDIR`, removed after) and moved into the server's database as `migrate --to` moves a desk
/// (copied in one transaction, then compared row by row). The database must be empty, as for
/// `init`: a demo on a server is made once, in a database made for it; it is never written over
/// a desk's, which `migrate` refuses.
pub fn on_server(ctx: &Ctx, cli: &Cli, a: &DemoArgs, url: &crate::store::engine::PgUrl) -> Result<()> {
    ctx.refuse_if_read_only("opsdesk demo")?;
    let role = Role::parse(&a.role)?;
    let login = identity::current_login()?;
    let name = identity::current_full_name().unwrap_or_else(|| login.clone());
    // Said before minutes of writing, not after.
    let mut client = crate::store::pg::connect(url)?;
    crate::store::pg::refuse_unless_empty(&mut client, url).map_err(|e| {
        crate::error::rule(format!(
            "{e:#}. A demo on a server goes into a database of its own: createdb -O ROLE DATABASE"
        ))
    })?;
    drop(client);
    let scratch = tempfile::Builder::new()
        .prefix("opsdesk-demo-")
        .tempdir()
        .map_err(|e| anyhow::anyhow!("making a scratch directory for the demo ($TMPDIR): {e}"))?;
    let file = scratch.path().join("demo.db");
    let mut bar = super::progress::Bar::new();
    let started = std::time::Instant::now();
    let mut desk = write(ctx, a, &file, ctx.config.clone(), (&login, &name, role), &mut bar)?;
    let moved = desk
        .store
        .read(|tx| crate::store::pg::migrate::to_postgres(tx, url, ctx.now, &mut |w, d, n| bar.show(w, d, n)))?;
    bar.clear();
    eprintln!(
        "demo desk written to {url} (you are {login}, {role}): {} rows in {:.1} s, compared row by row",
        moved.rows,
        started.elapsed().as_secs_f64()
    );
    if a.open {
        return super::console(ctx, cli);
    }
    println!("open it with: opsdesk --db '{url}'");
    Ok(())
}

/// The demo `a` asks for, written to the file `path` as `you` (login, name, role).
fn write(
    ctx: &Ctx,
    a: &DemoArgs,
    path: &Path,
    config: crate::config::Config,
    (login, name, role): (&str, &str, Role),
    bar: &mut super::progress::Bar,
) -> Result<crate::ops::Desk> {
    crate::demo::write_with_past(
        path,
        config,
        login,
        name,
        role,
        a.seed,
        ctx.now,
        (a.incidents, a.requests),
        &mut |n| bar.show("incidents", n as u64, a.incidents as u64),
    )
}

/// Consoles that have the old demo open would go on writing to a deleted file and say "Saved.".
fn refuse_in_use(path: &Path) -> Result<()> {
    match in_use_by(path)? {
        Some(pid) => Err(OpsError::Conflict(format!(
            "{} is in use by process {pid} (a console, opsdesk tick or another command); close it first: opsdesk demo does not replace a database in use",
            path.display()
        ))
        .into()),
        None => Ok(()),
    }
}
