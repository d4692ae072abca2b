//! The Requests view (issue 12) rendered at 80x24 and 160x48, in English and 简体中文, on the demo
//! desk written at a fixed instant: its list and a request in full, the accounts to remove, and
//! its forms (text snapshots, insta), plus what a snapshot cannot hold.

#[path = "common/frame.rs"]
mod frame;

use chrono::{DateTime, TimeZone, Utc};
use opsdesk::config::Config;
use opsdesk::domain::request::ClockState;
use opsdesk::domain::role::{Actor, Role};
use opsdesk::ops::console::{self, Query, ViewKind};
use opsdesk::tui::action::Action;
use opsdesk::tui::app::{App, Setup};
use opsdesk::tui::i18n::{Lang, Strings};
use opsdesk::tui::keymap::Keymap;
use opsdesk::tui::model::{Reply, RequestDetail};
use opsdesk::tui::views;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// 2026-11-20 10:00:00 in Shanghai (a Friday).
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 2, 0, 0).unwrap()
}

struct Fixture {
    _dir: tempfile::TempDir,
    snapshot: console::Snapshot,
    /// Every open request in full, as the worker reads them for the detail pane.
    details: Vec<RequestDetail>,
    config: Config,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let config = Config::defaults();
    let mut desk = opsdesk::demo::write(
        &dir.path().join("demo.db"),
        config.clone(),
        "duty",
        "值班员小周",
        Role::Supervisor,
        7,
        now(),
    )
    .unwrap();
    let query = Query {
        view: ViewKind::Requests,
        ..Query::default()
    };
    let snapshot = console::snapshot(&mut desk, &query, now()).unwrap();
    let me = desk.actor("duty").unwrap();
    let details = snapshot
        .requests
        .iter()
        .map(|v| {
            console::request_detail(&mut desk, v.request.id, &me, now())
                .unwrap()
                .unwrap()
        })
        .collect();
    Fixture {
        _dir: dir,
        snapshot,
        details,
        config,
    }
}

/// A console in `lang` on the Requests view, its lists read, on the first request whose clock
/// `pick` likes, that request read in full.
fn app(f: &Fixture, lang: Lang, size: (u16, u16), pick: impl Fn(&ClockState) -> bool) -> App {
    let me = Actor {
        login: "duty".into(),
        name: "值班员小周".into(),
        role: Role::Supervisor,
    };
    let setup = Setup {
        desk_name: "IT管理部 运维值班台".into(),
        bell: false,
        ..Setup::new(me, &f.config, false)
    };
    let mut a = App::new(setup, Strings::new(lang), Keymap::defaults(), now(), size);
    a.update(Action::ViewRequests, now());
    a.on_reply(Reply::Snapshot(Box::new(f.snapshot.clone())), now());
    let at = f
        .snapshot
        .requests
        .iter()
        .position(|v| pick(&v.clock.state))
        .expect("the demo has such a request");
    for _ in 0..at {
        a.update(Action::Down, now());
    }
    let id = f.snapshot.requests[at].request.id;
    let detail = f.details.iter().find(|d| d.view.request.id == id).cloned();
    a.on_reply(Reply::RequestDetail(Box::new(detail)), now());
    a
}

fn draw(app: &App, size: (u16, u16)) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    t.draw(|f| views::render(app, f)).unwrap();
    t
}

fn text(app: &App, size: (u16, u16)) -> String {
    let t = draw(app, size);
    let buf = t.backend().buffer();
    frame::text(buf)
}

const SIZES: [(u16, u16); 4] = [(80, 24), (120, 40), (160, 48), (200, 60)];
const LANGS: [(Lang, &str); 2] = [(Lang::En, "en"), (Lang::ZhCn, "zh")];

fn paused(c: &ClockState) -> bool {
    matches!(c, ClockState::Paused { .. })
}

fn running(c: &ClockState) -> bool {
    matches!(c, ClockState::Running { .. })
}

fn each(f: &Fixture, name: &str, pick: fn(&ClockState) -> bool, setup: impl Fn(&mut App)) {
    for size in SIZES {
        for (lang, tag) in LANGS {
            let mut a = app(f, lang, size, pick);
            setup(&mut a);
            let t = draw(&a, size);
            insta::assert_snapshot!(format!("{name}_{tag}_{}x{}", size.0, size.1), t.backend());
        }
    }
}

