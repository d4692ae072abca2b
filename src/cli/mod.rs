//! The command line: `opsdesk <command>` for shells and scripts; `opsdesk` alone opens the
//! console. Exit codes: 0 ok, 2 usage, 3 not found, 4 conflict, 5 permission denied, 6 not
//! carried over to PostgreSQL yet, 1 other; the error is one line on stderr.

mod article;
mod backup;
mod bench;
mod bench_check;
mod bench_console;
mod bench_engine;
mod bench_filter;
mod bench_idle;
mod bench_reports;
mod bench_scale;
mod bench_search;
mod billing;
mod calendar;
mod change;
mod change_view;
mod config_cmd;
mod corrective;
mod demo_cmd;
mod directory;
mod docs;
mod duty;
mod emergency;
mod engine;
mod history;
mod incident;
mod ledger;
mod ledger_import;
mod notify;
mod outbox;
pub mod output;
mod person;
mod pg;
mod problem;
mod progress;
mod record_args;
mod render;
mod report;
mod request;
mod request_export;
mod request_view;
mod response;
mod sample;
mod search;
mod service;
mod setgid;
mod support;
mod support_view;
mod training;

use std::cell::RefCell;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use chrono::{DateTime, Utc};
use clap::{Parser, Subcommand};

use crate::config::{Config, Layers, Paths};
use crate::domain::role::Actor;
use crate::domain::time::{parse_time, whole_seconds};
use crate::ops::{Desk, identity};
use crate::store::Store;

