//! Issue 19 item 3, driven as a new user would: the real binary in tmux, a saved filter's key
//! (F8, "P1-P2" in the default config) shows the queue it keeps with its name in the header,
//! and Esc takes it away.

mod common;

use std::time::Duration;

use common::Desk;
use common::tmux::{Tmux, tmux_available};

/// The count in the queue's header, "Open incidents (8)".
fn open_count(screen: &str) -> Option<usize> {
    let line = screen.lines().find(|l| l.contains("Open incidents ("))?;
    let rest = &line[line.find("Open incidents (")? + 16..];
    rest[..rest.find(')')?].replace(',', "").parse().ok()
}

#[test]
fn f8_keeps_p1_and_p2_and_esc_clears_it() {
    if !tmux_available() {
        return;
    }
    let desk = Desk::demo("supervisor");
    let open = desk.json(&["incident", "list", "--open", "--limit", "1000"]);
    let open = open.as_array().unwrap();
    let high = open
        .iter()
        .filter(|i| matches!(i["severity"].as_str(), Some("P1" | "P2")))
        .count();
    assert!(
        high > 0 && high < open.len(),
        "the demo has both: {high} of {}",
        open.len()
    );
    let t = Tmux::new("sections");
    t.shell("main", &desk, (120, 40));
    t.run("main", "opsdesk --lang en");
    let s = t
        .wait_until("main", Duration::from_secs(20), |s| open_count(s).is_some())
        .unwrap_or_else(|s| panic!("the queue: {s}"));
    assert_eq!(open_count(&s), Some(open.len()), "{s}");
    // From another view: the key goes to the queue with the filter on.
    t.keys("main", &["3"]);
    t.wait_for("main", "Open changes");
    t.keys("main", &["F8"]);
    let s = t
        .wait_until("main", Duration::from_secs(10), |s| open_count(s) == Some(high))
        .unwrap_or_else(|s| panic!("P1-P2 only ({high}): {s}"));
    assert!(s.contains("saved: P1-P2"), "{s}");
    t.keys("main", &["Escape"]);
    let s = t
        .wait_until("main", Duration::from_secs(10), |s| open_count(s) == Some(open.len()))
        .unwrap_or_else(|s| panic!("the whole queue again: {s}"));
    assert!(!s.contains("saved:"), "{s}");
    t.keys("main", &["q"]);
    t.assert_terminal_sane("main");
}
