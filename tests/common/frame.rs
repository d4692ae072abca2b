//! A drawn frame as text, for the ui tests: each line of the buffer, a wide glyph's second cell
//! skipped as a terminal shows it, every line ending in a newline.

use ratatui::buffer::Buffer;

/// The text of `buf`, line by line.
pub fn text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut x = 0;
        while x < buf.area.width {
            let cell = buf[(x, y)].symbol();
            out.push_str(cell);
            x += opsdesk::text::width(cell).max(1) as u16;
        }
        out.push('\n');
    }
    out
}
