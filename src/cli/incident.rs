//! `opsdesk incident …`

use anyhow::Result;
use clap::{Args, Subcommand};

use super::Ctx;
use super::output::json;
use super::record_args::{AcceptArgs, ShowArgs, StepArgs};
use super::render::{incident_json, incident_table, print_incident};
use crate::domain::escalation::{Level, Policy};
use crate::domain::incident::{Category, Channel, NewIncident, Severity, Status};
use crate::domain::role::Actor;
use crate::ops::incidents::{self as ops, Cmd, Outcome, level_band};
use crate::ops::{Call, Desk, Writes};
use crate::store::db::Db;
use crate::store::incidents::Filter;

#[derive(Subcommand, Debug)]
pub enum IncidentCmd {
    /// Record a new incident (I3); prints its id
    New(NewArgs),
    /// The ledger (I13), newest first
    List(ListArgs),
    /// One incident with its duties and history
    Show(ShowArgs),
    /// Take ownership (I4); a supervisor may assign with --to
    Accept(AcceptArgs),
    /// Record reaching the reporting site (I4); starts diagnosis
    Contact(ContactArgs),
    /// Service restored by a temporary fix (I5); stops the ladder
    Restore(RestoreArgs),
    /// Cause removed (I5)
    Resolve(ResolveArgs),
    /// Confirmed with the reporter, with satisfaction 1-5 (I12); below the threshold reopens
    Verify(VerifyArgs),
    /// Close a verified incident
    Close(StepArgs),
    /// Handle it again (I12): the ladder restarts
    Reopen(ReopenArgs),
    /// Name the departments the fault affects (I8): they are told when the service is back
    Affects(AffectsArgs),
    /// Add a handling note to the timeline (I10)
    Note(NoteArgs),
    /// Declare it a major incident (I14; supervisor and above): the response on the plan starts
    /// (E2): the leadership group told at once, progress reports every interval
    DeclareMajor(super::response::DeclareArgs),
}

#[derive(Args, Debug)]
pub struct NewArgs {
    #[arg(long)]
    pub title: String,
    /// The affected service (billing, crm, …)
    #[arg(long)]
    pub service: String,
    /// os, network, application, database or other
    #[arg(long)]
    pub category: String,
    /// phone, email, online, monitoring or walk-in
    #[arg(long)]
    pub channel: String,
    /// P1-P4 [default: P3]
    #[arg(long)]
    pub severity: Option<String>,
    #[arg(long)]
    pub reporter: Option<String>,
    /// How to reach the reporter
    #[arg(long)]
    pub contact: Option<String>,
    /// Reporting department or customer
    #[arg(long)]
    pub dept: Option<String>,
    /// When the desk received the report [default: now]. TIME: RFC 3339, HH:MM, or -16m, -2h
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub received_at: Option<String>,
    /// When the fault started, if earlier [default: received_at]
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub started_at: Option<String>,
    /// Recorded after the fact: the service was already restored at TIME (you own it; no ladder
    /// step it never reached is raised)
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub restored_at: Option<String>,
    /// Departments the fault affects (codes, comma-separated): told when it is over (I8)
    #[arg(long, value_name = "CODES", value_delimiter = ',')]
    pub affected: Vec<String>,
    #[arg(long)]
    pub description: Option<String>,
    /// The service is suspended (counts against the outage budget, I11)
    #[arg(long)]
    pub outage: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only incidents not closed
    #[arg(long)]
    pub open: bool,
    /// Only at this escalation level: none, supervisor, manager or leader
    #[arg(long)]
    pub level: Option<String>,
    #[arg(long)]
    pub status: Option<String>,
    #[arg(long)]
    pub service: Option<String>,
    #[arg(long)]
    pub category: Option<String>,
    #[arg(long)]
    pub owner: Option<String>,
    /// Received at or after TIME
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub since: Option<String>,
    /// Received before TIME
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub until: Option<String>,
    /// The next page: incidents with ids below this one
    #[arg(long, value_name = "ID")]
    pub before: Option<i64>,
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ContactArgs {
    #[command(flatten)]
    pub step: StepArgs,
    /// What the reporting site said
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Args, Debug)]
pub struct RestoreArgs {
    #[command(flatten)]
    pub step: StepArgs,
    /// The service had been suspended (I11)
    #[arg(long)]
    pub outage: bool,
    /// More departments the fault affected (codes, comma-separated): told it is over (I8)
    #[arg(long, value_name = "CODES", value_delimiter = ',')]
    pub affected: Vec<String>,
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Args, Debug)]
pub struct AffectsArgs {
    #[command(flatten)]
    pub step: StepArgs,
    /// Department codes, comma-separated (see opsdesk dept list)
    #[arg(value_name = "CODES", value_delimiter = ',', required = true)]
    pub depts: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ResolveArgs {
    #[command(flatten)]
    pub step: StepArgs,
    /// The cause and what removed it, in plain words
    #[arg(long)]
    pub cause: String,
    /// The cause was human (I11: not counted against the outage budget)
    #[arg(long)]
    pub human: bool,
    /// Removing the cause needs a system change (I9): the cause becomes a problem, opened in the
    /// same step, or linked to the problem --problem names
    #[arg(long)]
    pub needs_change: bool,
    /// The problem this incident belongs to (with --needs-change)
    #[arg(long, requires = "needs_change", value_name = "ID")]
    pub problem: Option<i64>,
}

#[derive(Args, Debug)]
pub struct VerifyArgs {
    #[command(flatten)]
    pub step: StepArgs,
    /// 1 (very unhappy) to 5 (very satisfied)
    #[arg(long)]
    pub satisfaction: Option<u8>,
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Args, Debug)]
pub struct ReopenArgs {
    #[command(flatten)]
    pub step: StepArgs,
    #[arg(long)]
    pub reason: String,
}

