//! The footer offers only the keys that work here (issue 19, item 6): for the selected record's
//! state, the user's role, and none that change anything in a read-only console. Drawn headless
//! on a demo desk, in English and 简体中文, at 80x24 and 120x40; the snapshots hold the footer.

use chrono::{DateTime, TimeZone, Utc};
use opsdesk::config::Config;
use opsdesk::domain::incident::Status;
use opsdesk::domain::role::{Actor, Role};
use opsdesk::ops::console::{self, Query};
use opsdesk::tui::action::Action;
use opsdesk::tui::app::{App, Setup};
use opsdesk::tui::i18n::{Lang, Strings};
use opsdesk::tui::keymap::Keymap;
use opsdesk::tui::model::Reply;
use opsdesk::tui::views;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// 2026-11-20 10:00:00 in Shanghai.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 2, 0, 0).unwrap()
}

struct Fixture {
    _dir: tempfile::TempDir,
    snapshot: console::Snapshot,
    config: Config,
    me: Actor,
}

/// The demo desk as an operator's: the queue as the console reads it.
fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let config = Config::defaults();
    let mut desk = opsdesk::demo::write(
        &dir.path().join("demo.db"),
        config.clone(),
        "duty",
        "值班员小周",
        Role::Operator,
        7,
        now(),
    )
    .unwrap();
    let me = desk.actor("duty").unwrap();
    let query = Query::default();
    let snapshot = console::snapshot(&mut desk, &query, now()).unwrap();
    Fixture {
        _dir: dir,
        snapshot,
        config,
        me,
    }
}

fn console(f: &Fixture, lang: Lang, size: (u16, u16), read_only: bool) -> App {
    let setup = Setup {
        desk_name: "IT管理部 运维值班台".into(),
        bell: false,
        ..Setup::new(f.me.clone(), &f.config, read_only)
    };
    let mut app = App::new(setup, Strings::new(lang), Keymap::defaults(), now(), size);
    app.on_reply(Reply::Snapshot(Box::new(f.snapshot.clone())), now());
    app
}

/// Select the first incident of the queue that `wanted` picks.
fn select(app: &mut App, wanted: impl Fn(&opsdesk::domain::incident::Incident) -> bool) {
    let row = app
        .snap
        .queue
        .iter()
        .position(|v| wanted(&v.incident))
        .expect("the demo has such an incident");
    for _ in 0..row {
        app.update(Action::Down, now());
    }
}

/// The footer as drawn: the screen's last line.
fn footer(app: &App, size: (u16, u16)) -> String {
    let mut t = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    t.draw(|f| views::render(app, f)).unwrap();
    let screen = format!("{}", t.backend());
    // Wide glyphs are listed after the line; the line is what is between its quotes.
    let last = screen.lines().last().unwrap_or_default();
    last.split(" Hidden by").next().unwrap_or_default().to_string()
}

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];
const LANGS: [(Lang, &str); 2] = [(Lang::En, "en"), (Lang::ZhCn, "zh")];

#[test]
fn the_footer_offers_the_keys_of_the_selected_incidents_state_and_role() {
    let f = fixture();
    for size in SIZES {
        for (lang, tag) in LANGS {
            // A report nobody has taken: accept it; not restore it yet.
            let mut a = console(&f, lang, size, false);
            select(&mut a, |i| i.status == Status::Reported && i.owner.is_none());
            let shown = footer(&a, size);
            let accept = a.s.t("short.accept").to_string();
            let restore = a.s.t("short.restore").to_string();
            assert!(shown.contains(&accept), "{shown}");
            assert!(!shown.contains(&restore), "{shown}");
            insta::assert_snapshot!(format!("footer_reported_{tag}_{}x{}", size.0, size.1), shown);
            // Another operator's incident: an operator takes no step on it (U4).
            let mut a = console(&f, lang, size, false);
            select(&mut a, |i| {
                i.is_open() && i.owner.as_deref().is_some_and(|o| o != "duty")
            });
            let shown = footer(&a, size);
            assert!(!shown.contains(&accept), "{shown}");
            assert!(!shown.contains(&restore), "{shown}");
            insta::assert_snapshot!(format!("footer_others_{tag}_{}x{}", size.0, size.1), shown);
        }
    }
}

#[test]
fn a_read_only_footer_has_no_key_that_changes_anything() {
    let f = fixture();
    for size in SIZES {
        for (lang, tag) in LANGS {
            let mut a = console(&f, lang, size, true);
            select(&mut a, |i| i.status == Status::Reported && i.owner.is_none());
            let shown = footer(&a, size);
            for action in Action::ALL.iter().filter(|x| x.mutates()) {
                // Drawn as its key and its word.
                let key = a.keys.first_key(*action).unwrap_or_default();
                let word = a.s.t(&format!("short.{}", action.name())).to_string();
                assert!(!shown.contains(&format!("{key} {word} ")), "{action:?} in {shown}");
            }
            assert!(shown.contains(a.s.t("short.help")), "{shown}");
            insta::assert_snapshot!(format!("footer_read_only_{tag}_{}x{}", size.0, size.1), shown);
        }
    }
}
