//! Issue 19 item 7 on screen: forms with a real multi-line editor, hints that read as hints, the
//! Discard question, and a form taller than the popup scrolled with a marker at 80x24. On a demo
//! desk written at a fixed instant, drawn to a test backend, in both languages.

use chrono::{DateTime, TimeZone, Utc};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use opsdesk::config::Config;
use opsdesk::domain::role::Role;
use opsdesk::ops::console::{self, Query};
use opsdesk::tui::action::Action;
use opsdesk::tui::app::{App, Popup, Setup};
use opsdesk::tui::i18n::{Lang, Strings};
use opsdesk::tui::keymap::Keymap;
use opsdesk::tui::model::Reply;
use opsdesk::tui::views;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Modifier;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 2, 0, 0).unwrap()
}

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];
const LANGS: [(Lang, &str); 2] = [(Lang::En, "en"), (Lang::ZhCn, "zh")];

/// A console of the demo desk's supervisor with the Incidents view read.
fn console(dir: &tempfile::TempDir, lang: Lang, size: (u16, u16)) -> App {
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
    let setup = Setup {
        bell: false,
        ..Setup::new(me, &config, false)
    };
    let mut app = App::new(setup, Strings::new(lang), Keymap::defaults(), now(), size);
    app.on_reply(Reply::Snapshot(Box::new(snap)), now());
    app
}

fn draw(app: &App, size: (u16, u16)) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    t.draw(|f| views::render(app, f)).unwrap();
    t
}

/// The screen as text, a wide character's second cell left out.
fn text(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    let area = buf.area;
    (0..area.height)
        .map(|y| {
            let mut line = String::new();
            let mut skip = false;
            for x in 0..area.width {
                let sym = buf[(x, y)].symbol();
                if !std::mem::take(&mut skip) {
                    line.push_str(sym);
                }
                skip = sym
                    .chars()
                    .any(|c| unicode_width::UnicodeWidthChar::width(c) == Some(2));
            }
            line
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn code(c: KeyCode) -> KeyEvent {
    KeyEvent::new(c, KeyModifiers::NONE)
}

/// Each size and language: the app after `setup`, its snapshot, and `check` on its screen.
fn each(name: &str, setup: impl Fn(&mut App), check: impl Fn(&str, Lang, (u16, u16))) {
    for size in SIZES {
        for (lang, tag) in LANGS {
            let dir = tempfile::tempdir().unwrap();
            let mut a = console(&dir, lang, size);
            setup(&mut a);
            let t = draw(&a, size);
            check(&text(&t), lang, size);
            insta::assert_snapshot!(format!("{name}_{tag}_{}x{}", size.0, size.1), t.backend());
        }
    }
}

#[test]
fn a_pasted_three_line_note_shows_on_three_lines_with_the_prose_keys() {
    each(
        "note_three_lines",
        |a| {
            a.update(Action::Note, now());
            a.on_paste("first line\nsecond line\n第三行");
        },
        |s, lang, _| {
            for line in ["first line", "second line", "第三行"] {
                // Once, in the editor's box: a row of its own each.
                assert_eq!(s.lines().filter(|l| l.contains(line)).count(), 1, "{line}: {s}");
            }
            let keys = if lang == Lang::En {
                "Enter new line   Ctrl-S save"
            } else {
                "回车 换行   Ctrl-S 保存"
            };
            assert!(s.contains(keys), "{s}");
        },
    );
}

#[test]
fn a_new_incident_scrolls_at_80x24_to_the_field_typed_in_with_a_marker() {
    each(
        "new_incident_scrolled",
        |a| {
            a.update(Action::New, now());
            // To the description, the second field from the end: eight lines pasted.
            for _ in 0..12 {
                a.on_key(code(KeyCode::Tab), now());
            }
            a.on_paste("the gateway dropped every call\nfrom 09:58\nline 3\nline 4\nline 5\nline 6\nline 7\nuntil the failover");
            // Saved empty: the title and the service are refused at their fields.
            a.on_key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL), now());
            // Back from the title to the last field, the outage toggle.
            a.on_key(code(KeyCode::BackTab), now());
        },
        |s, _, size| {
            let outage = s.lines().any(|l| l.contains("[ ]"));
            assert!(outage, "the field typed in is on screen: {s}");
            assert!(
                s.contains("line 6 (+2)"),
                "the description's lines beyond six are counted: {s}"
            );
            if size == (80, 24) {
                assert!(s.contains("^ 2-23/23"), "the marker says it scrolled: {s}");
            } else {
                assert!(!s.contains("^ "), "nothing scrolled at {size:?}: {s}");
            }
        },
    );
}

#[test]
fn esc_on_a_filled_form_asks_to_discard_in_both_languages() {
    each(
        "discard_form",
        |a| {
            a.update(Action::Note, now());
            a.on_paste("rebooted the gateway");
            a.on_key(code(KeyCode::Esc), now());
            assert!(matches!(a.popup, Some(Popup::DropForm(_))));
        },
        |s, lang, _| {
            let ask = if lang == Lang::En {
                "Discard what you typed"
            } else {
                "放弃"
            };
            assert!(s.contains(ask) && s.contains("y/n"), "{s}");
        },
    );
}

#[test]
fn an_empty_fields_hint_is_dim_and_italic_and_a_value_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let size = (120, 40);
    let mut a = console(&dir, Lang::En, size);
    a.update(Action::New, now());
    let t = draw(&a, size);
    let buf = t.backend().buffer();
    // The cell where `needle` (ASCII) starts.
    let find = |needle: &str| {
        let n: Vec<String> = needle.chars().map(|c| c.to_string()).collect();
        (0..size.1)
            .flat_map(|y| (0..size.0 - n.len() as u16).map(move |x| (x, y)))
            .find(|&(x, y)| (0..n.len()).all(|i| buf[(x + i as u16, y)].symbol() == n[i]))
            .map(|p| &buf[p])
            .unwrap_or_else(|| panic!("{needle} not on screen"))
    };
    let hint = find("now (or 10:05");
    assert!(hint.modifier.contains(Modifier::ITALIC), "{hint:?}");
    assert_eq!(hint.fg, ratatui::style::Color::DarkGray, "{hint:?}");
    let title = find("New incident");
    assert!(!title.modifier.contains(Modifier::ITALIC), "{title:?}");
}

