//! The Problems view (P1) and the Knowledge view (K1): their lists, newest first (read by key a
//! page at a time, `/` filtering what is read), and the selected record from its row beside them;
//! Enter shows it in full with its history (`knowledge_detail`).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::table::{self, Row};
use super::{knowledge_detail, list_title, pane_body, pane_header};
use crate::text::sanitize_line;
use crate::tui::app::App;
use crate::tui::full::{ArticleFull, ProblemFull};
use crate::tui::theme;
use crate::tui::widgets::age;

/// A word of `section` in the reader's language, the stored word when the table has none.
fn word(app: &App, section: &str, w: &str) -> String {
    app.s.get(&format!("{section}.{w}")).unwrap_or(w).to_string()
}

/// The dim line an empty list shows once read.
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

/// "(more below)" after a count while the list has rows not loaded yet.
fn more(app: &App, more: bool) -> String {
    if more {
        format!(" {}", app.s.t("kb.more"))
    } else {
        String::new()
    }
}

pub fn problems(app: &App, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let lists = &app.snap.keyed;
    let n = format!("{}{}", lists.problems.len(), more(app, lists.problems_more));
    pane_header(f, area, &list_title(app, s.f("kb.pane_problems", &[("n", &n)])), true);
    let c = |key, width, flex, keep| table::col(s, key, width, flex, keep);
    let cols = [
        c("col.id", 4, false, table::WHOLE),
        c("col.status", 12, false, 8),
        c("col.title", 16, true, 9),
        c("kb.col_incidents", 7, false, 6),
        c("kb.col_fix", 16, false, 7),
        c("col.service", 10, false, 4),
        c("col.age", 10, false, 5),
    ];
    let cursor = app.views.problems.list;
    let shown = table::window(&lists.problems, pane_body(area), cursor.offset);
    let rows: Vec<Row> = shown
        .iter()
        .map(|v| {
            let p = &v.problem;
            let incidents = if v.recurrences > 0 {
                format!("{} (+{})", v.incidents.len(), v.recurrences)
            } else {
                v.incidents.len().to_string()
            };
            Row {
                cells: vec![
                    (p.id.to_string(), Style::new()),
                    (word(app, "problem_status", p.status.as_str()), Style::new()),
                    (sanitize_line(&p.title), Style::new()),
                    (incidents, Style::new()),
                    (crate::tui::app::fix_text(s, v), Style::new()),
                    (sanitize_line(&p.service), Style::new()),
                    (age(s, app.now - p.created_at), theme::dim()),
                ],
                style: Style::new(),
            }
        })
        .collect();
    table::draw_window(
        f,
        pane_body(area),
        &cols,
        &rows,
        (cursor.offset, Some(cursor.sel)),
        None,
    );
    if lists.problems.is_empty() {
        empty(app, f, area, "kb.no_problems");
    }
}

pub fn articles(app: &App, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let lists = &app.snap.keyed;
    let n = format!("{}{}", lists.articles.len(), more(app, lists.articles_more));
    pane_header(f, area, &list_title(app, s.f("kb.pane_articles", &[("n", &n)])), true);
    let c = |key, width, flex, keep| table::col(s, key, width, flex, keep);
    let cols = [
        c("col.id", 4, false, table::WHOLE),
        c("col.status", 10, false, 8),
        c("kb.col_kind", 8, false, 6),
        c("col.title", 16, true, 9),
        c("knowledge.author", 10, false, 4),
        c("col.services", 10, false, 5),
        c("kb.col_updated", 10, false, 7),
    ];
    let cursor = app.views.knowledge.list;
    let shown = table::window(&lists.articles, pane_body(area), cursor.offset);
    let rows: Vec<Row> = shown
        .iter()
        .map(|a| Row {
            cells: vec![
                (a.id.to_string(), Style::new()),
                (word(app, "article_status", a.status.as_str()), Style::new()),
                (word(app, "article_kind", a.kind.as_str()), Style::new()),
                (sanitize_line(&a.title), Style::new()),
                (sanitize_line(&a.author), Style::new()),
                (sanitize_line(&a.services.join(",")), Style::new()),
                (age(s, app.now - a.updated_at), theme::dim()),
            ],
            style: Style::new(),
        })
        .collect();
    table::draw_window(
        f,
        pane_body(area),
        &cols,
        &rows,
        (cursor.offset, Some(cursor.sel)),
        None,
    );
    if lists.articles.is_empty() {
        empty(app, f, area, "kb.no_articles");
    }
}

/// The selected record from its row (its history is in the full-screen detail, Enter).
pub fn detail(app: &App, f: &mut Frame, area: Rect, problems: bool) {
    let s = &app.s;
    let (heading, lines, scroll): (String, Vec<Line<'static>>, u16) = if problems {
        let Some(v) = app.selected_problem() else {
            pane_header(f, area, s.t("pane.detail"), false);
            return;
        };
        let full = ProblemFull {
            view: v.clone(),
            history: Vec::new(),
        };
        (
            knowledge_detail::problem_heading(&full),
            knowledge_detail::problem_lines(app, &full),
            app.views.problems.scroll,
        )
    } else {
        let Some(a) = app.selected_article() else {
            pane_header(f, area, s.t("pane.detail"), false);
            return;
        };
        let full = ArticleFull {
            article: a.clone(),
            history: Vec::new(),
        };
        (
            knowledge_detail::article_heading(s, &full),
            knowledge_detail::article_lines(app, &full),
            app.views.knowledge.scroll,
        )
    };
    pane_header(f, area, &format!("{heading}   {}", s.t("kb.enter_for_full")), false);
    f.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }).scroll((scroll, 0)),
        pane_body(area),
    );
}
