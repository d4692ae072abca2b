//! `/` filters the list of the view on screen, never another view's: the queue and the requests
//! in their queries, every other view over the lists it read (`ops::console::filter`). Each view
//! keeps its filter while another is on screen; Esc clears it, and says so.

use super::{App, Cursor, Effect, ListId};
use crate::tui::input::LineInput;
use crate::tui::layout::ViewKind;
use crate::tui::model::{PAGE, Request};

/// Rows beyond twice the screen's that a key's first page of the filtered queue holds (the
/// queue asks for a page more when the selection comes within a screen of the end).
const FIRST_PAGE_MARGIN: usize = 10;

impl App {
    /// The filter of the view on screen.
    pub fn filter_text(&self) -> &str {
        match self.view {
            ViewKind::Incidents => &self.query.filter,
            ViewKind::Requests => &self.query.requests.filter,
            _ => &self.query.list_filter,
        }
    }

    /// `/`: edit the filter of the view on screen.
    pub(super) fn start_filter(&mut self) -> Vec<Effect> {
        self.filter_edit = Some(LineInput::new(self.filter_text()));
        Vec::new()
    }

    /// Esc: clear the view's filter (in the queue, its saved filter too), and say so (the
    /// header shows it no more).
    pub(super) fn clear_filter(&mut self) -> Vec<Effect> {
        let section = match self.view {
            ViewKind::Incidents => self.query.section.take(),
            _ => None,
        };
        if self.filter_text().is_empty() && section.is_none() {
            return Vec::new();
        }
        let mut effects = self.set_filter(String::new());
        if section.is_some() && effects.is_empty() {
            self.requeue();
            effects.push(Effect::Request(Request::Query(self.query.clone())));
        }
        self.tell("msg.filter_cleared");
        effects
    }

    pub(super) fn set_filter(&mut self, text: String) -> Vec<Effect> {
        if !self.refilter(text) {
            return Vec::new();
        }
        vec![Effect::Request(Request::Query(self.query.clone()))]
    }

    /// Filter the list of the view on screen by `text`, from its top; false when it already is.
    pub(super) fn refilter(&mut self, text: String) -> bool {
        match self.view {
            ViewKind::Requests => {
                let q = &mut self.query.requests;
                if q.filter == text {
                    return false;
                }
                (q.filter, q.limit) = (text, PAGE);
                self.views.requests.list = Cursor::default();
            }
            ViewKind::Incidents => {
                if self.query.filter == text {
                    return false;
                }
                // Each key reads only what the screen shows (and the margin at which scrolling
                // asks for more), not a whole page: a rare term walks the queue until it has them.
                // Unfiltered, the queue's page is read straight off its index.
                let first = if text.trim().is_empty() {
                    PAGE
                } else {
                    (self.visible_rows() * 2 + FIRST_PAGE_MARGIN).min(PAGE)
                };
                self.query.filter = text;
                self.query.limit = first;
                self.query.from_end = false;
                self.views.incidents.queue = Cursor::default();
            }
            view => {
                if self.query.list_filter == text {
                    return false;
                }
                self.query.list_filter = text;
                // The keyed lists read their first page again under the new filter.
                self.query.keyed = Default::default();
                for list in ListId::of(view) {
                    *self.views.cursor_mut(*list) = Cursor::default();
                }
            }
        }
        true
    }

    /// The filter follows the view: put away the one leaving, take up the one coming.
    pub(super) fn swap_list_filter(&mut self, from: ViewKind, to: ViewKind) {
        let leaving = std::mem::take(&mut self.query.list_filter);
        if !leaving.is_empty() {
            self.list_filters.insert(from, leaving);
        } else {
            self.list_filters.remove(&from);
        }
        self.query.list_filter = self.list_filters.remove(&to).unwrap_or_default();
    }
}
