//! `update()` and friends, case by case.

use super::*;
use crate::config::Config;
use crate::domain::change::{Change, NewChange};
use crate::domain::duty::{Duty, DutyKind};
use crate::domain::incident::{Category, Channel, NewIncident};
use crate::domain::incident::{Incident, Status};
use crate::domain::kind::Kind;
use crate::domain::role::Actor;
use crate::domain::role::Role;
use crate::ops::incidents::View;
use crate::tui::i18n::Lang;
use crate::tui::model::QueueSort;
use crate::tui::model::{ChangeView, Failure, NoticeDoc, Reply, Report, RunView};
use crossterm::event::KeyModifiers;
use crossterm::event::{KeyCode, KeyEvent};

fn t0() -> DateTime<Utc> {
    chrono::TimeZone::with_ymd_and_hms(&Utc, 2026, 11, 20, 2, 0, 0).unwrap()
}

fn me(role: Role) -> Actor {
    Actor {
        login: "li".into(),
        name: "李雷".into(),
        role,
    }
}

fn incident(id: i64, owner: Option<&str>, minutes_ago: i64) -> Incident {
    let n = NewIncident {
        title: format!("incident {id}"),
        service: "billing".into(),
        category: Some(Category::Application),
        channel: Some(Channel::Phone),
        received_at: Some(t0() - Duration::minutes(minutes_ago)),
        ..Default::default()
    };
    let mut i = Incident::open(&n, &me(Role::Operator), t0()).unwrap();
    i.id = id;
    i.owner = owner.map(String::from);
    if owner.is_some() {
        i.status = Status::Accepted;
    }
    i
}

fn view(i: Incident, duties: Vec<Duty>) -> View {
    View {
        incident: i,
        level: crate::domain::escalation::Level::None,
        next: None,
        duties,
        history: vec![],
    }
}

fn duty(id: i64, incident: i64) -> Duty {
    Duty {
        id,
        kind: DutyKind::ReportSupervisor,
        record_kind: Kind::Incident,
        record_id: incident,
        episode: 0,
        whom: "supervisor: 张伟".into(),
        raised_at: t0(),
        due_at: t0() + Duration::minutes(5),
        done_at: None,
        done_by: None,
        done_how: String::new(),
        withdrawn: false,
        version: 1,
    }
}

/// A message of duty `duty` in `state`.
fn message_row(id: i64, duty_id: i64, state: crate::domain::message::MessageState) -> crate::ops::outbox::Row {
    use crate::domain::message::{Address, Draft, Medium, Message};
    let mut duty = duty(duty_id, 7);
    duty.kind = DutyKind::Broadcast;
    let draft = Draft {
        medium: Medium::Email,
        to: vec![Address {
            name: "孙丽".into(),
            dept: "市场部".into(),
            addr: "sunli@example.com".into(),
        }],
        cc: vec![],
        subject: "故障通报：计费".into(),
        body: "计费系统故障，正在处理。".into(),
        lang: "zh-CN".into(),
    };
    let mut message = Message::new(duty_id, draft, state, t0(), "li");
    message.id = id;
    crate::ops::outbox::Row { message, duty }
}

fn app_as(role: Role, read_only: bool) -> App {
    let config = Config::defaults();
    let setup = Setup {
        desk_name: "Desk".into(),
        bell: true,
        ..Setup::new(me(role), &config, read_only)
    };
    let mut app = App::new(setup, Strings::new(Lang::En), Keymap::defaults(), t0(), (120, 40));
    let queue: Vec<View> = (1..=30)
        .map(|n| view(incident(n, if n % 2 == 0 { Some("wang") } else { None }, n), vec![]))
        .collect();
    // Every view's lists at once, as a console has them once it has shown each view.
    let snap = Snapshot {
        query: Query::default(),
        views: ViewKind::ALL.to_vec(),
        steps: vec![duty(100, 7)],
        drafts: vec![],
        queue,
        more: false,
        queue_total: 30,
        missed: 0,
        unrestored: [2, 3, 4],
        counts: [1, 2, 3, 4],
        escalated: vec![view(incident(7, Some("li"), 7), vec![])],
        duties: vec![super::super::model::DutyRow {
            duty: duty(100, 7),
            incident: Some(incident(7, Some("li"), 7)),
            change: None,
            messages: vec![],
        }],
        changes: vec![change_view(3)],
        runs: vec![run_view(5)],
        outbox: vec![
            message_row(12, 200, crate::domain::message::MessageState::Draft),
            message_row(11, 201, crate::domain::message::MessageState::Failed),
            message_row(10, 202, crate::domain::message::MessageState::Sent),
        ],
        outbox_counts: vec![(crate::domain::message::MessageState::Draft, 1)],
        requests: vec![
            requests::request_view(21, crate::domain::request::RequestKind::Product),
            requests::request_view(22, crate::domain::request::RequestKind::Extraction),
        ],
        requests_more: false,
        removals: vec![requests::removal_row(31)],
        removals_more: false,
        support: vec![],
        training: vec![],
        banners: vec![],
        in_force: vec![],
        plans: vec![],
        keyed: Default::default(),
        reports: None,
        quality: Default::default(),
    };
    app.on_reply(Reply::Snapshot(Box::new(snap)), t0());
    app
}

