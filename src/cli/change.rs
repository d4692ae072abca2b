//! `opsdesk change …` and `opsdesk calendar`.

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::Value;

use super::Ctx;
use super::change_view::{
    change_json, next_text, note_unknown_years, plan_json, print_change, print_plan, this_month, window_text,
};
use super::output::{Table, json};
use super::record_args::{ShowArgs, StepArgs};
use crate::domain::change::{NewChange, Outcome};
use crate::domain::role::Actor;
use crate::error::invalid;
use crate::ops::Call;
use crate::ops::Writes;
use crate::ops::changes::{self as ops, Cmd, Notice, NoticeDoc, ResultNotice, Summary};
use crate::text::sanitize_block;

#[derive(Subcommand, Debug)]
pub enum ChangeCmd {
    /// Record a change (a draft) in a month's plan (C1), or unplanned from a requirement (C2)
    New(NewArgs),
    /// Open changes (or all with --all), newest first, with the next deadline
    List(ListArgs),
    /// One change: its fields, gates, notice duties and history
    Show(ShowArgs),
    /// Put a change in its month's plan with its window (C1); without ID, print a month's plan
    Plan(PlanArgs),
    /// Record the test-environment confirmation: who confirmed it and when (C3)
    ConfirmTest(ConfirmArgs),
    /// Pass the gates (C3-C6) and start the notice deadlines; a manager may override
    Schedule(ScheduleArgs),
    /// Mark a notice sent: c5, c5-front, c6 or c7 (C7 by phone when late: the notice follows)
    Notify(NotifyArgs),
    /// The change goes into production (after its C7 notice, inside its window); a manager may
    /// override the window
    Start(ScheduleArgs),
    /// The change ended: succeeded, failed or rolled-back
    Finish(FinishArgs),
    /// The result notice went out (C8), with what it said
    Result(ResultArgs),
    /// Fully confirmed, and the summary report sent (C9; complex changes)
    Summary(SummaryArgs),
    /// Close a change whose result (and summary) is out
    Close(StepArgs),
    /// Print a change's C7, C8 or C9 notice, rendered from its template
    Notice(NoticeArgs),
}

