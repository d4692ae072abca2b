//! Issue 20 on screen: a console whose desk's server cannot be reached says so first in its
//! title bar, in either language and at 80 columns as at 160, keeps what it showed, and says
//! when the server is back. On a demo desk written at a fixed instant, drawn to a test backend.

use chrono::{DateTime, TimeZone, Utc};
use opsdesk::config::Config;
use opsdesk::domain::role::Role;
use opsdesk::ops::console::{self, Query};
use opsdesk::tui::app::{App, Setup};
use opsdesk::tui::i18n::{Lang, Strings};
use opsdesk::tui::keymap::Keymap;
use opsdesk::tui::model::Reply;
use opsdesk::tui::views;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 2, 0, 0).unwrap()
}

/// What `PgDesk::away` says while its server is down.
const AWAY: &str = "the connection was lost; reconnecting: postgresql://desk@/desk?host=%2Frun%2Fpg: cannot connect: error connecting to server: Connection refused (os error 111)";

fn screen(app: &App, size: (u16, u16)) -> String {
    let mut t = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    t.draw(|f| views::render(app, f)).unwrap();
    let buf = t.backend().buffer();
    (0..size.1)
        .map(|y| {
            (0..size.0)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_title_bar_says_the_server_is_away_and_the_status_line_that_it_is_back() {
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
    for (lang, tag, away, back) in [
        (
            Lang::En,
            "en",
            "! desk's server: the connection was lost",
            "server is back",
        ),
        (Lang::ZhCn, "zh", "! 与服务器的连接中断，正在重连", "已重新连上服务器"),
    ] {
        for size in [(80, 24), (160, 48)] {
            let setup = Setup {
                bell: false,
                ..Setup::new(me.clone(), &config, false)
            };
            let mut app = App::new(setup, Strings::new(lang), Keymap::defaults(), now(), size);
            app.on_reply(Reply::Snapshot(Box::new(snap.clone())), now());
            let before = screen(&app, size);
            app.on_reply(Reply::Away(Some(AWAY.into())), now());
            let shown = screen(&app, size);
            let title = shown.lines().next().unwrap();
            // The alert first in the title bar; the status line says it whole (at 80 columns
            // the title bar has room for its first cells only).
            assert!(title.trim_start().starts_with("! "), "{tag} {size:?}: {title}");
            // (A wide character's second cell reads as a space here.)
            let squeezed = |t: &str| t.replace(' ', "");
            assert!(
                squeezed(shown.lines().last().unwrap()).contains(&squeezed(away)),
                "{tag} {size:?}: {shown}"
            );
            // What was on screen stays on screen below it.
            assert_eq!(
                shown.lines().skip(2).take(8).collect::<Vec<_>>(),
                before.lines().skip(2).take(8).collect::<Vec<_>>()
            );
            insta::assert_snapshot!(format!("away_{tag}_{}x{}", size.0, size.1), shown);
            app.on_reply(Reply::Away(None), now());
            let again = screen(&app, size);
            assert!(!squeezed(&again).contains(&squeezed(away)), "{again}");
            assert!(squeezed(&again).contains(&squeezed(back)), "{tag} {size:?}: {again}");
        }
    }
}
