//! Every view rendered at 80x24, 120x40, 160x48 and 200x60, in English and 简体中文, on a demo desk written at
//! a fixed instant: text snapshots (insta), plus checks of the colours a snapshot cannot hold.

use chrono::{DateTime, TimeZone, Utc};
use opsdesk::config::Config;
use opsdesk::domain::change::ChangeStatus;
use opsdesk::domain::kind::Kind;
use opsdesk::domain::role::Role;
use opsdesk::ops::console::{self, Query};
use opsdesk::ops::{billing, changes};
use opsdesk::tui::action::Action;
use opsdesk::tui::app::Popup;
use opsdesk::tui::app::{App, Setup};
use opsdesk::tui::full::{Full, Loaded};
use opsdesk::tui::i18n::{Lang, Strings};
use opsdesk::tui::keymap::Keymap;
use opsdesk::tui::model::NoticeDoc;
use opsdesk::tui::model::Reply;
use opsdesk::tui::views;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};

/// 2026-11-20 10:00:00 in Shanghai.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 2, 0, 0).unwrap()
}

struct Fixture {
    _dir: tempfile::TempDir,
    snapshot: console::Snapshot,
    detail: Option<console::Detail>,
    change_detail: Option<changes::View>,
    plan: changes::MonthPlan,
    notices: Vec<(String, changes::Rendered)>,
    run_detail: Option<billing::View>,
    reports: Vec<(String, billing::Rendered)>,
    config: Config,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.db");
    let config = Config::defaults();
    let mut desk =
        opsdesk::demo::write(&path, config.clone(), "duty", "值班员小周", Role::Supervisor, 7, now()).unwrap();
    // Every view's lists, as a console holds them once it has shown each view.
    let mut snapshot = console::Snapshot::default();
    for view in console::ViewKind::ALL.into_iter().rev() {
        let query = Query {
            view,
            ..Query::default()
        };
        snapshot.absorb(console::snapshot(&mut desk, &query, now()).unwrap());
    }
    let me = desk.actor("duty").unwrap();
    let first = snapshot.queue[0].incident.id;
    let detail = console::detail(&mut desk, first, &me, now()).unwrap();
    // The scheduled change (the demo's third), and notices of the changes that have them.
    let scheduled = snapshot
        .changes
        .iter()
        .find(|c| c.change.status == ChangeStatus::Scheduled)
        .unwrap()
        .change
        .id;
    let change_detail = Some(changes::show(&mut desk, scheduled, now()).unwrap());
    let plan = changes::month_plan(&mut desk, &snapshot.changes[0].change.planned_month).unwrap();
    let result_out = snapshot
        .changes
        .iter()
        .find(|c| c.change.status == ChangeStatus::ResultAnnounced)
        .unwrap()
        .change
        .id;
    let mut notices = Vec::new();
    for (id, doc, name) in [
        (scheduled, NoticeDoc::C7, "c7"),
        (result_out, NoticeDoc::C8, "c8"),
        (result_out, NoticeDoc::C9, "c9"),
    ] {
        for lang in ["en", "zh-CN"] {
            notices.push((
                format!("{name}_{lang}"),
                changes::render_notice(&mut desk, id, doc, lang, None, now()).unwrap(),
            ));
        }
    } // This month's run, under way; and the check reports of the published one.
    let run = snapshot
        .runs
        .iter()
        .find(|r| r.run.state != opsdesk::domain::billing::RunState::Published)
        .unwrap()
        .run
        .id;
    let run_detail = Some(billing::show(&mut desk, run).unwrap());
    let published = snapshot
        .runs
        .iter()
        .find(|r| r.run.state == opsdesk::domain::billing::RunState::Published)
        .unwrap()
        .run
        .id;
    let mut reports = Vec::new();
    for (which, name) in [(billing::Report::Check, "b4"), (billing::Report::Deadline, "b5")] {
        for lang in ["en", "zh-CN"] {
            reports.push((
                format!("{name}_{lang}"),
                billing::render_report(&mut desk, published, which, lang, None, None, now()).unwrap(),
            ));
        }
    }
    Fixture {
        _dir: dir,
        snapshot,
        detail,
        change_detail,
        plan,
        notices,
        run_detail,
        reports,
        config,
    }
}

/// A console in `lang` that has read nothing yet.
fn console_of(f: &Fixture, lang: Lang, size: (u16, u16)) -> App {
    let me = opsdesk::domain::role::Actor {
        login: "duty".into(),
        name: "值班员小周".into(),
        role: Role::Supervisor,
    };
    let setup = Setup {
        desk_name: "IT管理部 运维值班台".into(),
        bell: false,
        ..Setup::new(me, &f.config, false)
    };
    App::new(setup, Strings::new(lang), Keymap::defaults(), now(), size)
}

