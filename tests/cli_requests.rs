//! Service requests through the real binary (issue 12): the clock's deadlines as the issue gives
//! them, approvals and pauses not counted, the president's approval, the receipt and warning
//! through the outbox, steps out of turn. Accounts and the archive: `cli_requests_accounts_archive`.

mod common;

use common::requests::{desk, new};
use serde_json::Value;

/// The approvals R2's default chain needs, given at `at`.
fn r2_chain(at: &str) -> Vec<String> {
    vec![
        "--approval".into(),
        format!("dept_manager=许经理@{at}"),
        "--approval".into(),
        format!("marketing_manager=何主任@{at}"),
    ]
}

#[test]
fn r7_the_issues_examples_friday_1700_is_due_tuesday_and_over_national_day_thursday() {
    let d = desk();
    let chain = r2_chain("2026-09-18 16:00");
    let chain: Vec<&str> = chain.iter().map(String::as_str).collect();
    let product = new(&d, "product", "新增流量包产品", "2026-09-18 17:00", &chain);
    let account = new(
        &d,
        "account",
        "开通计费系统帐号",
        "2026-09-30 10:00",
        &[
            "--action",
            "new",
            "--system",
            "billing",
            "--account",
            "zs01",
            "--person",
            "zhangsan",
            "--permission",
            "查询",
            "--approval",
            "dept_manager=施经理@2026-09-29 10:00",
            "--approval",
            "business_management=王科长@2026-09-30 09:00",
        ],
    );
    for (id, start, due, local) in [
        (
            &product,
            "2026-09-18T17:00:00+08:00",
            "2026-09-22T18:00:00+08:00",
            "2026-09-22 18:00",
        ),
        (
            &account,
            "2026-09-30T10:00:00+08:00",
            "2026-10-08T18:00:00+08:00",
            "2026-10-08 18:00",
        ),
    ] {
        let v = d.json(&["request", "show", id]);
        assert_eq!(v["clock_start"], start, "{v}");
        assert_eq!(v["due_at"], due);
        assert_eq!(v["clock"]["due_at"], due);
        let limit = v["duties"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["rule"] != "R7")
            .unwrap()
            .clone();
        assert_eq!(limit["due_at"], due, "the limit is a duty with its deadline");
        assert_eq!(limit["state"], "missed", "long past");
        let text = d.ok(&["request", "show", id]);
        assert!(text.contains(&format!("due           {local}")), "{text}");
        let list = d.ok(&["request", "list", "--late"]);
        assert!(
            list.lines()
                .any(|l| l.starts_with(&format!("{id} ")) && l.contains(local)),
            "{list}"
        );
    }
    // `request new --json` prints the record with its due_at.
    let v = d.json(&[
        "request",
        "new",
        "--kind",
        "product",
        "--title",
        "x",
        "--dept",
        "marketing",
        "--requester",
        "孙丽",
        "--channel",
        "phone",
        "--received-at",
        "2026-09-18 17:00",
        "--approval",
        "dept_manager=许经理",
        "--approval",
        "marketing_manager=何主任",
    ]);
    assert_eq!(v["due_at"], "2026-09-22T18:00:00+08:00", "{v}");
    d.ok(&["check"]);
}

#[test]
fn r7_two_days_of_approvals_and_a_paused_day_are_not_counted_and_show_says_so() {
    let d = desk();
    let id = new(
        &d,
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
        ],
    );
    d.ok(&["request", "accept", &id, "--at", "2026-11-18 10:05"]);
    let v = d.json(&["request", "show", &id]);
    assert_eq!(v["due_at"], "2026-11-23T18:00:00+08:00");
    d.ok(&[
        "request",
        "pause",
        &id,
        "--reason",
        "等待资费说明附件",
        "--at",
        "2026-11-19 10:00",
    ]);
    let paused = d.json(&["request", "list", "--paused"]);
    assert_eq!(paused.as_array().unwrap().len(), 1);
    assert_eq!(paused[0]["clock"]["state"], "paused");
    assert!(d.ok(&["request", "list"]).contains("paused: 等待资费说明附件"));
    let out = d.ok(&["request", "resume", &id, "--at", "2026-11-20 10:00"]);
    assert!(out.contains("due 2026-11-24 18:00"), "{out}");
    let v = d.json(&["request", "show", &id]);
    assert_eq!(v["due_at"], "2026-11-24T18:00:00+08:00");
    assert_eq!(v["clock"]["approvals_not_counted"]["seconds"], 2 * 86_400);
    assert_eq!(v["clock"]["paused_working_seconds"], 9 * 3600);
    assert_eq!(v["pauses"][0]["reason"], "等待资费说明附件");
    let text = d.ok(&["request", "show", &id]);
    for said in [
        "not counted: 2d 00h in approvals before the form reached IT (2026-11-16 10:00 - 2026-11-18 10:00) (R7)",
        "paused        2026-11-19 10:00 - 2026-11-20 10:00: 等待资费说明附件",
        "not counted: 1 wd 00:00 of working time paused (R7)",
        "limit         3 working day(s) from 2026-11-18 10:00: due 2026-11-23 18:00",
        "due           2026-11-24 18:00",
    ] {
        assert!(text.contains(said), "{said}\n{text}");
    }
    // The limit of the first stretch was withdrawn with the reason, the new one raised.
    let limits: Vec<&Value> = v["duties"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "R2")
        .collect();
    assert_eq!(limits.len(), 2, "{limits:?}");
    assert_eq!(limits[0]["state"], "withdrawn");
    assert_eq!(limits[1]["due_at"], "2026-11-24T18:00:00+08:00");
    d.ok(&["check"]);
}

