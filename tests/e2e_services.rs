//! Issue 19 item 11, driven as a new user would: the real binary in tmux. A service added from
//! another shell while the console runs is offered in the new-incident form, with its name in the
//! console's language, without a restart; a service typed by its Chinese name is recorded as its
//! code.

mod common;

use std::time::Duration;

use common::Desk;
use common::tmux::{Tmux, tmux_available};

#[test]
fn i11_a_service_added_elsewhere_is_offered_without_a_restart_and_its_chinese_name_records_its_code() {
    if !tmux_available() {
        return;
    }
    let desk = Desk::demo("admin");
    let t = Tmux::new("services");
    t.shell("a", &desk, (120, 40));
    t.shell("cli", &desk, (120, 40));
    t.run("a", "opsdesk --lang zh-CN");
    t.wait_for("a", "未关闭故障");
    // Added from another shell while the console runs.
    t.run(
        "cli",
        "opsdesk service add oa --name 'Office automation' --name-zh 办公自动化 --alias OA系统",
    );
    t.wait_for("cli", "added service oa");
    t.keys("a", &["n"]);
    t.wait_for("a", "登记新故障");
    t.type_text("a", "办公系统登录失败");
    t.keys("a", &["Tab"]);
    t.type_text("a", "办公");
    t.wait_until("a", Duration::from_secs(10), |s| {
        s.lines().any(|l| l.contains("oa") && l.contains("办公自动化"))
    })
    .unwrap_or_else(|s| panic!("the new service was never offered: {s}"));
    // Its Chinese name typed in full is taken, and recorded as its code.
    t.type_text("a", "自动化");
    t.keys("a", &["C-s"]);
    t.wait_until("a", Duration::from_secs(10), |s| !s.contains("登记新故障"))
        .unwrap_or_else(|s| panic!("the form never went: {s}"));
    let list = desk.json(&["incident", "list", "--open", "--limit", "1000"]);
    let new = list
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["title"] == "办公系统登录失败")
        .unwrap_or_else(|| panic!("not recorded: {list}"));
    assert_eq!(new["service"], "oa", "{new}");
    t.keys("a", &["q"]);
    t.assert_terminal_sane("a");
}

#[test]
fn i11_a_changes_systems_offer_the_service_after_the_last_comma() {
    if !tmux_available() {
        return;
    }
    let desk = Desk::demo("admin");
    let t = Tmux::new("systems");
    t.shell("a", &desk, (120, 40));
    t.run("a", "opsdesk --lang zh-CN");
    t.wait_for("a", "未关闭故障");
    t.keys("a", &["3"]);
    t.keys("a", &["n"]);
    t.wait_for("a", "登记新变更");
    t.type_text("a", "计费批价规则调整");
    t.keys("a", &["Tab"]);
    t.type_text("a", "crm，计");
    t.wait_until("a", Duration::from_secs(10), |s| {
        s.lines().any(|l| l.contains("billing") && l.contains("计费"))
    })
    .unwrap_or_else(|s| panic!("billing was never offered for 计: {s}"));
    // Tab takes it in the place of what was typed after the comma.
    t.keys("a", &["Tab"]);
    t.wait_for("a", "crm, billing");
    t.keys("a", &["Escape"]);
    t.keys("a", &["y"]);
    t.keys("a", &["q"]);
    t.assert_terminal_sane("a");
}

#[test]
fn a_service_merge_from_the_console_names_the_records_it_moves_and_merges_on_y() {
    if !tmux_available() {
        return;
    }
    let desk = Desk::demo("admin");
    let t = Tmux::new("merge");
    t.shell("a", &desk, (120, 40));
    t.run("a", "opsdesk");
    t.wait_for("a", "Open incidents");
    t.keys("a", &["g", "m"]);
    t.wait_for("a", "Merge a service into another");
    t.type_text("a", "门户");
    t.wait_until("a", Duration::from_secs(10), |s| {
        s.lines().any(|l| l.contains("portal"))
    })
    .unwrap_or_else(|s| panic!("portal was never offered for 门户: {s}"));
    t.keys("a", &["Tab"]);
    t.keys("a", &["Tab"]);
    t.type_text("a", "network");
    t.keys("a", &["C-s"]);
    t.wait_until("a", Duration::from_secs(10), |s| {
        s.contains("Merge service portal into network?") && s.contains("record(s) move")
    })
    .unwrap_or_else(|s| panic!("no confirmation naming the records: {s}"));
    t.keys("a", &["y"]);
    t.wait_until("a", Duration::from_secs(10), |_| {
        desk.ok(&["service", "list", "--all"]).contains("merged into network")
    })
    .unwrap_or_else(|s| panic!("never merged: {s}"));
    t.keys("a", &["q"]);
    t.assert_terminal_sane("a");
}
