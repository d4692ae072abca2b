//! The multi-line editor of prose fields (notes, descriptions, causes, the C9 summary's parts,
//! anomaly text): `ratatui-textarea`, with Enter for a new line, pasted line breaks kept, and
//! control characters kept out (what is typed or pasted is what is stored).

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Modifier, Style};
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

/// How many rows a prose field takes in its form: one per line, at least `MIN_ROWS` while it is
/// being typed in (it reads as a box, not a line), at most `MAX_ROWS` (it scrolls within).
pub const MIN_ROWS: usize = 3;
pub const MAX_ROWS: usize = 6;

#[derive(Clone, Debug)]
pub struct Editor(TextArea<'static>);

impl Default for Editor {
    fn default() -> Editor {
        Editor::new("")
    }
}

impl PartialEq for Editor {
    fn eq(&self, other: &Editor) -> bool {
        self.0.lines() == other.0.lines()
    }
}

/// Line breaks as `\n` (CR LF and CR read as one); tabs as spaces; every other control character
/// dropped.
fn clean(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

impl Editor {
    pub fn new(text: &str) -> Editor {
        let mut t = TextArea::new(clean(text).split('\n').map(str::to_string).collect());
        t.set_wrap_mode(WrapMode::WordOrGlyph);
        t.set_cursor_line_style(Style::new());
        t.set_cursor_style(Style::new().add_modifier(Modifier::REVERSED));
        t.move_cursor(CursorMove::Bottom);
        t.move_cursor(CursorMove::End);
        Editor(t)
    }

    pub fn text(&self) -> String {
        self.0.lines().join("\n")
    }

    pub fn lines(&self) -> &[String] {
        self.0.lines()
    }

    /// Blank: nothing but white space.
    pub fn is_empty(&self) -> bool {
        self.0.lines().iter().all(|l| l.trim().is_empty())
    }

    /// The row the cursor is on, and how many rows there are.
    pub fn row(&self) -> (usize, usize) {
        (self.0.cursor().0, self.0.lines().len())
    }

    /// The rows this field takes in a form.
    pub fn rows(&self, focused: bool) -> usize {
        let n = self.0.lines().len();
        if focused {
            n.clamp(MIN_ROWS, MAX_ROWS)
        } else {
            n.clamp(1, MAX_ROWS)
        }
    }

    /// The widget, styled for its form.
    pub fn widget(&self) -> &TextArea<'static> {
        &self.0
    }

    /// Apply an editing key (Enter is a new line); false when the key is not an editing key.
    /// Tab, Esc and the form's own keys never reach it.
    pub fn handle(&mut self, key: &KeyEvent) -> bool {
        let before = self.0.lines().to_vec();
        let cursor = self.0.cursor();
        match key.code {
            KeyCode::Char(c) if c.is_control() => return false,
            KeyCode::Tab | KeyCode::BackTab | KeyCode::Esc => return false,
            // ctrl-u: the whole field, as in every one-line input of the console.
            KeyCode::Char('u') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                self.0.select_all();
                self.0.cut();
                return true;
            }
            _ => {}
        }
        self.0.input(*key);
        self.0.lines() != before.as_slice() || self.0.cursor() != cursor
    }

    /// Paste: line breaks kept, control characters dropped.
    pub fn paste(&mut self, text: &str) {
        self.0.insert_str(clean(text));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn enter_breaks_the_line_and_a_paste_keeps_its_breaks() {
        let mut e = Editor::default();
        for c in "first".chars() {
            assert!(e.handle(&key(KeyCode::Char(c))));
        }
        assert!(e.handle(&key(KeyCode::Enter)));
        e.paste("second\r\nthird\rfourth");
        assert_eq!(e.text(), "first\nsecond\nthird\nfourth");
        assert_eq!(e.row(), (3, 4));
        assert_eq!(e.rows(false), 4);
    }

    #[test]
    fn control_characters_never_enter_and_tabs_become_spaces() {
        let mut e = Editor::default();
        e.paste("a\u{1b}[2Jb\tc\u{7}");
        assert_eq!(e.text(), "a[2Jb c");
        assert!(!e.handle(&key(KeyCode::Tab)), "Tab moves between fields");
        assert!(!e.handle(&key(KeyCode::Esc)));
        assert_eq!(Editor::new("x\u{0}y\r\nz").text(), "xy\nz");
    }

    #[test]
    fn cjk_text_edits_by_character_and_ctrl_u_clears() {
        let mut e = Editor::new("计费系统");
        e.handle(&key(KeyCode::Backspace));
        e.handle(&key(KeyCode::Left));
        e.handle(&key(KeyCode::Char('X')));
        assert_eq!(e.text(), "计费X系");
        e.paste("\n第二行");
        e.handle(&KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
        assert!(e.is_empty(), "{:?}", e.text());
    }

    #[test]
    fn rows_grow_with_the_text_within_bounds() {
        let e = Editor::default();
        assert_eq!((e.rows(false), e.rows(true)), (1, MIN_ROWS));
        let long = Editor::new(&"line\n".repeat(20));
        assert_eq!((long.rows(false), long.rows(true)), (MAX_ROWS, MAX_ROWS));
        assert!(Editor::new(" \n \n").is_empty());
        assert_eq!(Editor::new("a"), Editor::new("a"));
    }
}
