//! Popups over the main screen: help, the command palette, forms, confirmations and conflicts.
//! Drawn on a cleared, coloured box with a title bar; no box-drawing characters, which are
//! ambiguous-width in CJK terminals.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::boxes::{centered, frame};
use crate::domain::time::local_second;
use crate::text::{fit, sanitize_line, width};
use crate::tui::app::{App, Popup};
use crate::tui::form::{FieldKind, Form};
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

fn render_form(app: &App, form: &Form, f: &mut Frame, area: Rect) {
    let s = &app.s;
    // A refusal is shown whole: the form grows by the rows it wraps to.
    let cols = centered(area, 76, 0).width.saturating_sub(2) as usize;
    let refusal = match (&form.error, form.saving) {
        (Some(err), None) => wrap_cols(&sanitize_line(err), cols),
        _ => Vec::new(),
    };
    let rows: u16 = form
        .fields
        .iter()
        .map(|f| 1 + u16::from(f.error.is_some()))
        .sum::<u16>()
        + 3
        + (refusal.len() as u16).max(1);
    let body = frame(f, centered(area, 76, rows), &form.title, s.t("form.keys"));
    let label_w = form.fields.iter().map(|f| width(&f.label)).max().unwrap_or(10).min(16);
    let value_w = (body.width as usize).saturating_sub(label_w + 3);
    // A form taller than the screen scrolls to keep the field being typed in on screen.
    let focus_line: u16 = form.fields[..form.focus.min(form.fields.len())]
        .iter()
        .map(|f| 1 + u16::from(f.error.is_some()))
        .sum();
    let scroll = (focus_line + 2).saturating_sub(body.height);
    let mut lines = Vec::new();
    let mut cursor = None;
    for (i, field) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        let mark = if field.required { "*" } else { " " };
        let label = Span::styled(
            format!("{}{mark} ", fit(&field.label, label_w)),
            if focused { theme::key() } else { theme::label() },
        );
        let value = match &field.kind {
            FieldKind::Text { input, .. } => {
                let (shown, col) = input.view(value_w);
                if focused {
                    cursor = Some((
                        body.x + label_w as u16 + 2 + col as u16,
                        (body.y + lines.len() as u16).saturating_sub(scroll),
                    ));
                }
                if shown.is_empty() && !field.hint.is_empty() {
                    Span::styled(field.hint.clone(), theme::hint())
                } else {
                    Span::styled(
                        shown,
                        if focused {
                            Style::new().add_modifier(ratatui::style::Modifier::UNDERLINED)
                        } else {
                            Style::new()
                        },
                    )
                }
            }
            FieldKind::Choice { options, idx } => {
                let text = options.get(*idx).map(|o| o.1.as_str()).unwrap_or("");
                Span::styled(
                    format!("< {} >", sanitize_line(text)),
                    if focused { theme::selected() } else { Style::new() },
                )
            }
            FieldKind::Toggle(on) => {
                let text = if *on { s.t("form.yes") } else { s.t("form.no") };
                Span::styled(
                    format!("[{}] {text}", if *on { "x" } else { " " }),
                    if focused { theme::selected() } else { Style::new() },
                )
            }
        };
        lines.push(Line::from(vec![label, value]));
        if let Some(err) = &field.error {
            lines.push(Line::from(Span::styled(
                format!("{}  {}", " ".repeat(label_w), sanitize_line(err)),
                theme::error(),
            )));
        }
    }
    lines.push(Line::from(""));
    if form.saving.is_some() {
        lines.push(Line::from(Span::styled(s.t("msg.saving").to_string(), theme::ok())));
    } else {
        lines.extend(refusal.into_iter().map(|l| Line::from(Span::styled(l, theme::error()))));
    }
    f.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0))
            .style(theme::popup()),
        body,
    );
    if let Some(pos) = cursor
        && pos.1 >= body.y
        && pos.1 < body.y + body.height
    {
        f.set_cursor_position(pos);
    }
}

/// `text` in rows of at most `cols` display columns, broken after a space or beside a wide
/// (Chinese) character, and anywhere in a word wider than a row.
fn wrap_cols(text: &str, cols: usize) -> Vec<String> {
    let cols = cols.max(2);
    let mut words: Vec<String> = vec![String::new()];
    for c in text.chars() {
        let wide = width(c.encode_utf8(&mut [0; 4])) > 1;
        if wide {
            words.push(String::new());
        }
        words.last_mut().expect("a word").push(c);
        if wide || c == ' ' {
            words.push(String::new());
        }
    }
    let mut rows = vec![String::new()];
    for word in words.iter().filter(|w| !w.is_empty()) {
        let row = rows.last_mut().expect("a row");
        if !row.is_empty() && width(row) + width(word.trim_end()) > cols && width(word) <= cols {
            rows.push(String::new());
        }
        for c in word.chars() {
            let row = rows.last_mut().expect("a row");
            if width(row) + width(c.encode_utf8(&mut [0; 4])) > cols {
                rows.push(String::new());
            }
            rows.last_mut().expect("a row").push(c);
        }
    }
    rows.into_iter().map(|r| r.trim_end().to_string()).collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_wraps_at_spaces_and_beside_chinese_characters_and_loses_nothing() {
        let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let en = "change 6 cannot be scheduled: C4: a change that affects users runs after 00:00";
        let zh = "变更 6 不能排期：C4：影响用户的变更须在零点以后的凌晨窗口 00:00-06:00 内进行；最早可用窗口：2026-12-23 00:00";
        for (text, cols) in [(en, 20), (zh, 20), (zh, 7), (en, 3)] {
            let rows = wrap_cols(text, cols);
            assert!(rows.iter().all(|r| width(r) <= cols), "{rows:?}");
            assert_eq!(squeeze(&rows.concat()), squeeze(text));
        }
        assert_eq!(
            wrap_cols(en, 20),
            [
                "change 6 cannot be",
                "scheduled: C4: a",
                "change that affects",
                "users runs after",
                "00:00"
            ]
        );
        // Chinese fills its rows: a row ends short only before a word that does not fit on it.
        let rows = wrap_cols(zh, 20);
        assert_eq!(rows[0], "变更 6 不能排期：C4");
        for pair in rows.windows(2) {
            let next = pair[1].chars().next().unwrap();
            let first: String = if width(&next.to_string()) > 1 {
                next.to_string()
            } else {
                pair[1]
                    .chars()
                    .take_while(|c| *c != ' ' && width(&c.to_string()) == 1)
                    .collect()
            };
            assert!(width(&pair[0]) + width(&first) > 20, "{rows:?}");
        }
    }
}
