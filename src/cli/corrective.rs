//! `opsdesk corrective`: corrective notices to departments below standard (Q6).

use anyhow::Result;
use clap::{Args, Subcommand};

use super::Ctx;
use super::output::{Table, field, json};
use super::render::duty_line;
use crate::domain::corrective::{CorrectiveStatus, FollowUp, NewCorrective};
use crate::domain::role::Actor;
use crate::domain::time::local_minute;
use crate::ops::Call;
use crate::ops::Writes;
use crate::ops::quality::correctives::{self as ops, View};
use crate::text::{sanitize_block, sanitize_line};

#[derive(Subcommand, Debug)]
pub enum CorrectiveCmd {
    /// Issue a corrective notice (supervisor); it goes to the department through the outbox
    New(NewArgs),
    /// Corrective notices, newest first
    List(ListArgs),
    /// One notice, with its duties
    Show(ShowArgs),
    /// Record the follow-up: done (--done), or not yet with a new due date (--next-due)
    FollowUp(FollowUpArgs),
    /// Close a notice (supervisor): once followed up, or with the reason
    Close(CloseArgs),
}

#[derive(Args, Debug)]
pub struct NewArgs {
    /// The department's code (opsdesk dept list)
    #[arg(long)]
    pub dept: String,
    #[arg(long)]
    pub findings: String,
    #[arg(long)]
    pub measures: String,
    /// The person in the department who answers for the measures
    #[arg(long)]
    pub responsible: String,
    /// When the measures must be done (TIME, e.g. 2026-12-15 18:00)
    #[arg(long)]
    pub due: String,
    #[arg(long)]
    pub expected_effect: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only these statuses, comma-separated: issued, followed_up, closed
    #[arg(long, value_delimiter = ',')]
    pub status: Vec<String>,
    /// Only notices with an id below this one (the next page)
    #[arg(long)]
    pub before: Option<i64>,
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ShowArgs {
    pub id: i64,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct FollowUpArgs {
    pub id: i64,
    /// What the follow-up found
    #[arg(long)]
    pub text: String,
    /// The measures are done
    #[arg(long, conflicts_with = "next_due", required_unless_present = "next_due")]
    pub done: bool,
    /// Not done yet: follow up again by then (TIME)
    #[arg(long)]
    pub next_due: Option<String>,
    #[arg(long)]
    pub if_version: Option<i64>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct CloseArgs {
    pub id: i64,
    /// Why (required unless it was followed up as done)
    #[arg(long, default_value = "")]
    pub note: String,
    #[arg(long)]
    pub if_version: Option<i64>,
    #[arg(long)]
    pub json: bool,
}

pub fn run(ctx: &Ctx, cmd: &CorrectiveCmd) -> Result<()> {
    let (mut desk, actor) = ctx.open_as_user()?;
    run_on(ctx, &mut desk, &actor, cmd)
}

/// [`run`] on a desk of either engine.
pub fn run_on(ctx: &Ctx, desk: &mut impl Writes, actor: &Actor, cmd: &CorrectiveCmd) -> Result<()> {
    let now = ctx.now;
    let zone = desk.zone();
    let (v, as_json) = match cmd {
        CorrectiveCmd::New(a) => {
            let new = NewCorrective {
                dept: a.dept.clone(),
                findings: a.findings.clone(),
                measures: a.measures.clone(),
                responsible: a.responsible.clone(),
                due_at: Some(ctx.time("--due", &a.due)?),
                expected_effect: a.expected_effect.clone(),
                source: String::new(),
            };
            (ops::issue(desk, actor, &new, now)?, a.json)
        }
        CorrectiveCmd::List(a) => {
            let statuses = a
                .status
                .iter()
                .map(|s| CorrectiveStatus::parse(s))
                .collect::<Result<Vec<_>, _>>()?;
            let views = desk.read_db(|db| ops::list(db, &statuses, a.before, a.limit.clamp(1, 1000)))?;
            if a.json {
                json(&serde_json::to_value(&views)?);
            } else if views.is_empty() {
                println!("no corrective notices match");
            } else {
                let mut t = Table::new(&["id", "status", "round", "due", "dept", "responsible", "findings"]);
                for v in &views {
                    let c = &v.corrective;
                    t.row(vec![
                        c.id.to_string(),
                        c.status.to_string(),
                        c.round.to_string(),
                        local_minute(c.due_at, zone),
                        v.dept_name.clone(),
                        c.responsible.clone(),
                        c.findings.clone(),
                    ]);
                }
                t.print();
            }
            return Ok(());
        }
        CorrectiveCmd::Show(a) => (desk.read_db(|db| ops::get(db, a.id))?, a.json),
        CorrectiveCmd::FollowUp(a) => {
            let f = match &a.next_due {
                Some(t) => FollowUp::NotDone {
                    text: a.text.clone(),
                    next_due: ctx.time("--next-due", t)?,
                },
                None => FollowUp::Done { text: a.text.clone() },
            };
            let call = Call::new(actor, now).if_version(a.if_version);
            (ops::follow_up(desk, &call, a.id, &f)?, a.json)
        }
        CorrectiveCmd::Close(a) => {
            let call = Call::new(actor, now).if_version(a.if_version);
            (ops::close(desk, &call, a.id, &a.note)?, a.json)
        }
    };
    if as_json {
        json(&serde_json::to_value(&v)?);
    } else {
        print_view(&v, zone, now);
    }
    Ok(())
}

fn print_view(v: &View, zone: chrono_tz::Tz, now: chrono::DateTime<chrono::Utc>) {
    let c = &v.corrective;
    println!(
        "corrective notice {}: {} ({}, round {}, version {})",
        c.id,
        sanitize_line(&v.dept_name),
        c.status,
        c.round,
        c.version
    );
    field("responsible", &sanitize_line(&c.responsible));
    field("due", &local_minute(c.due_at, zone));
    field("issued by", &c.issued_by);
    if !c.source.is_empty() {
        field("source", &sanitize_line(&c.source));
    }
    for (label, text) in [
        ("findings", &c.findings),
        ("measures", &c.measures),
        ("expected effect", &c.expected_effect),
    ] {
        println!("{label}:\n  {}", sanitize_block(text).replace('\n', "\n  "));
    }
    if let Some(t) = c.followed_up_at {
        field(
            "follow-up",
            &format!(
                "{} by {}: {}",
                local_minute(t, zone),
                c.followed_up_by,
                sanitize_line(&c.follow_up)
            ),
        );
    }
    if let Some(t) = c.closed_at {
        field(
            "closed",
            &format!("{} {}", local_minute(t, zone), sanitize_line(&c.close_note)),
        );
    }
    for d in &v.duties {
        println!("  {}", duty_line(d, zone, now));
    }
}
