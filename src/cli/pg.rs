//! A desk on PostgreSQL (issue 20), as far as it has come: `init` creates its schema with its IT
//! department and first admin; `check` counts its rows on the server and checks a copy of one
//! snapshot; `backup` writes it to a SQLite file; the directory (`user`, `dept`), incidents with
//! their duties and emergencies (`incident`, `duty list | done`, `plan`, `drill`, `response`),
//! changes with their notices (`change`), billing runs (`billing`), requests and the accounts
//! they grant (`request`, `person`, `accounts`), `problem`, `article`, `support`, `training`,
//! quality's `corrective`, `sample` and `callback`, the quality reports (`report`, work reports
//! sent through the outbox too), `service` (`merge` too) and the tracking ledger (`ledger export`
//! to a workbook or CSV, recorded in the history, and `ledger import`) read and write there;
//! the clock runs there (`tick`, `engine`) with the outbox (`outbox`, `send`); `history` and
//! `search` read it; `config` works as anywhere; `migrate --to` (run on a SQLite desk) moves a
//! desk there; `demo` writes one there; the console runs there, and `bench` measures it there
//! (`--scale`, which writes desks into files, is refused). Every other command
//! is refused with exit 6 before anything is written, once the desk's schema was read (a newer
//! one is refused as such).

use anyhow::{Context, Result};
use clap::{Args, CommandFactory};

use super::backup::{BackupArgs, CheckArgs};
use super::directory::InitArgs;
use super::incident::IncidentCmd;
use super::progress::Bar;
use super::{Cli, Command, Ctx};
use crate::domain::role::Actor;
use crate::ops::check::{self, Of};
use crate::ops::pg_desk::PgDesk;
use crate::store::chain::Kept;
use crate::store::db::Pg;
use crate::store::engine::PgUrl;
use crate::store::pg;

/// What runs on PostgreSQL so far, for the refusal's last words.
const CARRIED: &str = "the console, init, demo, check, backup, config, calendar, notify, user, dept, incident, change, billing, request, person, accounts, problem, article, support, training, corrective, sample, callback, plan, drill, response, report, service, ledger and outbox (every command), duty list, duty done, outage, tick, send, engine, history, search and bench";

#[derive(Args, Debug)]
pub struct MigrateArgs {
    /// The empty PostgreSQL database to copy the desk into: postgresql://USER@HOST/DATABASE, or
    /// postgresql://USER@/DATABASE?host=/socket/dir
    #[arg(long, value_name = "URL")]
    pub to: String,
}

