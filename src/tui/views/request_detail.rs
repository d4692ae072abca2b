//! The Requests view's detail pane: the selected request in full (its clock and what it does
//! not count, approvals, pauses, its sub-kind's fields, duties, history, who else has it open),
//! or the selected account to remove.

use chrono::{DateTime, Utc};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::requests::{clock_text, kind_text, titled, working};
use super::{pane_body, pane_header};
use crate::domain::duty::Duty;
use crate::domain::kind::Kind;
use crate::domain::request::{Request, RequestKind, roles};
use crate::domain::time::local_minute;
use crate::ops::console::RequestDetail;
use crate::text::{sanitize_block, sanitize_line};
use crate::tui::app::{App, Pane};
use crate::tui::i18n::Strings;
use crate::tui::model::RequestView;
use crate::tui::theme;
use crate::tui::widgets::clock;
use crate::tui::widgets::{duty_clock, duty_mark, field, history_lines, reference, whom};

pub fn detail(app: &App, f: &mut Frame, area: Rect) {
    if app.views.requests.pane == Pane::Second {
        return account(app, f, area);
    }
    let s = &app.s;
    let Some(row) = app.snap.requests.get(app.views.requests.list.sel) else {
        pane_header(f, area, s.t("pane.detail"), false);
        return;
    };
    // The full record once loaded and not older than the row; the row until then.
    let full = app
        .views
        .requests
        .detail
        .of(row.request.id, |d| d.view.request.id)
        .filter(|d| d.view.request.version >= row.request.version);
    let v = full.map_or(row, |d| &d.view);
    pane_header(f, area, &heading(app, v), false);
    let lines = lines(app, v, full);
    f.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((app.views.requests.detail.scroll, 0)),
        pane_body(area),
    );
}

/// `req#5 [kind] title`.
pub fn heading(app: &App, v: &RequestView) -> String {
    let r = &v.request;
    format!(
        "{} [{}] {}",
        reference(Kind::Request, r.id),
        kind_text(&app.s, r),
        titled(&app.s, r)
    )
}

/// A request in full: its fields, who else has it open, its duties and (once `full` is loaded)
/// its history.
pub fn lines(app: &App, v: &RequestView, full: Option<&RequestDetail>) -> Vec<Line<'static>> {
    let s = &app.s;
    let mut lines = request_lines(app, v);
    if let Some(d) = full
        && !d.also_here.is_empty()
    {
        lines.insert(1, field(s.t("detail.also_here"), d.also_here.join(", "), theme::key()));
    }
    lines.extend(duty_lines(s, &v.duties, app));
    match full {
        Some(d) => lines.extend(history_lines(s, &d.view.history, app.setup.zone)),
        None => lines.push(Line::from(Span::styled(s.t("pane.loading").to_string(), theme::dim()))),
    }
    lines
}

