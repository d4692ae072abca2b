//! The Reports view (issue 15, item 8) at 80x24 and 160x48, in English and 简体中文, on the demo
//! desk written at a fixed instant (its year of history, item 9): each of its five pages as text
//! snapshots (insta), and the keys that move between them.

#[path = "common/frame.rs"]
mod frame;

use chrono::{DateTime, TimeZone, Utc};
use opsdesk::config::Config;
use opsdesk::domain::role::{Actor, Role};
use opsdesk::ops::console::{self, Query, ViewKind};
use opsdesk::tui::action::Action;
use opsdesk::tui::app::{App, REPORT_PAGES, Setup};
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

fn me() -> Actor {
    Actor {
        login: "duty".into(),
        name: "值班员小周".into(),
        role: Role::Supervisor,
    }
}

struct Fixture {
    _dir: tempfile::TempDir,
    snap: console::Snapshot,
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
        view: ViewKind::Reports,
        ..Query::default()
    };
    let snap = console::snapshot(&mut desk, &query, now()).unwrap();
    Fixture {
        _dir: dir,
        snap,
        config,
    }
}

fn console_of(f: &Fixture, lang: Lang, size: (u16, u16)) -> App {
    let setup = Setup {
        desk_name: "IT管理部 运维值班台".into(),
        bell: false,
        ..Setup::new(me(), &f.config, false)
    };
    let mut a = App::new(setup, Strings::new(lang), Keymap::defaults(), now(), size);
    a.update(Action::ViewReports, now());
    a.on_reply(Reply::Snapshot(Box::new(f.snap.clone())), now());
    a
}

fn text(app: &App, size: (u16, u16)) -> String {
    let mut t = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    t.draw(|f| views::render(app, f)).unwrap();
    let buf = t.backend().buffer();
    frame::text(buf)
}

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];
const LANGS: [(Lang, &str); 2] = [(Lang::En, "en"), (Lang::ZhCn, "zh")];
const PAGES: [&str; 5] = ["incidents", "restore", "quality", "outages", "ranking"];

#[test]
fn q1_q3_i11_the_reports_view_pages_in_both_languages_at_both_sizes() {
    let f = fixture();
    assert_eq!(PAGES.len(), REPORT_PAGES.len());
    for size in SIZES {
        for (lang, tag) in LANGS {
            let mut a = console_of(&f, lang, size);
            for (i, page) in PAGES.iter().enumerate() {
                if i > 0 {
                    a.update(Action::Down, now());
                }
                let screen = text(&a, size);
                insta::assert_snapshot!(format!("reports_{page}_{tag}_{}x{}", size.0, size.1), screen);
            }
        }
    }
}

#[test]
fn q1_the_pages_move_with_the_list_keys_and_stop_at_either_end() {
    let f = fixture();
    let size = (80, 24);
    let mut a = console_of(&f, Lang::En, size);
    let header = |a: &App| text(a, size).lines().nth(2).unwrap().to_string();
    assert!(header(&a).contains("[1 Incidents]"), "{}", header(&a));
    a.update(Action::Up, now());
    assert!(header(&a).contains("[1 Incidents]"), "the first page stays first");
    a.update(Action::Bottom, now());
    assert!(header(&a).contains("[5 Ranking]"), "{}", header(&a));
    a.update(Action::Down, now());
    assert!(header(&a).contains("[5 Ranking]"), "the last page stays last");
    a.update(Action::Up, now());
    assert!(header(&a).contains("[4 Outages]"), "{}", header(&a));
    // The footer says how to move.
    let screen = text(&a, size);
    assert!(screen.lines().last().unwrap().contains("j/k page"), "{screen}");
    // Another view and back: the page is kept.
    a.update(Action::ViewIncidents, now());
    a.update(Action::ViewReports, now());
    assert!(header(&a).contains("[4 Outages]"), "{}", header(&a));
}

#[test]
fn q1_the_demo_year_fills_every_chart() {
    let f = fixture();
    let c = f.snap.reports.as_deref().expect("the charts");
    assert_eq!(c.days.len(), 30);
    assert_eq!(c.months.len(), 12);
    assert!(c.months.iter().all(|m| m.1 > 0), "a year of incidents: {:?}", c.months);
    assert_eq!(c.weeks.len(), 12);
    assert!(c.weeks.iter().all(|w| w.received > 0 && w.median_seconds.is_some()));
    assert!(c.weeks.iter().any(|w| w.steps[2] > 0), "some reached the leader");
    // The year's incidents have their duties too: every week has some met, a few missed.
    assert!(c.weeks.iter().all(|w| w.duties_met > 0), "{:?}", c.weeks);
    assert!(
        c.weeks.iter().filter(|w| w.duties_missed > 0).count() >= 6,
        "{:?}",
        c.weeks
    );
    assert!(c.ratings.iter().filter(|n| **n > 0).count() >= 3, "{:?}", c.ratings);
    assert!(c.budgets.iter().any(|b| b.service == "billing" && b.monthly_breach));
    assert!(!c.ranking.rows.is_empty());
}