pub fn run(ctx: &Ctx, cli: &Cli, url: &PgUrl) -> Result<()> {
    // A read-only session upgrades nothing: a desk older than this opsdesk is refused first.
    let opens = !matches!(
        cli.command,
        Some(Command::Init(_) | Command::Config(_) | Command::Calendar(_) | Command::Notify(_) | Command::Demo(_))
    );
    if ctx.read_only && opens {
        pg::open_at(url, true)?;
    }
    match &cli.command {
        None => super::console(ctx, cli),
        Some(Command::Init(a)) => init(ctx, a, url),
        Some(Command::Check(a)) => check(ctx, a, url),
        Some(Command::Config(c)) => super::config_cmd::run(ctx, c),
        // Neither opens the desk: the config's calendar, and a test message through its channels.
        Some(Command::Calendar(a)) => super::calendar::run(ctx, a),
        Some(Command::Notify(c)) => super::notify::run(ctx, c),
        Some(Command::Backup(a)) => backup(a, url),
        Some(Command::User(cmd)) => {
            let (mut desk, actor) = open_as_user(ctx, url)?;
            super::directory::user_on(&mut desk, &actor, cmd, ctx.now)
        }
        Some(Command::Dept(cmd)) => {
            let (mut desk, actor) = open_as_user(ctx, url)?;
            super::directory::dept_on(&mut desk, &actor, cmd, ctx.now)
        }
        Some(Command::Incident(IncidentCmd::List(a))) => read(url, |db| super::incident::list_on(ctx, db, a)),
        Some(Command::Incident(IncidentCmd::Show(a))) => read(url, |db| super::incident::show_on(ctx, db, a)),
        Some(Command::Service(cmd)) => {
            let (mut desk, actor) = open_as_user(ctx, url)?;
            super::service::run_on(ctx, &mut desk, &actor, cmd)
        }
        Some(Command::Report(cmd)) => {
            let (mut desk, actor) = open_as_user(ctx, url)?;
            super::report::run_on(ctx, &mut desk, &actor, cmd)
        }
        Some(Command::Support(cmd)) => {
            let (mut desk, actor) = open_as_user(ctx, url)?;
            super::support::run_on(ctx, &mut desk, &actor, cmd)
        }
        Some(Command::Corrective(cmd)) => {
            let (mut desk, actor) = open_as_user(ctx, url)?;
            super::corrective::run_on(ctx, &mut desk, &actor, cmd)
        }
        Some(Command::Sample(cmd)) => {
            let (mut desk, actor) = open_as_user(ctx, url)?;
            super::sample::run_on(ctx, &mut desk, &actor, cmd)
        }
        Some(Command::Callback(cmd)) => {
            let (mut desk, actor) = open_as_user(ctx, url)?;
            super::sample::callback_on(ctx, &mut desk, &actor, cmd)
        }
        Some(Command::Change(cmd)) => {
            let (mut desk, actor) = open_as_user(ctx, url)?;
            super::change::run_on(ctx, &mut desk, &actor, cmd)
        }
        Some(Command::Billing(cmd)) => {
            let (mut desk, actor) = open_as_user(ctx, url)?;
            super::billing::run_on(ctx, &mut desk, &actor, cmd)
        }
        Some(Command::Request(cmd)) => {
            let (mut desk, actor) = open_as_user(ctx, url)?;
            super::request::run_on(ctx, &mut desk, &actor, cmd)
        }
        Some(Command::Person(cmd)) => {
            let (mut desk, actor) = open_as_user(ctx, url)?;
            super::person::person_on(ctx, &mut desk, &actor, cmd)
        }
        Some(Command::Accounts(a)) => {
            let (mut desk, actor) = open_as_user(ctx, url)?;
            super::person::accounts_on(ctx, &mut desk, &actor, a)
        }
        Some(Command::Training(cmd)) => {
            let (mut desk, actor) = open_as_user(ctx, url)?;
            super::training::run_on(ctx, &mut desk, &actor, cmd)
        }
        Some(Command::Problem(cmd)) => {
            let (mut desk, actor) = open_as_user(ctx, url)?;
            super::problem::run_on(ctx, &mut desk, &actor, cmd)
        }
        Some(Command::Duty(cmd)) => {
            let (mut desk, actor) = open_as_user(ctx, url)?;
            super::duty::run_on(ctx, &mut desk, &actor, cmd)
        }
        Some(Command::Incident(cmd)) => {
            let (mut desk, actor) = open_as_user(ctx, url)?;
            super::incident::run_on(ctx, &mut desk, &actor, cmd)
        }
        Some(Command::Article(cmd)) => {
            let (mut desk, actor) = open_as_user(ctx, url)?;
            super::article::run_on(ctx, &mut desk, &actor, cmd)
        }
        Some(Command::Plan(cmd)) => {
            let (mut desk, actor) = open_as_user(ctx, url)?;
            super::emergency::plan_on(ctx, &mut desk, &actor, cmd)
        }
        Some(Command::Drill(cmd)) => {
            let (mut desk, actor) = open_as_user(ctx, url)?;
            super::emergency::drill_on(ctx, &mut desk, &actor, cmd)
        }
        Some(Command::Response(cmd)) => {
            let (mut desk, actor) = open_as_user(ctx, url)?;
            super::response::run_on(ctx, &mut desk, &actor, cmd)
        }
        Some(Command::Outbox(cmd)) => {
            let (mut desk, actor) = open_as_user(ctx, url)?;
            super::outbox::run_on(ctx, &mut desk, &actor, cmd)
        }
        Some(Command::Send(a)) => {
            let (mut desk, actor) = open_as_user(ctx, url)?;
            super::outbox::send_on(ctx, &mut desk, &actor, a)
        }
        Some(Command::Outage(a)) => {
            let (mut desk, _) = open_as_user(ctx, url)?;
            super::duty::outage_on(ctx, &mut desk, a)
        }
        Some(Command::Tick(a)) => {
            let (mut desk, actor) = open_as_user(ctx, url)?;
            super::duty::tick_on(ctx, &mut desk, &actor, a)
        }
        Some(Command::Engine(a)) => super::engine::run(ctx, a),
        Some(Command::Demo(a)) => super::demo_cmd::on_server(ctx, cli, a, url),
        Some(Command::Ledger(c)) => super::ledger::run_with(ctx, c, || open_as_user(ctx, url)),
        Some(Command::History(a)) => read(url, |db| super::history::show(db, ctx.config.desk.zone, a)),
        Some(Command::Search(a)) => read(url, |db| super::search::run_on(ctx, db, a)),
        Some(Command::Bench(a)) if a.scale.is_some() => {
            pg::open_checked(url)?;
            Err(crate::error::unsupported(format!(
                "not on a server: `bench --scale` writes demo desks of each size into files beside the desk's; this desk is on PostgreSQL ({url}). Write a demo desk of each size into an empty database (opsdesk --db URL demo --incidents N) and run `bench` on each; nothing was written"
            )))
        }
        Some(Command::Bench(a)) => super::bench::command(ctx, a),
        Some(Command::Migrate(_)) => {
            pg::open_checked(url)?;
            Err(crate::error::invalid(format!(
                "this desk is on PostgreSQL already ({url}); `migrate --to` copies a SQLite desk (--db FILE) into PostgreSQL, and this one is copied to a SQLite file by `opsdesk backup FILE`"
            )))
        }
        _ => {
            // A newer schema, or no desk at all, says so first; nothing is written either way.
            pg::open_checked(url)?;
            Err(not_carried(url, &command_words()))
        }
    }
}

