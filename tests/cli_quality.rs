//! Quality through the real binary (issue 15 items 5-7): corrective notices (Q6), samples and
//! their findings (Q5), callbacks that reopen a dissatisfying incident (Q7, I12).

mod common;

use chrono::Utc;
use chrono_tz::Asia::Shanghai;
use common::Desk;
use serde_json::Value;

fn kinds_of(duties: &Value) -> Vec<String> {
    duties
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["kind"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn q6_a_notice_is_issued_sent_and_followed_up_until_done() {
    let d = Desk::init();
    let v = d.json(&[
        "corrective",
        "new",
        "--dept",
        "it",
        "--findings",
        "抽检 20 单中 4 单未回访",
        "--measures",
        "每日核对回访清单",
        "--responsible",
        "韩梅梅",
        "--due",
        "+14d",
        "--expected-effect",
        "回访率 100%",
    ]);
    let id = v["corrective"]["id"].as_i64().unwrap().to_string();
    assert_eq!(v["corrective"]["status"], "issued");
    let kinds = kinds_of(&v["duties"]);
    assert!(kinds.contains(&"q6_corrective_notice".into()), "{kinds:?}");
    assert!(kinds.contains(&"q6_follow_up".into()), "{kinds:?}");
    // Not done yet: another round, with a new due date; then done.
    let again = d.json(&[
        "corrective",
        "follow-up",
        &id,
        "--text",
        "清单已建未执行",
        "--next-due",
        "+21d",
    ]);
    assert_eq!(
        (
            again["corrective"]["round"].as_i64(),
            again["corrective"]["status"].as_str()
        ),
        (Some(1), Some("issued"))
    );
    let follow_ups: Vec<&Value> = again["duties"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["kind"] == "q6_follow_up")
        .collect();
    assert_eq!(follow_ups.len(), 2, "one per round");
    assert!(!follow_ups[0]["done_at"].is_null() && follow_ups[1]["done_at"].is_null());
    let done = d.json(&["corrective", "follow-up", &id, "--text", "回访率 100%", "--done"]);
    assert_eq!(done["corrective"]["status"], "followed_up");
    assert_eq!(d.json(&["corrective", "close", &id])["corrective"]["status"], "closed");
    d.fails(1, &["corrective", "follow-up", &id, "--text", "again", "--done"]);
    let list = d.json(&["corrective", "list", "--status", "closed"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    d.ok(&["check"]);
}

#[test]
fn q6_an_operator_may_not_issue_a_notice() {
    let d = Desk::demo("operator");
    let notices = |d: &Desk| {
        d.json(&["corrective", "list"])
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["corrective"].clone())
            .collect::<Vec<Value>>()
    };
    let before = notices(&d);
    let e = d.fails(
        5,
        &[
            "corrective",
            "new",
            "--dept",
            "it",
            "--findings",
            "x",
            "--measures",
            "y",
            "--responsible",
            "z",
            "--due",
            "+3d",
            "--expected-effect",
            "w",
        ],
    );
    assert!(e.contains("supervisor"), "{e}");
    assert_eq!(notices(&d), before, "nothing changed");
}

#[test]
fn q5_q7_a_sample_is_reproducible_a_handler_may_not_review_and_an_unhappy_callback_reopens() {
    let d = Desk::init();
    let id = d
        .ok(&[
            "incident",
            "new",
            "--title",
            "发票打印失败",
            "--service",
            "billing",
            "--category",
            "application",
            "--channel",
            "phone",
            "--received-at",
            "-2h",
            "--reporter",
            "张三",
            "--contact",
            "13800000000",
        ])
        .trim()
        .to_string();
    d.ok(&["incident", "accept", &id]);
    d.ok(&["incident", "resolve", &id, "--cause", "模板服务重启"]);
    d.ok(&["incident", "verify", &id, "--satisfaction", "5"]);
    // Q7: verified, the reporter is owed a callback, as a duty.
    let cbs = d.json(&["callback", "list", "--status", "due"]);
    let cb = &cbs.as_array().unwrap()[0];
    assert_eq!(
        (
            cb["callback"]["record_kind"].as_str(),
            cb["callback"]["record_id"].to_string()
        ),
        (Some("incident"), id.clone())
    );
    assert_eq!(kinds_of(&cb["duties"]), vec!["q7_callback".to_string()]);
    let cb_id = cb["callback"]["id"].to_string();
    d.ok(&["incident", "close", &id]);
    // Q5: the same seed, the same sample.
    let month = Utc::now().with_timezone(&Shanghai).format("%Y-%m").to_string();
    let a = d.json(&["sample", "draw", "--month", &month, "--size", "5", "--seed", "7"]);
    let b = d.json(&["sample", "draw", "--month", &month, "--size", "5", "--seed", "7"]);
    assert_eq!(a["items"], b["items"]);
    assert_eq!(a["sample"]["candidates"], 1);
    let sid = a["sample"]["id"].to_string();
    // The reviewer handled the incident: refused, with the rule.
    let e = d.fails(5, &["sample", "finding", &sid, "1", "--ok"]);
    assert!(e.contains("Q5"), "{e}");
    assert_eq!(d.json(&["sample", "show", &sid])["open"], 1, "nothing recorded");
    // Its label whole, not cut to the column ("without a f~").
    let shown = d.ok(&["sample", "show", &sid]);
    assert!(shown.contains("\nwithout a finding  1\n"), "{shown}");
    // Q7, I12: not reached stays owed; reached and not satisfied reopens the incident.
    let nr = d.json(&["callback", "record", &cb_id, "--not-reached", "--remarks", "无人接听"]);
    assert_eq!(
        (
            nr["view"]["callback"]["status"].as_str(),
            nr["view"]["callback"]["attempts"].as_i64()
        ),
        (Some("due"), Some(1))
    );
    let r = d.json(&[
        "callback",
        "record",
        &cb_id,
        "--reached",
        "--satisfaction",
        "1",
        "--remarks",
        "仍然打印失败",
    ]);
    assert_eq!(r["reopened"].to_string(), id);
    let inc = d.json(&["incident", "show", &id]);
    assert_eq!(
        (inc["status"].as_str(), inc["episode"].as_i64()),
        (Some("accepted"), Some(1))
    );
    d.fails(1, &["callback", "record", &cb_id, "--not-reached"]);
    d.ok(&["check"]);
}
