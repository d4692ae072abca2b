//! Training hours through the real binary (issue 13, R6): own hours and sessions for other
//! departments, the month's report listing every operations staff member against the target, as a
//! table, JSON and CSV; another person's hours need a supervisor.

mod common;

use common::{Desk, login};

fn desk() -> Desk {
    let d = Desk::init();
    d.ok(&[
        "dept",
        "add",
        "callcentre",
        "--name",
        "客户服务中心",
        "--interface",
        "赵敏",
    ]);
    d.add_person("lilei", "李雷", "operator", "", "");
    d.add_person("hanmeimei", "韩梅梅", "operator", "", "");
    d.add_person("zhangwei", "张伟", "supervisor", "", "");
    d.add_person("wangfang", "王芳", "manager", "", "");
    d
}

fn add(d: &Desk, person: &str, hours: &str, on: &str) {
    d.ok(&[
        "training",
        "add",
        "--person",
        person,
        "--hours",
        hours,
        "--topic",
        "计费系统新版本",
        "--on",
        on,
    ]);
}

#[test]
fn r6_the_month_report_lists_every_staff_member_and_marks_those_under_10_hours() {
    let d = desk();
    add(&d, "lilei", "6", "2026-11-03");
    add(&d, "lilei", "4", "2026-11-24");
    add(&d, "hanmeimei", "7.5", "2026-11-05");
    add(&d, "zhangwei", "12", "2026-11-12");
    // Another month does not count.
    add(&d, "hanmeimei", "5", "2026-10-30");
    // A session for another department counts for its trainer.
    d.ok(&[
        "training",
        "add",
        "--session",
        "--person",
        "hanmeimei",
        "--dept",
        "callcentre",
        "--attendees",
        "15",
        "--hours",
        "2",
        "--topic",
        "故障申告流程",
        "--on",
        "2026-11-20",
    ]);
    let out = d.ok(&["training", "report", "--month", "2026-11"]);
    let line = |login: &str| {
        out.lines()
            .find(|l| l.starts_with(&format!("{login} ")))
            .unwrap_or_else(|| panic!("{login} missing:\n{out}"))
            .to_string()
    };
    assert!(
        line("lilei").contains("10") && !line("lilei").contains("BELOW"),
        "{out}"
    );
    assert!(
        line("hanmeimei").contains("9.5") && line("hanmeimei").contains("BELOW TARGET (0.5 h short)"),
        "{out}"
    );
    assert!(!line("zhangwei").contains("BELOW"), "{out}");
    assert!(out.contains("故障申告流程"), "the sessions are listed: {out}");
    assert!(
        !out.lines().any(|l| l.starts_with("wangfang ")),
        "the manager is not operations staff: {out}"
    );
    let v = d.json(&["training", "report", "--month", "2026-11"]);
    assert_eq!(v["target_hours"], 10.0);
    let below: Vec<&str> = v["below_target"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect();
    assert_eq!(below, vec!["hanmeimei"]);
    // December: nobody has trained; every staff member is listed and marked.
    let v = d.json(&["training", "report", "--month", "2026-12"]);
    let people: Vec<&str> = v["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["login"].as_str().unwrap())
        .collect();
    assert_eq!(people, vec!["hanmeimei", "lilei", "zhangwei"], "by login: {v}");
    assert_eq!(v["below_target"].as_array().unwrap().len(), 3);
    // CSV, for a spreadsheet.
    let csv = d.ok(&["training", "report", "--month", "2026-11", "--csv"]);
    assert!(csv.starts_with('\u{feff}'));
    assert!(
        csv.contains("2026-11,hanmeimei,韩梅梅,9.5,7.5,2,10,yes,yes\r\n"),
        "{csv}"
    );
    assert_eq!(
        csv,
        d.ok(&["training", "report", "--month", "2026-11", "--format", "csv"])
    );
    d.fails(2, &["training", "report", "--month", "2026-13"]);
    d.ok(&["check"]);
}

#[test]
fn r6_records_are_checked_listed_and_another_persons_needs_a_supervisor() {
    let d = desk();
    d.fails(
        2,
        &["training", "add", "--hours", "0", "--topic", "x", "--on", "2026-11-03"],
    );
    d.fails(
        2,
        &["training", "add", "--hours", "2", "--topic", "x", "--on", "2026-11-3x"],
    );
    d.fails(
        3,
        &[
            "training",
            "add",
            "--person",
            "nobody",
            "--hours",
            "2",
            "--topic",
            "x",
            "--on",
            "2026-11-03",
        ],
    );
    d.fails(
        2,
        &[
            "training",
            "add",
            "--session",
            "--dept",
            "callcentre",
            "--hours",
            "2",
            "--topic",
            "x",
            "--on",
            "2026-11-03",
        ],
    );
    add(&d, &login(), "3", "2026-11-03");
    add(&d, "lilei", "2", "2026-11-04");
    let rows = d.json(&["training", "list", "--month", "2026-11"]);
    let days: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["day"].as_str().unwrap())
        .collect();
    assert_eq!(days, vec!["2026-11-04", "2026-11-03"], "newest first");
    assert_eq!(rows[0]["hours"], 2.0);
    let page = d.ok(&["training", "list", "--limit", "1"]);
    assert!(page.contains("(more: --before 2026-11-04:2)"), "{page}");
    let next = d.json(&["training", "list", "--before", "2026-11-04:2"]);
    assert_eq!(next.as_array().unwrap().len(), 1);
    // An operator records their own hours only: demote the admin's stand-in and try.
    let me = login();
    d.ok(&[
        "user", "add", "tmpadmin", "--name", "T", "--role", "admin", "--dept", "it",
    ]);
    d.ok(&["user", "set-role", &me, "operator"]);
    let e = d.fails(
        5,
        &[
            "training",
            "add",
            "--person",
            "lilei",
            "--hours",
            "1",
            "--topic",
            "x",
            "--on",
            "2026-11-05",
        ],
    );
    assert!(e.contains("recording another person's training hours"), "{e}");
    add(&d, &me, "1", "2026-11-05");
    assert_eq!(d.json(&["training", "list"]).as_array().unwrap().len(), 3);
    let h = d.json(&["history", "training", "1"]);
    assert!(!h.as_array().unwrap().is_empty(), "{h}");
    d.ok(&["check"]);
}
