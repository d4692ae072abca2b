//! A form's keys: Tab and the arrows move (within prose, the arrows move between its lines
//! first), Ctrl-S saves from any field and Enter from any but prose, Esc leaves; the directory's
//! values under a field are taken with Tab and chosen with Up/Down; a bracketed paste goes into
//! the field typed in.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{Choices, FieldKind, Form, Outcome, check_time};
use crate::tui::i18n::Strings;

impl Form {
    pub fn handle_key(
        &mut self,
        key: &KeyEvent,
        now: DateTime<Utc>,
        zone: Tz,
        s: &Strings,
        choices: &Choices,
    ) -> Outcome {
        if self.saving.is_some() {
            return if key.code == KeyCode::Esc {
                Outcome::Cancel
            } else {
                Outcome::Stay
            };
        }
        // The directory's values under the field: Tab takes one, Up/Down choose.
        match key.code {
            KeyCode::Tab if self.take_offered(choices) => return Outcome::Stay,
            KeyCode::Down if self.move_pick(choices, true) => return Outcome::Stay,
            KeyCode::Up if self.move_pick(choices, false) => return Outcome::Stay,
            _ => {}
        }
        let focus = self.focus;
        let outcome = self.field_key(key, now, zone, s);
        if self.focus != focus {
            self.pick = 0;
        }
        outcome
    }

    fn field_key(&mut self, key: &KeyEvent, now: DateTime<Utc>, zone: Tz, s: &Strings) -> Outcome {
        let n = self.fields.len();
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let prose = matches!(self.fields.get(self.focus).map(|f| &f.kind), Some(FieldKind::Prose(_)));
        match key.code {
            KeyCode::Esc => return Outcome::Cancel,
            // Saves from every field; Enter too, except in prose, where it is a new line.
            KeyCode::Char('s') if ctrl => return Outcome::Submit,
            KeyCode::Enter if !prose => return Outcome::Submit,
            KeyCode::Tab => self.focus = (self.focus + 1) % n,
            KeyCode::BackTab => self.focus = (self.focus + n - 1) % n,
            // In prose the arrows move between its lines, and out of it at its first and last.
            KeyCode::Down if !prose || self.prose_row().is_some_and(|(r, n)| r + 1 >= n) => {
                self.focus = (self.focus + 1) % n
            }
            KeyCode::Up if !prose || self.prose_row().is_some_and(|(r, _)| r == 0) => {
                self.focus = (self.focus + n - 1) % n
            }
            _ => {
                let field = &mut self.fields[self.focus];
                match &mut field.kind {
                    FieldKind::Text { input, time } => {
                        let before = input.text();
                        if input.handle(key) {
                            self.touched |= input.text() != before;
                            field.error = if *time {
                                check_time(&input.text(), now, zone, s).err()
                            } else {
                                None
                            };
                        }
                    }
                    FieldKind::Prose(editor) => {
                        let before = editor.text();
                        if editor.handle(key) && editor.text() != before {
                            self.touched = true;
                            field.error = None;
                        }
                    }
                    FieldKind::Choice { options, idx } => match key.code {
                        KeyCode::Left | KeyCode::Char('h') => {
                            *idx = (*idx + options.len() - 1) % options.len().max(1);
                            self.touched = true;
                        }
                        KeyCode::Right | KeyCode::Char('l') | KeyCode::Char(' ') => {
                            *idx = (*idx + 1) % options.len().max(1);
                            self.touched = true;
                        }
                        _ => {}
                    },
                    FieldKind::Toggle(on) => {
                        if matches!(key.code, KeyCode::Char(' ') | KeyCode::Left | KeyCode::Right)
                            || key.code == KeyCode::Char('x') && key.modifiers == KeyModifiers::NONE
                        {
                            *on = !*on;
                            self.touched = true;
                        }
                    }
                }
            }
        }
        Outcome::Stay
    }

    /// The focused prose field's cursor row and row count.
    fn prose_row(&self) -> Option<(usize, usize)> {
        match self.fields.get(self.focus).map(|f| &f.kind) {
            Some(FieldKind::Prose(e)) => Some(e.row()),
            _ => None,
        }
    }

    /// Whether the field being typed in is prose (Enter is a new line there).
    pub fn in_prose(&self) -> bool {
        self.prose_row().is_some()
    }

    /// A bracketed paste into the field being typed in: prose keeps its line breaks, a one-line
    /// field gets spaces for them.
    pub fn paste(&mut self, text: &str) {
        match self.fields.get_mut(self.focus).map(|f| &mut f.kind) {
            Some(FieldKind::Text { input, .. }) => input.paste(text),
            Some(FieldKind::Prose(editor)) => editor.paste(text),
            _ => return,
        }
        self.touched |= !text.is_empty();
    }
}
