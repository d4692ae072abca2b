//! How `opsdesk change` shows a change and a month's plan: the table, the fields, the JSON.

use chrono::{DateTime, Datelike, Utc};
use chrono_tz::Tz;
use serde_json::{Value, json};

use super::output::field;
use super::render::{duty_json, history_json, print_duties_and_history, time_json};
use crate::domain::calendar::{DayKind, unknown_years_note};
use crate::domain::time::{clock, local_minute, rfc3339};
use crate::ops::changes::{MonthPlan, View};
use crate::text::{sanitize_block, sanitize_line};

pub fn change_json(v: &View, zone: Tz, now: DateTime<Utc>, with_history: bool) -> Value {
    let c = &v.change;
    let mut out = serde_json::to_value(c).unwrap_or(Value::Null);
    for (k, t) in [
        ("window_start", c.window_start),
        ("window_end", c.window_end),
        ("test_confirmed_at", c.test_confirmed_at),
        ("c7_phoned_at", c.c7_phoned_at),
        ("started_at", c.started_at),
        ("ended_at", c.ended_at),
        ("confirmed_at", c.confirmed_at),
        ("closed_at", c.closed_at),
    ] {
        out[k] = time_json(t, zone);
    }
    out["updated_at"] = Value::String(rfc3339(c.updated_at, zone));
    out["gates"] = v
        .gates
        .iter()
        .map(|g| json!({"rule": g.rule, "message": g.message, "earliest": time_json(g.earliest, zone)}))
        .collect();
    out["next_deadline"] = match v.next {
        Some((k, t)) => json!({"kind": k.as_str(), "rule": k.rule(), "due_at": rfc3339(t, zone)}),
        None => Value::Null,
    };
    out["duties"] = v.duties.iter().map(|d| duty_json(d, zone, now)).collect();
    out["calendar_unknown_years"] = json!(v.unknown_years);
    if with_history {
        out["history"] = v.history.iter().map(|h| history_json(h, zone)).collect();
    }
    out
}

/// W2: a step whose deadlines were counted across a year the calendar does not know says so.
pub(super) fn note_unknown_years(v: &View) {
    if let Some(note) = unknown_years_note(&v.unknown_years) {
        eprintln!("opsdesk: note: {note}");
    }
}

pub(super) fn next_text(v: &View, now: DateTime<Utc>) -> String {
    match v.next {
        Some((k, t)) if t < now => format!("{} MISSED {} ago", k.rule(), clock(now - t)),
        Some((k, t)) => format!("{} in {}", k.rule(), clock(t - now)),
        None => String::new(),
    }
}

pub(super) fn window_text(v: &View, zone: Tz) -> String {
    match (v.change.window_start, v.change.window_end) {
        (Some(s), Some(e)) => format!("{} - {}", local_minute(s, zone), local_minute(e, zone)),
        _ => "-".into(),
    }
}

