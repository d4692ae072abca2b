//! The title bar, the navigation strip and the footer.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::domain::escalation::Level;
use crate::domain::time::local_second;
use crate::text::{fit, sanitize_line, truncate, width};
use crate::tui::action::Action;
use crate::tui::app::{App, Pane};
use crate::tui::layout::ViewKind;
use crate::tui::model::QueueSort;
use crate::tui::theme;
use crate::tui::widgets::level_word;

/// Desk, who and which role, the clock in the desk's zone, open incidents per level. The clock
/// and the counts keep their place at the right; the left gives way on a narrow screen.
pub fn title_bar(app: &App, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let flash = app.flash_until.is_some_and(|t| t > app.now);
    let bar = theme::title_bar(flash);
    let me = &app.setup.me;
    let role = s.t(&format!("role.{}", me.role.as_str()));
    let mut left = format!(
        " {}  {} ({role})",
        sanitize_line(&app.setup.desk_name),
        sanitize_line(&me.name)
    );
    if app.setup.read_only {
        left.push_str(&format!("  [{}]", s.t("title.read_only")));
    }
    // Open in all; by level only those not restored (nobody need be told of the others), and
    // the duties missed.
    let c = app.snap.unrestored;
    let total: i64 = app.snap.counts.iter().sum();
    let mut right = vec![
        Span::raw(local_second(app.now, app.setup.zone)),
        Span::raw("  "),
        Span::raw(s.f("title.open", &[("n", &total.to_string())])),
    ];
    for (i, l) in [Level::Supervisor, Level::Manager, Level::Leader]
        .into_iter()
        .enumerate()
    {
        let n = c[i];
        let style = if n > 0 {
            theme::level(l).patch(bar)
        } else {
            Style::new()
        };
        right.push(Span::raw("  "));
        right.push(Span::styled(format!("{} {n}", level_word(s, l)), style));
    }
    if app.snap.missed > 0 {
        right.push(Span::raw("  "));
        right.push(Span::styled(
            s.f("title.missed", &[("n", &app.snap.missed.to_string())]),
            bar.patch(theme::missed()),
        ));
    }
    right.push(Span::raw(" "));
    let right_w: usize = right.iter().map(|sp| width(&sp.content)).sum();
    let room = (area.width as usize).saturating_sub(right_w);
    // Alerts come first: on a narrow screen the desk's name gives way, they do not.
    let alert = app.alert_text();
    let alert = if alert.is_empty() {
        String::new()
    } else {
        truncate(&format!(" {alert} "), room)
    };
    let room = room.saturating_sub(width(&alert));
    // A name cut to a cell or two says nothing: blank it (the status line repeats the alerts).
    let left = if room < 6 { " ".repeat(room) } else { fit(&left, room) };
    let mut spans = vec![Span::styled(alert, bar.patch(theme::error())), Span::raw(left)];
    spans.extend(right);
    f.render_widget(Paragraph::new(Line::from(spans)).style(bar), area);
}

