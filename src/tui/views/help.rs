//! The help popup: this view's keys first, then every key, each with its description in full
//! (wrapped); `/` narrows it to what matches.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::boxes::{centered, frame};
use crate::text::{fit, width};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::theme;

/// Every action with its keys and what it does, from the action table and the keymap.
pub fn help(app: &App, scroll: u16, search: Option<&(crate::tui::input::LineInput, bool)>, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let title = match search {
        Some((input, editing)) => {
            let cursor = if *editing { "_" } else { "" };
            format!(
                "{}   {}{cursor}",
                s.t("help.title"),
                s.f("help.search", &[("text", &input.text())])
            )
        }
        None => s.t("help.title").to_string(),
    };
    let body = frame(
        f,
        centered(area, 100, area.height.saturating_sub(2)),
        &title,
        s.t("hint.help"),
    );
    let wanted = search.map(|(i, _)| i.text().to_lowercase()).unwrap_or_default();
    let matches = |a: &Action| {
        wanted.is_empty()
            || a.name().contains(&wanted)
            || app.keys.keys_text(*a).to_lowercase().contains(&wanted)
            || s.t(&a.doc_key()).to_lowercase().contains(&wanted)
    };
    let key_w = Action::ALL
        .iter()
        .map(|a| width(&app.keys.keys_text(*a)))
        .max()
        .unwrap_or(8)
        .min(24);
    let mut lines = Vec::new();
    // Which columns the list the keys are in sorts by (issue 19), then this view's keys (the
    // footer's), then every key.
    if wanted.is_empty() {
        let cols = app.sort_columns_text(app.sort_list());
        lines.push(Line::from(Span::styled(
            if cols.is_empty() {
                s.k("help.no_sort")
            } else {
                s.kf("help.sorts", &[("cols", &cols)])
            },
            theme::dim(),
        )));
    }
    let here = super::chrome::view_actions(app);
    for (heading, list) in [
        (
            "help.here",
            here.iter().copied().filter(|a| matches(a)).collect::<Vec<_>>(),
        ),
        (
            "help.everywhere",
            Action::ALL.iter().copied().filter(|a| matches(a)).collect(),
        ),
    ] {
        if list.is_empty() {
            continue;
        }
        lines.push(Line::from(Span::styled(
            s.t(heading).to_string(),
            theme::column_header(),
        )));
        for a in list {
            // This view's keys that do not work now (this record's state, this user's role, a
            // read-only console) are listed, dimmed and marked.
            let off = if heading == "help.here" {
                !app.offers(a)
            } else {
                a.mutates() && app.setup.read_only
            };
            let style = if off { theme::dim() } else { Style::new() };
            let mut spans = vec![
                Span::styled(fit(&app.keys.keys_text(a), key_w), theme::key()),
                Span::raw("  "),
                Span::styled(format!("{} ", fit(a.name(), 16)), theme::dim()),
                Span::styled(s.t(&a.doc_key()).to_string(), style),
            ];
            if off && heading == "help.here" {
                spans.push(Span::styled(format!(" {}", s.t("foresee.not_now")), theme::dim()));
            }
            lines.push(Line::from(spans));
        }
        lines.push(Line::from(""));
    }
    // The queue's saved filters (config console.filters): keys of their own, not the keymap's.
    let sections: Vec<_> = app
        .setup
        .sections
        .iter()
        .filter(|(k, sec)| {
            wanted.is_empty() || sec.name.to_lowercase().contains(&wanted) || k.to_string().contains(&wanted)
        })
        .collect();
    if !sections.is_empty() {
        lines.push(Line::from(Span::styled(
            s.t("help.sections").to_string(),
            theme::column_header(),
        )));
        for (k, sec) in sections {
            lines.push(Line::from(vec![
                Span::styled(fit(&k.to_string(), key_w), theme::key()),
                Span::raw("  "),
                Span::raw(crate::text::sanitize_line(&sec.name)),
            ]));
        }
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(s.t("help.forms").to_string(), theme::dim())));
    lines.push(Line::from(Span::styled(s.t("help.mouse").to_string(), theme::dim())));
    lines.push(Line::from(Span::styled(s.k("help.requests"), theme::dim())));
    lines.push(Line::from(Span::styled(s.k("help.plans"), theme::dim())));
    lines.push(Line::from(Span::styled(s.k("kb.help_problems"), theme::dim())));
    lines.push(Line::from(Span::styled(s.k("kb.help_knowledge"), theme::dim())));
    lines.push(Line::from(Span::styled(s.k("help.reports"), theme::dim())));
    // Descriptions in full, wrapped at any width.
    f.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0))
            .style(theme::popup()),
        body,
    );
}
