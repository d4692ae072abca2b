//! The Outbox view: the messages the duties produced (what awaits review, what is queued, sent
//! or failed), and the selected one in full with the duty it serves.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::table::{self, Row};
use super::{list_title, pane_body, pane_header};
use crate::domain::message::{Message, MessageState};
use crate::domain::time::local_minute;
use crate::text::sanitize_line;
use crate::tui::app::App;
use crate::tui::i18n::Strings;
use crate::tui::theme;
use crate::tui::widgets::clock;
use crate::tui::widgets::{duty_clock, field};

/// How a message's state reads, and in which colour.
pub fn state_text(s: &Strings, m: &Message, now: chrono::DateTime<chrono::Utc>) -> (String, Style) {
    let word = s.t(&format!("message_state.{}", m.state.as_str())).to_string();
    match m.state {
        MessageState::Sent => (word, theme::ok()),
        MessageState::Failed | MessageState::Uncertain => (word, theme::missed()),
        MessageState::Queued if m.attempts > 0 => (
            s.f(
                "message.retry_in",
                &[
                    ("n", &(m.attempts + 1).to_string()),
                    ("time", &clock(s, m.next_attempt_at - now)),
                ],
            ),
            theme::duty(crate::domain::duty::DutyState::Pending),
        ),
        MessageState::Draft => (word, theme::key()),
        _ => (word, Style::new()),
    }
}

/// `赵敏, 钱工; cc 刘洋`
fn names(m: &Message) -> String {
    let mut s = m.to.iter().map(|a| a.name.as_str()).collect::<Vec<_>>().join(", ");
    if !m.cc.is_empty() {
        s.push_str("; cc ");
        s.push_str(&m.cc.iter().map(|a| a.name.as_str()).collect::<Vec<_>>().join(", "));
    }
    s
}

pub fn list(app: &App, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let count = |st: MessageState| {
        app.snap
            .outbox_counts
            .iter()
            .find(|(x, _)| *x == st)
            .map_or(0, |(_, n)| *n)
    };
    let header = list_title(
        app,
        s.f(
            "pane.outbox",
            &[
                ("shown", s.t(&format!("outbox_filter.{}", app.query.outbox.word()))),
                ("n", &app.snap.outbox.len().to_string()),
                ("draft", &count(MessageState::Draft).to_string()),
                (
                    "queued",
                    &(count(MessageState::Queued) + count(MessageState::Sending)).to_string(),
                ),
                (
                    "failed",
                    &(count(MessageState::Failed) + count(MessageState::Uncertain)).to_string(),
                ),
            ],
        ),
    );
    pane_header(f, area, &header, true);
    let c = |key, width, flex, keep| table::col(s, key, width, flex, keep);
    let cols = [
        c("col.id", 5, false, table::WHOLE),
        c("col.medium", 6, false, 5),
        c("col.status", 16, false, 9),
        c("col.due", 20, false, 8),
        c("col.duty", 14, false, 6),
        c("col.record", 8, false, 7),
        c("col.to", 16, false, 3),
        c("col.subject", 16, true, 9),
    ];
    let now = app.now;
    let rows: Vec<Row> = app
        .snap
        .outbox
        .iter()
        .map(|r| {
            let m = &r.message;
            let (state, style) = state_text(s, m, now);
            Row {
                cells: vec![
                    (m.id.to_string(), Style::new()),
                    (s.t(&format!("medium.{}", m.medium.as_str())).to_string(), Style::new()),
                    (state, style),
                    (duty_clock(s, &r.duty, now), theme::duty(r.duty.state(now))),
                    (s.t(&format!("duty.{}", r.duty.kind.as_str())).to_string(), Style::new()),
                    (record_ref(s, r.duty.record_kind, r.duty.record_id), theme::dim()),
                    (sanitize_line(&names(m)), Style::new()),
                    (sanitize_line(&m.subject), Style::new()),
                ],
                style: Style::new(),
            }
        })
        .collect();
    table::draw_sorted(
        f,
        pane_body(area),
        &cols,
        &rows,
        app.views.outbox.list.offset,
        Some(app.views.outbox.list.sel),
        app.sorted(crate::tui::layout::ViewKind::Outbox, 0),
    );
    if app.snap.outbox.is_empty() && app.loaded() && area.height > 3 {
        let empty = Rect {
            y: area.y + 2,
            height: 1,
            ..area
        };
        f.render_widget(
            Paragraph::new(format!(" {}", s.k("outbox.empty"))).style(theme::dim()),
            empty,
        );
    }
}

