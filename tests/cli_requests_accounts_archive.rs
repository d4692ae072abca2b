//! Service requests through the real binary (issue 12): accounts that follow people (R3), the
//! archive's search and its CSV export read back by a real CSV reader (R8).

mod common;

use common::requests::{desk, new};
use common::{Desk, login};
use serde_json::Value;

/// An account request for `person` on `system`, delivered: opsdesk keeps the account it granted.
fn granted(d: &Desk, person: &str, system: &str, at: &str) -> String {
    let id = new(
        d,
        "account",
        &format!("开通 {system} 帐号"),
        at,
        &[
            "--action",
            "new",
            "--system",
            system,
            "--account",
            &format!("{person}01"),
            "--person",
            person,
            "--permission",
            "查询",
            "--approval",
            "dept_manager=施经理",
            "--approval",
            "business_management=王科长",
        ],
    );
    d.ok(&["request", "accept", &id, "--at", at]);
    d.ok(&["request", "deliver", &id, "--at", at]);
    id
}

#[test]
fn r3_person_leave_with_three_accounts_raises_three_removal_duties_due_in_one_working_day() {
    let d = desk();
    for system in ["billing", "crm", "report"] {
        granted(&d, "zhangsan", system, "2026-11-02 10:00");
    }
    granted(&d, "lisi", "billing", "2026-11-02 10:00");
    assert_eq!(
        d.json(&["accounts", "--person", "zhangsan"]).as_array().unwrap().len(),
        3
    );
    let v = d.json(&[
        "person",
        "leave",
        "zhangsan",
        "--hr-record",
        "HR-2026-118",
        "--at",
        "2026-11-25 10:00",
    ]);
    let accounts = v["accounts"].as_array().unwrap();
    assert_eq!(accounts.len(), 3, "{v}");
    for a in accounts {
        assert_eq!(a["removal_duty"]["kind"], "r3_account_removal");
        assert_eq!(
            a["removal_duty"]["due_at"], "2026-11-26T18:00:00+08:00",
            "one working day"
        );
        assert_eq!(a["hr_record"], "HR-2026-118");
    }
    let duties = d.json(&["duty", "list"]);
    let removals: Vec<&Value> = duties
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["kind"] == "r3_account_removal")
        .collect();
    assert_eq!(removals.len(), 3);
    let to_remove = d.ok(&["accounts", "--to-remove"]);
    assert_eq!(
        to_remove
            .lines()
            .filter(|l| l.contains("TO REMOVE (HR HR-2026-118)"))
            .count(),
        3,
        "{to_remove}"
    );
    assert!(!to_remove.contains("lisi"), "{to_remove}");
    // Removed by hand, not by marking its duty done.
    let duty = removals[0]["id"].to_string();
    let e = d.fails(1, &["duty", "done", &duty, "--how", "done"]);
    assert!(e.contains("closed by its record's step"), "{e}");
    let account = removals[0]["record_id"].to_string();
    d.ok(&["accounts", "remove", &account, "--how", "工单 SR-1 已注销"]);
    assert_eq!(d.json(&["accounts", "--to-remove"]).as_array().unwrap().len(), 2);
    let e = d.fails(1, &["accounts", "remove", &account, "--how", "again"]);
    assert!(e.contains("was removed already"), "{e}");
    // A removal request delivered removes one too, and does its duty.
    let other = d.json(&["accounts", "--to-remove"])[0].clone();
    let rm = new(
        &d,
        "account",
        "注销张三帐号",
        "2026-11-25 11:00",
        &[
            "--action",
            "remove",
            "--system",
            other["system"].as_str().unwrap(),
            "--account",
            other["account"].as_str().unwrap(),
            "--person",
            "zhangsan",
            "--approval",
            "dept_manager=施经理",
            "--approval",
            "business_management=王科长",
        ],
    );
    d.ok(&["request", "accept", &rm, "--at", "2026-11-25 11:05"]);
    d.ok(&["request", "deliver", &rm, "--at", "2026-11-25 14:00"]);
    assert_eq!(d.json(&["accounts", "--to-remove"]).as_array().unwrap().len(), 1);
    let hr = d.ok(&["history", "person_change", "1"]);
    assert!(
        hr.contains("HR record HR-2026-118: zhangsan leave; 3 account(s) to remove"),
        "{hr}"
    );
    d.ok(&["check"]);
}

