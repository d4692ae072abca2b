//! Records as `--json` and as text. JSON fields are snake_case; instants are RFC 3339 with the
//! configured zone's offset.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde_json::{Value, json};

use super::output::{Table, field};
use crate::domain::audit::shown;
use crate::domain::duty::Duty;
use crate::domain::escalation::Level;
use crate::domain::time::{clock, local_minute, local_second, rfc3339};
use crate::ops::incidents::View;
use crate::store::audit::HistoryRow;
use crate::text::{sanitize_block, sanitize_line};

pub fn time_json(t: Option<DateTime<Utc>>, zone: Tz) -> Value {
    t.map_or(Value::Null, |t| Value::String(rfc3339(t, zone)))
}

pub fn duty_json(d: &Duty, zone: Tz, now: DateTime<Utc>) -> Value {
    json!({
        "id": d.id,
        "kind": d.kind.as_str(),
        "rule": d.kind.rule(),
        "record_kind": d.record_kind,
        "record_id": d.record_id,
        "episode": d.episode,
        "whom": d.whom,
        "raised_at": rfc3339(d.raised_at, zone),
        "due_at": rfc3339(d.due_at, zone),
        "done_at": time_json(d.done_at, zone),
        "done_by": d.done_by,
        "done_how": d.done_how,
        "state": d.state(now).as_str(),
        "late": d.late(),
        "version": d.version,
    })
}

pub fn history_json(h: &HistoryRow, zone: Tz) -> Value {
    json!({
        "id": h.id,
        "record_kind": h.record_kind,
        "record_id": h.record_id,
        "subject_kind": h.subject_kind,
        "subject_id": h.subject_id,
        "at": rfc3339(h.at, zone),
        "actor": h.actor,
        "action": h.action,
        "version": h.version,
        "changes": h.changes,
        "detail": h.detail,
    })
}

pub fn incident_json(v: &View, zone: Tz, now: DateTime<Utc>, with_history: bool) -> Value {
    let i = &v.incident;
    let mut out = json!({
        "id": i.id,
        "title": i.title,
        "description": i.description,
        "status": i.status.as_str(),
        "category": i.category.as_str(),
        "severity": i.severity.as_str(),
        "service": i.service,
        "channel": i.channel.as_str(),
        "reporter": i.reporter,
        "contact": i.contact,
        "dept": i.dept,
        "outage": i.outage,
        "human_cause": i.human_cause,
        "received_at": rfc3339(i.received_at, zone),
        "started_at": rfc3339(i.started_at, zone),
        "clock_start": rfc3339(i.clock_start, zone),
        "episode": i.episode,
        "owner": i.owner,
        "accepted_at": time_json(i.accepted_at, zone),
        "contacted_at": time_json(i.contacted_at, zone),
        "restored_at": time_json(i.restored_at, zone),
        "resolved_at": time_json(i.resolved_at, zone),
        "verified_at": time_json(i.verified_at, zone),
        "closed_at": time_json(i.closed_at, zone),
        "cause": i.cause,
        "satisfaction": i.satisfaction,
        "affected": i.affected,
        "escalation_level": v.level.as_str(),
        "next_escalation_level": v.next.map(|(l, _)| l.as_str()),
        "next_escalation_at": time_json(v.next.map(|(_, t)| t), zone),
        "duties": v.duties.iter().map(|d| duty_json(d, zone, now)).collect::<Vec<_>>(),
        "version": i.version,
        "updated_at": rfc3339(i.updated_at, zone),
        "updated_by": i.updated_by,
    });
    if with_history {
        out["history"] = v.history.iter().map(|h| history_json(h, zone)).collect();
    }
    out
}

/// "manager in 03:12", or "" when the ladder is done or stopped.
pub fn next_step(v: &View, now: DateTime<Utc>) -> String {
    match v.next {
        Some((l, t)) => format!("{} in {}", l.as_str(), clock(t - now)),
        None => String::new(),
    }
}

/// Open duties as "2 due, 1 missed".
pub fn duties_due(duties: &[Duty], now: DateTime<Utc>) -> String {
    use crate::domain::duty::DutyState;
    let pending = duties.iter().filter(|d| d.state(now) == DutyState::Pending).count();
    let missed = duties.iter().filter(|d| d.state(now) == DutyState::Missed).count();
    match (pending, missed) {
        (0, 0) => String::new(),
        (p, 0) => format!("{p} due"),
        (0, m) => format!("{m} MISSED"),
        (p, m) => format!("{p} due, {m} MISSED"),
    }
}

pub fn level_word(l: Level) -> &'static str {
    match l {
        Level::None => "-",
        other => other.as_str(),
    }
}

pub fn incident_table(views: &[View], zone: Tz, now: DateTime<Utc>) -> Table {
    let mut t = Table::new(&[
        "id",
        "sev",
        "status",
        "level",
        "next step",
        "duties",
        "category",
        "service",
        "owner",
        "received",
        "title",
    ])
    .limit(7, 16)
    .limit(10, 60);
    for v in views {
        let i = &v.incident;
        t.row(vec![
            i.id.to_string(),
            i.severity.as_str().into(),
            i.status.as_str().into(),
            level_word(v.level).into(),
            next_step(v, now),
            duties_due(&v.duties, now),
            i.category.as_str().into(),
            i.service.clone(),
            i.owner.clone().unwrap_or_default(),
            local_minute(i.received_at, zone),
            i.title.clone(),
        ]);
    }
    t
}

