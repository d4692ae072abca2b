//! Q1: the work report written from its template (`q1_report`), in the desk's message language
//! or the one asked for.

use std::path::Path;

use anyhow::Result;
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use serde_json::{Value, json};

use crate::config::Config;
use crate::domain::report::period::{Span, report_period};
use crate::notify::templates;
use crate::store::reports::{OpenIncident, WorkCounts, WorkReport};

fn local(t: DateTime<Utc>, zone: Tz) -> String {
    t.with_timezone(&zone).format("%Y-%m-%d %H:%M").to_string()
}

/// What the template is given.
pub fn context(r: &WorkReport, zone: Tz) -> Value {
    json!({
        "span": r.span.as_str(),
        "label": r.period.label,
        "first_day": r.period.first_day.to_string(),
        "last_day": r.period.last_day.to_string(),
        "counts": r.counts,
        "open": r.open.iter().map(|i| json!({
            "id": i.id, "title": i.title, "severity": i.severity, "service": i.service,
            "received": local(i.received_at, zone),
        })).collect::<Vec<_>>(),
        "text": r.text,
        "generated": local(r.generated_at, zone),
        "date": local(r.generated_at, zone),
    })
}

/// The report as Markdown in `lang` ("en" or "zh-CN"); the desk's own template where it has one.
pub fn render(r: &WorkReport, lang: &str, dir: Option<&Path>, zone: Tz) -> Result<String> {
    templates::render(&format!("q1_report.{lang}.md"), dir, &context(r, zone))
}

/// `opsdesk config check`: template `name` rendered with an empty day and a busy week.
pub fn sample(name: &str, dir: Option<&Path>, config: &Config, now: DateTime<Utc>) -> Result<String> {
    let zone = config.desk.zone;
    let day = now.with_timezone(&zone).date_naive();
    let empty = WorkReport {
        span: Span::Daily,
        period: report_period(Span::Daily, day, zone),
        counts: WorkCounts::default(),
        open: Vec::new(),
        text: String::new(),
        generated_at: now,
    };
    templates::render(name, dir, &context(&empty, zone))?;
    let busy = WorkReport {
        span: Span::Weekly,
        period: report_period(Span::Weekly, day, zone),
        counts: WorkCounts {
            opened: 12,
            restored: 10,
            resolved: 9,
            still_open: 25,
            duties_due: 30,
            duties_missed: 1,
            ..WorkCounts::default()
        },
        open: vec![OpenIncident {
            id: 42,
            title: "计费系统响应缓慢".into(),
            severity: "p2".into(),
            service: "billing".into(),
            received_at: now - Duration::hours(3),
        }],
        text: "进展：……\n问题：……\n措施：……".into(),
        generated_at: now,
    };
    templates::render(name, dir, &context(&busy, zone))
}
