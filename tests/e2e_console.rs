//! Issue 19, the console an operator would choose for a night shift: its acceptance list, driven
//! as a new user would, the real binary in tmux (see tests/e2e_tmux.rs for the harness).

mod common;

use std::time::Duration;

use common::Desk;
use common::tmux::{Tmux, tmux_available};

/// The number after "row ... of" in the queue's header: "row 3 of 1,234" gives (3, 1234).
fn row_of(screen: &str) -> Option<(usize, usize)> {
    let line = screen.lines().find(|l| l.contains("Open incidents"))?;
    let rest = &line[line.find(" row ")? + 5..];
    let mut words = rest.split_whitespace();
    let n = |w: &str| w.replace(',', "").parse::<usize>().ok();
    let row = n(words.next()?)?;
    words.next()?; // "of"
    Some((row, n(words.next()?)?))
}

#[test]
fn g_reaches_the_real_last_row_of_a_long_queue_and_the_header_counts_it() {
    if !tmux_available() {
        return;
    }
    // Ten thousand incidents of the years before, a tenth of them still open: more than a page.
    let desk = Desk::empty();
    desk.ok(&["demo", "--role", "supervisor", "--incidents", "10000"]);
    let open = desk.json(&["incident", "list", "--open", "--limit", "100000"]);
    let open = open.as_array().map_or(0, |a| a.len());
    assert!(open > 600, "a queue longer than a page: {open}");
    let t = Tmux::new("bigqueue");
    t.shell("main", &desk, (120, 40));
    t.run("main", "opsdesk --lang en");
    let s = t
        .wait_until("main", Duration::from_secs(20), |s| row_of(s).is_some())
        .unwrap_or_else(|s| panic!("the queue's header: {s}"));
    assert_eq!(row_of(&s), Some((1, open)), "{s}");
    t.keys("main", &["j", "j"]);
    t.wait_until("main", Duration::from_secs(5), |s| row_of(s) == Some((3, open)))
        .unwrap_or_else(|s| panic!("row 3 of {open}: {s}"));
    // G: the last row of the whole queue, not of the first page read.
    t.keys("main", &["G"]);
    let s = t
        .wait_until("main", Duration::from_secs(10), |s| row_of(s) == Some((open, open)))
        .unwrap_or_else(|s| panic!("row {open} of {open}: {s}"));
    let grouped = format!("of {},{:03}", open / 1000, open % 1000);
    assert!(open < 1000 || s.contains(&grouped), "the count reads in groups: {s}");
    // Up from the end and back to the top.
    t.keys("main", &["k"]);
    t.wait_until("main", Duration::from_secs(5), |s| row_of(s) == Some((open - 1, open)))
        .unwrap_or_else(|s| panic!("one up: {s}"));
    t.keys("main", &["g", "g"]);
    t.wait_until("main", Duration::from_secs(10), |s| row_of(s) == Some((1, open)))
        .unwrap_or_else(|s| panic!("back at the top: {s}"));
    t.keys("main", &["q"]);
    t.assert_terminal_sane("main");
}

