//! `opsdesk response …` and `opsdesk incident declare-major`: the emergency response a major
//! incident starts (I14, E2): the leadership group told at once, a progress report every
//! interval until the stand-down, then the review.

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::json;

use super::Ctx;
use super::output::{Table, field, json};
use super::record_args::ShowArgs;
use super::render::{duty_json, duty_line, history_json, history_line, time_json};
use crate::domain::emergency::{Declaration, Measure, Response, Review, StandDown};
use crate::domain::role::Actor;
use crate::domain::time::{clock, local_minute, rfc3339};
use crate::error::invalid;
use crate::ops::Call;
use crate::ops::Writes;
use crate::ops::emergency::{self as ops, Outcome, ResponseCmd, ResponseView};
use crate::text::sanitize_line;

#[derive(Args, Debug)]
pub struct DeclareArgs {
    /// The incident
    pub id: i64,
    /// The emergency plan it is handled under (see opsdesk plan list)
    #[arg(long)]
    pub plan: i64,
    /// Why it is major
    #[arg(long, default_value = "")]
    pub reason: String,
    /// When it was declared, if recorded after the fact [default: now]
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub at: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Subcommand, Debug)]
pub enum ResponseCmdArgs {
    /// The responses, newest first
    List(ListArgs),
    /// One response: its incident, the next report's countdown, duties, messages and timeline
    Show(ShowArgs),
    /// The operator's words for the next progress report (anyone on the desk)
    Report(ReportArgs),
    /// Stand the response down (supervisor and above): the reports stop, the all-clear goes,
    /// the review is owed
    StandDown(StandDownArgs),
    /// Record the review (supervisor and above: --causes, --measure with --owner), then print
    /// the review document; without --causes, print it as it stands
    Review(ReviewArgs),
    /// Make measure N of the review a problem (supervisor and above; P1): it opens with the
    /// measure as its title and the review's causes, the incident linked
    Problem(MeasureProblemArgs),
    /// Make measure N of the review a corrective notice to a department (supervisor and above;
    /// Q6): the measure and its owner, the review's causes as the findings; sent as any notice
    Corrective(MeasureCorrectiveArgs),
}

