//! The Quality view (`i`, Q5-Q7) driven as a user would: the real binary in tmux on the demo
//! desk; `i` opens it, `l` moves to the callbacks, and a reporter reached and scoring 2 is
//! recorded with the form: the incident is reopened (I12), which the view and the command line
//! both say.

mod common;

use std::time::Duration;

use common::Desk;
use common::tmux::{Tmux, tmux_available};

#[test]
fn q7_i12_a_callback_recorded_in_the_console_with_satisfaction_2_reopens_the_incident() {
    if !tmux_available() {
        return;
    }
    let desk = Desk::demo("supervisor");
    // The callbacks as the view lists them (newest first): the first one owed for an incident.
    let list = desk.json(&["callback", "list"]);
    let rows = list.as_array().unwrap();
    let (row, cb) = rows
        .iter()
        .enumerate()
        .find(|(_, v)| v["callback"]["status"] == "due" && v["callback"]["record_kind"] == "incident")
        .expect("the demo owes a callback for an incident");
    let incident = cb["callback"]["record_id"].as_i64().unwrap();
    let before = desk.json(&["incident", "show", &incident.to_string()]);
    assert_eq!(before["status"], "verified", "{before}");

    let t = Tmux::new("quality");
    t.shell("a", &desk, (120, 40));
    t.run("a", "opsdesk --lang en");
    t.wait_for("a", "Open incidents");
    t.keys("a", &["i"]);
    t.wait_until("a", Duration::from_secs(10), |s| {
        s.contains("[Notices 1]") && s.contains("callcentre")
    })
    .unwrap_or_else(|s| panic!("the Quality view never listed the demo's notice: {s}"));
    t.keys("a", &["l", "l"]);
    t.wait_for("a", "[Callbacks ");
    for _ in 0..row {
        t.keys("a", &["j"]);
    }
    let reference = format!("inc#{incident}");
    t.wait_until("a", Duration::from_secs(10), |s| {
        s.contains(&format!("callback#{} {reference}", cb["callback"]["id"]))
    })
    .unwrap_or_else(|s| panic!("the callback for {reference} was never selected: {s}"));
    t.keys("a", &["c"]);
    t.wait_for("a", "Record callback");
    // The satisfaction is asked, not assumed: ? -> 5 -> 4 -> 3 -> 2.
    t.keys("a", &["Right", "Right", "Right", "Right"]);
    t.wait_for("a", "2 not satisfied");
    t.keys("a", &["Tab"]);
    t.type_text("a", "故障又出现了");
    t.keys("a", &["C-s"]);
    let s = t
        .wait_until("a", Duration::from_secs(10), |s| {
            s.contains(&format!("Not satisfied: {reference} was reopened")) && s.contains("reached, reopened")
        })
        .unwrap_or_else(|s| panic!("the callback never showed the incident reopened: {s}"));
    assert!(!s.contains("Ctrl-S save"), "the form closed: {s}");
    t.keys("a", &["q"]);
    t.wait_for("a", "READY$");
    let after = desk.json(&["incident", "show", &incident.to_string()]);
    let status = after["status"].as_str().unwrap_or_default().to_string();
    assert!(
        status == "accepted" || status == "reported",
        "the incident is handled again: {after}"
    );
    assert_eq!(
        after["episode"].as_i64(),
        before["episode"].as_i64().map(|e| e + 1),
        "a new handling"
    );
}