#[test]
fn slash_filters_the_changes_and_38_opens_a_closed_incident_full_screen() {
    if !tmux_available() {
        return;
    }
    let desk = Desk::demo("supervisor");
    let closed = desk.json(&["incident", "show", "38"]);
    assert_eq!(closed["status"], "closed", "the demo's incident 38 is closed");
    let t = Tmux::new("filter");
    t.shell("main", &desk, (120, 40));
    t.run("main", "opsdesk --lang en");
    t.wait_for("main", "Open incidents");
    t.keys("main", &["3"]);
    let s = t.wait_for("main", "Open changes (5)");
    assert!(s.contains("计费系统版本升级"), "{s}");
    // `/` filters the changes, here: the view stays, the header says the filter.
    t.keys("main", &["/"]);
    t.type_text("main", "短信");
    t.keys("main", &["Enter"]);
    let s = t.wait_for("main", "Open changes (1)");
    assert!(s.contains("filter: 短信"), "{s}");
    assert!(s.contains("短信网关扩容") && !s.contains("计费系统版本升级"), "{s}");
    assert!(!s.contains("Open incidents"), "never another view: {s}");
    // Esc clears it, visibly.
    t.keys("main", &["Escape"]);
    let s = t.wait_for("main", "Open changes (5)");
    assert!(s.contains("Filter cleared") && !s.contains("filter: 短信"), "{s}");
    // `:38`: the closed incident in full, over the whole screen, scrollable.
    t.keys("main", &[":"]);
    t.type_text("main", "38");
    t.keys("main", &["Enter"]);
    let s = t.wait_for("main", "status closed");
    assert!(s.contains("inc#38") && s.contains("lines 1-"), "{s}");
    assert!(!s.contains("Open changes"), "full screen: {s}");
    t.keys("main", &["End"]);
    t.wait_for("main", "(100%)");
    // Esc: back in the Changes view, no filter left (neither there nor on the queue).
    t.keys("main", &["Escape"]);
    let s = t.wait_for("main", "Open changes (5)");
    assert!(!s.contains("filter:") && !s.contains("inc#38"), "{s}");
    t.keys("main", &["1"]);
    let s = t.wait_for("main", "Open incidents");
    assert!(!s.contains("filter:"), "{s}");
    // `:chg#4` opens a change the same way.
    t.keys("main", &[":"]);
    t.type_text("main", "chg#4");
    t.keys("main", &["Enter"]);
    t.wait_for("main", "chg#4 短信网关扩容");
    t.keys("main", &["Escape"]);
    t.wait_until("main", Duration::from_secs(5), |s| !s.contains("chg#4 短信网关扩容"))
        .unwrap_or_else(|s| panic!("back: {s}"));
    t.keys("main", &["q"]);
    t.assert_terminal_sane("main");
}

#[test]
fn a_new_escalation_step_names_its_incident_in_the_status_line() {
    if !tmux_available() {
        return;
    }
    let desk = Desk::demo("supervisor");
    let t = Tmux::new("alarm");
    t.shell("main", &desk, (120, 40));
    t.shell("cli", &desk, (120, 40));
    t.run("main", "opsdesk --lang en");
    let s = t.wait_for("main", "Open incidents");
    // The demo has missed duties: the title bar counts them.
    assert!(s.lines().next().is_some_and(|l| l.contains("missed ")), "{s}");
    let id = desk.new_incident("e2e alarm: billing timeout", "-6m");
    let s = t
        .wait_until("main", Duration::from_secs(10), |s| {
            s.contains(&format!("inc#{id}: report to supervisor is due now"))
        })
        .unwrap_or_else(|s| panic!("the step named: {s}"));
    // It stays until a key is pressed.
    std::thread::sleep(Duration::from_secs(7));
    assert!(t.screen("main").contains(&format!("inc#{id}: report")), "{s}");
    t.keys("main", &["j"]);
    t.wait_until("main", Duration::from_secs(5), |s| {
        !s.contains(&format!("inc#{id}: report"))
    })
    .unwrap_or_else(|s| panic!("seen: {s}"));
    t.keys("main", &["q"]);
    t.assert_terminal_sane("main");
}

