//! How `opsdesk support` shows a contact form: its reply clock in words, the ledger's table, the
//! fields of `show`, the JSON (instants in the desk's zone).

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde_json::{Value, json};

use super::output::{Table, field};
use super::render::{duty_json, history_json, print_duties_and_history, time_json};
use crate::domain::calendar::Calendar;
use crate::domain::request::working_span;
use crate::domain::support::{ReplyClock, SupportForm};
use crate::domain::time::{clock, local_minute, rfc3339};
use crate::ops::support::View;
use crate::text::sanitize_line;

/// The reply clock in a few words: `reply due 2026-11-10 11:00 (00:45 left)`, `reply MISSED …`.
pub fn clock_text(v: &View, cal: &Calendar, now: DateTime<Utc>) -> String {
    let at = |t: DateTime<Utc>| local_minute(t, cal.zone);
    match v.clock {
        ReplyClock::Running { due, left } => format!("reply due {} ({} left)", at(due), working_span(left, cal)),
        ReplyClock::Missed { due } => format!("reply MISSED: due {}, {} ago", at(due), clock(now - due)),
        ReplyClock::Met { at: r, late: false, .. } => format!("replied {} (met)", at(r)),
        ReplyClock::Met { at: r, due, late: true } => format!("replied {} LATE (due {})", at(r), at(due)),
        ReplyClock::Stopped { .. } => "closed before the reply was due".into(),
    }
}

/// `full+standard`.
pub fn types_text(f: &SupportForm) -> String {
    f.types.iter().map(|t| t.as_str()).collect::<Vec<_>>().join("+")
}

/// The proposal in a few words: `round 3 returned (lilei)`.
pub fn round_text(f: &SupportForm) -> String {
    match f.last_round() {
        None => String::new(),
        Some(r) => format!(
            "round {} {} ({})",
            r.no,
            r.verdict.map_or("in review", |v| v.as_str()),
            r.author
        ),
    }
}

/// `URGENT (王总经理) ahead of #3 #5`.
pub fn urgent_text(f: &SupportForm) -> String {
    if !f.is_urgent() {
        return String::new();
    }
    let over: Vec<String> = f.overtook.iter().map(|o| format!("#{}", o.id)).collect();
    if over.is_empty() {
        format!("URGENT ({})", f.urgent_by)
    } else {
        format!("URGENT ({}) ahead of {}", f.urgent_by, over.join(" "))
    }
}

pub fn support_table(views: &[View], cal: &Calendar, now: DateTime<Utc>) -> Table {
    let mut t = Table::new(&[
        "#",
        "id",
        "status",
        "reply",
        "urgent",
        "proposal",
        "type",
        "dept",
        "initiator",
        "project",
    ])
    .limit(3, 60)
    .limit(9, 60);
    for v in views {
        let f = &v.form;
        t.row(vec![
            v.position.map(|p| p.to_string()).unwrap_or_default(),
            f.id.to_string(),
            f.status.as_str().into(),
            clock_text(v, cal, now),
            urgent_text(f),
            round_text(f),
            types_text(f),
            f.dept.clone(),
            f.initiator.clone(),
            f.project_name.clone(),
        ]);
    }
    t
}

/// Instants of a serialised record, in the desk's zone.
fn zoned(v: &mut Value, keys: &[&str], zone: Tz) {
    for k in keys {
        if let Some(s) = v.get(*k).and_then(Value::as_str)
            && let Ok(t) = DateTime::parse_from_rfc3339(s)
        {
            v[*k] = Value::String(rfc3339(t.with_timezone(&Utc), zone));
        }
    }
}

