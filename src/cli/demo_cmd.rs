//! `opsdesk demo`: a ready demo desk.

use anyhow::{Result, bail};
use clap::Args;

use super::{Cli, Ctx};
use crate::config::paths;
use crate::domain::role::Role;
use crate::ops::identity;

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
    if path.exists() {
        if !crate::demo::is_demo(&path) {
            bail!(
                "{} exists and is not a demo database; opsdesk demo will not replace it",
                path.display()
            );
        }
        crate::demo::remove(&path)?;
    }
    let login = identity::current_login()?;
    let name = identity::current_full_name().unwrap_or_else(|| login.clone());
    let mut bar = super::progress::Bar::new();
    let started = std::time::Instant::now();
    crate::demo::write_with_past(
        &path,
        ctx.config.clone(),
        &login,
        &name,
        role,
        a.seed,
        ctx.now,
        a.incidents,
        &mut |n| bar.show("incidents", n as u64, a.incidents as u64),
    )?;
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
            now: ctx.now,
            read_only: ctx.read_only,
        };
        return super::console(&ctx, cli);
    }
    println!("open it with: opsdesk --db {}", path.display());
    Ok(())
}
