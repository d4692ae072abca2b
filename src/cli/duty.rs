//! `opsdesk duty …`, `opsdesk tick`, `opsdesk outage`.

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::json;

use super::Ctx;
use super::output::{Table, json};
use super::render::{duty_json, duty_line};
use crate::domain::outage::{minutes_text, month_of};
use crate::domain::role::Actor;
use crate::domain::time::{clock, local_minute};
use crate::error::invalid;
use crate::ops::{Call, Writes, cadence, duties as ops};

#[derive(Subcommand, Debug)]
pub enum DutyCmd {
    /// Every duty not yet done, earliest due first
    List {
        #[arg(long, default_value_t = 200)]
        limit: usize,
        #[arg(long)]
        json: bool,
    },
    /// Record that a duty was done: who (you), when, how
    Done {
        id: i64,
        /// How: "told manager Wang by phone"
        #[arg(long)]
        how: String,
        /// When [default: now]
        #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
        at: Option<String>,
        #[arg(long, value_name = "N")]
        if_version: Option<i64>,
    },
}

#[derive(Args, Debug)]
pub struct TickArgs {
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct OutageArgs {
    /// YYYY-MM [default: this month]
    #[arg(long)]
    pub month: Option<String>,
    #[arg(long)]
    pub json: bool,
}

pub fn run(ctx: &Ctx, cmd: &DutyCmd) -> Result<()> {
    let (mut desk, actor) = ctx.open_as_user()?;
    run_on(ctx, &mut desk, &actor, cmd)
}

/// `opsdesk duty …` on a desk of either engine, as `actor`.
pub fn run_on(ctx: &Ctx, desk: &mut impl Writes, actor: &Actor, cmd: &DutyCmd) -> Result<()> {
    let zone = desk.zone();
    match cmd {
        DutyCmd::List { limit, json: as_json } => {
            let list = ops::open_with_review(desk, (*limit).clamp(1, 10_000), ctx.now)?;
            if *as_json {
                json(&serde_json::Value::Array(
                    list.iter()
                        .map(|o| {
                            let mut v = duty_json(&o.duty, zone, ctx.now);
                            v["review_urgent"] = o.review_urgent.into();
                            v
                        })
                        .collect(),
                ));
            } else if list.is_empty() {
                println!("no open duties");
            } else {
                let mut t = Table::new(&["id", "record", "kind", "rule", "state", "due", "in", "whom"]).limit(7, 80);
                let urgent = list.iter().filter(|o| o.review_urgent).count();
                for o in &list {
                    let d = &o.duty;
                    // A draft nobody has approved yet, close to its deadline.
                    let state = match o.review_urgent {
                        true => format!("{} REVIEW NOW", d.state(ctx.now).as_str()),
                        false => d.state(ctx.now).as_str().to_string(),
                    };
                    t.row(vec![
                        d.id.to_string(),
                        format!("{} {}", d.record_kind, d.record_id),
                        d.kind.as_str().into(),
                        d.kind.rule().into(),
                        state,
                        local_minute(d.due_at, zone),
                        clock(d.due_at - ctx.now),
                        d.whom.clone(),
                    ]);
                }
                t.print();
                if urgent > 0 {
                    println!(
                        "{urgent} draft(s) await review close to their deadline: opsdesk outbox list --state draft, then opsdesk outbox approve ID"
                    );
                }
            }
        }
        DutyCmd::Done {
            id,
            how,
            at,
            if_version,
        } => {
            let at = ctx.time_or_now("--at", at.as_deref())?;
            let d = ops::complete(desk, &Call::new(actor, ctx.now).if_version(*if_version), *id, at, how)?;
            println!("{}", duty_line(&d, zone, ctx.now));
        }
    }
    Ok(())
}

/// One pass of the engine; prints each duty it recorded.
pub fn tick(ctx: &Ctx, a: &TickArgs) -> Result<()> {
    let (mut desk, actor) = ctx.open_as_user()?;
    tick_on(ctx, &mut desk, &actor, a)
}

/// [`tick`] on a desk of either engine.
pub fn tick_on(ctx: &Ctx, desk: &mut impl Writes, actor: &Actor, a: &TickArgs) -> Result<()> {
    let (zone, now) = (desk.zone(), ctx.now);
    let raised = cadence::engine_beat(desk, &actor.login, now)?;
    // Then the outbox: the messages the new duties need, and whatever is due. The engine's
    // record stands even when sending cannot run (a channel misconfigured): say so and go on.
    let sent = super::outbox::pass(ctx, desk, actor, 500);
    // Not a channel's trouble but a damaged desk: said once, at the end, and the exit is 1. What
    // the engine recorded before stands (it committed on its own), and the message says so.
    let (sent, damaged) = match sent {
        Err(e) if crate::store::damage::is_damage(&e) => (
            Ok(Default::default()),
            Some(e.context(format!(
                "the escalation engine recorded {} duty(ies) first; the outbox met the damage and wrote nothing",
                raised.len()
            ))),
        ),
        sent => (sent, None),
    };
    if a.json {
        if let Err(e) = &sent {
            eprintln!("opsdesk: the outbox did not run: {e:#}");
        }
        json(&serde_json::Value::Array(
            raised
                .iter()
                .map(|r| json!({"incident_id": r.incident_id, "duty": duty_json(&r.duty, zone, now)}))
                .collect(),
        ));
        return damaged.map_or(Ok(()), Err);
    }
    for r in &raised {
        println!("incident {}: {}", r.incident_id, duty_line(&r.duty, zone, now));
    }
    println!("recorded {} duty(ies)", raised.len());
    match &sent {
        Ok(r) if !r.is_empty() => println!(
            "outbox: {} written, {} sent, {} to retry, {} failed, {} may have been sent",
            r.prepared, r.sent, r.retrying, r.failed, r.uncertain
        ),
        Ok(_) => {}
        Err(e) => eprintln!("opsdesk: the outbox did not run: {e:#}"),
    }
    for p in sent.iter().flat_map(|r| &r.problems) {
        eprintln!("opsdesk: no message written for {}", crate::text::sanitize_line(p));
    }
    damaged.map_or(Ok(()), Err)
}

/// I11: the month's outage budget per service.
pub fn outage(ctx: &Ctx, a: &OutageArgs) -> Result<()> {
    let (mut desk, _actor) = ctx.open_as_user()?;
    outage_on(ctx, &mut desk, a)
}

/// [`outage`] on a desk of either engine.
pub fn outage_on(ctx: &Ctx, desk: &mut impl Writes, a: &OutageArgs) -> Result<()> {
    let (year, month) = match &a.month {
        Some(m) => {
            let (y, mo) = m
                .split_once('-')
                .ok_or_else(|| invalid(format!("month {m:?}: use YYYY-MM")))?;
            (
                y.parse().map_err(|_| invalid(format!("month {m:?}: use YYYY-MM")))?,
                mo.parse().map_err(|_| invalid(format!("month {m:?}: use YYYY-MM")))?,
            )
        }
        None => month_of(ctx.now, desk.zone()),
    };
    let list = crate::ops::incidents::outage_budgets(desk, year, month, ctx.now)?;
    if a.json {
        json(&serde_json::to_value(&list)?);
        return Ok(());
    }
    if list.is_empty() {
        println!("{year}-{month:02}: no service suspensions recorded");
        return Ok(());
    }
    let mut t = Table::new(&[
        "service",
        "used",
        "month limit",
        "longest",
        "single limit",
        "breach",
        "incidents",
    ]);
    for b in &list {
        let breach = match (b.single_breach, b.monthly_breach) {
            (false, false) => "",
            (true, false) => "SINGLE",
            (false, true) => "MONTH",
            (true, true) => "SINGLE+MONTH",
        };
        t.row(vec![
            b.service.clone(),
            minutes_text(b.used_seconds),
            format!("{} min", b.monthly_limit_minutes),
            minutes_text(b.longest_seconds),
            format!("{} min", b.single_limit_minutes),
            breach.into(),
            b.incidents.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(","),
        ]);
    }
    println!("outage budget {year}-{month:02} (I11)");
    t.print();
    Ok(())
}
