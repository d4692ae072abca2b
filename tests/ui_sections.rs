//! Issue 19 item 3 on screen: a saved filter's key shows the queue it keeps, its name in the
//! header, in English and 简体中文; Esc takes it away. On a demo desk written at a fixed instant.

use chrono::{DateTime, TimeZone, Utc};
use crossterm::event::{KeyCode, KeyEvent};
use opsdesk::config::Config;
use opsdesk::domain::role::Role;
use opsdesk::ops::console::{self, Query};
use opsdesk::tui::app::{App, Effect, Setup};
use opsdesk::tui::i18n::{Lang, Strings};
use opsdesk::tui::keymap::Keymap;
use opsdesk::tui::model::{Reply, Request};
use opsdesk::tui::views;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 2, 0, 0).unwrap()
}

/// Carry out what the console asked: read each query from the desk and hand it back.
fn serve(desk: &mut opsdesk::ops::Desk, app: &mut App, effects: Vec<Effect>) {
    for e in effects {
        if let Effect::Request(Request::Query(q)) = e {
            let snap = console::snapshot(desk, &q, now()).unwrap();
            app.on_reply(Reply::Snapshot(Box::new(snap)), now());
        }
    }
}

fn screen(app: &App, size: (u16, u16)) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    t.draw(|f| views::render(app, f)).unwrap();
    t
}

#[test]
fn a_saved_filter_shows_its_queue_and_name_in_both_languages() {
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
    for (lang, tag) in [(Lang::En, "en"), (Lang::ZhCn, "zh")] {
        for size in [(80, 24), (120, 40)] {
            let me = desk.actor("duty").unwrap();
            let setup = Setup {
                bell: false,
                desk_name: "IT管理部 运维值班台".into(),
                ..Setup::new(me, &config, false)
            };
            let mut app = App::new(setup, Strings::new(lang), Keymap::defaults(), now(), size);
            let all = console::snapshot(&mut desk, &Query::default(), now()).unwrap();
            app.on_reply(Reply::Snapshot(Box::new(all.clone())), now());
            let effects = app.on_key(KeyEvent::from(KeyCode::F(8)), now());
            serve(&mut desk, &mut app, effects);
            assert!(app.snap.queue.iter().all(|v| v.incident.severity.as_str() <= "P2"));
            assert!(app.snap.queue.len() < all.queue.len());
            insta::assert_snapshot!(
                format!("saved_filter_p1_p2_{tag}_{}x{}", size.0, size.1),
                screen(&app, size).backend()
            );
            let effects = app.on_key(KeyEvent::from(KeyCode::Esc), now());
            serve(&mut desk, &mut app, effects);
            assert_eq!(app.snap.queue.len(), all.queue.len(), "Esc: the whole queue again");
            assert!(app.query.section.is_none());
        }
    }
}

#[test]
fn help_lists_the_saved_filters_and_slash_finds_them() {
    let config = Config::defaults();
    let me = opsdesk::domain::role::Actor {
        login: "duty".into(),
        name: "值班员小周".into(),
        role: Role::Supervisor,
    };
    let mut app = App::new(
        Setup::new(me, &config, false),
        Strings::new(Lang::En),
        Keymap::defaults(),
        now(),
        (120, 40),
    );
    app.update(opsdesk::tui::action::Action::Help, now());
    app.on_key(KeyEvent::from(KeyCode::Char('/')), now());
    for c in "unowned".chars() {
        app.on_key(KeyEvent::from(KeyCode::Char(c)), now());
    }
    let t = screen(&app, (120, 40));
    let buf = t.backend().buffer();
    let s: String = (0..40)
        .map(|y| (0..120).map(|x| buf[(x, y)].symbol()).collect::<String>() + "\n")
        .collect();
    assert!(s.contains("Saved filters of the incident queue"), "{s}");
    assert!(s.contains("f7") && s.contains("unowned"), "{s}");
    assert!(!s.contains("f6 "), "only what matches: {s}");
}