#[derive(Parser, Debug)]
#[command(
    name = "opsdesk",
    version,
    about = "The operations desk console: incidents, escalations, changes, billing runs, service requests and the support centre"
)]
pub struct Cli {
    /// Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default:
    /// [desk] database of the config, else <data dir>/opsdesk.db]
    #[arg(long, env = "OPSDESK_DB", global = true, value_name = "PATH|URL")]
    pub db: Option<PathBuf>,
    /// Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml
    /// with <config dir>/config.toml laid over it]
    #[arg(long, env = "OPSDESK_CONFIG", global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Console language: en or zh-CN [default: config, then LANG]
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
    /// Browse without changing anything: every command that would change the desk is refused
    /// (exit 5)
    #[arg(long, global = true)]
    pub read_only: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Create a new, empty desk database and make yourself its admin
    Init(directory::InitArgs),
    /// Write a ready demo database (departments, people, a month of incidents in every state and the year before it)
    Demo(demo_cmd::DemoArgs),
    /// Users: add, list, set-role (admin only for changes)
    #[command(subcommand)]
    User(directory::UserCmd),
    /// Departments: add, list (admin only for changes)
    #[command(subcommand)]
    Dept(directory::DeptCmd),
    /// Services incidents are recorded against: add, edit, list, retire (admin only for changes)
    #[command(subcommand)]
    Service(service::ServiceCmd),
    /// Record and drive incidents; the ledger
    #[command(subcommand)]
    Incident(incident::IncidentCmd),
    /// The tracking ledger (I13): every incident out to Excel or CSV, a ledger kept elsewhere in
    #[command(subcommand)]
    Ledger(ledger::LedgerCmd),
    /// System changes: plan, gates, notices and their deadlines (C1-C10)
    #[command(subcommand)]
    Change(change::ChangeCmd),
    /// Billing and settlement runs: checklists with a second checker, sign-off (B1-B8)
    #[command(subcommand)]
    Billing(billing::BillingCmd),
    /// Service requests: requirements, products, accounts, data extraction and processing, each
    /// with its working-day clock (R1-R5, R7); the archive and its export (R8)
    #[command(subcommand)]
    Request(request::RequestCmd),
    /// The business support centre's contact forms: reply clock, ledger, urgent forms, proposal
    /// rounds (R9, R7)
    #[command(subcommand)]
    Support(support::SupportCmd),
    /// Training hours: own, sessions for other departments, the month's report against the
    /// target (R6)
    #[command(subcommand)]
    Training(training::TrainingCmd),
    /// Emergency plans (应急预案): services, leadership group, steps; approved, revised,
    /// retired (E1)
    #[command(subcommand)]
    Plan(emergency::PlanCmdArgs),
    /// Drills of the emergency plans: scheduled, held, evaluated (E1)
    #[command(subcommand)]
    Drill(emergency::DrillCmdArgs),
    /// The emergency responses major incidents start: progress reports, stand-down, review (E2)
    #[command(subcommand)]
    Response(response::ResponseCmdArgs),
    /// Problems: causes that need a system change, their incidents and their fix (P1, I9)
    #[command(subcommand)]
    Problem(problem::ProblemCmd),
    /// Corrective notices to departments below standard, followed up until done (Q6)
    #[command(subcommand)]
    Corrective(corrective::CorrectiveCmd),
    /// Quality sampling of closed records, each with a reviewer's finding (Q5)
    #[command(subcommand)]
    Sample(sample::SampleCmd),
    /// Callbacks to reporters after verification or delivery (Q7, I12)
    #[command(subcommand)]
    Callback(sample::CallbackCmd),
    /// The knowledge base: manuals, FAQ and case analyses, reviewed by a second person (K1, I10)
    #[command(subcommand)]
    Article(article::ArticleCmd),
    /// A person moved or left (the HR record): their accounts are to be removed (R3)
    #[command(subcommand)]
    Person(person::PersonCmd),
    /// The accounts opsdesk granted, and those to remove (R3); `accounts remove ID`
    Accounts(person::AccountsArgs),
    /// A month of the working calendar: days off and make-up working days (W1, W2)
    Calendar(calendar::CalendarArgs),
    /// Duties: what must be told to whom by when
    #[command(subcommand)]
    Duty(duty::DutyCmd),
    /// Run the escalation engine once over every open incident, then the outbox (safe from cron,
    /// and in parallel)
    Tick(duty::TickArgs),
    /// Keep the clock running with no console open: the escalation engine every second and the
    /// outbox every send_every_seconds, one line on stderr per thing done, until SIGTERM or
    /// SIGINT (the opsdesk-engine service runs it; any number may run beside consoles and tick)
    Engine(engine::EngineArgs),
    /// Messages: review, approve, edit, resend (I6-I8, C5-C9, B5, B6)
    #[command(subcommand)]
    Outbox(outbox::OutboxCmd),
    /// One pass of the outbox: write the messages new duties need and send what is due
    Send(outbox::SendArgs),
    /// Quality reports: daily and weekly work reports (Q1), the half-year KPIs against their
    /// targets (Q3, Q4), the month's ranking of departments (Q2)
    #[command(subcommand)]
    Report(report::ReportCmd),
    /// Outage budget per service for a month (I11)
    Outage(duty::OutageArgs),
    /// The audit trail of a record: KIND is incident, change, run, duty, user, dept, request,
    /// account, person_change, export, support, training, plan, drill, response, problem, article or
    /// service
    History(history::HistoryArgs),
    /// One search over every record, open or closed: incidents, changes, runs, requests,
    /// messages, problems, articles
    Search(search::SearchArgs),
    /// Copy the whole database to a new file, consistent while others work
    Backup(backup::BackupArgs),
    /// Replace the database with a backup (admin; refused while it is in use unless --force)
    Restore(backup::RestoreArgs),
    /// Copy this desk, history and all, into an empty PostgreSQL database and compare the two
    /// row by row (admin); a desk on PostgreSQL is copied back to a file by `backup`
    Migrate(pg::MigrateArgs),
    /// Check the database: integrity, references, and that every record's history replays to it
    Check(backup::CheckArgs),
    /// Time the console's real code paths on this database, each figure beside its goal
    Bench(bench::BenchArgs),
    /// Check or show the effective configuration
    #[command(subcommand)]
    Config(config_cmd::ConfigCmd),
    /// Try the channels: send one test message and print the server's answer
    #[command(subcommand)]
    Notify(notify::NotifyCmd),
    /// Print the completion script of a shell (bash, zsh, fish, elvish, powershell)
    Completions(docs::CompletionsArgs),
    /// Write the man pages, one per command and subcommand, to a directory (for packaging)
    #[command(hide = true)]
    Manpages(docs::ManpagesArgs),
}