#[test]
fn r3_the_consoles_accounts_to_remove_come_most_urgent_first_however_many_wait() {
    use opsdesk::ops::console::{self, Query, RequestsQuery, ViewKind};
    let d = desk();
    // The oldest account is the first to be owed; the newer ones are owed later.
    granted(&d, "wangwu", "billing", "2026-11-02 10:00");
    for system in ["billing", "crm", "report"] {
        granted(&d, "zhangsan", system, "2026-11-03 10:00");
    }
    d.ok(&[
        "person",
        "leave",
        "wangwu",
        "--hr-record",
        "HR-1",
        "--at",
        "2026-11-20 10:00",
    ]);
    d.ok(&[
        "person",
        "leave",
        "zhangsan",
        "--hr-record",
        "HR-2",
        "--at",
        "2026-11-25 10:00",
    ]);
    let store = opsdesk::store::Store::open(&d.db).unwrap();
    let mut desk = opsdesk::ops::Desk::new(store, opsdesk::config::Config::defaults());
    let now = chrono::Utc::now();
    let page = |desk: &mut opsdesk::ops::Desk, removals: usize| {
        let query = Query {
            view: ViewKind::Requests,
            requests: RequestsQuery {
                removals,
                ..RequestsQuery::default()
            },
            ..Query::default()
        };
        console::snapshot(desk, &query, now).unwrap()
    };
    let first = page(&mut desk, 1);
    let persons: Vec<&str> = first.removals.iter().map(|r| r.account.person.as_str()).collect();
    assert_eq!(persons, ["wangwu"], "a page of one holds the most urgent removal");
    assert!(first.removals_more);
    let all = page(&mut desk, 10);
    let due: Vec<_> = all.removals.iter().map(|r| r.duty.as_ref().unwrap().due_at).collect();
    assert_eq!(all.removals.len(), 4);
    assert!(due.is_sorted(), "{due:?}");
    assert!(!all.removals_more);
}

#[test]
fn r8_the_archive_is_found_by_number_department_requester_and_text_closed_ones_too() {
    let d = desk();
    let a = new(
        &d,
        "requirement",
        "账单新增分项展示",
        "2026-11-23 09:00",
        &["--form-no", "OA-RQ-0440"],
    );
    let b = new(&d, "processing", "欠费停机误判数据修正", "2026-11-24 09:00", &[]);
    d.ok(&["request", "accept", &a, "--at", "2026-11-23 09:10"]);
    d.ok(&[
        "request",
        "evaluate",
        &a,
        "--note",
        "超出系统框架，建议立项",
        "--new-project",
        "--at",
        "2026-11-24 10:00",
    ]);
    d.ok(&["request", "close", &a, "--at", "2026-11-24 11:00"]);
    let c_id = d
        .ok(&[
            "request",
            "new",
            "--kind",
            "requirement",
            "--title",
            "CRM 客户标签批量导入",
            "--channel",
            "paper",
            "--form-no",
            "P-0007",
            "--received-at",
            "2026-11-25 09:00",
            "--dept",
            "enterprise",
            "--requester",
            "周经理",
            "--contact",
            "13900000014",
        ])
        .trim()
        .to_string();
    let n = |s: &str| -> i64 { s.parse().unwrap() };
    let (a, b, c) = (n(&a), n(&b), n(&c_id));
    let ids = |args: &[&str]| -> Vec<i64> {
        let mut all = vec!["request", "list"];
        all.extend_from_slice(args);
        d.json(&all)
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_i64().unwrap())
            .collect()
    };
    assert_eq!(ids(&["--number", "OA-RQ-0440"]), [a], "closed, found by its OA number");
    assert_eq!(ids(&["--dept", "enterprise"]), [c]);
    assert_eq!(ids(&["--requester", "周经理"]), [c]);
    assert_eq!(ids(&["--text", "误判"]), [b]);
    assert_eq!(ids(&["--text", "P-00"]), [c], "the form number is text too");
    assert!(ids(&["--text", "%"]).is_empty(), "a % is a character, not a wildcard");
    assert_eq!(ids(&["--open"]), [c, b]);
    assert_eq!(ids(&["--kind", "processing"]), [b]);
    assert_eq!(ids(&["--status", "closed"]), [a]);
    // Paged by id.
    assert_eq!(ids(&["--limit", "1"]), [c]);
    assert_eq!(ids(&["--limit", "1", "--before", &c.to_string()]), [b]);
}

