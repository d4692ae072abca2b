//! `opsdesk search` on PostgreSQL (issue 20, issue 14), against a real server
//! (tests/common/pg.rs): the same desk written on both engines, then many queries (Chinese of one,
//! two and four characters, English in any case, beginnings of words, phrases, ids, no hit, a limit
//! that cuts, each filter) give the same hits in the same order on both, instants aside.

mod common;

use std::time::Duration;

use common::pg::{Run, kept, same_on_both};
use serde_json::Value;

/// `incident new` titled `title`, received at a fixed instant; its id.
fn incident(run: Run, title: &str) -> String {
    run(&[
        "incident",
        "new",
        "--title",
        title,
        "--service",
        "billing",
        "--category",
        "application",
        "--channel",
        "phone",
        "--received-at",
        "2026-11-02 09:00",
    ])
    .trim()
    .to_string()
}

/// What each query is asked with, besides `--json`; `{since}` is the instant between the two
/// batches of records.
const QUERIES: &[&[&str]] = &[
    &["话"],
    &["费"],
    &["计"],
    &["计费"],
    &["短信"],
    &["话单"],
    &["计费系统"],
    &["系统计费"],
    &["批价", "超时"],
    &["crm"],
    &["CRM"],
    &["Cr"],
    &["c"],
    &["C", "计"],
    &["bil"],
    &["billing"],
    &["BILLING", "host"],
    &["Billing-Host"],
    &["disk"],
    &["disk", "--limit", "1"],
    &["dis"],
    &["ORA-00060"],
    &["00060"],
    &["ora-0006"],
    &["crm_db"],
    &["data_base"],
    &["base"],
    &["12"],
    &["#12"],
    &["#3"],
    &["502"],
    &["huawei", "短信"],
    &["工单CRM"],
    &["CRM工单"],
    &["工单crm同步"],
    &["v2.3"],
    &["ärger"],
    &["ÄRGER", "café"],
    &["москва"],
    &["МОСК"],
    &["鲸鱼"],
    &["zzz"],
    &["话", "--limit", "2"],
    &["c", "--limit", "3"],
    &["话", "--kind", "article"],
    &["短信", "--kind", "incident,problem"],
    &["crm", "--kind", "problem"],
    &["话", "--open"],
    &["话", "--closed"],
    &["12", "--closed"],
    &["c", "--since", "{since}"],
    &["话", "--since", "{since}", "--limit", "2"],
    &["短信", "--since", "{since}", "--open", "--kind", "incident"],
];

fn script(run: Run) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    let first = incident(run, "计费系统批价进程超时");
    for step in [
        &["incident", "accept", &first][..],
        &["incident", "resolve", &first, "--cause", "话单积压，扩容批价节点"],
        &["incident", "verify", &first, "--satisfaction", "5"],
        &["incident", "close", &first],
    ] {
        run(step);
    }
    for title in [
        "短信网关下发积压",
        "CRM returns 502 after release",
        "Billing host disk full",
        "diskette drive on BILLING-HOST-02",
        "ORA-00060 deadlock in crm_db",
        "工单CRM同步失败",
        "Ärger mit dem Café in Москва",
    ] {
        incident(run, title);
    }
    run(&[
        "article",
        "new",
        "--kind",
        "faq",
        "--title",
        "话单积压怎么办",
        "--body",
        "1. 查看采集进程\n2. 重启 disk",
        "--services",
        "billing",
        "--categories",
        "application",
    ]);
    // An instant between the two batches, a second clear of each (instants are seconds).
    std::thread::sleep(Duration::from_millis(1100));
    let since = chrono::Utc::now().to_rfc3339();
    std::thread::sleep(Duration::from_millis(1100));
    for title in [
        "data_base backup 话务",
        "v2.3 release 计费",
        "短信 #12 test",
        "Crm crmx 计",
        "incident twelve 12",
        "信",
    ] {
        incident(run, title);
    }
    run(&["incident", "note", "2", "已通知短信平台厂商 Huawei 处理"]);
    run(&[
        "problem",
        "new",
        "--title",
        "短信网关容量不足",
        "--root-cause",
        "单节点 CRM",
        "--service",
        "billing",
        "--incidents",
        "2",
    ]);
    for q in QUERIES {
        let mut args = vec!["search"];
        args.extend(q.iter().map(|a| if *a == "{since}" { since.as_str() } else { a }));
        args.push("--json");
        out.push(kept(run, &args));
    }
    out
}

