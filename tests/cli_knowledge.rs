//! The knowledge base through the real binary (issue 14, K1, I10): the life of an article, the
//! reviewer who is not the author, a case made from a resolved incident, and the articles in use
//! shown with an incident of their service.

mod common;

use chrono::{Duration, Utc};
use common::Desk;

fn desk() -> Desk {
    let d = Desk::init();
    d.add_person("hanmeimei", "韩梅梅", "operator", "", "");
    d
}

#[test]
fn k1_the_author_may_not_review_and_nothing_changes() {
    let d = desk();
    let a = d.json(&[
        "article",
        "new",
        "--kind",
        "faq",
        "--title",
        "话单积压怎么办",
        "--body",
        "1. 查看采集进程\n2. 重启",
        "--services",
        "billing",
        "--categories",
        "application",
    ]);
    assert_eq!((a["status"].as_str(), a["version"].as_i64()), (Some("draft"), Some(1)));
    let err = d.fails(5, &["article", "review", "1"]);
    assert!(err.contains("K1") && err.contains("may not review"), "{err}");
    let after = d.json(&["article", "show", "1"]);
    assert_eq!(
        (after["status"].as_str(), after["version"].as_i64()),
        (Some("draft"), Some(1))
    );
    assert!(!d.ok(&["history", "article", "1"]).contains("review"), "no history row");
    // Publishing before a review is refused too.
    d.fails(1, &["article", "publish", "1"]);
}

#[test]
fn k1_a_retired_article_is_kept_found_and_no_longer_shown_with_incidents() {
    let d = desk();
    d.ok(&[
        "article",
        "new",
        "--kind",
        "manual",
        "--title",
        "计费系统批价重启手册",
        "--body",
        "步骤：\n1. 停止批价\n2. 启动",
        "--services",
        "billing",
    ]);
    let r = d.json(&["article", "retire", "1"]);
    assert_eq!(r["status"], "retired");
    d.fails(1, &["article", "update", "1", "--title", "x"]);
    let hits = d.json(&["search", "批价重启", "--kind", "article"]);
    assert_eq!(hits[0]["id"], 1, "a retired article is still found");
    assert_eq!(hits[0]["state"], "retired");
    let received = (Utc::now() - Duration::minutes(10)).to_rfc3339();
    let inc = d.new_incident("批价超时", &received).to_string();
    assert_eq!(
        d.json(&["incident", "show", &inc])["articles"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
}

#[test]
fn i10_a_case_is_drafted_from_a_resolved_incident_with_its_handling() {
    let d = desk();
    let received = (Utc::now() - Duration::hours(1)).to_rfc3339();
    let inc = d.new_incident("话单采集延迟两小时", &received).to_string();
    d.ok(&["incident", "accept", &inc]);
    d.ok(&["incident", "note", &inc, "交换机侧 FTP 限速已解除"]);
    // Not resolved yet: refused, nothing written.
    let err = d.fails(1, &["article", "from-incident", &inc]);
    assert!(err.contains("not resolved"), "{err}");
    d.ok(&["incident", "resolve", &inc, "--cause", "交换机 FTP 限速"]);
    let draft = d.json(&["article", "from-incident", &inc, "--dry-run"]);
    let body = draft["body"].as_str().unwrap();
    for part in ["交换机 FTP 限速", "交换机侧 FTP 限速已解除", "accept"] {
        assert!(body.contains(part), "{part} in {body}");
    }
    assert_eq!(
        d.json(&["article", "list"]).as_array().unwrap().len(),
        0,
        "a dry run writes nothing"
    );
    let a = d.json(&["article", "from-incident", &inc]);
    assert_eq!(
        (a["kind"].as_str(), a["status"].as_str()),
        (Some("case"), Some("draft"))
    );
    assert_eq!(a["incidents"][0].to_string(), inc);
    assert!(
        d.ok(&["history", "incident", &inc]).contains("article 1"),
        "the incident's timeline says so"
    );
}

#[test]
fn k1_the_whole_life_on_the_demo_desk_with_a_second_person_reviewing() {
    let d = Desk::demo("supervisor");
    // The demo's draft case was written by 韩梅梅: the test's login may review it.
    let drafts = d.json(&["article", "list", "--status", "draft"]);
    let id = drafts[0]["id"].to_string();
    assert_eq!(drafts[0]["author"], "hanmeimei");
    assert_eq!(d.json(&["article", "review", &id])["status"], "reviewed");
    let p = d.json(&["article", "publish", &id]);
    assert_eq!(
        (p["status"].as_str(), p["revision"].as_i64()),
        (Some("published"), Some(1))
    );
    // Updated by the test's login: the published text stays in use, the new one waits for a
    // review its writer may not give.
    let u = d.json(&["article", "update", &id, "--body", "## 经验\n\n值班员先查看采集日志。"]);
    assert_eq!(
        (u["status"].as_str(), u["revision"].as_i64()),
        (Some("updated"), Some(2))
    );
    d.fails(5, &["article", "review", &id]);
    assert_eq!(d.json(&["article", "retire", &id])["status"], "retired");
    // A new billing incident of the application category shows the published billing FAQ.
    let received = (Utc::now() - Duration::minutes(3)).to_rfc3339();
    let inc = d.new_incident("批价进程再次超时", &received).to_string();
    let shown = d.json(&["incident", "show", &inc]);
    let titles: Vec<&str> = shown["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, vec!["话单积压、批价超时怎么办"]);
    assert!(
        d.ok(&["incident", "show", &inc])
            .contains("knowledge: article 1 (faq): 话单积压、批价超时怎么办")
    );
}
