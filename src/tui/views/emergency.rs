//! Emergencies in the console (E1, E2): the banner every view shows while a response lasts, the
//! Plans view (the plans, the selected one with its group, steps and drills), and the response
//! section of an incident's detail (its report clock and timeline).

use chrono::{DateTime, Utc};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::table::{self, Row};
use super::{list_title, pane_body, pane_header};
use crate::domain::duty::Duty;
use crate::domain::emergency::Drill;
use crate::domain::emergency::next_report;
use crate::domain::time::{clock, local_minute};
use crate::ops::emergency::{Banner, PlanRow, ResponseView};
use crate::text::{fit, sanitize_line};
use crate::tui::app::App;
use crate::tui::i18n::Strings;
use crate::tui::theme;
use crate::tui::widgets::{duty_clock, duty_mark, field, history_lines};

/// `MAJOR INCIDENT #12 计费全省中断 (billing)  declared 1h 05m ago  next progress report in 24m 50s`.
pub fn banner_text(s: &Strings, b: &Banner, more: usize, now: DateTime<Utc>) -> String {
    let next = next_report(b.declared_at, b.every_minutes, now);
    let mut text = s.f(
        "emergency.banner",
        &[
            ("id", &b.incident_id.to_string()),
            ("title", &sanitize_line(&b.title)),
            ("service", &sanitize_line(&b.service)),
            ("since", &crate::tui::widgets::age(s, now - b.declared_at)),
            ("next", &crate::tui::widgets::clock(s, next - now)),
        ],
    );
    if more > 0 {
        text.push_str(&s.f("emergency.banner_more", &[("n", &more.to_string())]));
    }
    text
}

/// The banner line: the oldest active response, and how many more.
pub fn banner(app: &App, f: &mut Frame, area: Rect) {
    let Some(b) = app.snap.banners.first() else {
        return;
    };
    let text = banner_text(&app.s, b, app.snap.banners.len() - 1, app.now);
    f.render_widget(
        Paragraph::new(fit(&format!(" {text}"), area.width as usize)).style(theme::banner()),
        area,
    );
}

/// The plans, newest first.
pub fn list(app: &App, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let header = list_title(app, s.f("pane.plans", &[("n", &app.snap.plans.len().to_string())]));
    pane_header(f, area, &header, true);
    let c = |key, width, flex, keep| table::col(s, key, width, flex, keep);
    let cols = [
        c("col.id", 4, false, table::WHOLE),
        c("col.plan", 20, true, 9),
        c("col.status", 12, false, 8),
        c("col.services", 12, false, 5),
        c("col.group", 6, false, 4),
        c("col.next_drill", 18, false, 6),
    ];
    let now = app.now;
    let rows: Vec<Row> = app
        .snap
        .plans
        .iter()
        .map(|r| {
            let p = &r.plan;
            let next = r
                .drills
                .iter()
                .flat_map(|(_, duties)| duties.iter())
                .filter(|d| d.done_at.is_none())
                .min_by_key(|d| d.due_at)
                .map(|d| (duty_clock(s, d, now), theme::duty(d.state(now))))
                .unwrap_or_else(|| ("-".into(), theme::dim()));
            Row {
                cells: vec![
                    (p.id.to_string(), Style::new()),
                    (sanitize_line(&p.name), Style::new()),
                    (
                        format!("{} r{}", s.t(&format!("plan_status.{}", p.status.as_str())), p.revision),
                        Style::new(),
                    ),
                    (sanitize_line(&p.services.join(",")), Style::new()),
                    (p.group.len().to_string(), Style::new()),
                    next,
                ],
                style: Style::new(),
            }
        })
        .collect();
    table::draw_sorted(
        f,
        pane_body(area),
        &cols,
        &rows,
        app.views.plans.list.offset,
        Some(app.views.plans.list.sel),
        app.sorted(crate::tui::layout::ViewKind::Plans, 0),
    );
    if app.snap.plans.is_empty() && app.loaded() && area.height > 3 {
        let empty = Rect {
            y: area.y + 2,
            height: 1,
            ..area
        };
        f.render_widget(
            Paragraph::new(format!(" {}", s.t("emergency.no_plans"))).style(theme::dim()),
            empty,
        );
    }
}

/// The selected plan: its group, steps, and drills with their clocks and evaluations.
pub fn detail(app: &App, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let Some(row) = app.snap.plans.get(app.views.plans.list.sel) else {
        pane_header(f, area, s.t("pane.plan"), false);
        return;
    };
    let p = &row.plan;
    pane_header(
        f,
        area,
        &s.f("pane.plan_n", &[("id", &p.id.to_string()), ("name", &p.name)]),
        false,
    );
    f.render_widget(
        Paragraph::new(plan_lines(app, row))
            .wrap(Wrap { trim: false })
            .scroll((app.views.plans.scroll, 0)),
        pane_body(area),
    );
}

