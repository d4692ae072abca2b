//! Beside the incident being handled (issue 14, K1, P1): the published articles for its service
//! and category, and the problem it is linked to, in English and 简体中文 on the demo desk
//! written at a fixed instant.

use chrono::{DateTime, TimeZone, Utc};
use opsdesk::config::Config;
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

/// 2026-11-20 10:00:00 in Shanghai (a Friday).
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 2, 0, 0).unwrap()
}

/// The screen as text, a wide glyph's second cell skipped as a terminal shows it, with what
/// differs from run to run (the demo's spool directory, the sender's host and process) named
/// instead.
fn steady(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut x = 0;
        while x < buf.area.width {
            let cell = buf[(x, y)].symbol();
            out.push_str(cell);
            x += opsdesk::text::width(cell).max(1) as u16;
        }
        out.push('\n');
    }
    out.split_inclusive('\n')
        .map(|l| {
            let l = match (l.find("/tmp/"), l.find("/demo.spool/")) {
                (Some(a), Some(b)) if a < b => format!("{}/TMP{}", &l[..a], &l[b..]),
                _ => l.to_string(),
            };
            match l.find("by duty@") {
                Some(a) => format!("{}by duty@HOST\n", &l[..a]),
                None => l,
            }
        })
        .collect()
}

#[test]
fn k1_p1_a_billing_incident_shows_the_published_article_and_its_problem_in_both_languages() {
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
    let me = desk.actor("duty").unwrap();
    // The open rating timeout: billing, application, linked to the demo's first problem.
    let at = snapshot
        .queue
        .iter()
        .position(|v| v.incident.title.starts_with("计费系统批价进程超时"))
        .expect("the demo has one open");
    let id = snapshot.queue[at].incident.id;
    let detail = console::detail(&mut desk, id, &me, now()).unwrap().unwrap();
    assert_eq!(
        detail.knowledge.len(),
        1,
        "the published billing FAQ, not the retired or updated ones"
    );
    assert_eq!(detail.problems.len(), 1);
    for (lang, tag) in [(Lang::En, "en"), (Lang::ZhCn, "zh")] {
        let setup = Setup {
            desk_name: "IT管理部 运维值班台".into(),
            bell: false,
            ..Setup::new(
                Actor {
                    login: "duty".into(),
                    name: "值班员小周".into(),
                    role: Role::Supervisor,
                },
                &config,
                false,
            )
        };
        let mut a = App::new(setup, Strings::new(lang), Keymap::defaults(), now(), (160, 48));
        a.on_reply(Reply::Snapshot(Box::new(snapshot.clone())), now());
        for _ in 0..at {
            a.update(Action::Down, now());
        }
        a.on_reply(Reply::Detail(Box::new(Some(detail.clone()))), now());
        let mut t = Terminal::new(TestBackend::new(160, 48)).unwrap();
        t.draw(|f| views::render(&a, f)).unwrap();
        insta::assert_snapshot!(format!("incident_knowledge_{tag}"), steady(&t));
    }
}

/// Issue 14: a problem, an article, a support form, an emergency response, a plan and a drill full screen (as Enter on a search hit opens them), read by
/// the worker's own loader, in both languages at 80x24 and 120x40: fields, body, history.
#[test]
fn p1_k1_problems_articles_support_forms_responses_plans_and_drills_open_full_screen_in_both_languages() {
    use opsdesk::domain::kind::Kind;
    use opsdesk::tui::full;
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
    let snapshot = console::snapshot(&mut desk, &Query::default(), now()).unwrap();
    for (kind, tag) in [
        (Kind::Problem, "problem"),
        (Kind::Article, "article"),
        (Kind::Support, "support"),
        (Kind::Response, "response"),
        (Kind::Plan, "plan"),
        (Kind::Drill, "drill"),
    ] {
        let loaded = full::load(&mut desk, kind, 1, &me, now()).unwrap();
        assert!(loaded.full.is_some(), "the demo has {tag} 1");
        for (lang, l) in [(Lang::En, "en"), (Lang::ZhCn, "zh")] {
            for (w, h) in [(80u16, 24u16), (120, 40)] {
                let setup = Setup {
                    desk_name: "IT管理部 运维值班台".into(),
                    bell: false,
                    ..Setup::new(me.clone(), &config, false)
                };
                let mut a = App::new(setup, Strings::new(lang), Keymap::defaults(), now(), (w, h));
                a.on_reply(Reply::Snapshot(Box::new(snapshot.clone())), now());
                a.update(Action::OpenDetail { kind, id: 1 }, now());
                a.on_reply(Reply::Record(Box::new(loaded.clone())), now());
                let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
                t.draw(|f| views::render(&a, f)).unwrap();
                let screen = steady(&t);
                assert!(!screen.contains("no full view"), "{screen}");
                // A response's (a drill's, a plan's) history names the demo's spool directory and
                // the sending host,
                // wrapped over lines: the snapshot keeps the rows above it.
                let screen = match kind {
                    Kind::Response | Kind::Plan | Kind::Drill => {
                        let heading = if lang == Lang::En { "History" } else { "处理记录" };
                        let cut = screen.find(&format!(" {heading}")).unwrap_or(screen.len());
                        screen[..cut].to_string()
                    }
                    _ => screen,
                };
                insta::assert_snapshot!(format!("full_{tag}_{l}_{w}x{h}"), screen);
            }
        }
    }
}