/// The request's own fields and its clock, as `request show` gives them.
fn request_lines<'a>(app: &App, v: &RequestView) -> Vec<Line<'a>> {
    let (s, zone, cal) = (&app.s, app.setup.zone, &app.setup.calendar);
    let (r, c) = (&v.request, &v.clock);
    let at = |t: DateTime<Utc>| local_minute(t, zone);
    let plain = Style::new();
    let mut lines = Vec::new();
    let owner = r.owner.clone().unwrap_or_else(|| s.t("detail.nobody").to_string());
    lines.push(field(
        s.t("detail.status"),
        format!(
            "{}  {} {owner}  v{}",
            s.t(&format!("request_status.{}", r.status.as_str())),
            s.t("detail.owner"),
            r.version
        ),
        plain,
    ));
    let (clock_words, style) = clock_text(app, v);
    lines.push(field(s.t("request.clock"), clock_words, style));
    if let Some(due) = r.due_at {
        lines.push(field(s.t("detail.due"), at(due), style));
    }
    match (r.kind, r.classification) {
        (_, Some(class)) => lines.push(field(
            s.t("request.class"),
            s.f(
                "request.class_is",
                &[("class", class.chinese()), ("word", class.as_str())],
            ),
            theme::missed(),
        )),
        (RequestKind::Extraction, None) => lines.push(field(
            s.t("request.class"),
            s.t("request.class_not_yet").to_string(),
            theme::missed(),
        )),
        _ => {}
    }
    lines.push(field(s.t("request.dept"), format!("{} {}", r.dept, v.dept_name), plain));
    lines.push(field(
        s.t("request.requester"),
        format!("{}  {}", r.requester, r.contact),
        plain,
    ));
    let number = if r.form_no.is_empty() { "-" } else { &r.form_no };
    lines.push(field(
        s.t("request.form"),
        format!("{}  {number}", s.t(&format!("form_channel.{}", r.channel.as_str()))),
        plain,
    ));
    let mut received = at(r.received_at);
    if let Some(filed) = r.filed_at {
        received.push_str(&format!("  {} {}", s.t("request.filed"), at(filed)));
    }
    lines.push(field(s.t("detail.received"), received, plain));
    let approvals: Vec<String> = r
        .approvals
        .iter()
        .map(|a| format!("{} {} {}", a.role, a.by, at(a.at)))
        .collect();
    let approvals = if approvals.is_empty() {
        "-".into()
    } else {
        approvals.join("; ")
    };
    lines.push(field(s.t("request.approvals"), approvals, plain));
    let missing = r.missing_approvals();
    if !missing.is_empty() {
        lines.push(field(
            "",
            s.f("request.waiting_for", &[("roles", &missing.join(", "))]),
            theme::key(),
        ));
    }
    // R7: what the clock does not count, said beside it.
    if let Some((from, to)) = c.approvals {
        let text = s.f(
            "request.approvals_not_counted",
            &[("time", &clock(s, to - from)), ("from", &at(from)), ("to", &at(to))],
        );
        lines.push(field("", text, theme::dim()));
    }
    if let (Some(start), Some(base)) = (c.started, c.base_due) {
        let text = s.f(
            "request.limit",
            &[("days", &c.days.to_string()), ("start", &at(start)), ("due", &at(base))],
        );
        lines.push(field(s.t("request.limit_label"), text, plain));
    }
    for p in &r.pauses {
        let until = p.until.map_or_else(|| s.t("request.now").to_string(), at);
        let text = format!(
            "{} - {until}: {} ({}, {})",
            at(p.from),
            p.said(),
            s.t(&format!("pause_kind.{}", p.kind.as_str())),
            p.by
        );
        lines.push(field(s.t("request.pause"), text, theme::key()));
    }
    if !c.paused.is_zero() {
        let text = s.f("request.paused_not_counted", &[("time", &working(s, c.paused, cal))]);
        lines.push(field("", text, theme::dim()));
    }
    lines.extend(kind_lines(s, r, &at));
    for (key, t) in [
        ("request.met_at", r.met_at),
        ("request.delivered_at", r.delivered_at),
        ("request.closed_at", r.closed_at),
    ] {
        if let Some(t) = t {
            lines.push(field(s.t(key), at(t), plain));
        }
    }
    for (key, text) in [
        ("request.delivery", &r.delivery_note),
        ("request.why_closed", &r.close_reason),
    ] {
        if !text.is_empty() {
            lines.push(field(s.t(key), text.clone(), plain));
        }
    }
    for l in sanitize_block(&r.description).lines() {
        lines.push(Line::from(Span::styled(l.to_string(), theme::dim())));
    }
    for a in &v.accounts {
        let state = a.removed_at.map_or_else(
            || s.t("request.active").to_string(),
            |t| s.f("request.removed", &[("at", &at(t))]),
        );
        let text = format!(
            "#{} {}/{} {} ({}): {state}",
            a.id, a.system, a.account, a.person, a.permission
        );
        lines.push(field(s.t("request.account"), text, plain));
    }
    lines
}

