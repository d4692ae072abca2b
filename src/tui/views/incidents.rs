//! The Incidents view: the open queue with its clocks, and the selected incident in full.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::table::{self, Col, Row};
use super::{list_title, pane_body, pane_header};
use crate::domain::duty::DutyState;
use crate::domain::escalation::assess;
use crate::domain::incident::Severity;
use crate::domain::kind::Kind;
use crate::domain::time::{local_minute, local_second};
use crate::ops::console::Detail;
use crate::ops::incidents::View;
use crate::text::{sanitize_block, sanitize_line};
use crate::tui::app::{App, grouped};
use crate::tui::theme;
use crate::tui::widgets::{
    age, duties_due, duty_clock, duty_mark, field, history_lines, level_word, next_step, reference, whom,
};

/// The queue's columns; widths fit the longest word of either language. At 80 columns the id,
/// status, title, owner, age and next step stay; the category, the service and the duties go
/// first.
fn columns(app: &App) -> Vec<Col<'_>> {
    let s = &app.s;
    let c = |key, width, flex, keep| table::col(s, key, width, flex, keep);
    vec![
        c("col.id", 5, false, table::WHOLE),
        c("col.sev", 4, false, 7),
        c("col.status", 10, false, 8),
        c("col.category", 11, false, 1),
        c("col.service", 11, false, 3),
        c("col.title", 14, true, 9),
        c("col.owner", 10, false, 8),
        c("col.age", 9, false, 8),
        c("col.level", 10, false, 5),
        c("col.next", 20, false, 8),
        c("col.duties", 11, false, 4),
    ]
}

/// One queue row: every cell computed from the record and `now`. A P1 stands out in bold, an
/// incident nobody owns says so in colour; a restored one is dimmed.
pub fn row(app: &App, v: &View) -> Row {
    let s = &app.s;
    let i = &v.incident;
    let now = app.now;
    // The level moves with the clock: compute it now, not when the row was loaded.
    let a = assess(i, 0, &app.setup.policy, now);
    let (due, missed) = duties_due(s, &v.duties, now);
    let level_style = theme::level(a.level);
    let (owner, owner_style) = match i.owner.as_deref() {
        Some(o) => (sanitize_line(o), Style::new()),
        None => (s.t("detail.unowned").to_string(), theme::unowned()),
    };
    let sev_style = if i.severity == Severity::P1 {
        theme::p1()
    } else {
        Style::new()
    };
    Row {
        cells: vec![
            (i.id.to_string(), Style::new()),
            (i.severity.as_str().to_string(), sev_style),
            (s.t(&format!("status.{}", i.status.as_str())).to_string(), Style::new()),
            (
                s.t(&format!("category.{}", i.category.as_str())).to_string(),
                Style::new(),
            ),
            (sanitize_line(&i.service), Style::new()),
            (sanitize_line(&i.title), Style::new()),
            (owner, owner_style),
            (age(s, now - i.received_at), Style::new()),
            (level_word(s, a.level).to_string(), level_style),
            (next_step(s, a.next, now), level_style),
            (
                due,
                if missed {
                    theme::missed()
                } else {
                    theme::duty(DutyState::Pending)
                },
            ),
        ],
        style: if i.restored_at.is_some() {
            theme::dim()
        } else if i.severity == Severity::P1 {
            theme::p1()
        } else {
            Style::new()
        },
    }
}

pub fn queue(app: &App, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let n = app.snap.queue.len();
    // The real count and the selection's place in the whole queue, not in the rows loaded.
    let (at, total) = app.queue_position().unwrap_or((0, n));
    // A filtered queue's count comes after its page (issue 18): until then the header says so.
    let title = match app.queue_counted() {
        Some(Ok(_)) => s.f(
            "pane.queue",
            &[
                ("n", &grouped(total)),
                ("row", &grouped(at)),
                ("total", &grouped(total)),
            ],
        ),
        None => s.f("live_filter.counting", &[("row", &grouped(at))]),
        Some(Err(why)) => s.f(
            "live_filter.count_failed",
            &[("row", &grouped(at)), ("why", &sanitize_line(why))],
        ),
    };
    let header = list_title(app, title);
    pane_header(f, area, &header, true);
    let body = pane_body(area);
    if app.loaded() && n == 0 {
        let msg = if app.query.filter.is_empty() && app.query.section.is_none() {
            s.k("msg.queue_empty")
        } else {
            s.k("msg.no_match")
        };
        f.render_widget(
            Paragraph::new(format!(" {msg}")).style(theme::dim()),
            Rect {
                y: body.y + 1,
                height: 1.min(body.height.saturating_sub(1)),
                ..body
            },
        );
    }
    let offset = app.views.incidents.queue.offset;
    let rows: Vec<Row> = table::window(&app.snap.queue, body, offset)
        .iter()
        .map(|v| row(app, v))
        .collect();
    table::draw_window(
        f,
        body,
        &columns(app),
        &rows,
        (offset, Some(app.views.incidents.queue.sel)),
        app.sorted(crate::tui::layout::ViewKind::Incidents, 0),
    );
}

