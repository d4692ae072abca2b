//! How `opsdesk request` shows a request: its clock in words, the table of a list, the fields of
//! `show`, the JSON (instants in the desk's zone, `due_at` beside the clock).

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde_json::{Value, json};

use super::output::{Table, field};
use super::render::{duty_json, history_json, print_duties_and_history, time_json};
use crate::domain::account::Account;
use crate::domain::calendar::{Calendar, unknown_years_note};
use crate::domain::request::{ClockState, PauseKind, Request, RequestKind, working_span};
use crate::domain::time::{clock, local_minute, rfc3339};
use crate::ops::requests::View;
use crate::text::{sanitize_block, sanitize_line};

/// The clock in a few words: `due in 1 wd 03:20`, `MISSED 1d 02h ago`, `paused: …`.
pub fn clock_text(v: &View, cal: &Calendar, now: DateTime<Utc>) -> String {
    let zone = cal.zone;
    match &v.clock.state {
        ClockState::Waiting { missing } => format!("no clock: waiting for {}", missing.join(", ")),
        ClockState::Running { left, .. } => format!("due in {}", working_span(*left, cal)),
        ClockState::Missed { due } => format!("MISSED {} ago", clock(now - *due)),
        ClockState::Paused {
            kind: PauseKind::Approval,
            reason,
            ..
        } => format!("paused: the leader in charge's approval (R3): {reason}"),
        ClockState::Paused { reason, .. } => format!("paused: {reason}"),
        ClockState::Met { at, late: false, .. } => format!("met {}", local_minute(*at, zone)),
        ClockState::Met { at, due, late: true } => {
            format!("met LATE {} ({} after)", local_minute(*at, zone), clock(*at - *due))
        }
        ClockState::Stopped { late, .. } => {
            format!(
                "stopped (closed unfinished{})",
                if *late { ", after its deadline" } else { "" }
            )
        }
    }
}

/// `R2 product`.
pub fn kind_text(r: &Request) -> String {
    let urgent = if r.urgent { " urgent" } else { "" };
    format!("{} {}{urgent}", r.kind.rule(), r.kind)
}

/// R4's marking, shown wherever the request is (A2).
fn class_text(r: &Request) -> String {
    match (r.kind, r.classification) {
        (_, Some(c)) => c.label(),
        (RequestKind::Extraction, None) => "unclassified".into(),
        _ => String::new(),
    }
}

