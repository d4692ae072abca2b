//! `opsdesk report …`: the quality reports. Daily and weekly work reports (Q1), the half-year
//! KPI review against its targets (Q3, Q4), the monthly ranking of departments (Q2).

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::Ctx;
use super::output::{Table, json};
use super::request_export::export_lang;
use crate::domain::report::period::{Span, last_half};
use crate::domain::report::ranking::Ranked;
use crate::domain::role::Actor;
use crate::error::invalid;
use crate::notify::work_report as notice;
use crate::ops::Writes;
use crate::ops::reports::{self, KpiReport, MonthReport};

#[derive(Subcommand, Debug)]
pub enum ReportCmd {
    /// The day's work report (Q1): incidents opened, restored, resolved and still open,
    /// escalations, duties missed, changes done, requests due and late, open issues
    Daily(WorkArgs),
    /// The week's work report (Q1), Monday to Sunday, with the same figures
    Weekly(WorkArgs),
    /// The half-year KPI review (Q3): response speed, coverage, resolution rate, satisfaction
    /// and error rate beside their targets in [quality] of the config, met or not (Q4)
    Kpi(KpiArgs),
    /// The month's evaluation of every department served and every IT team (Q2): availability,
    /// data accuracy, timeliness and satisfaction, weighted as [quality.month] says, ranked
    Month(MonthArgs),
}

#[derive(Args, Debug)]
pub struct WorkArgs {
    /// A day of the period, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// The supervisor's words: progress, open issues, measures taken
    #[arg(long)]
    pub text: Option<String>,
    /// The figures as JSON rather than the written report
    #[arg(long)]
    pub json: bool,
    /// Send it through the outbox to the IT department's manager and leaders, its supervisors
    /// copied (supervisor or above): the figures as they stand now, kept with the record
    #[arg(long)]
    pub send: bool,
}

#[derive(Args, Debug)]
pub struct KpiArgs {
    /// The half-year, such as 2026H2 [default: the last one ended]
    #[arg(long)]
    pub half: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct MonthArgs {
    /// The month, YYYY-MM
    #[arg(long)]
    pub month: String,
    #[arg(long)]
    pub json: bool,
}

pub fn run(ctx: &Ctx, c: &ReportCmd) -> Result<()> {
    let (mut desk, actor) = ctx.open_as_user()?;
    run_on(ctx, &mut desk, &actor, c)
}

/// [`run`] on a desk of either engine, as `actor`.
pub fn run_on(ctx: &Ctx, desk: &mut impl Writes, actor: &Actor, c: &ReportCmd) -> Result<()> {
    match c {
        ReportCmd::Daily(a) | ReportCmd::Weekly(a) => {
            let span = if matches!(c, ReportCmd::Daily(_)) {
                Span::Daily
            } else {
                Span::Weekly
            };
            let zone = desk.zone();
            let date = match &a.date {
                Some(d) => NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d")
                    .map_err(|_| invalid(format!("--date {d:?}: use YYYY-MM-DD")))?,
                None => ctx.now.with_timezone(&zone).date_naive(),
            };
            let text = a.text.as_deref().unwrap_or("");
            if a.send {
                let (sent, duty) = reports::send(desk, actor, span, date, text, ctx.now)?;
                if a.json {
                    json(&serde_json::json!({ "report": sent, "duty": duty }));
                } else {
                    println!(
                        "work report {} sent: the {} report {}, to the outbox",
                        sent.id,
                        span.as_str(),
                        sent.period
                    );
                }
                super::render::print_raised(duty.iter(), zone);
                return Ok(());
            }
            let r = reports::work(desk, span, date, text, ctx.now)?;
            if a.json {
                json(&serde_json::to_value(&r)?);
            } else {
                let lang = export_lang(ctx, desk)?;
                print!("{}", notice::render(&r, &lang, desk.templates(), zone)?);
            }
            Ok(())
        }
        ReportCmd::Kpi(a) => {
            let half = a.half.clone().unwrap_or_else(|| last_half(ctx.now, desk.zone()));
            let r = reports::kpi(desk, &half)?;
            if a.json {
                json(&serde_json::to_value(&r)?);
            } else {
                print_kpi(&r);
            }
            Ok(())
        }
        ReportCmd::Month(a) => {
            let r = reports::month(desk, &a.month, ctx.now)?;
            if a.json {
                json(&serde_json::to_value(&r)?);
            } else {
                print_month(&r);
            }
            Ok(())
        }
    }
}

fn pct(v: Option<f64>) -> String {
    v.map_or_else(|| "-".into(), |v| format!("{v:.2}%"))
}

fn print_kpi(r: &KpiReport) {
    println!(
        "KPI review {} ({} to {})",
        r.period.label, r.period.first_day, r.period.last_day
    );
    let mut t = Table::new(&["kpi", "actual", "target", "of", "met"]);
    for k in &r.kpis {
        let bound = if k.bound == "at_most" { "<=" } else { ">=" };
        t.row(vec![
            k.key.into(),
            pct(k.actual_percent),
            format!("{bound} {:.2}%", k.target_percent),
            format!("{}/{}", k.part, k.whole),
            match k.met {
                Some(true) => "met".into(),
                Some(false) => "NOT MET".into(),
                None => "nothing to measure".into(),
            },
        ]);
    }
    t.print();
    println!(
        "(response: accepted within {} minutes of reaching the desk)",
        r.response_minutes
    );
}

fn print_month(r: &MonthReport) {
    let w = &r.weights;
    println!(
        "Departments served, {} (weights: availability {}, accuracy {}, timeliness {}, satisfaction {})",
        r.period.label, w.availability, w.accuracy, w.timeliness, w.satisfaction
    );
    if r.rows.is_empty() {
        println!("no business departments on this desk");
    } else {
        ranking_table(&r.rows, "dept").print();
    }
    println!();
    println!(
        "IT teams, {} (a record counts for its owner's team; the same weights)",
        r.period.label
    );
    if r.teams.is_empty() {
        println!("no IT departments on this desk");
    } else {
        ranking_table(&r.teams, "team").print();
    }
}

fn ranking_table(rows: &[Ranked], who: &str) -> Table {
    let mut t = Table::new(&[
        "rank",
        who,
        "total",
        "availability",
        "outage",
        "accuracy",
        "errors",
        "timeliness",
        "met/due",
        "satisfaction",
        "rated",
    ]);
    let score = |v: Option<f64>| v.map_or_else(|| "-".into(), |v| format!("{v:.2}"));
    for x in rows {
        let f = &x.figures;
        t.row(vec![
            x.rank.to_string(),
            f.dept.clone(),
            format!("{:.2}", x.total),
            format!("{:.2}", x.availability),
            crate::domain::outage::minutes_text(f.outage_seconds),
            format!("{:.2}", x.accuracy),
            f.data_errors.to_string(),
            score(x.timeliness),
            format!("{}/{}", f.met, f.due),
            score(x.satisfaction),
            if f.rated > 0 {
                format!("{} (avg {:.2})", f.rated, f.rating_sum as f64 / f.rated as f64)
            } else {
                "0".into()
            },
        ]);
    }
    t
}
