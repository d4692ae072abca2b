//! Tables drawn line by line: each cell cut or padded to its column's display width, so CJK text
//! lines up in every column. Columns that do not fit are dropped, least important first; a
//! column is no wider than its widest cell (the title gets what that saves), and a column that
//! must stay (`keep` [`WHOLE`] and up, an id) is never cut.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::text::fit;
use crate::tui::theme;

/// A column: its header, its width (or, for the one flexible column, its least width), and how
/// much it matters (higher stays longer when space runs out).
#[derive(Clone, Copy, Debug)]
pub struct Col<'a> {
    pub header: &'a str,
    /// Its header's key in the string tables (`col.id`): how a sort names it; empty when it has
    /// none.
    pub key: &'a str,
    pub width: usize,
    pub flex: bool,
    pub keep: u8,
}

/// A column with its header in the user's language.
pub fn col<'a>(s: &'a crate::tui::i18n::Strings, key: &'a str, width: usize, flex: bool, keep: u8) -> Col<'a> {
    Col {
        header: s.t(key),
        key,
        width,
        flex,
        keep,
    }
}

/// One row: its cells (already inert text) and a style for each, plus the row's own style.
pub struct Row {
    pub cells: Vec<(String, Style)>,
    pub style: Style,
}

/// A column kept this much (an id; other columns keep at most 9) shows its widest cell whole and
/// goes last: an id cut short names another record.
pub const WHOLE: u8 = 10;

/// `cols` fitted to what `rows` hold: a column narrower than it was declared when its header and
/// cells are, a whole column ([`WHOLE`]) wider when a cell is. The flexible column keeps its least
/// width.
pub fn fitted<'a>(cols: &[Col<'a>], rows: &[Row]) -> Vec<Col<'a>> {
    cols.iter()
        .enumerate()
        .map(|(i, c)| {
            if c.flex {
                return *c;
            }
            let widest = rows
                .iter()
                .filter_map(|r| r.cells.get(i))
                .map(|(t, _)| crate::text::width(t))
                .max()
                .unwrap_or(0)
                .max(crate::text::width(c.header));
            let width = if c.keep >= WHOLE {
                widest.max(1)
            } else {
                widest.clamp(1, c.width.max(1))
            };
            Col { width, ..*c }
        })
        .collect()
}

/// The widths to draw `rows` with: [`widths`] of the columns [`fitted`] to them.
pub fn widths_for(cols: &[Col], rows: &[Row], total: usize) -> Vec<Option<usize>> {
    widths(&fitted(cols, rows), total)
}

/// The widths to draw, `None` for a dropped column.
pub fn widths(cols: &[Col], total: usize) -> Vec<Option<usize>> {
    let mut shown: Vec<bool> = vec![true; cols.len()];
    let need = |shown: &[bool]| -> usize {
        cols.iter()
            .zip(shown)
            .filter(|(_, s)| **s)
            .map(|(c, _)| c.width + 1)
            .sum::<usize>()
    };
    while need(&shown) > total {
        let victim = cols
            .iter()
            .enumerate()
            .filter(|(i, c)| shown[*i] && !c.flex)
            .min_by_key(|(i, c)| (c.keep, usize::MAX - *i))
            .map(|(i, _)| i);
        match victim {
            Some(i) => shown[i] = false,
            None => break,
        }
    }
    let spare = total.saturating_sub(need(&shown));
    cols.iter()
        .zip(&shown)
        .map(|(c, s)| s.then_some(if c.flex { c.width + spare } else { c.width }))
        .collect()
}

/// Each column's widest cell or header, uncut.
fn widest(cols: &[Col], rows: &[Row]) -> Vec<usize> {
    cols.iter()
        .enumerate()
        .map(|(i, c)| {
            rows.iter()
                .filter_map(|r| r.cells.get(i))
                .map(|(t, _)| crate::text::width(t))
                .max()
                .unwrap_or(0)
                .max(crate::text::width(c.header))
        })
        .collect()
}

/// What the flexible column gets beyond its widest cell goes to the columns cut at their declared
/// width, the ones that matter most first (a status or a clock before a recipient), so a wide
/// terminal shows them whole. The flexible column keeps at least its widest cell (and its least
/// width), so a wider terminal never shows less of it than a narrower one. A column grows first to
/// at most `max(2w, w + 16)` of its declared width `w`, all of them in turn; what is left then
/// grows them to their widest cells, so no column is cut while the flexible one has blank room.
fn grow_cut(cols: &[Col], widest: &[usize], w: &mut [Option<usize>]) {
    let Some(flex) = cols.iter().position(|c| c.flex) else {
        return;
    };
    let Some(has) = w[flex] else { return };
    let keeps = widest[flex].max(cols[flex].width);
    let mut spare = has.saturating_sub(keeps);
    if spare == 0 {
        return;
    }
    let mut cut: Vec<usize> = (0..cols.len())
        .filter(|&i| i != flex && w[i].is_some_and(|x| x < widest[i]))
        .collect();
    cut.sort_by_key(|&i| (std::cmp::Reverse(cols[i].keep), i));
    // First each to a bound: a long cell is mostly a description (a pause's reason), and a status
    // or a clock that matters more is grown whole before it takes everything; then what is left
    // grows each to its widest cell.
    let bounded = |i: usize| widest[i].min((2 * cols[i].width).max(cols[i].width + 16));
    for cap in [&bounded as &dyn Fn(usize) -> usize, &|i: usize| widest[i]] {
        for &i in &cut {
            let now = w[i].unwrap_or(0);
            let more = cap(i).saturating_sub(now).min(spare);
            w[i] = Some(now + more);
            spare -= more;
        }
    }
    w[flex] = Some(keeps + spare);
}

