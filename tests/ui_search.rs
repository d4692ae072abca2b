//! The global search popup (issue 14) rendered at 80x24 and 160x48, in English and 简体中文, over
//! the demo desk written at a fixed instant: the words typed and the hits the real search finds
//! on that desk (closed records among them), the first one's match highlighted.

use chrono::{DateTime, TimeZone, Utc};
use opsdesk::config::Config;
use opsdesk::domain::role::{Actor, Role};
use opsdesk::ops::console::{self, Query};
use opsdesk::store::search::find::Query as SearchQuery;
use opsdesk::tui::action::Action;
use opsdesk::tui::app::{App, Popup, Setup};
use opsdesk::tui::i18n::{Lang, Strings};
use opsdesk::tui::keymap::Keymap;
use opsdesk::tui::model::Reply;
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
    hits: Vec<opsdesk::ops::search::Hit>,
    config: Config,
}

fn fixture(words: &str) -> Fixture {
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
    let snapshot = console::snapshot(&mut desk, &Query::default(), now()).unwrap();
    let q = SearchQuery {
        text: words.into(),
        limit: 30,
        ..SearchQuery::default()
    };
    let hits = opsdesk::ops::search::search(desk.store.conn(), &q).unwrap();
    Fixture {
        _dir: dir,
        snapshot,
        hits,
        config,
    }
}

fn app(f: &Fixture, lang: Lang, size: (u16, u16), words: &str) -> App {
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
    a.on_reply(Reply::Snapshot(Box::new(f.snapshot.clone())), now());
    a.update(Action::Search, now());
    for c in words.chars() {
        a.on_key(
            crossterm::event::KeyEvent::new(crossterm::event::KeyCode::Char(c), crossterm::event::KeyModifiers::NONE),
            now(),
        );
    }
    a.on_reply(
        Reply::Search {
            text: words.into(),
            hits: Ok(f.hits.clone()),
        },
        now(),
    );
    a
}

fn draw(app: &App, size: (u16, u16)) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    t.draw(|f| views::render(app, f)).unwrap();
    t
}

#[test]
fn the_search_popup_in_both_languages_at_both_sizes() {
    let f = fixture("短信");
    assert!(
        f.hits.iter().any(|h| !h.open),
        "closed records are found too: {:?}",
        f.hits
    );
    for size in [(80, 24), (160, 48)] {
        for (lang, tag) in [(Lang::En, "en"), (Lang::ZhCn, "zh")] {
            let a = app(&f, lang, size, "短信");
            assert!(matches!(a.popup, Some(Popup::Search(_))));
            let t = draw(&a, size);
            insta::assert_snapshot!(format!("search_{tag}_{}x{}", size.0, size.1), t.backend());
        }
    }
}

#[test]
fn nothing_found_says_so_and_no_size_panics() {
    let f = fixture("鲸鱼");
    assert!(f.hits.is_empty());
    for (lang, tag) in [(Lang::En, "en"), (Lang::ZhCn, "zh")] {
        let a = app(&f, lang, (80, 24), "鲸鱼");
        let t = draw(&a, (80, 24));
        insta::assert_snapshot!(format!("search_none_{tag}"), t.backend());
        for w in [1, 10, 30, 200] {
            for h in [1, 5, 12, 60] {
                draw(&a, (w, h));
            }
        }
    }
}
