//! The box every popup is drawn in: cleared, coloured, a title bar and a line of keys; no
//! box-drawing characters, which are ambiguous-width in CJK terminals.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Clear, Paragraph};

use super::pane_header;
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
