//! The support centre's contact forms through the real binary (issue 13, R9, R7): a form refused
//! without material or needs, the reply clock met and missed, the ledger's order with an urgent
//! form and whom it overtook, revisions by the first author only, the reply through the outbox.

mod common;

use common::Desk;
use serde_json::Value;

/// A desk with the department forms come from, and two people of the centre.
fn desk() -> Desk {
    let d = Desk::init();
    d.ok(&[
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
    d.add_person("lilei", "李雷", "operator", "13800000005", "lilei@example.com");
    d
}

/// `support new` with everything but `extra`; the new id.
fn new(d: &Desk, project: &str, received: &str, extra: &[&str]) -> String {
    let mut a = vec![
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
    ];
    a.extend_from_slice(extra);
    d.ok(&a).trim().to_string()
}

#[test]
fn r9_a_form_with_neither_material_nor_needs_is_refused_with_the_reason() {
    let d = desk();
    let mut a = vec![
        "support",
        "new",
        "--project",
        "智慧园区",
        "--client",
        "管委会",
        "--type",
        "full",
        "--support",
        "方案",
        "--initiator",
        "周经理",
        "--dept",
        "enterprise",
        "--channel",
        "email",
        "--approval",
        "leader=刘总",
        "--approval",
        "marketing=许经理",
    ];
    let e = d.fails(2, &a);
    assert!(e.contains("material provided or the client's needs"), "{e}");
    assert!(
        d.ok(&["support", "list"]).contains("no contact forms"),
        "nothing was written"
    );
    a.extend(["--needs", "需要胶片方案"]);
    assert_eq!(d.ok(&a).trim(), "1");
    let m = new(&d, "二号项目", "-1m", &["--material", "招标文件"]);
    assert_eq!(m, "2");
    // Without an approval of the chain it is refused too, saying which.
    let e = d.fails(
        2,
        &[
            "support",
            "new",
            "--project",
            "三号",
            "--client",
            "x",
            "--type",
            "公版",
            "--support",
            "s",
            "--needs",
            "n",
            "--initiator",
            "周经理",
            "--dept",
            "enterprise",
            "--channel",
            "email",
            "--approval",
            "leader=刘总",
        ],
    );
    assert!(e.contains("missing marketing"), "{e}");
}

#[test]
fn r7_a_form_at_10_is_due_at_11_met_by_a_reply_at_10_40_and_another_missed() {
    let d = desk();
    let a = new(&d, "智慧园区", "2026-11-10 10:00", &["--needs", "胶片"]);
    let b = new(&d, "平安社区", "2026-11-10 10:00", &["--needs", "胶片"]);
    let v = d.json(&["support", "show", &a]);
    assert_eq!(v["reply_clock"]["due_at"], "2026-11-10T11:00:00+08:00");
    let out = d.ok(&[
        "support",
        "reply",
        &a,
        "--channel",
        "email",
        "--text",
        "已收到，今日制定计划",
        "--at",
        "2026-11-10 10:40",
    ]);
    assert!(out.contains("replied 2026-11-10 10:40 (met)"), "{out}");
    let shown = d.ok(&["support", "show", &b]);
    assert!(shown.contains("reply MISSED: due 2026-11-10 11:00"), "{shown}");
    let list = d.ok(&["support", "list"]);
    assert!(
        list.contains("replied 2026-11-10 10:40 (met)") && list.contains("reply MISSED"),
        "{list}"
    );
    let late: Vec<i64> = d
        .json(&["support", "list", "--late"])
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["id"].as_i64().unwrap())
        .collect();
    assert_eq!(late, vec![b.parse::<i64>().unwrap()]);
    // The reply duty: done with the reply, missed without one.
    let duty = |id: &str| d.json(&["support", "show", id])["duties"][0].clone();
    assert_eq!(
        (duty(&a)["kind"].as_str(), duty(&a)["state"].as_str()),
        (Some("r9_reply"), Some("done"))
    );
    assert_eq!(duty(&b)["state"], "missed");
    // A phone call is no traceable reply; a second reply is refused.
    let e = d.fails(2, &["support", "reply", &b, "--channel", "phone", "--text", "打过电话"]);
    assert!(e.contains("leaves no trace"), "{e}");
    d.fails(1, &["support", "reply", &a, "--channel", "email", "--text", "again"]);
    // A form received just now has its countdown.
    let c = new(&d, "三号", "-1m", &["--needs", "n"]);
    let v = d.json(&["support", "show", &c]);
    assert_eq!(v["reply_clock"]["state"], "running");
    assert!(v["reply_clock"]["text"].as_str().unwrap().contains("left"), "{v}");
    d.ok(&["check"]);
}

#[test]
fn r9_an_urgent_form_needs_the_general_managers_approval_and_moves_the_project_ahead() {
    let d = desk();
    let ids: Vec<String> = ["一号", "二号", "三号"]
        .iter()
        .enumerate()
        .map(|(i, p)| new(&d, p, &format!("2026-11-1{} 10:00", i + 1), &["--needs", "n"]))
        .collect();
    for id in &ids {
        d.ok(&["support", "accept", id, "--plan", "按台账顺序"]);
    }
    let order = |d: &Desk| -> Vec<String> {
        d.json(&["support", "ledger"])
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["id"].to_string())
            .collect()
    };
    assert_eq!(order(&d), ids, "first come first served");
    let before = d.json(&["support", "show", &ids[2]])["version"].clone();
    let e = d.fails(2, &["support", "urgent", &ids[2], "--reason", "甲方提前评审"]);
    assert!(
        e.contains("the general manager's approval") && e.contains("refused"),
        "{e}"
    );
    let e = d.fails(
        2,
        &[
            "support",
            "urgent",
            &ids[2],
            "--approved-by",
            "王总经理",
            "--approved-at",
            "2026-11-20 09:00",
        ],
    );
    assert!(e.contains("its reason"), "{e}");
    assert_eq!(
        d.json(&["support", "show", &ids[2]])["version"],
        before,
        "nothing changed"
    );
    d.ok(&[
        "support",
        "urgent",
        &ids[2],
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
    ]);
    assert_eq!(order(&d), vec![ids[2].clone(), ids[0].clone(), ids[1].clone()]);
    let ledger = d.ok(&["support", "ledger"]);
    let first = ledger.lines().nth(1).unwrap();
    assert!(
        first.starts_with('1') && first.contains(&format!("URGENT (王总经理) ahead of #{} #{}", ids[0], ids[1])),
        "{ledger}"
    );
    let v = d.json(&["support", "show", &ids[2]]);
    assert_eq!(v["ledger_position"], 1);
    assert_eq!(v["overtook"].as_array().unwrap().len(), 2);
    assert_eq!(v["urgent_by"], "王总经理");
    d.ok(&["check"]);
}

