//! What the emergency duties' messages say (E1, E2): the response's or the drill's data, loaded
//! here and rendered from the templates (`e2_notice`, `e2_progress`, `e2_all_clear`,
//! `e2_review`, `e1_drill`) in the desk's language.

use std::path::Path;

use anyhow::Result;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::domain::duty::{Duty, DutyKind};
use crate::domain::emergency::{Drill, Response};
use crate::domain::kind::Kind;
use crate::error::not_found;
use crate::notify::{emergency as context, templates};
use crate::store::db::Db;
use crate::store::{audit, duties, emergency as store, incidents, messages};

/// The template a duty of an emergency is written from, without language.
pub fn template_stem(kind: DutyKind) -> Option<&'static str> {
    Some(match kind {
        DutyKind::E2Notice => "e2_notice",
        DutyKind::E2Progress => "e2_progress",
        DutyKind::E2AllClear => "e2_all_clear",
        DutyKind::E2ReviewReport => "e2_review",
        DutyKind::E1DrillReport => "e1_drill",
        _ => return None,
    })
}

fn label(conn: &dyn Db) -> impl Fn(&str) -> String + '_ {
    move |l: &str| crate::ops::label_login(conn, l)
}

/// The context of response `r`'s message for `duty` (its progress report's number from the
/// duty's episode).
pub fn response_context(
    conn: &dyn Db,
    r: &Response,
    report_no: i64,
    zone: Tz,
    now: DateTime<Utc>,
) -> Result<context::ResponseContext> {
    let inc = incidents::get(conn, r.incident_id)?.ok_or_else(|| {
        not_found(format!(
            "response {} is of incident {}, which does not exist",
            r.id, r.incident_id
        ))
    })?;
    let mut timeline = audit::timeline(conn, Kind::Incident, r.incident_id)?;
    timeline.extend(audit::timeline(conn, Kind::Response, r.id)?);
    timeline.sort_by_key(|h| (h.at, h.id));
    let ids: Vec<i64> = duties::of_record(conn, Kind::Response, r.id)?
        .iter()
        .map(|d| d.id)
        .collect();
    let msgs = messages::of_duties(conn, &ids)?;
    let label = label(conn);
    let mut c = context::response(r, &inc, &timeline, &msgs, report_no, &label, zone, now);
    if let Some(plan) = store::plan(conn, r.plan_id)? {
        c.steps = plan.steps;
    }
    Ok(c)
}

/// Response `r`'s message for `duty`, as Markdown from the template `file`.
pub fn response_markdown(
    conn: &dyn Db,
    r: &Response,
    duty: &Duty,
    (zone, dir): (Tz, Option<&Path>),
    file: &str,
    now: DateTime<Utc>,
) -> Result<String> {
    let no = if duty.kind == DutyKind::E2Progress {
        duty.episode
    } else {
        0
    };
    let values = response_context(conn, r, no, zone, now)?;
    templates::render(file, dir, &values)
}

/// Drill `d`'s evaluation report, as Markdown from the template `file`.
pub fn drill_markdown(
    conn: &dyn Db,
    d: &Drill,
    (zone, dir): (Tz, Option<&Path>),
    file: &str,
    now: DateTime<Utc>,
) -> Result<String> {
    let label = label(conn);
    templates::render(file, dir, &context::drill(d, &label, zone, now))
}

/// The review document of response `id` in `lang` (`en`, `zh-CN`), as it would be sent now.
pub fn review_document(desk: &mut impl crate::ops::Writes, id: i64, lang: &str, now: DateTime<Utc>) -> Result<String> {
    let (zone, dir) = (desk.zone(), desk.templates().map(Path::to_path_buf));
    desk.read_db(|tx| {
        let r = store::response(tx, id)?.ok_or_else(|| not_found(format!("no response {id}")))?;
        let values = response_context(tx, &r, 0, zone, now)?;
        templates::render(&format!("e2_review.{lang}.md"), dir.as_deref(), &values)
    })
}
