//! Drawing: one function per screen part, each reading the state and nothing else.

mod billing;
mod boxes;
mod changes;
mod chrome;
mod emergency;
mod escalations;
mod form;
mod help;
mod incidents;
mod keyed;
mod knowledge_detail;
mod outbox;
mod popup;
pub(crate) mod quality;
mod quality_detail;
mod reports;
mod request_detail;
mod requests;
mod search;
mod support;
mod support_form;
pub mod table;
mod zoom;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::app::App;
use super::layout::{self, Screen, ViewKind};
use super::theme;

pub fn render(app: &App, f: &mut Frame) {
    let area = f.area();
    match layout::screen(area, app.view, !app.snap.banners.is_empty()) {
        Screen::TooSmall(area) => too_small(app, f, area),
        Screen::Normal(a) => {
            chrome::title_bar(app, f, a.title);
            emergency::banner(app, f, a.banner);
            chrome::nav(app, f, a.nav);
            match app.view {
                ViewKind::Incidents => {
                    incidents::queue(app, f, a.list);
                    incidents::detail(app, f, a.second);
                }
                ViewKind::Escalations => {
                    escalations::incidents(app, f, a.list);
                    escalations::duties(app, f, a.second);
                }
                ViewKind::Changes => {
                    changes::list(app, f, a.list);
                    changes::detail(app, f, a.second);
                }
                ViewKind::Billing => {
                    billing::list(app, f, a.list);
                    billing::checklist(app, f, a.second);
                }
                ViewKind::Outbox => {
                    outbox::list(app, f, a.list);
                    outbox::detail(app, f, a.second);
                }
                ViewKind::Requests => {
                    requests::list(app, f, a.list);
                    request_detail::detail(app, f, a.second);
                }
                ViewKind::Support => {
                    support::list(app, f, a.list);
                    if app.views.support.form {
                        support_form::form(app, f, a.second);
                    } else {
                        support::training(app, f, a.second);
                    }
                }
                ViewKind::Plans => {
                    emergency::list(app, f, a.list);
                    emergency::detail(app, f, a.second);
                }
                ViewKind::Problems => {
                    keyed::problems(app, f, a.list);
                    keyed::detail(app, f, a.second, true);
                }
                ViewKind::Knowledge => {
                    keyed::articles(app, f, a.list);
                    keyed::detail(app, f, a.second, false);
                }
                ViewKind::Reports => reports::draw(app, f, a.list.union(a.second)),
                ViewKind::Quality => {
                    quality::list(app, f, a.list);
                    quality::detail(app, f, a.second);
                }
            }
            chrome::footer(app, f, a.footer);
            match &app.popup {
                Some(super::app::Popup::Search(b)) => search::draw(app, b, f, area),
                Some(p) => popup::render(app, p, f, area),
                None => {}
            }
        }
    }
}

fn too_small(app: &App, f: &mut Frame, area: Rect) {
    let text = app.s.f(
        "msg.too_small",
        &[
            ("min", &format!("{}x{}", layout::MIN_WIDTH, layout::MIN_HEIGHT)),
            ("now", &format!("{}x{}", area.width, area.height)),
        ],
    );
    let p = Paragraph::new(vec![Line::from(text)])
        .style(theme::error())
        .alignment(Alignment::Center)
        .wrap(Wrap { trim: true });
    f.render_widget(p, area);
}

/// A list pane's header text: `text` once the view's lists have come, until then that they are
/// loading (an empty list is not yet one); the view's filter after it, while there is one.
pub fn list_title(app: &App, text: String) -> String {
    if !app.loaded() {
        return app.s.t("pane.loading").to_string();
    }
    // The queue's saved filter first, as gh-dash names its section: the nav line is full of
    // tabs at every width.
    let mut text = text;
    if let (ViewKind::Incidents, Some(section)) = (app.view, &app.query.section) {
        text = format!("{text}   {} {}", app.s.t("nav.section"), section.name);
    }
    match app.filter_text() {
        "" => text,
        f => format!("{text}   {} {f}", app.s.t("nav.filter")),
    }
}

/// A pane's one-line header bar.
pub fn pane_header(f: &mut Frame, area: Rect, text: &str, focused: bool) {
    let bar = Rect {
        height: 1.min(area.height),
        ..area
    };
    let line = crate::text::fit(&format!(" {}", crate::text::sanitize_line(text)), area.width as usize);
    f.render_widget(Paragraph::new(line).style(theme::pane_header(focused)), bar);
}

/// The area under a pane's header bar.
pub fn pane_body(area: Rect) -> Rect {
    Rect {
        y: area.y + 1.min(area.height),
        height: area.height.saturating_sub(1),
        ..area
    }
}
