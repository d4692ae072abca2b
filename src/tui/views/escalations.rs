//! The supervisor's view: open incidents not restored at supervisor level or above, and every
//! duty not yet done, most urgent first.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::table::{self, Row};
use super::{list_title, pane_body, pane_header};
use crate::domain::escalation::assess;
use crate::domain::time::local_minute;
use crate::text::sanitize_line;
use crate::tui::app::{App, Pane};
use crate::tui::theme;
use crate::tui::widgets::age;
use crate::tui::widgets::{duty_clock, level_word, next_step, reference, whom};

pub fn incidents(app: &App, f: &mut Frame, area: Rect) {
    let s = &app.s;
    pane_header(
        f,
        area,
        &list_title(
            app,
            s.f("pane.escalated", &[("n", &app.snap.escalated.len().to_string())]),
        ),
        app.views.escalations.pane == Pane::List,
    );
    let c = |key, width, flex, keep| table::col(s, key, width, flex, keep);
    let cols = [
        c("col.id", 5, false, table::WHOLE),
        c("col.level", 10, false, 9),
        c("col.status", 10, false, 7),
        c("col.age", 9, false, 8),
        c("col.next", 20, false, 7),
        c("col.title", 12, true, 9),
        c("col.service", 10, false, 3),
        c("col.owner", 10, false, 7),
    ];
    let now = app.now;
    let body = pane_body(area);
    let offset = app.views.escalations.escalated.offset;
    let rows: Vec<Row> = table::window(&app.snap.escalated, body, offset)
        .iter()
        .map(|v| {
            let i = &v.incident;
            let a = assess(i, 0, &app.setup.policy, now);
            let style = theme::level(a.level);
            Row {
                cells: vec![
                    (i.id.to_string(), Style::new()),
                    (level_word(s, a.level).to_string(), style),
                    (s.t(&format!("status.{}", i.status.as_str())).to_string(), Style::new()),
                    (age(&app.s, now - i.received_at), style),
                    (next_step(s, a.next, now), style),
                    (sanitize_line(&i.title), Style::new()),
                    (sanitize_line(&i.service), Style::new()),
                    (sanitize_line(i.owner.as_deref().unwrap_or("-")), Style::new()),
                ],
                style: Style::new(),
            }
        })
        .collect();
    let selected = (app.views.escalations.pane == Pane::List).then_some(app.views.escalations.escalated.sel);
    table::draw_window(
        f,
        body,
        &cols,
        &rows,
        (offset, selected),
        app.sorted(crate::tui::layout::ViewKind::Escalations, 0),
    );
}

pub fn duties(app: &App, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let missed = app.snap.duties.iter().filter(|d| d.duty.due_at < app.now).count();
    let header = list_title(
        app,
        s.f(
            "pane.duties",
            &[
                ("n", &app.snap.duties.len().to_string()),
                ("missed", &missed.to_string()),
            ],
        ),
    );
    pane_header(f, area, &header, app.views.escalations.pane == Pane::Second);
    let c = |key, width, flex, keep| table::col(s, key, width, flex, keep);
    let cols = [
        c("col.due", 17, false, 9),
        c("col.due_at", 11, false, 3),
        c("col.incident", 7, false, 8),
        c("col.duty", 14, false, 9),
        c("col.whom", 16, true, 7),
        c("col.message", 20, false, 6),
        c("col.title", 14, false, 4),
    ];
    let now = app.now;
    let body = pane_body(area);
    let offset = app.views.escalations.duties.offset;
    let rows: Vec<Row> = table::window(&app.snap.duties, body, offset)
        .iter()
        .map(|r| {
            let d = &r.duty;
            let style = theme::duty(d.state(now));
            Row {
                cells: vec![
                    (duty_clock(s, d, now), style),
                    (local_minute(d.due_at, app.setup.zone)[5..].to_string(), Style::new()),
                    (reference(d.record_kind, d.record_id), Style::new()),
                    (s.t(&format!("duty.{}", d.kind.as_str())).to_string(), style),
                    (sanitize_line(whom(s, d)), Style::new()),
                    messages(app, &r.messages),
                    (
                        sanitize_line(
                            r.incident
                                .as_ref()
                                .map(|i| i.title.as_str())
                                .or(r.change.as_deref())
                                .unwrap_or(""),
                        ),
                        theme::dim(),
                    ),
                ],
                style: Style::new(),
            }
        })
        .collect();
    let selected = (app.views.escalations.pane == Pane::Second).then_some(app.views.escalations.duties.sel);
    table::draw_window(
        f,
        body,
        &cols,
        &rows,
        (offset, selected),
        app.sorted(crate::tui::layout::ViewKind::Escalations, 1),
    );
}

/// A duty's messages in a few words: "SMS sent, e-mail failed"; failed ones stand out.
fn messages(app: &App, list: &[crate::domain::message::Message]) -> (String, Style) {
    use crate::domain::message::MessageState;
    let s = &app.s;
    if list.is_empty() {
        return ("-".into(), theme::dim());
    }
    let text = list
        .iter()
        .map(|m| {
            format!(
                "{} {}",
                s.t(&format!("medium.{}", m.medium.as_str())),
                s.t(&format!("message_state.{}", m.state.as_str()))
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    let style = if list
        .iter()
        .any(|m| matches!(m.state, MessageState::Failed | MessageState::Uncertain))
    {
        theme::missed()
    } else if list.iter().all(|m| m.state == MessageState::Sent) {
        theme::ok()
    } else {
        Style::new()
    };
    (text, style)
}
