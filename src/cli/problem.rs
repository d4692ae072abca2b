//! `opsdesk problem`: causes that need a system change (P1, I9).

use super::record_args::ShowArgs;
use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::Ctx;
use super::output::{Table, field, json};
use super::render::time_json;
use crate::domain::problem::{Edit, NewProblem, Problem, ProblemStatus};
use crate::domain::role::Actor;
use crate::domain::time::local_minute;
use crate::ops::problems::{self as ops, View};
use crate::ops::{Call, Writes};
use crate::text::{sanitize_block, sanitize_line};

#[derive(Subcommand, Debug)]
pub enum ProblemCmd {
    /// Open a problem: a cause that needs a system change to remove (P1)
    New(NewArgs),
    /// Problems, newest first
    List(ListArgs),
    /// One problem: its cause, workaround, incidents and change
    Show(ShowArgs),
    /// Link an incident the problem caused (shown on both)
    Link(LinkArgs),
    /// Plan the fix as a change; the change's close marks the problem fixed
    Plan(PlanArgs),
    /// Better words for the title, root cause or workaround
    Edit(EditArgs),
    /// Close a problem (supervisor): fixed, or with the reason it is closed unfixed
    Close(CloseArgs),
}

#[derive(Args, Debug)]
pub struct NewArgs {
    #[arg(long)]
    pub title: String,
    #[arg(long)]
    pub root_cause: String,
    #[arg(long, default_value = "")]
    pub workaround: String,
    #[arg(long, default_value = "")]
    pub service: String,
    #[arg(long, default_value = "")]
    pub category: String,
    /// Incidents it caused, comma-separated
    #[arg(long, value_delimiter = ',')]
    pub incidents: Vec<i64>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only these statuses, comma-separated: open, fix_planned, fixed, closed
    #[arg(long, value_delimiter = ',')]
    pub status: Vec<String>,
    /// Only problems with an id below this one (the next page)
    #[arg(long)]
    pub before: Option<i64>,
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct LinkArgs {
    pub id: i64,
    /// The incident it caused
    #[arg(long)]
    pub incident: i64,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct PlanArgs {
    pub id: i64,
    /// The change that fixes it
    #[arg(long)]
    pub change: i64,
    #[arg(long)]
    pub if_version: Option<i64>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct EditArgs {
    pub id: i64,
    #[arg(long)]
    pub title: Option<String>,
    #[arg(long)]
    pub root_cause: Option<String>,
    #[arg(long)]
    pub workaround: Option<String>,
    #[arg(long)]
    pub if_version: Option<i64>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct CloseArgs {
    pub id: i64,
    /// Why it is closed (required unless it is fixed)
    #[arg(long, default_value = "")]
    pub note: String,
    #[arg(long)]
    pub if_version: Option<i64>,
    #[arg(long)]
    pub json: bool,
}

pub fn run(ctx: &Ctx, cmd: &ProblemCmd) -> Result<()> {
    let (mut desk, actor) = ctx.open_as_user()?;
    run_on(ctx, &mut desk, &actor, cmd)
}

/// `opsdesk problem …` on a desk of either engine, as `actor`.
pub fn run_on(ctx: &Ctx, desk: &mut impl Writes, actor: &Actor, cmd: &ProblemCmd) -> Result<()> {
    let now = ctx.now;
    let zone = desk.zone();
    let (v, as_json) = match cmd {
        ProblemCmd::New(a) => {
            let new = NewProblem {
                title: a.title.clone(),
                service: a.service.clone(),
                category: a.category.clone(),
                root_cause: a.root_cause.clone(),
                workaround: a.workaround.clone(),
            };
            (ops::create(desk, actor, &new, &a.incidents, now)?, a.json)
        }
        ProblemCmd::List(a) => {
            let statuses = a
                .status
                .iter()
                .map(|s| ProblemStatus::parse(s))
                .collect::<Result<Vec<_>, _>>()?;
            let views = desk.read_db(|db| ops::list(db, &statuses, a.before, a.limit.clamp(1, 1000)))?;
            if a.json {
                json(&Value::Array(views.iter().map(|v| view_json(v, zone)).collect()));
            } else if views.is_empty() {
                println!("no problems match");
            } else {
                let mut t = Table::new(&["id", "status", "incidents", "change", "service", "title"]);
                for v in &views {
                    t.row(vec![
                        v.problem.id.to_string(),
                        v.problem.status.to_string(),
                        v.incidents.len().to_string(),
                        v.change
                            .as_ref()
                            .map_or_else(String::new, |c| format!("{} ({})", c.0, c.2)),
                        v.problem.service.clone(),
                        v.problem.title.clone(),
                    ]);
                }
                t.print();
            }
            return Ok(());
        }
        ProblemCmd::Show(a) => (desk.read_db(|db| ops::get(db, a.id))?, a.json),
        ProblemCmd::Link(a) => (ops::link(desk, &Call::new(actor, now), a.id, a.incident)?, a.json),
        ProblemCmd::Plan(a) => (
            ops::apply(
                desk,
                &Call::new(actor, now).if_version(a.if_version),
                a.id,
                &ops::Cmd::Plan { change: a.change },
            )?,
            a.json,
        ),
        ProblemCmd::Edit(a) => {
            let e = Edit {
                title: a.title.clone(),
                root_cause: a.root_cause.clone(),
                workaround: a.workaround.clone(),
            };
            (
                ops::edit(desk, &Call::new(actor, now).if_version(a.if_version), a.id, &e)?,
                a.json,
            )
        }
        ProblemCmd::Close(a) => (
            ops::apply(
                desk,
                &Call::new(actor, now).if_version(a.if_version),
                a.id,
                &ops::Cmd::Close { note: a.note.clone() },
            )?,
            a.json,
        ),
    };
    if as_json {
        json(&view_json(&v, zone));
    } else {
        print_view(&v, zone);
    }
    Ok(())
}

pub fn view_json(v: &View, zone: chrono_tz::Tz) -> Value {
    let p = &v.problem;
    json!({
        "id": p.id,
        "title": p.title,
        "status": p.status.as_str(),
        "service": p.service,
        "category": p.category,
        "root_cause": p.root_cause,
        "workaround": p.workaround,
        "owner": p.owner,
        "change": v.change.as_ref().map(|c| json!({"id": c.0, "title": c.1, "status": c.2})),
        "incidents": v.incidents.iter().map(|i| json!({
            "id": i.0, "title": i.1, "status": i.2, "received_at": time_json(Some(i.3), zone),
        })).collect::<Vec<_>>(),
        "recurrences": v.recurrences,
        "planned_at": time_json(p.planned_at, zone),
        "fixed_at": time_json(p.fixed_at, zone),
        "closed_at": time_json(p.closed_at, zone),
        "close_note": p.close_note,
        "created_at": time_json(Some(p.created_at), zone),
        "version": p.version,
    })
}

fn print_view(v: &View, zone: chrono_tz::Tz) {
    let p = &v.problem;
    println!(
        "problem {}: {} ({}, version {})",
        p.id,
        sanitize_line(&p.title),
        p.status,
        p.version
    );
    field("service", &format!("{} {}", p.service, p.category));
    field("owner", &p.owner);
    println!("root cause:\n  {}", sanitize_block(&p.root_cause).replace('\n', "\n  "));
    if !p.workaround.is_empty() {
        println!("workaround:\n  {}", sanitize_block(&p.workaround).replace('\n', "\n  "));
    }
    match &v.change {
        Some(c) => field("fix", &format!("change {} ({}): {}", c.0, c.2, c.1)),
        None => field("fix", "not planned yet: opsdesk problem plan ID --change N"),
    }
    if let Some(t) = p.fixed_at {
        field("fixed", &local_minute(t, zone));
    }
    if let Some(t) = p.closed_at {
        field("closed", &format!("{} {}", local_minute(t, zone), p.close_note));
    }
    println!(
        "incidents: {} ({} recurrence{} after the first, I7)",
        v.incidents.len(),
        v.recurrences,
        if v.recurrences == 1 { "" } else { "s" }
    );
    for i in &v.incidents {
        println!(
            "  {:>6}  {}  {:<10}  {}",
            i.0,
            local_minute(i.3, zone),
            i.2,
            sanitize_line(&i.1)
        );
    }
}

/// The problems beside an incident.
pub fn problems_brief(ps: &[Problem]) -> Value {
    Value::Array(
        ps.iter()
            .map(|p| json!({"id": p.id, "title": p.title, "status": p.status.as_str(), "change": p.change_id}))
            .collect(),
    )
}

pub fn print_brief(ps: &[Problem]) {
    for p in ps {
        println!("problem {} ({}): {}", p.id, p.status, sanitize_line(&p.title));
    }
}