/// The refusal of `what` on the desk at `url`.
pub fn not_carried(url: &PgUrl, what: &str) -> anyhow::Error {
    crate::error::unsupported(format!(
        "this desk is on PostgreSQL ({url}); {what} is not carried over to PostgreSQL yet (issue 20): on PostgreSQL opsdesk runs {CARRIED} so far, nothing was written"
    ))
}

/// The command as typed, without its arguments: "`incident list`", or "the console".
fn command_words() -> String {
    let Ok(matches) = Cli::command().try_get_matches_from(std::env::args_os()) else {
        return "this command".into();
    };
    let mut words = Vec::new();
    let mut at = &matches;
    while let Some((name, sub)) = at.subcommand() {
        words.push(name.to_string());
        at = sub;
    }
    if words.is_empty() {
        "the console".into()
    } else {
        format!("`{}`", words.join(" "))
    }
}

fn init(ctx: &Ctx, a: &InitArgs, url: &PgUrl) -> Result<()> {
    ctx.refuse_if_read_only("opsdesk init")?;
    let (login, name) = super::directory::first_admin(a)?;
    pg::init(url, ctx.now, |db| {
        crate::ops::directory::seed_in(db, &login, &name, &a.dept_name, ctx.now)
    })?;
    println!(
        "created a desk (schema {}) in {url} with {login} as admin",
        crate::store::SCHEMA_VERSION
    );
    println!("{}", super::directory::AFTER_INIT);
    Ok(())
}

/// The desk at `url` and who is at the keyboard: a login the desk does not know is told whom to
/// ask, as on SQLite.
fn open_as_user(ctx: &Ctx, url: &PgUrl) -> Result<(PgDesk, Actor)> {
    let mut desk = PgDesk::open(url, ctx.config.clone(), ctx.read_only)?.with_templates(ctx.paths.templates.clone());
    let actor = desk.actor(&crate::ops::identity::current_login()?)?;
    Ok((desk, actor))
}

/// `opsdesk check` of a desk on PostgreSQL: its schema's version and every table's rows, read on
/// the server; then one snapshot of it copied into a scratch SQLite file (compared row by row as
/// `backup` does) and checked there as a desk's own file is: its references, its history's hash
/// chain (and a kept head) and every record replayed from its history. The triggers, their
/// functions, the history's privileges and the kept counts are read on the server itself
/// (`store::pg::server_check`); its pages are PostgreSQL's own, not checked, and said so.
fn check(ctx: &Ctx, a: &CheckArgs, url: &PgUrl) -> Result<()> {
    let kept = match &a.head {
        Some(h) => Some(Kept::parse(h).map_err(|e| crate::error::invalid(format!("--head {e}")))?),
        None => None,
    };
    if a.print_head {
        let head = read(url, |db| crate::ops::check::chain_head_on(db, ctx.now))?;
        return super::backup::print_head(a, &head);
    }
    let census = pg::census(url)?;
    let login = crate::ops::identity::current_login()?;
    // Beside the other scratch files ($TMPDIR): a copy of the whole desk, removed after.
    let scratch = tempfile::Builder::new()
        .prefix("opsdesk-check-")
        .tempdir()
        .context("making a scratch directory for the snapshot's copy ($TMPDIR)")?;
    let copy = scratch.path().join("snapshot.db");
    let mut bar = Bar::new();
    pg::backup::copy_to_sqlite(url, &login, &copy, false, false, &mut |w, d, n| bar.show(w, d, n))?;
    let mut desk = crate::ops::Desk::new(crate::store::Store::open(&copy)?, ctx.config.clone());
    let actor = desk.actor(&login)?;
    let mut report = check::run_of(
        &mut desk,
        &actor,
        kept.as_ref(),
        &mut |w, d, n| bar.show(w, d, n),
        Of::Copy,
    )?;
    // The copy's triggers and counts are SQLite's, made as it was written: the server's own are
    // read there.
    bar.show("the server's triggers and kept counts", 0, 1);
    let server = pg::server_check::check(url, 100)?;
    report.triggers = server.triggers;
    report.counts = server.counts;
    bar.clear();
    if a.json {
        let tables: serde_json::Map<String, serde_json::Value> =
            census.tables.iter().map(|(t, n)| (t.clone(), (*n).into())).collect();
        // The report as SQLite's check prints it (a script reads both alike), the server's own
        // facts beside it under `server`.
        let mut out = serde_json::to_value(&report)?;
        out["server"] = serde_json::json!({
            "engine": "postgresql",
            "database": url.to_string(),
            "schema": census.schema,
            "version": census.server,
            "tables": tables,
            "checked": ["schema version", "row counts", "references", "hash chain", "history replay", "triggers and their functions", "the history's privileges", "kept counts"],
            "not_checked": NOT_CHECKED,
        });
        super::output::json(&out);
    } else {
        println!(
            "{url}: an opsdesk desk at schema {} on PostgreSQL {}",
            census.schema, census.server
        );
        let width = census.tables.iter().map(|(t, _)| t.len()).max().unwrap_or(0);
        for (table, n) in &census.tables {
            println!("  {table:<width$}  {n:>10}");
        }
        println!(
            "checked one snapshot, copied row by row into a scratch file: its references, the history's hash chain and every record's replay; on the server: its triggers and their functions, the history's privileges and the kept counts; not checked: {}",
            NOT_CHECKED.join(", ")
        );
    }
    super::backup::print_report(a, &report, kept.as_ref())
}

