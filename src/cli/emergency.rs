//! `opsdesk plan …` and `opsdesk drill …`: emergency plans with their leadership groups, and
//! their drills with the evaluation report (E1).

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::json;

use super::Ctx;
use super::output::{Table, field, json};
use super::record_args::ShowArgs;
use super::render::{duty_json, duty_line, history_json, print_duties_and_history, time_json};
use crate::domain::emergency::{Drill, Held, Member, NewDrill, NewPlan, Plan, PlanStatus};
use crate::domain::role::Actor;
use crate::domain::time::{local_minute, rfc3339};
use crate::error::invalid;
use crate::ops::Call;
use crate::ops::Writes;
use crate::ops::emergency::{self as ops, DrillCmd, PlanCmd};
use crate::text::sanitize_line;

#[derive(Subcommand, Debug)]
pub enum PlanCmdArgs {
    /// Write a new emergency plan (a draft; supervisor and above): services and scenarios it
    /// covers, its leadership group, its steps (E1)
    New(PlanArgs),
    /// The plans, newest first
    List(PlanListArgs),
    /// One plan with its group, steps, drills and history
    Show(ShowArgs),
    /// Approve a draft or a revision (manager and above)
    Approve(PlanStepArgs),
    /// Change a plan: an approved one becomes its next revision, awaiting approval
    Revise(ReviseArgs),
    /// No longer in force (manager and above)
    Retire(PlanStepArgs),
}

#[derive(Args, Debug, Default)]
pub struct PlanFields {
    /// A service it covers (an incident's --service), once each
    #[arg(long = "service", value_name = "SERVICE")]
    pub services: Vec<String>,
    /// A scenario it covers, once each
    #[arg(long = "scenario", value_name = "TEXT")]
    pub scenarios: Vec<String>,
    /// A person of the leadership group and their role in the plan, once each: LOGIN:ROLE
    /// (wangfang:组长)
    #[arg(long = "member", value_name = "LOGIN:ROLE")]
    pub members: Vec<String>,
    /// A step of the plan, in order, once each
    #[arg(long = "step", value_name = "TEXT")]
    pub steps: Vec<String>,
    /// Minutes between progress reports during a response [default: config, 30]
    #[arg(long, value_name = "MINUTES")]
    pub report_every: Option<i64>,
    /// Working days after the stand-down for the review [default: config, 3]
    #[arg(long, value_name = "DAYS")]
    pub review_days: Option<i64>,
    /// When the plan is to be reviewed next
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub review_by: Option<String>,
}

