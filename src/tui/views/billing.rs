//! The Billing view: this month's runs with their deadline countdowns and checklist progress, and
//! the selected run's checklist with who did and who reviewed each item.

use chrono::{DateTime, Utc};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::table::{self, Row};
use super::{list_title, pane_body, pane_header};
use crate::domain::billing::{CheckResult, Progress, RunState, Verdict};
use crate::domain::duty::DutyState;
use crate::domain::time::local_minute;
use crate::text::sanitize_line;
use crate::tui::app::{App, Pane};
use crate::tui::model::RunView;
use crate::tui::theme;
use crate::tui::widgets::clock;
use crate::tui::widgets::duty_clock;

/// `[###+..] 3/6`: reviewed (#), performed awaiting review (+), not yet done (.).
pub fn bar(p: Progress, cols: usize) -> String {
    if p.items == 0 {
        return String::new();
    }
    let scale = |n: usize| (n * cols).div_ceil(p.items).min(cols);
    let reviewed = scale(p.reviewed);
    let performed = scale(p.performed).max(reviewed);
    format!(
        "[{}{}{}] {}/{}",
        "#".repeat(reviewed),
        "+".repeat(performed - reviewed),
        ".".repeat(cols - performed),
        p.reviewed,
        p.items
    )
}

/// The deadline's clock: "2d 03h" left, "PAST 1:00:00", or published.
fn deadline(app: &App, v: &RunView, now: DateTime<Utc>) -> (String, Style) {
    let d = v.run.deadline;
    if v.run.state == RunState::Published {
        return match v.run.published_at.filter(|t| *t > d) {
            Some(t) => (
                app.s.f("run.published_late", &[("time", &clock(&app.s, t - d))]),
                theme::missed(),
            ),
            None => (app.s.t("run.published").to_string(), theme::ok()),
        };
    }
    if d > now {
        (
            app.s.f("run.left", &[("time", &clock(&app.s, d - now))]),
            theme::duty(DutyState::Pending),
        )
    } else {
        (
            app.s.f("run.past", &[("time", &clock(&app.s, now - d))]),
            theme::missed(),
        )
    }
}

pub fn list(app: &App, f: &mut Frame, area: Rect) {
    let s = &app.s;
    pane_header(
        f,
        area,
        &list_title(app, s.f("pane.runs", &[("n", &app.snap.runs.len().to_string())])),
        app.views.billing.pane == Pane::List,
    );
    let c = |key, width, flex, keep| table::col(s, key, width, flex, keep);
    let cols = [
        c("col.id", 4, false, table::WHOLE),
        c("col.run_kind", 12, false, 8),
        c("col.period", 8, false, 9),
        c("col.status", 12, false, 7),
        c("col.deadline", 16, false, 9),
        c("col.checks", 16, false, 8),
        c("col.anomalies", 6, false, 4),
        c("col.in_charge", 10, true, 3),
    ];
    let now = app.now;
    let rows: Vec<Row> = app
        .snap
        .runs
        .iter()
        .map(|v| {
            let r = &v.run;
            let (clock, style) = deadline(app, v, now);
            let anomalies = if v.progress.anomalies > 0 {
                theme::missed()
            } else {
                Style::new()
            };
            Row {
                cells: vec![
                    (r.id.to_string(), Style::new()),
                    (s.t(&format!("run_kind.{}", r.kind.as_str())).to_string(), Style::new()),
                    (r.period.clone(), Style::new()),
                    (
                        s.t(&format!("run_state.{}", r.state.as_str())).to_string(),
                        Style::new(),
                    ),
                    (clock, style),
                    (bar(v.progress, 6), Style::new()),
                    (v.progress.anomalies.to_string(), anomalies),
                    (sanitize_line(&r.in_charge), Style::new()),
                ],
                style: Style::new(),
            }
        })
        .collect();
    if app.loaded() && rows.is_empty() {
        let body = pane_body(area);
        let line = Rect {
            y: body.y + 1,
            height: 1.min(body.height.saturating_sub(1)),
            ..body
        };
        f.render_widget(
            Paragraph::new(format!(" {}", s.k("msg.no_runs"))).style(theme::dim()),
            line,
        );
    }
    let selected = (app.views.billing.pane == Pane::List).then_some(app.views.billing.runs.sel);
    table::draw_sorted(
        f,
        pane_body(area),
        &cols,
        &rows,
        app.views.billing.runs.offset,
        selected,
        app.sorted(crate::tui::layout::ViewKind::Billing, 0),
    );
}

