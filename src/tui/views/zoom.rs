//! The full-screen detail: one record, any kind, over the whole screen below the title bar, its
//! lines wrapped here (so the position marker counts what is seen), scrolled from `Zoom::scroll`.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::{
    billing, changes, emergency, incidents, knowledge_detail, outbox, pane_header, request_detail, support_form,
};
use crate::domain::billing::{CheckResult, Verdict};
use crate::domain::time::local_minute;
use crate::text::{sanitize_line, width};
use crate::tui::app::{App, Zoom};
use crate::tui::full::Full;
use crate::tui::model::RunView;
use crate::tui::theme;
use crate::tui::widgets::{field, history_lines, reference};

/// The record's heading and its lines.
fn content(app: &App, full: &Full) -> (String, Vec<Line<'static>>) {
    let s = &app.s;
    let (kind, id) = full.record();
    let r = reference(kind, id);
    match full {
        Full::Incident(d) => (
            format!("{r} {}", d.view.incident.title),
            incidents::lines(app, &d.view, Some(d)),
        ),
        Full::Change(v) => (format!("{r} {}", v.change.title), changes::lines(app, v, true)),
        Full::Run(v) => (
            format!(
                "{r} {} {}",
                s.t(&format!("run_kind.{}", v.run.kind.as_str())),
                v.run.period
            ),
            run_lines(app, v),
        ),
        Full::Message(m) => (
            format!("{r} {}", m.message.subject),
            outbox::message_lines(app, &m.message, &m.duty, true),
        ),
        Full::Request(d) => (
            request_detail::heading(app, &d.view),
            request_detail::lines(app, &d.view, Some(d)),
        ),
        Full::Problem(p) => (
            knowledge_detail::problem_heading(p),
            knowledge_detail::problem_lines(app, p),
        ),
        Full::Support(v) => (support_form::heading(app, v), support_form::lines(app, v)),
        Full::Response(v) => (
            format!("{r} {}", v.response.plan_name),
            emergency::response_lines(app, std::slice::from_ref(v)),
        ),
        Full::Article(a) => (
            knowledge_detail::article_heading(s, a),
            knowledge_detail::article_lines(app, a),
        ),
        Full::Plan(p) => {
            let mut lines = emergency::plan_lines(app, &p.row);
            lines.extend(history_lines(s, &p.history, app.setup.zone));
            (format!("{r} {}", p.row.plan.name), lines)
        }
        Full::Drill(d) => (format!("{r} {}", d.drill.scenario), drill_lines(app, d)),
        Full::Quality(q) => super::quality::full(app, q),
    }
}

/// A drill in full: its plan, where it stands, its duties with their clocks, its history.
fn drill_lines(app: &App, d: &crate::tui::full::DrillFull) -> Vec<Line<'static>> {
    let s = &app.s;
    let (zone, now) = (app.setup.zone, app.now);
    let dr = &d.drill;
    let mut lines = vec![field(
        s.t("pane.plan"),
        reference(crate::domain::kind::Kind::Plan, dr.plan_id),
        Style::new(),
    )];
    lines.extend(emergency::drill_lines(app, dr, &d.duties));
    for duty in &d.duties {
        let clock = if duty.done_at.is_some() {
            s.t("duty.done").to_string()
        } else {
            crate::tui::widgets::duty_clock(s, duty, now)
        };
        lines.push(Line::from(sanitize_line(&format!(
            "  {}  {}  {clock}",
            s.get(&format!("duty.{}", duty.kind.as_str()))
                .unwrap_or(duty.kind.as_str()),
            local_minute(duty.due_at, zone),
        ))));
    }
    lines.extend(history_lines(s, &d.history, zone));
    lines
}

/// A run in full: where it stands, its checklist one item a line, its history.
fn run_lines(app: &App, v: &RunView) -> Vec<Line<'static>> {
    let s = &app.s;
    let zone = app.setup.zone;
    let mut lines = billing::state_lines(app, v);
    lines.push(field(
        s.t("col.deadline"),
        local_minute(v.run.deadline, zone),
        Style::new(),
    ));
    lines.push(Line::from(Span::styled(
        s.t("col.checks").to_string(),
        theme::column_header(),
    )));
    for c in &v.checks {
        let result = match c.result {
            Some(CheckResult::Ok) => s.t("check_result.ok"),
            Some(CheckResult::Anomaly) => s.t("check_result.anomaly"),
            None => "-",
        };
        let verdict = match c.verdict {
            Some(Verdict::Ok) => s.t("verdict.ok"),
            Some(Verdict::Rejected) => s.t("verdict.rejected"),
            None => "-",
        };
        let figures: Vec<String> = c.figures.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let who = |l: &Option<String>| l.clone().unwrap_or_else(|| "-".into());
        lines.push(Line::from(sanitize_line(&format!(
            "{:>2}. {}  {result}  {}  {} / {}  {verdict}",
            c.seq,
            c.title,
            figures.join(" "),
            who(&c.performed_by),
            who(&c.reviewed_by),
        ))));
    }
    lines.extend(history_lines(s, &v.history, zone));
    lines
}

