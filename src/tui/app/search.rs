//! The global search (issue 14): a popup from any view (its key, or the palette) that searches
//! every record as the words are typed, newest change first; Enter opens the hit.

use crossterm::event::{KeyCode, KeyEvent};

use super::{App, Effect, Popup};
use crate::ops::search::Hit;
use crate::store::search::find::Query;
use crate::tui::input::LineInput;
use crate::tui::model::Request;

/// Hits asked for at a time: a screenful.
const HITS: usize = 30;

/// The search popup's state.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct SearchBox {
    pub input: LineInput,
    /// What the hits below are for (the words typed when they were asked for).
    pub shown_for: String,
    pub hits: Vec<Hit>,
    pub sel: usize,
    pub error: Option<String>,
}

impl App {
    /// Open the search popup, empty.
    pub(super) fn open_search(&mut self) -> Vec<Effect> {
        self.popup = Some(Popup::Search(Box::default()));
        Vec::new()
    }

    fn ask(text: &str) -> Vec<Effect> {
        if text.trim().is_empty() {
            return Vec::new();
        }
        vec![Effect::Request(Request::Search(Query {
            text: text.to_string(),
            limit: HITS,
            ..Query::default()
        }))]
    }

    pub(super) fn search_key(&mut self, mut b: Box<SearchBox>, key: KeyEvent) -> Vec<Effect> {
        match key.code {
            KeyCode::Esc => Vec::new(),
            KeyCode::Down | KeyCode::Tab => {
                b.sel = (b.sel + 1).min(b.hits.len().saturating_sub(1));
                self.popup = Some(Popup::Search(b));
                Vec::new()
            }
            KeyCode::Up | KeyCode::BackTab => {
                b.sel = b.sel.saturating_sub(1);
                self.popup = Some(Popup::Search(b));
                Vec::new()
            }
            KeyCode::Enter => match b.hits.get(b.sel) {
                Some(h) => self.open_detail(h.kind, h.id),
                None => {
                    self.popup = Some(Popup::Search(b));
                    Vec::new()
                }
            },
            _ => {
                let before = b.input.text();
                b.input.handle(&key);
                let text = b.input.text();
                let effects = if text != before { App::ask(&text) } else { Vec::new() };
                if text.trim().is_empty() {
                    b.hits.clear();
                    b.shown_for.clear();
                }
                self.popup = Some(Popup::Search(b));
                effects
            }
        }
    }

    /// The worker's hits for `text`: kept when they are for what is typed now (a reply to an
    /// older keystroke is dropped, the newer one follows).
    pub(super) fn on_search(&mut self, text: String, hits: Result<Vec<Hit>, String>) -> Vec<Effect> {
        if let Some(Popup::Search(b)) = &mut self.popup
            && b.input.text() == text
        {
            match hits {
                Ok(h) => {
                    b.hits = h;
                    b.error = None;
                }
                Err(e) => b.error = Some(e),
            }
            b.shown_for = text;
            b.sel = b.sel.min(b.hits.len().saturating_sub(1));
        }
        Vec::new()
    }
}
