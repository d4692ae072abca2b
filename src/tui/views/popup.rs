//! Popups over the main screen: help, the command palette, forms, confirmations and conflicts.
//! Drawn on a cleared, coloured box with a title bar; no box-drawing characters, which are
//! ambiguous-width in CJK terminals.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::boxes::{centered, frame};
use super::form::render_form;
use crate::domain::time::local_second;
use crate::text::{fit, sanitize_line};
use crate::tui::app::{App, Popup};
use crate::tui::theme;
use crate::tui::widgets::{history_value, history_word};

pub fn render(app: &App, p: &Popup, f: &mut Frame, area: Rect) {
    match p {
        Popup::Record(z) => super::zoom::render(app, z, f, area),
        Popup::DropForm(form) => {
            // The form stays in sight behind the question.
            render_form(app, form, f, area);
            let s = &app.s;
            let body = frame(f, centered(area, 60, 6), s.t("confirm.title"), s.t("confirm.drop_keys"));
            f.render_widget(
                Paragraph::new(sanitize_line(&s.f("confirm.drop_form", &[("form", &form.title)])))
                    .wrap(Wrap { trim: true })
                    .style(theme::popup()),
                body,
            );
        }
        Popup::MonthPlan { month, plan, scroll } => month_plan(app, *month, plan.as_deref(), *scroll, f, area),
        Popup::Notice { doc, text, scroll, .. } => notice(app, *doc, text.as_deref(), *scroll, f, area),
        Popup::Report {
            which, text, scroll, ..
        } => report(app, *which, text.as_deref(), *scroll, f, area),
        Popup::Help { scroll, search } => super::help::help(app, *scroll, search.as_ref(), f, area),
        Popup::Message { id, scroll } => message(app, *id, *scroll, f, area),
        Popup::Palette(pal) => palette(app, &pal.input, pal.sel, f, area),
        // Drawn by `views::search`, which uses this file's frame.
        Popup::Search(_) => {}
        Popup::Form(form) => render_form(app, form, f, area),
        Popup::Confirm(c) => {
            let s = &app.s;
            let keys = if crate::tui::app::approves(&c.cmd) {
                s.t("confirm.approve_keys")
            } else {
                s.t("confirm.keys")
            };
            let body = frame(f, centered(area, 60, 7), s.t("confirm.title"), keys);
            f.render_widget(
                Paragraph::new(sanitize_line(&c.text))
                    .wrap(Wrap { trim: true })
                    .style(theme::popup()),
                body,
            );
        }
        Popup::Conflict(c) => {
            let s = &app.s;
            let h = (c.changes.len() as u16 * 2 + 9).min(area.height.saturating_sub(2));
            let body = frame(f, centered(area, 90, h), s.t("conflict.title"), s.t("conflict.keys"));
            // Who got there first, in the user's language; the core's own sentence is for the CLI.
            let headline = match c.changes.last() {
                Some(last) => s.f(
                    "conflict.by",
                    &[
                        ("who", &last.actor),
                        ("time", &local_second(last.at, app.setup.zone)),
                        ("action", &history_word(s, &last.action)),
                    ],
                ),
                None => c.message.clone(),
            };
            let mut lines = vec![
                Line::from(Span::styled(sanitize_line(&headline), theme::error())),
                Line::from(""),
            ];
            lines.push(Line::from(Span::styled(
                s.t("conflict.changes").to_string(),
                theme::column_header(),
            )));
            for h in &c.changes {
                let fields: Vec<String> = h
                    .changes
                    .iter()
                    .filter(|ch| ch.field != "updated_at")
                    .map(|ch| {
                        let (before, after) = (
                            history_value(&ch.before, app.setup.zone),
                            history_value(&ch.after, app.setup.zone),
                        );
                        format!("{}: {before} -> {after}", ch.field)
                    })
                    .collect();
                lines.push(Line::from(sanitize_line(&format!(
                    "{} {} {}  {}",
                    local_second(h.at, app.setup.zone),
                    h.actor,
                    history_word(s, &h.action),
                    fields.join("; ")
                ))));
            }
            lines.push(Line::from(""));
            lines.push(Line::from(
                s.f("conflict.reapply", &[("version", &c.version.to_string())]),
            ));
            f.render_widget(
                Paragraph::new(lines).wrap(Wrap { trim: false }).style(theme::popup()),
                body,
            );
        }
    }
}

fn palette(app: &App, input: &crate::tui::input::LineInput, sel: usize, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let body = frame(f, centered(area, 70, 16), s.t("palette.title"), s.t("palette.keys"));
    if body.height == 0 {
        return;
    }
    let (shown, col) = input.view(body.width.saturating_sub(3) as usize);
    f.render_widget(
        Paragraph::new(format!(": {shown}")).style(theme::key()),
        Rect { height: 1, ..body },
    );
    f.set_cursor_position((body.x + 2 + col as u16, body.y));
    let matches = app.palette_matches(&input.text());
    let mut lines = Vec::new();
    for (i, a) in matches.iter().enumerate().take(body.height.saturating_sub(1) as usize) {
        let style = if i == sel { theme::selected() } else { Style::new() };
        lines.push(Line::from(vec![
            Span::styled(fit(a.name(), 16), style),
            Span::styled(format!(" {} ", fit(&app.keys.keys_text(*a), 10)), theme::key()),
            Span::styled(s.t(&a.doc_key()).to_string(), style),
        ]));
    }
    f.render_widget(
        Paragraph::new(lines),
        Rect {
            y: body.y + 1,
            height: body.height.saturating_sub(1),
            ..body
        },
    );
}

