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
fn every_mutating_action_is_refused_read_only() {
    let mut a = app_as(Role::Supervisor, true);
    for action in Action::ALL.iter().filter(|a| a.mutates()) {
        let effects = a.update(*action, t0());
        assert!(effects.is_empty(), "{action:?}");
        assert!(a.popup.is_none(), "{action:?}");
        assert!(a.status.as_ref().is_some_and(|s| s.error), "{action:?}");
    }
}

#[test]
fn forms_open_for_each_incident_step() {
    let cases = [
        (Action::Contact, Status::Accepted, "Contact the site: incident 1"),
        (Action::Note, Status::Reported, "Note on incident 1"),
        (Action::Restore, Status::Diagnosing, "Service restored: incident 1"),
        (Action::Resolve, Status::Restored, "Cause removed: incident 1"),
        (
            Action::Verify,
            Status::Resolved,
            "Verified with the reporter: incident 1",
        ),
        (Action::Reopen, Status::Closed, "Reopen incident 1"),
        (Action::New, Status::Reported, "New incident"),
    ];
    for (action, status, title) in cases {
        let mut a = app();
        incident_in(&mut a, status);
        a.update(action, t0());
        match &a.popup {
            Some(Popup::Form(f)) => assert_eq!(f.title, title, "{action:?}"),
            other => panic!("{action:?}: {other:?}"),
        }
        // Esc leaves without change.
        assert!(a.on_key(code(KeyCode::Esc), t0()).is_empty());
        assert!(a.popup.is_none());
    }
}

#[test]
fn accepting_an_unowned_incident_sends_at_once_with_the_seen_version() {
    let mut a = app();
    let effects = a.update(Action::Accept, t0());
    assert_eq!(
        requests(&effects),
        vec![&Request::Mutate {
            req: 1,
            cmd: Command::Incident {
                id: 1,
                version: 1,
                cmd: crate::ops::incidents::Cmd::Accept { to: None, at: None }
            }
        }]
    );
}

#[test]
fn taking_over_and_closing_ask_first() {
    // A supervisor may take over another's incident (U4); an operator is refused on the key.
    let mut a = app_as(Role::Supervisor, false);
    a.snap.queue[1].incident.status = Status::Verified;
    a.update(Action::Down, t0()); // incident 2, owned by wang
    assert!(a.update(Action::Accept, t0()).is_empty());
    assert!(matches!(&a.popup, Some(Popup::Confirm(c)) if c.text.contains("wang")));
    assert!(a.on_key(key('n'), t0()).is_empty(), "n declines");
    assert!(a.popup.is_none());
    a.update(Action::Close, t0());
    let effects = a.on_key(key('y'), t0());
    assert!(matches!(
        requests(&effects)[0],
        Request::Mutate {
            cmd: Command::Incident {
                id: 2,
                cmd: crate::ops::incidents::Cmd::Close { .. },
                ..
            },
            ..
        }
    ));
}

#[test]
fn a_form_checks_before_it_sends() {
    let mut a = app();
    a.update(Action::Note, t0());
    assert!(a.on_key(save(), t0()).is_empty(), "empty required field");
    let Some(Popup::Form(f)) = &a.popup else { panic!() };
    assert_eq!(f.fields[0].error.as_deref(), Some("required"));
    for c in "已电话联系".chars() {
        a.on_key(key(c), t0());
    }
    let effects = a.on_key(save(), t0());
    assert_eq!(
        requests(&effects),
        vec![&Request::Mutate {
            req: 1,
            cmd: Command::Note {
                id: 1,
                version: 1,
                text: "已电话联系".into()
            }
        }]
    );
    assert!(
        matches!(&a.popup, Some(Popup::Form(f)) if f.saving == Some(1)),
        "stays open while saving"
    );
    a.on_reply(
        Reply::Done {
            req: 1,
            record: Some(1),
        },
        t0(),
    );
    assert!(a.popup.is_none());
}

#[test]
fn a_bad_time_is_shown_at_its_field() {
    let mut a = app();
    incident_in(&mut a, Status::Accepted);
    a.update(Action::Restore, t0());
    for c in "yesterday".chars() {
        a.on_key(key(c), t0());
    }
    let Some(Popup::Form(f)) = &a.popup else { panic!() };
    assert!(f.fields[0].error.as_deref().unwrap_or("").contains("not a time"));
}