/// The views, the filter and the sort.
pub fn nav(app: &App, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let mut spans = vec![Span::raw(" ")];
    for (view, tab) in app.tabs(area.width) {
        spans.push(Span::styled(tab, theme::tab(view == app.view)));
        spans.push(Span::raw(" "));
    }
    if app.view == ViewKind::Outbox {
        let shown = s.t(&format!("outbox_filter.{}", app.query.outbox.word()));
        spans.push(Span::styled(format!("   {} {shown}", s.t("nav.shown")), theme::dim()));
    } else if app.view == ViewKind::Requests {
        // Requests are always by urgency; the sort key keeps to the queue.
        spans.push(Span::styled(
            format!("   {} {}", s.t("nav.sort"), s.t("sort.urgency")),
            theme::dim(),
        ));
    } else if let Some((key, falls)) = app.sorted(app.view, app.sort_list().1) {
        // The queue names its order; a list sorted by a column, the column.
        let word = match (app.view, app.query.sort) {
            (ViewKind::Incidents, QueueSort::Urgency) => s.t("sort.urgency"),
            (ViewKind::Incidents, QueueSort::Newest) => s.t("sort.newest"),
            (ViewKind::Incidents, QueueSort::Severity) => s.t("sort.severity"),
            _ => s.t(key),
        };
        spans.push(Span::styled(
            format!("   {} {word}{}", s.t("nav.sort"), super::table::marker(falls)),
            theme::dim(),
        ));
    }
    // Each view has a filter of its own.
    let filter = app.filter_text();
    if let Some(input) = &app.filter_edit {
        let (shown, _) = input.view(30);
        spans.push(Span::styled(format!("   / {shown}_"), theme::key()));
    } else if !filter.is_empty() {
        spans.push(Span::styled(
            format!("   {} {}", s.t("nav.filter"), sanitize_line(filter)),
            theme::key(),
        ));
    }
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The keys of the view on screen, in the pane that has them: the footer's, and help's first
/// group.
pub fn view_actions(app: &App) -> &'static [Action] {
    match (app.view, app.views.pane(app.view)) {
        // Plans are written from the command line (opsdesk plan); drills here too.
        (ViewKind::Plans, _) => &[
            Action::Down,
            Action::New,
            Action::Deliver,
            Action::Evaluate,
            Action::Palette,
            Action::Help,
            Action::Quit,
        ],
        // Charts, and the work report (Q1) written and sent; the palette for everything else.
        (ViewKind::Reports, _) => &[
            Action::Down,
            Action::New,
            Action::Refresh,
            Action::Palette,
            Action::Help,
            Action::Quit,
        ],
        (ViewKind::Incidents, _) => &[
            Action::Down,
            Action::New,
            Action::Accept,
            Action::Contact,
            Action::Restore,
            Action::Resolve,
            Action::Verify,
            Action::Note,
            Action::DutyDone,
            Action::Case,
            Action::Filter,
            Action::Palette,
            Action::Help,
            Action::Quit,
        ],
        (ViewKind::Escalations, Pane::Second) => &[
            Action::Down,
            Action::FocusNext,
            Action::DutyDone,
            Action::Open,
            Action::Help,
            Action::Quit,
        ],
        (ViewKind::Billing, _) => &[
            Action::Down,
            Action::FocusNext,
            Action::New,
            Action::CheckItem,
            Action::ReviewItem,
            Action::Anomaly,
            Action::Submit,
            Action::ConfirmRun,
            Action::Dispute,
            Action::Rollback,
            Action::Retry,
            Action::Preview,
        ],
        (ViewKind::Changes, _) => &[
            Action::Down,
            Action::New,
            Action::PlanChange,
            Action::ConfirmTest,
            Action::Schedule,
            Action::Notify,
            Action::StartChange,
            Action::FinishChange,
            Action::ResultNotice,
            Action::Summary,
            Action::Preview,
            Action::MonthPlan,
        ],
        (ViewKind::Outbox, _) => &[
            Action::Down,
            Action::Open,
            Action::ConfirmRun,
            Action::EditMessage,
            Action::Retry,
            Action::SortNext,
        ],
        (ViewKind::Requests, Pane::List) => &[
            Action::Down,
            Action::New,
            Action::Accept,
            Action::Approve,
            Action::Pause,
            Action::Resume,
            Action::Evaluate,
            Action::Deliver,
            Action::ConfirmRun,
            Action::Close,
            Action::Decide,
            Action::Escalate,
            Action::FocusNext,
            Action::Filter,
        ],
        (ViewKind::Support, _) => &[Action::Down, Action::Open, Action::FocusNext, Action::Refresh],
        (ViewKind::Requests, Pane::Second) => &[
            Action::Down,
            Action::RemoveAccount,
            Action::FocusNext,
            Action::Filter,
            Action::Palette,
        ],
        (ViewKind::Problems, _) => &[
            Action::Down,
            Action::Open,
            Action::PlanChange,
            Action::Close,
            Action::New,
            Action::Filter,
            Action::Search,
            Action::Palette,
        ],
        (ViewKind::Knowledge, _) => &[
            Action::Down,
            Action::Open,
            Action::New,
            Action::Verify,
            Action::Submit,
            Action::EditMessage,
            Action::Close,
            Action::Filter,
            Action::Search,
        ],
        (ViewKind::Quality, _) => super::quality::actions(app),
        (ViewKind::Escalations, Pane::List) => &[
            Action::Down,
            Action::FocusNext,
            Action::Open,
            Action::Accept,
            Action::Restore,
            Action::Help,
            Action::Quit,
        ],
    }
}