#[test]
fn r8_a_csv_export_of_10000_requests_opens_with_correct_chinese_and_is_recorded() {
    let d = Desk::empty();
    d.ok(&["demo", "--requests", "10000"]);
    let file = d.path().join("requests.csv");
    let out = d.ok(&[
        "request",
        "export",
        "--from",
        "2000-01-01",
        "--to",
        "2099-12-31",
        "--format",
        "csv",
        "--output",
        file.to_str().unwrap(),
    ]);
    assert!(out.starts_with("export 1: "), "{out}");
    let bytes = std::fs::read(&file).unwrap();
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF", "UTF-8 with a byte-order mark");
    // Python's csv module reads it as a spreadsheet would: every row, the Chinese intact, the
    // classification of every extraction.
    let script = r#"
import csv, json, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    rows = list(csv.DictReader(f))
ext = [r for r in rows if r["类型"] == "数据提取"]
print(json.dumps({
    "rows": len(rows),
    "header": list(rows[0].keys()),
    "titles_chinese": all(any("\u4e00" <= c <= "\u9fff" for c in r["标题"]) for r in rows),
    "extractions": len(ext),
    "classified": all(r["密级"] in ("绝密", "机密", "保密") for r in ext),
    "depts": sorted({r["申请部门"] for r in rows}),
}, ensure_ascii=False))
"#;
    let py = std::process::Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(&file)
        .output()
        .expect("python3");
    assert!(py.status.success(), "{}", String::from_utf8_lossy(&py.stderr));
    let read: Value = serde_json::from_slice(&py.stdout).unwrap();
    assert!(read["rows"].as_u64().unwrap() >= 10_000, "{read}");
    assert_eq!(read["header"][0], "编号");
    assert_eq!(read["titles_chinese"], true);
    assert!(read["extractions"].as_u64().unwrap() > 1000);
    assert_eq!(read["classified"], true, "{read}");
    assert!(
        read["depts"].as_array().unwrap().iter().any(|x| x == "市场经营部"),
        "{read}"
    );
    // The export is itself recorded: who, when, which range, how many rows.
    let e = &d.json(&["request", "exports"])[0];
    assert_eq!(e["by"], login());
    assert_eq!(e["rows"], read["rows"]);
    assert_eq!(e["range_from"], "2000-01-01T00:00:00+08:00");
    assert_eq!(e["range_to"], "2100-01-01T00:00:00+08:00");
    assert!(e["output"].as_str().unwrap().ends_with("requests.csv"));
    let h = d.ok(&["history", "export", "1"]);
    assert!(h.contains("export") && h.contains("rows, csv"), "{h}");
    // Not over an existing file; English words on request.
    d.fails(
        2,
        &[
            "request",
            "export",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
            "--output",
            file.to_str().unwrap(),
        ],
    );
    let en = d.ok(&[
        "--lang",
        "en",
        "request",
        "export",
        "--from",
        "2026-01-01",
        "--to",
        "2026-01-31",
        "--kind",
        "extraction",
    ]);
    assert!(en.starts_with("\u{feff}id,kind,rule,"), "{}", &en[..60]);
    assert!(en.lines().skip(1).all(|l| l.contains(",extraction,R4,")), "{en}");
    assert_eq!(d.json(&["request", "exports"]).as_array().unwrap().len(), 2);
    d.ok(&["check"]);
}