/// `line` cut into rows of `cols` display columns, each span keeping its style.
fn wrap(line: Line<'static>, cols: usize) -> Vec<Line<'static>> {
    let cols = cols.max(1);
    let mut rows: Vec<Line<'static>> = Vec::new();
    let mut row: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for span in line.spans {
        let mut piece = String::new();
        for ch in span.content.chars() {
            let w = width(&ch.to_string());
            if used + w > cols {
                if !piece.is_empty() {
                    row.push(Span::styled(std::mem::take(&mut piece), span.style));
                }
                rows.push(Line::from(std::mem::take(&mut row)).style(line.style));
                used = 0;
            }
            piece.push(ch);
            used += w;
        }
        if !piece.is_empty() {
            row.push(Span::styled(piece, span.style));
        }
    }
    rows.push(Line::from(row).style(line.style));
    rows
}

pub fn render(app: &App, z: &Zoom, f: &mut Frame, area: Rect) {
    let s = &app.s;
    // Below the title bar, above the footer (status messages stay in sight).
    let area = Rect {
        y: area.y + 1,
        height: area.height.saturating_sub(2),
        ..area
    };
    if area.height < 3 {
        return;
    }
    f.render_widget(Clear, area);
    let body = Rect {
        y: area.y + 1,
        height: area.height - 2,
        ..area
    };
    let keys = Rect {
        y: area.y + area.height - 1,
        height: 1,
        ..area
    };
    let r = reference(z.kind, z.id);
    let (title, lines) = match (&z.loaded, z.full()) {
        (_, Some(full)) => content(app, full),
        (Some(_), None) => (
            r.clone(),
            vec![Line::from(Span::styled(
                s.f("zoom.not_found", &[("record", &r)]),
                theme::error(),
            ))],
        ),
        (None, None) => (
            r.clone(),
            vec![Line::from(Span::styled(s.t("pane.loading").to_string(), theme::dim()))],
        ),
    };
    let rows: Vec<Line> = lines
        .into_iter()
        .flat_map(|l| wrap(l, body.width.saturating_sub(1) as usize))
        .collect();
    let total = rows.len();
    let height = body.height as usize;
    let max = total.saturating_sub(height);
    z.max_scroll.set(max.min(u16::MAX as usize) as u16);
    z.page.set(body.height.max(1));
    let from = (z.scroll as usize).min(max);
    let to = (from + height).min(total);
    let pct = if total <= height { 100 } else { to * 100 / total };
    let marker = s.f(
        "zoom.position",
        &[
            ("from", &(from + 1).min(total).to_string()),
            ("to", &to.to_string()),
            ("total", &total.to_string()),
            ("pct", &pct.to_string()),
        ],
    );
    let room = (area.width as usize).saturating_sub(width(&marker) + 3);
    let heading = crate::text::fit(&sanitize_line(&title), room);
    pane_header(f, area, &format!("{heading}  {marker}"), true);
    let shown: Vec<Line> = rows.into_iter().skip(from).take(height).collect();
    f.render_widget(
        Paragraph::new(shown),
        Rect {
            x: body.x + 1,
            width: body.width.saturating_sub(1),
            ..body
        },
    );
    let mut hint = s.t("zoom.keys").to_string();
    if let Some(Full::Incident(d)) = z.full() {
        let key = |a| app.keys.first_key(a).unwrap_or_default();
        hint.push_str("  ");
        hint.push_str(&s.f("zoom.reopen", &[("key", &key(crate::tui::action::Action::Reopen))]));
        // I10: a case is made from an incident once its cause is known.
        if d.view.incident.resolved_at.is_some() && !app.setup.read_only {
            hint.push_str("  ");
            hint.push_str(&s.f("zoom_hint.case", &[("key", &key(crate::tui::action::Action::Case))]));
        }
    }
    f.render_widget(Paragraph::new(format!(" {hint}")).style(theme::dim()), keys);
}