#[test]
fn a_refusal_comes_back_into_the_form() {
    let mut a = app();
    a.update(Action::Note, t0());
    a.on_key(key('x'), t0());
    a.on_key(save(), t0());
    a.on_reply(
        Reply::Failed {
            req: 1,
            failure: Failure::Refused("owned by wang".into()),
        },
        t0(),
    );
    let Some(Popup::Form(f)) = &a.popup else {
        panic!("the form stays")
    };
    assert_eq!(f.error.as_deref(), Some("owned by wang"));
    assert_eq!(f.saving, None);
}

#[test]
fn a_lost_race_shows_the_conflict_and_reapplies_on_the_new_version() {
    let mut a = app();
    a.update(Action::Note, t0());
    a.on_key(key('x'), t0());
    a.on_key(save(), t0());
    let failure = Failure::Conflict {
        message: "changed".into(),
        changes: vec![],
        version: 3,
    };
    a.on_reply(Reply::Failed { req: 1, failure }, t0());
    assert!(matches!(&a.popup, Some(Popup::Conflict(_))));
    let effects = a.on_key(key('r'), t0());
    assert_eq!(
        requests(&effects),
        vec![&Request::Mutate {
            req: 2,
            cmd: Command::Note {
                id: 1,
                version: 3,
                text: "x".into()
            }
        }]
    );
}

