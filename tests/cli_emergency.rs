//! Emergencies through the real binary (issue 16): plans and drills (E1), declaring a major
//! incident (I14) and its response: the leadership notices at once, one progress report per
//! interval however many engines run, none after the stand-down, and the review (E2).

mod common;

use std::time::{Duration, Instant};

use chrono::{SecondsFormat, Utc};
use common::tmux::{Tmux, tmux_available};
use common::{Desk, login};
use serde_json::Value;

/// A desk with four people for the leadership group, and an approved plan for billing with
/// them (plan 1); the test's login is admin.
fn desk_with_plan(every: &str) -> Desk {
    let d = Desk::init();
    d.add_person("liuyang", "刘洋", "leader", "13800000003", "liuyang@example.com");
    d.add_person("wangfang", "王芳", "manager", "13800000002", "wangfang@example.com");
    d.add_person("zhangwei", "张伟", "supervisor", "13800000001", "zhangwei@example.com");
    d.add_person("lilei", "李雷", "operator", "13800000004", "lilei@example.com");
    let out = d.ok(&[
        "plan",
        "new",
        "--name",
        "计费系统全省中断应急预案",
        "--service",
        "billing",
        "--scenario",
        "计费主库宕机",
        "--member",
        "liuyang:组长",
        "--member",
        "wangfang:副组长",
        "--member",
        "zhangwei:成员",
        "--member",
        "lilei:成员",
        "--step",
        "切换备库",
        "--step",
        "通报各业务部门",
        "--report-every",
        every,
    ]);
    assert_eq!(out.trim(), "plan 1 is draft (revision 1)");
    d.ok(&["plan", "approve", "1"]);
    d
}

/// Me as `role`, with another admin kept so that the desk has one.
fn become_(d: &Desk, role: &str) {
    let _ = d.run(&[
        "user", "add", "boss", "--name", "Boss", "--role", "admin", "--dept", "it",
    ]);
    d.ok(&["user", "set-role", &login(), role]);
}

fn ago(seconds: i64) -> String {
    (Utc::now() - chrono::Duration::seconds(seconds)).to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn progress_episodes(d: &Desk, response: &str) -> Vec<i64> {
    let v = d.json(&["response", "show", response]);
    let mut e: Vec<i64> = v["duties"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["kind"] == "e2_progress_report")
        .map(|x| x["episode"].as_i64().unwrap())
        .collect();
    e.sort();
    e
}

#[test]
fn e1_a_plan_is_approved_revised_and_retired_and_its_drill_is_scheduled_held_and_evaluated() {
    let d = desk_with_plan("30");
    let p = d.json(&["plan", "show", "1"]);
    assert_eq!(
        (p["status"].as_str(), p["revision"].as_i64()),
        (Some("approved"), Some(1))
    );
    assert_eq!(p["group"].as_array().unwrap().len(), 4);
    assert_eq!(p["group"][0]["name"], "刘洋", "names from the directory");
    // An unknown login is not a member; a supervisor cannot approve.
    d.fails(
        3,
        &[
            "plan",
            "new",
            "--name",
            "x",
            "--service",
            "crm",
            "--member",
            "nobody:组长",
            "--step",
            "s",
        ],
    );
    let r = d.json(&[
        "plan",
        "revise",
        "1",
        "--step",
        "切换备库",
        "--step",
        "启用应急计费",
        "--note",
        "加入应急计费",
    ]);
    assert_eq!(
        (r["status"].as_str(), r["revision"].as_i64()),
        (Some("revised"), Some(2))
    );
    // A drill: scheduled with its countdown, held, evaluated; the report goes to the group.
    let at = (Utc::now() + chrono::Duration::days(2)).to_rfc3339_opts(SecondsFormat::Secs, true);
    let s = d.ok(&[
        "drill",
        "schedule",
        "--plan",
        "1",
        "--scenario",
        "计费主库宕机，切换备库",
        "--at",
        &at,
    ]);
    assert!(s.contains("e1_drill [E1] due"), "{s}");
    let listed = d.json(&["drill", "list"]);
    assert_eq!(listed[0]["duties"][0]["state"], "pending");
    d.fails(1, &["drill", "evaluate", "1", "--worked", "ok"]);
    d.ok(&[
        "drill",
        "hold",
        "1",
        "--at",
        "-70m",
        "--ended-at",
        "-5m",
        "--participant",
        "张伟",
        "--participant",
        "李雷",
        "--timing",
        "切换完成 38 分钟",
    ]);
    d.fails(
        2,
        &[
            "drill",
            "evaluate",
            "1",
            "--worked",
            "切换顺利",
            "--failed",
            "短信通报晚了",
        ],
    );
    d.ok(&[
        "drill",
        "evaluate",
        "1",
        "--worked",
        "切换顺利",
        "--failed",
        "短信通报晚了",
        "--measure",
        "短信网关加备用通道",
    ]);
    let v = d.json(&["drill", "show", "1"]);
    assert_eq!(v["status"], "evaluated");
    let kinds: Vec<(&str, &str)> = v["duties"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| (x["kind"].as_str().unwrap(), x["state"].as_str().unwrap()))
        .collect();
    assert_eq!(kinds[0], ("e1_drill", "done"));
    assert_eq!(kinds[1].0, "e1_drill_report");
    let out = d.json(&["outbox", "list"]);
    let report = out
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["duty"]["kind"] == "e1_drill_report")
        .expect("the report");
    assert_eq!(report["medium"], "email");
    assert_eq!(report["to"].as_array().unwrap().len(), 4);
    let body = report["body"].as_str().unwrap();
    assert!(
        body.contains("应急演练评估报告") && body.contains("短信网关加备用通道") && body.contains("张伟；李雷"),
        "{body}"
    );
    d.ok(&["plan", "retire", "1"]);
    d.fails(1, &["drill", "schedule", "--plan", "1", "--scenario", "x", "--at", &at]);
    assert!(d.ok(&["check"]).contains("check: ok"));
}

