//! Issue 19 on screen: ids whole at 80 columns, the footer offering only the steps the selected
//! incident can take, help with this view's keys first and `/` searching it. On a demo desk
//! written at a fixed instant, drawn to a test backend.

use chrono::{DateTime, TimeZone, Utc};
use crossterm::event::{KeyCode, KeyEvent};
use opsdesk::config::Config;
use opsdesk::domain::incident::Status;
use opsdesk::domain::role::Role;
use opsdesk::ops::console::{self, Query};
use opsdesk::tui::action::Action;
use opsdesk::tui::app::{App, Popup, Setup};
use opsdesk::tui::i18n::{Lang, Strings};
use opsdesk::tui::keymap::Keymap;
use opsdesk::tui::model::Reply;
use opsdesk::tui::views;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 2, 0, 0).unwrap()
}

/// A console of the demo desk's supervisor with the Incidents view read.
fn console(size: (u16, u16)) -> (tempfile::TempDir, App) {
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
    let snap = console::snapshot(&mut desk, &Query::default(), now()).unwrap();
    let me = desk.actor("duty").unwrap();
    let setup = Setup {
        bell: false,
        ..Setup::new(me, &config, false)
    };
    let mut app = App::new(setup, Strings::new(Lang::En), Keymap::defaults(), now(), size);
    app.on_reply(Reply::Snapshot(Box::new(snap)), now());
    (dir, app)
}

fn screen(app: &App, size: (u16, u16)) -> Vec<String> {
    let mut t = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    t.draw(|f| views::render(app, f)).unwrap();
    let buf = t.backend().buffer();
    (0..size.1)
        .map(|y| (0..size.0).map(|x| buf[(x, y)].symbol().to_string()).collect())
        .collect()
}

fn key(c: char) -> KeyEvent {
    KeyEvent::from(KeyCode::Char(c))
}

#[test]
fn ids_of_six_digits_and_more_show_whole_at_80_columns() {
    let (_dir, mut a) = console((80, 24));
    let mut snap = a.snap.clone();
    for (v, id) in snap.queue.iter_mut().zip([100_000, 123_456, 1_234_567]) {
        v.incident.id = id;
    }
    a.on_reply(Reply::Snapshot(Box::new(snap)), now());
    let s = screen(&a, (80, 24));
    for id in ["100000 ", "123456 ", "1234567 "] {
        assert!(s.iter().any(|l| l.starts_with(id)), "{id} whole in:\n{}", s.join("\n"));
    }
    // Status, owner and age keep their columns at 80.
    let header = s.iter().find(|l| l.starts_with("id ")).unwrap();
    for col in ["status", "owner", "age"] {
        assert!(header.contains(col), "{col} in {header}");
    }
}

#[test]
fn the_footer_offers_only_the_steps_the_selected_incident_can_take() {
    let (_dir, mut a) = console((200, 40));
    let footer = |a: &App| screen(a, (200, 40)).pop().unwrap();
    for (status, offered, not) in [
        (Status::Accepted, "r restore", "v verify"),
        (Status::Resolved, "v verify", "r restore"),
        (Status::Restored, "R resolve", "r restore"),
    ] {
        let mut snap = a.snap.clone();
        snap.queue[0].incident.status = status;
        a.on_reply(Reply::Snapshot(Box::new(snap)), now());
        let f = footer(&a);
        assert!(f.contains(offered) && !f.contains(not), "{status:?}: {f}");
    }
}

#[test]
fn help_shows_this_views_keys_first_and_slash_searches_it() {
    let (_dir, mut a) = console((120, 40));
    a.update(Action::Help, now());
    let s = screen(&a, (120, 40)).join("\n");
    let here = s.find("In this view").expect("this view's group");
    let every = s.find("Every key").unwrap_or(usize::MAX);
    assert!(here < every, "{s}");
    a.on_key(key('/'), now());
    for c in "clipboard".chars() {
        a.on_key(key(c), now());
    }
    a.on_key(KeyEvent::from(KeyCode::Enter), now());
    let s = screen(&a, (120, 40)).join("\n");
    assert!(s.contains("ctrl-o") && s.contains("search: clipboard"), "{s}");
    assert!(!s.contains("Add a handling note"), "only what matches: {s}");
    // Esc drops the search, Esc again closes help.
    a.on_key(KeyEvent::from(KeyCode::Esc), now());
    assert!(matches!(&a.popup, Some(Popup::Help { search: None, .. })));
    a.on_key(KeyEvent::from(KeyCode::Esc), now());
    assert!(a.popup.is_none());
}
