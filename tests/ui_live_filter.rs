//! Issue 18, the live filter on screen: the queue's header says "counting…" while the filtered
//! count is on its way (the page is shown already), then the count; in English and Chinese, at
//! 80x24 and 160x48. The console drawn from a real demo desk's snapshot.

use chrono::{DateTime, TimeZone, Utc};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use opsdesk::config::Config;
use opsdesk::domain::role::Role;
use opsdesk::ops::console::{self, Query};
use opsdesk::store::incidents::queue_count;
use opsdesk::tui::action::Action;
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

fn screen(a: &App) -> String {
    let mut term = Terminal::new(TestBackend::new(a.size.0, a.size.1)).unwrap();
    term.draw(|f| views::render(a, f)).unwrap();
    let buf = term.backend().buffer();
    (0..buf.area.height)
        .map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect::<String>() + "\n")
        .collect()
}

#[test]
fn the_header_says_counting_until_the_filtered_count_comes() {
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
    let me = desk.actor("duty").unwrap();
    for (lang, counting, counted) in [
        (Lang::En, "Open incidents (counting…)", "Open incidents ("),
        (Lang::ZhCn, "未关闭故障（计数中…）", "未关闭故障（"),
    ] {
        for size in [(80, 24), (160, 48)] {
            let mut a = App::new(
                Setup::new(me.clone(), &config, false),
                Strings::new(lang),
                Keymap::defaults(),
                now(),
                size,
            );
            let first = console::snapshot(&mut desk, &Query::default(), now()).unwrap();
            a.on_reply(Reply::Snapshot(Box::new(first)), now());
            a.update(Action::Filter, now());
            let mut query = None;
            for c in "billing".chars() {
                for e in a.on_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE), now()) {
                    if let Effect::Request(Request::Query(q)) = e {
                        query = Some(q);
                    }
                }
            }
            let q = query.expect("each key reads the queue");
            // The worker's answer: the page, its count left to the counting thread.
            let page = console::snapshot(&mut desk, &q, now()).unwrap();
            assert_eq!(page.queue_total, console::COUNTED_APART);
            assert!(!page.queue.is_empty());
            let first_id = page.queue[0].incident.id;
            a.on_reply(Reply::Snapshot(Box::new(page)), now());
            let s = screen(&a);
            // (A wide character's second cell reads as a space here: compared without spaces.)
            let bare = |s: &str| s.replace(' ', "");
            assert!(bare(&s).contains(&bare(counting)), "{lang:?} {size:?}: {s}");
            assert!(
                s.lines().any(|l| l.starts_with(&format!("{first_id} "))),
                "the page is on screen: {s}"
            );
            // The count comes.
            let f = console::filter::queue(&q);
            let n = queue_count(desk.store.conn(), &f, now()).unwrap();
            a.on_reply(
                Reply::QueueCount {
                    filter: f,
                    total: Ok(n),
                },
                now(),
            );
            let s = screen(&a);
            assert!(!bare(&s).contains(&bare(counting)), "{lang:?} {size:?}: {s}");
            assert!(
                bare(&s).contains(&bare(&format!("{counted}{n}"))),
                "{lang:?} {size:?} {n}: {s}"
            );
        }
    }
}
