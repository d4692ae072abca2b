//! Hostile input (issue 7): whatever arrives in a config file, a TIME argument or a title, the
//! answer is a clear error or inert text, never a panic and never a byte that drives a terminal.

mod common;

use std::path::Path;

use chrono::{TimeZone, Utc};
use common::Desk;
use opsdesk::config::Config;
use opsdesk::domain::time::parse_time;
use opsdesk::text::{is_unsafe_char, sanitize_block, sanitize_line};
use proptest::prelude::*;

/// Sequences a title might carry to take over an operator's terminal: clear the screen, put
/// text on the clipboard (OSC 52), retitle the window, ring the bell, overwrite the line,
/// reverse the text (bidi override), and a raw C1 CSI.
const ATTACKS: &[&str] = &[
    "\u{1b}[2J\u{1b}[H",
    "\u{1b}]52;c;cm0gLXJmIH4=\u{7}",
    "\u{1b}]0;pwned\u{7}",
    "\u{7}",
    "\r",
    "\u{202e}lanigiro",
    "\u{9b}31m",
];

fn hostile_title() -> String {
    format!("计费系统{}故障", ATTACKS.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn h_any_config_text_is_a_config_or_an_error_naming_the_file(text in "\\PC{0,200}") {
        match Config::from_text(&text, Path::new("/etc/opsdesk/config.toml"), true) {
            Ok(_) => {}
            Err(e) => prop_assert!(e.to_string().starts_with("/etc/opsdesk/config.toml"), "{}", e),
        }
    }

    #[test]
    fn h_a_wrong_value_for_a_known_key_is_named_with_its_line(
        key in prop::sample::select(vec![
            ("escalation", "supervisor_minutes"),
            ("notify", "retry_attempts"),
            ("billing", "billing_due_day"),
            ("change", "early_window_start"),
        ]),
        value in "[a-z\"\\[\\]{}0-9.-]{1,12}",
    ) {
        let text = format!("# a desk\n\n[{}]\n{} = {}\n", key.0, key.1, value);
        if let Err(e) = Config::from_text(&text, Path::new("desk.toml"), true) {
            let said = e.to_string();
            prop_assert!(said.starts_with("desk.toml"), "{}", said);
            if e.key.is_some() {
                prop_assert!(said.contains(key.1), "{}", said);
            }
        }
    }

    #[test]
    fn h_any_time_argument_parses_or_is_refused(s in "\\PC{0,40}|[+-][0-9]{1,25}[smhd]") {
        let now = Utc.with_ymd_and_hms(2026, 11, 20, 2, 0, 0).unwrap();
        let _ = parse_time(&s, now, chrono_tz::Asia::Shanghai);
    }

    #[test]
    fn h_relative_times_count_back_from_now(n in 0i64..100_000, unit in prop::sample::select(vec!['s', 'm', 'h', 'd'])) {
        let now = Utc.with_ymd_and_hms(2026, 11, 20, 2, 0, 0).unwrap();
        let secs = n * match unit { 's' => 1, 'm' => 60, 'h' => 3600, _ => 86_400 };
        match parse_time(&format!("-{n}{unit}"), now, chrono_tz::Asia::Shanghai) {
            Ok(t) => prop_assert_eq!((now - t).num_seconds(), secs),
            // Before 2000: implausible, refused (issue 21), never a wrong time.
            Err(e) => {
                prop_assert!(secs > (now - Utc.with_ymd_and_hms(2000, 1, 1, 0, 0, 0).unwrap()).num_seconds(), "{}", e);
                prop_assert!(e.to_string().contains("outside the years 2000-2099"), "{}", e);
            }
        }
    }

    #[test]
    fn h_sanitised_text_carries_no_control_character(s in "\\PC{0,60}|[\\x00-\\x1f\\x7f\\u{80}-\\u{9f}\\u{202a}-\\u{202e}\\u{2066}-\\u{2069}a-z中]{0,60}") {
        let line = sanitize_line(&s);
        prop_assert!(!line.chars().any(is_unsafe_char), "{:?}", line);
        let block = sanitize_block(&s);
        prop_assert!(!block.chars().any(|c| c != '\n' && is_unsafe_char(c)), "{:?}", block);
        // Text with nothing to hide comes through unchanged.
        if !s.chars().any(is_unsafe_char) {
            prop_assert_eq!(line, s);
        }
    }
}

fn assert_inert(what: &str, text: &str) {
    for bad in ['\u{1b}', '\u{7}', '\r', '\u{202e}', '\u{9b}'] {
        assert!(!text.contains(bad), "{what} carries {bad:?}: {text:?}");
    }
}

#[test]
fn h_a_title_that_tries_to_take_the_terminal_prints_as_text() {
    let d = Desk::init();
    let id = d.new_incident(&hostile_title(), "-2m").to_string();
    let list = d.ok(&["incident", "list", "--open"]);
    assert_inert("incident list", &list);
    assert!(list.contains("计费系统"), "{list}");
    let show = d.ok(&["incident", "show", &id]);
    assert_inert("incident show", &show);
    assert!(show.contains("^[[2J"), "the escape shows as text: {show}");
    assert_inert("history", &d.ok(&["history", "incident", &id]));
    assert_inert("duty list", &d.ok(&["duty", "list"]));
    // JSON keeps the text as it came, escaped: a program reading it gets the truth.
    let json = d.ok(&["incident", "show", &id, "--json"]);
    assert_inert("incident show --json", &json);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["title"].as_str().unwrap(), opsdesk::text::normalize(&hostile_title()));
}

