//! A form in its popup: a label and a value per field, prose in a box of several rows (the
//! multi-line editor), empty fields showing their hint dimmed and in italics, errors under their
//! field, the core's refusal at the foot. A form taller than its popup scrolls to keep the field
//! being typed in on screen, with a marker of where it stands.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::boxes::{centered, frame, wrap_cols};
use crate::text::{fit, sanitize_line, width};
use crate::tui::app::App;
use crate::tui::form::{Field, FieldKind, Form, SHOWN};
use crate::tui::theme;

/// The popup's width: the widest a form gets, whatever the terminal.
const WIDTH: u16 = 76;

/// The rows a field takes: its value's, and its error's.
fn field_rows(field: &Field, focused: bool, cols: usize) -> usize {
    let value = match &field.kind {
        FieldKind::Prose(e) => e.rows(focused),
        _ => 1,
    };
    value
        + field
            .error
            .as_ref()
            .map_or(0, |e| wrap_cols(&sanitize_line(e), cols).len())
}

pub fn render_form(app: &App, form: &Form, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let cols = centered(area, WIDTH, 0).width.saturating_sub(2) as usize;
    let label_w = form.fields.iter().map(|f| width(&f.label)).max().unwrap_or(10).min(16);
    let value_w = cols.saturating_sub(label_w + 3);
    // A refusal is shown whole: the form grows by the rows it wraps to.
    let refusal = match (&form.error, form.saving) {
        (Some(err), None) => wrap_cols(&sanitize_line(err), cols),
        _ => Vec::new(),
    };
    let err_cols = value_w.max(10);
    // What the form will send beside what is typed (a work report's figures), under the fields.
    let preview: Vec<String> = form
        .preview
        .iter()
        .flat_map(|l| wrap_cols(&sanitize_line(l), cols))
        .collect();
    let preview_rows = if preview.is_empty() { 0 } else { preview.len() + 1 };
    let content: usize = form
        .fields
        .iter()
        .enumerate()
        .map(|(i, fl)| field_rows(fl, i == form.focus, err_cols))
        .sum::<usize>()
        + preview_rows
        + 1
        + refusal.len().max(1);
    let (offered, pick) = form.offered(&app.setup.choices);
    let keys = if !offered.is_empty() {
        s.t("form.offered")
    } else if form.in_prose() {
        s.t("form.keys_prose")
    } else {
        s.t("form.keys")
    };
    let body = frame(f, centered(area, WIDTH, content as u16 + 2), &form.title, keys);
    if body.height == 0 || body.width == 0 {
        return;
    }
    // Scroll so that the focused field, all its rows, is on screen.
    let focus_top: usize = form.fields[..form.focus.min(form.fields.len())]
        .iter()
        .map(|fl| field_rows(fl, false, err_cols))
        .sum();
    let focus_rows = form
        .fields
        .get(form.focus)
        .map_or(1, |fl| field_rows(fl, true, err_cols));
    let height = body.height as usize;
    let mut scroll = (focus_top + focus_rows).saturating_sub(height);
    // The foot (the refusal) comes into sight with the last field.
    if form.focus + 1 == form.fields.len() {
        scroll = content.saturating_sub(height).max(scroll).min(focus_top);
    }
    let mut lines: Vec<Line> = Vec::new();
    let mut editor_at = None;
    let indent = " ".repeat(label_w + 2);
    for (i, field) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        let mark = if field.required { "*" } else { " " };
        let label = Span::styled(
            format!("{}{mark} ", fit(&field.label, label_w)),
            if focused { theme::key() } else { theme::label() },
        );
        let selected = if focused { theme::selected() } else { Style::new() };
        match &field.kind {
            FieldKind::Text { input, .. } => {
                let (shown, col) = input.view(value_w);
                if focused {
                    editor_at = Some(Cursor::At(label_w + 2 + col, lines.len()));
                }
                let value = if shown.is_empty() && !field.hint.is_empty() {
                    Span::styled(fit(&field.hint, value_w), theme::hint())
                } else {
                    let style = if focused {
                        Style::new().add_modifier(Modifier::UNDERLINED)
                    } else {
                        Style::new()
                    };
                    Span::styled(sanitize_line(&shown), style)
                };
                lines.push(Line::from(vec![label, value]));
            }
            FieldKind::Prose(editor) => {
                let rows = editor.rows(focused);
                if focused {
                    editor_at = Some(Cursor::Box(lines.len(), rows));
                    lines.push(Line::from(label));
                    lines.extend((1..rows).map(|_| Line::from("")));
                } else if editor.is_empty() {
                    let hint = Span::styled(fit(&field.hint, value_w), theme::hint());
                    lines.push(Line::from(vec![label, hint]));
                } else {
                    let all = editor.lines();
                    for (n, text) in all.iter().take(rows).enumerate() {
                        let more = n + 1 == rows && all.len() > rows;
                        let text = if more {
                            format!("{} (+{})", sanitize_line(text), all.len() - rows)
                        } else {
                            sanitize_line(text)
                        };
                        let lead = if n == 0 {
                            label.clone()
                        } else {
                            Span::raw(indent.clone())
                        };
                        lines.push(Line::from(vec![lead, Span::raw(fit(&text, value_w))]));
                    }
                }
            }
            FieldKind::Choice { options, idx } => {
                let text = options.get(*idx).map(|o| o.1.as_str()).unwrap_or("");
                let value = Span::styled(format!("< {} >", sanitize_line(text)), selected);
                lines.push(Line::from(vec![label, value]));
            }
            FieldKind::Toggle(on) => {
                let text = if *on { s.t("form.yes") } else { s.t("form.no") };
                let value = Span::styled(format!("[{}] {text}", if *on { "x" } else { " " }), selected);
                lines.push(Line::from(vec![label, value]));
            }
        }
        if let Some(err) = &field.error {
            for row in wrap_cols(&sanitize_line(err), err_cols) {
                lines.push(Line::from(Span::styled(
                    format!("{indent}{}", row.trim_start()),
                    theme::error(),
                )));
            }
        }
    }
    if !preview.is_empty() {
        lines.push(Line::from(""));
        lines.extend(preview.into_iter().map(|l| Line::from(Span::styled(l, theme::label()))));
    }
    lines.push(Line::from(""));
    if form.saving.is_some() {
        lines.push(Line::from(Span::styled(s.t("msg.saving").to_string(), theme::ok())));
    } else if refusal.is_empty() {
        lines.push(Line::from(""));
    } else {
        lines.extend(refusal.into_iter().map(|l| Line::from(Span::styled(l, theme::error()))));
    }
    let total = lines.len();
    f.render_widget(
        Paragraph::new(lines).scroll((scroll as u16, 0)).style(theme::popup()),
        body,
    );
    let x0 = body.x + (label_w as u16 + 2).min(body.width);
    let row_y = |row: usize| (row >= scroll && row - scroll < height).then(|| body.y + (row - scroll) as u16);
    match editor_at {
        Some(Cursor::At(col, row)) => {
            if let Some(y) = row_y(row)
                && (col as u16) < body.width
            {
                f.set_cursor_position((body.x + col as u16, y));
                // The directory's values, under the field, over what follows it.
                let room = (body.y + body.height).saturating_sub(y + 1);
                let shown = offered.len().min(SHOWN).min(room as usize);
                let first = pick.saturating_sub(shown.saturating_sub(1));
                let w = body.width.saturating_sub(x0 - body.x + 1).min(40);
                for (n, (value, label)) in offered.iter().enumerate().skip(first).take(shown) {
                    let text = if label.is_empty() {
                        format!(" {value}")
                    } else {
                        format!(" {value}  {label}")
                    };
                    let style = if n == pick {
                        theme::selected()
                    } else {
                        theme::popup().patch(theme::label())
                    };
                    let rect = Rect {
                        x: x0,
                        y: y + 1 + (n - first) as u16,
                        width: w,
                        height: 1,
                    };
                    f.render_widget(
                        Paragraph::new(fit(&sanitize_line(&text), w as usize)).style(style),
                        rect,
                    );
                }
            }
        }
        Some(Cursor::Box(row, rows)) => {
            if let (Some(FieldKind::Prose(editor)), Some(y)) =
                (form.fields.get(form.focus).map(|f| &f.kind), row_y(row))
            {
                let rect = Rect {
                    x: x0,
                    y,
                    width: body.width.saturating_sub(x0 - body.x + 1),
                    height: (rows as u16).min(body.y + body.height - y),
                };
                f.render_widget(
                    Paragraph::new("").style(theme::popup().add_modifier(Modifier::UNDERLINED)),
                    rect,
                );
                f.render_widget(editor.widget(), rect);
            }
        }
        None => {}
    }
    // Where the form stands when it does not fit: "^ 4-21/30 v" on the title bar's right (ASCII:
    // arrows are ambiguous-width in CJK terminals).
    if total > height {
        let first = scroll + 1;
        let last = (scroll + height).min(total);
        let up = if scroll > 0 { "^" } else { " " };
        let down = if last < total { "v" } else { " " };
        let marker = format!("{up} {first}-{last}/{total} {down}");
        let w = width(&marker) as u16;
        let outer = Rect {
            x: body.x - 1,
            y: body.y - 1,
            width: body.width + 2,
            height: 1,
        };
        if outer.width > w + 2 {
            f.render_widget(
                Paragraph::new(marker).style(theme::pane_header(true)),
                Rect {
                    x: outer.x + outer.width - w - 1,
                    width: w,
                    ..outer
                },
            );
        }
    }
}

enum Cursor {
    /// A one-line field's cursor: column and row in the form.
    At(usize, usize),
    /// The multi-line editor's box: its first row and its rows.
    Box(usize, usize),
}
