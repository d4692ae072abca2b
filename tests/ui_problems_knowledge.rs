//! The Problems view (9, P1) and the Knowledge view (0, K1) on the demo desk written at a fixed
//! instant, in English and 简体中文 at 80x24 and 120x40: whole ids, the state in words, ages as
//! the queue shows them, the selected record beside the list; and `/` filtering what is read.

#[path = "common/frame.rs"]
mod frame;

use chrono::{DateTime, TimeZone, Utc};
use opsdesk::config::Config;
use opsdesk::domain::role::Role;
use opsdesk::ops::console::{self, Query, ViewKind};
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

/// The screen as text, a wide glyph's second cell skipped as a terminal shows it.
fn text(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    frame::text(buf)
}

fn demo() -> (tempfile::TempDir, opsdesk::ops::Desk, Config) {
    let dir = tempfile::tempdir().unwrap();
    let config = Config::defaults();
    let desk = opsdesk::demo::write(
        &dir.path().join("demo.db"),
        config.clone(),
        "duty",
        "值班员小周",
        Role::Supervisor,
        7,
        now(),
    )
    .unwrap();
    (dir, desk, config)
}

/// The console on `view` (by its key) with what the worker reads for it, as drawn.
fn screen(
    desk: &mut opsdesk::ops::Desk,
    config: &Config,
    lang: Lang,
    (w, h): (u16, u16),
    action: Action,
    filter: &str,
) -> String {
    let me = desk.actor("duty").unwrap();
    let setup = Setup {
        desk_name: "IT管理部 运维值班台".into(),
        bell: false,
        ..Setup::new(me, config, false)
    };
    let mut a = App::new(setup, Strings::new(lang), Keymap::defaults(), now(), (w, h));
    a.update(action, now());
    if !filter.is_empty() {
        a.update(Action::Filter, now());
        for c in filter.chars() {
            a.on_key(
                crossterm::event::KeyEvent::new(
                    crossterm::event::KeyCode::Char(c),
                    crossterm::event::KeyModifiers::NONE,
                ),
                now(),
            );
        }
        a.on_key(
            crossterm::event::KeyEvent::new(crossterm::event::KeyCode::Enter, crossterm::event::KeyModifiers::NONE),
            now(),
        );
    }
    let snap = console::snapshot(desk, &a.query, now()).unwrap();
    a.on_reply(Reply::Snapshot(Box::new(snap)), now());
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| views::render(&a, f)).unwrap();
    text(&t)
}

#[test]
fn p1_k1_the_problems_and_knowledge_views_in_both_languages() {
    let (_dir, mut desk, config) = demo();
    for (action, tag) in [(Action::ViewProblems, "problems"), (Action::ViewKnowledge, "knowledge")] {
        for (lang, l) in [(Lang::En, "en"), (Lang::ZhCn, "zh")] {
            for size in [(80u16, 24u16), (120, 40)] {
                let s = screen(&mut desk, &config, lang, size, action, "");
                insta::assert_snapshot!(format!("{tag}_{l}_{}x{}", size.0, size.1), s);
            }
        }
    }
}

#[test]
fn p1_k1_the_lists_hold_every_record_newest_first_with_whole_ids_and_states_in_words() {
    let (_dir, mut desk, config) = demo();
    let q = Query {
        view: ViewKind::Problems,
        ..Query::default()
    };
    let problems = console::snapshot(&mut desk, &q, now()).unwrap().keyed.problems;
    assert!(problems.len() >= 2, "the demo has problems");
    assert!(problems.windows(2).all(|w| w[0].problem.id > w[1].problem.id));
    let s = screen(&mut desk, &config, Lang::ZhCn, (80, 24), Action::ViewProblems, "");
    for v in &problems {
        assert!(
            s.contains(&format!(" {} ", v.problem.id)),
            "id {} whole:\n{s}",
            v.problem.id
        );
    }
    assert!(!s.contains("fix_planned"), "states in words:\n{s}");
    let q = Query {
        view: ViewKind::Knowledge,
        ..Query::default()
    };
    let articles = console::snapshot(&mut desk, &q, now()).unwrap().keyed.articles;
    let states: std::collections::BTreeSet<&str> = articles.iter().map(|a| a.status.as_str()).collect();
    assert!(states.len() >= 4, "articles in every state: {states:?}");
    let s = screen(&mut desk, &config, Lang::ZhCn, (120, 40), Action::ViewKnowledge, "");
    for raw in ["draft", "retired", "published"] {
        assert!(!s.contains(&format!(" {raw} ")), "{raw} in words:\n{s}");
    }
}

