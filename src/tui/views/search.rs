//! The search popup: the words typed, then each hit on a line: its kind, id, state, title and
//! the words around the match, the match itself highlighted.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::boxes::{centered, frame};
use crate::domain::kind::Kind;
use crate::text::{fit, sanitize_line};
use crate::tui::app::{App, SearchBox};
use crate::tui::i18n::Strings;
use crate::tui::theme;

/// A hit's state in the console's words: the kind's own family (`change_status`, `run_state`,
/// `response_state`), an incident's (`status`), else the stored word.
pub fn state_word(s: &Strings, kind: Kind, state: &str) -> String {
    let k = kind.as_str();
    [format!("{k}_status.{state}"), format!("{k}_state.{state}")]
        .into_iter()
        .chain((kind == Kind::Incident).then(|| format!("status.{state}")))
        .find_map(|key| s.get(&key).map(str::to_string))
        .unwrap_or_else(|| state.to_string())
}

pub fn draw(app: &App, b: &SearchBox, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let body = frame(f, centered(area, 110, 24), s.t("search.title"), s.t("search.keys"));
    if body.height == 0 {
        return;
    }
    let (shown, col) = b.input.view(body.width.saturating_sub(3) as usize);
    f.render_widget(
        Paragraph::new(format!("> {shown}")).style(theme::key()),
        Rect { height: 1, ..body },
    );
    f.set_cursor_position((body.x + 2 + col as u16, body.y));
    let mut lines = Vec::new();
    let typed = b.input.text();
    if let Some(e) = &b.error {
        lines.push(Line::styled(sanitize_line(e), theme::error()));
    } else if typed.trim().is_empty() {
        lines.push(Line::styled(s.t("search.hint").to_string(), theme::dim()));
    } else if b.hits.is_empty() && b.shown_for == typed {
        lines.push(Line::styled(s.t("search.none").to_string(), theme::dim()));
    }
    for (i, h) in b.hits.iter().enumerate().take(body.height.saturating_sub(1) as usize) {
        let style = if i == b.sel { theme::selected() } else { Style::new() };
        let kind = fit(s.t(&format!("kind.{}", h.kind.as_str())), 10);
        let state = state_word(s, h.kind, &h.state);
        let head = format!(
            "{kind} {:>7}  {}  {}  ",
            h.id,
            fit(&state, 10),
            fit(&sanitize_line(&h.title), 28)
        );
        let snippet: Vec<char> = sanitize_line(&h.snippet).chars().collect();
        let mut spans = vec![Span::styled(head, style)];
        match h.matched {
            Some((at, n)) if at + n <= snippet.len() => {
                let before: String = snippet[..at].iter().collect();
                let hit: String = snippet[at..at + n].iter().collect();
                let after: String = snippet[at + n..].iter().collect();
                spans.push(Span::styled(before, style.patch(theme::dim())));
                spans.push(Span::styled(
                    hit,
                    style.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                ));
                spans.push(Span::styled(after, style.patch(theme::dim())));
            }
            _ => spans.push(Span::styled(
                snippet.iter().collect::<String>(),
                style.patch(theme::dim()),
            )),
        }
        lines.push(Line::from(spans));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::search::sources::SOURCES;
    use crate::tui::i18n::Lang;

    /// Every searched kind's open and closed states, as its hits show them, are words of the
    /// reader's language, never the stored word (`stood_down`).
    #[test]
    fn every_kinds_states_are_shown_in_words() {
        for lang in [Lang::En, Lang::ZhCn] {
            let s = Strings::new(lang);
            for src in SOURCES {
                let mut states: Vec<&str> = src.closed.to_vec();
                if src.kind == Kind::Response {
                    states.push("active");
                }
                for st in states {
                    let word = state_word(&s, src.kind, st);
                    assert!(
                        s.get(&format!("{}_status.{st}", src.kind.as_str())).is_some()
                            || s.get(&format!("{}_state.{st}", src.kind.as_str())).is_some()
                            || (src.kind == Kind::Incident && s.get(&format!("status.{st}")).is_some()),
                        "{lang:?}: no words for {} state {st} (shown as {word})",
                        src.kind.as_str()
                    );
                }
            }
        }
    }
}