/// A scheduled change with its C7 notice open.
fn change_view(id: i64) -> ChangeView {
    let config = crate::config::Config::defaults();
    let cal = crate::domain::calendar::Calendar::from_config(&config);
    let new = NewChange {
        title: "计费系统升级".into(),
        systems: vec!["billing".into()],
        planned_month: "2026-12".into(),
        window: Some((
            t0() + Duration::days(12),
            t0() + Duration::days(12) + Duration::hours(2),
        )),
        ..Default::default()
    };
    let mut c = Change::open(&new, &me(Role::Operator), &cal, t0()).unwrap();
    c.id = id;
    c.status = crate::domain::change::ChangeStatus::Scheduled;
    let mut notice = duty(200, id);
    notice.kind = DutyKind::C7Notice;
    notice.record_kind = Kind::Change;
    ChangeView {
        change: c,
        duties: vec![notice],
        history: vec![],
        gates: vec![],
        next: None,
        unknown_years: vec![],
    }
}

/// A billing run for October with its checklist, nothing done yet.
fn run_view(id: i64) -> RunView {
    use crate::domain::billing::{BillingPolicy, Check, Run, RunKind, progress};
    let config = crate::config::Config::defaults();
    let policy = BillingPolicy::from_config(&config);
    let mut run = Run::open(
        RunKind::Billing,
        "2026-10",
        "li",
        &me(Role::Operator),
        &policy,
        config.desk.zone,
        t0(),
    )
    .unwrap();
    run.id = id;
    let checks = Check::list_for(&run, &config.billing.checklist);
    let progress = progress(&checks, 0);
    RunView {
        run,
        checks,
        earlier: vec![],
        ends: vec![],
        anomalies: vec![],
        duties: vec![],
        history: vec![],
        progress,
    }
}

fn app() -> App {
    app_as(Role::Operator, false)
}

/// The first incident in the queue in `status`, owned by li (the user), for a step that state
/// allows: the console asks the core before it opens a step's form.
fn incident_in(a: &mut App, status: Status) {
    let i = &mut a.snap.queue[0].incident;
    i.status = status;
    i.owner = Some("li".into());
    if matches!(status, Status::Resolved | Status::Verified | Status::Closed) {
        i.restored_at = Some(t0());
        i.resolved_at = Some(t0());
    }
}

/// The change in the Changes view in `status` (complex or wide when `complex`).
fn change_in(a: &mut App, status: crate::domain::change::ChangeStatus, complex: bool) {
    a.snap.changes[0].change.status = status;
    a.snap.changes[0].change.complex = complex;
}

/// The run in the Billing view in `state`.
fn run_in(a: &mut App, state: crate::domain::billing::RunState) {
    a.snap.runs[0].run.state = state;
}

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

fn code(c: KeyCode) -> KeyEvent {
    KeyEvent::new(c, KeyModifiers::NONE)
}

/// Ctrl-S: saves a form from any field (Enter is a new line in prose).
fn save() -> KeyEvent {
    KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)
}

fn requests(effects: &[Effect]) -> Vec<&Request> {
    effects
        .iter()
        .filter_map(|e| if let Effect::Request(r) = e { Some(r) } else { None })
        .collect()
}