pub(super) fn print_change(v: &View, zone: Tz, now: DateTime<Utc>) {
    let c = &v.change;
    println!("change #{} {}", c.id, sanitize_line(&c.title));
    field("status", &format!("{} (version {})", c.status, c.version));
    field(
        "month",
        &format!(
            "{}{}",
            c.planned_month,
            if c.unplanned {
                format!(" (unplanned: {})", c.requirement)
            } else {
                String::new()
            }
        ),
    );
    field("window", &window_text(v, zone));
    field("systems", &c.systems.join(", "));
    let flags: Vec<&str> = [
        (c.user_affecting, "user-affecting (C4, C5)"),
        (c.cross_dept(), "cross-department (C6)"),
        (c.complex, "complex (C9)"),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, s)| *s)
    .collect();
    field("kind", &flags.join(", "));
    field("departments", &c.departments.join(", "));
    if c.cross_dept() {
        field(
            "collaborators",
            &format!("{}  steps: {}", c.collaborators.join(", "), c.steps),
        );
    }
    for (label, value) in [
        ("scope", &c.scope),
        ("impact", &c.impact_duration),
        ("operator", &c.operator),
        ("IT contact", &c.it_contact),
        ("notes", &c.notes),
    ] {
        if !value.is_empty() {
            field(label, value);
        }
    }
    if let Some(t) = c.test_confirmed_at {
        field(
            "tested",
            &format!("{} by {}", local_minute(t, zone), c.test_confirmed_by),
        );
    }
    if !c.override_gates.is_empty() {
        field(
            "OVERRIDE",
            &format!(
                "{} by {}: {}",
                c.override_gates.join(", "),
                c.override_by.as_deref().unwrap_or("?"),
                c.override_reason
            ),
        );
    }
    if let Some(by) = &c.start_override_by {
        field(
            "OVERRIDE",
            &format!("started outside its window by {by}: {}", c.start_override_reason),
        );
    }
    if let Some(o) = c.outcome {
        field("outcome", &format!("{o} {}", c.outcome_note));
    }
    let next = next_text(v, now);
    if !next.is_empty() {
        field("next", &next);
    }
    if let Some(note) = unknown_years_note(&v.unknown_years) {
        field("CALENDAR", &note);
    }
    if !c.description.is_empty() {
        println!("\n{}", sanitize_block(&c.description));
    }
    if !v.gates.is_empty() {
        println!("\ngates that would refuse scheduling now");
        for g in &v.gates {
            println!("  {}", sanitize_line(&g.message));
        }
    }
    print_duties_and_history(&v.duties, &v.history, zone, now);
}

pub(super) fn print_plan(p: &MonthPlan, zone: Tz) {
    println!("change plan {:04}-{:02} (C1)", p.year, p.month);
    for (day, kind) in &p.days {
        let mark = match kind {
            DayKind::Working => "",
            DayKind::Weekend => "weekend",
            DayKind::Holiday => "HOLIDAY",
            DayKind::MakeUp => "make-up workday",
        };
        let todays: Vec<String> = p
            .changes
            .iter()
            .filter(|c| {
                c.window_start
                    .is_some_and(|s| s.with_timezone(&zone).date_naive() == *day)
            })
            .map(|c| {
                let (s, e) = (c.window_start.unwrap_or_default(), c.window_end.unwrap_or_default());
                format!(
                    "#{} {}-{} {} [{}] {}",
                    c.id,
                    s.with_timezone(&zone).format("%H:%M"),
                    e.with_timezone(&zone).format("%H:%M"),
                    sanitize_line(&c.title),
                    sanitize_line(&c.systems.join(",")),
                    c.status
                )
            })
            .collect();
        println!(
            "{} {:<3} {:<16} {}",
            day.format("%m-%d"),
            day.format("%a"),
            mark,
            todays.join("; ")
        );
    }
    let unplaced: Vec<&crate::domain::change::Change> = p.changes.iter().filter(|c| c.window_start.is_none()).collect();
    if !unplaced.is_empty() {
        println!(
            "\nwithout a window: {}",
            unplaced
                .iter()
                .map(|c| format!("#{} {}", c.id, sanitize_line(&c.title)))
                .collect::<Vec<_>>()
                .join("; ")
        );
    }
    if !p.conflicts.is_empty() {
        println!("\nconflicts");
        for c in &p.conflicts {
            println!("  {}", sanitize_line(&c.detail));
        }
    }
}

pub(super) fn plan_json(p: &MonthPlan, zone: Tz) -> Value {
    json!({
        "month": format!("{:04}-{:02}", p.year, p.month),
        "days": p.days.iter().map(|(d, k)| json!({"date": d.to_string(), "kind": k})).collect::<Vec<_>>(),
        "changes": p.changes.iter().map(|c| json!({
            "id": c.id, "title": c.title, "systems": c.systems, "status": c.status.as_str(),
            "window_start": time_json(c.window_start, zone), "window_end": time_json(c.window_end, zone),
        })).collect::<Vec<_>>(),
        "conflicts": p.conflicts,
    })
}

/// `YYYY-MM` of today in the desk's zone.
pub(super) fn this_month(ctx: &super::Ctx, zone: Tz) -> String {
    let d = ctx.now.with_timezone(&zone);
    format!("{:04}-{:02}", d.year(), d.month())
}
