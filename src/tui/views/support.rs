//! The Support view (R9, R6): the support centre's forms — those received with their reply clock
//! counting down, then the ledger's queue in the order the centre works on it (urgent forms
//! marked with whom they overtook), then those passed — each with its review round; beside it the
//! training report of this month and the last.

use chrono::{DateTime, Utc};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Paragraph;

use super::table::{self, Col, Row};
use super::{list_title, pane_body, pane_header};
use crate::domain::duty::DutyState;
use crate::domain::support::SupportForm;
use crate::domain::training::hours;
use crate::text::sanitize_line;
use crate::tui::app::{App, Pane};
use crate::tui::theme;

/// `11:00` today, `11-11 09:30` another day.
fn when(app: &App, t: DateTime<Utc>) -> String {
    let zone = app.setup.zone;
    let (at, today) = (t.with_timezone(&zone), app.now.with_timezone(&zone));
    if at.date_naive() == today.date_naive() {
        at.format("%H:%M").to_string()
    } else {
        at.format("%m-%d %H:%M").to_string()
    }
}

/// The reply clock at the console's `now` (it counts down between reads), and its colour.
pub fn reply_text(app: &App, f: &SupportForm) -> (String, Style) {
    let (s, now, cal) = (&app.s, app.now, &app.setup.calendar);
    match (f.replied_at, f.closed_at) {
        (Some(at), _) if at > f.reply_due => (
            s.f(
                "support.replied_late",
                &[("at", &when(app, at)), ("due", &when(app, f.reply_due))],
            ),
            theme::missed(),
        ),
        (Some(at), _) => (s.f("support.replied", &[("at", &when(app, at))]), theme::ok()),
        (None, Some(c)) if c <= f.reply_due => (s.t("support.no_reply_closed").to_string(), theme::dim()),
        (None, _) if now > f.reply_due => (
            s.f(
                "support.missed",
                &[
                    ("due", &when(app, f.reply_due)),
                    ("time", &crate::tui::widgets::age(s, now - f.reply_due)),
                ],
            ),
            theme::missed(),
        ),
        (None, _) => {
            let left = cal.working_time_between(now, f.reply_due);
            (
                s.f(
                    "support.due",
                    &[
                        ("due", &when(app, f.reply_due)),
                        ("time", &super::requests::working(s, left, cal)),
                    ],
                ),
                theme::duty(DutyState::Pending),
            )
        }
    }
}

/// `URGENT ▲ #1 #2`: the urgent form and whom it overtook.
fn urgent_text(app: &App, f: &SupportForm) -> String {
    if !f.is_urgent() {
        return String::new();
    }
    let over: Vec<String> = f.overtook.iter().map(|o| format!("#{}", o.id)).collect();
    if over.is_empty() {
        app.s.t("support.urgent").to_string()
    } else {
        app.s.f("support.urgent_over", &[("ids", &over.join(" "))])
    }
}

/// `round 3: returned (李雷)`.
fn round_text(app: &App, f: &SupportForm) -> String {
    let Some(r) = f.last_round() else {
        return String::new();
    };
    let verdict = r.verdict.map_or("in_review", |v| v.as_str());
    app.s.f(
        "support.round",
        &[
            ("n", &r.no.to_string()),
            ("verdict", app.s.t(&format!("support_status.{verdict}"))),
            ("author", &r.author),
        ],
    )
}

