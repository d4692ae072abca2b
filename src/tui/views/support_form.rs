//! The Support view's form pane (Enter): the selected contact form in full, from its row — the
//! reply and its clock, the urgent form and whom it overtook, every review round with the
//! leaders' comments, a new author and why. The same lines make its full-screen detail.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::support::reply_text;
use super::{pane_body, pane_header};
use crate::domain::time::local_minute;
use crate::ops::support::View;
use crate::tui::app::App;
use crate::tui::theme;
use crate::tui::widgets::field;

pub fn form(app: &App, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let Some(v) = app.snap.support.get(app.views.support.list.sel) else {
        pane_header(f, area, s.t("pane.detail"), false);
        return;
    };
    pane_header(f, area, &heading(app, v), false);
    f.render_widget(
        Paragraph::new(lines(app, v))
            .wrap(Wrap { trim: false })
            .scroll((app.views.support.scroll, 0)),
        pane_body(area),
    );
}

/// The form's number and project, as the pane and the full-screen detail head it.
pub fn heading(app: &App, v: &View) -> String {
    app.s.f(
        "support.form_title",
        &[("id", &v.form.id.to_string()), ("project", &v.form.project_name)],
    )
}

/// The form in full (the pane, and the full-screen detail as `support show` reads it).
pub fn lines(app: &App, v: &View) -> Vec<Line<'static>> {
    let s = &app.s;
    let form = &v.form;
    let at = |t| local_minute(t, app.setup.zone);
    let label = |k: &str| s.t(&format!("support.{k}")).to_string();
    let plain = Style::new();
    let or_dash = |t: &str| if t.is_empty() { "-".to_string() } else { t.to_string() };
    let types: Vec<String> = form
        .types
        .iter()
        .map(|t| format!("{} {}", t.as_str(), t.chinese()))
        .collect();
    let mut lines: Vec<Line<'static>> = vec![field(
        &label("status"),
        s.t(&format!("support_status.{}", form.status.as_str())).to_string(),
        theme::key(),
    )];
    let (reply, style) = reply_text(app, form);
    lines.push(field(&label("reply"), reply, style));
    if let (Some(c), Some(t)) = (form.reply_channel, form.replied_at) {
        lines.push(field("", format!("{} {c}: {}", at(t), form.reply_text), plain));
    }
    if let Some(p) = v.position {
        lines.push(field(
            &label("ledger"),
            s.f("support.place", &[("n", &p.to_string())]),
            theme::key(),
        ));
    }
    if form.is_urgent() {
        let when = form.urgent_approved_at.map(at).unwrap_or_default();
        lines.push(field(
            &label("urgent_form"),
            format!("{} {when}: {}", form.urgent_by, form.urgent_reason),
            theme::error(),
        ));
        for o in &form.overtook {
            lines.push(field(
                "",
                s.f(
                    "support.overtook",
                    &[("id", &o.id.to_string()), ("project", &o.project)],
                ),
                plain,
            ));
        }
    }
    lines.push(field(&label("project_no"), or_dash(&form.project_no), plain));
    lines.push(field(
        &label("client"),
        format!("{} / {}", form.client, or_dash(&form.owner_party)),
        plain,
    ));
    lines.push(field(&label("types"), types.join(", "), plain));
    lines.push(field(
        &label("initiator"),
        format!("{} {} ({})", form.initiator, form.contact, v.dept_name),
        plain,
    ));
    lines.push(field(
        &label("received"),
        format!("{} {} {}", at(form.received_at), form.channel, form.form_no),
        plain,
    ));
    lines.push(field(&label("support"), form.support.clone(), plain));
    if !form.material.is_empty() {
        lines.push(field(&label("material"), form.material.clone(), plain));
    }
    if !form.needs.is_empty() {
        lines.push(field(&label("needs"), form.needs.clone(), plain));
    }
    if !form.plan.is_empty() {
        lines.push(field(&label("plan"), form.plan.clone(), plain));
    }
    for r in &form.rounds {
        let verdict = r.verdict.map_or("in_review", |x| x.as_str());
        let mut text = s.f(
            "support.round_line",
            &[
                ("author", &r.author),
                ("sent", &at(r.sent_at)),
                ("verdict", s.t(&format!("support_status.{verdict}"))),
            ],
        );
        if let Some(t) = r.reviewed_at {
            text.push_str(&format!(" {} {}", r.reviewer, at(t)));
        }
        lines.push(field(&s.f("support.round_n", &[("n", &r.no.to_string())]), text, plain));
        if !r.comments.is_empty() {
            lines.push(field("", r.comments.clone(), theme::dim()));
        }
    }
    for x in &form.reassignments {
        lines.push(field(
            &label("reassigned"),
            format!("{} -> {} ({} {}): {}", x.from, x.to, x.by, at(x.at), x.reason),
            plain,
        ));
    }
    if let Some(c) = form.closed_at {
        lines.push(field(
            &label("closed"),
            format!("{} {}", at(c), form.close_reason),
            plain,
        ));
    }
    lines
}