/// A plan with its group, steps and drills: the Plans view's detail and its full-screen one.
pub fn plan_lines(app: &App, row: &PlanRow) -> Vec<Line<'static>> {
    let s = &app.s;
    let zone = app.setup.zone;
    let p = &row.plan;
    let label = |k: &str| s.t(k).to_string();
    let mut lines = vec![
        field(
            &label("emergency.status"),
            format!(
                "{} ({} {})",
                s.t(&format!("plan_status.{}", p.status.as_str())),
                label("emergency.revision"),
                p.revision
            ),
            Style::new(),
        ),
        field(&label("emergency.services"), p.services.join(", "), Style::new()),
        field(&label("emergency.scenarios"), p.scenarios.join("; "), Style::new()),
        field(
            &label("emergency.reports"),
            s.f(
                "emergency.reports_every",
                &[
                    ("m", &p.report_every_minutes.to_string()),
                    ("d", &p.review_days.to_string()),
                ],
            ),
            Style::new(),
        ),
    ];
    if let (Some(by), Some(at)) = (&p.approved_by, p.approved_at) {
        lines.push(field(
            &label("emergency.approved"),
            format!("{} {by}", local_minute(at, zone)),
            Style::new(),
        ));
    }
    lines.push(Line::from(Span::styled(
        label("emergency.group"),
        theme::column_header(),
    )));
    for m in &p.group {
        lines.push(Line::from(sanitize_line(&format!(
            "  {}  {} ({})",
            m.role, m.name, m.login
        ))));
    }
    lines.push(Line::from(Span::styled(
        label("emergency.steps"),
        theme::column_header(),
    )));
    for (n, st) in p.steps.iter().enumerate() {
        lines.push(Line::from(sanitize_line(&format!("  {}. {st}", n + 1))));
    }
    lines.push(Line::from(Span::styled(
        label("emergency.drills"),
        theme::column_header(),
    )));
    if row.drills.is_empty() {
        lines.push(Line::from(Span::styled(
            format!("  {}", s.k("emergency.no_drills")),
            theme::dim(),
        )));
    }
    for (d, duties) in &row.drills {
        lines.extend(drill_lines(app, d, duties));
    }
    lines
}

/// A drill: its time, state and scenario with its open duty's clock, who took part, what worked
/// and what did not, its measures.
pub fn drill_lines(app: &App, d: &Drill, duties: &[Duty]) -> Vec<Line<'static>> {
    let s = &app.s;
    let (zone, now) = (app.setup.zone, app.now);
    let label = |k: &str| s.t(k).to_string();
    let mut lines = Vec::new();
    let status = s.t(&format!("drill_status.{}", d.status.as_str()));
    let clock = duties
        .iter()
        .find(|x| x.done_at.is_none())
        .map(|x| (format!("  {}", duty_clock(s, x, now)), theme::duty(x.state(now))))
        .unwrap_or_default();
    lines.push(Line::from(vec![
        Span::raw(sanitize_line(&format!(
            "  #{} {} {status}  {}",
            d.id,
            local_minute(d.scheduled_at, zone),
            d.scenario
        ))),
        Span::styled(clock.0, clock.1),
    ]));
    if !d.participants.is_empty() {
        lines.push(Line::from(sanitize_line(&format!(
            "     {}: {}",
            label("emergency.participants"),
            d.participants.join(", ")
        ))));
    }
    for (key, text) in [("emergency.worked", &d.worked), ("emergency.failed", &d.failed)] {
        if !text.is_empty() {
            lines.push(Line::from(sanitize_line(&format!("     {}: {text}", label(key)))));
        }
    }
    for m in &d.measures {
        lines.push(Line::from(sanitize_line(&format!("     - {m}"))));
    }
    lines
}

/// An incident's responses in its detail: the plan, the report clock (or the stand-down), the
/// duties and the timeline of the response's own steps and messages.
pub fn response_lines(app: &App, responses: &[ResponseView]) -> Vec<Line<'static>> {
    let s = &app.s;
    let (zone, now) = (app.setup.zone, app.now);
    let mut lines = Vec::new();
    for v in responses {
        let r = &v.response;
        lines.push(Line::from(Span::styled(
            s.f(
                "emergency.response",
                &[("id", &r.id.to_string()), ("plan", &sanitize_line(&r.plan_name))],
            ),
            if r.active() {
                theme::banner()
            } else {
                theme::column_header()
            },
        )));
        lines.push(field(
            s.t("emergency.declared"),
            format!("{} {} {}", local_minute(r.declared_at, zone), r.declared_by, r.reason),
            Style::new(),
        ));
        match (r.next_report_at(now), r.stood_down_at) {
            (Some(next), _) => lines.push(field(
                s.t("emergency.next_report"),
                s.f(
                    "emergency.next_report_at",
                    &[
                        ("at", &local_minute(next, zone)),
                        ("in", &clock(next - now)),
                        ("m", &r.report_every_minutes.to_string()),
                    ],
                ),
                theme::key(),
            )),
            (None, Some(at)) => lines.push(field(
                s.t("emergency.stood_down"),
                format!(
                    "{} {}",
                    local_minute(at, zone),
                    r.stood_down_by.as_deref().unwrap_or("")
                ),
                Style::new(),
            )),
            (None, None) => {}
        }
        if !r.words.is_empty() {
            lines.push(field(s.t("emergency.words"), r.words.clone(), Style::new()));
        }
        for d in &v.duties {
            let state = d.state(now);
            lines.push(Line::from(Span::styled(
                sanitize_line(&format!(
                    "{} {}{}  {}",
                    duty_mark(state),
                    s.t(&format!("duty.{}", d.kind.as_str())),
                    if d.kind == crate::domain::duty::DutyKind::E2Progress {
                        format!(" #{}", d.episode)
                    } else {
                        String::new()
                    },
                    duty_clock(s, d, now)
                )),
                theme::duty(state),
            )));
        }
        let own: Vec<_> = v
            .timeline
            .iter()
            .filter(|h| h.subject_kind == crate::domain::kind::Kind::Response)
            .cloned()
            .collect();
        lines.extend(history_lines(s, &own, zone));
    }
    lines
}
