//! A one-line text input that knows CJK characters are two columns wide: the cursor moves by
//! character and the view scrolls by display width. Prose (notes, descriptions, causes) has the
//! multi-line editor of `form::editor` instead.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use unicode_width::UnicodeWidthChar;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LineInput {
    chars: Vec<char>,
    /// Cursor position, in characters.
    cursor: usize,
}

impl LineInput {
    pub fn new(text: &str) -> LineInput {
        let chars: Vec<char> = text.chars().collect();
        let cursor = chars.len();
        LineInput { chars, cursor }
    }

    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    pub fn is_empty(&self) -> bool {
        self.chars.iter().all(|c| c.is_whitespace())
    }

    /// Apply an editing key; false when the key is not an editing key.
    pub fn handle(&mut self, key: &KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Char(c) if ctrl => match c.to_ascii_lowercase() {
                'a' => self.cursor = 0,
                'e' => self.cursor = self.chars.len(),
                'u' => {
                    self.chars.drain(..self.cursor);
                    self.cursor = 0;
                }
                'k' => self.chars.truncate(self.cursor),
                'w' => {
                    let mut start = self.cursor;
                    while start > 0 && self.chars[start - 1].is_whitespace() {
                        start -= 1;
                    }
                    while start > 0 && !self.chars[start - 1].is_whitespace() {
                        start -= 1;
                    }
                    self.chars.drain(start..self.cursor);
                    self.cursor = start;
                }
                _ => return false,
            },
            // Control characters never enter a field: what is typed is what is stored.
            KeyCode::Char(c) if !c.is_control() => {
                self.chars.insert(self.cursor, c);
                self.cursor += 1;
            }
            KeyCode::Backspace if self.cursor > 0 => {
                self.cursor -= 1;
                self.chars.remove(self.cursor);
            }
            KeyCode::Delete if self.cursor < self.chars.len() => {
                self.chars.remove(self.cursor);
            }
            KeyCode::Left => self.cursor = self.cursor.saturating_sub(1),
            KeyCode::Right => self.cursor = (self.cursor + 1).min(self.chars.len()),
            KeyCode::Home => self.cursor = 0,
            KeyCode::End => self.cursor = self.chars.len(),
            KeyCode::Backspace | KeyCode::Delete => {}
            _ => return false,
        }
        true
    }

    /// Paste: line breaks (CR LF and CR read as one) and tabs become spaces; other control
    /// characters are dropped.
    pub fn paste(&mut self, text: &str) {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        for c in text.chars() {
            let c = match c {
                '\n' | '\t' => ' ',
                c => c,
            };
            if !c.is_control() {
                self.chars.insert(self.cursor, c);
                self.cursor += 1;
            }
        }
    }

    /// The part of the text to show in `cols` columns, and the cursor's column within it.
    pub fn view(&self, cols: usize) -> (String, usize) {
        let w = |c: &char| UnicodeWidthChar::width(*c).unwrap_or(0);
        let cols = cols.max(1);
        // Scroll so that the cursor (and one cell after it) fits.
        let mut start = 0;
        let cursor_col = |start: usize| self.chars[start..self.cursor].iter().map(w).sum::<usize>();
        while start < self.cursor && cursor_col(start) + 1 > cols {
            start += 1;
        }
        let mut shown = String::new();
        let mut used = 0;
        for c in &self.chars[start..] {
            let cw = w(c);
            if used + cw > cols {
                break;
            }
            used += cw;
            shown.push(*c);
        }
        (shown, cursor_col(start))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn typed(s: &str) -> LineInput {
        let mut i = LineInput::default();
        for c in s.chars() {
            i.handle(&key(KeyCode::Char(c)));
        }
        i
    }

    #[test]
    fn cjk_typing_and_editing() {
        let mut i = typed("计费系统故障");
        assert_eq!(i.text(), "计费系统故障");
        i.handle(&key(KeyCode::Backspace));
        i.handle(&key(KeyCode::Left));
        i.handle(&key(KeyCode::Char('X')));
        assert_eq!(i.text(), "计费系统X故");
        i.handle(&key(KeyCode::Char(' ')));
        i.handle(&KeyEvent::new(KeyCode::Char('w'), KeyModifiers::CONTROL));
        assert_eq!(i.text(), "故", "ctrl-w takes the word before the cursor");
    }

    #[test]
    fn view_scrolls_by_display_width() {
        let i = typed("计费系统故障");
        let (shown, col) = i.view(7);
        assert_eq!(shown, "统故障");
        assert_eq!(col, 6);
        let (shown, col) = LineInput::new("ab").view(10);
        assert_eq!((shown.as_str(), col), ("ab", 2));
    }

    #[test]
    fn a_one_line_input_joins_pasted_lines() {
        let mut one = LineInput::default();
        one.paste("one\ntwo");
        assert_eq!(one.text(), "one two", "a one-line input joins them");
    }

    #[test]
    fn control_characters_never_enter() {
        let mut i = LineInput::default();
        i.paste("a\u{1b}[2Jb\nc");
        assert_eq!(i.text(), "a[2Jb c");
    }
}