#[test]
fn outbox_approval_and_a_filled_form_ask_first_and_a_pasted_note_keeps_its_lines() {
    if !tmux_available() {
        return;
    }
    let desk = Desk::demo("supervisor");
    let t = Tmux::new("protect");
    t.shell("main", &desk, (120, 40));
    t.run("main", "opsdesk --lang en");
    t.wait_for("main", "Open incidents");
    // The Outbox: y on a draft asks, naming how many it goes to; y again does not send it.
    t.keys("main", &["5"]);
    t.wait_for("main", "Outbox: needs a person");
    t.keys("main", &["y"]);
    let s = t.wait_for("main", "recipient(s)");
    assert!(s.contains("Enter approve and send"), "{s}");
    let first = s
        .lines()
        .find_map(|l| l.split("Approve msg#").nth(1))
        .and_then(|r| r.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|n| n.parse::<i64>().ok())
        .expect("the message's id");
    t.keys("main", &["y"]);
    std::thread::sleep(Duration::from_millis(500));
    assert!(t.screen("main").contains("recipient(s)"), "still asking");
    assert_eq!(desk.json(&["outbox", "show", &first.to_string()])["state"], "draft");
    t.keys("main", &["Enter"]);
    t.wait_until("main", Duration::from_secs(10), |_| {
        desk.json(&["outbox", "show", &first.to_string()])["state"] != "draft"
    })
    .unwrap_or_else(|s| panic!("approved: {s}"));
    // A note typed into: Esc asks before dropping it, and Esc goes back to it.
    t.keys("main", &["1"]);
    t.wait_for("main", "Open incidents");
    t.keys("main", &["m"]);
    t.wait_for("main", "Note on incident");
    t.type_text("main", "rebooted the gateway");
    t.keys("main", &["Escape"]);
    t.wait_for("main", "Discard what you typed");
    t.keys("main", &["Escape"]);
    let s = t
        .wait_until("main", Duration::from_secs(5), |s| {
            !s.contains("Discard what you typed")
        })
        .unwrap();
    assert!(s.contains("rebooted the gateway"), "the form with its text: {s}");
    // Cleared, then three lines pasted (bracketed paste, as a terminal pastes): all three kept,
    // each on a row of its own in the note's editor; Ctrl-S saves (Enter is a new line there).
    t.keys("main", &["C-u"]);
    t.tmux(&["set-buffer", "-b", "note", "first line\nsecond line\nthird line"]);
    t.tmux(&["paste-buffer", "-p", "-b", "note", "-t", "e2e:main"]);
    let s = t
        .wait_until("main", Duration::from_secs(5), |s| s.contains("third line"))
        .unwrap_or_else(|s| panic!("pasted: {s}"));
    for line in ["first line", "second line", "third line"] {
        let rows = s.lines().filter(|l| l.contains(line)).count();
        assert_eq!(rows, 1, "{line} on a row of its own: {s}");
    }
    assert!(!s.contains("rebooted the gateway"), "cleared first: {s}");
    assert!(s.contains("Ctrl-S save"), "the footer names the save key: {s}");
    t.keys("main", &["C-s"]);
    t.wait_until("main", Duration::from_secs(10), |s| !s.contains("Note on incident"))
        .unwrap_or_else(|s| panic!("saved: {s}"));
    let id: String = {
        let s = t.screen("main");
        let line = s
            .lines()
            .find(|l| l.trim_start().starts_with("inc#"))
            .expect("the detail's header");
        line.trim_start()[4..]
            .chars()
            .take_while(|c| c.is_ascii_digit())
            .collect()
    };
    let shown = desk.json(&["incident", "show", &id]);
    let text = shown.to_string();
    assert!(
        text.contains("first line\\nsecond line\\nthird line"),
        "the note keeps its three lines: {text}"
    );
    t.keys("main", &["q"]);
    t.assert_terminal_sane("main");
}

#[test]
fn a_gbk_locale_is_warned_with_the_fix_and_a_dumb_terminal_gets_one_line() {
    let desk = Desk::demo("supervisor");
    // TERM=dumb: one line, non-zero, no full-screen UI.
    let out = desk.cmd(&[]).env("TERM", "dumb").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert_eq!(err.matches("opsdesk:").count(), 1, "said once: {err}");
    assert!(
        err.contains("TERM=dumb") && err.contains("TERM=xterm-256color"),
        "{err}"
    );
    if !tmux_available() {
        return;
    }
    let t = Tmux::new("gbk");
    t.shell("main", &desk, (120, 40));
    t.run("main", "LANG=zh_CN.GBK opsdesk --lang en 2>/tmp/opsdesk-e2e-gbk.err");
    t.wait_for("main", "zh_CN.GBK is not UTF-8: export LANG=zh_CN.UTF-8");
    let s = t.wait_for("main", "Open incidents");
    assert!(s.contains("zh_CN.GBK is not UTF-8"), "it stays: {s}");
    t.keys("main", &["q"]);
    t.assert_terminal_sane("main");
    let said = std::fs::read_to_string("/tmp/opsdesk-e2e-gbk.err").unwrap_or_default();
    let _ = std::fs::remove_file("/tmp/opsdesk-e2e-gbk.err");
    assert!(said.contains("Fix: export LANG=zh_CN.UTF-8"), "{said}");
}
