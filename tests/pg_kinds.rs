//! Knowledge (K1, I10), the support centre (R9, R7) and quality (Q5, Q6, Q7, I12) on PostgreSQL
//! (issue 20), against a real server (tests/common/pg.rs): articles written, updated and retired;
//! contact forms received, accepted, moved ahead by an urgent form, replied to by hand and through
//! the outbox; corrective notices issued and followed up, a monthly sample drawn, a callback that
//! reopens its incident, an outage budget (I11): each ends the same on a SQLite desk and on a PostgreSQL one, and the
//! search documents (JSON words included) are what SQLite's index reads.

mod common;

use common::pg::{kept, same_on_both, same_search};
use serde_json::Value;

/// `support new` of project `project` received at `received`, approved by the chain.
fn form<'a>(project: &'a str, received: &'a str) -> Vec<&'a str> {
    vec![
        "support",
        "new",
        "--project",
        project,
        "--client",
        "高新区管委会",
        "--type",
        "full",
        "--support",
        "出具完整方案",
        "--needs",
        "需要胶片方案",
        "--initiator",
        "周经理",
        "--dept",
        "enterprise",
        "--contact",
        "zhou@example.com",
        "--channel",
        "email",
        "--received-at",
        received,
        "--approval",
        "leader=刘总",
        "--approval",
        "marketing=许经理",
        "--json",
    ]
}

fn script(run: &dyn Fn(&[&str]) -> String) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    let mut keep = |args: &[&str]| out.push(kept(run, args));
    run(&[
        "dept",
        "add",
        "enterprise",
        "--name",
        "政企客户部",
        "--interface",
        "周经理",
        "--interface-email",
        "zhou@example.com",
    ]);
    keep(&[
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
        "--json",
    ]);
    keep(&[
        "incident",
        "new",
        "--title",
        "批价进程挂起",
        "--service",
        "billing",
        "--category",
        "application",
        "--channel",
        "phone",
        "--received-at",
        "2026-11-02 09:00",
        "--restored-at",
        "2026-11-02 09:04",
        "--json",
    ]);
    run(&["incident", "note", "1", "批价进程重启后恢复"]);
    run(&["incident", "resolve", "1", "--cause", "批价进程内存泄漏"]);
    keep(&["article", "from-incident", "1", "--dry-run", "--json"]);
    keep(&["article", "from-incident", "1", "--json"]);
    keep(&[
        "article",
        "update",
        "1",
        "--title",
        "话单积压的处理",
        "--categories",
        "application,database",
        "--json",
    ]);
    keep(&["article", "retire", "2", "--json"]);
    keep(&["article", "list", "--json"]);
    keep(&["article", "show", "1", "--json"]);
    keep(&form("一号", "2026-11-11 10:00"));
    keep(&form("二号", "2026-11-12 10:00"));
    keep(&form("三号", "2026-11-13 10:00"));
    for id in ["1", "2", "3"] {
        keep(&["support", "accept", id, "--plan", "按台账顺序", "--json"]);
    }
    keep(&[
        "support",
        "urgent",
        "3",
        "--reason",
        "甲方提前评审",
        "--approved-by",
        "王总经理",
        "--approved-at",
        "2026-11-20 09:00",
        "--at",
        "2026-11-20 09:30",
        "--form-no",
        "JJ-007",
        "--json",
    ]);
    keep(&[
        "support",
        "reply",
        "1",
        "--channel",
        "email",
        "--text",
        "已收到，今日制定计划",
        "--at",
        "2026-11-11 10:40",
        "--json",
    ]);
    // Form 2's reply duty goes to the initiator through the outbox: sent, it is the reply (R9).
    keep(&["send", "--json"]);
    keep(&["outbox", "list", "--json"]);
    let messages: Value = serde_json::from_str(&run(&["outbox", "list", "--json"])).unwrap();
    let reply = messages
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["duty"]["kind"] == "r9_reply" && m["duty"]["record_id"] == 2)
        .unwrap_or_else(|| panic!("{messages:#}"))["id"]
        .to_string();
    keep(&["outbox", "approve", &reply, "--json"]);
    keep(&["send", "--json"]);
    for shown in [
        &["support", "ledger", "--json"][..],
        &["support", "list", "--json"],
        &["support", "list", "--late", "--json"],
        &["support", "show", "2", "--json"],
        &["support", "show", "3", "--json"],
        &["history", "support", "3", "--json"],
        &["history", "article", "1", "--json"],
        &["history", "incident", "1", "--json"],
    ] {
        keep(shown);
    }
    out
}

