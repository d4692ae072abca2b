//! A major incident declared on the command line (issue 16): every open console shows the banner
//! at once, whatever its view, until the stand-down; the Plans view lists the plans (the real
//! binary in tmux on the demo desk, the harness is `common/tmux.rs`).

mod common;

use std::time::{Duration, Instant};

use common::Desk;
use common::tmux::{Tmux, tmux_available, within_two_seconds};

#[test]
fn i14_declaring_in_the_cli_puts_the_banner_on_every_open_console_until_the_stand_down() {
    if !tmux_available() {
        return;
    }
    let desk = Desk::demo("supervisor");
    // The demo has no active response; an open billing incident and its plan.
    assert_eq!(
        desk.json(&["response", "list"])
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["active"] == true)
            .count(),
        0
    );
    let open = desk.json(&["incident", "list", "--open"]);
    let incident = open
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["service"] == "billing")
        .expect("an open billing incident")["id"]
        .to_string();
    let plans = desk.json(&["plan", "list", "--status", "approved"]);
    let plan = plans[0]["id"].to_string();
    let t = Tmux::new("emergency");
    for w in ["a", "b"] {
        t.shell(w, &desk, (140, 40));
        t.run(w, "opsdesk --lang en");
        t.wait_for(w, "Open incidents");
    }
    // One console elsewhere: the Plans view.
    t.keys("b", &["8"]);
    // The screen is read back while it may still be drawing: wait for the whole of it.
    t.wait_until("b", Duration::from_secs(10), |s| {
        s.contains("Emergency plans (2)") && s.contains("计费系统全省中断应急预案") && s.contains("Leadership group")
    })
    .unwrap_or_else(|s| panic!("the Plans view: {s}"));
    assert!(!t.screen("a").contains("MAJOR INCIDENT"));
    // n: a drill of the selected plan, through its form; the list shows its countdown.
    t.keys("b", &["n"]);
    t.wait_for("b", "Schedule a drill of plan");
    t.type_text("b", "计费批价进程中断演练");
    t.wait_for("b", "scenario* 计费批价进程中断演练");
    t.keys("b", &["Tab"]);
    for c in ["+", "3", "d"] {
        t.type_text("b", c);
    }
    t.wait_for("b", "* +3d");
    t.keys("b", &["Enter"]);
    let s = t
        .wait_until("b", Duration::from_secs(10), |s| {
            !s.contains("Schedule a drill") && s.contains("scheduled  计费批价进程中断演练")
        })
        .unwrap_or_else(|s| panic!("the drill did not show: {s}"));
    assert!(s.contains("due in 3d 0h") || s.contains("due in 2d 23h"), "{s}");
    let drills = desk.json(&["drill", "list"]);
    assert!(
        drills
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["scenario"] == "计费批价进程中断演练" && d["status"] == "scheduled")
    );
    let started = Instant::now();
    desk.ok(&[
        "incident",
        "declare-major",
        &incident,
        "--plan",
        &plan,
        "--reason",
        "全省计费中断",
    ]);
    for w in ["a", "b"] {
        let s = t.wait_for(w, "MAJOR INCIDENT");
        let line = s.lines().find(|l| l.contains("MAJOR INCIDENT")).unwrap();
        assert!(
            line.contains(&format!("#{incident}")) && line.contains("next progress report in"),
            "{line}"
        );
    }
    within_two_seconds(started);
    // The incident's detail has the response's clock.
    t.keys("a", &["/"]);
    t.type_text("a", &incident);
    t.keys("a", &["Enter"]);
    t.wait_for("a", "Emergency response #");
    // The stand-down takes the banner away everywhere.
    let response = desk.json(&["response", "list"])[0]["id"].to_string();
    desk.ok(&["response", "stand-down", &response, "--note", "计费恢复"]);
    for w in ["a", "b"] {
        t.wait_until(w, Duration::from_secs(5), |s| !s.contains("MAJOR INCIDENT"))
            .unwrap_or_else(|s| panic!("the banner stayed: {s}"));
    }
    // L in the console: declared again on its plan, through the form; both consoles show it.
    t.keys("a", &["L"]);
    let title = format!("Declare incident {incident} a major incident");
    // The plan that covers billing is offered first.
    t.wait_until("a", Duration::from_secs(10), |s| {
        s.contains(&title) && s.contains("#1 计费系统全省中断应急预案")
    })
    .unwrap_or_else(|s| panic!("the declaration's form: {s}"));
    t.keys("a", &["Tab"]);
    t.type_text("a", "再次中断");
    t.wait_for("a", "再次中断");
    // Ctrl-S saves: the reason is prose, where Enter is a new line.
    t.keys("a", &["C-s"]);
    for w in ["a", "b"] {
        t.wait_for(w, "MAJOR INCIDENT");
    }
    let active: Vec<serde_json::Value> = desk
        .json(&["response", "list"])
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["active"] == true)
        .cloned()
        .collect();
    assert_eq!((active.len(), active[0]["reason"].as_str()), (1, Some("再次中断")));
    // L again while it lasts: the stand-down.
    t.wait_for("a", "Emergency response #");
    t.keys("a", &["L"]);
    t.wait_for("a", "Stand response");
    // Ctrl-S saves from the note, where Enter is a new line.
    t.keys("a", &["C-s"]);
    for w in ["a", "b"] {
        t.wait_until(w, Duration::from_secs(5), |s| !s.contains("MAJOR INCIDENT"))
            .unwrap_or_else(|s| panic!("the banner stayed: {s}"));
    }
    for w in ["a", "b"] {
        t.keys(w, &["q"]);
        t.assert_terminal_sane(w);
    }
}
