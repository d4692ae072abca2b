//! Changes and the working calendar through the real binary (issue: change management).

mod common;

use chrono::{Datelike, Duration, TimeZone, Utc};
use chrono_tz::Asia::Shanghai;
use common::Desk;
use serde_json::Value;

/// A desk with business departments to address notices to.
fn desk() -> Desk {
    let d = Desk::init();
    d.ok(&[
        "dept",
        "add",
        "callcentre",
        "--name",
        "客户服务中心",
        "--front-line",
        "--relevance",
        "10",
        "--interface",
        "赵敏",
        "--interface-email",
        "zhaomin@example.com",
        "--head",
        "孙主任",
        "--manager",
        "郑经理",
    ]);
    d.ok(&[
        "dept",
        "add",
        "marketing",
        "--name",
        "市场经营部",
        "--relevance",
        "30",
        "--interface",
        "Sun Li",
        "--head",
        "何主任",
        "--manager",
        "许经理",
    ]);
    d.ok(&[
        "dept",
        "add",
        "netops",
        "--name",
        "网络运维部",
        "--maintenance",
        "--front-line",
        "--interface",
        "钱工",
        "--head",
        "冯主任",
        "--manager",
        "陈经理",
    ]);
    d.ok(&[
        "user", "add", "liuyang", "--name", "刘洋", "--role", "leader", "--dept", "it",
    ]);
    d
}

/// Shanghai wall-clock time `days` from today at `hh:mm`, as RFC 3339.
fn at(days: i64, hh: u32, mm: u32) -> String {
    let today = Utc::now().with_timezone(&Shanghai).date_naive() + Duration::days(days);
    Shanghai
        .with_ymd_and_hms(today.year(), today.month(), today.day(), hh, mm, 0)
        .unwrap()
        .to_rfc3339()
}

fn new_change(d: &Desk, extra: &[&str]) -> String {
    let mut args = vec![
        "change",
        "new",
        "--title",
        "计费系统版本升级",
        "--systems",
        "billing,crm",
        "--departments",
        "marketing,callcentre",
        "--operator",
        "李雷",
        "--it-contact",
        "张伟 13800000001",
        "--scope",
        "全网计费",
        "--impact-duration",
        "约 2 小时",
        "--notes",
        "请营业厅提前告知用户",
    ];
    args.extend(extra);
    d.ok(&args).trim().to_string()
}

#[test]
fn w2_calendar_marks_holidays_and_make_up_days() {
    let d = Desk::init();
    let v = d.json(&["calendar", "--month", "2026-10"]);
    let kind = |day: usize| v["days"][day - 1]["kind"].as_str().unwrap().to_string();
    for day in 1..=7 {
        assert_eq!(kind(day), "holiday", "Oct {day}");
    }
    assert_eq!(kind(10), "make_up");
    assert_eq!(kind(11), "weekend");
    assert_eq!(kind(12), "working");
    let text = d.ok(&["calendar", "--month", "2026-02"]);
    assert!(
        text.contains("14W") && text.contains("15H") && text.contains("28W"),
        "{text}"
    );
}

#[test]
fn c4_a_daytime_window_is_refused_naming_the_rule() {
    let d = desk();
    let (start, end) = (at(30, 14, 0), at(30, 16, 0));
    let id = new_change(&d, &["--user-affecting", "--start", &start, "--end", &end]);
    d.ok(&["change", "plan", &id, "--start", &start, "--end", &end]);
    d.ok(&["change", "confirm-test", &id, "--by", "市场部 孙丽"]);
    let err = d.fails(1, &["change", "schedule", &id]);
    assert!(
        err.contains("C4: a change that affects users runs after 00:00"),
        "{err}"
    );
    assert!(err.contains("Earliest window:"), "{err}");
    assert_eq!(
        d.json(&["change", "show", &id])["status"],
        "test_confirmed",
        "nothing changed"
    );
}

