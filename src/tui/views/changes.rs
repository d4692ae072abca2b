//! The Changes view: open changes with their next deadline, and the selected change in full:
//! the gates that would refuse it, its notice duties with their clocks, its history.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::table::{self, Row};
use super::{list_title, pane_body, pane_header};
use crate::domain::duty::DutyState;
use crate::domain::kind::Kind;
use crate::domain::time::local_minute;
use crate::text::{sanitize_block, sanitize_line};
use crate::tui::app::App;
use crate::tui::model::ChangeView;
use crate::tui::theme;
use crate::tui::widgets::clock;
use crate::tui::widgets::{duty_clock, duty_mark, field, history_lines, reference, whom};

/// `11-26 01:00-03:00`, or the two ends in full when they fall on different days.
pub fn window(v: &ChangeView, zone: Tz) -> String {
    match (v.change.window_start, v.change.window_end) {
        (Some(s), Some(e)) => {
            let (s, e) = (s.with_timezone(&zone), e.with_timezone(&zone));
            if s.date_naive() == e.date_naive() {
                format!("{} {}-{}", s.format("%m-%d"), s.format("%H:%M"), e.format("%H:%M"))
            } else {
                format!("{} - {}", s.format("%m-%d %H:%M"), e.format("%m-%d %H:%M"))
            }
        }
        _ => "-".into(),
    }
}

/// "C7 in 2d 03h" / "C5 MISSED 01:00"; and whether it is missed.
fn next(app: &App, v: &ChangeView, now: DateTime<Utc>) -> (String, bool) {
    match v.next {
        Some((k, t)) if t < now => (
            app.s.f(
                "change.next_missed",
                &[("rule", k.rule()), ("time", &clock(&app.s, now - t))],
            ),
            true,
        ),
        Some((k, t)) => (
            app.s.f(
                "change.next_in",
                &[("rule", k.rule()), ("time", &clock(&app.s, t - now))],
            ),
            false,
        ),
        None => (String::new(), false),
    }
}

