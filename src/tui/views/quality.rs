//! The Quality view (`i`, Q5-Q7): corrective notices, samples and callbacks, one section at a
//! time (h and l step through them, the header names all three with their counts), newest first
//! as read by key; the selected record beside the list (a sample with its items, `w` into them),
//! Enter for it in full.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::quality_detail::{self as detail, finding_word, review_text, word};
use super::table::{self, Row};
use super::{list_title, pane_body, pane_header};
use crate::domain::kind::Kind;
use crate::domain::time::local_minute;
use crate::text::sanitize_line;
use crate::tui::action::Action;
use crate::tui::app::{App, Cursor, Pane, QualitySection, countdown};
use crate::tui::theme;
use crate::tui::widgets::{age, reference};

/// The section's name key.
fn name_key(section: QualitySection) -> &'static str {
    match section {
        QualitySection::Correctives => "quality_view.correctives",
        QualitySection::Samples => "quality_view.samples",
        QualitySection::Callbacks => "quality_view.callbacks",
    }
}

/// `[Corrective notices 3]  Samples 1  Callbacks 12+   h/l`: the section on screen in brackets.
fn header(app: &App) -> String {
    let s = &app.s;
    let q = &app.snap.quality;
    let count = |n: usize, more: bool| format!("{n}{}", if more { "+" } else { "" });
    let parts: Vec<String> = QualitySection::ALL
        .iter()
        .map(|sec| {
            let n = match sec {
                QualitySection::Correctives => count(q.correctives.len(), q.correctives_more),
                QualitySection::Samples => count(q.samples.len(), q.samples_more),
                QualitySection::Callbacks => count(q.callbacks.len(), q.callbacks_more),
            };
            let text = format!("{} {n}", s.t(name_key(*sec)));
            if *sec == app.views.quality.section {
                format!("[{text}]")
            } else {
                text
            }
        })
        .collect();
    let keys = format!(
        "{}/{}",
        app.keys.first_key(Action::FocusLeft).unwrap_or_default(),
        app.keys.first_key(Action::FocusRight).unwrap_or_default()
    );
    list_title(app, format!("{}   {keys}", parts.join("  ")))
}

/// The dim line an empty list shows once read.
/// A section's table under its header, and the line saying why it is empty (`empty`'s key).
fn draw(
    app: &App,
    f: &mut Frame,
    area: Rect,
    (cols, rows): (&[table::Col], &[Row]),
    cursor: Cursor,
    empty_key: Option<&str>,
) {
    table::draw_window(f, pane_body(area), cols, rows, (cursor.offset, Some(cursor.sel)), None);
    if let Some(key) = empty_key {
        empty(app, f, area, key);
    }
}

fn empty(app: &App, f: &mut Frame, area: Rect, key: &str) {
    if app.loaded() && area.height > 3 {
        let line = Rect {
            y: area.y + 2,
            height: 1,
            ..area
        };
        f.render_widget(Paragraph::new(format!(" {}", app.s.k(key))).style(theme::dim()), line);
    }
}

pub fn list(app: &App, f: &mut Frame, area: Rect) {
    let focused = app.views.pane(app.view) == Pane::List;
    pane_header(f, area, &header(app), focused);
    match app.views.quality.section {
        QualitySection::Correctives => correctives(app, f, area),
        QualitySection::Samples => samples(app, f, area),
        QualitySection::Callbacks => callbacks(app, f, area),
    }
}

fn correctives(app: &App, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let c = |key, width, flex, keep| table::col(s, key, width, flex, keep);
    let cols = [
        c("col.id", 4, false, table::WHOLE),
        c("col.status", 10, false, 8),
        c("quality_view.col_dept", 10, false, 6),
        c("quality_view.col_responsible", 8, false, 5),
        c("quality_view.col_due", 11, false, 4),
        c("quality_view.col_countdown", 16, false, 9),
        c("quality_view.col_findings", 16, true, 7),
    ];
    let cursor = app.views.quality.correctives;
    let list = &app.snap.quality.correctives;
    let rows: Vec<Row> = table::window(list, pane_body(area), cursor.offset)
        .iter()
        .map(|v| {
            let n = &v.corrective;
            let (clock, style) = match countdown(s, n, app.now) {
                Some((t, true)) => (t, theme::missed()),
                Some((t, false)) => (t, Style::new()),
                None => ("-".to_string(), theme::dim()),
            };
            Row {
                cells: vec![
                    (n.id.to_string(), Style::new()),
                    (word(s, "corrective_status", n.status.as_str()), Style::new()),
                    (sanitize_line(&v.dept_name), Style::new()),
                    (sanitize_line(&n.responsible), Style::new()),
                    (local_minute(n.due_at, app.setup.zone)[5..].to_string(), Style::new()),
                    (clock, style),
                    (sanitize_line(&n.findings), Style::new()),
                ],
                style: Style::new(),
            }
        })
        .collect();
    draw(
        app,
        f,
        area,
        (&cols, &rows),
        cursor,
        list.is_empty().then_some("quality_view.no_correctives"),
    );
}

