//! Issue 19 item 6, driven as a new user would: the real binary in tmux. A read-only console's
//! footer offers no key that changes anything; an operator pressing a supervisor-only key (L,
//! declare a major incident) is told why on the key, naming the incident, and no form opens.

mod common;

use std::time::Duration;

use common::Desk;
use common::tmux::{Tmux, tmux_available};

/// The screen's last line: the footer, or the status line in its place.
fn footer(screen: &str) -> &str {
    screen.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or_default()
}

#[test]
fn a_read_only_footer_has_no_mutating_key_and_an_operator_is_refused_on_the_key() {
    if !tmux_available() {
        return;
    }
    let desk = Desk::demo("operator");
    let t = Tmux::new("foresee");
    t.shell("ro", &desk, (160, 40));
    t.run("ro", "opsdesk --lang en --read-only");
    let s = t
        .wait_until("ro", Duration::from_secs(20), |s| {
            s.contains("Open incidents (") && footer(s).contains("? help")
        })
        .unwrap_or_else(|s| panic!("the queue and its footer: {s}"));
    let last = footer(&s);
    for key in ["n new", "a accept", "m note", "R restore", "L "] {
        assert!(!last.contains(key), "{key:?} offered read-only: {last}");
    }
    assert!(last.contains("j/k move"), "{last}");
    t.keys("ro", &["q"]);
    t.assert_terminal_sane("ro");

    // The same desk, writable, as its operator: the footer offers accept or note, and L (a
    // supervisor's) is refused on the key with the incident and the role it needs.
    t.shell("rw", &desk, (200, 40));
    t.run("rw", "opsdesk --lang en");
    let s = t
        .wait_until("rw", Duration::from_secs(20), |s| {
            s.contains("Open incidents (") && footer(s).contains("? help")
        })
        .unwrap_or_else(|s| panic!("the queue and its footer: {s}"));
    assert!(footer(&s).contains("n new"), "{}", footer(&s));
    t.keys("rw", &["L"]);
    let s = t
        .wait_until("rw", Duration::from_secs(10), |s| {
            footer(s).contains("permission denied")
        })
        .unwrap_or_else(|s| panic!("the refusal on the key: {s}"));
    let said = footer(&s);
    assert!(said.trim_start().starts_with("inc#"), "names the incident: {said}");
    assert!(said.contains("needs the supervisor role"), "{said}");
    assert!(!s.contains("a major incident (I14)"), "no form opened: {s}");
    t.keys("rw", &["q"]);
    t.assert_terminal_sane("rw");
}
