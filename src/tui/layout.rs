//! Where everything goes on the screen: one pure function of the size and the view, used by
//! rendering and by the mouse alike so that a click lands where the eye saw it.

use ratatui::layout::Rect;

/// Below this the console shows a notice asking for a bigger window.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 12;
pub use crate::ops::console::ViewKind;

impl ViewKind {
    /// The action that puts it on screen (its key in the navigation strip).
    pub fn action(self) -> crate::tui::action::Action {
        use crate::tui::action::Action;
        match self {
            ViewKind::Incidents => Action::ViewIncidents,
            ViewKind::Escalations => Action::ViewEscalations,
            ViewKind::Changes => Action::ViewChanges,
            ViewKind::Billing => Action::ViewBilling,
            ViewKind::Outbox => Action::ViewOutbox,
            ViewKind::Requests => Action::ViewRequests,
            ViewKind::Support => Action::ViewSupport,
            ViewKind::Plans => Action::ViewPlans,
            ViewKind::Problems => Action::ViewProblems,
            ViewKind::Knowledge => Action::ViewKnowledge,
            ViewKind::Reports => Action::ViewReports,
            ViewKind::Quality => Action::ViewQuality,
        }
    }

    /// Its name's key in the console's words.
    pub fn key(self) -> &'static str {
        match self {
            ViewKind::Incidents => "nav.incidents",
            ViewKind::Escalations => "nav.escalations",
            ViewKind::Changes => "nav.changes",
            ViewKind::Billing => "nav.billing",
            ViewKind::Outbox => "nav.outbox",
            ViewKind::Requests => "nav.requests",
            ViewKind::Support => "nav.support",
            ViewKind::Plans => "nav.plans",
            ViewKind::Problems => "nav.problems",
            ViewKind::Knowledge => "nav.knowledge",
            ViewKind::Reports => "nav.reports",
            ViewKind::Quality => "quality_view.nav",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Areas {
    pub title: Rect,
    /// E2: the major-incident banner under the title bar while a response lasts (no rows
    /// otherwise).
    pub banner: Rect,
    pub nav: Rect,
    /// Incidents: the queue. Escalations: the escalated incidents.
    pub list: Rect,
    /// Incidents: the detail pane. Escalations: the open duties.
    pub second: Rect,
    pub footer: Rect,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    TooSmall(Rect),
    Normal(Areas),
}

/// The screen's parts; `banner`: a major incident's response is active (E2), and every view gives
/// it a line under the title bar.
pub fn screen(area: Rect, view: ViewKind, banner: bool) -> Screen {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return Screen::TooSmall(area);
    }
    let row = |y: u16, h: u16| Rect {
        x: area.x,
        y: area.y + y,
        width: area.width,
        height: h,
    };
    let title = row(0, 1);
    let b = u16::from(banner);
    let banner = row(1, b);
    let nav = row(1 + b, 1);
    let footer = row(area.height - 1, 1);
    let body = row(2 + b, area.height - 3 - b);
    // The list always takes the whole width, the record below it (as k9s and htop do): a wider
    // terminal never gives a title less room, which panes side by side did.
    let top = (body.height * if view == ViewKind::Incidents { 50 } else { 45 } / 100).max(4);
    let (list, second) = (
        Rect { height: top, ..body },
        Rect {
            y: body.y + top,
            height: body.height - top,
            ..body
        },
    );
    Screen::Normal(Areas {
        title,
        banner,
        nav,
        list,
        second,
        footer,
    })
}

/// Rows of a table pane: one header bar and one column-header line above the rows.
pub fn table_rows(pane: Rect) -> usize {
    pane.height.saturating_sub(2) as usize
}

/// The row index under screen line `y` in a table pane scrolled to `offset`.
pub fn row_at(pane: Rect, offset: usize, x: u16, y: u16) -> Option<usize> {
    let first = pane.y + 2;
    let inside = x >= pane.x && x < pane.x + pane.width && y >= first && y < pane.y + pane.height;
    inside.then(|| offset + (y - first) as usize)
}

/// Where each view's tab sits in the navigation strip (for clicks): (view, start column, width),
/// from the tabs' widths; the strip starts one column in, with one column between tabs.
pub fn nav_tabs(tabs: &[(ViewKind, usize)]) -> Vec<(ViewKind, u16, u16)> {
    let mut x = 1u16;
    tabs.iter()
        .map(|(v, w)| {
            let w = *w as u16;
            let tab = (*v, x, w);
            x = x.saturating_add(w + 1);
            tab
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_size_gets_a_layout_without_overflow() {
        for w in 0..200u16 {
            for h in 0..60u16 {
                let area = Rect::new(0, 0, w, h);
                for (view, banner) in ViewKind::ALL.into_iter().flat_map(|v| [(v, false), (v, true)]) {
                    if let Screen::Normal(a) = screen(area, view, banner) {
                        for r in [a.title, a.banner, a.nav, a.list, a.second, a.footer] {
                            assert!(
                                r.right() <= area.right() && r.bottom() <= area.bottom(),
                                "{w}x{h} {r:?}"
                            );
                        }
                        assert!(table_rows(a.list) >= 1, "{w}x{h}");
                    }
                }
            }
        }
    }

    #[test]
    fn clicks_map_to_rows() {
        let pane = Rect::new(0, 2, 80, 10);
        assert_eq!(row_at(pane, 0, 5, 4), Some(0));
        assert_eq!(row_at(pane, 3, 5, 6), Some(5));
        assert_eq!(row_at(pane, 0, 5, 3), None);
        assert_eq!(row_at(pane, 0, 5, 12), None);
    }
}
