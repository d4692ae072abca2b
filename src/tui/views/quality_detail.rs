//! A corrective notice, a sample and a callback as lines: beside the Quality view's list (from
//! the row) and in the full-screen detail (with the history), in the reader's language.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::domain::kind::Kind;
use crate::domain::sample::{Finding, Item};
use crate::domain::time::local_minute;
use crate::ops::console::quality::CallbackRow;
use crate::ops::quality::{correctives, samples};
use crate::text::{sanitize_block, sanitize_line};
use crate::tui::app::{App, countdown};
use crate::tui::i18n::Strings;
use crate::tui::theme;
use crate::tui::widgets::{duty_clock, field, reference};

/// A stored word in the reader's language, the word itself when the table has none.
pub fn word(s: &Strings, section: &str, w: &str) -> String {
    s.get(&format!("{section}.{w}")).unwrap_or(w).to_string()
}

/// A heading line, then the text a line each, indented.
fn block(label: &str, text: &str) -> Vec<Line<'static>> {
    let mut lines = vec![Line::from(Span::styled(label.to_string(), theme::column_header()))];
    for l in sanitize_block(text).lines() {
        lines.push(Line::from(format!("  {l}")));
    }
    lines
}

/// The duties of a record, one a line with its clock.
fn duty_lines(app: &App, duties: &[crate::domain::duty::Duty]) -> Vec<Line<'static>> {
    let s = &app.s;
    duties
        .iter()
        .map(|d| {
            let clock = if d.done_at.is_some() {
                s.t("duty.done").to_string()
            } else {
                duty_clock(s, d, app.now)
            };
            let missed = d.done_at.is_none() && d.due_at <= app.now;
            Line::from(Span::styled(
                sanitize_line(&format!(
                    "  {}  {}  {clock}",
                    word(s, "duty", d.kind.as_str()),
                    local_minute(d.due_at, app.setup.zone)
                )),
                if missed { theme::missed() } else { Style::new() },
            ))
        })
        .collect()
}

pub fn corrective_heading(v: &correctives::View) -> String {
    format!("{} {}", reference(Kind::Corrective, v.corrective.id), v.dept_name)
}

/// Q6: where the notice stands, to whom and by when, what was found and is to be done, the
/// follow-up, its duties.
pub fn corrective_lines(app: &App, v: &correctives::View) -> Vec<Line<'static>> {
    let (s, zone) = (&app.s, app.setup.zone);
    let c = &v.corrective;
    let mut due = local_minute(c.due_at, zone);
    let mut due_style = Style::new();
    if let Some((text, missed)) = countdown(s, c, app.now) {
        due = format!("{due}  {text}");
        if missed {
            due_style = theme::missed();
        }
    }
    let mut lines = vec![
        field(
            s.t("detail.status"),
            format!(
                "{}  {}  v{}",
                word(s, "corrective_status", c.status.as_str()),
                s.f("quality_view.round", &[("n", &c.round.to_string())]),
                c.version
            ),
            theme::key(),
        ),
        field(
            s.t("quality_view.field_dept"),
            format!("{} ({})", v.dept_name, c.dept),
            Style::new(),
        ),
        field(
            s.t("quality_view.field_responsible"),
            c.responsible.clone(),
            Style::new(),
        ),
        field(s.t("quality_view.field_due"), due, due_style),
        field(
            s.t("quality_view.issued_by"),
            format!("{} {}", c.issued_by, local_minute(c.created_at, zone)),
            Style::new(),
        ),
    ];
    if !c.source.is_empty() {
        lines.push(field(s.t("quality_view.source"), c.source.clone(), Style::new()));
    }
    lines.extend(block(s.t("quality_view.field_findings"), &c.findings));
    lines.extend(block(s.t("quality_view.field_measures"), &c.measures));
    lines.extend(block(s.t("quality_view.field_expected_effect"), &c.expected_effect));
    if let Some(t) = c.followed_up_at {
        lines.push(field(
            s.t("quality_view.followed_up"),
            format!("{} {}", local_minute(t, zone), c.followed_up_by),
            Style::new(),
        ));
        lines.extend(block("", &c.follow_up));
    }
    if let Some(t) = c.closed_at {
        lines.push(field(
            s.t("quality_view.closed"),
            format!("{} {}", local_minute(t, zone), c.close_note),
            Style::new(),
        ));
    }
    if !v.duties.is_empty() {
        lines.push(Line::from(Span::styled(
            s.t("detail.duties").to_string(),
            theme::column_header(),
        )));
        lines.extend(duty_lines(app, &v.duties));
    }
    lines
}

pub fn sample_heading(s: &Strings, v: &samples::View) -> String {
    format!(
        "{} {}",
        reference(Kind::Sample, v.sample.id),
        s.f("quality_view.sample_of", &[("month", &v.sample.month)])
    )
}

