//! The Support view driven as a user would (issue 13): the real binary in tmux on the demo desk,
//! a reply and an urgent form recorded from the command line beside it, the console's ledger
//! following (the harness is `common/tmux.rs`).

mod common;

use std::time::Duration;

use common::Desk;
use common::tmux::{Tmux, tmux_available};

/// The row of the project `name` on `screen`.
fn row<'a>(screen: &'a str, name: &str) -> &'a str {
    screen.lines().find(|l| l.contains(name)).unwrap_or_default()
}

#[test]
fn r9_the_console_follows_a_reply_and_an_urgent_form_in_the_ledger_and_shows_the_training_report() {
    if !tmux_available() {
        return;
    }
    let desk = Desk::demo("supervisor");
    let t = Tmux::new("support");
    t.shell("a", &desk, (160, 48));
    t.shell("cli", &desk, (160, 48));
    t.run("a", "opsdesk --lang en");
    t.wait_for("a", "Open incidents");
    t.keys("a", &["7"]);
    let s = t.wait_for("a", "Support centre: forms (");
    // The form that came in twenty minutes ago counts down to its reply.
    let just_in = row(&s, "工业互联网平台").to_string();
    assert!(just_in.contains("reply due") && just_in.contains("left)"), "{s}");
    let id = just_in.split_whitespace().next().expect("the form's id").to_string();
    // Replied from the command line: the console's clock says met.
    t.run(
        "cli",
        &format!("opsdesk support reply {id} --channel email --text 联系单已收到"),
    );
    let s = t
        .wait_until("a", Duration::from_secs(10), |s| {
            row(s, "工业互联网平台").contains("(met)")
        })
        .unwrap_or_else(|s| panic!("the console did not follow the reply: {s}"));
    assert!(row(&s, "智慧交通信号优化").contains("reply MISSED"), "{s}");
    // Accepted into the ledger and made urgent: it goes first, saying whom it overtook.
    t.run("cli", &format!("opsdesk support accept {id} --plan 本周出初稿"));
    t.run(
        "cli",
        &format!("opsdesk support urgent {id} --reason 甲方提前评审 --approved-by 王总经理 --approved-at -5m"),
    );
    let s = t
        .wait_until("a", Duration::from_secs(10), |s| {
            row(s, "工业互联网平台").contains("URGENT, ahead of")
        })
        .unwrap_or_else(|s| panic!("the console did not follow the urgent form: {s}"));
    let urgent = row(&s, "工业互联网平台");
    // The demo's earlier urgent form stays ahead of it.
    assert!(urgent.starts_with("2! "), "{urgent}");
    assert!(row(&s, "医院 HIS").starts_with("1! "), "{s}");
    // The third round of a proposal is in the list too.
    assert!(row(&s, "智慧园区综合信息化").contains("round 3: in_review"), "{s}");
    // w: the keys go to the training report; last month's people below the target are marked.
    t.keys("a", &["w"]);
    let s = t.wait_for("a", "below target in");
    let below = s.lines().filter(|l| l.contains("below target in")).count();
    assert_eq!(below, 2, "{s}");
    t.keys("a", &["q"]);
    t.assert_terminal_sane("a");
}
