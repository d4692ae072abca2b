//! The Requests view: the open requests with their clocks, most urgent first, or (w) the
//! accounts to remove; the selected one in full beside it (`request_detail.rs`).

use chrono::Duration;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Paragraph;

use super::table::{self, Row};
use super::{list_title, pane_body, pane_header};
use crate::domain::calendar::Calendar;
use crate::domain::duty::DutyState;
use crate::domain::kind::Kind;
use crate::domain::request::{ClockState, PauseKind, Request, RequestKind};
use crate::domain::time::local_minute;
use crate::text::sanitize_line;
use crate::tui::app::{App, Pane};
use crate::tui::form::kind_label;
use crate::tui::i18n::Strings;
use crate::tui::model::RequestView;
use crate::tui::theme;
use crate::tui::widgets::clock;
use crate::tui::widgets::{duty_clock, reference};

/// Working time as the desk counts it: `1 wd 3h 20m` (a working day is the calendar's day),
/// `3h 20m` or `39m` under a day.
pub fn working(s: &Strings, d: Duration, cal: &Calendar) -> String {
    let day = (cal.day_end - cal.day_start).num_seconds().max(60);
    let secs = d.num_seconds().max(0);
    let (days, rest) = (secs / day, secs % day);
    // As every span the console shows: `3h 20m`, `39m` (`3小时20分`), never a clock face.
    let hm = crate::tui::widgets::age(s, Duration::seconds(rest));
    if days > 0 {
        let hm = if rest < 60 { "" } else { &hm };
        s.f("request.wd", &[("days", &days.to_string()), ("time", hm)])
            .trim_end()
            .to_string()
    } else {
        hm
    }
}

/// Where a request's clock stands at the console's `now` in its words ("due in 1 wd 03:20",
/// "paused: …", missed as missed), and its colour. A running clock counts down between reads.
pub fn clock_text(app: &App, v: &RequestView) -> (String, Style) {
    let (s, now, cal) = (&app.s, app.now, &app.setup.calendar);
    let at = |t| local_minute(t, app.setup.zone);
    match &v.clock.state {
        ClockState::Waiting { missing } => (s.f("request.waiting", &[("roles", &missing.join(", "))]), theme::dim()),
        ClockState::Running { due, .. } | ClockState::Missed { due } if now > *due => (
            s.f("request.missed", &[("time", &clock(s, now - *due))]),
            theme::missed(),
        ),
        ClockState::Running { due, .. } | ClockState::Missed { due } => (
            s.f(
                "request.due_in",
                &[("time", &working(s, cal.working_time_between(now, *due), cal))],
            ),
            theme::duty(DutyState::Pending),
        ),
        ClockState::Paused {
            kind: PauseKind::Approval,
            reason,
            ..
        } => (s.f("request.paused_leader", &[("reason", reason)]), theme::key()),
        ClockState::Paused { reason, .. } => (s.f("request.paused", &[("reason", reason)]), theme::key()),
        ClockState::Met { at: t, late: false, .. } => (s.f("request.met", &[("at", &at(*t))]), theme::ok()),
        ClockState::Met { at: t, late: true, .. } => (s.f("request.met_late", &[("at", &at(*t))]), theme::missed()),
        ClockState::Stopped { .. } => (s.t("request.stopped").to_string(), theme::dim()),
    }
}

/// `R2 product`, `R5 processing urgent`.
pub fn kind_text(s: &Strings, r: &Request) -> String {
    let mut k = kind_label(s, r.kind);
    if r.urgent {
        k.push_str(&format!(" {}", s.t("request.urgent")));
    }
    k
}

/// R4's marking before the title, wherever the request is shown (A2): `[机密] …`.
pub fn titled(s: &Strings, r: &Request) -> String {
    match (r.kind, r.classification) {
        (_, Some(c)) => format!("[{}] {}", c.chinese(), r.title),
        (RequestKind::Extraction, None) => format!("[{}] {}", s.t("request.unclassified"), r.title),
        _ => r.title.clone(),
    }
}

/// The list pane: the open requests, or the accounts to remove (w switches); the header names
/// both with their counts.
pub fn list(app: &App, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let more = |more: bool| if more { "+" } else { "" };
    let requests = format!("{}{}", app.snap.requests.len(), more(app.snap.requests_more));
    let removals = format!("{}{}", app.snap.removals.len(), more(app.snap.removals_more));
    let key = app
        .keys
        .first_key(crate::tui::action::Action::FocusNext)
        .unwrap_or_default();
    let on_removals = app.views.requests.pane == Pane::Second;
    let header = if on_removals {
        s.f(
            "pane.removals",
            &[("n", &removals), ("requests", &requests), ("key", &key)],
        )
    } else {
        s.f(
            "pane.requests",
            &[("n", &requests), ("removals", &removals), ("key", &key)],
        )
    };
    pane_header(f, area, &list_title(app, header), true);
    let body = pane_body(area);
    if on_removals {
        removals_table(app, f, body);
    } else {
        requests_table(app, f, body);
    }
}

