//! Small pieces the views share: words for levels, statuses and duties in the user's language,
//! countdowns, and table cells cut by display width.

use chrono::{DateTime, Utc};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::i18n::{Lang, Strings};
use crate::domain::duty::{Duty, DutyState};
use crate::domain::escalation::Level;
use crate::domain::kind::Kind;
use crate::text::{fit, sanitize_line};

/// How long, as a person says it: `1d 12h`, `20h 03m`, `12m` (`1天12小时`, `20小时03分`,
/// `12分`), `45s` under a minute; never a clock face, which reads as a time of day. A countdown
/// (`fine`) keeps its seconds under the hour: `4m 05s`.
fn duration(s: &Strings, d: chrono::Duration, fine: bool) -> String {
    let neg = d < chrono::Duration::zero();
    let secs = d.num_seconds().abs();
    let (days, h, m, sec) = (secs / 86_400, secs / 3600 % 24, secs / 60 % 60, secs % 60);
    let zh = s.lang == Lang::ZhCn;
    let body = match (days, h, m) {
        (0, 0, 0) if zh => format!("{sec}秒"),
        (0, 0, 0) => format!("{sec}s"),
        (0, 0, _) if fine && zh => format!("{m}分{sec:02}秒"),
        (0, 0, _) if fine => format!("{m}m {sec:02}s"),
        (0, 0, _) if zh => format!("{m}分"),
        (0, 0, _) => format!("{m}m"),
        (0, _, _) if zh => format!("{h}小时{m:02}分"),
        (0, _, _) => format!("{h}h {m:02}m"),
        _ if zh => format!("{days}天{h}小时"),
        _ => format!("{days}d {h}h"),
    };
    if neg { format!("-{body}") } else { body }
}

/// A figure in minutes (an outage budget, a time to restore), to the second when it has them:
/// `147m`, `59m30s` (`147分`, `59分30秒`).
pub fn minutes(s: &Strings, secs: i64) -> String {
    let secs = secs.max(0);
    match (secs % 60, s.lang == Lang::ZhCn) {
        (0, true) => format!("{}分", secs / 60),
        (0, false) => format!("{}m", secs / 60),
        (r, true) => format!("{}分{r:02}秒", secs / 60),
        (r, false) => format!("{}m{r:02}s", secs / 60),
    }
}

/// An age or a time gone by: `1d 12h`, `20h 03m`, `12m`.
pub fn age(s: &Strings, d: chrono::Duration) -> String {
    duration(s, d, false)
}

/// Time left or overdue on a deadline: as [`age`], with its seconds in the last hour.
pub fn clock(s: &Strings, d: chrono::Duration) -> String {
    duration(s, d, true)
}

/// A record's reference, its kind in front: `inc#38`, `chg#4`, `run#2`, as the palette takes it.
pub fn reference(kind: Kind, id: i64) -> String {
    format!("{}#{id}", ref_word(kind))
}

/// The short word of a kind in a reference; kinds without one use their stored word.
pub fn ref_word(kind: Kind) -> &'static str {
    match kind {
        Kind::Incident => "inc",
        Kind::Change => "chg",
        Kind::Run => "run",
        Kind::Message => "msg",
        Kind::Request => "req",
        Kind::Duty => "duty",
        other => other.as_str(),
    }
}

/// The record a reference names (`inc#38`, `chg#4`, `#38`, `38`): a bare number is an incident.
pub fn parse_reference(text: &str) -> Option<(Kind, i64)> {
    let t = text.trim();
    let (word, num) = match t.rsplit_once('#') {
        Some((w, n)) => (w.trim(), n.trim()),
        None => ("", t),
    };
    if num.is_empty() || !num.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let id: i64 = num.parse().ok()?;
    let word = word.to_ascii_lowercase();
    // The words the Chinese screens put in front of an id name the same kinds.
    let word: &str = match word.as_str() {
        "故障" => "inc",
        "变更" => "chg",
        "出账" => "run",
        "消息" => "msg",
        "申请" | "业务申请" => "req",
        other => other,
    };
    let kind = if word.is_empty() {
        Kind::Incident
    } else {
        Kind::ALL
            .iter()
            .copied()
            .find(|k| ref_word(*k) == word || k.as_str() == word)?
    };
    Some((kind, id))
}

pub fn level_word(s: &Strings, l: Level) -> &str {
    s.t(match l {
        Level::None => "level.none",
        Level::Supervisor => "level.supervisor",
        Level::Manager => "level.manager",
        Level::Leader => "level.leader",
    })
}

/// "manager in 3m 12s" / "3分12秒后报经理"; empty when the ladder is done or stopped.
pub fn next_step(s: &Strings, next: Option<(Level, DateTime<Utc>)>, now: DateTime<Utc>) -> String {
    match next {
        Some((l, t)) => s.f("next.in", &[("level", level_word(s, l)), ("time", &clock(s, t - now))]),
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
        DutyState::Pending => s.f("duty.due_in", &[("time", &clock(s, d.due_at - now))]),
        DutyState::Missed => s.f("duty.missed_ago", &[("time", &clock(s, now - d.due_at))]),
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

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    #[test]
    fn i11_figures_in_minutes_say_their_unit_in_the_consoles_language() {
        let (en, zh) = (Strings::new(Lang::En), Strings::new(Lang::ZhCn));
        for (secs, e, z) in [(8820, "147m", "147分"), (3570, "59m30s", "59分30秒"), (-5, "0m", "0分")] {
            assert_eq!(minutes(&en, secs), e);
            assert_eq!(minutes(&zh, secs), z);
        }
    }

    #[test]
    fn ages_read_as_durations_in_both_languages_never_as_a_clock() {
        let (en, zh) = (Strings::new(Lang::En), Strings::new(Lang::ZhCn));
        for (d, e, z) in [
            (Duration::hours(36), "1d 12h", "1天12小时"),
            (Duration::seconds(20 * 3600 + 3 * 60 + 3), "20h 03m", "20小时03分"),
            (Duration::seconds(12 * 60 + 40), "12m", "12分"),
            (Duration::seconds(45), "45s", "45秒"),
        ] {
            assert_eq!(age(&en, d), e);
            assert_eq!(age(&zh, d), z);
        }
        assert_eq!(clock(&en, Duration::seconds(245)), "4m 05s");
        assert_eq!(clock(&zh, Duration::seconds(-245)), "-4分05秒");
    }

    #[test]
    fn references_say_their_kind_and_read_back() {
        assert_eq!(reference(Kind::Incident, 38), "inc#38");
        assert_eq!(reference(Kind::Change, 4), "chg#4");
        assert_eq!(reference(Kind::Run, 2), "run#2");
        for (text, want) in [
            ("38", Some((Kind::Incident, 38))),
            ("#38", Some((Kind::Incident, 38))),
            (" inc#100000 ", Some((Kind::Incident, 100000))),
            ("chg#4", Some((Kind::Change, 4))),
            ("CHG#4", Some((Kind::Change, 4))),
            ("变更#4", Some((Kind::Change, 4))),
            ("req#5", Some((Kind::Request, 5))),
            ("request#5", Some((Kind::Request, 5))),
            ("help", None),
            ("xyz#3", None),
            ("chg#", None),
        ] {
            assert_eq!(parse_reference(text), want, "{text}");
        }
    }
}