pub fn support_json(v: &View, cal: &Calendar, now: DateTime<Utc>, with_history: bool) -> Value {
    let zone = cal.zone;
    let mut out = serde_json::to_value(&v.form).unwrap_or(Value::Null);
    zoned(
        &mut out,
        &[
            "received_at",
            "clock_start",
            "reply_due",
            "replied_at",
            "accepted_at",
            "urgent_approved_at",
            "urgent_at",
            "passed_at",
            "closed_at",
            "updated_at",
        ],
        zone,
    );
    for list in ["approvals", "rounds", "reassignments"] {
        if let Some(items) = out.get_mut(list).and_then(Value::as_array_mut) {
            for item in items {
                zoned(item, &["at", "sent_at", "reviewed_at"], zone);
            }
        }
    }
    out["rule"] = "R9".into();
    out["dept_name"] = v.dept_name.clone().into();
    out["ledger_position"] = v.position.map_or(Value::Null, Value::from);
    out["reply_clock"] = json!({
        "state": v.clock.word(),
        "text": clock_text(v, cal, now),
        "due_at": rfc3339(v.clock.due(), zone),
        "working_left_seconds": match v.clock {
            ReplyClock::Running { left, .. } => Value::from(left.num_seconds()),
            _ => Value::Null,
        },
        "replied_at": time_json(v.form.replied_at, zone),
    });
    out["duties"] = v.duties.iter().map(|d| duty_json(d, zone, now)).collect();
    if with_history {
        out["history"] = v.history.iter().map(|h| history_json(h, zone)).collect();
    }
    out
}

pub fn print_form(v: &View, cal: &Calendar, now: DateTime<Utc>) {
    let (f, zone) = (&v.form, cal.zone);
    let at = |t: DateTime<Utc>| local_minute(t, zone);
    let no = if f.project_no.is_empty() {
        "no project number yet"
    } else {
        &f.project_no
    };
    println!(
        "support #{} [{}] {} ({no})",
        f.id,
        types_text(f),
        sanitize_line(&f.project_name)
    );
    field("status", &format!("{} (version {})", f.status, f.version));
    field("reply", &clock_text(v, cal, now));
    if let Some(p) = v.position {
        field("ledger", &format!("number {p} in the queue"));
    }
    let urgent = urgent_text(f);
    if !urgent.is_empty() {
        let when = f.urgent_approved_at.map(at).unwrap_or_default();
        field("urgent", &format!("{urgent}; approved {when}: {}", f.urgent_reason));
        for o in &f.overtook {
            field("", &format!("overtook #{} {}", o.id, o.project));
        }
    }
    field(
        "client",
        &format!(
            "{} / owner {}",
            f.client,
            if f.owner_party.is_empty() { "-" } else { &f.owner_party }
        ),
    );
    field(
        "initiator",
        &format!("{} {} ({} {})", f.initiator, f.contact, f.dept, v.dept_name),
    );
    field(
        "form",
        &format!("{} {}", f.channel, if f.form_no.is_empty() { "-" } else { &f.form_no }),
    );
    field("received", &at(f.received_at));
    let approvals: Vec<String> = f
        .approvals
        .iter()
        .map(|a| format!("{}={} {}", a.role, a.by, at(a.at)))
        .collect();
    field("approvals", &approvals.join(", "));
    field("support", &f.support);
    if !f.material.is_empty() {
        field("material", &f.material);
    }
    if !f.needs.is_empty() {
        field("needs", &f.needs);
    }
    if let (Some(c), Some(r)) = (f.reply_channel, f.replied_at) {
        field("replied", &format!("{} by {c}: {}", at(r), f.reply_text));
    }
    if let Some(a) = f.accepted_at {
        field(
            "accepted",
            &format!("{} by {}", at(a), f.accepted_by.as_deref().unwrap_or("?")),
        );
    }
    if !f.plan.is_empty() {
        field("plan", &f.plan);
    }
    if let Some(author) = &f.author {
        field("author", author);
    }
    for r in &f.rounds {
        let verdict = match (r.verdict, r.reviewed_at) {
            (Some(v), Some(t)) => format!("{v} by {} {}", r.reviewer, at(t)),
            _ => "with the leaders".into(),
        };
        field(
            &format!("round {}", r.no),
            &format!("{} sent {}; {verdict}", r.author, at(r.sent_at)),
        );
        if !r.comments.is_empty() {
            field("", &format!("comments: {}", r.comments));
        }
    }
    for x in &f.reassignments {
        field(
            "reassigned",
            &format!("{} -> {} by {} {}: {}", x.from, x.to, x.by, at(x.at), x.reason),
        );
    }
    if let Some(c) = f.closed_at {
        field("closed", &format!("{} {}", at(c), f.close_reason));
    }
    print_duties_and_history(&v.duties, &v.history, zone, now);
}