/// The services directory as the worker reads it, offered in the console's language `lang`.
fn directory(lang: Lang) -> opsdesk::tui::form::Choices {
    let svc = |code: &str, en: &str, zh: &str| opsdesk::domain::service::Service {
        id: 0,
        code: code.into(),
        name_en: en.into(),
        name_zh: zh.into(),
        aliases: vec![],
        ord: 100,
        retired: false,
        version: 1,
        updated_at: now(),
        updated_by: "admin".into(),
    };
    let dir = opsdesk::tui::form::Directory {
        services: vec![
            svc("billing", "Billing", "计费"),
            svc("crm", "CRM", "客户关系管理"),
            svc("sms-gateway", "SMS gateway", "短信网关"),
        ],
        ..Default::default()
    };
    opsdesk::tui::form::Choices::of(dir, lang)
}

#[test]
fn a_service_field_offers_the_directorys_values_under_it_and_refuses_an_unknown_one() {
    each(
        "service_offered",
        |a| {
            a.setup.choices = directory(a.s.lang);
            a.update(Action::New, now());
            a.on_key(code(KeyCode::Tab), now());
            a.on_key(KeyEvent::new(KeyCode::Char('g'), KeyModifiers::NONE), now());
        },
        |s, lang, _| {
            assert!(s.contains(" billing") && s.contains(" sms-gateway"), "{s}");
            let name = if lang == Lang::En {
                "SMS gateway"
            } else {
                "短信网关"
            };
            assert!(s.contains(name), "named in the console's language: {s}");
            assert!(!s.contains(" crm "), "only what matches: {s}");
            let keys = if lang == Lang::En { "Tab take" } else { "Tab 选用" };
            assert!(s.contains(keys), "{s}");
        },
    );
    each(
        "service_refused",
        |a| {
            a.setup.choices = directory(a.s.lang);
            a.update(Action::New, now());
            a.on_paste("计费 outage");
            a.on_key(code(KeyCode::Tab), now());
            a.on_paste("计费2");
            a.on_key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL), now());
        },
        |s, _, _| {
            assert!(
                s.contains("known: billing") || s.contains("已有：billing"),
                "the known ones: {s}"
            );
            assert!(s.contains(", crm"), "the known ones: {s}");
        },
    );
}