#[derive(Args, Debug)]
pub struct NewArgs {
    #[arg(long)]
    pub title: String,
    /// Systems it touches, comma-separated
    #[arg(long, value_delimiter = ',', required = true)]
    pub systems: Vec<String>,
    #[arg(long, default_value = "")]
    pub description: String,
    /// The month whose plan holds it, YYYY-MM [default: the window's month]
    #[arg(long)]
    pub month: Option<String>,
    /// Window start (TIME)
    #[arg(long, value_name = "TIME", allow_hyphen_values = true, requires = "end")]
    pub start: Option<String>,
    /// Window end (TIME)
    #[arg(long, value_name = "TIME", allow_hyphen_values = true, requires = "start")]
    pub end: Option<String>,
    /// It affects users of the live network (C4, C5)
    #[arg(long)]
    pub user_affecting: bool,
    /// Departments whose hands it needs (codes, comma-separated; C6)
    #[arg(long, value_delimiter = ',')]
    pub collaborators: Vec<String>,
    /// The written order of the steps across departments (C6)
    #[arg(long, default_value = "")]
    pub steps: String,
    /// Complex or wide (C9)
    #[arg(long)]
    pub complex: bool,
    /// Outside the month's plan (C2): name the requirement
    #[arg(long, value_name = "REQUIREMENT")]
    pub unplanned: Option<String>,
    /// Scope of impact
    #[arg(long, default_value = "")]
    pub scope: String,
    /// How long the impact lasts
    #[arg(long, default_value = "")]
    pub impact_duration: String,
    /// Who operates it
    #[arg(long, default_value = "")]
    pub operator: String,
    /// The IT department's contact on site
    #[arg(long, default_value = "")]
    pub it_contact: String,
    #[arg(long, default_value = "")]
    pub notes: String,
    /// Business departments concerned, most relevant first (codes, comma-separated; C7)
    #[arg(long, value_delimiter = ',')]
    pub departments: Vec<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Every change, not only the open ones
    #[arg(long)]
    pub all: bool,
    /// With --all: the next page, changes with ids below this one
    #[arg(long, value_name = "ID")]
    pub before: Option<i64>,
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct PlanArgs {
    /// The change to plan; leave out to print the month's plan
    pub id: Option<i64>,
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub start: Option<String>,
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub end: Option<String>,
    /// YYYY-MM: the plan it belongs to, or the month to print [default: this month]
    #[arg(long)]
    pub month: Option<String>,
    #[arg(long, value_name = "N")]
    pub if_version: Option<i64>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ConfirmArgs {
    #[command(flatten)]
    pub step: StepArgs,
    /// Who confirmed it (the business departments' people)
    #[arg(long)]
    pub by: String,
}

#[derive(Args, Debug)]
pub struct ScheduleArgs {
    #[command(flatten)]
    pub step: StepArgs,
    /// Emergency: go ahead past the failing gates (or outside the window), for this reason
    /// (manager and above)
    #[arg(long, value_name = "REASON")]
    pub r#override: Option<String>,
}

#[derive(Args, Debug)]
pub struct NotifyArgs {
    #[command(flatten)]
    pub step: StepArgs,
    /// c5 (maintenance departments), c5-front (front-line departments), c6 (collaborators), c7
    #[arg(long)]
    pub notice: String,
    /// email, sms, phone, in-person …
    #[arg(long, default_value = "email")]
    pub channel: String,
}

#[derive(Args, Debug)]
pub struct FinishArgs {
    #[command(flatten)]
    pub step: StepArgs,
    /// succeeded, failed or rolled-back
    #[arg(long)]
    pub outcome: String,
    /// Why, briefly, when it failed or was rolled back
    #[arg(long, default_value = "")]
    pub why: String,
}

#[derive(Args, Debug)]
pub struct ResultArgs {
    #[command(flatten)]
    pub step: StepArgs,
    /// It ran far off the announced time: say why
    #[arg(long, value_name = "WHY")]
    pub late: Option<String>,
    /// Remaining issues and their schedule
    #[arg(long, default_value = "")]
    pub remaining: String,
    #[arg(long, default_value = "")]
    pub notes: String,
    #[arg(long, default_value = "email")]
    pub channel: String,
}

#[derive(Args, Debug)]
pub struct SummaryArgs {
    #[command(flatten)]
    pub step: StepArgs,
    /// When the full confirmation was done [default: now]
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub confirmed_at: Option<String>,
    #[arg(long)]
    pub background: String,
    #[arg(long)]
    pub done: String,
    #[arg(long)]
    pub difficulty: String,
    #[arg(long)]
    pub significance: String,
    #[arg(long, default_value = "email")]
    pub channel: String,
}

#[derive(Args, Debug)]
pub struct NoticeArgs {
    pub id: i64,
    /// c7 (change notice), c8 (result notice) or c9 (summary report)
    #[arg(long, default_value = "c7")]
    pub kind: String,
    /// en or zh-CN [default: zh-CN]
    #[arg(long, default_value = "zh-CN")]
    pub lang: String,
    #[arg(long)]
    pub json: bool,
}

pub fn run(ctx: &Ctx, cmd: &ChangeCmd) -> Result<()> {
    let (mut desk, actor) = ctx.open_as_user()?;
    run_on(ctx, &mut desk, &actor, cmd)
}

/// [`run`] on a desk of either engine.
pub fn run_on(ctx: &Ctx, desk: &mut impl Writes, actor: &Actor, cmd: &ChangeCmd) -> Result<()> {
    let (now, zone) = (ctx.now, desk.zone());
    let call = |s: &StepArgs| Call::new(actor, now).if_version(s.if_version);
    let at = |s: &StepArgs| ctx.time_or_now("--at", s.at.as_deref());
    let (step, change) = match cmd {
        ChangeCmd::New(a) => {
            let window = match (&a.start, &a.end) {
                (Some(s), Some(e)) => Some((ctx.time("--start", s)?, ctx.time("--end", e)?)),
                _ => None,
            };
            let new = NewChange {
                title: a.title.clone(),
                systems: a.systems.clone(),
                description: a.description.clone(),
                planned_month: a.month.clone().unwrap_or_default(),
                window,
                user_affecting: a.user_affecting,
                collaborators: a.collaborators.clone(),
                steps: a.steps.clone(),
                complex: a.complex,
                unplanned: a.unplanned.is_some(),
                requirement: a.unplanned.clone().unwrap_or_default(),
                scope: a.scope.clone(),
                impact_duration: a.impact_duration.clone(),
                operator: a.operator.clone(),
                it_contact: a.it_contact.clone(),
                notes: a.notes.clone(),
                departments: a.departments.clone(),
            };
            let c = ops::create(desk, actor, &new, now)?;
            if a.json {
                json(&change_json(&ops::show(desk, c.id, now)?, zone, now, false));
            } else {
                println!("{}", c.id);
            }
            return Ok(());
        }
        ChangeCmd::List(a) => {
            let views = ops::list(desk, !a.all, a.before, a.limit.clamp(1, 10_000), now)?;
            if a.json {
                json(&Value::Array(
                    views.iter().map(|v| change_json(v, zone, now, false)).collect(),
                ));
            } else if views.is_empty() {
                println!("no changes");
            } else {
                let mut t = Table::new(&["id", "status", "month", "window", "next", "systems", "title"]).limit(6, 60);
                for v in &views {
                    let c = &v.change;
                    t.row(vec![
                        c.id.to_string(),
                        c.status.to_string(),
                        c.planned_month.clone(),
                        window_text(v, zone),
                        next_text(v, now),
                        c.systems.join(","),
                        c.title.clone(),
                    ]);
                }
                t.print();
            }
            return Ok(());
        }
        ChangeCmd::Show(a) => {
            let v = ops::show(desk, a.id, now)?;
            if a.json {
                json(&change_json(&v, zone, now, true));
            } else {
                print_change(&v, zone, now);
            }
            return Ok(());
        }
        ChangeCmd::Plan(a) => {
            let Some(id) = a.id else {
                let month = a.month.clone().unwrap_or_else(|| this_month(ctx, zone));
                let p = ops::month_plan(desk, &month)?;
                if a.json {
                    json(&plan_json(&p, zone));
                } else {
                    print_plan(&p, zone);
                }
                return Ok(());
            };
            let (Some(s), Some(e)) = (&a.start, &a.end) else {
                return Err(invalid("planning a change needs its window: --start TIME --end TIME"));
            };
            let plan = Cmd::Plan {
                window: (ctx.time("--start", s)?, ctx.time("--end", e)?),
                month: a.month.clone(),
            };
            let c = ops::apply(desk, &Call::new(actor, now).if_version(a.if_version), id, &plan)?;
            let shown = ops::show(desk, c.id, now)?;
            if a.json {
                json(&change_json(&shown, zone, now, false));
            } else {
                println!("change {} is {} (version {})", c.id, c.status, c.version);
            }
            note_unknown_years(&shown);
            return Ok(());
        }
        ChangeCmd::Notice(a) => {
            let doc = NoticeDoc::parse(&a.kind)?;
            if a.lang != "en" && a.lang != "zh-CN" {
                return Err(invalid("--lang: en or zh-CN"));
            }
            let dir = ctx.paths.templates.clone();
            let r = ops::render_notice(desk, a.id, doc, &a.lang, Some(&dir), now)?;
            if a.json {
                json(&serde_json::to_value(&r)?);
            } else {
                println!("{}", sanitize_block(&r.body));
            }
            return Ok(());
        }
        ChangeCmd::ConfirmTest(a) => (
            &a.step,
            Cmd::ConfirmTest {
                by: a.by.clone(),
                at: at(&a.step)?,
            },
        ),
        ChangeCmd::Schedule(a) => (
            &a.step,
            Cmd::Schedule {
                emergency: a.r#override.clone(),
            },
        ),
        ChangeCmd::Notify(a) => (
            &a.step,
            Cmd::Notify {
                notice: Notice::parse(&a.notice)?,
                channel: a.channel.clone(),
                at: at(&a.step)?,
            },
        ),
        ChangeCmd::Start(a) => (
            &a.step,
            Cmd::Start {
                at: at(&a.step)?,
                emergency: a.r#override.clone(),
            },
        ),
        ChangeCmd::Finish(a) => (
            &a.step,
            Cmd::Finish {
                at: at(&a.step)?,
                outcome: Outcome::parse(&a.outcome)?,
                why: a.why.clone(),
            },
        ),
        ChangeCmd::Result(a) => (
            &a.step,
            Cmd::Result(ResultNotice {
                on_time: a.late.is_none(),
                delay_reason: a.late.clone().unwrap_or_default(),
                remaining: a.remaining.clone(),
                notes: a.notes.clone(),
                channel: a.channel.clone(),
                at: at(&a.step)?,
            }),
        ),
        ChangeCmd::Summary(a) => (
            &a.step,
            Cmd::Summary(Summary {
                confirmed_at: ctx.time_or_now("--confirmed-at", a.confirmed_at.as_deref())?,
                background: a.background.clone(),
                work_done: a.done.clone(),
                difficulty: a.difficulty.clone(),
                significance: a.significance.clone(),
                channel: a.channel.clone(),
                at: at(&a.step)?,
            }),
        ),
        ChangeCmd::Close(s) => (s, Cmd::Close { at: at(s)? }),
    };
    let changed = ops::apply(desk, &call(step), step.id, &change)?;
    let shown = ops::show(desk, changed.id, now)?;
    if step.json {
        json(&change_json(&shown, zone, now, false));
    } else {
        println!(
            "change {} is {} (version {})",
            changed.id, changed.status, changed.version
        );
    }
    note_unknown_years(&shown);
    Ok(())
}
