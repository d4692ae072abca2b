//! Problems through the real binary (issue 14, P1, I9): an incident resolved with
//! `--needs-change` opens a problem in the same step, shown on both; more incidents link to it;
//! the fix planned as a change is marked fixed when that change closes.

mod common;

use chrono::{Datelike, Duration, TimeZone, Utc};
use chrono_tz::Asia::Shanghai;
use common::Desk;

fn at(days: i64, hh: u32, mm: u32) -> String {
    let today = Utc::now().with_timezone(&Shanghai).date_naive() + Duration::days(days);
    Shanghai
        .with_ymd_and_hms(today.year(), today.month(), today.day(), hh, mm, 0)
        .unwrap()
        .to_rfc3339()
}

/// An incident accepted by the test's login, received an hour ago.
fn accepted(d: &Desk, title: &str) -> String {
    let received = (Utc::now() - Duration::hours(1)).to_rfc3339();
    let id = d.new_incident(title, &received).to_string();
    d.ok(&["incident", "accept", &id]);
    id
}

/// A change taken through its life to `outcome`, then closed; its id.
fn closed_change(d: &Desk, outcome: &str, before_close: impl FnOnce(&str)) -> String {
    let (start, end) = (at(-1, 10, 0), at(-1, 12, 0));
    let id = d
        .ok(&[
            "change",
            "new",
            "--title",
            "批价引擎升级",
            "--systems",
            "billing",
            "--departments",
            "marketing",
            "--start",
            &start,
            "--end",
            &end,
        ])
        .trim()
        .to_string();
    before_close(&id);
    d.ok(&["change", "plan", &id, "--start", &start, "--end", &end]);
    d.ok(&["change", "confirm-test", &id, "--by", "市场部", "--at", &at(-2, 10, 0)]);
    d.ok(&["change", "schedule", &id, "--override", "recorded after the fact"]);
    d.ok(&["change", "notify", &id, "--notice", "c7", "--channel", "email"]);
    d.ok(&[
        "change",
        "start",
        &id,
        "--at",
        &at(-1, 10, 5),
        "--override",
        "recorded after the fact",
    ]);
    d.ok(&[
        "change",
        "finish",
        &id,
        "--outcome",
        outcome,
        "--at",
        &at(-1, 11, 0),
        "--why",
        "回退 / rolled back",
    ]);
    d.ok(&["change", "result", &id, "--remaining", "无"]);
    d.ok(&["change", "close", &id]);
    id
}

fn desk() -> Desk {
    let d = Desk::init();
    d.ok(&[
        "dept",
        "add",
        "marketing",
        "--name",
        "市场经营部",
        "--interface",
        "孙丽",
        "--interface-email",
        "sunli@example.com",
    ]);
    d
}

#[test]
fn i9_resolving_with_needs_change_opens_a_problem_shown_on_both() {
    let d = desk();
    let inc = accepted(&d, "批价进程内存泄漏");
    let out = d.ok(&[
        "incident",
        "resolve",
        &inc,
        "--cause",
        "批价引擎内存泄漏，需升级版本",
        "--needs-change",
    ]);
    assert!(out.contains("problem 1 (open): 批价进程内存泄漏"), "{out}");
    let p = d.json(&["problem", "show", "1"]);
    assert_eq!(p["status"], "open");
    assert_eq!(p["root_cause"], "批价引擎内存泄漏，需升级版本");
    assert_eq!(p["service"], "billing");
    assert_eq!(p["incidents"][0]["id"].to_string(), inc);
    let i = d.json(&["incident", "show", &inc]);
    assert_eq!(i["status"], "resolved");
    assert_eq!(i["problems"][0]["id"], 1);
    // Both timelines say so (A1).
    assert!(
        d.ok(&["history", "incident", &inc])
            .contains("problem 1: 批价进程内存泄漏")
    );
    assert!(
        d.ok(&["history", "problem", "1"])
            .contains(&format!("incident {inc}: 批价进程内存泄漏"))
    );
    // The second time it happens, the incident joins the same problem; it is counted (I7).
    let again = accepted(&d, "批价进程内存泄漏 again");
    d.ok(&[
        "incident",
        "resolve",
        &again,
        "--cause",
        "同一缺陷",
        "--needs-change",
        "--problem",
        "1",
    ]);
    let p = d.json(&["problem", "show", "1"]);
    assert_eq!(p["incidents"].as_array().unwrap().len(), 2);
    assert_eq!(p["recurrences"], 1);
    assert_eq!(
        d.json(&["problem", "list"]).as_array().unwrap().len(),
        1,
        "no second problem"
    );
    // A problem that does not exist: nothing changes, the incident stays unresolved.
    let third = accepted(&d, "third");
    d.fails(
        3,
        &[
            "incident",
            "resolve",
            &third,
            "--cause",
            "x",
            "--needs-change",
            "--problem",
            "99",
        ],
    );
    assert_eq!(d.json(&["incident", "show", &third])["status"], "accepted");
}

#[test]
fn p1_closing_the_planned_change_marks_the_problem_fixed() {
    let d = desk();
    let inc = accepted(&d, "话单采集延迟");
    d.ok(&[
        "incident",
        "resolve",
        &inc,
        "--cause",
        "采集程序单线程，需改造",
        "--needs-change",
    ]);
    let change = closed_change(&d, "succeeded", |c| {
        let p = d.json(&["problem", "plan", "1", "--change", c]);
        assert_eq!(p["status"], "fix_planned");
        assert_eq!(p["change"]["id"].to_string(), c);
    });
    let p = d.json(&["problem", "show", "1"]);
    assert_eq!(p["status"], "fixed", "change {change} closed");
    assert!(p["fixed_at"].is_string());
    assert!(
        d.ok(&["history", "problem", "1"])
            .contains(&format!("change {change} closed: succeeded"))
    );
    // Closing it is a supervisor's; the admin who runs the tests is above that.
    assert_eq!(d.json(&["problem", "close", "1"])["status"], "closed");
    // A closed problem takes no more incidents; an incident is linked once.
    let later = accepted(&d, "话单采集延迟 again");
    let err = d.fails(2, &["problem", "link", "1", "--incident", &later]);
    assert!(err.contains("closed"), "{err}");
    d.json(&[
        "problem",
        "new",
        "--title",
        "t",
        "--root-cause",
        "c",
        "--incidents",
        &later,
    ]);
    let err = d.fails(2, &["problem", "link", "2", "--incident", &later]);
    assert!(err.contains("already"), "{err}");
}

#[test]
fn p1_a_rolled_back_change_leaves_the_problem_open_and_only_a_supervisor_closes() {
    let d = desk();
    let p = d.json(&[
        "problem",
        "new",
        "--title",
        "短信网关容量不足",
        "--root-cause",
        "单节点",
        "--service",
        "sms-gateway",
    ]);
    assert_eq!(p["status"], "open");
    closed_change(&d, "rolled-back", |c| {
        d.ok(&["problem", "plan", "1", "--change", c]);
    });
    let p = d.json(&["problem", "show", "1"]);
    assert_eq!((p["status"].as_str(), p["change"].is_null()), (Some("open"), true));
    // An operator may not close it: refused, nothing changed.
    d.add_person("zhangwei", "张伟", "admin", "", "");
    d.ok(&["user", "set-role", &common::login(), "operator"]);
    let err = d.fails(5, &["problem", "close", "1", "--note", "not needed"]);
    assert!(err.contains("supervisor"), "{err}");
    assert_eq!(d.json(&["problem", "show", "1"])["version"], p["version"]);
}
