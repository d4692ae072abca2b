//! `opsdesk training …`: training hours (R6): a staff member's own, the sessions the desk holds
//! for other departments, and the month's report against the target, as a table, JSON or CSV.

use std::io::Write;

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::Ctx;
use super::output::{Table, json as print_json};
use crate::domain::role::Actor;
use crate::domain::time::rfc3339;
use crate::domain::training::{Month, NewTraining, Training, TrainingKind, hours};
use crate::error::invalid;
use crate::ops::Writes;
use crate::ops::training::{self as ops, Report};

#[derive(Subcommand, Debug)]
pub enum TrainingCmd {
    /// Record training hours: your own (or, a supervisor, someone else's), or with --session one
    /// held for another department (its hours count for the trainer too)
    Add(AddArgs),
    /// The records, newest day first
    List(ListArgs),
    /// The month's hours of every operations staff member against the target; those under it
    /// marked (R6)
    Report(ReportArgs),
}

#[derive(Args, Debug)]
pub struct AddArgs {
    /// The trainee, or a session's trainer [default: you]
    #[arg(long, value_name = "LOGIN")]
    pub person: Option<String>,
    /// Hours, such as 2 or 1.5 (negative corrects an earlier record)
    #[arg(long, allow_hyphen_values = true)]
    pub hours: f64,
    #[arg(long)]
    pub topic: String,
    /// The day, YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    pub on: String,
    /// A session held for another department (needs --dept and --attendees)
    #[arg(long)]
    pub session: bool,
    /// The department trained (its code)
    #[arg(long)]
    pub dept: Option<String>,
    /// How many attended
    #[arg(long)]
    pub attendees: Option<i64>,
    #[arg(long)]
    pub note: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    #[arg(long, value_name = "LOGIN")]
    pub person: Option<String>,
    /// Only this month, YYYY-MM
    #[arg(long)]
    pub month: Option<String>,
    /// The next page: records before this one, DAY:ID as the last line printed says
    #[arg(long, value_name = "DAY:ID")]
    pub before: Option<String>,
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ReportArgs {
    /// The month, YYYY-MM
    #[arg(long)]
    pub month: String,
    #[arg(long, conflicts_with_all = ["csv", "format"])]
    pub json: bool,
    /// CSV (UTF-8 with BOM, for spreadsheets), the same as --format csv
    #[arg(long, conflicts_with = "format")]
    pub csv: bool,
    /// table, json or csv
    #[arg(long)]
    pub format: Option<String>,
}

pub fn run(ctx: &Ctx, cmd: &TrainingCmd) -> Result<()> {
    let (mut desk, actor) = ctx.open_as_user()?;
    run_on(ctx, &mut desk, &actor, cmd)
}

/// `opsdesk training …` on a desk of either engine, as `actor`.
pub fn run_on(ctx: &Ctx, desk: &mut impl Writes, actor: &Actor, cmd: &TrainingCmd) -> Result<()> {
    match cmd {
        TrainingCmd::Add(a) => {
            let on = NaiveDate::parse_from_str(a.on.trim(), "%Y-%m-%d")
                .map_err(|_| invalid(format!("--on {:?}: use YYYY-MM-DD", a.on)))?;
            let new = NewTraining {
                kind: Some(if a.session {
                    TrainingKind::Session
                } else {
                    TrainingKind::Own
                }),
                person: a.person.clone().unwrap_or_else(|| actor.login.clone()),
                topic: a.topic.clone(),
                on: Some(on),
                hours: a.hours,
                dept: a.dept.clone().unwrap_or_default(),
                attendees: a.attendees.unwrap_or(0),
                note: a.note.clone().unwrap_or_default(),
            };
            let t = ops::add(desk, actor, &new, ctx.now)?;
            if a.json {
                print_json(&training_json(&t, ctx));
            } else {
                println!("{}", t.id);
            }
            Ok(())
        }
        TrainingCmd::List(a) => {
            let month = a.month.as_deref().map(Month::parse).transpose()?;
            let before = a.before.as_deref().map(key).transpose()?;
            let rows = ops::list(desk, a.person.as_deref(), month, before, a.limit.clamp(1, 10_000))?;
            if a.json {
                print_json(&Value::Array(rows.iter().map(|t| training_json(t, ctx)).collect()));
            } else if rows.is_empty() {
                println!("no training records match");
            } else {
                let mut t =
                    Table::new(&["id", "day", "kind", "person", "hours", "dept", "attendees", "topic"]).limit(7, 60);
                for r in &rows {
                    t.row(vec![
                        r.id.to_string(),
                        r.day.clone(),
                        r.kind.as_str().into(),
                        r.person.clone(),
                        hours(r.minutes),
                        r.dept.clone(),
                        if r.kind == TrainingKind::Session {
                            r.attendees.to_string()
                        } else {
                            String::new()
                        },
                        r.topic.clone(),
                    ]);
                }
                t.print();
                if rows.len() == a.limit
                    && let Some(last) = rows.last()
                {
                    println!("(more: --before {}:{})", last.day, last.id);
                }
            }
            Ok(())
        }
        TrainingCmd::Report(a) => {
            let month = Month::parse(&a.month)?;
            let report = ops::report(desk, month)?;
            let format = match (a.json, a.csv, a.format.as_deref().map(str::trim)) {
                (true, _, _) | (_, _, Some("json")) => "json",
                (_, true, _) | (_, _, Some("csv")) => "csv",
                (_, _, None | Some("table")) => "table",
                (_, _, Some(other)) => return Err(invalid(format!("--format {other:?}: use table, json or csv"))),
            };
            match format {
                "json" => print_json(&report_json(&report, ctx)),
                "csv" => print_csv(&report)?,
                _ => print_report(&report),
            }
            Ok(())
        }
    }
}

/// `2026-11-20:12`.
fn key(s: &str) -> Result<(String, i64)> {
    let bad = || invalid(format!("--before {s:?}: use DAY:ID as the last line printed says"));
    let (day, id) = s.rsplit_once(':').ok_or_else(bad)?;
    NaiveDate::parse_from_str(day, "%Y-%m-%d").map_err(|_| bad())?;
    Ok((day.to_string(), id.parse().map_err(|_| bad())?))
}

fn training_json(t: &Training, ctx: &Ctx) -> Value {
    let mut v = serde_json::to_value(t).unwrap_or(Value::Null);
    v["recorded_at"] = rfc3339(t.recorded_at, ctx.config.desk.zone).into();
    v["hours"] = json!(t.minutes as f64 / 60.0);
    v
}

fn report_json(r: &Report, ctx: &Ctx) -> Value {
    json!({
        "month": r.month,
        "rule": "R6",
        "target_hours": r.target_minutes as f64 / 60.0,
        "people": r.rows.iter().map(|p| json!({
            "login": p.login,
            "name": p.name,
            "hours": p.minutes as f64 / 60.0,
            "own_hours": p.own_minutes as f64 / 60.0,
            "given_hours": p.given_minutes as f64 / 60.0,
            "staff": p.staff,
            "below_target": p.below,
        })).collect::<Vec<_>>(),
        "below_target": r.below().map(|p| p.login.clone()).collect::<Vec<_>>(),
        "sessions": r.sessions.iter().map(|t| training_json(t, ctx)).collect::<Vec<_>>(),
    })
}

fn print_report(r: &Report) {
    println!(
        "training {} (R6): target {} h a month per operations staff member",
        r.month,
        hours(r.target_minutes)
    );
    let mut t = Table::new(&["person", "name", "hours", "own", "given", ""]);
    for p in &r.rows {
        let mark = match (p.staff, p.below) {
            (true, true) => format!("BELOW TARGET ({} h short)", hours(r.target_minutes - p.minutes)),
            (false, _) => "(not operations staff)".into(),
            _ => String::new(),
        };
        t.row(vec![
            p.login.clone(),
            p.name.clone(),
            hours(p.minutes),
            hours(p.own_minutes),
            hours(p.given_minutes),
            mark,
        ]);
    }
    t.print();
    let below: Vec<&str> = r.below().map(|p| p.login.as_str()).collect();
    println!(
        "{} below target{}",
        below.len(),
        if below.is_empty() {
            String::new()
        } else {
            format!(": {}", below.join(", "))
        }
    );
    if !r.sessions.is_empty() {
        println!("\nsessions held for other departments");
        let mut s = Table::new(&["day", "dept", "trainer", "hours", "attendees", "topic"]).limit(5, 60);
        for x in &r.sessions {
            s.row(vec![
                x.day.clone(),
                x.dept.clone(),
                x.person.clone(),
                hours(x.minutes),
                x.attendees.to_string(),
                x.topic.clone(),
            ]);
        }
        s.print();
    }
}

/// One CSV cell: one line, a leading `=`, `+`, `-` or `@` made inert for spreadsheets, quoted when
/// it holds a comma or a quote.
fn cell(s: &str) -> String {
    let s = crate::text::sanitize_line(s);
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s
    };
    if s.contains([',', '"']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn print_csv(r: &Report) -> Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all("\u{feff}".as_bytes())?;
    let mut line = |cells: Vec<String>| -> std::io::Result<()> {
        let row: Vec<String> = cells.iter().map(|c| cell(c)).collect();
        out.write_all(row.join(",").as_bytes())?;
        out.write_all(b"\r\n")
    };
    line(
        [
            "month",
            "login",
            "name",
            "hours",
            "own_hours",
            "given_hours",
            "target_hours",
            "below_target",
            "staff",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect(),
    )?;
    for p in &r.rows {
        line(vec![
            r.month.clone(),
            p.login.clone(),
            p.name.clone(),
            hours(p.minutes),
            hours(p.own_minutes),
            hours(p.given_minutes),
            hours(r.target_minutes),
            if p.below { "yes".into() } else { "no".into() },
            if p.staff { "yes".into() } else { "no".into() },
        ])?;
    }
    out.flush()?;
    Ok(())
}