/// A status message while it lasts, else the keys that matter here.
pub fn footer(app: &App, f: &mut Frame, area: Rect) {
    let s = &app.s;
    // An alarm stays until a key is pressed; a refusal is never covered by it.
    let alarm = app
        .alarm
        .as_ref()
        .filter(|_| !app.status.as_ref().is_some_and(|s| s.error));
    if let Some(a) = alarm {
        f.render_widget(
            Paragraph::new(format!(" {}", sanitize_line(a))).style(theme::error()),
            area,
        );
        return;
    }
    if let Some(st) = &app.status {
        let style = if st.error {
            theme::error()
        } else if st.warning {
            theme::warning()
        } else {
            theme::ok()
        };
        f.render_widget(
            Paragraph::new(format!(" {}", sanitize_line(&st.text))).style(style),
            area,
        );
        return;
    }
    if app.filter_edit.is_some() || app.popup.is_some() {
        // Popups carry their own keys; the filter says how to leave it.
        let hint = if app.filter_edit.is_some() && app.view == ViewKind::Requests {
            s.t("hint.filter_requests")
        } else if app.filter_edit.is_some() {
            s.t("hint.filter")
        } else {
            ""
        };
        f.render_widget(Paragraph::new(format!(" {hint}")).style(theme::dim()), area);
        return;
    }
    let actions = view_actions(app);
    // Help and quit keep their place at the right; the rest fills what is left.
    let key_span = |a: Action| {
        vec![
            Span::styled(app.keys.first_key(a).unwrap_or_default(), theme::key()),
            Span::raw(format!(" {}  ", s.t(&format!("short.{}", a.name())))),
        ]
    };
    let right: Vec<Span> = [Action::Help, Action::Quit].into_iter().flat_map(key_span).collect();
    let right_w: usize = right.iter().map(|sp| width(&sp.content)).sum();
    // What must not be missed comes before the keys.
    let alert = app.alert_text();
    let alert = if alert.is_empty() {
        String::new()
    } else {
        truncate(&format!(" {alert} "), (area.width as usize).saturating_sub(right_w))
    };
    let mut used = 1 + width(&alert);
    let mut spans = vec![Span::styled(alert, theme::error()), Span::raw(" ")];
    for a in actions {
        // Only the keys that work here: for this record's state, this user's role, and none
        // that change anything in a read-only console (the core's own checks, `App::offers`).
        if matches!(a, Action::Help | Action::Quit) || !app.offers(*a) {
            continue;
        }
        let key = if *a == Action::Down {
            let (down, up) = (app.keys.first_key(Action::Down), app.keys.first_key(Action::Up));
            format!("{}/{}", down.unwrap_or_default(), up.unwrap_or_default())
        } else {
            app.keys.first_key(*a).unwrap_or_default()
        };
        // In the Outbox and the Requests view the shared keys mean their own steps (y approves
        // a message, records a request's feedback form).
        let own = match app.view {
            ViewKind::Outbox => s.get(&format!("short.outbox_{}", a.name())),
            ViewKind::Requests => s.get(&format!("short.requests_{}", a.name())),
            ViewKind::Plans => s.get(&format!("short.plans_{}", a.name())),
            ViewKind::Problems => s.get(&format!("kb.short_problems_{}", a.name())),
            ViewKind::Knowledge => s.get(&format!("kb.short_knowledge_{}", a.name())),
            ViewKind::Reports => s.get(&format!("short.reports_{}", a.name())),
            ViewKind::Quality => crate::tui::views::quality::short(app, *a),
            _ => None,
        };
        let word = own.unwrap_or_else(|| s.t(&format!("short.{}", a.name())));
        let label = format!(" {word}  ");
        let w = width(&key) + width(&label);
        if used + w + right_w > area.width as usize {
            break;
        }
        used += w;
        spans.push(Span::styled(key, theme::key()));
        spans.push(Span::raw(label));
    }
    spans.push(Span::raw(
        " ".repeat((area.width as usize).saturating_sub(used + right_w)),
    ));
    spans.extend(right);
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}
