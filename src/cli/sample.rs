//! `opsdesk sample` (Q5): draw a reproducible sample of a month's closed records and record a
//! finding per record; `opsdesk callback` (Q7): the calls owed to reporters and their results.

use anyhow::Result;
use clap::{Args, Subcommand};

use super::Ctx;
use super::output::{Table, field, json};
use super::render::duty_line;
use crate::domain::callback::{CallResult, CallbackStatus};
use crate::domain::corrective::NewCorrective;
use crate::domain::kind::Kind;
use crate::domain::role::Actor;
use crate::domain::time::local_minute;
use crate::ops::Call;
use crate::ops::Writes;
use crate::ops::quality::callbacks;
use crate::ops::quality::samples::{self as ops, Draw, Review, View};
use crate::text::sanitize_line;

#[derive(Subcommand, Debug)]
pub enum SampleCmd {
    /// Draw a random sample of the month's closed records (supervisor); the same seed draws the same sample
    Draw(DrawArgs),
    /// Record the finding on one sampled record (a reviewer who did not handle it)
    Finding(FindingArgs),
    /// One sample, each item with its finding
    Show(ShowArgs),
    /// Samples, newest first
    List(ListArgs),
}

#[derive(Args, Debug)]
pub struct DrawArgs {
    /// The month the records were closed in: YYYY-MM
    #[arg(long)]
    pub month: String,
    #[arg(long, default_value_t = 20)]
    pub size: usize,
    /// Only these kinds, comma-separated: incident, request (default both)
    #[arg(long, value_delimiter = ',')]
    pub kind: Vec<String>,
    /// The seed (default: from the clock, recorded with the sample)
    #[arg(long)]
    pub seed: Option<i64>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct FindingArgs {
    pub sample: i64,
    /// The item's place in the sample (1 = first)
    pub item: i64,
    #[arg(long, conflicts_with = "problem", required_unless_present = "problem")]
    pub ok: bool,
    #[arg(long)]
    pub problem: bool,
    #[arg(long, default_value = "")]
    pub text: String,
    /// Q6: the problem raises a corrective notice to this department (with --measures,
    /// --responsible, --due, --expected-effect)
    #[arg(long, requires_all = ["measures", "responsible", "due", "expected_effect"])]
    pub corrective: Option<String>,
    #[arg(long)]
    pub measures: Option<String>,
    #[arg(long)]
    pub responsible: Option<String>,
    #[arg(long)]
    pub due: Option<String>,
    #[arg(long)]
    pub expected_effect: Option<String>,
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
pub struct ListArgs {
    #[arg(long)]
    pub before: Option<i64>,
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[arg(long)]
    pub json: bool,
}

pub fn run(ctx: &Ctx, cmd: &SampleCmd) -> Result<()> {
    let (mut desk, actor) = ctx.open_as_user()?;
    run_on(ctx, &mut desk, &actor, cmd)
}

/// [`run`] on a desk of either engine.
pub fn run_on(ctx: &Ctx, desk: &mut impl Writes, actor: &Actor, cmd: &SampleCmd) -> Result<()> {
    let now = ctx.now;
    let zone = desk.zone();
    let (v, as_json) = match cmd {
        SampleCmd::Draw(a) => {
            let kinds = a.kind.iter().map(|k| Kind::parse(k)).collect::<Result<Vec<_>, _>>()?;
            let d = Draw {
                month: a.month.clone(),
                kinds,
                size: a.size,
                seed: a.seed,
            };
            (ops::draw(desk, actor, &d, now)?, a.json)
        }
        SampleCmd::Finding(a) => {
            let corrective = match &a.corrective {
                Some(dept) => Some(NewCorrective {
                    dept: dept.clone(),
                    findings: a.text.clone(),
                    measures: a.measures.clone().unwrap_or_default(),
                    responsible: a.responsible.clone().unwrap_or_default(),
                    due_at: a.due.as_deref().map(|t| ctx.time("--due", t)).transpose()?,
                    expected_effect: a.expected_effect.clone().unwrap_or_default(),
                    source: String::new(),
                }),
                None => None,
            };
            let r = Review {
                ok: a.ok,
                text: a.text.clone(),
                corrective,
            };
            (ops::finding(desk, actor, a.sample, a.item, &r, now)?, a.json)
        }
        SampleCmd::Show(a) => (desk.read_db(|db| ops::get(db, a.id))?, a.json),
        SampleCmd::List(a) => {
            let views = desk.read_db(|db| ops::list(db, a.before, a.limit.clamp(1, 1000)))?;
            if a.json {
                json(&serde_json::to_value(&views)?);
            } else if views.is_empty() {
                println!("no samples yet: opsdesk sample draw --month YYYY-MM");
            } else {
                let mut t = Table::new(&["id", "month", "kinds", "size", "of", "seed", "open", "drawn by", "at"]);
                for v in &views {
                    let s = &v.sample;
                    t.row(vec![
                        s.id.to_string(),
                        s.month.clone(),
                        s.kinds.clone(),
                        s.size.to_string(),
                        s.candidates.to_string(),
                        s.seed.to_string(),
                        v.open.to_string(),
                        s.drawn_by.clone(),
                        local_minute(s.drawn_at, zone),
                    ]);
                }
                t.print();
            }
            return Ok(());
        }
    };
    if as_json {
        json(&serde_json::to_value(&v)?);
    } else {
        print_view(&v, zone);
    }
    Ok(())
}

fn print_view(v: &View, zone: chrono_tz::Tz) {
    let s = &v.sample;
    println!(
        "sample {}: {} of {} closed {} record(s) of {}, seed {}",
        s.id, s.size, s.candidates, s.kinds, s.month, s.seed
    );
    field(
        "drawn",
        &format!("{} by {}", local_minute(s.drawn_at, zone), s.drawn_by),
    );
    field("without a finding", &v.open.to_string());
    for (i, f) in &v.items {
        let finding = match f {
            None => "-".to_string(),
            Some(f) => format!(
                "{} by {}{}{}",
                if f.ok { "ok" } else { "PROBLEM" },
                f.reviewer,
                if f.text.is_empty() {
                    String::new()
                } else {
                    format!(": {}", sanitize_line(&f.text))
                },
                f.corrective_id
                    .map_or_else(String::new, |c| format!(" (corrective {c})"))
            ),
        };
        println!("  {:>3}  {} {:<8}  {finding}", i.pos, i.record_kind, i.record_id);
    }
}

#[derive(Subcommand, Debug)]
pub enum CallbackCmd {
    /// Callbacks owed and made, newest first
    List(CbListArgs),
    /// Record a call: --reached with --satisfaction, or --not-reached
    Record(RecordArgs),
}

#[derive(Args, Debug)]
pub struct CbListArgs {
    /// Only these statuses, comma-separated: due, reached
    #[arg(long, value_delimiter = ',')]
    pub status: Vec<String>,
    #[arg(long)]
    pub before: Option<i64>,
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct RecordArgs {
    pub id: i64,
    #[arg(
        long,
        conflicts_with = "not_reached",
        required_unless_present = "not_reached",
        requires = "satisfaction"
    )]
    pub reached: bool,
    #[arg(long)]
    pub not_reached: bool,
    /// 1-5; below [incident] satisfied_at_least reopens the incident (I12)
    #[arg(long)]
    pub satisfaction: Option<u8>,
    #[arg(long, default_value = "")]
    pub remarks: String,
    #[arg(long)]
    pub if_version: Option<i64>,
    #[arg(long)]
    pub json: bool,
}

pub fn callback(ctx: &Ctx, cmd: &CallbackCmd) -> Result<()> {
    let (mut desk, actor) = ctx.open_as_user()?;
    callback_on(ctx, &mut desk, &actor, cmd)
}

/// [`callback`] on a desk of either engine.
pub fn callback_on(ctx: &Ctx, desk: &mut impl Writes, actor: &Actor, cmd: &CallbackCmd) -> Result<()> {
    let (now, zone) = (ctx.now, desk.zone());
    match cmd {
        CallbackCmd::List(a) => {
            let statuses = a
                .status
                .iter()
                .map(|s| CallbackStatus::parse(s))
                .collect::<Result<Vec<_>, _>>()?;
            let views = desk.read_db(|db| callbacks::list(db, &statuses, a.before, a.limit.clamp(1, 1000)))?;
            if a.json {
                json(&serde_json::to_value(&views)?);
            } else if views.is_empty() {
                println!("no callbacks match");
            } else {
                let mut t = Table::new(&["id", "record", "status", "due", "tries", "sat", "person", "contact"]);
                for v in &views {
                    let c = &v.callback;
                    t.row(vec![
                        c.id.to_string(),
                        format!("{} {}", c.record_kind, c.record_id),
                        c.status.to_string(),
                        local_minute(c.due_at, zone),
                        c.attempts.to_string(),
                        c.satisfaction.map_or_else(String::new, |s| s.to_string()),
                        c.person.clone(),
                        c.contact.clone(),
                    ]);
                }
                t.print();
            }
        }
        CallbackCmd::Record(a) => {
            let result = match (a.reached, a.satisfaction) {
                (true, Some(s)) => CallResult::Reached {
                    satisfaction: s,
                    remarks: a.remarks.clone(),
                },
                _ => CallResult::NotReached {
                    remarks: a.remarks.clone(),
                },
            };
            let call = Call::new(actor, now).if_version(a.if_version);
            let out = callbacks::record(desk, &call, a.id, &result)?;
            if a.json {
                json(&serde_json::to_value(&out)?);
            } else {
                let c = &out.view.callback;
                println!(
                    "callback {}: {} {} ({}, {} failed attempt(s))",
                    c.id, c.record_kind, c.record_id, c.status, c.attempts
                );
                if let Some(id) = out.reopened {
                    println!("incident {id} reopened: the reporter is not satisfied (I12)");
                }
                for d in &out.view.duties {
                    println!("  {}", duty_line(d, zone, now));
                }
            }
        }
    }
    Ok(())
}
