//! `opsdesk billing …`: billing and settlement runs (B1–B8).

use std::collections::BTreeMap;

use anyhow::Result;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::Ctx;
use super::output::{Table, field, json};
use super::render::{duty_json, history_json, print_duties_and_history, time_json};
use crate::domain::billing::{Check, CheckResult, Effect, RunKind, Verdict};
use crate::domain::role::Actor;
use crate::domain::time::{clock, local_minute, rfc3339};
use crate::error::invalid;
use crate::ops::Call;
use crate::ops::Writes;
use crate::ops::billing::{self as ops, Cmd, Report, View};
use crate::text::{sanitize_block, sanitize_line};

#[derive(Subcommand, Debug)]
pub enum BillingCmd {
    /// A new run for a month, with its checklist and its deadline (B1, B2)
    New(NewArgs),
    /// Runs, the ones still ahead of their deadline first, with progress
    List {
        #[arg(long, default_value_t = 50)]
        limit: usize,
        #[arg(long)]
        json: bool,
    },
    /// One run: its checklist (every attempt), anomalies, duties and history
    Show {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Record an item performed, with its result and figures (B4)
    Check(CheckArgs),
    /// Review an item someone else performed (B3): ok or rejected
    Review(ReviewArgs),
    /// Log an anomaly and its likely effect; the supervisor and manager are owed a report (B6)
    Anomaly(AnomalyArgs),
    /// Every item reviewed: ask the supervisor to confirm (B7)
    Submit(StepArgs),
    /// Supervisor: confirm the run; its results are published (B7)
    Confirm(StepArgs),
    /// Supervisor: question the result; the checklist is checked again (B8)
    Dispute(ReasonArgs),
    /// Roll a disputed run back, with the reason (B8)
    Rollback(ReasonArgs),
    /// Run again after a rollback: a new attempt with a fresh checklist (B8)
    Retry(StepArgs),
    /// The check report (B4) or the deadline report (B5), as Markdown or plain text
    Report(ReportArgs),
}

#[derive(Args, Debug)]
pub struct NewArgs {
    /// billing, settlement-agents, settlement-cp or settlement-channels
    #[arg(long)]
    pub kind: String,
    /// The month billed or settled, YYYY-MM
    #[arg(long)]
    pub period: String,
    /// The person in charge (a login) [default: you]
    #[arg(long, value_name = "LOGIN")]
    pub in_charge: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct StepArgs {
    pub id: i64,
    /// Refuse (exit 4) unless the run is still at this version
    #[arg(long, value_name = "N")]
    pub if_version: Option<i64>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    #[command(flatten)]
    pub step: StepArgs,
    /// The item's key or number
    pub item: String,
    /// ok or anomaly
    #[arg(long, default_value = "ok")]
    pub result: String,
    /// A figure the item records: --figure rows_in=1200345 (repeat)
    #[arg(long = "figure", value_name = "NAME=VALUE")]
    pub figures: Vec<String>,
    #[arg(long, default_value = "")]
    pub remark: String,
}

#[derive(Args, Debug)]
pub struct ReviewArgs {
    #[command(flatten)]
    pub step: StepArgs,
    pub item: String,
    /// ok or rejected
    #[arg(long, default_value = "ok")]
    pub verdict: String,
    #[arg(long, default_value = "")]
    pub note: String,
}

#[derive(Args, Debug)]
pub struct AnomalyArgs {
    #[command(flatten)]
    pub step: StepArgs,
    /// What happened
    #[arg(long)]
    pub what: String,
    /// deadline, result or both
    #[arg(long, default_value = "both")]
    pub effect: String,
    /// The supervisor and manager were told already: how
    #[arg(long, value_name = "HOW")]
    pub told: Option<String>,
}

#[derive(Args, Debug)]
pub struct ReasonArgs {
    #[command(flatten)]
    pub step: StepArgs,
    #[arg(long)]
    pub reason: String,
}

#[derive(Args, Debug)]
pub struct ReportArgs {
    pub id: i64,
    /// check (B4) or deadline (B5)
    #[arg(long, default_value = "check")]
    pub kind: String,
    /// en or zh-CN
    #[arg(long, default_value = "zh-CN")]
    pub lang: String,
    /// markdown or text
    #[arg(long, default_value = "markdown")]
    pub format: String,
    /// An earlier attempt [default: the current one]
    #[arg(long)]
    pub attempt: Option<i64>,
    #[arg(long)]
    pub json: bool,
}

fn check_json(c: &Check, zone: Tz) -> Value {
    json!({
        "id": c.id, "seq": c.seq, "key": c.key, "step": c.step, "title": c.title, "verify": c.verify,
        "figure_names": c.figure_names, "figures": c.figures, "result": c.result.map(|r| r.as_str()),
        "performed_by": c.performed_by, "performed_at": time_json(c.performed_at, zone), "remark": c.remark,
        "reviewed_by": c.reviewed_by, "reviewed_at": time_json(c.reviewed_at, zone),
        "verdict": c.verdict.map(|v| v.as_str()), "review_note": c.review_note, "version": c.version,
    })
}

pub fn run_json(v: &View, zone: Tz, now: DateTime<Utc>, full: bool) -> Value {
    let r = &v.run;
    let mut out = json!({
        "id": r.id, "kind": r.kind.as_str(), "period": r.period, "in_charge": r.in_charge, "state": r.state.as_str(),
        "attempt": r.attempt, "round": r.round, "deadline": rfc3339(r.deadline, zone), "submitted_at": time_json(r.submitted_at, zone),
        "confirmed_by": r.confirmed_by, "published_at": time_json(r.published_at, zone),
        "dispute_reason": r.dispute_reason, "rollback_reason": r.rollback_reason, "version": r.version,
        "progress": v.progress,
        "checks": v.checks.iter().map(|c| check_json(c, zone)).collect::<Vec<_>>(),
        "duties": v.duties.iter().map(|d| duty_json(d, zone, now)).collect::<Vec<_>>(),
    });
    if full {
        // B8: every attempt, each with its rounds of checking and how each ended.
        let round = |n: i64, checks: Value, ends: &[crate::domain::billing::RoundEnd]| {
            json!({"round": n, "checks": checks, "ended": ends.iter().map(|e| json!({
                "how": e.how.as_str(), "at": rfc3339(e.at, zone), "by": e.by, "reason": e.reason,
            })).collect::<Vec<_>>()})
        };
        let mut attempts: Vec<Value> = Vec::new();
        let rounds = v.earlier.iter().map(|r| {
            let checks = r.checks.iter().map(|c| check_json(c, zone)).collect::<Vec<_>>();
            (r.attempt, round(r.round, Value::Array(checks), &r.ends))
        });
        let current = std::iter::once((r.attempt, round(r.round, out["checks"].clone(), &[])));
        for (a, value) in rounds.chain(current) {
            match attempts.last_mut() {
                Some(last) if last["attempt"] == a => last["rounds"].as_array_mut().expect("rounds").push(value),
                _ => attempts.push(json!({"attempt": a, "rounds": [value]})),
            }
        }
        out["attempts"] = Value::Array(attempts);
        out["anomalies"] = v
            .anomalies
            .iter()
            .map(|a| json!({"id": a.id, "attempt": a.attempt, "at": rfc3339(a.at, zone), "by": a.by, "what": a.what, "effect": a.effect.as_str(), "duty_id": a.duty_id}))
            .collect();
        out["history"] = v.history.iter().map(|h| history_json(h, zone)).collect();
    }
    out
}

/// "2d 03h left" or "MISSED 1:00:00 ago", for the deadline.
fn countdown(v: &View, now: DateTime<Utc>) -> String {
    let d = v.run.deadline;
    match (v.run.state, d > now) {
        (crate::domain::billing::RunState::Published, _) => match v.run.published_at.filter(|t| *t > d) {
            Some(t) => format!("published {} late", clock(t - d)),
            None => "published".into(),
        },
        (_, true) => format!("in {}", clock(d - now)),
        (_, false) => format!("PAST by {}", clock(now - d)),
    }
}

fn print_checks(checks: &[Check], zone: Tz) {
    let mut t = Table::new(&[
        "#",
        "key",
        "item",
        "result",
        "figures",
        "checked by",
        "reviewed by",
        "verdict",
    ])
    .limit(2, 24)
    .limit(4, 40);
    for c in checks {
        let who = |l: &Option<String>, at: Option<DateTime<Utc>>| match (l, at) {
            (Some(l), Some(a)) => format!("{l} {}", local_minute(a, zone)),
            _ => "-".into(),
        };
        t.row(vec![
            c.seq.to_string(),
            c.key.clone(),
            c.title.clone(),
            c.result.map_or("-".into(), |r| r.to_string()),
            c.figures
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join(" "),
            who(&c.performed_by, c.performed_at),
            who(&c.reviewed_by, c.reviewed_at),
            c.verdict.map_or("-".into(), |v| v.to_string()),
        ]);
    }
    t.print();
}

fn print_run(v: &View, zone: Tz, now: DateTime<Utc>) {
    let r = &v.run;
    println!("run #{} {} {}", r.id, r.kind, r.period);
    field(
        "state",
        &format!(
            "{} (attempt {}, round {}, version {})",
            r.state, r.attempt, r.round, r.version
        ),
    );
    field("in charge", &r.in_charge);
    field(
        "deadline",
        &format!("{}  ({})", local_minute(r.deadline, zone), countdown(v, now)),
    );
    let p = v.progress;
    field(
        "progress",
        &format!(
            "{}/{} performed, {}/{} reviewed, {} anomalies",
            p.performed, p.items, p.reviewed, p.items, p.anomalies
        ),
    );
    if let (Some(by), Some(at)) = (&r.confirmed_by, r.published_at) {
        field("published", &format!("{} by {by}", local_minute(at, zone)));
    }
    if !r.dispute_reason.is_empty() {
        field("disputed", &r.dispute_reason);
    }
    if !r.rollback_reason.is_empty() {
        field("rolled back", &r.rollback_reason);
    }
    for round in &v.earlier {
        println!("\nattempt {} round {} (earlier)", round.attempt, round.round);
        for e in &round.ends {
            let how = if e.how == crate::domain::billing::RunState::RolledBack {
                "rolled back"
            } else {
                "disputed"
            };
            println!(
                "  {}",
                sanitize_line(&format!(
                    "{how} by {} at {}: {}",
                    e.by,
                    local_minute(e.at, zone),
                    e.reason
                ))
            );
        }
        print_checks(&round.checks, zone);
    }
    println!("\nattempt {} round {} checklist", r.attempt, r.round);
    print_checks(&v.checks, zone);
    if !v.anomalies.is_empty() {
        println!("\nanomalies");
        for a in &v.anomalies {
            println!(
                "  {}",
                sanitize_line(&format!(
                    "attempt {} {} {} ({}): {}",
                    a.attempt,
                    local_minute(a.at, zone),
                    a.by,
                    a.effect,
                    a.what
                ))
            );
        }
    }
    print_duties_and_history(&v.duties, &v.history, zone, now);
}

fn figures(list: &[String]) -> Result<BTreeMap<String, String>> {
    list.iter()
        .map(|f| {
            let (k, v) = f
                .split_once('=')
                .ok_or_else(|| invalid(format!("--figure {f:?}: use NAME=VALUE")))?;
            Ok((k.trim().to_string(), v.trim().to_string()))
        })
        .collect()
}

pub fn run(ctx: &Ctx, cmd: &BillingCmd) -> Result<()> {
    let (mut desk, actor) = ctx.open_as_user()?;
    run_on(ctx, &mut desk, &actor, cmd)
}

/// [`run`] on a desk of either engine.
pub fn run_on(ctx: &Ctx, desk: &mut impl Writes, actor: &Actor, cmd: &BillingCmd) -> Result<()> {
    let (now, zone) = (ctx.now, desk.zone());
    let call = |s: &StepArgs| Call::new(actor, now).if_version(s.if_version);
    let (step, cmd) = match cmd {
        BillingCmd::New(a) => {
            let r = ops::create(
                desk,
                actor,
                RunKind::parse(&a.kind)?,
                &a.period,
                a.in_charge.as_deref(),
                now,
            )?;
            if a.json {
                json(&run_json(&ops::show(desk, r.id)?, zone, now, false));
            } else {
                println!("{}", r.id);
            }
            return Ok(());
        }
        BillingCmd::List { limit, json: as_json } => {
            let views = ops::list(desk, now, (*limit).clamp(1, 1000))?;
            if *as_json {
                json(&Value::Array(
                    views.iter().map(|v| run_json(v, zone, now, false)).collect(),
                ));
            } else if views.is_empty() {
                println!("no runs");
            } else {
                let mut t = Table::new(&[
                    "id",
                    "kind",
                    "period",
                    "state",
                    "attempt",
                    "deadline",
                    "clock",
                    "checks",
                    "anomalies",
                    "in charge",
                ]);
                for v in &views {
                    let r = &v.run;
                    let p = v.progress;
                    t.row(vec![
                        r.id.to_string(),
                        r.kind.to_string(),
                        r.period.clone(),
                        r.state.to_string(),
                        r.attempt.to_string(),
                        local_minute(r.deadline, zone),
                        countdown(v, now),
                        format!("{}/{}/{}", p.performed, p.reviewed, p.items),
                        p.anomalies.to_string(),
                        r.in_charge.clone(),
                    ]);
                }
                t.print();
            }
            return Ok(());
        }
        BillingCmd::Show { id, json: as_json } => {
            let v = ops::show(desk, *id)?;
            if *as_json {
                json(&run_json(&v, zone, now, true));
            } else {
                print_run(&v, zone, now);
            }
            return Ok(());
        }
        BillingCmd::Report(a) => {
            if a.lang != "en" && a.lang != "zh-CN" {
                return Err(invalid("--lang: en or zh-CN"));
            }
            let dir = ctx.paths.templates.clone();
            let r = ops::render_report(desk, a.id, Report::parse(&a.kind)?, &a.lang, a.attempt, Some(&dir), now)?;
            if a.json {
                json(&serde_json::to_value(&r)?);
            } else {
                match a.format.as_str() {
                    "markdown" | "md" => print!("{}", sanitize_block(&r.markdown)),
                    "text" | "txt" => print!("{}", sanitize_block(&r.text)),
                    other => return Err(invalid(format!("--format {other:?}: use markdown or text"))),
                }
            }
            return Ok(());
        }
        BillingCmd::Check(a) => (
            &a.step,
            Cmd::Check {
                key: a.item.clone(),
                result: CheckResult::parse(&a.result)?,
                figures: figures(&a.figures)?,
                remark: a.remark.clone(),
            },
        ),
        BillingCmd::Review(a) => (
            &a.step,
            Cmd::Review {
                key: a.item.clone(),
                verdict: Verdict::parse(&a.verdict)?,
                note: a.note.clone(),
            },
        ),
        BillingCmd::Anomaly(a) => (
            &a.step,
            Cmd::Anomaly {
                what: a.what.clone(),
                effect: Effect::parse(&a.effect)?,
                told: a.told.clone(),
            },
        ),
        BillingCmd::Submit(s) => (s, Cmd::Submit),
        BillingCmd::Confirm(s) => (s, Cmd::Confirm),
        BillingCmd::Dispute(a) => (
            &a.step,
            Cmd::Dispute {
                reason: a.reason.clone(),
            },
        ),
        BillingCmd::Rollback(a) => (
            &a.step,
            Cmd::Rollback {
                reason: a.reason.clone(),
            },
        ),
        BillingCmd::Retry(s) => (s, Cmd::Retry),
    };
    let changed = ops::apply(desk, &call(step), step.id, &cmd)?;
    if step.json {
        json(&run_json(&ops::show(desk, changed.id)?, zone, now, false));
    } else {
        println!(
            "run {} is {} (attempt {}, version {})",
            changed.id, changed.state, changed.attempt, changed.version
        );
    }
    Ok(())
}