#[test]
fn k1_i10_r9_r7_articles_and_contact_forms_end_the_same_on_postgresql_as_on_sqlite() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let (lite, server) = same_on_both(pg, "knowledge_support", &script);
    // R9: form 2's reply went through the outbox on the server, which recorded it as the reply.
    let form = server.json(&["support", "show", "2", "--json"]);
    assert_eq!(form["reply_channel"], "outbox", "{form:#}");
    // The server's search documents, copied by `backup`, find what SQLite's index finds: the
    // articles' services and categories are JSON words.
    same_search(
        &lite,
        &server,
        &["话单积压", "database", "胶片方案", "甲方提前评审", "批价"],
    );
    assert!(server.ok(&["check"]).contains("check: ok"));
}

fn quality(run: &dyn Fn(&[&str]) -> String) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    let mut keep = |args: &[&str]| out.push(kept(run, args));
    keep(&[
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
        "--json",
    ]);
    keep(&[
        "corrective",
        "follow-up",
        "1",
        "--text",
        "清单已建未执行",
        "--next-due",
        "+21d",
        "--json",
    ]);
    keep(&[
        "corrective",
        "follow-up",
        "1",
        "--text",
        "回访率 100%",
        "--done",
        "--json",
    ]);
    keep(&["corrective", "close", "1", "--json"]);
    keep(&[
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
        "--json",
    ]);
    run(&["incident", "accept", "1"]);
    run(&["incident", "resolve", "1", "--cause", "模板服务重启"]);
    run(&["incident", "verify", "1", "--satisfaction", "5"]);
    keep(&["callback", "list", "--status", "due", "--json"]);
    keep(&[
        "callback",
        "record",
        "1",
        "--not-reached",
        "--remarks",
        "无人接听",
        "--json",
    ]);
    // I12: reached and not satisfied reopens the incident, in the same transaction.
    keep(&[
        "callback",
        "record",
        "1",
        "--reached",
        "--satisfaction",
        "1",
        "--remarks",
        "仍然打印失败",
        "--json",
    ]);
    keep(&["incident", "show", "1", "--json"]);
    run(&["incident", "resolve", "1", "--cause", "打印模板损坏"]);
    run(&["incident", "verify", "1", "--satisfaction", "4"]);
    run(&["incident", "close", "1"]);
    let month = chrono::Utc::now()
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .format("%Y-%m")
        .to_string();
    keep(&[
        "sample", "draw", "--month", &month, "--size", "5", "--seed", "7", "--json",
    ]);
    keep(&["sample", "show", "1", "--json"]);
    keep(&["sample", "list", "--json"]);
    keep(&["corrective", "list", "--json"]);
    keep(&["callback", "list", "--json"]);
    keep(&["history", "corrective", "1", "--json"]);
    // I11: a suspension counts against its service's outage budget.
    keep(&[
        "incident",
        "new",
        "--title",
        "营业厅受理中断",
        "--service",
        "crm",
        "--category",
        "network",
        "--channel",
        "phone",
        "--outage",
        "--received-at",
        "2026-11-05 09:00",
        "--restored-at",
        "2026-11-05 09:40",
        "--json",
    ]);
    keep(&["outage", "--month", "2026-11", "--json"]);
    out
}