#[test]
fn r7_the_requests_view_and_its_forms_in_both_languages_at_both_sizes() {
    let f = fixture();
    // The list, most urgent first, and a paused request in full: its clock says why.
    each(&f, "requests", paused, |_| {});
    // R3: the accounts to remove, one in full.
    each(&f, "request_removals", running, |a| {
        a.update(Action::FocusNext, now());
    });
    // R7: the pause form on a running request.
    each(&f, "request_pause_form", running, |a| {
        a.update(Action::Pause, now());
    });
    // R1-R5: a new request, laid out for a requirement.
    each(&f, "new_request_form", running, |a| {
        a.update(Action::New, now());
    });
}

#[test]
fn r7_every_open_request_shows_its_clock_in_the_list_and_a_paused_one_its_reason() {
    let f = fixture();
    for (lang, paused_word) in [(Lang::En, "paused: "), (Lang::ZhCn, "已暂停：")] {
        let a = app(&f, lang, (160, 48), paused);
        let screen = text(&a, (160, 48));
        let reason = match &a.current_request().unwrap().clock.state {
            ClockState::Paused { reason, .. } => reason.clone(),
            other => panic!("not paused: {other:?}"),
        };
        assert!(
            screen.contains(&format!("{paused_word}{reason}")),
            "{lang:?}: the detail's clock says why it stands still:\n{screen}"
        );
        // Each row of the list (up to the pane's height) has its clock word.
        let rows = f.snapshot.requests.len().min(18);
        let list: Vec<&str> = screen.lines().skip(4).take(rows).collect();
        assert_eq!(list.len(), rows);
        for (row, v) in list.iter().zip(&f.snapshot.requests) {
            assert!(row.contains(&v.request.id.to_string()), "{row}");
        }
    }
}

#[test]
fn r4_an_extractions_classification_is_shown_before_its_title_in_the_list() {
    let f = fixture();
    let classified: Vec<String> = f
        .snapshot
        .requests
        .iter()
        // Those on the first screen.
        .take(18)
        .filter_map(|v| v.request.classification.map(|c| format!("[{}] ", c.chinese())))
        .collect();
    assert!(!classified.is_empty(), "the demo has classified extractions open");
    let a = app(&f, Lang::En, (160, 48), running);
    let screen = text(&a, (160, 48));
    for mark in classified {
        assert!(screen.contains(&mark), "{mark} missing:\n{screen}");
    }
}

#[test]
fn presence_another_person_on_the_same_request_is_named_in_its_detail() {
    let f = fixture();
    let mut a = app(&f, Lang::En, (160, 48), paused);
    let id = a.current_request().unwrap().request.id;
    let mut d = f.details.iter().find(|d| d.view.request.id == id).cloned().unwrap();
    assert!(!text(&a, (160, 48)).contains("韩梅梅"));
    d.also_here = vec!["韩梅梅".into()];
    a.on_reply(Reply::RequestDetail(Box::new(Some(d))), now());
    let screen = text(&a, (160, 48));
    let line = screen.lines().find(|l| l.contains("韩梅梅")).expect("named");
    assert!(line.contains("also"), "{line}");
}

#[test]
fn a_request_with_control_characters_in_its_text_draws_none_of_them() {
    let f = fixture();
    let mut snap = f.snapshot.clone();
    snap.requests[0].request.title = "计费\x1b[31m帐号\x07".into();
    snap.requests[0].request.requester = "孙丽\x1b]0;x\x07".into();
    let mut a = app(&f, Lang::En, (160, 48), running);
    a.on_reply(Reply::Snapshot(Box::new(snap)), now());
    a.update(Action::Top, now());
    let t = draw(&a, (160, 48));
    let buf = t.backend().buffer();
    assert!(
        buf.content().iter().all(|c| !c.symbol().chars().any(char::is_control)),
        "a control character reached the screen"
    );
}

#[test]
fn no_size_panics_in_the_requests_view() {
    let f = fixture();
    for action in [None, Some(Action::FocusNext), Some(Action::New), Some(Action::Pause)] {
        let mut a = app(&f, Lang::ZhCn, (80, 24), running);
        if let Some(action) = action {
            a.update(action, now());
        }
        for w in (0..=200).step_by(13) {
            for h in (0..=50).step_by(3) {
                a.on_resize(w, h);
                draw(&a, (w, h));
            }
        }
    }
}