/// The fields only this sub-kind has.
fn kind_lines<'a>(s: &Strings, r: &Request, at: &dyn Fn(DateTime<Utc>) -> String) -> Vec<Line<'a>> {
    let plain = Style::new();
    let mut lines = Vec::new();
    let mut add = |key: &str, value: String| {
        if !value.is_empty() {
            lines.push(field(s.t(key), value, plain));
        }
    };
    match r.kind {
        RequestKind::Requirement => {
            if r.changes_product {
                let confirmed = r.approval(roles::PRODUCT_DEPT).map_or_else(
                    || s.t("request.missing").to_string(),
                    |a| format!("{} {}", a.by, at(a.at)),
                );
                add("request.product_confirmation", confirmed);
            }
            add("request.evaluation", r.evaluation.clone());
            if r.new_project {
                add("request.outcome", s.t("request.new_project").to_string());
            }
            if let Some(v) = r.feedback {
                let verdict = s.t(&format!("request_verdict.{}", v.as_str()));
                add(
                    "request.feedback",
                    format!("{verdict}  {}  {}", r.feedback_form, r.feedback_note),
                );
            }
        }
        RequestKind::Product => add("request.chain", r.chain.join(" -> ")),
        RequestKind::Account => {
            let action = r.action.map_or("-".to_string(), |a| {
                s.t(&format!("account_action.{}", a.as_str())).to_string()
            });
            let permission = if r.permission.is_empty() {
                String::new()
            } else {
                format!("  ({})", r.permission)
            };
            add(
                "request.account",
                format!(
                    "{action}  {}/{}  {} {}{permission}",
                    r.system, r.account, r.person, r.person_name
                ),
            );
            if r.beyond_authority {
                add("request.authority", s.t("request.beyond_authority").to_string());
            }
        }
        RequestKind::Extraction => {
            add("request.purpose", r.purpose.clone());
            add("request.use_scope", r.use_scope.clone());
            let president = match r.president_needed {
                Some(true) => s.t("president.needed"),
                Some(false) => s.t("president.not-needed"),
                None => s.t("president.undecided"),
            };
            let by = r.decided_by.as_deref().unwrap_or("");
            add("request.president", format!("{president} {by}"));
            if r.encrypted {
                add("request.encrypted", format!("SHA-256 {}", r.sha256));
            }
        }
        RequestKind::Processing => {
            if r.urgent {
                add("request.urgent_item", r.supervisor.clone());
            }
            add("request.opinion", r.evaluation.clone());
            add("request.reply", r.reply.clone());
        }
    }
    lines
}

/// The duties a request or an account has: marked done, due, missed or withdrawn.
fn duty_lines<'a>(s: &Strings, duties: &[Duty], app: &App) -> Vec<Line<'a>> {
    let (now, zone) = (app.now, app.setup.zone);
    let mut lines = Vec::new();
    if duties.is_empty() {
        return lines;
    }
    lines.push(Line::from(Span::styled(
        s.t("detail.duties").to_string(),
        theme::column_header(),
    )));
    for d in duties {
        let state = d.state(now);
        let mark = duty_mark(state);
        let name = s.t(&format!("duty.{}", d.kind.as_str()));
        let text = match (d.done_at, &d.done_by) {
            (Some(at), Some(by)) => format!(
                "{mark} {name}  {} {} {by}: {}",
                local_minute(at, zone),
                s.t("detail.by"),
                d.done_how
            ),
            _ => format!("{mark} {name}  {}  -> {}", duty_clock(s, d, now), whom(s, d)),
        };
        lines.push(Line::from(Span::styled(sanitize_line(&text), theme::duty(state))));
    }
    lines
}

/// The selected account to remove, from its row: whose, where, why, by when.
fn account(app: &App, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let Some(row) = app.snap.removals.get(app.views.requests.removals.sel) else {
        pane_header(f, area, s.t("pane.detail"), false);
        return;
    };
    let a = &row.account;
    let at = |t: DateTime<Utc>| local_minute(t, app.setup.zone);
    pane_header(f, area, &format!("#{} {}/{}", a.id, a.system, a.account), false);
    let plain = Style::new();
    let mut lines = vec![
        field(s.t("request.person"), format!("{} {}", a.person, a.person_name), plain),
        field(s.t("request.dept"), a.dept.clone(), plain),
        field(s.t("request.permission"), a.permission.clone(), plain),
        field(
            s.t("request.granted"),
            s.f(
                "request.granted_by",
                &[("at", &at(a.granted_at)), ("id", &a.request_id.to_string())],
            ),
            plain,
        ),
    ];
    if let Some(asked) = a.removal_asked_at {
        lines.push(field(
            s.t("request.hr_record"),
            format!("{}  {}", a.hr_record, at(asked)),
            theme::key(),
        ));
    }
    lines.extend(duty_lines(s, row.duty.as_slice(), app));
    let key = app
        .keys
        .first_key(crate::tui::action::Action::RemoveAccount)
        .unwrap_or_default();
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        s.f("request.remove_hint", &[("key", &key)]),
        theme::dim(),
    )));
    f.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((app.views.requests.detail.scroll, 0)),
        pane_body(area),
    );
}
