//! One search over everything the desk recorded, through the real binary (issue 14): Chinese
//! terms of one and two characters, mixed Chinese and English, ids, closed records, filters by
//! kind, state and time, and the index following every write (the record's own, a note, another
//! kind's).

mod common;

use chrono::{Duration, Utc};
use common::Desk;
use serde_json::Value;

fn search(d: &Desk, args: &[&str]) -> Vec<(String, i64)> {
    let mut a = vec!["search"];
    a.extend_from_slice(args);
    let v: Value = d.json(&a);
    v.as_array()
        .unwrap()
        .iter()
        .map(|h| (h["kind"].as_str().unwrap().to_string(), h["id"].as_i64().unwrap()))
        .collect()
}

fn ids(hits: &[(String, i64)], kind: &str) -> Vec<i64> {
    hits.iter().filter(|(k, _)| k == kind).map(|(_, id)| *id).collect()
}

fn ago(minutes: i64) -> String {
    (Utc::now() - Duration::minutes(minutes)).to_rfc3339()
}

/// Three incidents: one closed, one with a note, one in English.
fn desk() -> (Desk, i64, i64, i64) {
    let d = Desk::init();
    let closed = d.new_incident("计费系统批价进程超时", &ago(300));
    for step in [
        vec!["incident", "accept"],
        vec!["incident", "resolve", "--cause", "话单积压，扩容批价节点"],
        vec!["incident", "verify", "--satisfaction", "5"],
        vec!["incident", "close"],
    ] {
        let mut a: Vec<&str> = step.clone();
        let id = closed.to_string();
        a.insert(2, &id);
        d.ok(&a);
    }
    let noted = d.new_incident("短信网关下发积压", &ago(60));
    d.ok(&["incident", "note", &noted.to_string(), "已通知短信平台厂商 Huawei 处理"]);
    let english = d.new_incident("CRM returns 502 after release", &ago(30));
    (d, closed, noted, english)
}

#[test]
fn two_character_chinese_words_find_open_and_closed_records() {
    let (d, closed, noted, _) = desk();
    assert_eq!(
        ids(&search(&d, &["话单"]), "incident"),
        vec![closed],
        "in the cause of a closed incident"
    );
    assert_eq!(ids(&search(&d, &["计费"]), "incident"), vec![closed]);
    assert_eq!(ids(&search(&d, &["短信"]), "incident"), vec![noted]);
    assert_eq!(
        ids(&search(&d, &["计费系统"]), "incident"),
        vec![closed],
        "four characters in a row"
    );
    assert!(
        search(&d, &["系统计费"]).is_empty(),
        "the same characters in another order are not a match"
    );
    // One character matches wherever it is, the last of a run included.
    assert_eq!(ids(&search(&d, &["时"]), "incident"), vec![closed]);
    assert!(search(&d, &["鲸鱼"]).is_empty());
}

#[test]
fn mixed_chinese_and_english_ids_and_the_filters() {
    let (d, closed, noted, english) = desk();
    // All words must match; English by word or its beginning, any case.
    assert_eq!(
        ids(&search(&d, &["短信", "huawei"]), "incident"),
        vec![noted],
        "a note's text"
    );
    assert_eq!(
        ids(&search(&d, &["厂商Huawei"]), "incident"),
        vec![noted],
        "Chinese and English in one word"
    );
    assert!(search(&d, &["短信", "crm"]).is_empty());
    assert_eq!(ids(&search(&d, &["relea"]), "incident"), vec![english]);
    assert_eq!(ids(&search(&d, &["502"]), "incident"), vec![english]);
    // An id names the record, first.
    let hits = search(&d, &[&format!("#{closed}")]);
    assert_eq!(hits[0], ("incident".to_string(), closed));
    // Newest change first.
    assert_eq!(
        ids(&search(&d, &["incident"]), "incident"),
        Vec::<i64>::new(),
        "kind words are not text"
    );
    let all = ids(&search(&d, &["--kind", "incident", "积压"]), "incident");
    assert_eq!(all, vec![noted, closed]);
    assert_eq!(ids(&search(&d, &["积压", "--closed"]), "incident"), vec![closed]);
    assert_eq!(ids(&search(&d, &["积压", "--open"]), "incident"), vec![noted]);
    assert!(search(&d, &["积压", "--kind", "problem"]).is_empty());
    assert_eq!(ids(&search(&d, &["积压", "--limit", "1"]), "incident"), vec![noted]);
    let future = (Utc::now() + Duration::hours(1)).to_rfc3339();
    assert!(search(&d, &["积压", "--since", &future]).is_empty());
    // Unknown kinds are refused with the list.
    let err = d.fails(2, &["search", "x", "--kind", "incidents"]);
    assert!(err.contains("incident, change"), "{err}");
    // The table names each hit's kind, id, state and the words matched.
    let out = d.ok(&["search", "话单"]);
    assert!(
        out.contains("incident") && out.contains("closed") && out.contains("话单积压"),
        "{out}"
    );
}

#[test]
fn the_index_follows_every_write_in_its_transaction() {
    let d = Desk::init();
    let id = d.new_incident("营业厅前台无法打印发票", &ago(10)).to_string();
    assert!(search(&d, &["模板"]).is_empty());
    // An update of the record, a note on it, and another kind's record.
    d.ok(&["incident", "accept", &id]);
    d.ok(&[
        "incident",
        "resolve",
        &id,
        "--cause",
        "发票模板加载失败",
        "--needs-change",
    ]);
    let hits = search(&d, &["模板"]);
    assert!(
        hits.contains(&("incident".to_string(), id.parse().unwrap())),
        "{hits:?}"
    );
    assert!(
        hits.contains(&("problem".to_string(), 1)),
        "the problem made in the same step: {hits:?}"
    );
    d.ok(&["incident", "note", &id, "已联系厂商 Kingdee"]);
    assert_eq!(
        ids(&search(&d, &["kingdee"]), "incident"),
        vec![id.parse::<i64>().unwrap()]
    );
    // A record's new words replace its old ones.
    d.ok(&["problem", "edit", "1", "--title", "开票引擎缺陷"]);
    assert_eq!(ids(&search(&d, &["开票引擎"]), "problem"), vec![1]);
    let hit = d.json(&["search", "开票引擎"]);
    assert_eq!(hit[0]["title"], "开票引擎缺陷", "the hit shows the record as it is now");
    // A refused write leaves the index as it was.
    d.fails(3, &["problem", "plan", "1", "--change", "99"]);
    assert_eq!(ids(&search(&d, &["开票引擎", "--open"]), "problem"), vec![1]);
    // And `check` finds the history replaying to every record.
    d.ok(&["check"]);
}