fn samples(app: &App, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let c = |key, width, flex, keep| table::col(s, key, width, flex, keep);
    let cols = [
        c("col.id", 4, false, table::WHOLE),
        c("quality_view.col_month", 7, false, table::WHOLE),
        c("quality_view.col_size", 9, false, 6),
        c("quality_view.col_kinds", 12, true, 6),
        c("quality_view.col_drawn_by", 10, false, 5),
        c("quality_view.col_review", 16, false, 9),
        c("col.age", 10, false, 5),
    ];
    let cursor = app.views.quality.samples;
    let list = &app.snap.quality.samples;
    let rows: Vec<Row> = table::window(list, pane_body(area), cursor.offset)
        .iter()
        .map(|v| {
            let sm = &v.sample;
            let kinds: Vec<String> = sm.kinds.split(',').map(|k| word(s, "kind", k)).collect();
            Row {
                cells: vec![
                    (sm.id.to_string(), Style::new()),
                    (sm.month.clone(), Style::new()),
                    (format!("{}/{}", sm.size, sm.candidates), Style::new()),
                    (kinds.join(","), Style::new()),
                    (sanitize_line(&sm.drawn_by), Style::new()),
                    (review_text(s, v), if v.open > 0 { theme::key() } else { theme::dim() }),
                    (age(s, app.now - sm.drawn_at), theme::dim()),
                ],
                style: Style::new(),
            }
        })
        .collect();
    draw(
        app,
        f,
        area,
        (&cols, &rows),
        cursor,
        list.is_empty().then_some("quality_view.no_samples"),
    );
}

fn callbacks(app: &App, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let c = |key, width, flex, keep| table::col(s, key, width, flex, keep);
    let cols = [
        c("col.id", 4, false, table::WHOLE),
        c("quality_view.col_due", 11, false, 5),
        c("quality_view.col_reporter", 10, false, 4),
        c("quality_view.col_record", 8, false, table::WHOLE),
        c("col.status", 14, true, 8),
        c("quality_view.col_attempts", 6, false, 4),
        c("quality_view.col_satisfaction", 6, false, 4),
    ];
    let cursor = app.views.quality.callbacks;
    let list = &app.snap.quality.callbacks;
    let rows: Vec<Row> = table::window(list, pane_body(area), cursor.offset)
        .iter()
        .map(|r| {
            let cb = &r.view.callback;
            let owed = cb.status == crate::domain::callback::CallbackStatus::Due;
            let missed = owed && cb.due_at <= app.now;
            let mut status = word(s, "callback_status", cb.status.as_str());
            if cb.reopened {
                status = format!("{status}, {}", s.t("quality_view.reopened"));
            }
            Row {
                cells: vec![
                    (cb.id.to_string(), Style::new()),
                    (
                        local_minute(cb.due_at, app.setup.zone)[5..].to_string(),
                        if missed { theme::missed() } else { Style::new() },
                    ),
                    (sanitize_line(&cb.person), Style::new()),
                    (reference(cb.record_kind, cb.record_id), Style::new()),
                    (status, if cb.reopened { theme::missed() } else { Style::new() }),
                    (cb.attempts.to_string(), Style::new()),
                    (
                        cb.satisfaction.map_or_else(|| "-".to_string(), |n| n.to_string()),
                        Style::new(),
                    ),
                ],
                style: Style::new(),
            }
        })
        .collect();
    draw(
        app,
        f,
        area,
        (&cols, &rows),
        cursor,
        list.is_empty().then_some("quality_view.no_callbacks"),
    );
}

/// The selected record from its row; a sample with its items (a list of their own).
pub fn detail(app: &App, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let hint = s.t("kb.enter_for_full");
    let (heading, lines) = match app.views.quality.section {
        QualitySection::Correctives => match app.selected_corrective() {
            Some(v) => (detail::corrective_heading(v), detail::corrective_lines(app, v)),
            None => return pane_header(f, area, s.t("pane.detail"), false),
        },
        QualitySection::Callbacks => match app.selected_callback() {
            Some(r) => (detail::callback_heading(r), detail::callback_lines(app, r)),
            None => return pane_header(f, area, s.t("pane.detail"), false),
        },
        QualitySection::Samples => return sample_pane(app, f, area),
    };
    pane_header(f, area, &format!("{heading}   {hint}"), false);
    f.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((app.views.quality.scroll, 0)),
        pane_body(area),
    );
}