#[test]
fn q5_q6_q7_i12_notices_samples_and_callbacks_end_the_same_on_postgresql_as_on_sqlite() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let (_, server) = same_on_both(pg, "quality", &quality);
    assert!(server.ok(&["check"]).contains("check: ok"));
}

/// `request new` of `kind` with the common fields, received at `received`, and `extra`.
fn request<'a>(kind: &'a str, title: &'a str, received: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut a = vec![
        "request",
        "new",
        "--kind",
        kind,
        "--title",
        title,
        "--dept",
        "marketing",
        "--requester",
        "孙丽",
        "--contact",
        "sunli@example.com",
        "--channel",
        "email",
        "--received-at",
        received,
    ];
    a.extend_from_slice(extra);
    a.push("--json");
    a
}

fn requests(run: &dyn Fn(&[&str]) -> String) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    let mut keep = |args: &[&str]| out.push(kept(run, args));
    run(&[
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
    keep(&request(
        "product",
        "校园套餐资费调整",
        "2026-11-18 10:00",
        &[
            "--filed-at",
            "2026-11-16 10:00",
            "--approval",
            "dept_manager=许经理@2026-11-17 09:00",
            "--approval",
            "marketing_manager=何主任@2026-11-18 09:30",
            "--form-no",
            "OA-RQ-0440",
        ],
    ));
    keep(&["request", "accept", "1", "--at", "2026-11-18 10:05", "--json"]);
    keep(&[
        "request",
        "pause",
        "1",
        "--reason",
        "等待资费说明附件",
        "--at",
        "2026-11-19 10:00",
        "--json",
    ]);
    keep(&["request", "resume", "1", "--at", "2026-11-20 10:00", "--json"]);
    keep(&["request", "deliver", "1", "--at", "2026-11-23 10:00", "--json"]);
    // R3: accounts granted by delivered requests follow the person; their leaving raises the
    // removals, one working day each.
    for (system, at) in [("billing", "2026-11-02 10:00"), ("crm", "2026-11-03 10:00")] {
        let title = format!("开通 {system} 帐号");
        keep(&request(
            "account",
            &title,
            at,
            &[
                "--action",
                "new",
                "--system",
                system,
                "--account",
                "zhangsan01",
                "--person",
                "zhangsan",
                "--permission",
                "查询",
                "--approval",
                "dept_manager=施经理",
                "--approval",
                "business_management=王科长",
            ],
        ));
    }
    for (id, at) in [("2", "2026-11-02 10:00"), ("3", "2026-11-03 10:00")] {
        keep(&["request", "accept", id, "--at", at, "--json"]);
        keep(&["request", "deliver", id, "--at", at, "--json"]);
    }
    keep(&[
        "person",
        "leave",
        "zhangsan",
        "--hr-record",
        "HR-2026-118",
        "--at",
        "2026-11-25 10:00",
        "--json",
    ]);
    keep(&["accounts", "remove", "1", "--how", "工单 SR-1 已注销", "--json"]);
    for shown in [
        &["accounts", "--to-remove", "--json"][..],
        &["accounts", "--person", "zhangsan", "--json"],
        &["request", "list", "--json"],
        &["request", "list", "--text", "资费", "--json"],
        &["request", "list", "--number", "OA-RQ-0440", "--json"],
        &["request", "show", "1", "--json"],
        &["duty", "list", "--json"],
        &["history", "person_change", "1", "--json"],
        &["history", "request", "1", "--json"],
    ] {
        keep(shown);
    }
    out
}

#[test]
fn r3_r7_r8_requests_and_the_accounts_they_grant_end_the_same_on_postgresql_as_on_sqlite() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let (lite, server) = same_on_both(pg, "requests", &requests);
    // R8: the export reads the same archive on the server.
    let export = ["request", "export", "--from", "2026-11-01", "--to", "2026-11-30"];
    assert_eq!(server.ok(&export), lite.ok(&export));
    assert!(server.ok(&["check"]).contains("check: ok"));
}
