//! What real use found (issue 21): rules that must hold on every path, driven through the real
//! binary on real files, each test named after the rule or the failure.

mod common;

use chrono::{DateTime, Datelike, Duration, TimeZone, Utc};
use chrono_tz::Asia::Shanghai;
use common::Desk;
use serde_json::Value;

/// An initialised desk (the test's login is admin) with the people the ladder reaches and two
/// business departments.
fn desk() -> Desk {
    let d = Desk::init();
    d.add_person("zhang", "张伟", "supervisor", "13800000001", "zhangwei@example.com");
    d.add_person("wang", "王芳", "manager", "13800000002", "wangfang@example.com");
    d.add_person("liu", "刘洋", "leader", "13800000003", "liuyang@example.com");
    d.add_person("lilei", "李雷", "operator", "13800000004", "lilei@example.com");
    for (code, name, who, phone) in [
        ("marketing", "市场部", "孙丽", "13900000013"),
        ("callcentre", "客户服务中心", "赵敏", "13900000011"),
    ] {
        d.ok(&[
            "dept",
            "add",
            code,
            "--name",
            name,
            "--interface",
            who,
            "--interface-phone",
            phone,
        ]);
    }
    d
}

fn rfc(t: DateTime<Utc>) -> String {
    t.with_timezone(&Shanghai).to_rfc3339()
}

