//! A run's reports (B4 check report, B5 deadline report, B6 anomaly report), rendered from
//! their templates.

use std::path::Path;

use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;

use super::load;
use super::views::{Round, earlier_rounds};
use crate::domain::billing::{Anomaly, RoundEnd};
use crate::error::invalid;
use crate::notify::{context, templates};
use crate::ops::Writes;
use crate::store::db::Db;
use crate::store::runs as store;

/// Which report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Report {
    /// B4: the check report with every item, its figures, performer and reviewer.
    Check,
    /// B5: the report that goes out by the deadline, done or not.
    Deadline,
}

impl Report {
    pub fn parse(s: &str) -> Result<Report> {
        match s.trim() {
            "check" => Ok(Report::Check),
            "deadline" => Ok(Report::Deadline),
            other => Err(invalid(format!("unknown report {other:?}: use check or deadline"))),
        }
    }
}

/// A rendered report: Markdown, and the same as plain text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Rendered {
    pub markdown: String,
    pub text: String,
}

/// The B6 report of the anomaly that raised duty `duty_id` on run `id`, as Markdown.
#[allow(clippy::too_many_arguments)]
pub(crate) fn anomaly_report_in(
    conn: &dyn Db,
    zone: chrono_tz::Tz,
    id: i64,
    duty_id: i64,
    lang: &str,
    templates_dir: Option<&Path>,
    now: DateTime<Utc>,
) -> Result<String> {
    let run = load(conn, id)?;
    let anomalies = store::anomalies(conn, id)?;
    let a = anomalies
        .iter()
        .find(|a| a.duty_id == Some(duty_id))
        .ok_or_else(|| crate::error::not_found(format!("no anomaly of run {id} raised duty {duty_id}")))?;
    let checks = store::current_checks(conn, &run)?;
    let label = |l: &str| crate::ops::label_login(conn, l);
    let values = context::anomaly(&run, a, &checks, &label, zone, now);
    let file = format!("b6.{}.md", if lang == "zh-CN" { "zh-CN" } else { "en" });
    templates::render(&file, templates_dir, &values)
}

/// Render a run's report from its template, in `lang` (en or zh-CN), for `attempt` (the current
/// one by default).
pub fn render_report(
    desk: &mut impl Writes,
    id: i64,
    which: Report,
    lang: &str,
    attempt: Option<i64>,
    templates_dir: Option<&Path>,
    now: DateTime<Utc>,
) -> Result<Rendered> {
    let zone = desk.zone();
    desk.read_db(|tx| report_in(tx, zone, id, which, lang, attempt, templates_dir, now))
}

/// [`render_report`] inside any transaction.
#[allow(clippy::too_many_arguments)]
pub(crate) fn report_in(
    conn: &dyn Db,
    zone: chrono_tz::Tz,
    id: i64,
    which: Report,
    lang: &str,
    attempt: Option<i64>,
    templates_dir: Option<&Path>,
    now: DateTime<Utc>,
) -> Result<Rendered> {
    let run = load(conn, id)?;
    let attempt = attempt.unwrap_or(run.attempt);
    if attempt < 1 || attempt > run.attempt {
        return Err(invalid(format!("run {id} has attempts 1 to {}", run.attempt)));
    }
    // The attempt's last round: what stood when it was submitted, disputed or rolled back.
    let rounds = earlier_rounds(conn, &run)?;
    let checks = if attempt == run.attempt {
        store::current_checks(conn, &run)?
    } else {
        // Its last round with any work in it: a dispute's fresh round that was rolled back
        // untouched says nothing of what was checked.
        let of_attempt: Vec<&Round> = rounds.iter().filter(|r| r.attempt == attempt).collect();
        of_attempt
            .iter()
            .rev()
            .find(|r| r.checks.iter().any(|c| c.performed_at.is_some()))
            .or(of_attempt.last())
            .map(|r| r.checks.clone())
            .unwrap_or_default()
    };
    let ends: Vec<&RoundEnd> = rounds
        .iter()
        .filter(|r| r.attempt == attempt)
        .flat_map(|r| r.ends.iter())
        .collect();
    let anomalies: Vec<Anomaly> = store::anomalies(conn, id)?
        .into_iter()
        .filter(|a| a.attempt == attempt)
        .collect();
    let label = |l: &str| crate::ops::label_login(conn, l);
    let values = context::report(&run, attempt, &checks, &anomalies, &ends, &label, zone, now);
    let file = format!(
        "{}.{}.md",
        if which == Report::Check { "b4" } else { "b5" },
        if lang == "zh-CN" { "zh-CN" } else { "en" }
    );
    let markdown = templates::render(&file, templates_dir, &values)?;
    let text = templates::to_plain(&markdown);
    Ok(Rendered { markdown, text })
}
