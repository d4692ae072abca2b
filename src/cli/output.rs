//! Printing for the terminal and for scripts. Every piece of text that came from outside goes
//! through `text::sanitize_*` before it is printed without `--json`.

use std::io::Write;

use crate::text::{fit, sanitize_line, width};

/// A plain table: columns as wide as their widest cell (by display width, so CJK lines up),
/// the last column unpadded.
pub struct Table {
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
    /// Columns cut to at most this many columns of display width.
    max: Vec<Option<usize>>,
}

impl Table {
    pub fn new(headers: &[&str]) -> Table {
        Table {
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
            max: vec![None; headers.len()],
        }
    }

    /// Cut column `col` to `cols` display columns.
    pub fn limit(mut self, col: usize, cols: usize) -> Table {
        if let Some(m) = self.max.get_mut(col) {
            *m = Some(cols);
        }
        self
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells.into_iter().map(|c| sanitize_line(&c)).collect());
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn render(&self) -> String {
        let n = self.headers.len();
        let mut widths: Vec<usize> = self.headers.iter().map(|h| width(h)).collect();
        for row in &self.rows {
            for (i, cell) in row.iter().enumerate().take(n) {
                let w = width(cell).min(self.max[i].unwrap_or(usize::MAX));
                widths[i] = widths[i].max(w);
            }
        }
        let line = |cells: &[String]| {
            let mut out = String::new();
            for (i, cell) in cells.iter().enumerate().take(n) {
                if i + 1 == n {
                    out.push_str(&crate::text::truncate(cell, widths[i]));
                } else {
                    out.push_str(&fit(cell, widths[i]));
                    out.push_str("  ");
                }
            }
            out.trim_end().to_string()
        };
        let mut out = line(&self.headers);
        out.push('\n');
        for row in &self.rows {
            out.push_str(&line(row));
            out.push('\n');
        }
        out
    }

    pub fn print(&self) {
        print!("{}", self.render());
    }
}

/// Print JSON, pretty, with a final newline.
pub fn json(value: &serde_json::Value) {
    let mut out = std::io::stdout().lock();
    let text = serde_json::to_string_pretty(value).unwrap_or_default();
    let _ = writeln!(out, "{}", inert_json(&text));
}

/// JSON with every character a terminal would act on written as a `\uXXXX` escape: the same
/// value for a program, inert for a person reading it in a terminal. serde_json escapes C0
/// controls itself; DEL, C1 controls and bidi overrides it writes raw (they can only stand
/// inside strings, where an escape means the same character).
fn inert_json(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if crate::text::is_unsafe_char(c) && !matches!(c, '\n' | '\t') {
            // JSON escapes are UTF-16 units: a character past U+FFFF is a surrogate pair.
            for unit in c.encode_utf16(&mut [0u16; 2]) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A labelled line: `label   value`, the value sanitised.
pub fn field(label: &str, value: &str) {
    println!("{}", field_line(label, value));
}

/// Labels are padded to this many columns, so that the values line up.
const LABEL_COLS: usize = 12;

/// [`field`]'s line: the label whole (a longer one, in any language, pushes its value right
/// rather than being cut), padded to [`LABEL_COLS`] by display width.
fn field_line(label: &str, value: &str) -> String {
    let label = sanitize_line(label);
    format!(
        "{}  {}",
        fit(&label, width(&label).max(LABEL_COLS)),
        sanitize_line(value)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_escapes_what_a_terminal_would_act_on_and_keeps_the_value() {
        let v = serde_json::json!({"title": "a\u{9b}31m\u{202e}b\u{7f}\u{1b}\u{200b}\u{e0041}", "n": 1});
        let text = inert_json(&serde_json::to_string_pretty(&v).unwrap());
        assert!(
            !text.chars().any(|c| crate::text::is_unsafe_char(c) && c != '\n'),
            "{text:?}"
        );
        assert_eq!(serde_json::from_str::<serde_json::Value>(&text).unwrap(), v);
    }

    #[test]
    fn q5_a_field_label_reads_whole_in_either_language() {
        for (label, value, line) in [
            (
                "drawn",
                "2026-11-20 10:00 by li",
                "drawn         2026-11-20 10:00 by li",
            ),
            ("without a finding", "3", "without a finding  3"),
            ("未审核记录", "3", "未审核记录    3"),
            ("尚未记录审核结论的记录", "3", "尚未记录审核结论的记录  3"),
        ] {
            assert_eq!(field_line(label, value), line, "{label}");
        }
    }

    #[test]
    fn table_aligns_cjk_by_display_width() {
        let mut t = Table::new(&["id", "title", "owner"]);
        t.row(vec!["1".into(), "计费系统故障".into(), "li".into()]);
        t.row(vec!["22".into(), "CRM down".into(), "wang".into()]);
        let out = t.render();
        let lines: Vec<&str> = out.lines().collect();
        let pos = |line: &str, needle: &str| line.find(needle).map(|i| width(&line[..i]));
        assert_eq!(pos(lines[1], " li"), pos(lines[2], " wang"));
        assert_eq!(pos(lines[0], " owner"), pos(lines[2], " wang"));
    }

    #[test]
    fn table_cells_are_inert() {
        let mut t = Table::new(&["title"]);
        t.row(vec!["\u{1b}[2Jboom".into()]);
        assert!(!t.render().contains('\u{1b}'));
        assert!(t.render().contains("^[[2Jboom"));
    }
}