/// What `check` does not read on a PostgreSQL desk: the server's pages are PostgreSQL's own
/// (its `amcheck` and data checksums, where the administrator enabled them).
const NOT_CHECKED: [&str; 1] = ["the server's own pages (PostgreSQL's amcheck and data checksums)"];

/// Run `f` on one snapshot of the desk (repeatable read, read only), as one of its users: a
/// login the desk does not know is told whom to ask, as on SQLite.
fn read<T>(url: &PgUrl, f: impl FnOnce(&Pg) -> Result<T>) -> Result<T> {
    let (mut client, _) = pg::open_checked(url)?;
    let db = Pg::new(pg::snapshot(&mut client, url)?);
    let login = crate::ops::identity::current_login()?;
    crate::ops::known_actor(&db, &login, &url.to_string())?;
    let out = f(&db)?;
    db.into_inner()
        .commit()
        .map_err(|e| pg::describe(&e, url, "ending the read"))?;
    Ok(out)
}

/// `opsdesk migrate --to URL`, run on a SQLite desk.
pub fn migrate(ctx: &Ctx, a: &MigrateArgs) -> Result<()> {
    if !crate::store::engine::is_postgres(&a.to) {
        return Err(crate::error::invalid(format!(
            "--to names the PostgreSQL database to copy the desk into (postgresql://USER@HOST/DATABASE); {} is not one. A copy of the desk to a file is `opsdesk backup FILE`",
            crate::text::sanitize_line(&a.to)
        )));
    }
    let url = PgUrl::parse(&a.to, "--to")?;
    let (mut desk, actor) = ctx.open_as_user()?;
    let mut bar = Bar::new();
    let moved = crate::ops::backup::migrate(&mut desk, &actor, &url, ctx.now, &mut |w, d, n| bar.show(w, d, n))?;
    bar.clear();
    println!(
        "copied {} into {url}: {} rows, then compared: {} tables, {} rows equal row by row on both",
        desk.store.path().display(),
        moved.rows,
        moved.compared.tables,
        moved.compared.rows
    );
    println!(
        "next: opsdesk --db '{url}' check; the desk's consoles and engine are pointed at it by [desk] database in the config"
    );
    Ok(())
}

/// `opsdesk backup FILE` of a desk on PostgreSQL: an ordinary SQLite desk file.
fn backup(a: &BackupArgs, url: &PgUrl) -> Result<()> {
    let login = crate::ops::identity::current_login()?;
    let mut bar = Bar::new();
    let moved = pg::backup::to_sqlite(url, &login, &a.file, a.force, &mut |w, d, n| bar.show(w, d, n))?;
    bar.clear();
    println!(
        "backup of {url} written to {}: {} rows, compared with the server's snapshot ({} tables, {} rows equal row by row)",
        a.file.display(),
        moved.rows,
        moved.compared.tables,
        moved.compared.rows
    );
    Ok(())
}