pub fn list(app: &App, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let queued = app.snap.support.iter().filter(|v| v.position.is_some()).count();
    let header = list_title(
        app,
        s.f(
            "pane.support",
            &[
                ("n", &app.snap.support.len().to_string()),
                ("queued", &queued.to_string()),
            ],
        ),
    );
    pane_header(f, area, &header, app.views.support.pane == Pane::List);
    let c = |key, width, flex, keep| table::col(s, key, width, flex, keep);
    let cols = [
        // The project is the form's title: it takes what a wider terminal gives; the status and
        // the reply's clock stay at 80 columns (issue 19).
        c("col.ledger", 3, false, 9),
        c("col.id", 4, false, table::WHOLE),
        c("col.status", 8, false, 9),
        c("col.reply", 40, false, 9),
        c("col.urgent", 26, false, 6),
        c("col.round", 30, false, 5),
        c("col.initiator", 10, false, 4),
        c("col.project", 14, true, 8),
    ];
    let rows: Vec<Row> = app
        .snap
        .support
        .iter()
        .map(|v| {
            let form = &v.form;
            let (reply, style) = reply_text(app, form);
            Row {
                cells: vec![
                    // An urgent form's place is marked even where its column does not fit.
                    (
                        v.position
                            .map(|p| format!("{p}{}", if form.is_urgent() { "!" } else { "" }))
                            .unwrap_or_default(),
                        if form.is_urgent() { theme::error() } else { theme::key() },
                    ),
                    (form.id.to_string(), Style::new()),
                    (
                        s.t(&format!("support_status.{}", form.status.as_str())).to_string(),
                        Style::new(),
                    ),
                    (reply, style),
                    (urgent_text(app, form), theme::error()),
                    (sanitize_line(&round_text(app, form)), Style::new()),
                    (sanitize_line(&form.initiator), Style::new()),
                    (sanitize_line(&form.project_name), Style::new()),
                ],
                style: Style::new(),
            }
        })
        .collect();
    let cursor = app.views.support.list;
    table::draw_sorted(
        f,
        pane_body(area),
        &cols,
        &rows,
        cursor.offset,
        (app.views.support.pane == Pane::List).then_some(cursor.sel),
        app.sorted(crate::tui::layout::ViewKind::Support, 0),
    );
    if app.snap.support.is_empty() && app.loaded() && area.height > 3 {
        let empty = Rect {
            y: area.y + 2,
            height: 1,
            ..area
        };
        f.render_widget(
            Paragraph::new(format!(" {}", s.t("support.empty"))).style(theme::dim()),
            empty,
        );
    }
}

/// The training report: every operations staff member, this month's hours so far and last
/// month's, those under the target last month marked (R6).
pub fn training(app: &App, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let (Some(this), Some(last)) = (app.snap.training.first(), app.snap.training.get(1)) else {
        pane_header(f, area, &list_title(app, s.t("pane.training_none").to_string()), false);
        return;
    };
    let below = last.below().count();
    let header = list_title(
        app,
        s.f(
            "pane.training",
            &[
                ("target", &hours(this.target_minutes)),
                ("last", &last.month),
                ("below", &below.to_string()),
            ],
        ),
    );
    pane_header(f, area, &header, app.views.support.pane == Pane::Second);
    let (this_head, last_head) = (s.f("support.so_far", &[("month", &this.month)]), last.month.clone());
    let col = |header: &'static str, width, flex, keep| Col {
        header: s.t(header),
        key: header,
        width,
        flex,
        keep,
    };
    let cols = [
        col("col.person", 10, false, 9),
        col("col.name", 8, false, 8),
        Col {
            header: &this_head,
            key: "",
            width: 14,
            flex: false,
            keep: 7,
        },
        Col {
            header: &last_head,
            key: "",
            width: 8,
            flex: false,
            keep: 9,
        },
        col("col.training_mark", 16, true, 6),
    ];
    let rows: Vec<Row> = this
        .rows
        .iter()
        .map(|r| {
            let before = last.rows.iter().find(|x| x.login == r.login);
            let (mark, style) = match before {
                Some(b) if b.below => (
                    s.f(
                        "support.below",
                        &[
                            ("month", &last.month),
                            ("short", &hours(last.target_minutes - b.minutes)),
                        ],
                    ),
                    theme::missed(),
                ),
                _ if !r.staff => (s.t("support.not_staff").to_string(), theme::dim()),
                _ => (String::new(), Style::new()),
            };
            let now_style = if r.staff && r.minutes < this.target_minutes {
                theme::duty(DutyState::Pending)
            } else {
                theme::ok()
            };
            Row {
                cells: vec![
                    (sanitize_line(&r.login), Style::new()),
                    (sanitize_line(&r.name), Style::new()),
                    (format!("{} h", hours(r.minutes)), now_style),
                    (
                        before.map_or_else(|| "0 h".into(), |b| format!("{} h", hours(b.minutes))),
                        style,
                    ),
                    (mark, style),
                ],
                style: Style::new(),
            }
        })
        .collect();
    let cursor = app.views.support.training;
    table::draw(
        f,
        pane_body(area),
        &cols,
        &rows,
        cursor.offset,
        (app.views.support.pane == Pane::Second).then_some(cursor.sel),
    );
}