#[test]
fn p1_k1_slash_keeps_the_rows_it_matches() {
    let (_dir, mut desk, config) = demo();
    let q = Query {
        view: ViewKind::Knowledge,
        ..Query::default()
    };
    let all = console::snapshot(&mut desk, &q, now()).unwrap().keyed.articles;
    let first = all.last().expect("the demo has articles");
    let word: String = first.title.chars().take(4).collect();
    let q = Query {
        list_filter: word.clone(),
        ..q
    };
    let kept = console::snapshot(&mut desk, &q, now()).unwrap().keyed.articles;
    assert!(!kept.is_empty() && kept.len() < all.len() + 1);
    assert!(
        kept.iter()
            .all(|a| a.title.to_lowercase().contains(&word.to_lowercase())
                || a.services.join(",").contains(&word)
                || a.categories.join(",").contains(&word))
    );
    assert!(kept.iter().any(|a| a.id == first.id));
    let s = screen(&mut desk, &config, Lang::En, (120, 40), Action::ViewKnowledge, &word);
    assert!(s.contains(&format!("filter: {word}")), "{s}");
    assert!(s.contains(&format!("Knowledge base ({})", kept.len())), "{s}");
}

/// K1: the new article's form, its body several lines, in both languages at 80x24.
#[test]
fn k1_the_new_article_form_in_both_languages() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let (_dir, mut desk, config) = demo();
    for (lang, l) in [(Lang::En, "en"), (Lang::ZhCn, "zh")] {
        let me = desk.actor("duty").unwrap();
        let setup = Setup {
            desk_name: "IT管理部 运维值班台".into(),
            bell: false,
            ..Setup::new(me, &config, false)
        };
        let mut a = App::new(setup, Strings::new(lang), Keymap::defaults(), now(), (80, 24));
        a.update(Action::ViewKnowledge, now());
        let snap = console::snapshot(&mut desk, &a.query, now()).unwrap();
        a.on_reply(Reply::Snapshot(Box::new(snap)), now());
        a.update(Action::New, now());
        let press = |a: &mut App, k: KeyEvent| {
            a.on_key(k, now());
        };
        press(&mut a, KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE));
        for c in "短信网关重启步骤".chars() {
            press(&mut a, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        }
        press(&mut a, KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE));
        for (i, line) in ["## 处理", "1. 切换备用通道", "2. 重启网关"].iter().enumerate() {
            if i > 0 {
                press(&mut a, KeyEvent::new(KeyCode::Char('j'), KeyModifiers::CONTROL));
            }
            for c in line.chars() {
                press(&mut a, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
            }
        }
        let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
        t.draw(|f| views::render(&a, f)).unwrap();
        insta::assert_snapshot!(format!("new_article_form_{l}_80x24"), text(&t));
    }
}

/// I10: the full-screen detail of an incident whose cause is known names `W` (make a case from
/// it) beside `o` (reopen), in both languages; one not resolved yet does not.
#[test]
fn p1_i10_the_full_detail_of_a_resolved_incident_names_the_case_key() {
    use opsdesk::domain::kind::Kind;
    use opsdesk::tui::full::{Full, Loaded};
    let (_dir, mut desk, config) = demo();
    let me = desk.actor("duty").unwrap();
    let detail =
        |desk: &mut opsdesk::ops::Desk, id: i64| match opsdesk::tui::full::load(desk, Kind::Incident, id, &me, now())
            .unwrap()
            .full
        {
            Some(Full::Incident(d)) => Some(d),
            _ => None,
        };
    let mut resolved = None;
    let mut open = None;
    for id in 1..200 {
        let Some(d) = detail(&mut desk, id) else { continue };
        match d.view.incident.resolved_at {
            Some(_) if resolved.is_none() => resolved = Some(d),
            None if open.is_none() => open = Some(d),
            _ => {}
        }
    }
    let (resolved, open) = (resolved.expect("a resolved incident"), open.expect("an open one"));
    for (lang, l, words) in [
        (Lang::En, "en", "o reopen  W make a case"),
        (Lang::ZhCn, "zh", "o 重开  W 生成案例"),
    ] {
        for (d, shows) in [(&resolved, true), (&open, false)] {
            let setup = Setup {
                desk_name: "IT管理部 运维值班台".into(),
                bell: false,
                ..Setup::new(me.clone(), &config, false)
            };
            let mut a = App::new(setup, Strings::new(lang), Keymap::defaults(), now(), (80, 24));
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
                    full: Some(Full::Incident((*d).clone())),
                })),
                now(),
            );
            let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
            t.draw(|f| views::render(&a, f)).unwrap();
            let screen = text(&t);
            assert_eq!(screen.contains(words), shows, "{id}: {screen}");
            if shows {
                insta::assert_snapshot!(format!("full_resolved_incident_{l}_80x24"), screen);
            }
        }
    }
}
