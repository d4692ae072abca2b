//! Problems and articles in full (the full-screen detail): the fields `opsdesk problem show` and
//! `opsdesk article show` print, in the reader's language, then the record's history.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::domain::kind::Kind;
use crate::domain::time::local_minute;
use crate::text::{sanitize_block, sanitize_line};
use crate::tui::app::App;
use crate::tui::full::{ArticleFull, ProblemFull};
use crate::tui::i18n::Strings;
use crate::tui::theme;
use crate::tui::widgets::{field, history_lines, reference};

/// A stored word in the reader's language, the word itself when the table has none.
fn word(s: &Strings, section: &str, w: &str) -> String {
    s.get(&format!("{section}.{w}")).unwrap_or(w).to_string()
}

/// A heading line, then the text a line each, indented (multi-line text keeps its lines).
fn block(label: &str, text: &str) -> Vec<Line<'static>> {
    let mut lines = vec![Line::from(Span::styled(label.to_string(), theme::column_header()))];
    for l in sanitize_block(text).lines() {
        lines.push(Line::from(format!("  {l}")));
    }
    lines
}

pub fn problem_heading(p: &ProblemFull) -> String {
    let pr = &p.view.problem;
    format!("{} {}", reference(Kind::Problem, pr.id), pr.title)
}

/// A problem: where it stands, its cause and workaround, its fix, its incidents, its history.
pub fn problem_lines(app: &App, p: &ProblemFull) -> Vec<Line<'static>> {
    let s = &app.s;
    let zone = app.setup.zone;
    let v = &p.view;
    let pr = &v.problem;
    let mut lines = vec![
        field(
            s.t("detail.status"),
            format!("{}  v{}", word(s, "problem_status", pr.status.as_str()), pr.version),
            theme::key(),
        ),
        field(
            s.t("detail.service"),
            format!("{} {}", pr.service, pr.category),
            Style::new(),
        ),
        field(s.t("detail.owner"), pr.owner.clone(), Style::new()),
    ];
    lines.extend(block(s.t("knowledge.root_cause"), &pr.root_cause));
    if !pr.workaround.is_empty() {
        lines.extend(block(s.t("knowledge.workaround"), &pr.workaround));
    }
    let fix = match &v.change {
        Some((id, title, status)) => format!(
            "{} ({}) {}",
            reference(Kind::Change, *id),
            word(s, "change_status", status),
            title
        ),
        None => s.t("knowledge.not_planned").to_string(),
    };
    lines.push(field(s.t("knowledge.fix"), fix, Style::new()));
    if let Some(t) = pr.fixed_at {
        lines.push(field(s.t("knowledge.fixed"), local_minute(t, zone), Style::new()));
    }
    if let Some(t) = pr.closed_at {
        lines.push(field(
            s.t("knowledge.closed"),
            format!("{} {}", local_minute(t, zone), pr.close_note),
            Style::new(),
        ));
    }
    lines.push(Line::from(Span::styled(
        s.f(
            "knowledge.incidents",
            &[
                ("n", &v.incidents.len().to_string()),
                ("again", &v.recurrences.to_string()),
            ],
        ),
        theme::column_header(),
    )));
    for (id, title, status, at) in &v.incidents {
        lines.push(Line::from(sanitize_line(&format!(
            "  {}  {}  {}  {}",
            reference(Kind::Incident, *id),
            local_minute(*at, zone),
            word(s, "status", status),
            title
        ))));
    }
    lines.extend(history_lines(s, &p.history, zone));
    lines
}

pub fn article_heading(s: &Strings, a: &ArticleFull) -> String {
    let ar = &a.article;
    format!(
        "{} [{}] {}",
        reference(Kind::Article, ar.id),
        word(s, "article_kind", ar.kind.as_str()),
        ar.title
    )
}

/// An article: its state and who wrote and reviewed it, where it applies, its body, its history.
pub fn article_lines(app: &App, a: &ArticleFull) -> Vec<Line<'static>> {
    let s = &app.s;
    let zone = app.setup.zone;
    let ar = &a.article;
    let mut lines = vec![
        field(
            s.t("detail.status"),
            format!(
                "{}  {}  v{}",
                word(s, "article_status", ar.status.as_str()),
                s.f("knowledge.revision", &[("n", &ar.revision.to_string())]),
                ar.version
            ),
            theme::key(),
        ),
        field(s.t("knowledge.author"), ar.author.clone(), Style::new()),
    ];
    if let Some(r) = &ar.reviewed_by {
        let at = ar.reviewed_at.map(|t| local_minute(t, zone)).unwrap_or_default();
        lines.push(field(s.t("col.reviewed_by"), format!("{r} {at}"), Style::new()));
    }
    if let Some(t) = ar.published_at {
        lines.push(field(s.t("knowledge.published"), local_minute(t, zone), Style::new()));
    }
    if let Some(t) = ar.retired_at {
        lines.push(field(s.t("knowledge.retired"), local_minute(t, zone), Style::new()));
    }
    lines.push(field(s.t("col.services"), ar.services.join(", "), Style::new()));
    lines.push(field(s.t("col.category"), ar.categories.join(", "), Style::new()));
    if !ar.incidents.is_empty() {
        let refs: Vec<String> = ar.incidents.iter().map(|i| reference(Kind::Incident, *i)).collect();
        lines.push(field(s.t("knowledge.from"), refs.join(", "), Style::new()));
    }
    lines.push(Line::from(""));
    for l in sanitize_block(&ar.body).lines() {
        lines.push(Line::from(l.to_string()));
    }
    lines.push(Line::from(""));
    lines.extend(history_lines(s, &a.history, zone));
    lines
}