#[test]
fn c5_c6_too_close_to_the_date_names_the_earliest_start() {
    let d = desk();
    let (start, end) = (at(1, 1, 0), at(1, 3, 0));
    let id = new_change(
        &d,
        &[
            "--user-affecting",
            "--collaborators",
            "netops",
            "--steps",
            "1. 网络部切换 VIP 2. IT 部署",
            "--month",
            &start[..7],
        ],
    );
    d.ok(&["change", "plan", &id, "--start", &start, "--end", &end]);
    d.ok(&["change", "confirm-test", &id, "--by", "赵敏"]);
    let err = d.fails(1, &["change", "schedule", &id]);
    assert!(
        err.contains("C5: the maintenance departments must be told 3 working days ahead"),
        "{err}"
    );
    assert!(
        err.contains("C6: the collaborating departments must get the request and plan 5 working days ahead"),
        "{err}"
    );
    assert!(
        err.contains("the earliest start that passes every gate with a date: "),
        "{err}"
    );
    // An operator may not override; a manager (here the admin) may, with a reason.
    let shown = d.json(&["change", "show", &id]);
    let gates: Vec<&str> = shown["gates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["rule"].as_str().unwrap())
        .collect();
    assert_eq!(gates, ["C5", "C6"]);
    let v = d.json(&["change", "schedule", &id, "--override", "计费中断，需紧急修复"]);
    assert_eq!(v["status"], "scheduled");
    assert_eq!(v["override_gates"], serde_json::json!(["C5", "C6"]));
    let notice = d.ok(&["change", "notice", &id, "--kind", "c7"]);
    assert!(
        notice.contains("紧急变更：C5、C6") && notice.contains("计费中断，需紧急修复"),
        "the override is in the notice: {notice}"
    );
}

#[test]
fn c7_notice_holds_every_field_and_recipients_in_order() {
    let d = desk();
    let (start, end) = (at(30, 1, 0), at(30, 3, 0));
    let id = new_change(&d, &["--user-affecting", "--start", &start, "--end", &end]);
    for lang in ["zh-CN", "en"] {
        let n = d.json(&["change", "notice", &id, "--kind", "c7", "--lang", lang]);
        let to: Vec<&str> = n["to"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap())
            .collect();
        assert_eq!(
            to,
            ["Sun Li", "何主任", "赵敏", "孙主任"],
            "interface and head, most relevant department first"
        );
        let cc: Vec<&str> = n["cc"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap())
            .collect();
        assert_eq!(
            cc,
            ["刘洋", "许经理", "郑经理"],
            "the leader in charge, then those departments' managers"
        );
        let body = n["body"].as_str().unwrap();
        for field in [
            "计费系统版本升级",
            "billing, crm",
            "全网计费",
            "约 2 小时",
            "李雷",
            "张伟 13800000001",
            "请营业厅提前告知用户",
        ] {
            assert!(body.contains(field), "{lang}: {field} missing from\n{body}");
        }
    }
}

#[test]
fn c8_result_notice_missed_12_hours_after_the_end() {
    let d = desk();
    let (start, end) = (at(-1, 10, 0), at(-1, 12, 0));
    let id = new_change(&d, &["--start", &start, "--end", &end]);
    d.ok(&["change", "plan", &id, "--start", &start, "--end", &end]);
    d.ok(&["change", "confirm-test", &id, "--by", "市场部", "--at", &at(-2, 10, 0)]);
    d.ok(&["change", "schedule", &id, "--override", "recorded after the fact"]);
    d.ok(&["change", "notify", &id, "--notice", "c7", "--channel", "email"]);
    // Started before it was recorded as scheduled: a manager's override (C10).
    let err = d.fails(1, &["change", "start", &id, "--at", &at(-1, 10, 5)]);
    assert!(err.contains("before its last recorded step"), "{err}");
    d.ok(&[
        "change",
        "start",
        &id,
        "--at",
        &at(-1, 10, 5),
        "--override",
        "recorded after the fact",
    ]);
    let v = d.json(&[
        "change",
        "finish",
        &id,
        "--outcome",
        "succeeded",
        "--at",
        &at(-1, 11, 0),
    ]);
    let c8 = v["duties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["kind"] == "c8_result_notice")
        .unwrap();
    assert_eq!(c8["state"], "missed", "ended yesterday 11:00, nothing sent");
    assert_eq!(c8["due_at"], at(-1, 23, 0));
    // Sending it late records it done, late.
    let v = d.json(&["change", "result", &id, "--remaining", "无"]);
    let c8 = v["duties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["kind"] == "c8_result_notice")
        .unwrap();
    assert_eq!((c8["state"].as_str(), c8["late"].as_bool()), (Some("done"), Some(true)));
    assert_eq!(d.json(&["change", "close", &id])["status"], "closed");
}

#[test]
fn c10_the_whole_life_of_a_complex_change() {
    let d = desk();
    let (start, end) = (at(30, 1, 0), at(30, 3, 0));
    let id = new_change(&d, &["--user-affecting", "--complex", "--month", &start[..7]]);
    d.fails(1, &["change", "schedule", &id]);
    d.ok(&["change", "plan", &id, "--start", &start, "--end", &end]);
    let err = d.fails(1, &["change", "schedule", &id]);
    assert!(err.contains("C3:"), "{err}");
    d.ok(&["change", "confirm-test", &id, "--by", "市场部 孙丽、客服 赵敏"]);
    let v = d.json(&["change", "schedule", &id]);
    let kinds: Vec<&str> = v["duties"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        ["c5_maintenance_notice", "c5_frontline_notice", "c7_change_notice"]
    );
    assert_eq!(v["next_deadline"]["rule"], "C5");
    let err = d.fails(1, &["change", "start", &id]);
    assert!(err.contains("C7:"), "no production before the notice: {err}");
    d.ok(&["change", "notify", &id, "--notice", "c5"]);
    d.ok(&["change", "notify", &id, "--notice", "c5-front", "--channel", "phone"]);
    d.fails(1, &["change", "notify", &id, "--notice", "c6"]);
    d.ok(&["change", "notify", &id, "--notice", "c7", "--channel", "phone"]);
    assert_eq!(
        d.json(&["change", "show", &id])["status"],
        "scheduled",
        "a phone call does not replace the written notice"
    );
    let v = d.json(&["change", "notify", &id, "--notice", "c7", "--channel", "email"]);
    assert_eq!(v["status"], "notified");
    assert!(v["c7_phoned_at"].is_string());
    let history = d.json(&["history", "change", &id]);
    let actions: Vec<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["action"].as_str().unwrap())
        .collect();
    assert!(
        actions.contains(&"phoned") && actions.contains(&"schedule"),
        "{actions:?}"
    );
}

#[test]
fn c1_month_plan_flags_overlaps_and_days_off() {
    let d = desk();
    d.ok(&[
        "change",
        "new",
        "--title",
        "A",
        "--systems",
        "billing",
        "--start",
        "2026-10-03T01:00:00+08:00",
        "--end",
        "2026-10-03T03:00:00+08:00",
    ]);
    d.ok(&[
        "change",
        "new",
        "--title",
        "B",
        "--systems",
        "billing,crm",
        "--start",
        "2026-10-03T02:00:00+08:00",
        "--end",
        "2026-10-03T04:00:00+08:00",
    ]);
    d.ok(&[
        "change",
        "new",
        "--title",
        "C",
        "--systems",
        "crm",
        "--start",
        "2026-10-13T01:00:00+08:00",
        "--end",
        "2026-10-13T03:00:00+08:00",
    ]);
    let p = d.json(&["change", "plan", "--month", "2026-10"]);
    let kinds: Vec<(String, Value)> = p["conflicts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["kind"].as_str().unwrap().into(), c["changes"].clone()))
        .collect();
    assert!(
        kinds.contains(&("overlap".into(), serde_json::json!([1, 2]))),
        "{kinds:?}"
    );
    assert!(kinds.contains(&("day_off".into(), serde_json::json!([1]))), "{kinds:?}");
    assert!(
        !kinds
            .iter()
            .any(|(_, ids)| ids.as_array().unwrap().contains(&serde_json::json!(3))),
        "{kinds:?}"
    );
    assert_eq!(p["days"].as_array().unwrap().len(), 31);
    let text = d.ok(&["change", "plan", "--month", "2026-10"]);
    assert!(text.contains("HOLIDAY") && text.contains("make-up workday"), "{text}");
}

#[test]
fn changes_refuse_unknown_departments_and_bad_input() {
    let d = desk();
    d.fails(
        3,
        &[
            "change",
            "new",
            "--title",
            "x",
            "--systems",
            "crm",
            "--month",
            "2026-12",
            "--departments",
            "nowhere",
        ],
    );
    d.fails(
        2,
        &[
            "change",
            "new",
            "--title",
            "x",
            "--systems",
            "crm",
            "--month",
            "2026-13",
        ],
    );
    d.fails(
        2,
        &[
            "change",
            "new",
            "--title",
            "x",
            "--systems",
            "crm",
            "--month",
            "2026-12",
            "--unplanned",
            " ",
        ],
    );
    d.fails(3, &["change", "show", "99"]);
}

#[test]
fn a_desk_template_replaces_the_built_in_one() {
    let d = desk();
    let id = new_change(&d, &["--month", "2026-12"]);
    std::fs::create_dir_all(d.path().join("templates")).unwrap();
    std::fs::write(d.path().join("templates/c7.en.md"), "OUR NOTICE: {{title}} to {{to}}\n").unwrap();
    let en = d.ok(&["change", "notice", &id, "--kind", "c7", "--lang", "en"]);
    assert!(en.starts_with("OUR NOTICE: 计费系统版本升级 to Sun Li"), "{en}");
    let zh = d.ok(&["change", "notice", &id, "--kind", "c7", "--lang", "zh-CN"]);
    assert!(
        zh.contains("系统变更通知"),
        "the other language keeps the built-in template"
    );
}

#[test]
fn c7_a_desk_template_with_an_unknown_variable_is_named_by_config_check() {
    let d = desk();
    let dir = d.path().join("templates");
    std::fs::create_dir_all(&dir).unwrap();
    let built_in = include_str!("../assets/templates/c7.zh-CN.md");
    assert!(built_in.contains("\n- 涉及系统："), "the line the test rewrites");
    // The desk's copy of the built-in notice, with a variable no notice has on one line.
    let (line, _) = built_in
        .lines()
        .enumerate()
        .find(|(_, l)| l.starts_with("- 涉及系统："))
        .unwrap();
    let broken = built_in.replace("{{ systems|join(\", \") }}", "{{ system_list }}");
    std::fs::write(dir.join("c7.zh-CN.md"), broken).unwrap();
    let err = d.fails(1, &["config", "check"]);
    let file = dir.join("c7.zh-CN.md").display().to_string();
    assert!(
        err.contains(&format!("{file}, line {}", line + 1)) && err.contains("system_list"),
        "{err}"
    );
    // A syntax error is named the same way, and so is a broken template the others import.
    std::fs::write(dir.join("c7.zh-CN.md"), "# 通知\n\n{% if title %}\n").unwrap();
    std::fs::write(
        dir.join("words.en.md"),
        "{% macro none() %}\n{{ none }\n{% endmacro %}\n",
    )
    .unwrap();
    let err = d.fails(1, &["config", "check"]);
    assert!(err.contains(&format!("{file}, line 3")), "{err}");
    let words = dir.join("words.en.md").display().to_string();
    assert!(err.contains(&format!("{words}, line 2")), "{err}");
    let id = new_change(&d, &["--month", "2026-12"]);
    let err = d.fails(1, &["change", "notice", &id, "--kind", "c7", "--lang", "zh-CN"]);
    assert!(
        err.contains(&format!("{file}, line 3")),
        "the preview refuses it too: {err}"
    );
}