/// Q5: how the sample was drawn (its seed repeats it) and how far its review is.
pub fn sample_summary(app: &App, v: &samples::View) -> Vec<Line<'static>> {
    let s = &app.s;
    let sm = &v.sample;
    let kinds: Vec<String> = sm.kinds.split(',').map(|k| word(s, "kind", k)).collect();
    vec![
        field(
            s.t("quality_view.drawn"),
            s.f(
                "quality_view.drawn_text",
                &[
                    ("size", &sm.size.to_string()),
                    ("of", &sm.candidates.to_string()),
                    ("kinds", &kinds.join(", ")),
                    ("seed", &sm.seed.to_string()),
                ],
            ),
            Style::new(),
        ),
        field(
            s.t("quality_view.drawn_by"),
            format!("{} {}", sm.drawn_by, local_minute(sm.drawn_at, app.setup.zone)),
            Style::new(),
        ),
        field(s.t("quality_view.review"), review_text(s, v), theme::key()),
    ]
}

/// `2 done, 4 left`.
pub fn review_text(s: &Strings, v: &samples::View) -> String {
    s.f(
        "quality_view.review_text",
        &[
            ("done", &(v.items.len() - v.open).to_string()),
            ("left", &v.open.to_string()),
        ],
    )
}

/// An item's finding in words: `ok`, `problem`, or `-` while it has none.
pub fn finding_word(s: &Strings, f: &Option<Finding>) -> String {
    match f {
        Some(f) if f.ok => s.t("quality_view.finding_ok").to_string(),
        Some(_) => s.t("quality_view.finding_problem").to_string(),
        None => "-".to_string(),
    }
}

/// One item as a line: its place, its record, its finding and who made it.
pub fn item_line(s: &Strings, (i, f): &(Item, Option<Finding>)) -> Line<'static> {
    let mut text = format!(
        "{:>3}  {:<10}  {}",
        i.pos,
        reference(i.record_kind, i.record_id),
        finding_word(s, f)
    );
    if let Some(f) = f {
        text.push_str(&format!("  {}", f.reviewer));
        if !f.text.is_empty() {
            text.push_str(&format!(": {}", f.text));
        }
        if let Some(c) = f.corrective_id {
            text.push_str(&format!(" ({})", reference(Kind::Corrective, c)));
        }
    }
    let style = match f {
        Some(f) if !f.ok => theme::missed(),
        _ => Style::new(),
    };
    Line::from(Span::styled(sanitize_line(&text), style))
}

/// Q5: a sample in full: how it was drawn, every item with its finding.
pub fn sample_lines(app: &App, v: &samples::View) -> Vec<Line<'static>> {
    let mut lines = sample_summary(app, v);
    lines.push(Line::from(Span::styled(
        app.s.t("quality_view.items").to_string(),
        theme::column_header(),
    )));
    lines.extend(v.items.iter().map(|it| item_line(&app.s, it)));
    lines
}

pub fn callback_heading(r: &CallbackRow) -> String {
    let c = &r.view.callback;
    format!(
        "{} {} {}",
        reference(Kind::Callback, c.id),
        reference(c.record_kind, c.record_id),
        c.person
    )
}

/// The record's status word in the reader's language (`reopened`, `closed`).
pub fn record_status(s: &Strings, r: &CallbackRow) -> String {
    let section = match r.view.callback.record_kind {
        Kind::Request => "request_status",
        _ => "status",
    };
    r.record_status
        .as_deref()
        .map(|w| word(s, section, w))
        .unwrap_or_default()
}

/// Q7: whom to call and how, by when, what the calls found; I12: the incident it reopened.
pub fn callback_lines(app: &App, r: &CallbackRow) -> Vec<Line<'static>> {
    let (s, zone) = (&app.s, app.setup.zone);
    let c = &r.view.callback;
    let mut lines = vec![
        field(
            s.t("detail.status"),
            format!("{}  v{}", word(s, "callback_status", c.status.as_str()), c.version),
            theme::key(),
        ),
        field(
            s.t("quality_view.record"),
            format!("{}  {}", reference(c.record_kind, c.record_id), record_status(s, r)),
            Style::new(),
        ),
        field(
            s.t("quality_view.reporter"),
            format!("{}  {}", c.person, c.contact),
            Style::new(),
        ),
        field(s.t("quality_view.due"), local_minute(c.due_at, zone), Style::new()),
        field(s.t("quality_view.attempts"), c.attempts.to_string(), Style::new()),
    ];
    if let (Some(at), Some(n)) = (c.reached_at, c.satisfaction) {
        lines.push(field(
            s.t("quality_view.reached"),
            format!(
                "{} {}  {}",
                local_minute(at, zone),
                c.called_by,
                word(s, "satisfaction", &n.to_string())
            ),
            Style::new(),
        ));
    }
    if !c.remarks.is_empty() {
        lines.push(field(s.t("quality_view.field_remark"), c.remarks.clone(), Style::new()));
    }
    if c.reopened {
        lines.push(Line::from(Span::styled(
            s.f(
                "quality_view.reopened_it",
                &[("record", &reference(c.record_kind, c.record_id))],
            ),
            theme::missed(),
        )));
    }
    if !r.view.duties.is_empty() {
        lines.push(Line::from(Span::styled(
            s.t("detail.duties").to_string(),
            theme::column_header(),
        )));
        lines.extend(duty_lines(app, &r.view.duties));
    }
    lines
}
