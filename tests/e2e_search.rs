//! The global search driven as a user would (issue 14): the real binary in tmux on the demo
//! desk, the search key from another view, Chinese typed, the hits read back, Enter on a closed
//! incident.

mod common;

use std::time::Duration;

use common::Desk;
use common::tmux::{Tmux, tmux_available};

#[test]
fn from_any_view_the_search_key_finds_closed_incidents_as_you_type() {
    if !tmux_available() {
        return;
    }
    let desk = Desk::demo("supervisor");
    let t = Tmux::new("search");
    t.shell("a", &desk, (160, 48));
    t.run("a", "opsdesk --lang en");
    t.wait_for("a", "Open incidents");
    // From the Changes view.
    t.keys("a", &["3"]);
    t.wait_for("a", "Open changes");
    t.keys("a", &["F"]);
    t.wait_for("a", "Search everything");
    t.type_text("a", "短信");
    let s = t
        .wait_until("a", Duration::from_secs(10), |s| {
            s.lines().any(|l| l.contains(" incident ") && l.contains("closed"))
        })
        .unwrap_or_else(|s| panic!("no closed incident among the hits: {s}"));
    // The hits start on the line after the words typed; the closed incident's row and number.
    let lines: Vec<&str> = s.lines().collect();
    let typed = lines
        .iter()
        .position(|l| l.contains("> 短信"))
        .expect("the words typed");
    let (row, line) = lines[typed + 1..]
        .iter()
        .enumerate()
        .find(|(_, l)| l.contains(" incident ") && l.contains("closed"))
        .expect("a closed incident");
    let id: String = line
        .split(" incident ")
        .nth(1)
        .and_then(|r| r.split_whitespace().next())
        .expect("its number")
        .to_string();
    assert!(line.contains("短信"), "the match is shown: {line}");
    for _ in 0..row {
        t.keys("a", &["Down"]);
    }
    t.keys("a", &["Enter"]);
    // The closed incident opens full screen (issue 19's detail), the popup gone; Esc goes back.
    let s = t.wait_for("a", &format!("inc#{id} "));
    assert!(s.contains("status closed"), "{s}");
    assert!(!s.contains("Search everything"), "{s}");
    t.keys("a", &["Escape"]);
    t.wait_for("a", "Open changes");
    t.keys("a", &["q"]);
    t.assert_terminal_sane("a");
}