fn app(f: &Fixture, lang: Lang, size: (u16, u16)) -> App {
    let mut app = console_of(f, lang, size);
    app.on_reply(Reply::Snapshot(Box::new(f.snapshot.clone())), now());
    app.on_reply(Reply::Detail(Box::new(f.detail.clone())), now());
    app.on_reply(Reply::ChangeDetail(Box::new(f.change_detail.clone())), now());
    app
}

fn draw(app: &App, size: (u16, u16)) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    t.draw(|f| views::render(app, f)).unwrap();
    t
}

const SIZES: [(u16, u16); 4] = [(80, 24), (120, 40), (160, 48), (200, 60)];
const LANGS: [(Lang, &str); 2] = [(Lang::En, "en"), (Lang::ZhCn, "zh")];

fn each(f: &Fixture, name: &str, setup: impl Fn(&mut App)) {
    for size in SIZES {
        for (lang, tag) in LANGS {
            let mut a = app(f, lang, size);
            setup(&mut a);
            let t = draw(&a, size);
            insta::assert_snapshot!(format!("{name}_{tag}_{}x{}", size.0, size.1), t.backend());
        }
    }
}

#[test]
fn views_in_both_languages_at_both_sizes() {
    let f = fixture();
    each(&f, "incidents", |_| {});
    each(&f, "escalations", |a| {
        a.update(Action::ViewEscalations, now());
    });
    each(&f, "help", |a| {
        a.update(Action::Help, now());
    });
    each(&f, "new_incident", |a| {
        a.update(Action::New, now());
    });
    each(&f, "changes", |a| {
        a.update(Action::ViewChanges, now());
        let at = a
            .snap
            .changes
            .iter()
            .position(|c| c.change.status == ChangeStatus::Scheduled)
            .unwrap();
        for _ in 0..at {
            a.update(Action::Down, now());
        }
    });
    // Sorted by a column the other way round (issue 19 item 9): the header marks it, the nav
    // line names it.
    each(&f, "changes_sorted", |a| {
        a.update(Action::ViewChanges, now());
        a.update(Action::SortColumn, now());
        a.update(Action::SortColumn, now());
        a.update(Action::SortReverse, now());
        let mut snap = a.snap.clone();
        snap.query = a.query.clone();
        snap.views = vec![console::ViewKind::Changes];
        opsdesk::ops::console::sort::apply(&mut snap, console::ViewKind::Changes, &a.query.sorts);
        a.on_reply(Reply::Snapshot(Box::new(snap)), now());
    });
    each(&f, "month_plan", |a| {
        a.update(Action::ViewChanges, now());
        a.update(Action::MonthPlan, now());
        let plan = Box::new(Ok(f.plan.clone()));
        let month = (f.plan.year, f.plan.month);
        if let Some(Popup::MonthPlan { month: m, .. }) = &mut a.popup {
            *m = month;
        }
        a.on_reply(Reply::MonthPlan(plan), now());
    });
    each(&f, "notice_preview", |a| {
        a.update(Action::ViewChanges, now());
        let at = a
            .snap
            .changes
            .iter()
            .position(|c| c.change.status == ChangeStatus::Scheduled)
            .unwrap();
        for _ in 0..at {
            a.update(Action::Down, now());
        }
        a.update(Action::Preview, now());
        let lang = if a.s.lang == Lang::ZhCn { "c7_zh-CN" } else { "c7_en" };
        let r = f.notices.iter().find(|(n, _)| n == lang).unwrap().1.clone();
        a.on_reply(Reply::Notice(Box::new(Ok(r))), now());
    });
    each(&f, "billing", |a| {
        a.update(Action::ViewBilling, now());
        let at = a
            .snap
            .runs
            .iter()
            .position(|r| Some(r.run.id) == f.run_detail.as_ref().map(|d| d.run.id))
            .unwrap();
        for _ in 0..at {
            a.update(Action::Down, now());
        }
        a.on_reply(Reply::RunDetail(Box::new(f.run_detail.clone())), now());
        a.update(Action::FocusNext, now());
    });
    each(&f, "check_report", |a| {
        a.update(Action::ViewBilling, now());
        a.update(Action::Preview, now());
        let lang = if a.s.lang == Lang::ZhCn { "b4_zh-CN" } else { "b4_en" };
        let r = f.reports.iter().find(|(n, _)| n == lang).unwrap().1.clone();
        a.on_reply(Reply::Report(Box::new(Ok(r))), now());
    });
    each(&f, "outbox", |a| {
        a.update(Action::ViewOutbox, now());
        // The broadcast SMS the gateway refused.
        let at = a
            .snap
            .outbox
            .iter()
            .position(|r| r.message.state == opsdesk::domain::message::MessageState::Failed)
            .unwrap();
        for _ in 0..at {
            a.update(Action::Down, now());
        }
    });
    each(&f, "message", |a| {
        a.update(Action::ViewOutbox, now());
        a.update(Action::Open, now());
    });
    // Issue 19: a record full screen, any kind, as the palette's `:38` or Enter opens it.
    each(&f, "full_incident", |a| {
        let d = f.detail.clone().unwrap();
        let id = d.view.incident.id;
        a.update(
            Action::OpenDetail {
                kind: Kind::Incident,
                id,
            },
            now(),
        );
        a.on_reply(
            Reply::Record(Box::new(Loaded {
                kind: Kind::Incident,
                id,
                full: Some(Full::Incident(d)),
            })),
            now(),
        );
    });
    each(&f, "full_change", |a| {
        let c = f.change_detail.clone().unwrap();
        let id = c.change.id;
        a.update(Action::OpenDetail { kind: Kind::Change, id }, now());
        a.on_reply(
            Reply::Record(Box::new(Loaded {
                kind: Kind::Change,
                id,
                full: Some(Full::Change(c)),
            })),
            now(),
        );
    });
    each(&f, "filtered_changes", |a| {
        a.update(Action::ViewChanges, now());
        a.update(Action::Filter, now());
        for c in "短信".chars() {
            a.on_key(
                crossterm::event::KeyEvent::from(crossterm::event::KeyCode::Char(c)),
                now(),
            );
        }
        a.on_key(
            crossterm::event::KeyEvent::from(crossterm::event::KeyCode::Enter),
            now(),
        );
        // What the worker reads under that filter.
        let mut snap = f.snapshot.clone();
        snap.query = a.query.clone();
        snap.views = vec![console::ViewKind::Changes];
        console::filter::apply(&mut snap, console::ViewKind::Changes, &a.query.list_filter);
        a.on_reply(Reply::Snapshot(Box::new(snap)), now());
    });
    each(&f, "duty_done", |a| {
        a.update(Action::ViewEscalations, now());
        a.update(Action::FocusNext, now());
        a.update(Action::DutyDone, now());
    });
}