#[derive(Args, Debug)]
pub struct MeasureCorrectiveArgs {
    pub id: i64,
    /// The measure's number in the review (1 for the first)
    #[arg(long, value_name = "N")]
    pub measure: usize,
    /// The department it goes to (its code, see opsdesk dept list)
    #[arg(long, value_name = "CODE")]
    pub dept: String,
    /// When the measure must be done
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub due: String,
    /// The effect expected once it is done
    #[arg(long, value_name = "TEXT")]
    pub expected_effect: String,
    #[arg(long, value_name = "N")]
    pub if_version: Option<i64>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct MeasureProblemArgs {
    pub id: i64,
    /// The measure's number in the review (1 for the first)
    #[arg(long, value_name = "N")]
    pub measure: usize,
    #[arg(long, value_name = "N")]
    pub if_version: Option<i64>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    #[arg(long, value_name = "ID")]
    pub before: Option<i64>,
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ReportArgs {
    pub id: i64,
    #[arg(long)]
    pub text: String,
    #[arg(long, value_name = "N")]
    pub if_version: Option<i64>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct StandDownArgs {
    pub id: i64,
    #[arg(long, default_value = "")]
    pub note: String,
    /// When it stood down [default: now]
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub at: Option<String>,
    #[arg(long, value_name = "N")]
    pub if_version: Option<i64>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ReviewArgs {
    pub id: i64,
    #[arg(long)]
    pub causes: Option<String>,
    /// What the plan missed
    #[arg(long, default_value = "")]
    pub missed: String,
    /// A measure, once each, with its --owner in the same order
    #[arg(long = "measure", value_name = "TEXT")]
    pub measures: Vec<String>,
    #[arg(long = "owner", value_name = "NAME")]
    pub owners: Vec<String>,
    #[arg(long, value_name = "N")]
    pub if_version: Option<i64>,
    /// The document's language: en or zh-CN [default: the desk's message language]
    #[arg(long = "in", value_name = "LANG")]
    pub lang: Option<String>,
    #[arg(long)]
    pub json: bool,
}

pub fn response_json(r: &Response, zone: chrono_tz::Tz, now: chrono::DateTime<chrono::Utc>) -> serde_json::Value {
    json!({
        "id": r.id,
        "incident_id": r.incident_id,
        "plan_id": r.plan_id,
        "plan_name": r.plan_name,
        "plan_revision": r.plan_revision,
        "group": r.group,
        "declared_at": rfc3339(r.declared_at, zone),
        "declared_by": r.declared_by,
        "auto": r.auto,
        "reason": r.reason,
        "active": r.active(),
        "report_every_minutes": r.report_every_minutes,
        "next_report_at": time_json(r.next_report_at(now), zone),
        "words": r.words,
        "words_at": time_json(r.words_at, zone),
        "stood_down_at": time_json(r.stood_down_at, zone),
        "stood_down_by": r.stood_down_by,
        "stand_down_note": r.stand_down_note,
        "review_due": time_json(r.review_due, zone),
        "causes": r.causes,
        "missed": r.missed,
        "measures": r.measures,
        "reviewed_by": r.reviewed_by,
        "reviewed_at": time_json(r.reviewed_at, zone),
        "version": r.version,
    })
}

fn view_json(v: &ResponseView, zone: chrono_tz::Tz, now: chrono::DateTime<chrono::Utc>) -> serde_json::Value {
    let mut out = response_json(&v.response, zone, now);
    out["incident_title"] = v.incident.title.clone().into();
    out["duties"] = v.duties.iter().map(|d| duty_json(d, zone, now)).collect();
    out["messages"] = v
        .messages
        .iter()
        .map(|m| {
            json!({"id": m.id, "duty_id": m.duty_id, "medium": m.medium.as_str(), "state": m.state.as_str(),
                   "to": m.to, "cc": m.cc, "subject": m.subject, "sent_at": time_json(m.sent_at, zone)})
        })
        .collect();
    out["timeline"] = v.timeline.iter().map(|h| history_json(h, zone)).collect();
    out
}

fn print_outcome(out: &Outcome, zone: chrono_tz::Tz, now: chrono::DateTime<chrono::Utc>) {
    let r = &out.response;
    match r.next_report_at(now) {
        Some(next) => println!(
            "response {} of incident {}: active, next progress report {} (in {})",
            r.id,
            r.incident_id,
            local_minute(next, zone),
            clock(next - now)
        ),
        None => println!("response {} of incident {}: stood down", r.id, r.incident_id),
    }
    for d in &out.raised {
        println!("  {}", duty_line(d, zone, now));
    }
}

/// `opsdesk incident declare-major ID --plan P`: one transaction; then the notices' messages
/// are written at once (the engine or `opsdesk send` sends them).
pub fn declare_major(ctx: &Ctx, desk: &mut impl Writes, actor: &Actor, a: &DeclareArgs) -> Result<()> {
    let (zone, now) = (desk.zone(), ctx.now);
    let d = Declaration {
        reason: a.reason.clone(),
        at: a.at.as_deref().map(|t| ctx.time("--at", t)).transpose()?,
        auto: false,
    };
    let out = ops::declare(desk, &Call::new(actor, now), a.id, a.plan, &d)?;
    let (written, problems) = crate::ops::outbox::prepare(desk, &actor.login, now)?;
    for p in &problems {
        eprintln!("opsdesk: no message written for {}", sanitize_line(p));
    }
    if a.json {
        let v = ops::show_response(desk, out.response.id, now)?;
        json(&view_json(&v, zone, now));
    } else {
        println!("incident {} declared major: response {}", a.id, out.response.id);
        print_outcome(&out, zone, now);
        println!("{written} message(s) written: opsdesk outbox list");
    }
    Ok(())
}

fn print_view(v: &ResponseView, zone: chrono_tz::Tz, now: chrono::DateTime<chrono::Utc>) {
    let r = &v.response;
    println!(
        "response #{} of incident #{} {}",
        r.id,
        r.incident_id,
        sanitize_line(&v.incident.title)
    );
    field(
        "plan",
        &format!("#{} {} (rev {})", r.plan_id, r.plan_name, r.plan_revision),
    );
    let by = if r.auto {
        format!("{} (config rule)", r.declared_by)
    } else {
        r.declared_by.clone()
    };
    field(
        "declared",
        &format!("{} by {by}: {}", local_minute(r.declared_at, zone), r.reason),
    );
    let group: Vec<String> = r.group.iter().map(|m| format!("{} ({})", m.name, m.role)).collect();
    field("group", &group.join(", "));
    match (v.next_report_at, r.stood_down_at) {
        (Some(next), _) => field(
            "next report",
            &format!(
                "{} (in {}; every {} min)",
                local_minute(next, zone),
                clock(next - now),
                r.report_every_minutes
            ),
        ),
        (None, Some(at)) => field(
            "stood down",
            &format!(
                "{} by {}: {}",
                local_minute(at, zone),
                r.stood_down_by.as_deref().unwrap_or("?"),
                r.stand_down_note
            ),
        ),
        (None, None) => {}
    }
    if !r.words.is_empty() {
        field("words", &r.words);
    }
    if let Some(due) = r.review_due {
        let state = match &r.reviewed_by {
            Some(by) => format!("reviewed by {by}"),
            None => format!("due {}", local_minute(due, zone)),
        };
        field("review", &state);
    }
    for (i, m) in r.measures.iter().enumerate() {
        let made: String = [("problem", m.problem), ("corrective notice", m.corrective)]
            .iter()
            .filter_map(|(w, id)| id.map(|id| format!(": {w} {id}")))
            .collect();
        field("measure", &format!("{}. {} (owner: {}){made}", i + 1, m.what, m.owner));
    }
    if !v.duties.is_empty() {
        println!("\nduties");
        for d in &v.duties {
            println!("  {}", duty_line(d, zone, now));
        }
    }
    println!("\ntimeline (the incident's and the response's)");
    for h in &v.timeline {
        println!("  {}", history_line(h, zone));
    }
}

pub fn run(ctx: &Ctx, cmd: &ResponseCmdArgs) -> Result<()> {
    let (mut desk, actor) = ctx.open_as_user()?;
    run_on(ctx, &mut desk, &actor, cmd)
}

/// [`run`] on a desk of either engine.
pub fn run_on(ctx: &Ctx, desk: &mut impl Writes, actor: &Actor, cmd: &ResponseCmdArgs) -> Result<()> {
    let (zone, now) = (desk.zone(), ctx.now);
    let call = |v: Option<i64>| Call::new(actor, now).if_version(v);
    let (out, as_json) = match cmd {
        ResponseCmdArgs::List(a) => {
            let list = ops::responses(desk, a.before, a.limit.clamp(1, 1000))?;
            if a.json {
                json(&serde_json::Value::Array(
                    list.iter()
                        .map(|(r, title)| {
                            let mut v = response_json(r, zone, now);
                            v["incident_title"] = title.clone().into();
                            v
                        })
                        .collect(),
                ));
            } else if list.is_empty() {
                println!("no responses: opsdesk incident declare-major ID --plan P");
            } else {
                let mut t = Table::new(&["id", "incident", "plan", "declared", "state"]).limit(1, 40);
                for (r, title) in &list {
                    let state = match r.next_report_at(now) {
                        Some(next) => format!("ACTIVE, next report in {}", clock(next - now)),
                        None if r.reviewed_by.is_some() => "reviewed".into(),
                        None => "stood down".into(),
                    };
                    t.row(vec![
                        r.id.to_string(),
                        format!("#{} {title}", r.incident_id),
                        r.plan_name.clone(),
                        local_minute(r.declared_at, zone),
                        state,
                    ]);
                }
                t.print();
            }
            return Ok(());
        }
        ResponseCmdArgs::Show(a) => {
            let v = ops::show_response(desk, a.id, now)?;
            if a.json {
                json(&view_json(&v, zone, now));
            } else {
                print_view(&v, zone, now);
            }
            return Ok(());
        }
        ResponseCmdArgs::Report(a) => (
            ops::apply_response(desk, &call(a.if_version), a.id, &ResponseCmd::Say(a.text.clone()))?,
            a.json,
        ),
        ResponseCmdArgs::StandDown(a) => {
            let s = StandDown {
                note: a.note.clone(),
                at: a.at.as_deref().map(|t| ctx.time("--at", t)).transpose()?,
            };
            let out = ops::apply_response(desk, &call(a.if_version), a.id, &ResponseCmd::StandDown(s))?;
            crate::ops::outbox::prepare(desk, &actor.login, now)?;
            (out, a.json)
        }
        ResponseCmdArgs::Review(a) => return review(ctx, desk, actor, a),
        ResponseCmdArgs::Corrective(a) => {
            let to = ops::CorrectiveFor {
                dept: a.dept.clone(),
                due_at: ctx.time("--due", &a.due)?,
                expected_effect: a.expected_effect.clone(),
            };
            let (out, made) = ops::measure_to_corrective(desk, &call(a.if_version), a.id, a.measure, &to)?;
            crate::ops::outbox::prepare(desk, &actor.login, now)?;
            if a.json {
                json(&json!({"response": response_json(&out.response, zone, now), "corrective_id": made}));
            } else {
                println!(
                    "measure {} of response {} is now corrective notice {made} (opsdesk corrective show {made})",
                    a.measure, a.id
                );
            }
            return Ok(());
        }
        ResponseCmdArgs::Problem(a) => {
            let (out, problem) = ops::measure_to_problem(desk, &call(a.if_version), a.id, a.measure)?;
            if a.json {
                json(&json!({"response": response_json(&out.response, zone, now), "problem_id": problem}));
            } else {
                println!(
                    "measure {} of response {} is now problem {problem} (opsdesk problem show {problem})",
                    a.measure, a.id
                );
            }
            return Ok(());
        }
    };
    if as_json {
        json(&response_json(&out.response, zone, now));
    } else {
        print_outcome(&out, zone, now);
    }
    Ok(())
}

fn review(ctx: &Ctx, desk: &mut impl Writes, actor: &Actor, a: &ReviewArgs) -> Result<()> {
    let now = ctx.now;
    if let Some(causes) = &a.causes {
        if a.measures.len() != a.owners.len() {
            return Err(invalid(format!(
                "{} --measure and {} --owner: give each measure its owner, in the same order",
                a.measures.len(),
                a.owners.len()
            )));
        }
        let rv = Review {
            causes: causes.clone(),
            missed: a.missed.clone(),
            measures: a
                .measures
                .iter()
                .zip(&a.owners)
                .map(|(what, owner)| Measure {
                    what: what.clone(),
                    owner: owner.clone(),
                    problem: None,
                    corrective: None,
                })
                .collect(),
        };
        let call = Call::new(actor, now).if_version(a.if_version);
        ops::apply_response(desk, &call, a.id, &ResponseCmd::Review(rv))?;
        crate::ops::outbox::prepare(desk, &actor.login, now)?;
    }
    let lang = match a.lang.as_deref() {
        Some(l @ ("en" | "zh-CN")) => l.to_string(),
        Some(other) => return Err(invalid(format!("--in {other:?}: use en or zh-CN"))),
        None => ctx.config.notify.language.code().to_string(),
    };
    let doc = ops::documents::review_document(desk, a.id, &lang, now)?;
    if a.json {
        json(&json!({"response_id": a.id, "lang": lang, "markdown": doc}));
    } else {
        print!("{}", crate::text::sanitize_block(&doc));
    }
    Ok(())
}
