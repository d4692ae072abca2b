//! Emergencies in the console (issue 16) at 80x24 and 160x48, in English and 简体中文, on the demo
//! desk written at a fixed instant: the Plans view (the plans, the selected one with its group,
//! steps and drills), and, after a major incident is declared on it, the banner every view shows
//! and the response's clock and timeline in the incident's detail (text snapshots, insta).

#[path = "common/frame.rs"]
mod frame;

use chrono::{DateTime, Duration, TimeZone, Utc};
use opsdesk::config::Config;
use opsdesk::domain::emergency::Declaration;
use opsdesk::domain::role::{Actor, Role};
use opsdesk::ops::console::{self, Query, ViewKind};
use opsdesk::ops::{Call, emergency};
use opsdesk::tui::action::Action;
use opsdesk::tui::app::{App, Setup};
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
    plans: console::Snapshot,
    /// The Incidents view after the declaration, and the declared incident in full.
    incidents: console::Snapshot,
    detail: Option<console::Detail>,
    config: Config,
}

/// The demo desk; then the open billing incident declared major 10 minutes before `now` on the
/// billing plan.
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
    let plans = console::snapshot(
        &mut desk,
        &Query {
            view: ViewKind::Plans,
            ..Query::default()
        },
        now(),
    )
    .unwrap();
    assert!(plans.banners.is_empty(), "the demo has no active response");
    let queue = console::snapshot(&mut desk, &Query::default(), now()).unwrap();
    let target = queue.queue.first().expect("an open incident").incident.clone();
    let me = desk.actor("duty").unwrap();
    let plan = plans
        .plans
        .iter()
        .find(|p| p.plan.services.contains(&"billing".to_string()))
        .unwrap();
    let d = Declaration {
        reason: "全省计费中断".into(),
        at: Some((now() - Duration::minutes(10)).max(target.received_at)),
        auto: false,
    };
    emergency::declare(&mut desk, &Call::new(&me, now()), target.id, plan.plan.id, &d).unwrap();
    let incidents = console::snapshot(&mut desk, &Query::default(), now()).unwrap();
    let detail = console::detail(&mut desk, target.id, &me, now()).unwrap();
    Fixture {
        _dir: dir,
        plans,
        incidents,
        detail,
        config,
    }
}

fn console_of(f: &Fixture, lang: Lang, size: (u16, u16)) -> App {
    let setup = Setup {
        desk_name: "IT管理部 运维值班台".into(),
        bell: false,
        ..Setup::new(me(), &f.config, false)
    };
    App::new(setup, Strings::new(lang), Keymap::defaults(), now(), size)
}

fn text(app: &App, size: (u16, u16)) -> String {
    let mut t = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    t.draw(|f| views::render(app, f)).unwrap();
    let buf = t.backend().buffer();
    frame::text(buf)
}

const SIZES: [(u16, u16); 4] = [(80, 24), (120, 40), (160, 48), (200, 60)];
const LANGS: [(Lang, &str); 2] = [(Lang::En, "en"), (Lang::ZhCn, "zh")];

#[test]
fn e1_the_plans_view_and_e2_the_banner_and_the_response_in_both_languages_at_both_sizes() {
    let f = fixture();
    for size in SIZES {
        for (lang, tag) in LANGS {
            // The Plans view: the billing plan selected, with its group, steps and drills.
            let mut a = console_of(&f, lang, size);
            a.update(Action::ViewPlans, now());
            a.on_reply(Reply::Snapshot(Box::new(f.plans.clone())), now());
            let at = f
                .plans
                .plans
                .iter()
                .position(|p| p.plan.services == ["billing"])
                .unwrap();
            for _ in 0..at {
                a.update(Action::Down, now());
            }
            insta::assert_snapshot!(format!("plans_{tag}_{}x{}", size.0, size.1), text(&a, size));
            // n: the form that schedules a drill of it.
            a.update(Action::New, now());
            insta::assert_snapshot!(format!("schedule_drill_{tag}_{}x{}", size.0, size.1), text(&a, size));
            // The Incidents view with the banner; the declared incident in full.
            let mut a = console_of(&f, lang, size);
            a.on_reply(Reply::Snapshot(Box::new(f.incidents.clone())), now());
            a.on_reply(Reply::Detail(Box::new(f.detail.clone())), now());
            let screen = text(&a, size);
            insta::assert_snapshot!(format!("banner_{tag}_{}x{}", size.0, size.1), screen);
        }
    }
}

#[test]
fn e2_the_banner_counts_since_the_declaration_and_down_to_the_next_report_in_every_view() {
    let f = fixture();
    let size = (160, 48);
    let mut a = console_of(&f, Lang::En, size);
    a.on_reply(Reply::Snapshot(Box::new(f.incidents.clone())), now());
    let banner = |a: &App| text(a, size).lines().nth(1).unwrap().to_string();
    let first = banner(&a);
    assert!(
        first.contains("MAJOR INCIDENT #")
            && first.contains("declared 10m ago")
            && first.contains("next progress report in 20m 00s"),
        "{first}"
    );
    // Every view shows it.
    for action in [
        Action::ViewEscalations,
        Action::ViewChanges,
        Action::ViewBilling,
        Action::ViewOutbox,
        Action::ViewRequests,
        Action::ViewPlans,
    ] {
        a.update(action, now());
        assert_eq!(banner(&a), first, "{action:?}");
    }
    // The clock runs between reads: 25 minutes on, the report is 5 minutes away; past the
    // interval, the next one's countdown.
    a.update(Action::ViewIncidents, now());
    a.on_tick(now() + Duration::minutes(15));
    assert!(
        banner(&a).contains("declared 25m ago") && banner(&a).contains("next progress report in 5m 00s"),
        "{}",
        banner(&a)
    );
    a.on_tick(now() + Duration::minutes(21));
    assert!(banner(&a).contains("next progress report in 29m 00s"), "{}", banner(&a));
    // The detail has the response's clock and its duties.
    a.on_reply(Reply::Detail(Box::new(f.detail.clone())), now() + Duration::minutes(21));
    let screen = text(&a, size);
    assert!(
        screen.contains("Emergency response #") && screen.contains("E2 leadership notice"),
        "{screen}"
    );
    // Without a response, no banner line: the nav strip is second.
    let mut b = console_of(&f, Lang::En, size);
    b.on_reply(Reply::Snapshot(Box::new(f.plans.clone())), now());
    assert!(text(&b, size).lines().nth(1).unwrap().contains("1 Incidents"));
}