#[test]
fn r4_an_extraction_needing_the_president_has_no_clock_until_approved_then_three_days() {
    let d = desk();
    let id = new(
        &d,
        "extraction",
        "季度高价值用户清单",
        "2026-11-23 09:00",
        &[
            "--purpose",
            "经营分析",
            "--scope",
            "市场部内部",
            "--classification",
            "机密",
        ],
    );
    // The test runs as the desk's admin, who may decide as the IT manager would.
    d.ok(&["request", "decide", &id, "--president", "needed"]);
    let v = d.json(&["request", "show", &id]);
    assert_eq!(
        (v["due_at"].clone(), v["clock"]["state"].clone()),
        (Value::Null, "waiting".into())
    );
    assert_eq!(v["missing_approvals"], serde_json::json!(["president"]));
    let list = d.ok(&["request", "list"]);
    assert!(
        list.contains("no clock: waiting for president") && list.contains("secret (机密)"),
        "{list}"
    );
    d.ok(&[
        "request",
        "approve",
        &id,
        "--role",
        "president",
        "--by",
        "总裁",
        "--at",
        "2026-11-25 16:00",
    ]);
    let v = d.json(&["request", "show", &id]);
    assert_eq!(v["clock_start"], "2026-11-25T16:00:00+08:00");
    assert_eq!(v["due_at"], "2026-11-30T18:00:00+08:00");
    assert!(
        d.ok(&["request", "show", &id])
            .contains("class         secret (机密): not to be passed on (R4)")
    );
    // Delivered only encrypted, with the file's SHA-256.
    d.ok(&["request", "accept", &id, "--at", "2026-11-25 16:05"]);
    let e = d.fails(1, &["request", "deliver", &id, "--at", "2026-11-26 10:00"]);
    assert!(e.contains("R4: extraction") && e.contains("--encrypted"), "{e}");
    let sha = "ab".repeat(32);
    d.ok(&[
        "request",
        "deliver",
        &id,
        "--at",
        "2026-11-26 10:00",
        "--encrypted",
        "--sha256",
        &sha,
    ]);
    let v = d.json(&["request", "show", &id]);
    assert_eq!(
        (v["status"].clone(), v["sha256"].clone()),
        ("delivered".into(), sha.into())
    );
    assert_eq!(v["clock"]["state"], "met");
    let csv = d.ok(&["request", "export", "--from", "2026-11-01", "--to", "2026-11-30"]);
    assert!(
        csv.lines().nth(1).unwrap().ends_with(",机密"),
        "the classification goes with it: {csv}"
    );
}

#[test]
fn r7_the_receipt_and_the_warning_go_through_the_outbox() {
    let d = desk();
    // Warned at once: the whole limit is within the warning's lead.
    d.write_config("[request]\nwarn_before_minutes = 5000\n");
    let id = new(&d, "requirement", "报表导出 Excel 格式", "-5m", &[]);
    d.ok(&["request", "accept", &id]);
    d.ok(&["send"]);
    let messages = d.json(&["outbox", "list", "--state", "all"]);
    let of = |kind: &str| -> Vec<Value> {
        messages
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["duty"]["kind"] == kind)
            .cloned()
            .collect()
    };
    let receipt = of("r7_receipt");
    assert_eq!(
        receipt.len(),
        1,
        "one message, by the e-mail the requester left: {receipt:?}"
    );
    assert_eq!(
        receipt[0]["state"], "draft",
        "a notice to a requester is reviewed first"
    );
    assert!(
        receipt[0]["subject"]
            .as_str()
            .unwrap()
            .starts_with("受理回执：报表导出 Excel 格式")
    );
    assert!(
        receipt[0]["body"]
            .as_str()
            .unwrap()
            .contains("前反馈初步评估意见（3 个工作日")
    );
    let warning = of("r7_limit_warning");
    assert!(!warning.is_empty(), "{messages}");
    assert!(warning.iter().all(|m| m["state"] == "sent"), "automatic: {warning:?}");
    assert!(
        warning[0]["subject"]
            .as_str()
            .unwrap()
            .starts_with("时限预警：业务申请")
    );
    d.ok(&["outbox", "approve", &receipt[0]["id"].to_string()]);
    d.ok(&["send"]);
    let v = d.json(&["request", "show", &id]);
    let done: Vec<&Value> = v["duties"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["rule"] == "R7")
        .collect();
    assert!(done.iter().all(|x| x["state"] == "done"), "{done:?}");
}

