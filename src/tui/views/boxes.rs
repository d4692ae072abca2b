//! The box every popup is drawn in: cleared, coloured, a title bar and a line of keys; no
//! box-drawing characters, which are ambiguous-width in CJK terminals.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Clear, Paragraph};

use super::pane_header;
use crate::text::width;
use crate::tui::theme;

/// A box of `w` x `h` in the middle of `area`; the whole width or height when little room would be
/// left around it (a sliver of the screen behind only confuses).
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = if w.saturating_add(8) >= area.width {
        area.width
    } else {
        w
    };
    let h = if h.saturating_add(4) >= area.height {
        area.height
    } else {
        h
    };
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

pub fn frame(f: &mut Frame, area: Rect, title: &str, footer: &str) -> Rect {
    f.render_widget(Clear, area);
    f.render_widget(Paragraph::new("").style(theme::popup()), area);
    pane_header(f, area, title, true);
    if area.height >= 3 {
        let bottom = Rect {
            y: area.y + area.height - 1,
            height: 1,
            ..area
        };
        f.render_widget(
            Paragraph::new(format!(" {footer}")).style(theme::popup().patch(theme::dim())),
            bottom,
        );
    }
    Rect {
        x: area.x + 1,
        y: area.y + 1,
        width: area.width.saturating_sub(2),
        height: area.height.saturating_sub(2),
    }
}

/// `text` in rows of at most `cols` display columns, broken after a space or beside a wide
/// (Chinese) character, and anywhere in a word wider than a row.
pub fn wrap_cols(text: &str, cols: usize) -> Vec<String> {
    let cols = cols.max(2);
    let mut words: Vec<String> = vec![String::new()];
    for c in text.chars() {
        let wide = width(c.encode_utf8(&mut [0; 4])) > 1;
        if wide {
            words.push(String::new());
        }
        words.last_mut().expect("a word").push(c);
        if wide || c == ' ' {
            words.push(String::new());
        }
    }
    let mut rows = vec![String::new()];
    for word in words.iter().filter(|w| !w.is_empty()) {
        let row = rows.last_mut().expect("a row");
        if !row.is_empty() && width(row) + width(word.trim_end()) > cols && width(word) <= cols {
            rows.push(String::new());
        }
        for c in word.chars() {
            let row = rows.last_mut().expect("a row");
            if width(row) + width(c.encode_utf8(&mut [0; 4])) > cols {
                rows.push(String::new());
            }
            rows.last_mut().expect("a row").push(c);
        }
    }
    rows.into_iter().map(|r| r.trim_end().to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_wraps_at_spaces_and_beside_chinese_characters_and_loses_nothing() {
        let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let en = "change 6 cannot be scheduled: C4: a change that affects users runs after 00:00";
        let zh = "变更 6 不能排期：C4：影响用户的变更须在零点以后的凌晨窗口 00:00-06:00 内进行；最早可用窗口：2026-12-23 00:00";
        for (text, cols) in [(en, 20), (zh, 20), (zh, 7), (en, 3)] {
            let rows = wrap_cols(text, cols);
            assert!(rows.iter().all(|r| width(r) <= cols), "{rows:?}");
            assert_eq!(squeeze(&rows.concat()), squeeze(text));
        }
        assert_eq!(
            wrap_cols(en, 20),
            [
                "change 6 cannot be",
                "scheduled: C4: a",
                "change that affects",
                "users runs after",
                "00:00"
            ]
        );
        // Chinese fills its rows: a row ends short only before a word that does not fit on it.
        let rows = wrap_cols(zh, 20);
        assert_eq!(rows[0], "变更 6 不能排期：C4");
        for pair in rows.windows(2) {
            let next = pair[1].chars().next().unwrap();
            let first: String = if width(&next.to_string()) > 1 {
                next.to_string()
            } else {
                pair[1]
                    .chars()
                    .take_while(|c| *c != ' ' && width(&c.to_string()) == 1)
                    .collect()
            };
            assert!(width(&pair[0]) + width(&first) > 20, "{rows:?}");
        }
    }
}