#[test]
fn moving_selects_and_asks_for_the_detail() {
    let mut a = app();
    let page = a.visible_rows();
    let cases: &[(Action, usize)] = &[
        (Action::Down, 1),
        (Action::Up, 0),
        (Action::Bottom, 29),
        (Action::Top, 0),
        (Action::PageDown, page),
        (Action::PageUp, 0),
    ];
    for (action, want) in cases {
        let effects = a.update(*action, t0());
        let want = (*want).min(29);
        assert_eq!(a.views.incidents.queue.sel, want, "{action:?}");
        if let Some(Request::Detail(id)) = requests(&effects).first() {
            assert_eq!(*id, Some(a.snap.queue[want].incident.id), "{action:?}");
        }
    }
}

#[test]
fn selection_stays_visible() {
    let mut a = app();
    a.update(Action::Bottom, t0());
    let rows = a.visible_rows();
    assert!(
        a.views.incidents.queue.offset + rows > a.views.incidents.queue.sel
            && a.views.incidents.queue.offset <= a.views.incidents.queue.sel
    );
}

#[test]
fn key_sequences_map_through_the_keymap() {
    let mut a = app();
    a.update(Action::Bottom, t0());
    assert!(a.on_key(key('g'), t0()).is_empty());
    a.on_key(key('g'), t0());
    assert_eq!(a.views.incidents.queue.sel, 0);
    a.on_key(key('j'), t0());
    a.on_key(code(KeyCode::Down), t0());
    assert_eq!(a.views.incidents.queue.sel, 2);
    // An unfinished sequence followed by another key runs that key.
    a.on_key(key('g'), t0());
    a.on_key(key('k'), t0());
    assert_eq!(a.views.incidents.queue.sel, 1);
}

#[test]
fn filter_and_sort_ask_the_worker_again() {
    let mut a = app();
    a.update(Action::Filter, t0());
    let effects = a.on_key(key('b'), t0());
    // A typed filter reads the screen's rows and a margin (issue 18), not a page of 500.
    assert_eq!(
        requests(&effects),
        vec![&Request::Query(Query {
            filter: "b".into(),
            limit: a.visible_rows() * 2 + 10,
            ..Query::default()
        })]
    );
    a.on_key(code(KeyCode::Enter), t0());
    assert!(a.filter_edit.is_none());
    let effects = a.update(Action::ClearFilter, t0());
    assert_eq!(requests(&effects), vec![&Request::Query(Query::default())]);
    let effects = a.update(Action::SortNext, t0());
    assert!(matches!(requests(&effects)[0], Request::Query(q) if q.sort == QueueSort::Newest));
}

#[test]
fn views_switch_by_key_and_open_jumps_back() {
    let mut a = app();
    a.update(Action::NextView, t0());
    assert_eq!(a.view, ViewKind::Escalations);
    a.update(Action::Open, t0());
    assert_eq!(a.view, ViewKind::Incidents);
    assert_eq!(a.selected().map(|i| i.id), Some(7));
}

#[test]
fn the_palette_runs_actions_and_jumps_to_ids() {
    let mut a = app();
    a.update(Action::Palette, t0());
    for c in "help".chars() {
        a.on_key(key(c), t0());
    }
    a.on_key(code(KeyCode::Enter), t0());
    assert!(matches!(a.popup, Some(Popup::Help { .. })));
    a.on_key(code(KeyCode::Esc), t0());
    a.update(Action::Palette, t0());
    a.on_key(key('2'), t0());
    a.on_key(key('5'), t0());
    let effects = a.on_key(code(KeyCode::Enter), t0());
    // The record full screen, no filter left behind.
    assert_eq!(requests(&effects), vec![&Request::Record(Some((Kind::Incident, 25)))]);
    assert!(a.query.filter.is_empty());
}

#[test]
fn the_selection_follows_its_incident_across_reloads() {
    let mut a = app();
    a.update(Action::Down, t0());
    a.update(Action::Down, t0());
    let id = a.selected().unwrap().id;
    let mut snap = a.snap.clone();
    snap.queue.reverse();
    a.on_reply(Reply::Snapshot(Box::new(snap)), t0());
    assert_eq!(a.selected().unwrap().id, id);
}