pub fn request_table(views: &[View], cal: &Calendar, now: DateTime<Utc>) -> Table {
    let mut t = Table::new(&[
        "id",
        "kind",
        "status",
        "clock",
        "due",
        "dept",
        "requester",
        "owner",
        "class",
        "received",
        "title",
    ])
    .limit(3, 40)
    .limit(10, 60);
    for v in views {
        let r = &v.request;
        t.row(vec![
            r.id.to_string(),
            kind_text(r),
            r.status.as_str().into(),
            clock_text(v, cal, now),
            r.due_at.map(|d| local_minute(d, cal.zone)).unwrap_or_default(),
            r.dept.clone(),
            r.requester.clone(),
            r.owner.clone().unwrap_or_default(),
            class_text(r),
            local_minute(r.received_at, cal.zone),
            r.title.clone(),
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

pub fn account_json(a: &Account, zone: Tz) -> Value {
    let mut v = serde_json::to_value(a).unwrap_or(Value::Null);
    zoned(
        &mut v,
        &["granted_at", "removal_asked_at", "removed_at", "updated_at"],
        zone,
    );
    v
}

pub fn request_json(v: &View, cal: &Calendar, now: DateTime<Utc>, with_history: bool) -> Value {
    let zone = cal.zone;
    let r = &v.request;
    let mut out = serde_json::to_value(r).unwrap_or(Value::Null);
    zoned(
        &mut out,
        &[
            "filed_at",
            "received_at",
            "accepted_at",
            "clock_start",
            "paused_since",
            "due_at",
            "met_at",
            "evaluated_at",
            "feedback_at",
            "delivered_at",
            "closed_at",
            "updated_at",
        ],
        zone,
    );
    for list in ["approvals", "pauses"] {
        if let Some(items) = out.get_mut(list).and_then(Value::as_array_mut) {
            for item in items {
                zoned(item, &["at", "from", "until"], zone);
            }
        }
    }
    let c = &v.clock;
    out["rule"] = r.kind.rule().into();
    out["dept_name"] = v.dept_name.clone().into();
    out["clock"] = json!({
        "state": c.state.word(),
        "text": clock_text(v, cal, now),
        "started_at": time_json(c.started, zone),
        "working_days": c.days,
        "due_at": time_json(c.due, zone),
        "due_before_pauses": time_json(c.base_due, zone),
        "working_left_seconds": match &c.state {
            ClockState::Running { left, .. } => Value::from(left.num_seconds()),
            _ => Value::Null,
        },
        "paused_working_seconds": c.paused.num_seconds(),
        "approvals_not_counted": c.approvals.map(|(a, b)| json!({
            "from": rfc3339(a, zone), "to": rfc3339(b, zone), "seconds": (b - a).num_seconds(),
        })),
        "calendar_unknown_years": c.unknown_years,
    });
    out["missing_approvals"] = json!(r.missing_approvals());
    out["duties"] = v.duties.iter().map(|d| duty_json(d, zone, now)).collect();
    if with_history {
        out["accounts"] = v.accounts.iter().map(|a| account_json(a, zone)).collect();
        out["history"] = v.history.iter().map(|h| history_json(h, zone)).collect();
    }
    out
}

/// W2: a deadline counted across a year the calendar does not know says so.
pub fn note_unknown_years(v: &View) {
    if let Some(note) = unknown_years_note(&v.clock.unknown_years) {
        eprintln!("opsdesk: note: {note}");
    }
}

pub fn print_request(v: &View, cal: &Calendar, now: DateTime<Utc>) {
    let (r, c, zone) = (&v.request, &v.clock, cal.zone);
    let at = |t: DateTime<Utc>| local_minute(t, zone);
    println!("request #{} [{}] {}", r.id, kind_text(r), sanitize_line(&r.title));
    field("status", &format!("{} (version {})", r.status, r.version));
    field("clock", &clock_text(v, cal, now));
    let class = class_text(r);
    if !class.is_empty() {
        field("class", &format!("{class}: not to be passed on (R4)"));
    }
    field("dept", &format!("{} {}", r.dept, v.dept_name));
    field("requester", &format!("{} {}", r.requester, r.contact));
    field(
        "form",
        &format!("{} {}", r.channel, if r.form_no.is_empty() { "-" } else { &r.form_no }),
    );
    if let Some(f) = r.filed_at {
        field("filed", &at(f));
    }
    field("received", &at(r.received_at));
    let approvals: Vec<String> = r
        .approvals
        .iter()
        .map(|a| format!("{} {} {}", a.role, a.by, at(a.at)))
        .collect();
    field(
        "approvals",
        &if approvals.is_empty() {
            "-".into()
        } else {
            approvals.join("; ")
        },
    );
    let missing = r.missing_approvals();
    if !missing.is_empty() {
        field("", &format!("waiting for: {}", missing.join(", ")));
    }
    if let Some((from, to)) = c.approvals {
        field(
            "",
            &format!(
                "not counted: {} in approvals before the form reached IT ({} - {}) (R7)",
                clock(to - from),
                at(from),
                at(to)
            ),
        );
    }
    if let (Some(start), Some(base)) = (c.started, c.base_due) {
        field(
            "limit",
            &format!("{} working day(s) from {}: due {}", c.days, at(start), at(base)),
        );
    }
    for p in &r.pauses {
        let until = p.until.map_or_else(|| "now".to_string(), at);
        field(
            "paused",
            &format!("{} - {until}: {} ({}, by {})", at(p.from), p.said(), p.kind, p.by),
        );
    }
    if !c.paused.is_zero() {
        field(
            "",
            &format!(
                "not counted: {} of working time paused (R7)",
                working_span(c.paused, cal)
            ),
        );
    }
    if let Some(due) = r.due_at {
        field("due", &at(due));
    }
    field("owner", r.owner.as_deref().unwrap_or("-"));
    print_kind_fields(r, &at);
    for (label, t) in [
        ("met", r.met_at),
        ("delivered", r.delivered_at),
        ("closed", r.closed_at),
    ] {
        if let Some(t) = t {
            field(label, &at(t));
        }
    }
    if !r.close_reason.is_empty() {
        field("why closed", &r.close_reason);
    }
    if !r.description.is_empty() {
        println!("\n{}", sanitize_block(&r.description));
    }
    for a in &v.accounts {
        let state = a
            .removed_at
            .map_or_else(|| "active".to_string(), |t| format!("removed {}", at(t)));
        println!(
            "{}",
            sanitize_line(&format!(
                "account #{} {}/{} of {} ({}): {state}",
                a.id, a.system, a.account, a.person, a.permission
            ))
        );
    }
    print_duties_and_history(&v.duties, &v.history, zone, now);
}

/// The fields only this sub-kind has.
fn print_kind_fields(r: &Request, at: &dyn Fn(DateTime<Utc>) -> String) {
    match r.kind {
        RequestKind::Requirement => {
            if r.changes_product {
                let confirmed = r.approval(crate::domain::request::roles::PRODUCT_DEPT).map_or_else(
                    || "missing".to_string(),
                    |a| format!("attached ({} {})", a.by, at(a.at)),
                );
                field(
                    "product",
                    &format!("changes a product: the product department's confirmation {confirmed}"),
                );
            }
            if !r.evaluation.is_empty() {
                field("evaluation", &r.evaluation);
            }
            if r.new_project {
                field("outcome", "beyond the framework: turned into a new project");
            }
            if let Some(v) = r.feedback {
                field(
                    "feedback",
                    &format!("{v} (form {}) {}", r.feedback_form, r.feedback_note),
                );
            }
        }
        RequestKind::Product => {
            field("chain", &r.chain.join(" -> "));
        }
        RequestKind::Account => {
            let action = r.action.map_or("-", |a| a.as_str());
            field(
                "account",
                &format!(
                    "{action} {}/{} for {} {} ({})",
                    r.system, r.account, r.person, r.person_name, r.permission
                ),
            );
            if r.beyond_authority {
                field(
                    "authority",
                    "beyond the business department's: the leader in charge approves (R3)",
                );
            }
        }
        RequestKind::Extraction => {
            field("purpose", &r.purpose);
            field("scope", &r.use_scope);
            let president = match (r.president_needed, &r.decided_by) {
                (Some(true), by) => format!("needed (decided by {})", by.as_deref().unwrap_or("?")),
                (Some(false), by) => format!("not needed (decided by {})", by.as_deref().unwrap_or("?")),
                (None, _) => "not decided by the IT manager".into(),
            };
            field("president", &president);
            if r.encrypted {
                field("delivered", &format!("encrypted, SHA-256 {}", r.sha256));
            }
        }
        RequestKind::Processing => {
            if r.urgent {
                field("urgent", &format!("single item by e-mail from {} (R5)", r.supervisor));
            }
            if !r.evaluation.is_empty() {
                field("opinion", &r.evaluation);
            }
            if !r.reply.is_empty() {
                field("reply", &r.reply);
            }
        }
    }
    if !r.delivery_note.is_empty() {
        field("delivery", &r.delivery_note);
    }
}