#[test]
fn i14_declaring_tells_the_four_at_once_and_an_operator_can_neither_declare_nor_stand_down() {
    let d = desk_with_plan("30");
    // Received a minute ago: no duty reaches its deadline while the test compares the lists.
    let id = d.new_incident("计费系统全省中断", "-1m").to_string();
    let other = d.new_incident("CRM 全省中断", "-1m").to_string();
    let v = d.json(&[
        "incident",
        "declare-major",
        &id,
        "--plan",
        "1",
        "--reason",
        "全省计费中断",
    ]);
    assert_eq!(
        (v["active"].as_bool(), v["incident_id"].as_i64()),
        (Some(true), Some(id.parse().unwrap()))
    );
    // Declared twice: refused.
    d.fails(1, &["incident", "declare-major", &id, "--plan", "1"]);
    // The notices are written at once: an SMS and an e-mail to each of the four.
    let out = d.json(&["outbox", "list"]);
    let notices: Vec<&Value> = out
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["duty"]["kind"] == "e2_leadership_notice")
        .collect();
    assert_eq!(notices.len(), 2, "{out:#}");
    for m in &notices {
        assert_eq!(m["state"], "queued", "automatic: no review");
        let to: Vec<&str> = m["to"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["addr"].as_str().unwrap())
            .collect();
        let want = if m["medium"] == "sms" {
            vec!["13800000003", "13800000002", "13800000001", "13800000004"]
        } else {
            vec![
                "liuyang@example.com",
                "wangfang@example.com",
                "zhangwei@example.com",
                "lilei@example.com",
            ]
        };
        assert_eq!(to, want);
    }
    // An operator: refused with exit 5, and nothing changed.
    become_(&d, "operator");
    let before = (
        d.ok(&["outbox", "list", "--json"]),
        d.ok(&["duty", "list", "--json"]),
        d.ok(&["response", "list", "--json"]),
    );
    let err = d.fails(5, &["incident", "declare-major", &other, "--plan", "1"]);
    assert!(err.contains("needs the supervisor role"), "{err}");
    d.fails(5, &["response", "stand-down", "1"]);
    let after = (
        d.ok(&["outbox", "list", "--json"]),
        d.ok(&["duty", "list", "--json"]),
        d.ok(&["response", "list", "--json"]),
    );
    assert_eq!(after, before);
    assert_eq!(d.json(&["response", "show", "1"])["active"], true);
    // Anyone gives words for the next report.
    d.ok(&["response", "report", "1", "--text", "备库已切换，正在核对话单"]);
    assert_eq!(d.json(&["response", "show", "1"])["words"], "备库已切换，正在核对话单");
}

