//! The Problems (9) and Knowledge (0) views driven as a user would (issue 14): the real binary
//! in tmux on the demo desk; a problem found in its list opens full screen and Esc goes back; an
//! article written with the form (a body of several lines) shows in the list, and its author's
//! own review is refused in the core's words with nothing changed (K1).

mod common;

use std::time::Duration;

use common::Desk;
use common::tmux::{Tmux, tmux_available};

#[test]
fn p1_k1_problems_open_in_full_and_an_article_is_written_and_its_authors_review_refused() {
    if !tmux_available() {
        return;
    }
    let desk = Desk::demo("supervisor");
    let t = Tmux::new("problems_knowledge");
    t.shell("a", &desk, (120, 40));
    t.run("a", "opsdesk --lang en");
    t.wait_for("a", "Open incidents");
    t.keys("a", &["9"]);
    t.wait_until("a", Duration::from_secs(10), |s| {
        s.contains("Problems (") && s.contains("批价进程在话单高峰时超时")
    })
    .unwrap_or_else(|s| panic!("the Problems view never listed the demo's problem: {s}"));
    // The newest first: the rating timeout is the second row.
    t.keys("a", &["j"]);
    t.wait_for("a", "problem#1 ");
    t.keys("a", &["Enter"]);
    let s = t
        .wait_until("a", Duration::from_secs(10), |s| {
            s.contains("lines ") && s.contains("Root cause") && s.contains("History")
        })
        .unwrap_or_else(|s| panic!("problem#1 never showed in full with its history: {s}"));
    assert!(!s.contains("Problems ("), "full screen, the list hidden: {s}");
    t.keys("a", &["Escape"]);
    t.wait_for("a", "Problems (");

    t.keys("a", &["0"]);
    t.wait_until("a", Duration::from_secs(10), |s| {
        s.contains("Knowledge base (") && s.contains("话单积压、批价超时怎么办")
    })
    .unwrap_or_else(|s| panic!("the Knowledge view never listed the demo's articles: {s}"));
    t.keys("a", &["n"]);
    t.wait_for("a", "New article");
    // Kind (FAQ), title, body (Enter starts a new line), services; Ctrl-S saves.
    t.keys("a", &["Tab"]);
    t.type_text("a", "短信网关重启步骤");
    t.keys("a", &["Tab"]);
    t.type_text("a", "先切换备用通道");
    t.keys("a", &["Enter"]);
    t.type_text("a", "再重启网关并核对队列");
    t.keys("a", &["Tab"]);
    t.type_text("a", "sms-gateway");
    t.keys("a", &["C-s"]);
    // The new draft is listed and selected: its body, both lines, beside the list.
    let s = t
        .wait_until("a", Duration::from_secs(10), |s| {
            s.contains("Knowledge base (6)") && s.contains("先切换备用通道") && s.contains("再重启网关并核对队列")
        })
        .unwrap_or_else(|s| panic!("the new article never showed with its two lines: {s}"));
    assert!(!s.contains("New article"), "the form closed: {s}");
    // Its author reviews it: refused on the key in the core's words (issue 19 item 6), before
    // any confirmation, nothing changed.
    t.keys("a", &["v"]);
    let s = t
        .wait_until("a", Duration::from_secs(10), |s| s.contains("may not review it"))
        .unwrap_or_else(|s| panic!("the author's review was not refused: {s}"));
    assert!(!s.contains("Are you sure?"), "refused before the confirmation: {s}");
    let row = s
        .lines()
        .find(|l| l.contains("短信网关重启步骤") && !l.contains("article#"))
        .unwrap_or_else(|| panic!("the row: {s}"));
    assert!(row.contains("draft"), "still a draft: {row}");
    t.keys("a", &["q"]);
    t.assert_terminal_sane("a");
}