/// C7, C8 and C9 notices in both languages, every field and the recipients in order.
#[test]
fn notices_in_both_languages() {
    let f = fixture();
    for (name, r) in &f.notices {
        insta::assert_snapshot!(format!("notice_{name}"), r.body);
    }
    for (name, r) in &f.reports {
        insta::assert_snapshot!(format!("report_{name}_markdown"), r.markdown);
        insta::assert_snapshot!(format!("report_{name}_text"), r.text);
    }
}

#[test]
fn too_small_says_so() {
    let f = fixture();
    for (lang, tag) in LANGS {
        let a = app(&f, lang, (20, 6));
        insta::assert_snapshot!(format!("too_small_{tag}"), draw(&a, (20, 6)).backend());
    }
}

#[test]
fn no_size_panics() {
    let f = fixture();
    for view in [
        Action::ViewIncidents,
        Action::ViewEscalations,
        Action::ViewChanges,
        Action::ViewBilling,
        Action::ViewOutbox,
        Action::ViewRequests,
        Action::ViewSupport,
        Action::MonthPlan,
        Action::Help,
        Action::New,
    ] {
        let mut a = app(&f, Lang::ZhCn, (80, 24));
        a.update(view, now());
        for w in (0..=200).step_by(13) {
            for h in (0..=50).step_by(3) {
                a.on_resize(w, h);
                draw(&a, (w, h));
            }
        }
    }
}