#[test]
fn the_remaining_actions_do_what_they_say() {
    let mut a = app();
    assert_eq!(requests(&a.update(Action::Refresh, t0())), vec![&Request::Refresh]);
    a.update(Action::DetailDown, t0());
    a.update(Action::DetailDown, t0());
    assert_eq!(a.views.incidents.detail.scroll, 6);
    a.update(Action::DetailUp, t0());
    assert_eq!(a.views.incidents.detail.scroll, 3);
    a.update(Action::PrevView, t0());
    assert_eq!(a.view, *ViewKind::ALL.last().unwrap(), "views go round");
    while a.view != ViewKind::Requests {
        a.update(Action::PrevView, t0());
    }
    a.update(Action::PrevView, t0());
    assert_eq!(a.view, ViewKind::Outbox);
    a.update(Action::PrevView, t0());
    assert_eq!(a.view, ViewKind::Billing);
    a.update(Action::PrevView, t0());
    assert_eq!(a.view, ViewKind::Changes);
    a.update(Action::PrevView, t0());
    assert_eq!(a.view, ViewKind::Escalations);
    a.update(Action::PrevView, t0());
    assert_eq!(a.view, ViewKind::Incidents);
    a.update(Action::Help, t0());
    a.on_key(key('j'), t0());
    assert_eq!(
        a.popup,
        Some(Popup::Help {
            scroll: 1,
            search: None
        })
    );
}

#[test]
fn quit_quits() {
    let mut a = app();
    a.on_key(key('q'), t0());
    assert!(a.quit);
}

#[test]
fn mouse_clicks_select_rows_and_views() {
    use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    let mut a = app();
    let click = |col, row| MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: col,
        row,
        modifiers: KeyModifiers::NONE,
    };
    // Row 5 of the screen: title, nav, pane header, column header, then rows from line 4.
    a.on_mouse(click(10, 5), t0());
    assert_eq!(a.views.incidents.queue.sel, 1);
    let wheel = MouseEvent {
        kind: MouseEventKind::ScrollDown,
        column: 10,
        row: 5,
        modifiers: KeyModifiers::NONE,
    };
    a.on_mouse(wheel, t0());
    assert_eq!(a.views.incidents.queue.sel, 2);
    let widths: Vec<(ViewKind, usize)> = a
        .tabs(a.size.0)
        .into_iter()
        .map(|(v, t)| (v, crate::text::width(&t)))
        .collect();
    let tabs = layout::nav_tabs(&widths);
    a.on_mouse(click(tabs[1].1 + 1, 1), t0());
    assert_eq!(a.view, ViewKind::Escalations);
    a.on_mouse(click(tabs[2].1 + tabs[2].2 - 1, 1), t0());
    assert_eq!(a.view, ViewKind::Changes);
}

#[test]
fn a_change_duty_is_not_marked_done_from_the_escalations_view() {
    let mut a = app();
    let mut snap = a.snap.clone();
    let mut notice = duty(300, 3);
    notice.kind = DutyKind::C7Notice;
    notice.record_kind = Kind::Change;
    snap.duties.insert(
        0,
        super::super::model::DutyRow {
            duty: notice,
            incident: None,
            change: Some("计费系统升级".into()),
            messages: vec![],
        },
    );
    a.on_reply(Reply::Snapshot(Box::new(snap)), t0());
    a.update(Action::ViewEscalations, t0());
    a.update(Action::FocusNext, t0());
    a.update(Action::Top, t0());
    assert!(a.update(Action::DutyDone, t0()).is_empty());
    assert!(a.popup.is_none());
    // Enter opens its change instead.
    a.update(Action::Open, t0());
    assert_eq!(a.view, ViewKind::Changes);
}

/// The fixture's lists of `view` alone, as the worker reads them while `view` is on screen.
fn snapshot_of(a: &App, view: ViewKind) -> Snapshot {
    Snapshot {
        query: Query {
            view,
            ..a.query.clone()
        },
        views: vec![view],
        ..a.snap.clone()
    }
}

mod billing_steps;
mod change_steps;
/// The Requests view (issue 12): its fixtures and its cases.
mod console;
mod directory;
mod flashes_and_warnings;
mod foresee;
mod foresee_steps;
mod forms;
mod incident_steps;
mod knowledge;
mod live_filter;
mod outbox_keys;
mod problems;
mod quality;
mod reports;
mod requests;
mod search;
mod sections;
mod sorting;
mod status;
mod view_lists;