pub fn duty_line(d: &Duty, zone: Tz, now: DateTime<Utc>) -> String {
    let state = match (d.state(now), d.done_at) {
        // The reason says "withdrawn: …".
        (crate::domain::duty::DutyState::Withdrawn, Some(at)) => format!(
            "{} {} by {}",
            d.done_how,
            local_minute(at, zone),
            d.done_by.as_deref().unwrap_or("?"),
        ),
        (_, Some(at)) => format!(
            "done {} by {}{}: {}",
            local_minute(at, zone),
            d.done_by.as_deref().unwrap_or("?"),
            if d.late() { " (late)" } else { "" },
            d.done_how
        ),
        (crate::domain::duty::DutyState::Missed, None) => {
            format!("MISSED, was due {}", local_minute(d.due_at, zone))
        }
        _ => format!("due {} (in {})", local_minute(d.due_at, zone), clock(d.due_at - now)),
    };
    sanitize_line(&format!(
        "#{} {} [{}] {} -> {}",
        d.id,
        d.kind.as_str(),
        d.kind.rule(),
        state,
        d.whom
    ))
}

/// The end of every `show`: the record's duties with their clocks, then its history.
pub fn print_duties_and_history(duties: &[Duty], history: &[HistoryRow], zone: Tz, now: DateTime<Utc>) {
    if !duties.is_empty() {
        println!("\nduties");
        for d in duties {
            println!("  {}", duty_line(d, zone, now));
        }
    }
    if !history.is_empty() {
        println!("\nhistory");
        for h in history {
            println!("  {}", history_line(h, zone));
        }
    }
}

pub fn history_line(h: &HistoryRow, zone: Tz) -> String {
    let what = if h.record_kind == h.subject_kind && h.record_id == h.subject_id {
        h.action.clone()
    } else {
        format!("{} #{} {}", h.record_kind, h.record_id, h.action)
    };
    let changes: Vec<String> = if matches!(h.action.as_str(), "create" | "declare") || h.action.starts_with("raise") {
        Vec::new()
    } else {
        h.changes
            .iter()
            .filter(|c| c.field != "updated_at")
            .map(|c| format!("{}: {} -> {}", c.field, short(&c.before, zone), short(&c.after, zone)))
            .collect()
    };
    let mut line = format!("{}  {:<10} {}", local_second(h.at, zone), h.actor, what);
    if !changes.is_empty() {
        line.push_str(&format!("  [{}]", changes.join("; ")));
    }
    if !h.detail.is_empty() {
        line.push_str(&format!("  {}", h.detail));
    }
    sanitize_line(&line)
}

/// A history value, short; instants in the desk's zone.
fn short(v: &Value, zone: Tz) -> String {
    crate::text::truncate(&shown(v, zone), 40)
}

pub fn print_incident(v: &View, zone: Tz, now: DateTime<Utc>) {
    let i = &v.incident;
    println!("#{} {}", i.id, sanitize_line(&i.title));
    field("status", &format!("{} (version {})", i.status, i.version));
    field("severity", i.severity.as_str());
    field("category", i.category.as_str());
    field("service", &i.service);
    field("channel", i.channel.as_str());
    field("reporter", &format!("{} {}", i.reporter, i.contact));
    field("dept", &i.dept);
    if !i.affected.is_empty() {
        field("affects", &i.affected.join(", "));
    }
    field("owner", i.owner.as_deref().unwrap_or("-"));
    field("started", &local_second(i.started_at, zone));
    field("received", &local_second(i.received_at, zone));
    if i.episode > 0 {
        field(
            "reopened",
            &format!("{} (episode {})", local_second(i.clock_start, zone), i.episode),
        );
    }
    for (label, t) in [
        ("accepted", i.accepted_at),
        ("contacted", i.contacted_at),
        ("restored", i.restored_at),
        ("resolved", i.resolved_at),
        ("verified", i.verified_at),
        ("closed", i.closed_at),
    ] {
        if let Some(t) = t {
            field(label, &local_second(t, zone));
        }
    }
    let next = next_step(v, now);
    field(
        "level",
        &format!(
            "{}{}",
            v.level.as_str(),
            if next.is_empty() {
                String::new()
            } else {
                format!(", {next}")
            }
        ),
    );
    if i.outage {
        field(
            "outage",
            if i.human_cause {
                "service suspended (human cause)"
            } else {
                "service suspended"
            },
        );
    }
    if !i.cause.is_empty() {
        field("cause", &i.cause);
    }
    if let Some(s) = i.satisfaction {
        field("satisfaction", &format!("{s}/5"));
    }
    if !i.description.is_empty() {
        println!("\n{}", sanitize_block(&i.description));
    }
    print_duties_and_history(&v.duties, &v.history, zone, now);
}

/// After a step, the duties it raised, one line each on stderr (stdout keeps the record or its
/// id for scripts).
pub fn print_raised<'a>(raised: impl IntoIterator<Item = &'a Duty>, zone: Tz) {
    for d in raised {
        eprintln!(
            "{}",
            crate::text::sanitize_line(&format!(
                "  duty #{} {} ({}) due {} -> {}",
                d.id,
                d.kind.as_str(),
                d.kind.rule(),
                rfc3339(d.due_at, zone),
                d.whom
            ))
        );
    }
}
