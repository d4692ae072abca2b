//! The Support view (issue 13) rendered at 80x24 and 160x48, in English and 简体中文, on the demo
//! desk written at a fixed instant with two forms more that came in at 10:00: the reply clock
//! counting down, met and missed; the ledger's queue with its urgent form and whom it overtook, the
//! review rounds; the training report with the people below the target (text snapshots, insta).

#[path = "common/frame.rs"]
mod frame;

use chrono::{DateTime, TimeZone, Utc};
use opsdesk::config::Config;
use opsdesk::domain::request::{Approval, FormChannel};
use opsdesk::domain::role::{Actor, Role};
use opsdesk::domain::support::{NewForm, ProjectType, ReplyChannel};
use opsdesk::ops::console::{self, Query, ViewKind};
use opsdesk::ops::support::{self as support, Cmd};
use opsdesk::ops::{Call, Desk};
use opsdesk::tui::action::Action;
use opsdesk::tui::app::{App, Setup};
use opsdesk::tui::i18n::{Lang, Strings};
use opsdesk::tui::keymap::Keymap;
use opsdesk::tui::model::Reply;
use opsdesk::tui::views;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// 2026-11-20 in Shanghai (a Friday) at `h:m`.
fn at(h: u32, m: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, h - 8, m, 0).unwrap()
}

struct Fixture {
    _dir: tempfile::TempDir,
    desk: Desk,
    config: Config,
    /// The two forms that came in at 10:00.
    ten: (i64, i64),
}

fn form(project: &str, config: &Config) -> NewForm {
    NewForm {
        project_name: project.into(),
        client: "市教育局".into(),
        types: vec![ProjectType::Full],
        support: "出具完整方案".into(),
        needs: "需要胶片版汇报材料".into(),
        initiator: "周经理".into(),
        dept: "enterprise".into(),
        contact: "zhou@example.com".into(),
        channel: Some(FormChannel::Email),
        approvals: config
            .support
            .approvals
            .iter()
            .map(|r| Approval {
                role: r.clone(),
                by: "刘洋".into(),
                at: at(9, 30),
            })
            .collect(),
        received_at: Some(at(10, 0)),
        ..NewForm::default()
    }
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
        at(10, 0),
    )
    .unwrap();
    let li = desk.actor("lilei").unwrap();
    let a = support::create(&mut desk, &li, &form("智慧教室", &config), at(10, 0)).unwrap();
    let b = support::create(&mut desk, &li, &form("教育城域网", &config), at(10, 0)).unwrap();
    Fixture {
        _dir: dir,
        desk,
        config,
        ten: (a.form.id, b.form.id),
    }
}

