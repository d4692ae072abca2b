//! `opsdesk calendar`: a month of the working calendar (W1, W2).

use anyhow::Result;
use chrono::Datelike;
use clap::Args;
use serde_json::json;

use super::Ctx;
use super::change_view::this_month;
use super::output::json;
use crate::domain::calendar::{Calendar, DayKind};
use crate::domain::change::parse_month;

#[derive(Args, Debug)]
pub struct CalendarArgs {
    /// YYYY-MM [default: this month]
    #[arg(long)]
    pub month: Option<String>,
    #[arg(long)]
    pub json: bool,
}

/// `opsdesk calendar`: a month with its days off and make-up working days (W1, W2).
pub fn run(ctx: &Ctx, a: &CalendarArgs) -> Result<()> {
    let cal = Calendar::from_config(&ctx.config);
    let month = a.month.clone().unwrap_or_else(|| this_month(ctx, cal.zone));
    let (y, m) = parse_month(&month)?;
    let days = cal.month(y, m);
    if a.json {
        json(&json!({
            "month": format!("{y:04}-{m:02}"),
            "zone": cal.zone.name(),
            "calendar_known": cal.knows(y),
            "working_hours": format!("{}-{}", cal.day_start.format("%H:%M"), cal.day_end.format("%H:%M")),
            "days": days.iter().map(|(d, k)| json!({"date": d.to_string(), "weekday": d.format("%a").to_string(), "kind": k, "working": k.is_working()})).collect::<Vec<_>>(),
        }));
        return Ok(());
    }
    println!(
        "{y:04}-{m:02}  ({}, working hours {}-{})",
        cal.zone.name(),
        cal.day_start.format("%H:%M"),
        cal.day_end.format("%H:%M")
    );
    if !cal.knows(y) {
        println!(
            "note: the calendar has no holidays for {y}; weekdays only. Add them under [[calendar.years]] in config.toml"
        );
    }
    println!(" Mo  Tu  We  Th  Fr  Sa  Su     H holiday  W make-up working day");
    let lead = days
        .first()
        .map(|(d, _)| d.weekday().num_days_from_monday())
        .unwrap_or(0);
    let mut line = "    ".repeat(lead as usize);
    for (d, k) in &days {
        let mark = match k {
            DayKind::Holiday => "H",
            DayKind::MakeUp => "W",
            _ => " ",
        };
        line.push_str(&format!("{:>3}{mark}", d.day()));
        if d.weekday().num_days_from_monday() == 6 {
            println!("{}", line.trim_end());
            line.clear();
        }
    }
    if !line.trim().is_empty() {
        println!("{}", line.trim_end());
    }
    Ok(())
}