/// What every command needs: where things are, the effective config, and the one `now` the
/// command works with.
pub struct Ctx {
    pub paths: Paths,
    pub config: Config,
    /// The config files read, each value with the file that set it (`config show`).
    pub layers: Layers,
    pub now: DateTime<Utc>,
    /// `--read-only`: the desk is opened so that the store refuses every write (U4).
    pub read_only: bool,
    /// `--lang`: the console's language, and an export's.
    pub lang: Option<String>,
    /// The desk's setgid opsdesk opens the database before it gives its group up: here until
    /// [`Ctx::open`] takes it.
    opened: RefCell<Option<Store>>,
}

impl Ctx {
    pub fn new(cli: &Cli) -> Result<Ctx> {
        if crate::boundary::setgid_mode() {
            return setgid::ctx(cli);
        }
        let (paths, config, layers) = Paths::load(cli.db.as_deref(), cli.config.as_deref())?;
        Ok(Ctx {
            paths,
            config,
            layers,
            now: whole_seconds(Utc::now()),
            read_only: cli.read_only,
            lang: cli.lang.clone(),
            opened: RefCell::new(None),
        })
    }

    pub fn open(&self) -> Result<Desk> {
        let store = if let Some(store) = self.opened.borrow_mut().take() {
            store
        } else if crate::boundary::dropped() {
            return Err(crate::error::permission(
                "the desk's setgid opsdesk opens the database once per command, and has given its group up since",
            ));
        } else if self.read_only {
            Store::open_read_only_session(&self.paths.db)?
        } else {
            Store::open(&self.paths.db)?
        };
        Ok(Desk::new(store, self.config.clone()).with_templates(self.paths.templates.clone()))
    }

    /// Commands that write a new database rather than change one (init, demo) honour
    /// `--read-only` here; everything else is refused by the store itself.
    pub fn refuse_if_read_only(&self, what: &str) -> Result<()> {
        if self.read_only {
            return Err(crate::error::permission(format!(
                "this is a read-only session: {what} is refused"
            )));
        }
        Ok(())
    }

    /// Open the desk and find who is at the keyboard.
    pub fn open_as_user(&self) -> Result<(Desk, Actor)> {
        let desk = self.open()?;
        let actor = desk.actor(&identity::current_login()?)?;
        Ok((desk, actor))
    }

    /// The TIME argument `arg` (`--received-at`): refused with its name when unreadable or
    /// implausible.
    pub fn time(&self, arg: &str, s: &str) -> Result<DateTime<Utc>> {
        parse_time(s, self.now, self.config.desk.zone)
            .map(whole_seconds)
            .map_err(|e| crate::error::invalid(format!("{arg}: {e}")))
    }

    pub fn time_or_now(&self, arg: &str, s: Option<&str>) -> Result<DateTime<Utc>> {
        s.map_or(Ok(self.now), |s| self.time(arg, s))
    }
}

pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    if cli.command.is_some() {
        restore_sigpipe();
    }
    // The database an error is explained against: the one the config names, once it is read.
    let mut db = Paths::db_without_config(cli.db.as_deref());
    match dispatch(cli, &mut db) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let e = match &db {
                Some(path) => crate::store::explain(e, path),
                None => e,
            };
            let code = crate::error::exit_code(&e);
            eprintln!("opsdesk: {}", one_line(&e));
            ExitCode::from(code)
        }
    }
}

/// A command whose output is piped into `head` should stop quietly when the reader goes away,
/// as other command-line tools do, rather than fail writing. Rust ignores SIGPIPE by default.
fn restore_sigpipe() {
    use nix::sys::signal::{SigHandler, Signal, signal};
    // SAFETY: setting the default disposition installs no handler code; nothing else in this
    // process relies on SIGPIPE being ignored at this point (no threads have started).
    let _ = unsafe { signal(Signal::SIGPIPE, SigHandler::SigDfl) };
}

/// The error and its causes on one line, without repeating a cause its context already says.
fn one_line(e: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in e.chain() {
        let s = cause.to_string();
        if !parts.iter().any(|p| p.contains(&s)) {
            parts.push(s);
        }
    }
    crate::text::sanitize_line(&parts.join(": "))
}