#[test]
fn h_a_title_that_tries_to_take_the_terminal_renders_as_text_in_the_console() {
    use opsdesk::ops::console::{self, Query};
    use opsdesk::tui::app::{App, Setup};
    use opsdesk::tui::i18n::{Lang, Strings};
    use opsdesk::tui::keymap::Keymap;
    use opsdesk::tui::model::Reply;
    use ratatui::{Terminal, backend::TestBackend};
    let d = Desk::init();
    d.new_incident(&hostile_title(), "-2m");
    let config = Config::defaults();
    let mut desk = opsdesk::ops::Desk::new(opsdesk::store::Store::open(&d.db).unwrap(), config.clone());
    let now = opsdesk::domain::time::whole_seconds(Utc::now());
    let snap = console::snapshot(&mut desk, &Query::default(), now).unwrap();
    let me = desk.actor(&common::login()).unwrap();
    let first = snap.queue[0].incident.id;
    let detail = console::detail(&mut desk, first, &me, now).unwrap();
    for lang in [Lang::En, Lang::ZhCn] {
        let setup = Setup {
            desk_name: "desk".into(),
            bell: false,
            ..Setup::new(me.clone(), &config, true)
        };
        let mut app = App::new(setup, Strings::new(lang), Keymap::defaults(), now, (160, 48));
        app.on_reply(Reply::Snapshot(Box::new(snap.clone())), now);
        app.on_reply(Reply::Detail(Box::new(detail.clone())), now);
        let mut t = Terminal::new(TestBackend::new(160, 48)).unwrap();
        t.draw(|f| opsdesk::tui::views::render(&app, f)).unwrap();
        let cells: String = t.backend().buffer().content().iter().map(|c| c.symbol()).collect();
        assert_inert("the console", &cells);
        assert!(cells.contains("^[[2J"), "the escape shows as text");
    }
}

#[test]
fn h_over_long_fields_are_refused_with_the_limit() {
    let d = Desk::init();
    let long = "长".repeat(201);
    let err = d.fails(
        2,
        &[
            "incident",
            "new",
            "--title",
            &long,
            "--service",
            "billing",
            "--category",
            "application",
            "--channel",
            "phone",
        ],
    );
    assert!(err.contains("title is 201 characters long; the limit is 200"), "{err}");
    let err = d.fails(
        2,
        &["billing", "new", "--kind", "billing", "--period", &"9".repeat(5000)],
    );
    assert!(!err.is_empty() && err.lines().count() == 1, "one line: {err}");
}