#[test]
fn search_finds_the_same_on_postgresql_as_on_sqlite() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let (lite, _server) = same_on_both(pg, "search", &script);
    // The queries are worth comparing: most find something, some nothing, a limit cuts, the
    // whole word comes before its beginnings, `since` leaves out the first batch.
    let hits = |args: &[&str]| -> Vec<(String, i64)> {
        let mut a = vec!["search"];
        a.extend_from_slice(args);
        let v: Value = lite.json(&a);
        v.as_array()
            .unwrap()
            .iter()
            .map(|h| (h["kind"].as_str().unwrap().to_string(), h["id"].as_i64().unwrap()))
            .collect()
    };
    let found = QUERIES
        .iter()
        .filter(|q| !q.contains(&"{since}") && !hits(q).is_empty())
        .count();
    assert!(found >= 35, "{found}");
    assert!(hits(&["鲸鱼"]).is_empty() && hits(&["系统计费"]).is_empty());
    assert_eq!(hits(&["话", "--limit", "2"]).len(), 2);
    assert!(hits(&["话"]).len() > 2);
    let disk = hits(&["disk", "--limit", "1"]);
    assert!(disk.len() == 1 && disk[0] != ("incident".to_string(), 5), "{disk:?}");
    assert!(hits(&["disk"]).contains(&("incident".to_string(), 5)));
    assert!(hits(&["#12"]).first().is_some_and(|h| h.1 == 12));
    assert!(hits(&["ÄRGER", "café"]).contains(&("incident".to_string(), 8)));
    assert!(hits(&["москва"]).contains(&("incident".to_string(), 8)));
    assert!(hits(&["crm", "--kind", "problem"]).len() == 1);
}

/// A desk of more documents than the server reads newest first before it asks the trigram index
/// (store/search/server.rs, 5,000): a page the newest fill, one they leave short (the rest from
/// the index below them, in the same order), a word that is only older, and none: each the same
/// as SQLite's FTS5 on a copy of the same desk.
#[test]
fn search_past_the_newest_documents_is_the_same_on_postgresql_as_on_sqlite() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let server = common::pg::app_desk(pg, "search_walk");
    server.ok(&["demo", "--role", "supervisor", "--incidents", "6000", "--seed", "20"]);
    let copy = server.dir.path().join("copy.db");
    server.ok(&["backup", copy.to_str().unwrap()]);
    let lite = common::Desk::empty();
    let docs: i64 = pg
        .connect("search_walk", common::pg::APP_ROLE)
        .query_one("SELECT count(*) FROM search_docs", &[])
        .unwrap()
        .get(0);
    assert!(docs > 6000, "{docs} documents");
    let on_copy = |args: &[&str]| -> Value {
        let out = lite.cmd(args).env("OPSDESK_DB", &copy).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        common::pg::timeless(serde_json::from_slice(&out.stdout).unwrap())
    };
    let mut long = 0;
    // The longest page short of its limit.
    for q in [
        &["CRM 工单"][..],
        &["crm", "--limit", "1000"],
        &["话单", "--limit", "1000"],
        &["billing", "--limit", "1000"],
        &["tablespace", "--limit", "1000"],
        &["鲸鱼"],
        &["ORA-00060 死锁", "--limit", "500"],
    ] {
        let mut args = vec!["search"];
        args.extend_from_slice(q);
        args.push("--json");
        let (want, got) = (on_copy(&args), common::pg::timeless(server.json(&args)));
        assert_eq!(got, want, "{q:?}");
        let n = want.as_array().map_or(0, Vec::len);
        if n < 1000 {
            long = long.max(n);
        }
    }
    // A page of a thousand the newest 5,000 could not fill: the rest came from below them.
    assert!((200..1000).contains(&long), "{long} hits");
}