#[test]
fn r9_a_revision_by_someone_other_than_the_first_author_is_refused() {
    let d = desk();
    let id = new(&d, "智慧园区", "2026-11-10 10:00", &["--needs", "n"]);
    d.ok(&["support", "accept", &id]);
    d.ok(&["support", "proposal", &id, "--note", "初稿"]);
    let e = d.fails(2, &["support", "review", &id, "--verdict", "returned", "--by", "刘总"]);
    assert!(e.contains("comments"), "{e}");
    d.ok(&[
        "support",
        "review",
        &id,
        "--verdict",
        "returned",
        "--by",
        "刘总",
        "--comments",
        "补充投资估算",
    ]);
    // The supervisor (here the admin) gives it to 李雷: a revision by anyone else is refused.
    d.ok(&["support", "reassign", &id, "--to", "lilei", "--reason", "原撰写人调岗"]);
    let before = d.json(&["support", "show", &id]);
    let e = d.fails(5, &["support", "proposal", &id, "--note", "二稿"]);
    assert!(e.contains("revised by its author lilei"), "{e}");
    let after = d.json(&["support", "show", &id]);
    assert_eq!(
        (&before["version"], &before["rounds"], &before["status"]),
        (&after["version"], &after["rounds"], &after["status"]),
        "nothing changed"
    );
    assert_eq!(after["reassignments"][0]["to"], "lilei");
    assert_eq!(after["rounds"][0]["comments"], "补充投资估算");
    // The project number comes later; the form is closed after it passes only.
    d.ok(&["support", "number", &id, "--project-no", "XM-2026-031"]);
    assert_eq!(d.json(&["support", "show", &id])["project_no"], "XM-2026-031");
    d.fails(2, &["support", "close", &id]);
    d.ok(&["support", "close", &id, "--reason", "项目取消"]);
    d.ok(&["check"]);
}

#[test]
fn r9_the_reply_goes_to_the_initiator_through_the_outbox() {
    let d = desk();
    let id = new(&d, "智慧园区", "-5m", &["--needs", "n"]);
    d.ok(&["send"]);
    let messages = d.json(&["outbox", "list", "--state", "all"]);
    let reply: Vec<&Value> = messages
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["duty"]["kind"] == "r9_reply")
        .collect();
    assert_eq!(
        reply.len(),
        1,
        "one message, by the e-mail the initiator left: {messages}"
    );
    assert_eq!(reply[0]["state"], "draft", "reviewed before it goes");
    assert!(
        reply[0]["subject"]
            .as_str()
            .unwrap()
            .contains("支撑中心联系单已收到：智慧园区"),
        "{}",
        reply[0]
    );
    d.ok(&["outbox", "approve", &reply[0]["id"].to_string()]);
    d.ok(&["send"]);
    let v = d.json(&["support", "show", &id]);
    assert_eq!(v["reply_channel"], "outbox");
    assert_eq!(v["reply_clock"]["state"], "met");
    assert_eq!(v["duties"][0]["state"], "done");
    d.ok(&["check"]);
}