fn empty_line(app: &App, f: &mut Frame, body: Rect, key: &str) {
    if !app.loaded() {
        return;
    }
    let line = Rect {
        y: body.y + 1,
        height: 1.min(body.height.saturating_sub(1)),
        ..body
    };
    f.render_widget(Paragraph::new(format!(" {}", app.s.k(key))).style(theme::dim()), line);
}

fn requests_table(app: &App, f: &mut Frame, body: Rect) {
    let s = &app.s;
    let c = |key, width, flex, keep| table::col(s, key, width, flex, keep);
    let cols = [
        c("col.id", 5, false, table::WHOLE),
        c("col.request_kind", 13, false, 6),
        c("col.due", 22, false, 9),
        c("col.due_at", 16, false, 5),
        c("col.requesting_dept", 10, false, 4),
        c("col.owner", 9, false, 8),
        c("col.status", 10, false, 8),
        c("col.title", 14, true, 9),
    ];
    if app.snap.requests.is_empty() {
        let key = if app.query.requests.filter.is_empty() {
            "msg.no_requests"
        } else {
            "msg.no_match"
        };
        empty_line(app, f, body, key);
    }
    let offset = app.views.requests.list.offset;
    let zone = app.setup.zone;
    let rows: Vec<Row> = table::window(&app.snap.requests, body, offset)
        .iter()
        .map(|v| {
            let r = &v.request;
            let (clock, style) = clock_text(app, v);
            Row {
                cells: vec![
                    (r.id.to_string(), Style::new()),
                    (kind_text(s, r), Style::new()),
                    (sanitize_line(&clock), style),
                    (
                        r.due_at.map(|d| local_minute(d, zone)).unwrap_or_default(),
                        Style::new(),
                    ),
                    (sanitize_line(&v.dept_name), Style::new()),
                    (sanitize_line(r.owner.as_deref().unwrap_or("-")), Style::new()),
                    (
                        s.t(&format!("request_status.{}", r.status.as_str())).to_string(),
                        theme::dim(),
                    ),
                    (sanitize_line(&titled(s, r)), Style::new()),
                ],
                style: Style::new(),
            }
        })
        .collect();
    table::draw_window(
        f,
        body,
        &cols,
        &rows,
        (offset, Some(app.views.requests.list.sel)),
        app.sorted(crate::tui::layout::ViewKind::Requests, 0),
    );
}

fn removals_table(app: &App, f: &mut Frame, body: Rect) {
    let s = &app.s;
    let c = |key, width, flex, keep| table::col(s, key, width, flex, keep);
    let cols = [
        c("col.id", 5, false, table::WHOLE),
        c("col.person", 14, false, 8),
        c("col.account", 18, true, 9),
        c("col.permission", 14, false, 3),
        c("col.hr_record", 12, false, 5),
        c("col.due", 18, false, 9),
        c("col.request", 8, false, 4),
    ];
    if app.snap.removals.is_empty() {
        empty_line(app, f, body, "msg.no_removals");
    }
    let offset = app.views.requests.removals.offset;
    let rows: Vec<Row> = table::window(&app.snap.removals, body, offset)
        .iter()
        .map(|row| {
            let a = &row.account;
            let (due, style) = match &row.duty {
                Some(d) => (duty_clock(s, d, app.now), theme::duty(d.state(app.now))),
                None => ("-".into(), theme::dim()),
            };
            Row {
                cells: vec![
                    (a.id.to_string(), Style::new()),
                    (sanitize_line(&format!("{} {}", a.person, a.person_name)), Style::new()),
                    (sanitize_line(&format!("{}/{}", a.system, a.account)), Style::new()),
                    (sanitize_line(&a.permission), Style::new()),
                    (sanitize_line(&a.hr_record), Style::new()),
                    (due, style),
                    (reference(Kind::Request, a.request_id), theme::dim()),
                ],
                style: Style::new(),
            }
        })
        .collect();
    table::draw_window(
        f,
        body,
        &cols,
        &rows,
        (offset, Some(app.views.requests.removals.sel)),
        app.sorted(crate::tui::layout::ViewKind::Requests, 1),
    );
}
