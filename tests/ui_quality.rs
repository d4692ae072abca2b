//! The Quality view (`i`, Q5-Q7) on the demo desk written at a fixed instant, in English and
//! 简体中文 at 80x24 and 120x40: its three sections (corrective notices with their countdowns,
//! samples with their findings done and left, callbacks with their records), the selected
//! record beside the list, a record in full, and the callback's form.

#[path = "common/frame.rs"]
mod frame;

use chrono::{DateTime, TimeZone, Utc};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
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

/// The Quality view with what the worker reads for it, after `keys`, as drawn.
fn screen(desk: &mut opsdesk::ops::Desk, config: &Config, lang: Lang, size: (u16, u16), keys: &[KeyEvent]) -> String {
    text(&drawn(desk, config, lang, size, keys, now()))
}

/// [`screen`] at `now`, as a terminal.
fn drawn(
    desk: &mut opsdesk::ops::Desk,
    config: &Config,
    lang: Lang,
    (w, h): (u16, u16),
    keys: &[KeyEvent],
    now: DateTime<Utc>,
) -> Terminal<TestBackend> {
    let me = desk.actor("duty").unwrap();
    let setup = Setup {
        desk_name: "IT管理部 运维值班台".into(),
        bell: false,
        ..Setup::new(me, config, false)
    };
    let mut a = App::new(setup, Strings::new(lang), Keymap::defaults(), now, (w, h));
    a.update(Action::ViewQuality, now);
    let snap = console::snapshot(desk, &a.query, now).unwrap();
    a.on_reply(Reply::Snapshot(Box::new(snap)), now);
    for k in keys {
        a.on_key(*k, now);
    }
    // The full-screen detail, when Enter asked for it.
    if let Some(opsdesk::tui::app::Popup::Record(z)) = &a.popup {
        let loaded = opsdesk::tui::full::load(desk, z.kind, z.id, &a.setup.me, now).unwrap();
        a.on_reply(Reply::Record(Box::new(loaded)), now);
    }
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| views::render(&a, f)).unwrap();
    t
}

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

#[test]
fn q5_q6_q7_the_quality_view_in_both_languages() {
    let (_dir, mut desk, config) = demo();
    for (keys, tag) in [
        (vec![], "correctives"),
        (vec![key('l')], "samples"),
        (vec![key('l'), key('l')], "callbacks"),
    ] {
        for (lang, l) in [(Lang::En, "en"), (Lang::ZhCn, "zh")] {
            for size in [(80u16, 24u16), (120, 40)] {
                let s = screen(&mut desk, &config, lang, size, &keys);
                insta::assert_snapshot!(format!("quality_{tag}_{l}_{}x{}", size.0, size.1), s);
            }
        }
    }
}

#[test]
fn q5_q6_q7_a_record_in_full_the_items_and_the_callback_form() {
    let (_dir, mut desk, config) = demo();
    let enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE);
    for (lang, l) in [(Lang::En, "en"), (Lang::ZhCn, "zh")] {
        let s = screen(&mut desk, &config, lang, (80, 24), &[enter]);
        insta::assert_snapshot!(format!("quality_corrective_full_{l}_80x24"), s);
        let s = screen(&mut desk, &config, lang, (80, 24), &[key('l'), key('w'), key('j')]);
        insta::assert_snapshot!(format!("quality_sample_items_{l}_80x24"), s);
        let s = screen(&mut desk, &config, lang, (80, 24), &[key('h'), key('c')]);
        insta::assert_snapshot!(format!("quality_callback_form_{l}_80x24"), s);
    }
}

#[test]
fn q5_q6_q7_whole_ids_states_in_words_and_every_tab_in_sight_at_80_columns() {
    let (_dir, mut desk, config) = demo();
    let q = Query {
        view: ViewKind::Quality,
        ..Query::default()
    };
    let lists = console::snapshot(&mut desk, &q, now()).unwrap().quality;
    assert!(!lists.correctives.is_empty() && !lists.samples.is_empty() && !lists.callbacks.is_empty());
    assert!(
        lists
            .callbacks
            .windows(2)
            .all(|w| w[0].view.callback.id > w[1].view.callback.id)
    );
    let s = screen(&mut desk, &config, Lang::ZhCn, (80, 24), &[key('h')]);
    for r in lists.callbacks.iter().take(5) {
        let c = &r.view.callback;
        assert!(s.contains(&format!("\n{} ", c.id)), "id {} whole:\n{s}", c.id);
        assert!(
            s.contains(&format!(
                "{}#{}",
                if c.record_kind.as_str() == "incident" {
                    "inc"
                } else {
                    "req"
                },
                c.record_id
            )),
            "{s}"
        );
    }
    for raw in [" due ", " reached ", " issued "] {
        assert!(!s.contains(raw), "{raw} in words:\n{s}");
    }
    // Twelve tabs at 80 columns: every key still there, the Quality tab's name too.
    let nav = s.lines().nth(1).unwrap();
    for k in ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "Q", "i"] {
        assert!(nav.contains(&format!("{k} ")), "tab {k}: {nav}");
    }
    assert!(nav.contains("i 质量"), "{nav}");
    let s = screen(&mut desk, &config, Lang::En, (80, 24), &[]);
    assert!(s.lines().nth(1).unwrap().contains("i Quality"), "{s}");
}

#[test]
fn q6_slash_keeps_the_notices_it_matches() {
    let (_dir, mut desk, config) = demo();
    let q = Query {
        view: ViewKind::Quality,
        list_filter: "no such text".into(),
        ..Query::default()
    };
    assert!(
        console::snapshot(&mut desk, &q, now())
            .unwrap()
            .quality
            .correctives
            .is_empty()
    );
    let q = Query {
        list_filter: "callcentre".into(),
        ..q
    };
    assert_eq!(
        console::snapshot(&mut desk, &q, now())
            .unwrap()
            .quality
            .correctives
            .len(),
        1
    );
    let mut keys = vec![key('/')];
    keys.extend("callcentre".chars().map(key));
    keys.push(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    let s = screen(&mut desk, &config, Lang::En, (120, 40), &keys);
    assert!(s.contains("filter: callcentre"), "{s}");
}

#[test]
fn q6_the_countdown_to_a_notice_s_due_date_turns_red_once_missed() {
    let (_dir, mut desk, config) = demo();
    for (at, want, red) in [
        (now(), "due in 4d 0h", false),
        (now() + chrono::Duration::days(5), "MISSED 1d 0h ago", true),
    ] {
        let t = drawn(&mut desk, &config, Lang::En, (120, 40), &[], at);
        let s = text(&t);
        let (y, line) = s
            .lines()
            .enumerate()
            .find(|(_, l)| l.starts_with("1 ") && l.contains(want))
            .unwrap_or_else(|| panic!("the notice's row says {want}:\n{s}"));
        let x = line[..line.find(want).unwrap()]
            .chars()
            .map(|c| opsdesk::text::width(&c.to_string()))
            .sum::<usize>();
        let cell = &t.backend().buffer()[(x as u16, y as u16)];
        assert_eq!(
            cell.fg == opsdesk::tui::theme::missed().fg.unwrap(),
            red,
            "{want}: {cell:?}"
        );
    }
}