fn duties(v: &Value) -> Vec<(String, String)> {
    v["duties"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["kind"].as_str().unwrap().to_string(),
                d["state"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn history_rows(d: &Desk) -> i64 {
    let c = rusqlite::Connection::open(&d.db).unwrap();
    c.query_row("SELECT count(*) FROM history", [], |r| r.get(0)).unwrap()
}

#[test]
fn u4_read_only_refuses_every_change_with_exit_5_and_changes_nothing() {
    let d = desk();
    let id = d.new_incident("计费系统故障", "-2m").to_string();
    let backup = d.path().join("copy.db");
    d.ok(&["backup", backup.to_str().unwrap()]);
    let fresh = d.path().join("other.db");
    let before = history_rows(&d);
    let refused: Vec<Vec<&str>> = vec![
        vec!["--read-only", "incident", "accept", &id],
        vec!["incident", "note", &id, "a note", "--read-only"],
        vec![
            "--read-only",
            "user",
            "add",
            "x1",
            "--name",
            "X",
            "--role",
            "operator",
            "--dept",
            "it",
        ],
        vec!["--read-only", "dept", "add", "ops2", "--name", "运维二部"],
        vec!["--read-only", "restore", "--force", backup.to_str().unwrap()],
        vec!["--read-only", "tick"],
        vec!["--read-only", "send"],
        vec![
            "--read-only",
            "billing",
            "new",
            "--kind",
            "billing",
            "--period",
            "2026-10",
        ],
        vec!["--read-only", "--db", fresh.to_str().unwrap(), "init"],
        vec!["--read-only", "--db", fresh.to_str().unwrap(), "demo"],
    ];
    for args in &refused {
        let err = d.fails(5, args);
        assert!(err.contains("read-only"), "{args:?}: {err}");
    }
    assert_eq!(history_rows(&d), before, "nothing changed");
    assert!(!fresh.exists(), "no database written");
    // Reads work as ever.
    d.ok(&["--read-only", "incident", "list"]);
    d.ok(&["--read-only", "check"]);
}

#[test]
fn i6_a_step_never_reached_once_the_restoration_is_recorded_is_withdrawn() {
    let d = desk();
    let id = d.new_incident("计费系统批价超时", "-40m").to_string();
    let v = d.json(&["incident", "show", &id]);
    let got = duties(&v);
    assert_eq!(got.len(), 4, "supervisor, manager, leader and the broadcast: {got:?}");
    d.ok(&["incident", "accept", &id]);
    // Restored three minutes after receipt, recorded now.
    let received: DateTime<Utc> = v["received_at"].as_str().unwrap().parse().unwrap();
    let v = d.json(&[
        "incident",
        "restore",
        &id,
        "--at",
        &rfc(received + Duration::minutes(3)),
    ]);
    assert_eq!(v["escalation_level"], "none");
    let states: Vec<(String, String)> = duties(&v);
    for kind in ["report_supervisor", "report_manager", "report_leader", "broadcast"] {
        assert!(
            states.contains(&(kind.to_string(), "withdrawn".to_string())),
            "{kind} withdrawn: {states:?}"
        );
    }
    assert!(states.iter().any(|(k, _)| k == "recovery_notice"), "{states:?}");
    // Nothing goes for a withdrawn duty, and duty list no longer shows them.
    d.ok(&["send"]);
    let sent = d.json(&["outbox", "list", "--state", "sent"]);
    assert!(
        sent.as_array()
            .unwrap()
            .iter()
            .all(|m| m["duty"]["kind"] == "recovery_notice"),
        "{sent}"
    );
    let open = d.json(&["duty", "list"]);
    assert!(
        open.as_array().unwrap().iter().all(|x| x["kind"] == "recovery_notice"),
        "{open}"
    );
    // The reason is on the timeline and check replays it.
    let h = d.json(&["history", "incident", &id]);
    let withdrawn: Vec<&Value> = h
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["action"] == "withdraw")
        .collect();
    assert_eq!(withdrawn.len(), 4);
    assert!(
        withdrawn[0]["detail"]
            .as_str()
            .unwrap()
            .contains("before this step was reached")
    );
    d.ok(&["check"]);
}

#[test]
fn i6_a_report_already_sent_stays_sent_when_the_restoration_comes_later() {
    let d = desk();
    let id = d.new_incident("CRM 登录失败", "-8m").to_string();
    d.ok(&["send"]); // the supervisor report goes at once (automatic)
    d.ok(&["incident", "accept", &id]);
    d.ok(&["incident", "restore", &id, "--at", "-1m"]);
    let v = d.json(&["incident", "show", &id]);
    let states = duties(&v);
    assert!(
        states.contains(&("report_supervisor".into(), "done".into())),
        "{states:?}"
    );
}

#[test]
fn i6_an_incident_recorded_already_restored_raises_no_ladder() {
    let d = desk();
    let out = d.ok(&[
        "incident",
        "new",
        "--title",
        "短信网关中断（事后登记）",
        "--service",
        "sms",
        "--category",
        "network",
        "--channel",
        "phone",
        "--received-at",
        "-40m",
        "--restored-at",
        "-37m",
        "--json",
    ]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["status"], "restored");
    assert_eq!(v["owner"], common::login());
    assert_eq!(v["escalation_level"], "none");
    let kinds: Vec<String> = duties(&v).into_iter().map(|(k, _)| k).collect();
    assert_eq!(kinds, vec!["recovery_notice"], "no ladder step: {v}");
    d.fails(
        2,
        &[
            "incident",
            "new",
            "--title",
            "t",
            "--service",
            "s",
            "--category",
            "os",
            "--channel",
            "phone",
            "--received-at",
            "-5m",
            "--restored-at",
            "-10m",
        ],
    );
}

#[test]
fn i8_the_recovery_notice_reaches_everyone_the_broadcast_reached() {
    let d = desk();
    // Not restored within 30 minutes: the broadcast told every business department.
    let id = d.new_incident("计费系统全省中断", "-35m").to_string();
    d.ok(&["incident", "accept", &id]);
    let v = d.json(&["incident", "restore", &id]);
    let recovery = v["duties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["kind"] == "recovery_notice")
        .unwrap()
        .clone();
    let whom = recovery["whom"].as_str().unwrap();
    for who in ["孙丽", "赵敏", "cc:", "张伟"] {
        assert!(whom.contains(who), "{who} in {whom}");
    }
    // A monitoring alarm has no reporter: the departments named as affected are told.
    let out = d.ok(&[
        "incident",
        "new",
        "--title",
        "账务库主备切换",
        "--service",
        "accounts",
        "--category",
        "database",
        "--channel",
        "monitoring",
        "--received-at",
        "-3m",
        "--affected",
        "callcentre",
    ]);
    let mon = out.lines().next().unwrap().trim().to_string();
    d.ok(&["incident", "accept", &mon]);
    d.ok(&["incident", "affects", &mon, "marketing"]);
    d.fails(3, &["incident", "affects", &mon, "nosuchdept"]);
    let err = d.fails(2, &["incident", "affects", &mon, ""]);
    assert!(err.contains("at least one department"), "{err}");
    let shown = d.ok(&["incident", "show", &mon]);
    assert!(shown.contains("callcentre, marketing"), "{shown}");
    let v = d.json(&["incident", "restore", &mon]);
    assert_eq!(v["affected"], serde_json::json!(["callcentre", "marketing"]));
    let whom = v["duties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["kind"] == "recovery_notice")
        .unwrap()["whom"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(whom.contains("赵敏") && whom.contains("孙丽"), "{whom}");
    assert!(!whom.contains("cc:"), "no broadcast, no copy to IT: {whom}");
    d.ok(&["check"]);
}

#[test]
fn i11_one_outage_reported_by_three_callers_counts_once_to_the_second() {
    let d = desk();
    // Three callers report one 25-minute suspension of billing, a minute apart. Whole seconds
    // fixed once, so the three commands' clocks cannot stretch the outage across a second.
    let start = Utc::now() - Duration::minutes(60);
    let start = Utc.timestamp_opt(start.timestamp(), 0).unwrap();
    let (started, restored) = (rfc(start), rfc(start + Duration::minutes(25)));
    for (k, caller) in ["孙丽", "赵敏", "钱工"].iter().enumerate() {
        let received = rfc(start + Duration::minutes(k as i64));
        d.ok(&[
            "incident",
            "new",
            "--title",
            "计费中断",
            "--service",
            "billing",
            "--category",
            "application",
            "--channel",
            "phone",
            "--reporter",
            caller,
            "--received-at",
            &received,
            "--started-at",
            &started,
            "--restored-at",
            &restored,
            "--outage",
        ]);
    }
    let b = d.json(&["outage"]);
    let billing = b
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["service"] == "billing")
        .unwrap();
    assert_eq!(billing["used_seconds"], 25 * 60, "{billing}");
    assert_eq!(billing["monthly_breach"], false);
    assert_eq!(billing["incidents"].as_array().unwrap().len(), 3);
    let table = d.ok(&["outage"]);
    assert!(table.contains("25m"), "{table}");
}

#[test]
fn c10_a_change_starts_only_inside_its_scheduled_window_unless_a_manager_overrides() {
    let d = desk();
    // A change that affects no user, in a window 20 days ahead: announced, not yet due.
    let day = Utc::now().with_timezone(&Shanghai).date_naive() + Duration::days(20);
    let at = |h: u32| {
        Shanghai
            .with_ymd_and_hms(day.year(), day.month(), day.day(), h, 0, 0)
            .unwrap()
            .to_rfc3339()
    };
    let month = format!("{:04}-{:02}", day.year(), day.month());
    let id = d
        .ok(&[
            "change",
            "new",
            "--title",
            "账务系统索引重建",
            "--systems",
            "accounts",
            "--month",
            &month,
            "--start",
            &at(10),
            "--end",
            &at(12),
        ])
        .trim()
        .to_string();
    d.ok(&["change", "plan", &id, "--start", &at(10), "--end", &at(12)]);
    d.ok(&["change", "confirm-test", &id, "--by", "市场部 孙丽"]);
    d.ok(&["change", "schedule", &id]);
    d.ok(&["change", "notify", &id, "--notice", "c7", "--channel", "email"]);
    let err = d.fails(1, &["change", "start", &id]);
    assert!(err.contains("C10") && err.contains("outside that window"), "{err}");
    assert!(
        err.contains(&format!("{} 10:00", day.format("%Y-%m-%d"))),
        "says the window: {err}"
    );
    // The admin (a manager and above) may override, with a reason; an operator may not (that
    // refusal is the domain's c10_ test: one login runs these).
    d.fails(2, &["change", "start", &id, "--override", " "]);
    d.ok(&["change", "start", &id, "--override", "计费中断，必须提前"]);
    let v = d.json(&["change", "show", &id]);
    assert_eq!(v["status"], "executing");
    let shown = d.ok(&["change", "show", &id]);
    assert!(shown.contains("started outside its window"), "{shown}");
}

#[test]
fn i21_9_implausible_times_and_settings_are_refused_by_name() {
    let d = desk();
    for (arg, value) in [
        ("--received-at", "1970-01-01 00:00"),
        ("--received-at", "0000-01-01T00:00:00Z"),
    ] {
        let err = d.fails(
            2,
            &[
                "incident",
                "new",
                "--title",
                "t",
                "--service",
                "s",
                "--category",
                "os",
                "--channel",
                "phone",
                arg,
                value,
            ],
        );
        assert!(err.contains(arg) && err.contains("2000-2099"), "{err}");
    }
    for (key, line) in [
        (
            "explanation_within_hours = 4294967295",
            "notify.explanation_within_hours",
        ),
        ("broadcast_after_minutes = 4294967295", "notify.broadcast_after_minutes"),
    ] {
        d.write_config(&format!("[notify]\n{key}\n"));
        let err = d.fails(1, &["config", "check"]);
        assert!(err.contains(line) && err.contains(":2:"), "{err}");
    }
    d.write_config("[recurrence]\nwindow_days = 4294967295\n");
    let err = d.fails(1, &["incident", "list"]);
    assert!(err.contains("recurrence.window_days"), "{err}");
}

#[test]
fn i21_24_a_draft_near_its_deadline_is_flagged_in_duty_list() {
    let d = desk();
    // Not restored within 30 minutes, 33 minutes ago: the broadcast (a draft, for review) is
    // due at 35 minutes; past half its window it is flagged.
    d.new_incident("计费系统全省中断", "-33m");
    d.ok(&["send"]);
    let list = d.json(&["duty", "list"]);
    let broadcast = list
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["kind"] == "broadcast")
        .unwrap()
        .clone();
    assert_eq!(broadcast["review_urgent"], true, "{broadcast}");
    let text = d.ok(&["duty", "list"]);
    assert!(text.contains("REVIEW NOW") && text.contains("await review"), "{text}");
    // Approved: no longer flagged.
    let drafts = d.json(&["outbox", "list", "--state", "draft"]);
    for m in drafts.as_array().unwrap() {
        d.ok(&["outbox", "approve", &m["id"].to_string()]);
    }
    let list = d.json(&["duty", "list"]);
    assert!(
        list.as_array().unwrap().iter().all(|x| x["review_urgent"] == false),
        "{list}"
    );
}

#[test]
fn w2_counts_across_a_year_the_calendar_does_not_know_say_so() {
    let d = desk();
    let today = Utc::now().with_timezone(&Shanghai).date_naive();
    let next = today.year() + 1;
    // The shipped calendar holds 2026 only: next year is unknown.
    let out = d.ok(&["calendar", "--month", &format!("{next}-01")]);
    assert!(out.contains(&format!("no holidays for {next}")), "{out}");
    let start = format!("{next}-01-20 10:00");
    let id = d
        .ok(&[
            "change",
            "new",
            "--title",
            "跨年变更",
            "--systems",
            "crm",
            "--start",
            &start,
            "--end",
            &format!("{next}-01-20 12:00"),
        ])
        .trim()
        .to_string();
    let shown = d.ok(&["change", "show", &id]);
    assert!(
        shown.contains("CALENDAR") && shown.contains(&format!("no holidays for {next}")),
        "{shown}"
    );
    let out = d.run(&[
        "change",
        "plan",
        &id,
        "--start",
        &start,
        "--end",
        &format!("{next}-01-20 12:00"),
    ]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("[[calendar.years]]"));
    // config check warns from December on (and all year once the year itself is unknown).
    let warns = d.ok(&["config", "check"]).contains("warning:");
    assert_eq!(warns, today.year() != 2026 || today.month() == 12);
    // A desk that added both years hears nothing.
    d.write_config(&format!(
        "[[calendar.years]]\nyear = {}\noff = []\nworkdays = []\n\n[[calendar.years]]\nyear = {next}\noff = []\nworkdays = []\n",
        today.year()
    ));
    assert!(!d.ok(&["config", "check"]).contains("warning:"));
}

#[test]
fn i21_names_with_controls_are_refused_and_invisible_characters_shown_inert() {
    let d = desk();
    for bad in ["bil\u{1b}[2Jling", "crm\u{200b}", "a\u{2066}b"] {
        let err = d.fails(
            2,
            &["change", "new", "--title", "t", "--systems", bad, "--month", "2026-12"],
        );
        assert!(err.contains("control or invisible"), "{err}");
    }
    // A title keeps what was typed, but no terminal sees it raw.
    let id = d.new_incident("计费\u{200b}系统\u{feff}", "-1m");
    let list = d.ok(&["incident", "list"]);
    assert!(list.contains("计费<U+200B>系统<U+FEFF>"), "{list}");
    assert!(!list.contains('\u{200b}'));
    let json = d.ok(&["incident", "show", &id.to_string(), "--json"]);
    assert!(json.contains("\\u200b") && !json.contains('\u{200b}'), "{json}");
    // A system name stored before this check (written behind opsdesk's back here) prints inert.
    let cid = d
        .ok(&[
            "change",
            "new",
            "--title",
            "t",
            "--systems",
            "crm",
            "--start",
            "2026-12-20 10:00",
            "--end",
            "2026-12-20 11:00",
        ])
        .trim()
        .to_string();
    let c = rusqlite::Connection::open(&d.db).unwrap();
    c.execute(
        "UPDATE changes SET systems = ?1 WHERE id = ?2",
        rusqlite::params!["[\"crm\\u001b]0;pwned\\u0007\"]", cid],
    )
    .unwrap();
    let plan = d.ok(&["change", "plan", "--month", "2026-12"]);
    assert!(plan.contains("crm^[]0;pwned^G") && !plan.contains('\u{1b}'), "{plan}");
}

#[test]
fn i4_an_acceptance_recorded_after_the_fact_keeps_its_time() {
    let d = desk();
    let id = d.new_incident("账务库连接数满", "-40m").to_string();
    let v = d.json(&["incident", "accept", &id, "--at", "-38m"]);
    let received: DateTime<Utc> = v["received_at"].as_str().unwrap().parse().unwrap();
    let accepted: DateTime<Utc> = v["accepted_at"].as_str().unwrap().parse().unwrap();
    assert_eq!((accepted - received).num_minutes(), 2, "{v}");
    let other = d.new_incident("CRM 慢", "-5m").to_string();
    d.fails(2, &["incident", "accept", &other, "--at", "+10m"]);
    d.fails(2, &["incident", "accept", &other, "--at", "-6m"]);
}
