//! The supervisor's work report sent from the console (issue 15, Q1), driven as a user would:
//! the real binary in tmux on the demo desk; Q, then n, the figures shown, the parts typed,
//! Ctrl-S; `opsdesk outbox list` then has its message, with the words typed.

mod common;

use std::time::{Duration, Instant};

use common::Desk;
use common::tmux::{Tmux, scale, tmux_available};

#[test]
fn q1_a_supervisor_sends_the_daily_report_from_the_reports_view() {
    if !tmux_available() {
        return;
    }
    let desk = Desk::demo("supervisor");
    let t = Tmux::new("work_report");
    t.shell("a", &desk, (120, 40));
    t.run("a", "opsdesk --lang en");
    t.wait_for("a", "Open incidents");
    t.keys("a", &["Q"]);
    t.wait_for("a", "Incidents received per day");
    t.keys("a", &["n"]);
    t.wait_until("a", Duration::from_secs(10), |s| {
        s.contains("Work report (Q1)") && s.contains("will carry these figures") && s.contains("incidents opened")
    })
    .unwrap_or_else(|s| panic!("the form never showed the day's figures: {s}"));
    // Report (daily), date (today), then progress over two lines and the open issues.
    t.keys("a", &["Tab", "Tab"]);
    t.type_text("a", "计费割接顺利");
    t.keys("a", &["Enter"]);
    t.type_text("a", "话单已补采");
    t.keys("a", &["Tab"]);
    t.type_text("a", "短信网关偶发超时");
    t.keys("a", &["C-s"]);
    let s = t
        .wait_until("a", Duration::from_secs(10), |s| s.contains("sent: in the outbox"))
        .unwrap_or_else(|s| panic!("the report was never sent: {s}"));
    assert!(!s.contains("Work report (Q1)"), "the form closed: {s}");
    // The console's engine writes its message.
    let deadline = Instant::now() + Duration::from_secs(20) * scale();
    let message = loop {
        let all = desk.json(&["outbox", "list", "--state", "all", "--limit", "500"]);
        let found = all
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["duty"]["kind"] == "q1_work_report")
            .cloned();
        if let Some(m) = found {
            break m;
        }
        assert!(Instant::now() < deadline, "no work report in the outbox: {all:#}");
        std::thread::sleep(Duration::from_millis(200));
    };
    let subject = message["subject"].as_str().unwrap();
    assert!(subject.starts_with("工作日报"), "{subject}");
    let body = message["body"].as_str().unwrap();
    for words in ["计费割接顺利\n话单已补采", "短信网关偶发超时", "新受理故障"] {
        assert!(body.contains(words), "{words}: {body}");
    }
    let listed = desk.ok(&["outbox", "list", "--state", "all", "--limit", "500"]);
    assert!(listed.contains("工作日报"), "{listed}");
    t.keys("a", &["q"]);
    t.assert_terminal_sane("a");
    desk.ok(&["check"]);
}