pub fn detail(app: &App, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let Some(row) = app.snap.queue.get(app.views.incidents.queue.sel) else {
        pane_header(f, area, s.t("pane.detail"), false);
        return;
    };
    // The full record once loaded; the queue's row until then.
    let full = app.views.incidents.detail.of(row.incident.id, |d| d.view.incident.id);
    let v = full.map(|d| &d.view).unwrap_or(row);
    let i = &v.incident;
    pane_header(
        f,
        area,
        &format!("{} {}", reference(Kind::Incident, i.id), i.title),
        false,
    );
    let lines = lines(app, v, full);
    let body = pane_body(area);
    f.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((app.views.incidents.detail.scroll, 0)),
        body,
    );
}

/// An incident in full: its fields, its duties, and (once `full` is loaded) its history.
pub fn lines(app: &App, v: &View, full: Option<&Detail>) -> Vec<Line<'static>> {
    let s = &app.s;
    let i = &v.incident;
    let now = app.now;
    let zone = app.setup.zone;
    let a = assess(i, 0, &app.setup.policy, now);
    let mut lines: Vec<Line> = Vec::new();
    let status = s.t(&format!("status.{}", i.status.as_str()));
    let owner = i.owner.clone().unwrap_or_else(|| s.t("detail.nobody").to_string());
    lines.push(field(
        s.t("detail.status"),
        format!(
            "{status}  {} {owner}  {} {}  {} {}",
            s.t("detail.owner"),
            s.t("col.sev"),
            i.severity.as_str(),
            s.t("col.category"),
            s.t(&format!("category.{}", i.category.as_str()))
        ),
        Style::new(),
    ));
    lines.push(field(s.t("detail.service"), i.service.clone(), Style::new()));
    let reporter = [i.reporter.as_str(), i.contact.as_str(), i.dept.as_str()]
        .iter()
        .filter(|x| !x.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join("  ");
    lines.push(field(
        s.t("detail.reporter"),
        format!("{reporter}  ({})", s.t(&format!("channel.{}", i.channel.as_str()))),
        Style::new(),
    ));
    let mut times = format!(
        "{}  {} {}",
        local_second(i.received_at, zone),
        s.t("detail.started"),
        local_minute(i.started_at, zone)
    );
    if i.episode > 0 {
        times.push_str(&format!(
            "  {} {}",
            s.t("detail.reopened"),
            local_minute(i.clock_start, zone)
        ));
    }
    lines.push(field(s.t("detail.received"), times, Style::new()));
    let next = next_step(s, a.next, now);
    let level_text = if next.is_empty() {
        level_word(s, a.level).to_string()
    } else {
        format!("{}  {next}", level_word(s, a.level))
    };
    lines.push(field(s.t("detail.level"), level_text, theme::level(a.level)));
    for (key, t) in [
        ("detail.contacted", i.contacted_at),
        ("detail.restored", i.restored_at),
        ("detail.resolved", i.resolved_at),
        ("detail.verified", i.verified_at),
    ] {
        if let Some(t) = t {
            lines.push(field(s.t(key), local_second(t, zone), Style::new()));
        }
    }
    if !i.cause.is_empty() {
        lines.push(field(s.t("detail.cause"), i.cause.clone(), Style::new()));
    }
    if let Some(sat) = i.satisfaction {
        lines.push(field(s.t("detail.satisfaction"), format!("{sat}/5"), Style::new()));
    }
    if i.outage {
        lines.push(field(
            s.t("detail.outage"),
            s.t("detail.suspended").to_string(),
            theme::missed(),
        ));
    }
    if let Some(d) = full
        && !d.also_here.is_empty()
    {
        lines.push(field(s.t("detail.also_here"), d.also_here.join(", "), theme::key()));
    }
    if let Some(d) = full {
        for (id, status, title) in &d.problems {
            let status = s.get(&format!("problem_status.{status}")).unwrap_or(status);
            let text = format!("#{id} {status}  {}", sanitize_line(title));
            lines.push(field(s.t("detail.problem"), text, theme::missed()));
        }
        for (id, title) in &d.knowledge {
            let text = format!("#{id} {}", sanitize_line(title));
            lines.push(field(s.t("detail.knowledge"), text, theme::ok()));
        }
    }
    for l in sanitize_block(&i.description).lines() {
        lines.push(Line::from(Span::styled(l.to_string(), theme::dim())));
    }
    if !v.duties.is_empty() {
        lines.push(Line::from(Span::styled(
            s.t("detail.duties").to_string(),
            theme::column_header(),
        )));
        for d in &v.duties {
            let state = d.state(now);
            let mark = duty_mark(state);
            let mut text = format!(
                "{mark} {}  {}  -> {}",
                s.t(&format!("duty.{}", d.kind.as_str())),
                duty_clock(s, d, now),
                whom(s, d)
            );
            if let (Some(at), Some(by)) = (d.done_at, &d.done_by) {
                text = format!(
                    "{mark} {}  {} {} {by}: {}",
                    s.t(&format!("duty.{}", d.kind.as_str())),
                    local_minute(at, zone),
                    s.t("detail.by"),
                    d.done_how
                );
            }
            lines.push(Line::from(Span::styled(sanitize_line(&text), theme::duty(state))));
        }
    }
    if let Some(d) = full {
        lines.extend(super::emergency::response_lines(app, &d.responses));
    }
    match full {
        Some(d) => lines.extend(history_lines(s, &d.view.history, zone)),
        None => lines.push(Line::from(Span::styled(s.t("pane.loading").to_string(), theme::dim()))),
    }
    lines
}