#[derive(Args, Debug)]
pub struct PlanArgs {
    #[arg(long)]
    pub name: String,
    #[command(flatten)]
    pub fields: PlanFields,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ReviseArgs {
    pub id: i64,
    #[arg(long)]
    pub name: Option<String>,
    #[command(flatten)]
    pub fields: PlanFields,
    /// What the revision changes
    #[arg(long)]
    pub note: String,
    #[arg(long, value_name = "N")]
    pub if_version: Option<i64>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct PlanStepArgs {
    pub id: i64,
    #[arg(long, value_name = "N")]
    pub if_version: Option<i64>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct PlanListArgs {
    /// draft, approved, revised or retired
    #[arg(long)]
    pub status: Option<String>,
    /// Only plans with ids below this one (the next page)
    #[arg(long, value_name = "ID")]
    pub before: Option<i64>,
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[arg(long)]
    pub json: bool,
}

fn members(list: &[String]) -> Result<Vec<Member>> {
    list.iter()
        .map(|m| {
            let (login, role) = m
                .split_once(':')
                .or_else(|| m.split_once('：'))
                .ok_or_else(|| invalid(format!("--member {m:?}: give LOGIN:ROLE, e.g. wangfang:组长")))?;
            Ok(Member {
                login: login.trim().to_string(),
                name: String::new(),
                role: role.trim().to_string(),
            })
        })
        .collect()
}

/// The fields given, as a plan's change: what was not given stays as it is.
fn fields(ctx: &Ctx, f: &PlanFields, name: Option<&str>) -> Result<NewPlan> {
    let some = |v: &Vec<String>| (!v.is_empty()).then(|| v.clone());
    Ok(NewPlan {
        name: name.map(str::to_string),
        services: some(&f.services),
        scenarios: some(&f.scenarios),
        group: if f.members.is_empty() {
            None
        } else {
            Some(members(&f.members)?)
        },
        steps: some(&f.steps),
        report_every_minutes: f.report_every,
        review_days: f.review_days,
        review_by: f.review_by.as_deref().map(|t| ctx.time("--review-by", t)).transpose()?,
        note: None,
    })
}

pub fn plan_json(p: &Plan, zone: chrono_tz::Tz) -> serde_json::Value {
    json!({
        "id": p.id,
        "name": p.name,
        "status": p.status.as_str(),
        "revision": p.revision,
        "services": p.services,
        "scenarios": p.scenarios,
        "group": p.group,
        "steps": p.steps,
        "report_every_minutes": p.report_every_minutes,
        "review_days": p.review_days,
        "review_by": time_json(p.review_by, zone),
        "approved_by": p.approved_by,
        "approved_at": time_json(p.approved_at, zone),
        "note": p.note,
        "created_by": p.created_by,
        "created_at": rfc3339(p.created_at, zone),
        "version": p.version,
    })
}

pub fn drill_json(d: &Drill, zone: chrono_tz::Tz) -> serde_json::Value {
    json!({
        "id": d.id,
        "plan_id": d.plan_id,
        "plan_name": d.plan_name,
        "plan_revision": d.plan_revision,
        "scenario": d.scenario,
        "scheduled_at": rfc3339(d.scheduled_at, zone),
        "status": d.status.as_str(),
        "held_at": time_json(d.held_at, zone),
        "ended_at": time_json(d.ended_at, zone),
        "participants": d.participants,
        "simulated": d.simulated,
        "timings": d.timings,
        "worked": d.worked,
        "failed": d.failed,
        "measures": d.measures,
        "evaluated_by": d.evaluated_by,
        "evaluated_at": time_json(d.evaluated_at, zone),
        "version": d.version,
    })
}

fn print_plan(p: &Plan, zone: chrono_tz::Tz) {
    println!("plan #{} {}", p.id, sanitize_line(&p.name));
    field(
        "status",
        &format!("{} (revision {}, version {})", p.status, p.revision, p.version),
    );
    field("services", &p.services.join(", "));
    field("scenarios", &p.scenarios.join("; "));
    let group: Vec<String> = p
        .group
        .iter()
        .map(|m| format!("{} ({}) {}", m.name, m.login, m.role))
        .collect();
    field("group", &group.join(", "));
    field(
        "reports",
        &format!(
            "every {} min; review {} working days after the stand-down",
            p.report_every_minutes, p.review_days
        ),
    );
    if let Some(t) = p.review_by {
        field("review by", &local_minute(t, zone));
    }
    if let (Some(by), Some(at)) = (&p.approved_by, p.approved_at) {
        field("approved", &format!("{} by {by}", local_minute(at, zone)));
    }
    if !p.note.is_empty() {
        field("revised", &p.note);
    }
    println!("\nsteps");
    for (n, s) in p.steps.iter().enumerate() {
        println!("  {}. {}", n + 1, sanitize_line(s));
    }
}

pub fn plan(ctx: &Ctx, cmd: &PlanCmdArgs) -> Result<()> {
    let (mut desk, actor) = ctx.open_as_user()?;
    plan_on(ctx, &mut desk, &actor, cmd)
}

/// [`plan`] on a desk of either engine.
pub fn plan_on(ctx: &Ctx, desk: &mut impl Writes, actor: &Actor, cmd: &PlanCmdArgs) -> Result<()> {
    let (zone, now) = (desk.zone(), ctx.now);
    let (plan, as_json) = match cmd {
        PlanCmdArgs::New(a) => {
            let new = fields(ctx, &a.fields, Some(&a.name))?;
            (ops::create_plan(desk, actor, &new, now)?, a.json)
        }
        PlanCmdArgs::List(a) => {
            let status = a.status.as_deref().map(PlanStatus::parse).transpose()?;
            let list = ops::plans(desk, status, a.before, a.limit.clamp(1, 1000))?;
            if a.json {
                json(&serde_json::Value::Array(
                    list.iter().map(|p| plan_json(p, zone)).collect(),
                ));
            } else if list.is_empty() {
                println!("no plans: opsdesk plan new --name … --service … --member LOGIN:ROLE --step …");
            } else {
                let mut t = Table::new(&["id", "name", "status", "rev", "services", "group", "every"]).limit(1, 40);
                for p in &list {
                    t.row(vec![
                        p.id.to_string(),
                        p.name.clone(),
                        p.status.to_string(),
                        p.revision.to_string(),
                        p.services.join(","),
                        p.group.len().to_string(),
                        format!("{} min", p.report_every_minutes),
                    ]);
                }
                t.print();
            }
            return Ok(());
        }
        PlanCmdArgs::Show(a) => {
            let v = ops::show_plan(desk, a.id)?;
            if a.json {
                let mut out = plan_json(&v.plan, zone);
                out["drills"] = v.drills.iter().map(|d| drill_json(d, zone)).collect();
                out["history"] = v.history.iter().map(|h| history_json(h, zone)).collect();
                json(&out);
            } else {
                print_plan(&v.plan, zone);
                if !v.drills.is_empty() {
                    println!("\ndrills");
                    for d in &v.drills {
                        println!(
                            "  #{} {} {} {}",
                            d.id,
                            local_minute(d.scheduled_at, zone),
                            d.status,
                            sanitize_line(&d.scenario)
                        );
                    }
                }
                print_duties_and_history(&[], &v.history, zone, now);
            }
            return Ok(());
        }
        PlanCmdArgs::Approve(a) | PlanCmdArgs::Retire(a) => {
            let cmd = if matches!(cmd, PlanCmdArgs::Approve(_)) {
                PlanCmd::Approve
            } else {
                PlanCmd::Retire
            };
            let call = Call::new(actor, now).if_version(a.if_version);
            (ops::apply_plan(desk, &call, a.id, &cmd)?, a.json)
        }
        PlanCmdArgs::Revise(a) => {
            let mut change = fields(ctx, &a.fields, a.name.as_deref())?;
            change.note = Some(a.note.clone());
            let call = Call::new(actor, now).if_version(a.if_version);
            (ops::apply_plan(desk, &call, a.id, &PlanCmd::Revise(change))?, a.json)
        }
    };
    if as_json {
        json(&plan_json(&plan, zone));
    } else {
        println!("plan {} is {} (revision {})", plan.id, plan.status, plan.revision);
    }
    Ok(())
}

#[derive(Subcommand, Debug)]
pub enum DrillCmdArgs {
    /// Schedule a drill of a plan in force: a duty counts down to it (supervisor and above)
    Schedule(ScheduleArgs),
    /// Record that it was held: who took part, what was simulated, the timings
    Hold(HoldArgs),
    /// The evaluation report: what worked, what did not, the measures; sent to the plan's
    /// leadership group through the outbox
    Evaluate(EvaluateArgs),
    /// The drills, newest first
    List(DrillListArgs),
    /// One drill with its duties and history
    Show(ShowArgs),
}

#[derive(Args, Debug)]
pub struct ScheduleArgs {
    /// The plan it drills
    #[arg(long)]
    pub plan: i64,
    /// What it is to simulate
    #[arg(long)]
    pub scenario: String,
    /// When [TIME]
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub at: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct HoldArgs {
    pub id: i64,
    /// When it began [default: now]
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub at: Option<String>,
    /// When it ended [default: now]
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub ended_at: Option<String>,
    /// Who took part, once each
    #[arg(long = "participant", value_name = "NAME")]
    pub participants: Vec<String>,
    /// What was simulated [default: the scenario as planned]
    #[arg(long)]
    pub simulated: Option<String>,
    /// A timing as observed ("切换完成 38 分钟"), once each
    #[arg(long = "timing", value_name = "TEXT")]
    pub timings: Vec<String>,
    #[arg(long, value_name = "N")]
    pub if_version: Option<i64>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct EvaluateArgs {
    pub id: i64,
    #[arg(long, default_value = "")]
    pub worked: String,
    #[arg(long, default_value = "")]
    pub failed: String,
    /// A measure, once each
    #[arg(long = "measure", value_name = "TEXT")]
    pub measures: Vec<String>,
    #[arg(long, value_name = "N")]
    pub if_version: Option<i64>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct DrillListArgs {
    /// Only this plan's drills
    #[arg(long)]
    pub plan: Option<i64>,
    #[arg(long, value_name = "ID")]
    pub before: Option<i64>,
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[arg(long)]
    pub json: bool,
}

pub fn drill(ctx: &Ctx, cmd: &DrillCmdArgs) -> Result<()> {
    let (mut desk, actor) = ctx.open_as_user()?;
    drill_on(ctx, &mut desk, &actor, cmd)
}

/// [`drill`] on a desk of either engine.
pub fn drill_on(ctx: &Ctx, desk: &mut impl Writes, actor: &Actor, cmd: &DrillCmdArgs) -> Result<()> {
    let (zone, now) = (desk.zone(), ctx.now);
    let time = |arg: &str, t: &Option<String>| t.as_deref().map(|t| ctx.time(arg, t)).transpose();
    let (out, as_json) = match cmd {
        DrillCmdArgs::Schedule(a) => {
            let new = NewDrill {
                scenario: a.scenario.clone(),
                at: ctx.time("--at", &a.at)?,
            };
            (ops::schedule_drill(desk, actor, a.plan, &new, now)?, a.json)
        }
        DrillCmdArgs::Hold(a) => {
            let held = Held {
                at: time("--at", &a.at)?,
                ended_at: time("--ended-at", &a.ended_at)?,
                participants: a.participants.clone(),
                simulated: a.simulated.clone().unwrap_or_default(),
                timings: a.timings.clone(),
            };
            let call = Call::new(actor, now).if_version(a.if_version);
            (ops::apply_drill(desk, &call, a.id, &DrillCmd::Hold(held))?, a.json)
        }
        DrillCmdArgs::Evaluate(a) => {
            let cmd = DrillCmd::Evaluate {
                worked: a.worked.clone(),
                failed: a.failed.clone(),
                measures: a.measures.clone(),
            };
            let call = Call::new(actor, now).if_version(a.if_version);
            let out = ops::apply_drill(desk, &call, a.id, &cmd)?;
            // The report's message is written now; the engine (or `opsdesk send`) sends it.
            crate::ops::outbox::prepare(desk, &actor.login, now)?;
            (out, a.json)
        }
        DrillCmdArgs::List(a) => {
            let list = ops::drills(desk, a.plan, a.before, a.limit.clamp(1, 1000))?;
            if a.json {
                json(&serde_json::Value::Array(
                    list.iter()
                        .map(|(d, duties)| {
                            let mut v = drill_json(d, zone);
                            v["duties"] = duties.iter().map(|x| duty_json(x, zone, now)).collect();
                            v
                        })
                        .collect(),
                ));
            } else if list.is_empty() {
                println!("no drills: opsdesk drill schedule --plan ID --scenario … --at TIME");
            } else {
                let mut t = Table::new(&["id", "plan", "when", "status", "scenario"]).limit(4, 50);
                for (d, _) in &list {
                    t.row(vec![
                        d.id.to_string(),
                        format!("#{} {}", d.plan_id, d.plan_name),
                        local_minute(d.scheduled_at, zone),
                        d.status.to_string(),
                        d.scenario.clone(),
                    ]);
                }
                t.print();
            }
            return Ok(());
        }
        DrillCmdArgs::Show(a) => {
            let (d, duties, history) = ops::show_drill(desk, a.id)?;
            if a.json {
                let mut v = drill_json(&d, zone);
                v["duties"] = duties.iter().map(|x| duty_json(x, zone, now)).collect();
                v["history"] = history.iter().map(|h| history_json(h, zone)).collect();
                json(&v);
            } else {
                print_drill(&d, zone);
                print_duties_and_history(&duties, &history, zone, now);
            }
            return Ok(());
        }
    };
    if as_json {
        json(&drill_json(&out.drill, zone));
    } else {
        println!("drill {} is {}", out.drill.id, out.drill.status);
        for d in &out.raised {
            println!("  {}", duty_line(d, zone, now));
        }
    }
    Ok(())
}

fn print_drill(d: &Drill, zone: chrono_tz::Tz) {
    println!(
        "drill #{} of plan #{} {} (rev {})",
        d.id,
        d.plan_id,
        sanitize_line(&d.plan_name),
        d.plan_revision
    );
    field("status", &format!("{} (version {})", d.status, d.version));
    field("scheduled", &local_minute(d.scheduled_at, zone));
    field("scenario", &d.scenario);
    if let (Some(a), Some(b)) = (d.held_at, d.ended_at) {
        field(
            "held",
            &format!("{} - {}", local_minute(a, zone), local_minute(b, zone)),
        );
        field("taking part", &d.participants.join(", "));
        field("simulated", &d.simulated);
        for t in &d.timings {
            field("timing", t);
        }
    }
    if d.evaluated_at.is_some() {
        field("worked", &d.worked);
        field("failed", &d.failed);
        for m in &d.measures {
            field("measure", m);
        }
    }
}
