//! The Requests view driven as a user would (issue 12): the real binary in tmux on the demo desk,
//! keys sent, the screen read back (the harness is `common/tmux.rs`).

mod common;

use std::time::Duration;

use common::Desk;
use common::tmux::{Tmux, tmux_available};

/// The detail pane's clock line (`clock …`), the first on screen.
fn clock_line(screen: &str) -> String {
    screen
        .lines()
        .find(|l| l.starts_with("clock "))
        .unwrap_or_default()
        .to_string()
}

#[test]
fn r7_a_request_paused_in_the_console_shows_its_reason_as_its_clock_and_runs_again_on_resume() {
    if !tmux_available() {
        return;
    }
    let desk = Desk::demo("supervisor");
    let t = Tmux::new("requests");
    t.shell("a", &desk, (160, 48));
    t.shell("cli", &desk, (160, 48));
    t.run("a", "opsdesk --lang en");
    t.wait_for("a", "Open incidents");
    t.keys("a", &["6"]);
    t.wait_for("a", "Open requests (");
    // The demo's account request that came in this morning, found by the view's own filter.
    t.keys("a", &["/"]);
    t.type_text("a", "注销调岗");
    t.keys("a", &["Enter"]);
    let s = t.wait_for("a", "Open requests (1)");
    assert!(s.contains("R3 account") && s.contains("注销调岗员工 CRM 帐号"), "{s}");
    let id = s
        .lines()
        .find(|l| l.contains("注销调岗员工 CRM 帐号") && l.contains("R3 account"))
        .and_then(|l| l.split_whitespace().next())
        .expect("the request's row")
        .to_string();
    let before = clock_line(&t.wait_for("a", &format!("#{id} [R3 account]")));
    assert!(!before.contains("paused"), "its clock runs: {before:?}");
    // z: the pause form; its reason is required.
    t.keys("a", &["z"]);
    t.wait_for("a", &format!("Pause the clock of request {id}"));
    t.type_text("a", "等待申请人补充附件");
    // Ctrl-S saves: the reason is prose, where Enter is a new line.
    t.keys("a", &["C-s"]);
    let s = t.wait_for("a", "clock paused: 等待申请人补充附件");
    assert!(
        s.contains("paused: 等待申请人补"),
        "the list's clock column says so too: {s}"
    );
    // The command line agrees: the request is paused, for that reason.
    // (The marker is printed with its count: the command line as typed does not start with it.)
    t.run(
        "cli",
        &format!("echo \"PAUSES=$(opsdesk request show {id} | grep -c 等待申请人补充附件)\""),
    );
    let count = |s: &str| -> Option<u32> {
        s.lines()
            .find_map(|l| l.strip_prefix("PAUSES=").and_then(|n| n.trim().parse().ok()))
    };
    let cli = t
        .wait_until("cli", Duration::from_secs(10), |s| count(s).is_some())
        .unwrap_or_else(|s| panic!("the CLI did not answer: {s}"));
    assert!(count(&cli).unwrap() >= 1, "the CLI shows the pause: {cli}");
    // Z: resume; the clock runs again and the pause stays in the record.
    t.keys("a", &["Z"]);
    t.wait_for("a", &format!("Resume the clock of request {id}"));
    t.keys("a", &["Enter"]);
    let s = t
        .wait_until("a", Duration::from_secs(10), |s| {
            let c = clock_line(s);
            !c.is_empty() && !c.contains("paused") && !s.contains("Resume the clock")
        })
        .unwrap_or_else(|s| panic!("the clock did not run again: {s}"));
    assert!(
        s.lines()
            .any(|l| l.starts_with("paused ") && l.contains("等待申请人补充附件")),
        "the pause stays in the record with its reason: {s}"
    );
    t.keys("a", &["q"]);
    t.assert_terminal_sane("a");
}