/// A console in `lang` on the Support view at `now`, its lists read; `second`: the keys in the
/// training report.
fn app(f: &mut Fixture, lang: Lang, size: (u16, u16), now: DateTime<Utc>, second: bool) -> App {
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
    let query = Query {
        view: ViewKind::Support,
        ..Query::default()
    };
    let snapshot = console::snapshot(&mut f.desk, &query, now).unwrap();
    let mut a = App::new(setup, Strings::new(lang), Keymap::defaults(), now, size);
    a.update(Action::ViewSupport, now);
    a.on_reply(Reply::Snapshot(Box::new(snapshot)), now);
    if second {
        a.update(Action::FocusNext, now);
        a.update(Action::Down, now);
    }
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

#[test]
fn r9_the_support_view_in_both_languages_at_both_sizes() {
    let mut f = fixture();
    for size in SIZES {
        for (lang, tag) in LANGS {
            let a = app(&mut f, lang, size, at(10, 20), false);
            insta::assert_snapshot!(format!("support_{tag}_{}x{}", size.0, size.1), draw(&a, size).backend());
            let a = app(&mut f, lang, size, at(10, 20), true);
            insta::assert_snapshot!(
                format!("training_{tag}_{}x{}", size.0, size.1),
                draw(&a, size).backend()
            );
        }
    }
}

#[test]
fn r7_a_form_at_10_counts_down_to_11_is_met_at_10_40_and_the_other_is_missed() {
    let mut f = fixture();
    let (a, b) = f.ten;
    let row = |screen: &str, id: i64| -> String {
        screen
            .lines()
            .find(|l| l.split_whitespace().any(|w| w == id.to_string()) && (l.contains("教室") || l.contains("城域网")))
            .unwrap_or_else(|| panic!("no row for {id}:\n{screen}"))
            .to_string()
    };
    let screen = text(&app(&mut f, Lang::En, (160, 48), at(10, 20), false), (160, 48));
    assert!(row(&screen, a).contains("reply due 11:00 (40m left)"), "{screen}");
    // Ten minutes on, the countdown has moved without a new read.
    let mut moving = app(&mut f, Lang::En, (160, 48), at(10, 20), false);
    moving.now = at(10, 30);
    assert!(row(&text(&moving, (160, 48)), a).contains("(30m left)"));
    let li = f.desk.actor("lilei").unwrap();
    let reply = Cmd::Reply {
        channel: ReplyChannel::Email,
        text: "联系单已收到".into(),
        at: at(10, 40),
    };
    support::apply(&mut f.desk, &Call::new(&li, at(10, 40)), a, &reply).unwrap();
    for (lang, met, missed) in [
        // Durations as the rest of the console writes them, never a clock face (issue 19).
        (Lang::En, "replied 10:40 (met)", "reply MISSED: due 11:00, 30m ago"),
        (Lang::ZhCn, "已于 10:40 答复（按时）", "答复超时：应于 11:00，已过 30分"),
    ] {
        let screen = text(&app(&mut f, lang, (160, 48), at(11, 30), false), (160, 48));
        assert!(row(&screen, a).contains(met), "{lang:?}:\n{screen}");
        assert!(row(&screen, b).contains(missed), "{lang:?}:\n{screen}");
    }
}

#[test]
fn r9_the_ledger_marks_the_urgent_form_and_whom_it_overtook_and_the_rounds() {
    let mut f = fixture();
    let screen = text(&app(&mut f, Lang::En, (160, 48), at(10, 20), false), (160, 48));
    let urgent = screen.lines().find(|l| l.contains("URGENT")).expect("an urgent form");
    assert!(urgent.contains("ahead of #") && urgent.contains("HIS"), "{urgent}");
    assert!(
        urgent.starts_with("1! "),
        "the urgent form is first in the queue, marked: {urgent}"
    );
    // Where its column does not fit, its place still says it.
    let narrow = text(&app(&mut f, Lang::En, (80, 24), at(10, 20), false), (80, 24));
    assert!(
        narrow.lines().any(|l| l.starts_with("1! ") && l.contains("HIS")),
        "{narrow}"
    );
    assert!(screen.contains("round 3: in_review (lilei)"), "{screen}");
    assert!(screen.contains("round 1: returned (hanmeimei)"), "{screen}");
}

#[test]
fn r6_the_training_report_marks_the_people_below_the_target() {
    let mut f = fixture();
    for (lang, word) in [(Lang::En, "below target in 2026-10"), (Lang::ZhCn, "2026-10 未达标")] {
        let screen = text(&app(&mut f, lang, (160, 48), at(10, 20), true), (160, 48));
        // The rows, not the pane's header, which counts them.
        let below: Vec<&str> = screen
            .lines()
            .filter(|l| l.contains(word) && !l.contains("Training") && !l.contains("培训学时"))
            .collect();
        assert_eq!(below.len(), 2, "{lang:?}:\n{screen}");
        assert!(below.iter().any(|l| l.contains("chenjing")) && below.iter().any(|l| l.contains("hanmeimei")));
    }
}

#[test]
fn r9_enter_shows_a_form_in_full_with_every_review_round() {
    let mut f = fixture();
    for size in SIZES {
        for (lang, tag) in LANGS {
            let mut a = app(&mut f, lang, size, at(10, 20), false);
            let third = a
                .snap
                .support
                .iter()
                .position(|v| v.form.rounds.len() == 3)
                .expect("the demo's third round");
            for _ in 0..third {
                a.update(Action::Down, at(10, 20));
            }
            a.update(Action::Open, at(10, 20));
            insta::assert_snapshot!(
                format!("support_form_{tag}_{}x{}", size.0, size.1),
                draw(&a, size).backend()
            );
            if size == (160, 48) {
                let screen = text(&a, size);
                let comments = ["补充投资估算与分期建设计划", "网络架构需与甲方现网对齐"];
                assert!(
                    comments.iter().all(|c| screen.contains(c)),
                    "{lang:?}: every round's comments:\n{screen}"
                );
                // Enter again: back to the training report.
                a.update(Action::Open, at(10, 20));
                assert!(!a.views.support.form);
            }
        }
    }
}