fn dispatch(cli: Cli, db: &mut Option<PathBuf>) -> Result<()> {
    // Decided before anything else: whether this is the desk's setgid opsdesk.
    let _ = crate::boundary::setgid_mode();
    // Neither reads a config nor opens a desk.
    match &cli.command {
        Some(Command::Completions(a)) => return docs::completions(a),
        Some(Command::Manpages(a)) => return docs::manpages(a),
        _ => {}
    }
    let ctx = Ctx::new(&cli)?;
    // A desk on PostgreSQL: the few commands carried over, every other refused (issue 20).
    if let Some(url) = ctx.paths.postgres.clone() {
        return pg::run(&ctx, &cli, &url);
    }
    *db = Some(ctx.paths.db.clone());
    let Some(command) = &cli.command else {
        return console(&ctx, &cli);
    };
    match command {
        Command::Init(a) => directory::init(&ctx, a),
        Command::Demo(a) => demo_cmd::run(&ctx, &cli, a),
        Command::User(c) => directory::user(&ctx, c),
        Command::Dept(c) => directory::dept(&ctx, c),
        Command::Service(c) => service::run(&ctx, c),
        Command::Incident(c) => incident::run(&ctx, c),
        Command::Ledger(c) => ledger::run(&ctx, c),
        Command::Change(c) => change::run(&ctx, c),
        Command::Billing(c) => billing::run(&ctx, c),
        Command::Request(c) => request::run(&ctx, c),
        Command::Support(c) => support::run(&ctx, c),
        Command::Training(c) => training::run(&ctx, c),
        Command::Plan(c) => emergency::plan(&ctx, c),
        Command::Drill(c) => emergency::drill(&ctx, c),
        Command::Response(c) => response::run(&ctx, c),
        Command::Problem(c) => problem::run(&ctx, c),
        Command::Corrective(c) => corrective::run(&ctx, c),
        Command::Sample(c) => sample::run(&ctx, c),
        Command::Callback(c) => sample::callback(&ctx, c),
        Command::Article(c) => article::run(&ctx, c),
        Command::Person(c) => person::person(&ctx, c),
        Command::Accounts(a) => person::accounts(&ctx, a),
        Command::Calendar(a) => calendar::run(&ctx, a),
        Command::Duty(c) => duty::run(&ctx, c),
        Command::Tick(a) => duty::tick(&ctx, a),
        Command::Outbox(c) => outbox::run(&ctx, c),
        Command::Send(a) => outbox::send(&ctx, a),
        Command::Report(c) => report::run(&ctx, c),
        Command::Outage(a) => duty::outage(&ctx, a),
        Command::History(a) => history::run(&ctx, a),
        Command::Search(a) => search::run(&ctx, a),
        Command::Backup(a) => backup::backup(&ctx, a),
        Command::Migrate(a) => pg::migrate(&ctx, a),
        Command::Restore(a) => backup::restore(&ctx, a),
        Command::Check(a) => backup::check(&ctx, a),
        Command::Bench(a) => match &a.scale {
            Some(sizes) => bench_scale::command(&ctx, a, sizes),
            None => bench::command(&ctx, a),
        },
        Command::Config(c) => config_cmd::run(&ctx, c),
        Command::Engine(a) => engine::run(&ctx, a),
        Command::Notify(c) => notify::run(&ctx, c),
        Command::Completions(_) | Command::Manpages(_) => Ok(()),
    }
}

/// `opsdesk` with no command: the console.
pub(crate) fn console(ctx: &Ctx, cli: &Cli) -> Result<()> {
    crate::tui::run(crate::tui::Options {
        db: &ctx.paths.db,
        server: ctx.paths.postgres.as_ref(),
        store: ctx.opened.borrow_mut().take(),
        // The desk's setgid opsdesk sends nothing: the engine service does (crate::boundary).
        sends: !crate::boundary::setgid_mode(),
        config: &ctx.config,
        config_home: &ctx.paths.config_home,
        templates: &ctx.paths.templates,
        lang: cli.lang.as_deref(),
        read_only: cli.read_only,
    })
}