pub fn checklist(app: &App, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let Some(v) = app.selected_run() else {
        pane_header(f, area, s.t("pane.detail"), false);
        return;
    };
    let r = &v.run;
    let (now, zone) = (app.now, app.setup.zone);
    let (clock, _) = deadline(app, v, now);
    let header = s.f(
        "run.header",
        &[
            ("id", &r.id.to_string()),
            ("kind", s.t(&format!("run_kind.{}", r.kind.as_str()))),
            ("period", &r.period),
            ("attempt", &r.attempt.to_string()),
            ("deadline", &local_minute(r.deadline, zone)),
            ("clock", &clock),
        ],
    );
    pane_header(f, area, &header, app.views.billing.pane == Pane::Second);
    let body = pane_body(area);
    let c = |key, width, flex, keep| table::col(s, key, width, flex, keep);
    let cols = [
        c("col.id", 4, false, table::WHOLE),
        c("col.item", 14, true, 9),
        c("col.step", 8, false, 2),
        c("col.result", 8, false, 8),
        c("col.figures", 20, false, 5),
        c("col.checked_by", 16, false, 7),
        c("col.reviewed_by", 16, false, 7),
        c("col.verdict", 8, false, 8),
    ];
    let who = |l: &Option<String>, at: Option<DateTime<Utc>>| match (l, at) {
        (Some(l), Some(t)) => format!("{l} {}", t.with_timezone(&zone).format("%H:%M")),
        _ => "-".into(),
    };
    let rows: Vec<Row> = v
        .checks
        .iter()
        .map(|c| {
            let (result, rstyle) = match c.result {
                Some(CheckResult::Ok) => (s.t("check_result.ok").to_string(), theme::ok()),
                Some(CheckResult::Anomaly) => (s.t("check_result.anomaly").to_string(), theme::missed()),
                None => ("-".into(), theme::dim()),
            };
            let (verdict, vstyle) = match c.verdict {
                Some(Verdict::Ok) => (s.t("verdict.ok").to_string(), theme::ok()),
                Some(Verdict::Rejected) => (s.t("verdict.rejected").to_string(), theme::missed()),
                None => ("-".into(), theme::dim()),
            };
            Row {
                cells: vec![
                    (c.seq.to_string(), Style::new()),
                    (sanitize_line(&c.title), Style::new()),
                    (s.t(&format!("step.{}", c.step)).to_string(), theme::dim()),
                    (result, rstyle),
                    (
                        sanitize_line(
                            &c.figures
                                .iter()
                                .map(|(k, v)| format!("{k}={v}"))
                                .collect::<Vec<_>>()
                                .join(" "),
                        ),
                        Style::new(),
                    ),
                    (sanitize_line(&who(&c.performed_by, c.performed_at)), Style::new()),
                    (sanitize_line(&who(&c.reviewed_by, c.reviewed_at)), Style::new()),
                    (verdict, vstyle),
                ],
                style: Style::new(),
            }
        })
        .collect();
    let table_h = (rows.len() as u16 + 1)
        .min(body.height.saturating_sub(3).max(2))
        .min(body.height);
    let selected = (app.views.billing.pane == Pane::Second).then_some(app.views.billing.items.sel);
    table::draw(
        f,
        Rect {
            height: table_h,
            ..body
        },
        &cols,
        &rows,
        app.views.billing.items.offset,
        selected,
    );
    let rest = Rect {
        y: body.y + table_h,
        height: body.height.saturating_sub(table_h),
        ..body
    };
    f.render_widget(Paragraph::new(state_lines(app, v)), rest);
}

/// Below the checklist: where the run stands, its dispute and rollback history, its anomalies
/// and its reports owed.
pub fn state_lines(app: &App, v: &RunView) -> Vec<Line<'static>> {
    let s = &app.s;
    let r = &v.run;
    let (now, zone) = (app.now, app.setup.zone);
    let mut lines: Vec<Line> = Vec::new();
    let p = v.progress;
    let mut state = format!(
        "{}  {}  {} {}",
        s.t(&format!("run_state.{}", r.state.as_str())),
        bar(p, 10),
        s.t("run.in_charge"),
        r.in_charge
    );
    if let (Some(by), Some(at)) = (&r.confirmed_by, r.published_at) {
        state.push_str(&format!("  {} {by} {}", s.t("run.confirmed"), local_minute(at, zone)));
    }
    lines.push(Line::from(sanitize_line(&state)));
    // B8: every dispute and rollback so far, the latest first: why this attempt exists.
    for e in v.ends.iter().rev() {
        let text = s.f(
            "run.round_end",
            &[
                ("attempt", &e.attempt.to_string()),
                ("round", &e.round.to_string()),
                ("how", s.t(&format!("run_state.{}", e.how.as_str()))),
                ("by", &e.by),
                ("at", &local_minute(e.at, zone)),
                ("reason", &e.reason),
            ],
        );
        lines.push(Line::from(Span::styled(sanitize_line(&text), theme::missed())));
    }
    for a in v.anomalies.iter().filter(|a| a.attempt == r.attempt) {
        let text = format!(
            "! {} {} ({}): {}",
            local_minute(a.at, zone),
            a.by,
            s.t(&format!("effect.{}", a.effect.as_str())),
            a.what
        );
        lines.push(Line::from(Span::styled(sanitize_line(&text), theme::missed())));
    }
    for d in v.duties.iter().filter(|d| d.done_at.is_none()) {
        let text = format!(
            "[ ] {}  {}",
            s.t(&format!("duty.{}", d.kind.as_str())),
            duty_clock(s, d, now)
        );
        lines.push(Line::from(Span::styled(
            sanitize_line(&text),
            theme::duty(d.state(now)),
        )));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_bar_shows_reviewed_performed_and_left() {
        let p = Progress {
            items: 6,
            performed: 4,
            reviewed: 2,
            anomalies: 0,
        };
        assert_eq!(bar(p, 6), "[##++..] 2/6");
        assert_eq!(
            bar(
                Progress {
                    items: 6,
                    performed: 6,
                    reviewed: 6,
                    anomalies: 0
                },
                6
            ),
            "[######] 6/6"
        );
        assert_eq!(bar(Progress::default(), 6), "");
    }
}
