//! Keys, pastes, the mouse, resizes and the clock: what comes in from the terminal.

use chrono::{DateTime, Utc};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, MouseButton, MouseEvent, MouseEventKind};

use super::*;
use crate::tui::action::Action;
use crate::tui::keymap::{KeyPress, Lookup};
use crate::tui::layout::{self, ViewKind};

impl App {
    pub fn on_key(&mut self, key: KeyEvent, now: DateTime<Utc>) -> Vec<Effect> {
        self.now = now;
        if key.kind == KeyEventKind::Release {
            return Vec::new();
        }
        // A key is the alarm seen, and the refusal on the status line read.
        self.alarm = None;
        if let Some(s) = &mut self.status {
            s.seen = true;
        }
        if self.popup.is_some() {
            return self.popup_key(key);
        }
        if let Some(input) = &mut self.filter_edit {
            return match key.code {
                KeyCode::Enter => {
                    self.filter_edit = None;
                    Vec::new()
                }
                KeyCode::Esc => {
                    self.filter_edit = None;
                    self.set_filter(String::new())
                }
                _ if input.handle(&key) => {
                    let text = input.text();
                    self.set_filter(text)
                }
                _ => Vec::new(),
            };
        }
        self.pending_keys.push(KeyPress::from_event(&key));
        match self.keys.lookup(&self.pending_keys) {
            Lookup::Action(a) => {
                self.pending_keys.clear();
                self.update(a, now)
            }
            Lookup::Pending => Vec::new(),
            Lookup::Unbound => {
                // A sequence that went nowhere: try the last key on its own.
                let last = self.pending_keys.pop();
                let retry = !self.pending_keys.is_empty();
                self.pending_keys.clear();
                match (retry, last) {
                    (true, Some(k)) => match self.keys.lookup(&[k]) {
                        Lookup::Action(a) => self.update(a, now),
                        Lookup::Pending => {
                            self.pending_keys.push(k);
                            Vec::new()
                        }
                        Lookup::Unbound => self.saved_filter_key(k).unwrap_or_default(),
                    },
                    (false, Some(k)) => self.saved_filter_key(k).unwrap_or_default(),
                    _ => Vec::new(),
                }
            }
        }
    }

    pub fn on_paste(&mut self, text: &str) -> Vec<Effect> {
        match (&mut self.popup, &mut self.filter_edit) {
            (Some(Popup::Form(f)), _) => f.paste(text),
            (Some(Popup::Palette(p)), _) => p.input.paste(text),
            (None, Some(input)) => {
                input.paste(text);
                let t = input.text();
                return self.set_filter(t);
            }
            _ => {}
        }
        Vec::new()
    }

    pub fn on_mouse(&mut self, m: MouseEvent, now: DateTime<Utc>) -> Vec<Effect> {
        self.now = now;
        if self.popup.is_some() {
            return Vec::new();
        }
        let Some(a) = self.areas() else { return Vec::new() };
        match m.kind {
            MouseEventKind::ScrollDown => self.update(Action::Down, now),
            MouseEventKind::ScrollUp => self.update(Action::Up, now),
            MouseEventKind::Down(MouseButton::Left) => {
                if m.row == a.nav.y {
                    let tabs: Vec<(ViewKind, usize)> = self
                        .tabs(a.nav.width)
                        .into_iter()
                        .map(|(v, t)| (v, crate::text::width(&t)))
                        .collect();
                    for (view, x, w) in layout::nav_tabs(&tabs) {
                        if m.column >= x && m.column < x + w {
                            return self.switch_view(view);
                        }
                    }
                    return Vec::new();
                }
                // The list pane's list: the Requests view draws whichever of its two has the keys.
                let list = match self.view {
                    ViewKind::Escalations => ListId::Escalated,
                    ViewKind::Billing => ListId::Runs,
                    // The samples, whichever of the sample's lists has the keys.
                    ViewKind::Quality if self.active() == ListId::SampleItems => ListId::Samples,
                    _ => self.active(),
                };
                if let Some(row) = layout::row_at(a.list, self.views.cursor(list).offset, m.column, m.row) {
                    if self.view != ViewKind::Requests
                        && let Some(pane) = self.views.pane_mut(self.view)
                    {
                        *pane = Pane::List;
                    }
                    if self.view == ViewKind::Quality {
                        self.views.quality.pane = Pane::List;
                    }
                    return self.move_to(row as isize);
                }
                if self.view == ViewKind::Escalations
                    && let Some(row) = layout::row_at(a.second, self.views.escalations.duties.offset, m.column, m.row)
                {
                    self.views.escalations.pane = Pane::Second;
                    return self.move_to(row as isize);
                }
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    pub fn on_resize(&mut self, w: u16, h: u16) -> Vec<Effect> {
        self.size = (w, h);
        self.scrolled()
    }

    /// Once a second.
    pub fn on_tick(&mut self, now: DateTime<Utc>) -> Vec<Effect> {
        self.now = now;
        if self.status.as_ref().is_some_and(|s| s.until <= now) {
            self.status = None;
        }
        if self.flash_until.is_some_and(|t| t <= now) {
            self.flash_until = None;
        }
        self.ring_missed()
    }
}