pub fn list(app: &App, f: &mut Frame, area: Rect) {
    let s = &app.s;
    pane_header(
        f,
        area,
        &list_title(app, s.f("pane.changes", &[("n", &app.snap.changes.len().to_string())])),
        true,
    );
    let c = |key, width, flex, keep| table::col(s, key, width, flex, keep);
    // At 80 columns the id, status, title, operator and next deadline stay; the window and the
    // systems go first.
    let cols = [
        c("col.id", 5, false, table::WHOLE),
        c("col.status", 12, false, 8),
        c("col.title", 14, true, 9),
        c("col.owner", 10, false, 7),
        c("col.deadline", 18, false, 8),
        c("col.window", 17, false, 5),
        c("col.systems", 12, false, 3),
    ];
    let now = app.now;
    let rows: Vec<Row> = app
        .snap
        .changes
        .iter()
        .map(|v| {
            let ch = &v.change;
            let (next_text, missed) = next(app, v, now);
            let gated = !v.gates.is_empty();
            Row {
                cells: vec![
                    (ch.id.to_string(), Style::new()),
                    (
                        s.t(&format!("change_status.{}", ch.status.as_str())).to_string(),
                        Style::new(),
                    ),
                    (
                        sanitize_line(&ch.title),
                        if gated {
                            theme::level(crate::domain::escalation::Level::Supervisor)
                        } else {
                            Style::new()
                        },
                    ),
                    (
                        sanitize_line(if ch.operator.is_empty() { "-" } else { &ch.operator }),
                        Style::new(),
                    ),
                    (
                        next_text,
                        if missed {
                            theme::missed()
                        } else {
                            theme::duty(DutyState::Pending)
                        },
                    ),
                    (window(v, app.setup.zone), Style::new()),
                    (sanitize_line(&ch.systems.join(",")), Style::new()),
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
            Paragraph::new(format!(" {}", s.k("msg.no_changes"))).style(theme::dim()),
            line,
        );
    }
    table::draw_sorted(
        f,
        pane_body(area),
        &cols,
        &rows,
        app.views.changes.list.offset,
        Some(app.views.changes.list.sel),
        app.sorted(crate::tui::layout::ViewKind::Changes, 0),
    );
}

pub fn detail(app: &App, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let Some(row) = app.snap.changes.get(app.views.changes.list.sel) else {
        pane_header(f, area, s.t("pane.detail"), false);
        return;
    };
    let full = app.views.changes.detail.of(row.change.id, |d| d.change.id);
    let v = full.unwrap_or(row);
    pane_header(
        f,
        area,
        &format!("{} {}", reference(Kind::Change, v.change.id), v.change.title),
        false,
    );
    f.render_widget(
        Paragraph::new(lines(app, v, full.is_some()))
            .wrap(Wrap { trim: false })
            .scroll((app.views.changes.detail.scroll, 0)),
        pane_body(area),
    );
}

/// A change in full: its fields, gates, notice duties and (once `loaded`) its history.
pub fn lines(app: &App, v: &ChangeView, loaded: bool) -> Vec<Line<'static>> {
    let s = &app.s;
    let c = &v.change;
    let (now, zone) = (app.now, app.setup.zone);
    let mut lines: Vec<Line> = Vec::new();
    let plain = Style::new();
    let mut status = s.t(&format!("change_status.{}", c.status.as_str())).to_string();
    if let Some(o) = c.outcome {
        status.push_str(&format!("  {}", s.t(&format!("outcome.{}", o.as_str()))));
        if !c.outcome_note.is_empty() {
            status.push_str(&format!(": {}", c.outcome_note));
        }
    }
    lines.push(field(s.t("change.status"), status, plain));
    let mut month = c.planned_month.clone();
    if c.unplanned {
        month.push_str(&format!("  {} {}", s.t("change.unplanned"), c.requirement));
    }
    lines.push(field(s.t("change.month"), month, plain));
    lines.push(field(s.t("change.window"), window(v, zone), plain));
    lines.push(field(s.t("change.systems"), c.systems.join(", "), plain));
    let flags: Vec<&str> = [
        (c.user_affecting, "change.user_affecting"),
        (c.cross_dept(), "change.cross_dept"),
        (c.complex, "change.complex"),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, k)| s.t(k))
    .collect();
    if !flags.is_empty() {
        lines.push(field(s.t("change.kind"), flags.join("  "), theme::key()));
    }
    if !c.departments.is_empty() {
        lines.push(field(s.t("change.departments"), c.departments.join(" > "), plain));
    }
    if c.cross_dept() {
        lines.push(field(
            s.t("change.collaborators"),
            format!("{}  {}", c.collaborators.join(", "), c.steps),
            plain,
        ));
    }
    for (key, value) in [
        ("change.scope", &c.scope),
        ("change.impact", &c.impact_duration),
        ("change.operator", &c.operator),
        ("change.it_contact", &c.it_contact),
    ] {
        if !value.is_empty() {
            lines.push(field(s.t(key), value.clone(), plain));
        }
    }
    match c.test_confirmed_at {
        Some(t) => lines.push(field(
            s.t("change.tested"),
            format!("{} {}", local_minute(t, zone), c.test_confirmed_by),
            plain,
        )),
        None => lines.push(field(
            s.t("change.tested"),
            s.t("change.not_tested").to_string(),
            theme::missed(),
        )),
    }
    if !c.override_gates.is_empty() {
        let by = c.override_by.clone().unwrap_or_default();
        lines.push(field(
            s.t("change.override"),
            format!("{} {by}: {}", c.override_gates.join(", "), c.override_reason),
            theme::missed(),
        ));
    }
    if let Some(by) = &c.start_override_by {
        lines.push(field(
            s.t("change.start_override"),
            format!("{by}: {}", c.start_override_reason),
            theme::missed(),
        ));
    }
    if !v.unknown_years.is_empty() {
        let years: Vec<String> = v.unknown_years.iter().map(|y| y.to_string()).collect();
        lines.push(field(
            s.t("change.calendar"),
            s.f("change.calendar_unknown", &[("years", &years.join(", "))]),
            theme::missed(),
        ));
    }
    for l in sanitize_block(&c.description).lines() {
        lines.push(Line::from(Span::styled(l.to_string(), theme::dim())));
    }
    if !v.gates.is_empty() {
        lines.push(Line::from(Span::styled(
            s.t("change.gates").to_string(),
            theme::column_header(),
        )));
        for g in &v.gates {
            let said = s.refusal(&g.refusal).unwrap_or_else(|| g.message.clone());
            lines.push(Line::from(Span::styled(sanitize_line(&said), theme::error())));
        }
    }
    if !v.duties.is_empty() {
        lines.push(Line::from(Span::styled(
            s.t("detail.duties").to_string(),
            theme::column_header(),
        )));
        for d in &v.duties {
            let state = d.state(now);
            let mark = duty_mark(state);
            let text = match (d.done_at, &d.done_by) {
                (Some(at), Some(by)) => format!(
                    "{mark} {}  {} {} {by}: {}",
                    s.t(&format!("duty.{}", d.kind.as_str())),
                    local_minute(at, zone),
                    s.t("detail.by"),
                    d.done_how
                ),
                _ => format!(
                    "{mark} {}  {}  -> {}",
                    s.t(&format!("duty.{}", d.kind.as_str())),
                    duty_clock(s, d, now),
                    whom(s, d)
                ),
            };
            lines.push(Line::from(Span::styled(sanitize_line(&text), theme::duty(state))));
        }
    }
    if loaded {
        lines.extend(history_lines(s, &v.history, zone));
    } else {
        lines.push(Line::from(Span::styled(s.t("pane.loading").to_string(), theme::dim())));
    }
    lines
}