#[derive(Args, Debug)]
pub struct NoteArgs {
    pub id: i64,
    pub text: String,
    #[arg(long, value_name = "N")]
    pub if_version: Option<i64>,
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

pub fn run(ctx: &Ctx, cmd: &IncidentCmd) -> Result<()> {
    let (mut desk, actor) = ctx.open_as_user()?;
    match cmd {
        IncidentCmd::List(a) => list(ctx, &mut desk, a),
        _ => run_on(ctx, &mut desk, &actor, cmd),
    }
}

/// Every incident command but `list` (which [`run`] runs on SQLite, and the PostgreSQL gate on
/// one snapshot), on a desk of either engine, as `actor`.
pub fn run_on(ctx: &Ctx, desk: &mut impl Writes, actor: &Actor, cmd: &IncidentCmd) -> Result<()> {
    let now = ctx.now;
    let zone = desk.zone();
    let call = |s: &StepArgs| Call::new(actor, now).if_version(s.if_version);
    let at = |s: &StepArgs| ctx.time_or_now("--at", s.at.as_deref());
    let outcome = match cmd {
        IncidentCmd::New(a) => {
            let new = NewIncident {
                title: a.title.clone(),
                service: a.service.clone(),
                category: Some(Category::parse(&a.category)?),
                channel: Some(Channel::parse(&a.channel)?),
                severity: a.severity.as_deref().map(Severity::parse).transpose()?,
                reporter: opt(&a.reporter),
                contact: opt(&a.contact),
                dept: opt(&a.dept),
                description: opt(&a.description),
                received_at: a
                    .received_at
                    .as_deref()
                    .map(|t| ctx.time("--received-at", t))
                    .transpose()?,
                started_at: a
                    .started_at
                    .as_deref()
                    .map(|t| ctx.time("--started-at", t))
                    .transpose()?,
                restored_at: a
                    .restored_at
                    .as_deref()
                    .map(|t| ctx.time("--restored-at", t))
                    .transpose()?,
                outage: a.outage,
                affected: a.affected.clone(),
            };
            let out = ops::create(desk, actor, &new, now)?;
            if a.json {
                let v = ops::show(desk, out.incident.id, now)?;
                json(&incident_json(&v, zone, now, false));
            } else {
                println!("{}", out.incident.id);
                report_raised(&out, zone);
            }
            return Ok(());
        }
        IncidentCmd::DeclareMajor(a) => return super::response::declare_major(ctx, desk, actor, a),
        IncidentCmd::List(_) => {
            anyhow::bail!("incident list is run by incident::run and the PostgreSQL gate, not here")
        }
        IncidentCmd::Show(a) => {
            let v = ops::show(desk, a.id, now)?;
            return desk.read_db(|db| print_shown(db, v, zone, now, a.json));
        }
        IncidentCmd::Note(a) => {
            let row = ops::note(desk, &Call::new(actor, now).if_version(a.if_version), a.id, &a.text)?;
            println!("note {} added to incident {}", row.id, a.id);
            return Ok(());
        }
        IncidentCmd::Accept(a) => (
            &a.step,
            Cmd::Accept {
                to: a.to.clone(),
                at: a.step.at.as_deref().map(|t| ctx.time("--at", t)).transpose()?,
            },
        ),
        IncidentCmd::Contact(a) => (
            &a.step,
            Cmd::Contact {
                at: at(&a.step)?,
                note: opt(&a.note),
            },
        ),
        IncidentCmd::Restore(a) => (
            &a.step,
            Cmd::Restore {
                at: at(&a.step)?,
                outage: a.outage.then_some(true),
                affected: a.affected.clone(),
                note: opt(&a.note),
            },
        ),
        IncidentCmd::Affects(a) => (&a.step, Cmd::Affects { depts: a.depts.clone() }),
        IncidentCmd::Resolve(a) => (
            &a.step,
            if a.needs_change {
                Cmd::ResolveNeedsChange {
                    at: at(&a.step)?,
                    cause: a.cause.clone(),
                    human: a.human,
                    problem: a.problem,
                }
            } else {
                Cmd::Resolve {
                    at: at(&a.step)?,
                    cause: a.cause.clone(),
                    human: a.human,
                }
            },
        ),
        IncidentCmd::Verify(a) => (
            &a.step,
            Cmd::Verify {
                at: at(&a.step)?,
                satisfaction: a.satisfaction,
                note: opt(&a.note),
            },
        ),
        IncidentCmd::Close(s) => (s, Cmd::Close { at: at(s)? }),
        IncidentCmd::Reopen(a) => (
            &a.step,
            Cmd::Reopen {
                at: at(&a.step)?,
                reason: a.reason.clone(),
            },
        ),
    };
    let (step, cmd) = outcome;
    let out = ops::apply(desk, &call(step), step.id, &cmd)?;
    if step.json {
        let v = ops::show(desk, out.incident.id, now)?;
        json(&incident_json(&v, zone, now, false));
    } else {
        println!(
            "incident {} is {} (version {})",
            out.incident.id, out.incident.status, out.incident.version
        );
        if matches!(cmd, Cmd::ResolveNeedsChange { .. }) {
            for p in desk.read_db(|db| crate::ops::problems::of_incident(db, out.incident.id))? {
                println!(
                    "problem {} ({}): {}",
                    p.id,
                    p.status,
                    crate::text::sanitize_line(&p.title)
                );
            }
        }
        report_raised(&out, zone);
    }
    Ok(())
}

fn report_raised(out: &Outcome, zone: chrono_tz::Tz) {
    super::render::print_raised(out.raised.iter().map(|r| &r.duty), zone);
}

fn list(ctx: &Ctx, desk: &mut Desk, a: &ListArgs) -> Result<()> {
    let filter = filter_of(ctx, &desk.policy, a)?;
    let views = ops::list(desk, &filter, ctx.now)?;
    print_list(&views, &filter, desk.zone(), ctx.now, a.json);
    Ok(())
}

/// `opsdesk incident list` on a desk on PostgreSQL (`db`: one snapshot of it).
pub fn list_on(ctx: &Ctx, db: &(impl Db + ?Sized), a: &ListArgs) -> Result<()> {
    let policy = Policy::from_config(&ctx.config);
    let filter = filter_of(ctx, &policy, a)?;
    let views = ops::views(
        db,
        crate::store::incidents::list(db, &filter, ctx.now)?,
        &policy,
        ctx.now,
    )?;
    print_list(&views, &filter, ctx.config.desk.zone, ctx.now, a.json);
    Ok(())
}

/// `opsdesk incident show` on a desk on PostgreSQL (`db`: one snapshot of it).
pub fn show_on(ctx: &Ctx, db: &dyn Db, a: &ShowArgs) -> Result<()> {
    let policy = Policy::from_config(&ctx.config);
    let v = ops::show_on(db, &policy, a.id, ctx.now)?;
    print_shown(db, v, ctx.config.desk.zone, ctx.now, a.json)
}

/// An incident as `show` prints it, with the problems it is linked to and the articles in use for
/// it (P1, K1).
fn print_shown(
    conn: &dyn Db,
    v: ops::View,
    zone: chrono_tz::Tz,
    now: chrono::DateTime<chrono::Utc>,
    as_json: bool,
) -> Result<()> {
    let problems = crate::ops::problems::of_incident(conn, v.incident.id)?;
    let inc = &v.incident;
    let articles = crate::ops::articles::for_incident(conn, &inc.service, inc.category.as_str(), 5)?;
    if as_json {
        let mut j = incident_json(&v, zone, now, true);
        j["problems"] = super::problem::problems_brief(&problems);
        j["articles"] = super::article::articles_brief(&articles);
        json(&j);
    } else {
        print_incident(&v, zone, now);
        super::problem::print_brief(&problems);
        super::article::print_brief(&articles);
    }
    Ok(())
}

fn filter_of(ctx: &Ctx, policy: &Policy, a: &ListArgs) -> Result<Filter> {
    Ok(Filter {
        open_only: a.open,
        status: a.status.as_deref().map(Status::parse).transpose()?,
        level: a
            .level
            .as_deref()
            .map(Level::parse)
            .transpose()?
            .map(|l| level_band(l, policy)),
        service: a.service.clone(),
        category: a.category.as_deref().map(Category::parse).transpose()?,
        owner: a.owner.clone(),
        received_from: a.since.as_deref().map(|t| ctx.time("--since", t)).transpose()?,
        received_to: a.until.as_deref().map(|t| ctx.time("--until", t)).transpose()?,
        before_id: a.before,
        limit: a.limit.clamp(1, 10_000),
    })
}

fn print_list(
    views: &[ops::View],
    filter: &Filter,
    zone: chrono_tz::Tz,
    now: chrono::DateTime<chrono::Utc>,
    as_json: bool,
) {
    if as_json {
        json(&serde_json::Value::Array(
            views.iter().map(|v| incident_json(v, zone, now, false)).collect(),
        ));
    } else if views.is_empty() {
        println!("no incidents match");
    } else {
        incident_table(views, zone, now).print();
        if views.len() == filter.limit
            && let Some(last) = views.last()
        {
            println!("(more: --before {})", last.incident.id);
        }
    }
}