/// C1: the month's plan as a list of days, each with its kind and the change windows on it.
fn month_plan(
    app: &App,
    month: (i32, u32),
    plan: Option<&Result<crate::tui::model::MonthPlan, String>>,
    scroll: u16,
    f: &mut Frame,
    area: Rect,
) {
    let s = &app.s;
    let title = s.f("plan.title", &[("month", &format!("{:04}-{:02}", month.0, month.1))]);
    let body = frame(
        f,
        centered(area, 110, area.height.saturating_sub(2)),
        &title,
        s.t("plan.keys"),
    );
    let zone = app.setup.zone;
    let mut lines = Vec::new();
    match plan {
        None => lines.push(Line::from(Span::styled(s.t("pane.loading").to_string(), theme::dim()))),
        Some(Err(e)) => lines.push(Line::from(Span::styled(sanitize_line(e), theme::error()))),
        Some(Ok(p)) => {
            for (day, kind) in &p.days {
                use crate::domain::calendar::DayKind;
                let (mark, style) = match kind {
                    DayKind::Working => ("", Style::new()),
                    DayKind::Weekend => (s.t("plan.weekend"), theme::dim()),
                    DayKind::Holiday => (s.t("plan.holiday"), theme::missed()),
                    DayKind::MakeUp => (s.t("plan.makeup"), theme::key()),
                };
                let mut spans = vec![Span::styled(
                    format!(
                        "{} {} {} ",
                        day.format("%m-%d"),
                        s.t(&format!("weekday.{}", day.format("%a"))),
                        fit(mark, 8)
                    ),
                    style,
                )];
                for c in p.changes.iter().filter(|c| {
                    c.window_start
                        .is_some_and(|t| t.with_timezone(&zone).date_naive() == *day)
                }) {
                    let conflicted = p.conflicts.iter().any(|x| x.changes.contains(&c.id));
                    let (st, en) = (c.window_start.unwrap_or_default(), c.window_end.unwrap_or_default());
                    spans.push(Span::styled(
                        sanitize_line(&format!(
                            " #{} {}-{} {} [{}]",
                            c.id,
                            st.with_timezone(&zone).format("%H:%M"),
                            en.with_timezone(&zone).format("%H:%M"),
                            c.title,
                            c.systems.join(",")
                        )),
                        if conflicted { theme::missed() } else { Style::new() },
                    ));
                }
                lines.push(Line::from(spans));
            }
            if !p.conflicts.is_empty() {
                lines.push(Line::from(""));
                lines.push(Line::from(Span::styled(
                    s.t("plan.conflicts").to_string(),
                    theme::column_header(),
                )));
                for c in &p.conflicts {
                    lines.push(Line::from(Span::styled(sanitize_line(&c.detail), theme::missed())));
                }
            }
        }
    }
    f.render_widget(Paragraph::new(lines).scroll((scroll, 0)).style(theme::popup()), body);
}

/// A change's notice as it will read, with its To and Cc.
fn notice(
    app: &App,
    doc: crate::tui::model::NoticeDoc,
    text: Option<&Result<crate::ops::changes::Rendered, String>>,
    scroll: u16,
    f: &mut Frame,
    area: Rect,
) {
    let s = &app.s;
    // The language it will be sent in, which need not be the console's.
    let lang = s.t(if app.setup.notice_lang == "zh-CN" {
        "notice.lang_zh"
    } else {
        "notice.lang_en"
    });
    let title = format!(
        "{}{}",
        s.f("notice.preview", &[("rule", doc.rule())]),
        s.f("notice.sent_in", &[("lang", lang)])
    );
    let body = frame(
        f,
        centered(area, 100, area.height.saturating_sub(2)),
        &title,
        s.t("notice.keys"),
    );
    let lines: Vec<Line> = match text {
        None => vec![Line::from(Span::styled(s.t("pane.loading").to_string(), theme::dim()))],
        Some(Err(e)) => vec![Line::from(Span::styled(sanitize_line(e), theme::error()))],
        Some(Ok(r)) => crate::text::sanitize_block(&r.body)
            .lines()
            .map(|l| Line::from(l.to_string()))
            .collect(),
    };
    f.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0))
            .style(theme::popup()),
        body,
    );
}

/// A message in full: who it goes to and what it says, with the keys that act on it.
fn message(app: &App, id: i64, scroll: u16, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let body = frame(
        f,
        centered(area, 100, area.height.saturating_sub(2)),
        &s.f("message.popup", &[("id", &id.to_string())]),
        s.t("message.keys"),
    );
    let lines = match app.snap.outbox.iter().find(|r| r.message.id == id) {
        Some(r) => super::outbox::message_lines(app, &r.message, &r.duty, true),
        None => vec![Line::from(Span::styled(s.t("message.gone").to_string(), theme::dim()))],
    };
    f.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0))
            .style(theme::popup()),
        body,
    );
}

/// A run's check report (B4) or deadline report (B5), as plain text.
fn report(
    app: &App,
    which: crate::tui::model::Report,
    text: Option<&Result<crate::tui::model::ReportText, String>>,
    scroll: u16,
    f: &mut Frame,
    area: Rect,
) {
    let s = &app.s;
    let title = s.t(if which == crate::tui::model::Report::Check {
        "report.check"
    } else {
        "report.deadline"
    });
    let body = frame(
        f,
        centered(area, 140, area.height.saturating_sub(2)),
        title,
        s.t("report.keys"),
    );
    let lines: Vec<Line> = match text {
        None => vec![Line::from(Span::styled(s.t("pane.loading").to_string(), theme::dim()))],
        Some(Err(e)) => vec![Line::from(Span::styled(sanitize_line(e), theme::error()))],
        Some(Ok(r)) => crate::text::sanitize_block(&r.text)
            .lines()
            .map(|l| Line::from(l.to_string()))
            .collect(),
    };
    f.render_widget(Paragraph::new(lines).scroll((scroll, 0)).style(theme::popup()), body);
}