/// Draw a table: the column headers, then the rows from `offset`, `selected` reversed.
/// The part of `items` a table in `area` shows from `offset`. A list may hold hundreds of rows;
/// only these are worth building for a frame.
pub fn window<T>(items: &[T], area: Rect, offset: usize) -> &[T] {
    let shown = area.height.saturating_sub(1) as usize; // below the header line
    let start = offset.min(items.len());
    &items[start..(start + shown).min(items.len())]
}

/// [`draw`] for rows built from a [`window`] starting at `offset`.
pub fn draw_window(
    f: &mut Frame,
    area: Rect,
    cols: &[Col],
    rows: &[Row],
    (offset, selected): (usize, Option<usize>),
    sort: Option<(&str, bool)>,
) {
    draw_sorted(
        f,
        area,
        cols,
        rows,
        0,
        selected.and_then(|s| s.checked_sub(offset)),
        sort,
    );
}

pub fn draw(f: &mut Frame, area: Rect, cols: &[Col], rows: &[Row], offset: usize, selected: Option<usize>) {
    draw_sorted(f, area, cols, rows, offset, selected, None);
}

/// The marker a sorted column's header ends with: ASCII, one cell wide in every terminal (the
/// arrows are of ambiguous width in CJK locales). `^`: the values rise down the list; `v`: they
/// fall.
pub fn marker(falls: bool) -> &'static str {
    if falls { " v" } else { " ^" }
}

/// A header as drawn `w` cells wide: the sorted column's marker stays whole, its name is cut.
fn header_text(c: &Col, w: usize, sort: Option<(&str, bool)>) -> String {
    match sort {
        Some((key, falls)) if !key.is_empty() && key == c.key => {
            let m = marker(falls);
            let name = fit(c.header, w.saturating_sub(m.len()).min(crate::text::width(c.header)));
            fit(&format!("{name}{m}"), w)
        }
        _ => fit(c.header, w),
    }
}