/// Colours by level, missed duties in bold red, the selected row reversed.
#[test]
fn colours_carry_level_and_urgency() {
    let f = fixture();
    let a = app(&f, Lang::En, (160, 48));
    let t = draw(&a, (160, 48));
    let buf = t.backend().buffer();
    // Where `needle` starts on screen, in columns (wide glyphs take two cells).
    let find = |from: u16, needle: &str| {
        (from..buf.area.height).find_map(|y| {
            (0..buf.area.width)
                .find(|x| {
                    let mut s = String::new();
                    let mut cx = *x;
                    while s.len() < needle.len() && cx < buf.area.width {
                        s.push_str(buf[(cx, y)].symbol());
                        cx += 1;
                    }
                    s == needle
                })
                .map(|x| (x, y))
        })
    };
    // The selected row (the first) is reversed.
    assert!(buf[(0, 4)].modifier.contains(Modifier::REVERSED));
    // A leader-level row shows its level in bold red.
    let (x, y) = find(5, " leader ").expect("a leader row");
    assert_eq!(buf[(x + 1, y)].fg, Color::Red);
    assert!(buf[(x + 1, y)].modifier.contains(Modifier::BOLD));
    // Missed duties are bold red.
    let (x, y) = find(4, "MISSED").expect("a missed duty in the queue");
    let cell = &buf[(x, y)];
    assert_eq!(cell.fg, Color::Red);
    assert!(cell.modifier.contains(Modifier::BOLD));
}

/// CJK titles keep every column aligned: the column after the title starts at the same
/// display column on every row.
#[test]
fn cjk_text_lines_up() {
    let f = fixture();
    for (lang, _) in LANGS {
        let a = app(&f, lang, (160, 48));
        let t = draw(&a, (160, 48));
        let buf = t.backend().buffer();
        let header = 3;
        let owner_col = (0..buf.area.width)
            .find(|x| {
                buf[(*x, header)].symbol() == "o" && buf[(*x + 1, header)].symbol() == "w"
                    || buf[(*x, header)].symbol() == "受"
            })
            .expect("the owner column");
        for y in header + 1..header + 1 + a.snap.queue.len().min(20) as u16 {
            // The cell before the owner column is the pad after the title: never part of a wide glyph.
            assert_eq!(buf[(owner_col - 1, y)].symbol(), " ", "row {y} is out of line");
        }
    }
}

/// Issue 11: the worker reads the lists of the view on screen only. A view whose lists have not
/// come yet says it is loading, never that it has none; once they come, it shows them.
#[test]
fn a_view_not_yet_read_says_it_is_loading_not_that_it_is_empty() {
    use opsdesk::ops::console::ViewKind;
    let f = fixture();
    let text = |a: &App| -> String {
        let t = draw(a, (160, 48));
        t.backend().buffer().content().iter().map(|c| c.symbol()).collect()
    };
    // The list's header bar, under the title bar and the views.
    let header = |a: &App| text(a).chars().skip(2 * 160).take(160).collect::<String>();
    for (action, view, empty) in [
        (Action::ViewEscalations, ViewKind::Escalations, "not restored (0)"),
        (Action::ViewChanges, ViewKind::Changes, "No open changes"),
        (Action::ViewBilling, ViewKind::Billing, "No runs yet"),
        (Action::ViewOutbox, ViewKind::Outbox, "Nothing here"),
    ] {
        // A console that has shown only the Incidents view.
        let mut a = console_of(&f, Lang::En, (160, 48));
        let incidents = console::Snapshot {
            views: vec![ViewKind::Incidents],
            escalated: vec![],
            duties: vec![],
            changes: vec![],
            runs: vec![],
            outbox: vec![],
            ..f.snapshot.clone()
        };
        a.on_reply(Reply::Snapshot(Box::new(incidents)), now());
        a.update(action, now());
        assert!(header(&a).contains("Loading..."), "{view:?}: {}", header(&a));
        assert!(!text(&a).contains(empty), "{view:?}");
        let lists = console::Snapshot {
            views: vec![view],
            ..f.snapshot.clone()
        };
        a.on_reply(Reply::Snapshot(Box::new(lists)), now());
        assert!(!header(&a).contains("Loading..."), "{view:?}: {}", header(&a));
    }
}

/// Issue 19: `[desk] theme = "light"` draws popups and pane headers for a light background;
/// the dark theme stays as it was.
#[test]
fn the_light_theme_draws_for_a_light_background() {
    let f = fixture();
    let cell_of_help = |light: bool| {
        opsdesk::tui::theme::set_light(light);
        let mut a = app(&f, Lang::En, (120, 40));
        a.update(Action::Help, now());
        let t = draw(&a, (120, 40));
        let c = t.backend().buffer()[(60, 20)].clone();
        opsdesk::tui::theme::set_light(false);
        (c.bg, c.fg)
    };
    assert_eq!(cell_of_help(true), (Color::Indexed(254), Color::Black));
    assert_eq!(cell_of_help(false).0, Color::Indexed(236));
}