#[test]
fn r1_r5_steps_out_of_turn_and_exit_codes_as_for_incidents() {
    let d = desk();
    d.add_person("lilei", "李雷", "operator", "", "");
    let id = new(
        &d,
        "requirement",
        "积分兑换流程优化",
        "2026-11-23 09:00",
        &["--changes-product"],
    );
    // The product department's confirmation is missing: no clock.
    let e = d.fails(1, &["request", "pause", &id, "--reason", "x"]);
    assert!(e.contains("waiting for product_dept"), "{e}");
    d.ok(&[
        "request",
        "approve",
        &id,
        "--role",
        "product_dept",
        "--by",
        "产品部",
        "--at",
        "2026-11-23 10:00",
    ]);
    let e = d.fails(1, &["request", "evaluate", &id, "--note", "可行"]);
    assert!(e.contains("accept it first: opsdesk request accept"), "{e}");
    d.ok(&["request", "accept", &id, "--at", "2026-11-23 10:05"]);
    let e = d.fails(1, &["request", "deliver", &id]);
    assert!(e.contains("cannot deliver request"), "{e}");
    // Another sub-kind's step; a stale version; a request that is not there; bad input.
    d.fails(1, &["request", "decide", &id, "--president", "needed"]);
    d.fails(4, &["request", "pause", &id, "--reason", "x", "--if-version", "1"]);
    d.fails(3, &["request", "show", "999"]);
    let e = d.fails(
        2,
        &[
            "request",
            "new",
            "--kind",
            "product",
            "--title",
            "x",
            "--dept",
            "marketing",
            "--requester",
            "y",
            "--channel",
            "oa",
        ],
    );
    assert!(e.contains("form number is required"), "{e}");
    let e = d.fails(
        2,
        &[
            "request",
            "new",
            "--kind",
            "product",
            "--title",
            "x",
            "--dept",
            "marketing",
            "--requester",
            "y",
            "--channel",
            "phone",
            "--purpose",
            "z",
        ],
    );
    assert!(e.contains("--purpose"), "{e}");
    d.fails(
        3,
        &[
            "request",
            "new",
            "--kind",
            "product",
            "--title",
            "x",
            "--dept",
            "nowhere",
            "--requester",
            "y",
            "--channel",
            "phone",
        ],
    );
    d.ok(&[
        "request",
        "evaluate",
        &id,
        "--note",
        "初步评估：两周",
        "--at",
        "2026-11-24 10:00",
    ]);
    d.ok(&["request", "deliver", &id, "--at", "2026-12-01 10:00"]);
    d.ok(&[
        "request",
        "confirm",
        &id,
        "--verdict",
        "not-satisfied",
        "--form",
        "FK-9",
        "--note",
        "缺少导出",
    ]);
    assert_eq!(d.json(&["request", "show", &id])["status"], "evaluated", "back to work");
    // R5: an urgent item by the supervisor's e-mail is answered the same working day.
    let u = new(
        &d,
        "processing",
        "错误缴费记录冲正",
        "2026-11-24 10:00",
        &["--urgent", "--supervisor", "何主任"],
    );
    assert_eq!(d.json(&["request", "show", &u])["due_at"], "2026-11-24T18:00:00+08:00");
    d.ok(&["request", "accept", &u, "--at", "2026-11-24 10:05"]);
    let e = d.fails(1, &["request", "deliver", &u, "--at", "2026-11-24 11:00"]);
    assert!(e.contains("--reply"), "{e}");
    d.ok(&[
        "request",
        "deliver",
        &u,
        "--at",
        "2026-11-24 11:00",
        "--reply",
        "已冲正，已回复何主任",
    ]);
    // Closing an unfinished request takes a reason and a supervisor; the admin is one.
    let p = new(&d, "processing", "批量修正客户地址", "2026-11-24 10:00", &[]);
    d.fails(2, &["request", "close", &p]);
    d.ok(&["request", "close", &p, "--reason", "申请部门撤回"]);
    d.ok(&["check"]);
}