/// The lines that describe a message: state, error, the duty, who it goes to, the text.
pub fn message_lines(app: &App, m: &Message, duty: &crate::domain::duty::Duty, with_body: bool) -> Vec<Line<'static>> {
    let s = &app.s;
    let zone = app.setup.zone;
    let label = |k: &str| s.t(k).to_string();
    let (state, style) = state_text(s, m, app.now);
    let mut lines = vec![field(&label("message.state"), state, style)];
    if !m.last_error.is_empty() && m.state != MessageState::Sent {
        lines.push(field(&label("message.error"), m.last_error.clone(), theme::missed()));
    }
    if let Some(t) = m.sent_at {
        lines.push(field(
            &label("message.sent"),
            format!(
                "{} {} {}",
                local_minute(t, zone),
                m.channel.map_or("-", |c| c.as_str()),
                m.receipt
            ),
            Style::new(),
        ));
    }
    if let Some(by) = &m.approved_by {
        let at = m.approved_at.map(|t| local_minute(t, zone)).unwrap_or_default();
        lines.push(field(&label("message.approved"), format!("{by} {at}"), Style::new()));
    }
    lines.push(field(
        &label("message.duty"),
        format!(
            "{} [{}]  {}",
            s.t(&format!("duty.{}", duty.kind.as_str())),
            duty.kind.rule(),
            duty_clock(s, duty, app.now)
        ),
        theme::duty(duty.state(app.now)),
    ));
    let to = m.to.iter().map(|a| a.line()).collect::<Vec<_>>().join(", ");
    lines.push(field(&label("message.to"), to, Style::new()));
    if !m.cc.is_empty() {
        let cc = m.cc.iter().map(|a| a.line()).collect::<Vec<_>>().join(", ");
        lines.push(field(&label("message.cc"), cc, Style::new()));
    }
    if m.edited {
        lines.push(Line::from(Span::styled(
            s.t("message.edited").to_string(),
            theme::dim(),
        )));
    }
    lines.push(field(&label("message.subject"), m.subject.clone(), theme::key()));
    if with_body {
        lines.push(Line::from(""));
        for l in crate::text::sanitize_block(&m.body).lines() {
            lines.push(Line::from(l.to_string()));
        }
    }
    lines
}

pub fn detail(app: &App, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let Some(row) = app.selected_message() else {
        pane_header(f, area, s.t("pane.message"), false);
        return;
    };
    let title = s.f(
        "pane.message_n",
        &[
            ("id", &row.message.id.to_string()),
            ("medium", s.t(&format!("medium.{}", row.message.medium.as_str()))),
        ],
    );
    pane_header(f, area, &title, false);
    let mut lines = Vec::new();
    if let Some(e) = &app.sender_error {
        lines.push(Line::from(Span::styled(
            sanitize_line(&s.f("msg.outbox_down", &[("why", e)])),
            theme::error(),
        )));
    }
    lines.extend(message_lines(app, &row.message, &row.duty, true));
    f.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((app.views.outbox.scroll, 0)),
        pane_body(area),
    );
}

/// A message's record as the screens name it (`chg#3`); a kind without its own words (a
/// corrective notice, a callback) by the reference the palette takes.
fn record_ref(s: &Strings, kind: crate::domain::kind::Kind, id: i64) -> String {
    let key = format!("record.{kind}");
    match s.get(&key) {
        Some(_) => s.f(&key, &[("id", &id.to_string())]),
        None => crate::tui::widgets::reference(kind, id),
    }
}
