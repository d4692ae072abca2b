//! Small pieces the views share: words for levels, statuses and duties in the user's language,
//! countdowns, and table cells cut by display width.

use chrono::{DateTime, Utc};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::i18n::Strings;
use crate::domain::duty::{Duty, DutyState};
use crate::domain::escalation::Level;
use crate::domain::time::clock;
use crate::text::{fit, sanitize_line};

pub fn level_word(s: &Strings, l: Level) -> &str {
    s.t(match l {
        Level::None => "level.none",
        Level::Supervisor => "level.supervisor",
        Level::Manager => "level.manager",
        Level::Leader => "level.leader",
    })
}

/// "manager in 03:12" / "03:12后报经理"; empty when the ladder is done or stopped.
pub fn next_step(s: &Strings, next: Option<(Level, DateTime<Utc>)>, now: DateTime<Utc>) -> String {
    match next {
        Some((l, t)) => s.f("next.in", &[("level", level_word(s, l)), ("time", &clock(t - now))]),
        None => String::new(),
    }
}

/// Open duties as "1 due" / "2 missed".
pub fn duties_due(s: &Strings, duties: &[Duty], now: DateTime<Utc>) -> (String, bool) {
    let pending = duties.iter().filter(|d| d.state(now) == DutyState::Pending).count();
    let missed = duties.iter().filter(|d| d.state(now) == DutyState::Missed).count();
    let mut parts = Vec::new();
    if missed > 0 {
        parts.push(s.f("duties.missed", &[("n", &missed.to_string())]));
    }
    if pending > 0 {
        parts.push(s.f("duties.due", &[("n", &pending.to_string())]));
    }
    (parts.join(" "), missed > 0)
}

/// A duty's clock: "in 04:59", "missed 02:01 ago", or when it was done.
pub fn duty_clock(s: &Strings, d: &Duty, now: DateTime<Utc>) -> String {
    match d.state(now) {
        DutyState::Pending => s.f("duty.due_in", &[("time", &clock(d.due_at - now))]),
        DutyState::Missed => s.f("duty.missed_ago", &[("time", &clock(now - d.due_at))]),
        DutyState::Done => s.t("duty.done").to_string(),
        DutyState::Withdrawn => s.t("duty.withdrawn").to_string(),
    }
}

/// External text, made inert and cut or padded to `cols` columns.
pub fn cell(text: &str, cols: usize) -> String {
    fit(&sanitize_line(text), cols)
}

/// "label  value" with the label dimmed.
pub fn field<'a>(label: &str, value: String, style: Style) -> Line<'a> {
    Line::from(vec![
        Span::styled(format!("{label} "), super::theme::label()),
        Span::styled(sanitize_line(&value), style),
    ])
}

/// A value from the history, short; instants in the desk's zone.
pub fn history_value(v: &serde_json::Value, zone: chrono_tz::Tz) -> String {
    crate::text::truncate(&sanitize_line(&crate::domain::audit::shown(v, zone)), 30)
}

/// A history action in the user's language: "raise report_manager" -> "raised: report to manager".
pub fn history_word(s: &Strings, action: &str) -> String {
    if let Some(kind) = action.strip_prefix("raise ") {
        return s.f("history.raise", &[("duty", s.t(&format!("duty.{kind}")))]);
    }
    s.get(&format!("history.{action}")).unwrap_or(action).to_string()
}

/// A record's history for a detail pane, newest first, under its heading: when, who, the step
/// in the reader's words, and what it said (a raised duty: whom to tell; its English sentence is
/// for the CLI). Nothing when there is none.
pub fn history_lines<'a>(
    s: &Strings,
    history: &[crate::store::audit::HistoryRow],
    zone: chrono_tz::Tz,
) -> Vec<Line<'a>> {
    if history.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![Line::from(Span::styled(
        s.t("detail.history").to_string(),
        super::theme::column_header(),
    ))];
    for h in history.iter().rev() {
        let mut text = format!(
            "{} {} {}",
            crate::domain::time::local_minute(h.at, zone),
            h.actor,
            history_word(s, &h.action)
        );
        let said = if h.action.starts_with("raise ") {
            h.changes
                .iter()
                .find(|c| c.field == "whom")
                .and_then(|c| c.after.as_str())
                .map(|w| format!("-> {w}"))
        } else {
            (!h.detail.is_empty()).then(|| h.detail.clone())
        };
        if let Some(said) = said {
            text.push_str(&format!("  {said}"));
        }
        lines.push(Line::from(sanitize_line(&text)));
    }
    lines
}

/// A duty's state as a check box: done, pending, missed, withdrawn.
pub fn duty_mark(state: DutyState) -> &'static str {
    match state {
        DutyState::Done => "[x]",
        DutyState::Pending => "[ ]",
        DutyState::Missed => "[!]",
        DutyState::Withdrawn => "[-]",
    }
}

/// Who a duty is for; the directory's gap said plainly when nobody is.
pub fn whom<'a>(s: &'a Strings, d: &'a Duty) -> &'a str {
    if d.whom.is_empty() { s.t("duty.nobody") } else { &d.whom }
}