#[test]
fn duty_done_offers_the_open_duties() {
    let mut a = app();
    a.update(Action::ViewEscalations, t0());
    a.update(Action::FocusNext, t0());
    assert_eq!(a.views.escalations.pane, Pane::Second);
    a.update(Action::DutyDone, t0());
    let Some(Popup::Form(f)) = &a.popup else { panic!() };
    assert_eq!(f.focus, 1, "one duty: straight to how");
    for c in "told 张伟 by phone".chars() {
        a.on_key(key(c), t0());
    }
    let effects = a.on_key(code(KeyCode::Enter), t0());
    assert!(matches!(
        requests(&effects)[0],
        Request::Mutate {
            cmd: Command::DutyDone {
                id: 100,
                version: 1,
                ..
            },
            ..
        }
    ));
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
fn a_new_escalation_step_flashes_and_rings() {
    let mut a = app();
    let mut snap = a.snap.clone();
    snap.steps.push(duty(101, 7));
    let effects = a.on_reply(Reply::Snapshot(Box::new(snap)), t0());
    assert!(effects.contains(&Effect::Bell));
    assert!(a.flash_until.is_some_and(|t| t > t0()));
    a.on_tick(t0() + Duration::seconds(FLASH_SECS));
    assert!(a.flash_until.is_none());
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
fn change_steps_open_their_forms_in_the_changes_view() {
    let cases = [
        (Action::New, "New change"),
        (Action::PlanChange, "Plan change 3"),
        (Action::ConfirmTest, "Test confirmation: change 3"),
        (Action::Schedule, "Schedule change 3"),
        (Action::Notify, "Notice sent: change 3"),
        (Action::DutyDone, "Notice sent: change 3"),
        (Action::StartChange, "Start change 3"),
        (Action::FinishChange, "Change 3 ended"),
        (Action::ResultNotice, "Result notice: change 3"),
        (Action::Summary, "Summary report: change 3"),
    ];
    use crate::domain::change::ChangeStatus as C;
    for (action, title) in cases {
        let mut a = app();
        // Each step from a state it is taken in (the console asks the core first).
        let (status, complex) = match action {
            Action::PlanChange | Action::ConfirmTest => (C::Planned, false),
            Action::Schedule => (C::TestConfirmed, false),
            Action::StartChange => (C::Notified, false),
            Action::FinishChange => (C::Executing, false),
            Action::ResultNotice => (C::Done, false),
            Action::Summary => (C::ResultAnnounced, true),
            _ => (C::Scheduled, false),
        };
        change_in(&mut a, status, complex);
        a.update(Action::ViewChanges, t0());
        a.update(action, t0());
        match &a.popup {
            Some(Popup::Form(f)) => assert_eq!(f.title, title, "{action:?}"),
            other => panic!("{action:?}: {other:?}"),
        }
    }
}

#[test]
fn change_steps_outside_the_changes_view_say_where_to_go() {
    let mut a = app();
    assert!(a.update(Action::Schedule, t0()).is_empty());
    assert!(a.popup.is_none());
    assert!(a.status.as_ref().unwrap().text.contains("press 3"));
    a.update(Action::ViewChanges, t0());
    a.update(Action::Restore, t0());
    assert!(a.status.as_ref().unwrap().text.contains("press 1"));
}

#[test]
fn an_emergency_reason_is_sent_only_when_given() {
    let mut a = app();
    change_in(&mut a, crate::domain::change::ChangeStatus::TestConfirmed, false);
    a.update(Action::ViewChanges, t0());
    a.update(Action::Schedule, t0());
    let effects = a.on_key(code(KeyCode::Enter), t0());
    assert_eq!(
        requests(&effects),
        vec![&Request::Mutate {
            req: 1,
            cmd: Command::Change {
                id: 3,
                version: 1,
                cmd: crate::ops::changes::Cmd::Schedule { emergency: None }
            }
        }]
    );
    a.on_reply(
        Reply::Done {
            req: 1,
            record: Some(3),
        },
        t0(),
    );
    a.update(Action::Schedule, t0());
    for c in "计费中断".chars() {
        a.on_key(key(c), t0());
    }
    let effects = a.on_key(code(KeyCode::Enter), t0());
    assert!(
        matches!(requests(&effects)[0], Request::Mutate { cmd: Command::Change { cmd: crate::ops::changes::Cmd::Schedule { emergency: Some(r) }, .. }, .. } if r == "计费中断")
    );
}

#[test]
fn the_notify_form_offers_only_the_notices_owed() {
    let mut a = app();
    a.update(Action::ViewChanges, t0());
    a.update(Action::Notify, t0());
    let Some(Popup::Form(f)) = &a.popup else { panic!() };
    let crate::tui::form::FieldKind::Choice { options, .. } = &f.fields[0].kind else {
        panic!()
    };
    assert_eq!(options.iter().map(|o| o.0.as_str()).collect::<Vec<_>>(), vec!["c7"]);
}

#[test]
fn previews_and_the_month_plan_ask_the_worker() {
    let mut a = app();
    a.update(Action::ViewChanges, t0());
    let effects = a.update(Action::Preview, t0());
    // In the language it will be sent in (the desk's notify.language), not the console's English
    // (issue 19 item 8).
    assert_eq!(
        requests(&effects),
        vec![&Request::Notice {
            id: 3,
            doc: NoticeDoc::C7,
            lang: "zh-CN".into()
        }]
    );
    let effects = a.on_key(key('8'), t0());
    assert_eq!(
        requests(&effects),
        vec![&Request::Notice {
            id: 3,
            doc: NoticeDoc::C8,
            lang: "zh-CN".into()
        }]
    );
    a.on_key(code(KeyCode::Esc), t0());
    let effects = a.update(Action::MonthPlan, t0());
    assert_eq!(requests(&effects), vec![&Request::MonthPlan("2026-12".into())]);
    let effects = a.on_key(key('l'), t0());
    assert_eq!(requests(&effects), vec![&Request::MonthPlan("2027-01".into())]);
    let effects = a.on_key(key('h'), t0());
    assert_eq!(requests(&effects), vec![&Request::MonthPlan("2026-12".into())]);
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

#[test]
fn billing_steps_open_their_forms_and_confirmations() {
    let cases: &[(Action, &str)] = &[
        (Action::New, "New billing or settlement run"),
        (Action::CheckItem, "Run 5: 话单采集完整性 performed"),
        (Action::Anomaly, "Anomaly in run 5"),
        (Action::Dispute, "Question run 5"),
        (Action::Rollback, "Roll back run 5"),
    ];
    use crate::domain::billing::RunState as R;
    for (action, title) in cases {
        let mut a = app_as(Role::Supervisor, false);
        run_in(
            &mut a,
            match action {
                Action::Dispute => R::AwaitingSupervisor,
                Action::Rollback => R::Disputed,
                _ => R::Planned,
            },
        );
        a.update(Action::ViewBilling, t0());
        a.update(*action, t0());
        match &a.popup {
            Some(Popup::Form(f)) => assert_eq!(&f.title, title, "{action:?}"),
            other => panic!("{action:?}: {other:?}"),
        }
    }
    for (action, state) in [
        (Action::Submit, R::ChecksDone),
        (Action::ConfirmRun, R::AwaitingSupervisor),
        (Action::Retry, R::RolledBack),
    ] {
        let mut a = app_as(Role::Supervisor, false);
        run_in(&mut a, state);
        a.update(Action::ViewBilling, t0());
        a.update(action, t0());
        assert!(matches!(a.popup, Some(Popup::Confirm(_))), "{action:?}");
    }
}

#[test]
fn a_check_form_asks_for_every_figure_of_its_item() {
    let mut a = app();
    a.update(Action::ViewBilling, t0());
    a.update(Action::FocusNext, t0());
    a.update(Action::Down, t0());
    a.update(Action::CheckItem, t0());
    let Some(Popup::Form(f)) = &a.popup else { panic!() };
    let labels: Vec<&str> = f.fields.iter().map(|x| x.label.as_str()).collect();
    assert_eq!(labels, ["Result", "rows_in", "rows_out", "rows_rejected", "Remark"]);
    for (i, v) in [(1, "10"), (2, "8"), (3, "2")] {
        a.on_key(code(KeyCode::Tab), t0());
        let _ = i;
        for c in v.chars() {
            a.on_key(key(c), t0());
        }
    }
    let effects = a.on_key(code(KeyCode::Enter), t0());
    let Request::Mutate {
        cmd:
            Command::Run {
                cmd: crate::ops::billing::Cmd::Check { key, figures, .. },
                ..
            },
        ..
    } = requests(&effects)[0]
    else {
        panic!()
    };
    assert_eq!(key, "cdr-preprocess");
    assert_eq!(figures.get("rows_out").map(String::as_str), Some("8"));
}

#[test]
fn the_report_preview_asks_for_the_check_report_then_the_deadline_report() {
    let mut a = app();
    a.update(Action::ViewBilling, t0());
    let effects = a.update(Action::Preview, t0());
    assert_eq!(
        requests(&effects),
        vec![&Request::Report {
            id: 5,
            which: Report::Check,
            lang: "zh-CN".into()
        }]
    );
    let effects = a.on_key(key('5'), t0());
    assert_eq!(
        requests(&effects),
        vec![&Request::Report {
            id: 5,
            which: Report::Deadline,
            lang: "zh-CN".into()
        }]
    );
}

#[test]
fn n_outbox_keys_approve_a_draft_resend_a_failure_and_refuse_the_rest() {
    use crate::domain::message::MessageState;
    let mut a = app();
    a.update(Action::ViewOutbox, t0());
    assert_eq!(a.active(), ListId::Outbox);
    // The draft: y asks first, naming how many it goes to; y again does not send, Enter does.
    assert!(a.update(Action::ConfirmRun, t0()).is_empty());
    assert!(
        matches!(&a.popup, Some(Popup::Confirm(c)) if c.text.contains("recipient")),
        "{:?}",
        a.popup
    );
    assert!(a.on_key(key('y'), t0()).is_empty(), "the approve key does not confirm");
    assert!(matches!(&a.popup, Some(Popup::Confirm(_))));
    let e = a.on_key(code(KeyCode::Enter), t0());
    assert!(
        matches!(
            &e[..],
            [Effect::Request(Request::Mutate {
                cmd: Command::Message {
                    id: 12,
                    version: 1,
                    cmd: crate::ops::outbox::Cmd::Approve
                },
                ..
            })]
        ),
        "{e:?}"
    );
    assert!(a.update(Action::Retry, t0()).is_empty(), "a draft is not resent");
    assert!(a.status.as_ref().is_some_and(|s| s.error));
    // The failed one: T sends it again; y does nothing.
    a.update(Action::Down, t0());
    let e = a.update(Action::Retry, t0());
    assert!(
        matches!(
            &e[..],
            [Effect::Request(Request::Mutate {
                cmd: Command::Message {
                    id: 11,
                    cmd: crate::ops::outbox::Cmd::Retry,
                    ..
                },
                ..
            })]
        ),
        "{e:?}"
    );
    assert!(a.update(Action::ConfirmRun, t0()).is_empty());
    // e opens the editor on the text; what comes back is saved.
    let e = a.update(Action::EditMessage, t0());
    let [Effect::EditText { id: 11, version, text }] = &e[..] else {
        panic!("{e:?}")
    };
    let edited = text.replace("正在处理", "已恢复");
    let e = a.on_edited(11, *version, text, Ok(edited), t0());
    assert!(
        matches!(&e[..], [Effect::Request(Request::Mutate { cmd: Command::Message { cmd: crate::ops::outbox::Cmd::Edit { body, .. }, .. }, .. })] if body.contains("已恢复")),
        "{e:?}"
    );
    assert!(
        a.on_edited(11, *version, text, Ok(text.clone()), t0()).is_empty(),
        "unchanged"
    );
    // A sent one cannot change.
    a.update(Action::Down, t0());
    assert!(a.update(Action::EditMessage, t0()).is_empty());
    // s shows other messages: asks for them.
    let e = a.update(Action::SortNext, t0());
    assert!(matches!(&e[..], [Effect::Request(Request::Query(q))] if q.outbox != a.snap.query.outbox));
    let _ = MessageState::Draft;
}

#[test]
fn n_the_outbox_tab_counts_what_waits_for_a_person() {
    let a = app();
    assert!(
        a.tab_text(ViewKind::Outbox).contains("(1)"),
        "{}",
        a.tab_text(ViewKind::Outbox)
    );
}

#[test]
fn n_a_read_only_console_does_not_approve() {
    let mut a = app_as(Role::Supervisor, true);
    a.update(Action::ViewOutbox, t0());
    assert!(a.update(Action::ConfirmRun, t0()).is_empty());
}

#[test]
fn a_reload_that_brings_nothing_new_needs_no_frame() {
    let a = app();
    let same = Reply::Snapshot(Box::new(a.snap.clone()));
    assert!(a.unchanged(&same), "the worker's periodic reload of the same state");
    let mut other = a.snap.clone();
    other.queue.pop();
    assert!(!a.unchanged(&Reply::Snapshot(Box::new(other))));
    assert!(a.unchanged(&Reply::Detail(Box::new(a.views.incidents.detail.record.clone()))));
    assert!(!a.unchanged(&Reply::Fatal("x".into())));
}

#[test]
fn i8_a_draft_awaiting_review_near_its_deadline_is_flagged_in_every_view() {
    let mut app = app_as(Role::Operator, false);
    // Duty 100 (report to the supervisor, raised t0, due t0 + 5 min) gets a draft.
    let draft = message_row(30, 100, crate::domain::message::MessageState::Draft).message;
    let mut row = app.snap.duties[0].clone();
    row.messages = vec![draft];
    app.snap.drafts = vec![row];
    let at = |secs: i64| t0() + Duration::seconds(secs);
    let cases = [(0, 0), (149, 0), (150, 1), (600, 1)];
    for (secs, flagged) in cases {
        app.now = at(secs);
        assert_eq!(app.urgent_drafts(), flagged, "at +{secs} s");
    }
    assert_eq!(app.alert_text(), "! 1 draft(s) due for review");
    // Approved (queued): no longer flagged.
    app.snap.drafts[0].messages[0].state = crate::domain::message::MessageState::Queued;
    assert_eq!(app.urgent_drafts(), 0);
}

#[test]
fn w2_the_console_warns_from_december_when_next_years_calendar_is_missing() {
    let mut app = app_as(Role::Operator, false);
    let at = |y, m, d| chrono::TimeZone::with_ymd_and_hms(&Utc, y, m, d, 2, 0, 0).unwrap();
    let cases = [
        (at(2026, 11, 30), None),
        (at(2026, 12, 1), Some(2027)),
        (at(2027, 3, 1), Some(2027)),
    ];
    for (now, gap) in cases {
        app.now = now;
        assert_eq!(app.calendar_gap(), gap, "{now}");
    }
    app.now = at(2026, 12, 1);
    assert_eq!(app.alert_text(), "! no 2027 calendar");
    // A desk that added 2027 is not warned.
    let mut config = Config::defaults();
    config.calendar.years.push(crate::config::settings::CalendarYear {
        year: 2027,
        off: vec![],
        workdays: vec![],
    });
    app.setup.calendar = crate::domain::calendar::Calendar::from_config(&config);
    assert_eq!(app.calendar_gap(), None);
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

#[test]
fn switching_views_asks_at_once_for_the_new_views_lists_and_lets_go_of_the_old_ones_record() {
    let mut a = app();
    let e = a.update(Action::ViewChanges, t0());
    assert_eq!(
        requests(&e),
        vec![
            &Request::Query(Query {
                view: ViewKind::Changes,
                ..Query::default()
            }),
            &Request::Detail(None),
            &Request::ChangeDetail(Some(3)),
        ]
    );
    let e = a.update(Action::ViewIncidents, t0());
    assert_eq!(
        requests(&e),
        vec![
            &Request::Query(Query::default()),
            &Request::ChangeDetail(None),
            &Request::Detail(Some(1)),
        ]
    );
    assert!(
        requests(&a.update(Action::ViewIncidents, t0())).is_empty(),
        "already there"
    );
    // Sorting and paging ask for the lists of the view on screen.
    a.update(Action::ViewEscalations, t0());
    let e = a.update(Action::SortNext, t0());
    assert!(matches!(requests(&e)[0], Request::Query(q) if q.view == ViewKind::Escalations));
}

#[test]
fn each_view_keeps_its_cursor_and_scroll_while_another_is_on_screen() {
    let mut a = app();
    for _ in 0..3 {
        a.update(Action::Down, t0());
    }
    a.update(Action::DetailDown, t0());
    a.update(Action::ViewOutbox, t0());
    a.update(Action::Down, t0());
    a.update(Action::ViewIncidents, t0());
    assert_eq!(a.views.incidents.queue.sel, 3);
    assert_eq!(a.views.incidents.detail.scroll, 3);
    assert_eq!(a.selected().map(|i| i.id), Some(4));
    // The Outbox's lists come back (its view is not on screen: a late reply): the queue stays.
    let outbox = snapshot_of(&a, ViewKind::Outbox);
    a.on_reply(Reply::Snapshot(Box::new(outbox)), t0());
    assert_eq!(a.views.incidents.queue.sel, 3);
    a.update(Action::ViewOutbox, t0());
    assert_eq!(a.views.outbox.list.sel, 1);
    assert_eq!(a.selected_message().map(|r| r.message.id), Some(11));
}

#[test]
fn a_snapshot_replaces_the_lists_of_its_view_only() {
    let mut a = app();
    let mut changes = snapshot_of(&a, ViewKind::Changes);
    changes.queue.clear();
    changes.changes.clear();
    changes.counts = [0, 0, 0, 1];
    a.on_reply(Reply::Snapshot(Box::new(changes)), t0());
    assert!(a.snap.changes.is_empty(), "the Changes view's list as read");
    assert_eq!(
        a.snap.queue.len(),
        30,
        "the queue as last read while the Incidents view was on screen"
    );
    assert_eq!(
        a.snap.counts,
        [0, 0, 0, 1],
        "what the title bar shows comes with every snapshot"
    );
}

#[test]
fn a_view_whose_lists_have_not_come_yet_is_loading() {
    let mut a = app();
    let incidents = snapshot_of(&a, ViewKind::Incidents);
    let setup = Setup::new(me(Role::Operator), &Config::defaults(), false);
    let mut fresh = App::new(setup, Strings::new(Lang::En), Keymap::defaults(), t0(), (120, 40));
    assert!(!fresh.loaded());
    fresh.on_reply(Reply::Snapshot(Box::new(incidents)), t0());
    assert!(fresh.loaded());
    fresh.update(Action::ViewChanges, t0());
    assert!(!fresh.loaded(), "the Changes view's lists were never read");
    a.update(Action::ViewChanges, t0());
    let changes = snapshot_of(&a, ViewKind::Changes);
    fresh.on_reply(Reply::Snapshot(Box::new(changes)), t0());
    assert!(fresh.loaded());
    assert_eq!(fresh.selected_change().map(|c| c.change.id), Some(3));
}

#[test]
fn a_new_ladder_step_flashes_whatever_view_is_on_screen() {
    let mut a = app();
    a.update(Action::ViewBilling, t0());
    let mut snap = snapshot_of(&a, ViewKind::Billing);
    snap.steps.push(duty(101, 7));
    let effects = a.on_reply(Reply::Snapshot(Box::new(snap)), t0());
    assert!(effects.contains(&Effect::Bell));
    assert!(a.flash_until.is_some_and(|t| t > t0()));
}

/// The Requests view (issue 12): its fixtures and its cases.
mod console;
mod directory;
mod foresee;
mod foresee_steps;
mod forms;
mod knowledge;
mod live_filter;
mod problems;
mod quality;
mod reports;
mod requests;
mod search;
mod sections;
mod sorting;
mod status;