/// A sample: how it was drawn, then its items with the cursor (`w` moves into them).
fn sample_pane(app: &App, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let focused = app.views.pane(app.view) == Pane::Second;
    let Some(v) = app.selected_sample() else {
        return pane_header(f, area, s.t("pane.detail"), false);
    };
    let keys = s.f(
        "quality_view.items_keys",
        &[
            ("w", &app.keys.first_key(Action::FocusNext).unwrap_or_default()),
            ("v", &app.keys.first_key(Action::Verify).unwrap_or_default()),
        ],
    );
    pane_header(f, area, &format!("{}   {keys}", detail::sample_heading(s, v)), focused);
    let body = pane_body(area);
    let summary: Vec<Line> = detail::sample_summary(app, v);
    let top = (summary.len() as u16).min(body.height.saturating_sub(2));
    f.render_widget(Paragraph::new(summary), Rect { height: top, ..body });
    let items = Rect {
        y: body.y + top,
        height: body.height - top,
        ..body
    };
    let c = |key, width, flex, keep| table::col(s, key, width, flex, keep);
    let cols = [
        c("quality_view.col_pos", 3, false, table::WHOLE),
        c("quality_view.col_record", 10, false, table::WHOLE),
        c("quality_view.col_finding", 8, false, 6),
        c("quality_view.col_reviewer", 10, false, 5),
        c("quality_view.col_text", 16, true, 6),
    ];
    let cursor = app.views.quality.items;
    let rows: Vec<Row> = table::window(&v.items, items, cursor.offset)
        .iter()
        .map(|(i, fd)| {
            let style = match fd {
                Some(x) if !x.ok => theme::missed(),
                _ => Style::new(),
            };
            let mut text = fd.as_ref().map(|x| x.text.clone()).unwrap_or_default();
            if let Some(c) = fd.as_ref().and_then(|x| x.corrective_id) {
                text = format!("{} {text}", reference(Kind::Corrective, c));
            }
            Row {
                cells: vec![
                    (i.pos.to_string(), Style::new()),
                    (reference(i.record_kind, i.record_id), Style::new()),
                    (finding_word(s, fd), style),
                    (
                        fd.as_ref().map(|x| x.reviewer.clone()).unwrap_or_default(),
                        Style::new(),
                    ),
                    (sanitize_line(&text), Style::new()),
                ],
                style: Style::new(),
            }
        })
        .collect();
    let selected = focused.then_some(cursor.sel);
    table::draw_window(f, items, &cols, &rows, (cursor.offset, selected), None);
}

/// The keys of the section on screen (the footer's, and help's first group).
pub fn actions(app: &App) -> &'static [Action] {
    match (app.views.quality.section, app.views.quality.pane) {
        (QualitySection::Correctives, _) => &[
            Action::Down,
            Action::New,
            Action::Verify,
            Action::Close,
            Action::FocusRight,
            Action::Open,
            Action::Filter,
            Action::Palette,
        ],
        (QualitySection::Samples, Pane::List) => &[
            Action::Down,
            Action::New,
            Action::FocusNext,
            Action::FocusRight,
            Action::Open,
            Action::Filter,
            Action::Palette,
        ],
        (QualitySection::Samples, Pane::Second) => &[
            Action::Down,
            Action::Verify,
            Action::FocusNext,
            Action::FocusRight,
            Action::Open,
            Action::Palette,
        ],
        (QualitySection::Callbacks, _) => &[
            Action::Down,
            Action::Contact,
            Action::FocusRight,
            Action::Open,
            Action::Filter,
            Action::Palette,
        ],
    }
}

/// What a shared key means in the section on screen (`v`: follow up, or the finding).
pub fn short(app: &App, a: Action) -> Option<&str> {
    let section = match app.views.quality.section {
        QualitySection::Correctives => "correctives",
        QualitySection::Samples => "samples",
        QualitySection::Callbacks => "callbacks",
    };
    app.s
        .get(&format!("quality_view.short_{section}_{}", a.name()))
        .or_else(|| app.s.get(&format!("quality_view.short_{}", a.name())))
}

/// A quality record in full: its heading and its lines, then its history.
pub fn full(app: &App, q: &crate::tui::full::QualityFull) -> (String, Vec<Line<'static>>) {
    use crate::tui::full::QualityRecord;
    let (heading, mut lines) = match &q.record {
        QualityRecord::Corrective(v) => (detail::corrective_heading(v), detail::corrective_lines(app, v)),
        QualityRecord::Sample(v) => (detail::sample_heading(&app.s, v), detail::sample_lines(app, v)),
        QualityRecord::Callback(r) => (detail::callback_heading(r), detail::callback_lines(app, r)),
    };
    lines.extend(crate::tui::widgets::history_lines(&app.s, &q.history, app.setup.zone));
    (heading, lines)
}