/// [`draw`], the column `sort` names (its key, and whether its values fall) marked in its header.
pub fn draw_sorted(
    f: &mut Frame,
    area: Rect,
    cols: &[Col],
    rows: &[Row],
    offset: usize,
    selected: Option<usize>,
    sort: Option<(&str, bool)>,
) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    // The marked header's width counts when the columns are fitted.
    let heads: Vec<String> = cols
        .iter()
        .map(|c| {
            header_text(c, crate::text::width(c.header) + 2, sort)
                .trim_end()
                .to_string()
        })
        .collect();
    let measured: Vec<Col> = cols.iter().zip(&heads).map(|(c, h)| Col { header: h, ..*c }).collect();
    let drawn = &rows[offset.min(rows.len())..];
    let fit_cols = fitted(&measured, drawn);
    let mut w = widths(&fit_cols, area.width as usize);
    grow_cut(&fit_cols, &widest(&measured, drawn), &mut w);
    let mut lines = Vec::with_capacity(area.height as usize);
    let header: Vec<Span> = cols
        .iter()
        .zip(&w)
        .filter_map(|(c, w)| w.map(|w| Span::styled(format!("{} ", header_text(c, w, sort)), theme::column_header())))
        .collect();
    lines.push(Line::from(header));
    for (i, row) in rows
        .iter()
        .enumerate()
        .skip(offset)
        .take(area.height.saturating_sub(1) as usize)
    {
        let mut spans: Vec<Span> = row
            .cells
            .iter()
            .zip(&w)
            .filter_map(|((text, style), w)| w.map(|w| Span::styled(format!("{} ", fit(text, w)), *style)))
            .collect();
        let mut style = row.style;
        if Some(i) == selected {
            style = style.patch(theme::selected());
            let used: usize = spans.iter().map(|s| crate::text::width(&s.content)).sum();
            spans.push(Span::raw(" ".repeat((area.width as usize).saturating_sub(used))));
        }
        lines.push(Line::from(spans).style(style));
    }
    f.render_widget(Paragraph::new(lines), area);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_is_the_rows_a_scrolled_table_shows() {
        let items: Vec<usize> = (0..500).collect();
        let area = Rect::new(0, 0, 80, 11); // a header and ten rows
        assert_eq!(window(&items, area, 0), &items[0..10]);
        assert_eq!(window(&items, area, 495), &items[495..500]);
        assert!(window(&items, area, 600).is_empty());
        assert!(window(&items, Rect::new(0, 0, 80, 0), 3).is_empty());
    }

    #[test]
    fn columns_drop_least_important_first_and_flex_takes_the_rest() {
        let cols = [
            Col {
                header: "id",
                key: "col.id",
                width: 4,
                flex: false,
                keep: 9,
            },
            Col {
                header: "title",
                key: "",
                width: 10,
                flex: true,
                keep: 9,
            },
            Col {
                header: "owner",
                key: "",
                width: 8,
                flex: false,
                keep: 1,
            },
            Col {
                header: "level",
                key: "",
                width: 8,
                flex: false,
                keep: 5,
            },
        ];
        assert_eq!(widths(&cols, 40), vec![Some(4), Some(16), Some(8), Some(8)]);
        assert_eq!(widths(&cols, 30), vec![Some(4), Some(15), None, Some(8)]);
        assert_eq!(
            widths(&cols, 10),
            vec![None, Some(10), None, None],
            "at last only the flexible column"
        );
    }

    fn cell(t: &str) -> (String, Style) {
        (t.to_string(), Style::new())
    }

    #[test]
    fn a_wide_terminal_gives_cut_columns_what_the_title_does_not_need() {
        let cols = [
            Col {
                header: "status",
                key: "",
                width: 8,
                flex: false,
                keep: 8,
            },
            Col {
                header: "title",
                key: "",
                width: 10,
                flex: true,
                keep: 9,
            },
            Col {
                header: "to",
                key: "",
                width: 6,
                flex: false,
                keep: 1,
            },
        ];
        let rows = vec![Row {
            cells: vec![
                cell("revised, awaiting approval"),
                cell("计费系统应急预案"),
                cell("赵敏, 孙主任, 李雷"),
            ],
            style: Style::new(),
        }];
        let at = |total| {
            let fit = fitted(&cols, &rows);
            let mut w = widths(&fit, total);
            grow_cut(&fit, &widest(&cols, &rows), &mut w);
            w
        };
        // Narrow: the title takes what there is, the others stay at their declared widths.
        assert_eq!(at(30), vec![Some(8), Some(13), Some(6)]);
        // Wider: the title whole (16 cells), the status grown first, the recipients after it.
        assert_eq!(at(40), vec![Some(15), Some(16), Some(6)]);
        // The status (it matters more) to its bound, max(2w, w + 16) = 24, before the recipients
        // grow ...
        assert_eq!(at(50), vec![Some(24), Some(16), Some(7)]);
        assert_eq!(at(60), vec![Some(24), Some(16), Some(17)]);
        // ... then the recipients whole (18 cells, within their bound 22), then the status whole:
        // "revised, awaiting approval" is not cut while the title has blank room.
        assert_eq!(at(62), vec![Some(25), Some(16), Some(18)]);
        assert_eq!(at(63), vec![Some(26), Some(16), Some(18)]);
        // Wider still: every column whole, the title takes the rest.
        assert_eq!(at(80), vec![Some(26), Some(33), Some(18)]);
        assert_eq!(at(200), vec![Some(26), Some(153), Some(18)]);
        let titles: Vec<usize> = (30..120).map(|t| at(t)[1].unwrap()).collect();
        assert!(
            titles.windows(2).all(|p| p[0] <= p[1]),
            "a wider terminal never shows less title: {titles:?}"
        );
    }

    fn header_line(cols: &[Col], sort: Option<(&str, bool)>, width: u16) -> String {
        let backend = ratatui::backend::TestBackend::new(width, 2);
        let mut term = ratatui::Terminal::new(backend).unwrap();
        let rows = vec![Row {
            cells: vec![("100234".into(), Style::new()), ("计费中断".into(), Style::new())],
            style: Style::new(),
        }];
        term.draw(|f| draw_sorted(f, f.area(), cols, &rows, 0, None, sort))
            .unwrap();
        let buf = term.backend().buffer().clone();
        (0..width).map(|x| buf[(x, 0)].symbol().to_string()).collect::<String>()
    }

    #[test]
    fn the_sorted_column_is_marked_in_ascii_and_its_marker_is_never_cut() {
        let cols = [
            Col {
                header: "id",
                key: "col.id",
                width: 4,
                flex: false,
                keep: WHOLE,
            },
            Col {
                header: "title",
                key: "col.title",
                width: 10,
                flex: true,
                keep: 9,
            },
        ];
        assert!(header_line(&cols, None, 30).starts_with("id     title"));
        assert!(
            header_line(&cols, Some(("col.id", false)), 30).starts_with("id ^   title"),
            "{:?}",
            header_line(&cols, Some(("col.id", false)), 30)
        );
        assert!(header_line(&cols, Some(("col.title", true)), 30).starts_with("id     title v"));
        // A whole id column grows to hold its marker; a narrow column cuts its name, not the marker.
        let narrow = [Col {
            header: "severity",
            key: "col.sev",
            width: 5,
            flex: false,
            keep: 9,
        }];
        assert!(
            header_line(&narrow, Some(("col.sev", true)), 10).starts_with("se~ v"),
            "{}",
            header_line(&narrow, Some(("col.sev", true)), 10)
        );
    }
}
