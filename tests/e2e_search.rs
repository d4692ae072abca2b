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
    // The heading shows before the worker has read it ("Loading..."), and a capture can catch a
    // frame half drawn: wait for the fields themselves.
    let s = t
        .wait_until("a", Duration::from_secs(10), |s| {
            s.contains(&format!("inc#{id} ")) && s.contains("status closed")
        })
        .unwrap_or_else(|s| panic!("inc#{id} never showed in full, closed: {s}"));
    assert!(!s.contains("Search everything"), "{s}");
    t.keys("a", &["Escape"]);
    t.wait_for("a", "Open changes");
    t.keys("a", &["q"]);
    t.assert_terminal_sane("a");
}

/// A hit that is a problem (an incident's snippet may name its problem too).
fn is_problem(line: &str) -> bool {
    line.contains(" problem ") && !line.contains("incident ")
}

/// Issue 14: a problem found by search opens full screen with what `problem show` prints, scrolls
/// to its end, and Esc goes back to the view it was opened from.
#[test]
fn a_problem_from_search_opens_full_screen_and_scrolls() {
    if !tmux_available() {
        return;
    }
    let desk = Desk::demo("supervisor");
    let t = Tmux::new("search_problem");
    t.shell("a", &desk, (100, 30));
    t.run("a", "opsdesk --lang en");
    t.wait_for("a", "Open incidents");
    t.keys("a", &["F"]);
    t.wait_for("a", "Search everything");
    // The problem's own words: "批价" alone is also in a year of the demo's incidents (item 9).
    t.type_text("a", "话单高峰");
    let s = t
        .wait_until("a", Duration::from_secs(10), |s| s.lines().any(is_problem))
        .unwrap_or_else(|s| panic!("no problem among the hits: {s}"));
    let lines: Vec<&str> = s.lines().collect();
    let typed = lines
        .iter()
        .position(|l| l.contains("> 话单高峰"))
        .expect("the words typed");
    let (row, line) = lines[typed + 1..]
        .iter()
        .enumerate()
        .find(|(_, l)| is_problem(l))
        .expect("a problem");
    let id: String = line
        .split(" problem ")
        .nth(1)
        .and_then(|r| r.split_whitespace().next())
        .expect("its number")
        .to_string();
    for _ in 0..row {
        t.keys("a", &["Down"]);
    }
    t.keys("a", &["Enter"]);
    let s = t
        .wait_until("a", Duration::from_secs(10), |s| {
            s.contains(&format!("problem#{id} ")) && s.contains("Root cause") && s.contains("Incidents it caused")
        })
        .unwrap_or_else(|s| panic!("problem#{id} never showed in full: {s}"));
    assert!(!s.contains("no full view"), "{s}");
    // To its end: the position marker says so.
    t.keys("a", &["G"]);
    t.wait_for("a", "(100%)");
    t.keys("a", &["Escape"]);
    t.wait_for("a", "Open incidents");
    t.keys("a", &["q"]);
    t.assert_terminal_sane("a");
}