#[test]
fn e2_with_five_ticks_and_two_consoles_one_progress_report_per_interval_and_none_after_stand_down() {
    let d = desk_with_plan("5");
    // Response 1 declared so that its third interval begins 12 s from now; response 2 so that
    // its second begins 12 s from now, and stood down at once.
    let a = d.new_incident("计费系统全省中断", "-20m").to_string();
    let b = d.new_incident("CRM 全省中断", "-20m").to_string();
    d.ok(&["incident", "declare-major", &a, "--plan", "1", "--at", &ago(600 - 12)]);
    d.ok(&["incident", "declare-major", &b, "--plan", "1", "--at", &ago(300 - 12)]);
    assert_eq!(progress_episodes(&d, "1"), vec![1, 2]);
    d.ok(&["response", "stand-down", "2", "--note", "恢复"]);
    let consoles = tmux_available().then(|| {
        let t = Tmux::new("emergency-ticks");
        for w in ["a", "b"] {
            t.shell(w, &d, (140, 40));
            t.run(w, "opsdesk --lang en");
        }
        for w in ["a", "b"] {
            t.wait_for(w, "MAJOR INCIDENT");
        }
        t
    });
    // Five tick processes at once, again and again, across the boundary.
    let until = Instant::now() + Duration::from_secs(15);
    let mut rounds = 0;
    while Instant::now() < until {
        let children: Vec<_> = (0..5).map(|_| d.cmd(&["tick"]).output()).collect();
        for c in children {
            assert!(c.expect("tick").status.success());
        }
        rounds += 1;
        std::thread::sleep(Duration::from_millis(300));
    }
    assert!(rounds >= 3);
    assert_eq!(
        progress_episodes(&d, "1"),
        vec![1, 2, 3],
        "one duty per interval, never twice"
    );
    let v = d.json(&["response", "show", "1"]);
    let raised = v["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["action"] == "raise e2_progress_report")
        .count();
    assert_eq!(raised, 3, "each recorded once in the history");
    // Stood down before its second interval: its first report withdrawn, no second.
    assert_eq!(progress_episodes(&d, "2"), vec![1]);
    let r2 = d.json(&["response", "show", "2"]);
    let first = r2["duties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["kind"] == "e2_progress_report")
        .unwrap();
    assert_eq!(first["state"], "withdrawn");
    assert_eq!(r2["next_report_at"], Value::Null);
    if let Some(t) = consoles {
        for w in ["a", "b"] {
            t.keys(w, &["q"]);
            t.assert_terminal_sane(w);
        }
    }
    assert!(d.ok(&["check"]).contains("check: ok"));
}

#[test]
fn e2_the_review_lists_the_timeline_in_order_with_the_messages_sent() {
    let d = desk_with_plan("30");
    let id = d.new_incident("计费系统全省中断", "-40m").to_string();
    d.ok(&[
        "incident",
        "declare-major",
        &id,
        "--plan",
        "1",
        "--reason",
        "全省计费中断",
    ]);
    d.ok(&["send"]);
    d.ok(&["incident", "note", &id, "主库存储控制器告警"]);
    d.ok(&["response", "stand-down", "1", "--note", "计费恢复"]);
    d.ok(&["send"]);
    // Not before the stand-down's review is recorded with an owner for each measure.
    d.fails(
        2,
        &[
            "response",
            "review",
            "1",
            "--causes",
            "存储控制器故障",
            "--measure",
            "冗余",
        ],
    );
    let doc = d.ok(&[
        "response",
        "review",
        "1",
        "--causes",
        "主库存储控制器故障",
        "--missed",
        "短信网关故障时的通报方式",
        "--measure",
        "存储控制器冗余",
        "--owner",
        "张伟",
        "--in",
        "en",
    ]);
    for part in [
        "# Review of the emergency response",
        "## Causes",
        "主库存储控制器故障",
        "1. 存储控制器冗余 (owner: 张伟)",
        "## Timeline",
        "## Messages sent",
    ] {
        assert!(doc.contains(part), "{part}: {doc}");
    }
    // The timeline in order: created, declared, the note, stood down.
    let pos = |s: &str| doc.find(s).unwrap_or_else(|| panic!("{s} missing: {doc}"));
    assert!(pos(": create") < pos(": declare: incident") && pos(": declare") < pos("note: 主库存储控制器告警"));
    assert!(pos("note: 主库存储控制器告警") < pos("stand_down: 计费恢复"));
    // The messages sent: the notice and the all-clear, each by SMS and e-mail.
    let sent = doc.split("## Messages sent").nth(1).unwrap();
    assert!(
        sent.contains("sms to 4 (sent): 启动应急响应") && sent.contains("email to 4 (sent): 应急解除"),
        "{sent}"
    );
    // The review document goes out; the review duty is done; both languages render.
    let zh = d.ok(&["response", "review", "1", "--in", "zh-CN"]);
    assert!(
        zh.contains("# 应急响应复盘报告") && zh.contains("（责任人：张伟）"),
        "{zh}"
    );
    let v = d.json(&["response", "show", "1"]);
    let review = v["duties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["kind"] == "e2_review")
        .unwrap();
    assert_eq!(review["state"], "done");
    assert!(
        v["duties"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["kind"] == "e2_review_report")
    );
    d.fails(
        1,
        &[
            "response",
            "review",
            "1",
            "--causes",
            "again",
            "--measure",
            "m",
            "--owner",
            "o",
        ],
    );
    // E2, P1: the measure becomes a problem once, linked to the incident, named in the review.
    d.fails(2, &["response", "problem", "1", "--measure", "2"]);
    let made = d.json(&["response", "problem", "1", "--measure", "1"]);
    let pid = made["problem_id"].as_i64().unwrap().to_string();
    assert_eq!(
        made["response"]["measures"][0]["problem"].as_i64(),
        made["problem_id"].as_i64()
    );
    let p = d.json(&["problem", "show", &pid]);
    assert_eq!(p["title"], "存储控制器冗余", "{p}");
    assert!(p.to_string().contains("主库存储控制器故障"), "the review's causes: {p}");
    assert!(
        p.to_string().contains(&format!("\"id\":{id}")),
        "incident {id} linked: {p}"
    );
    d.fails(1, &["response", "problem", "1", "--measure", "1"]);
    // E2, Q6: the same measure becomes a corrective notice too, once, sent as any notice.
    let fix = [
        "response",
        "corrective",
        "1",
        "--measure",
        "1",
        "--dept",
        "it",
        "--due",
        "+14d",
        "--expected-effect",
        "控制器单点消除",
    ];
    let made = d.json(&fix);
    let cid = made["corrective_id"].as_i64().unwrap().to_string();
    let c = d.json(&["corrective", "show", &cid]);
    assert_eq!(c["corrective"]["responsible"], "张伟", "{c}");
    assert_eq!(c["corrective"]["measures"], "存储控制器冗余", "{c}");
    assert_eq!(c["corrective"]["findings"], "主库存储控制器故障", "{c}");
    assert!(c["duties"].to_string().contains("q6_corrective_notice"), "{c}");
    d.fails(1, &fix);
    let doc = d.ok(&["response", "review", "1", "--in", "en"]);
    assert!(
        doc.contains(&format!("(owner: 张伟): problem #{pid}: corrective notice #{cid}")),
        "{doc}"
    );
    assert!(d.ok(&["check"]).contains("check: ok"));
}

#[test]
fn i14_the_config_declares_a_top_severity_incident_on_a_critical_service_on_the_plan_that_covers_it() {
    let d = desk_with_plan("30");
    d.write_config("[emergency]\ncritical_services = [\"billing\"]\n");
    let p3 = d.new_incident("计费慢", "-2m");
    d.ok(&["tick"]);
    assert_eq!(
        d.json(&["response", "list"]),
        Value::Array(vec![]),
        "a P3 is not declared"
    );
    let p1 = d.ok(&[
        "incident",
        "new",
        "--title",
        "计费全省中断",
        "--service",
        "billing",
        "--category",
        "database",
        "--channel",
        "monitoring",
        "--severity",
        "P1",
    ]);
    let p1: i64 = p1.lines().next().unwrap().trim().parse().unwrap();
    d.ok(&["tick"]);
    let list = d.json(&["response", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 1, "{list:#}");
    assert_eq!(
        (list[0]["incident_id"].as_i64(), list[0]["auto"].as_bool()),
        (Some(p1), Some(true))
    );
    // Stood down, it is not declared again.
    d.ok(&["response", "stand-down", "1"]);
    d.ok(&["tick"]);
    assert_eq!(d.json(&["response", "list"]).as_array().unwrap().len(), 1);
    assert_ne!(p3, p1);
    // A P3 on billing not restored for 31 minutes reaches the leader step (I6): declared too.
    let long = d.new_incident("计费批价超时", "-31m");
    d.ok(&["tick"]);
    let list = d.json(&["response", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 2, "{list:#}");
    assert_eq!(
        (list[0]["incident_id"].as_i64(), list[0]["auto"].as_bool()),
        (Some(long), Some(true))
    );
}

#[test]
fn i14_two_supervisors_declaring_at_once_make_one_response() {
    let d = desk_with_plan("30");
    let id = d.new_incident("计费系统全省中断", "-10m").to_string();
    let children: Vec<_> = (0..4)
        .map(|_| {
            d.cmd(&["incident", "declare-major", &id, "--plan", "1"])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .expect("spawn")
        })
        .collect();
    let ok = children
        .into_iter()
        .map(|mut c| c.wait().expect("wait"))
        .filter(|s| s.success())
        .count();
    assert_eq!(ok, 1, "one declaration stands, the others are refused");
    let list = d.json(&["response", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    let v = d.json(&["response", "show", &list[0]["id"].to_string()]);
    let notices = v["duties"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["kind"] == "e2_leadership_notice")
        .count();
    assert_eq!(notices, 1);
}
