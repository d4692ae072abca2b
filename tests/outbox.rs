//! The outbox through the real binary and the library, with the command channel (a script
//! standing in for the company's SMS gateway): exactly once under concurrent senders, retries
//! and failure, a sender killed mid-send, duties told another way, and a change's notice.

mod common;

use std::collections::HashMap;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use chrono::Utc;
use common::Desk;
use opsdesk::config::Config;
use opsdesk::domain::time::whole_seconds;
use opsdesk::notify::channels::Channels;
use opsdesk::ops::{self, outbox};
use opsdesk::store::Store;
use serde_json::Value;

/// A gateway script at `dir/name` with `body` after the shebang; returns its path.
fn script(dir: &Path, name: &str, body: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
    p
}

/// A desk whose SMS and e-mail both go through `program`, with a directory to address.
/// A desk sending both media through `program`, stopped after `timeout` seconds; `extra` goes in
/// `[notify]`.
fn desk_with_command(program: &Path, extra: &str, timeout: u32) -> Desk {
    let d = Desk::init();
    d.write_config(&format!(
        "[notify]\nemail = \"command\"\nsms = \"command\"\n{extra}\n[notify.command]\nprogram = \"{}\"\ntimeout_seconds = {}\n",
        program.display(),
        timeout
    ));
    for (login, role) in [("sup1", "supervisor"), ("man1", "manager"), ("lead1", "leader")] {
        d.add_person(login, login, role, "13800000000", &format!("{login}@example.com"));
    }
    d.ok(&[
        "dept",
        "add",
        "mkt",
        "--name",
        "市场部",
        "--interface",
        "孙丽",
        "--interface-phone",
        "13900000001",
        "--interface-email",
        "sunli@example.com",
    ]);
    d
}

fn library_desk(d: &Desk) -> (ops::Desk, opsdesk::domain::role::Actor, Channels) {
    let config = Config::load(&d.config, true).unwrap();
    let channels = Channels::from_config(&config, &d.db).unwrap();
    let desk = ops::Desk::new(Store::open(&d.db).unwrap(), config);
    let me = desk.actor(&common::login()).unwrap();
    (desk, me, channels)
}

fn messages(d: &Desk, state: &str) -> Vec<Value> {
    d.json(&["outbox", "list", "--state", state, "--limit", "1000"])
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn n_senders_running_together_send_each_message_once() {
    let d = Desk::empty();
    let log = d.path().join("gateway.log");
    let gw = script(
        d.path(),
        "gw",
        &format!("echo \"$OPSDESK_MESSAGE_ID\" >> {}", log.display()),
    );
    let d2 = desk_with_command(&gw, "", 20);
    let d = d2;
    for i in 0..6 {
        d.new_incident(&format!("故障 {i}"), "-31m");
    }
    // Four senders and two ticks at once, twice over.
    for _ in 0..2 {
        let kids: Vec<_> = ["send", "send", "tick", "send", "tick", "send"]
            .iter()
            .map(|c| {
                d.cmd(&[c])
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for k in kids {
            let out = k.wait_with_output().unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(out.status.success() && !err.contains("busy"), "{:?}: {err}", out.status);
        }
    }
    let sent = messages(&d, "sent");
    // Six incidents, three reports each, by SMS and e-mail.
    assert_eq!(sent.len(), 36, "{}", sent.len());
    let lines = std::fs::read_to_string(&log).unwrap();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for l in lines.lines() {
        *seen.entry(l).or_default() += 1;
    }
    assert_eq!(seen.len(), 36, "every message reached the gateway");
    assert!(seen.values().all(|n| *n == 1), "nothing twice: {seen:?}");
}

#[test]
fn n_a_failing_gateway_is_retried_then_failed_and_the_duty_stays_open_until_told_another_way() {
    let d = Desk::empty();
    let gw = script(d.path(), "gw", "echo 'gateway down: 503' >&2\nexit 1");
    let d = desk_with_command(&gw, "retry_attempts = 3\nretry_backoff_seconds = 60", 20);
    d.new_incident("短信网关故障演练", "-6m");
    let (mut desk, me, channels) = library_desk(&d);
    let t0 = whole_seconds(Utc::now());
    let mut states = Vec::new();
    // Try at once, then after each backoff (60 s, then 120 s).
    for at in [0, 61, 182, 400] {
        let t = t0 + chrono::Duration::seconds(at);
        let r = outbox::pass(&mut desk, &me, &channels, &|| t, 100).unwrap();
        states.push((r.retrying, r.failed));
    }
    assert_eq!(
        states,
        vec![(2, 0), (2, 0), (0, 2), (0, 0)],
        "SMS and e-mail, three tries each"
    );
    let failed = messages(&d, "failed");
    assert_eq!(failed.len(), 2);
    for m in &failed {
        assert_eq!(m["attempts"], 3);
        assert!(m["last_error"].as_str().unwrap().contains("gateway down: 503"), "{m}");
        assert_eq!(m["duty"]["done_at"], Value::Null, "the duty stays open");
    }
    let shown = d.ok(&["outbox", "show", &failed[0]["id"].to_string()]);
    assert!(
        shown.contains("failed: ") && shown.matches("gateway down").count() >= 3,
        "{shown}"
    );
    // Told by phone: the duty is done and the messages will not go.
    let duty = failed[0]["duty"]["id"].to_string();
    d.ok(&["duty", "done", &duty, "--how", "电话告知主管陈静"]);
    assert!(messages(&d, "failed").is_empty());
    assert_eq!(messages(&d, "cancelled").len(), 2);
    let err = d.fails(1, &["outbox", "retry", &failed[0]["id"].to_string()]);
    assert!(err.contains("already done"), "{err}");
}

#[test]
fn n_a_sender_killed_mid_send_leaves_may_have_been_sent_and_nothing_goes_twice() {
    let d = Desk::empty();
    let log = d.path().join("gateway.log");
    let gw = script(
        d.path(),
        "gw",
        &format!("echo \"$OPSDESK_MESSAGE_ID\" >> {}\nexec sleep 15", log.display()),
    );
    let d = desk_with_command(&gw, "automatic = [\"report_supervisor\"]", 20);
    d.new_incident("批价进程挂起", "-6m");
    let mut sender = d.cmd(&["send"]).stdout(Stdio::null()).spawn().unwrap();
    let started = Instant::now();
    while messages(&d, "sending").is_empty() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the sender never claimed a message"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    sender.kill().unwrap();
    sender.wait().unwrap();
    let held = messages(&d, "sending");
    assert_eq!(held.len(), 1);
    // Later than the lease: the next pass finds it and does not send it again.
    let (mut desk, me, channels) = library_desk(&d);
    let later = whole_seconds(Utc::now()) + chrono::Duration::seconds(600);
    let r = outbox::pass(&mut desk, &me, &channels, &|| later, 0).unwrap();
    assert_eq!(r.expired, 1);
    let m = &messages(&d, "uncertain")[0];
    assert_eq!(m["id"], held[0]["id"]);
    assert!(m["last_error"].as_str().unwrap().contains("may have been sent"), "{m}");
    let r = outbox::pass(&mut desk, &me, &channels, &|| later, 0).unwrap();
    assert_eq!(r, outbox::PassReport::default(), "no second try by itself");
    let tries = std::fs::read_to_string(&log).unwrap();
    let id = m["id"].to_string();
    assert_eq!(tries.lines().filter(|l| *l == id).count(), 1);
}

/// A change to the department `mkt`, scheduled 40 days from now: its C7 notice is owed.
fn scheduled_change(d: &Desk) -> String {
    let day = (Utc::now() + chrono::Duration::days(40)).with_timezone(&chrono_tz::Asia::Shanghai);
    let (start, end) = (
        day.format("%Y-%m-%d 01:00").to_string(),
        day.format("%Y-%m-%d 03:00").to_string(),
    );
    let month = day.format("%Y-%m").to_string();
    let id = d
        .ok(&[
            "change",
            "new",
            "--title",
            "计费系统版本升级",
            "--systems",
            "billing",
            "--departments",
            "mkt",
            "--operator",
            "李雷",
            "--it-contact",
            "张伟",
            "--month",
            &month,
        ])
        .trim()
        .to_string();
    d.ok(&["change", "plan", &id, "--start", &start, "--end", &end]);
    d.ok(&["change", "confirm-test", &id, "--by", "市场部 孙丽"]);
    // The window is whatever +40d lands on: the gates may refuse a daytime window, which an
    // override records; the notice is what this test is about.
    if d.run(&["change", "schedule", &id]).status.code() != Some(0) {
        d.ok(&["change", "schedule", &id, "--override", "test window"]);
    }
    id
}

#[test]
fn c7_a_notice_approved_and_sent_moves_the_change_to_notified() {
    let d = Desk::empty();
    let log = d.path().join("gateway.log");
    let gw = script(d.path(), "gw", &format!("cat >> {}", log.display()));
    let d = desk_with_command(&gw, "", 20);
    let id = scheduled_change(&d);
    d.ok(&["send"]);
    let c7 = messages(&d, "draft")
        .into_iter()
        .find(|m| m["duty"]["kind"] == "c7_change_notice")
        .expect("the C7 notice awaits review");
    assert!(c7["subject"].as_str().unwrap().contains("计费系统版本升级"), "{c7}");
    d.ok(&["outbox", "send", &c7["id"].to_string()]);
    let change = d.json(&["change", "show", &id]);
    assert_eq!(change["status"], "notified", "{change}");
    assert!(
        std::fs::read_to_string(&log).unwrap().contains("Subject:"),
        "an e-mail went to the gateway"
    );
}

#[test]
fn n_a_gateway_past_its_timeout_is_stopped_with_what_it_started() {
    let d = Desk::empty();
    // The script's own child holds its output open: stopping the script alone would hang.
    let gw = script(d.path(), "gw", "sleep 30\necho sent");
    let d = desk_with_command(&gw, "automatic = [\"report_supervisor\"]", 1);
    d.new_incident("批价进程挂起", "-6m");
    let started = Instant::now();
    d.ok(&["send"]);
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "send returned after {:?}",
        started.elapsed()
    );
    let m = messages(&d, "uncertain");
    assert!(!m.is_empty(), "a gateway stopped mid-run may have sent it");
    assert!(
        m[0]["last_error"].as_str().unwrap().contains("may have been sent"),
        "{}",
        m[0]
    );
}

#[test]
fn n_a_message_with_nobody_to_send_to_goes_once_the_directory_is_fixed() {
    let d = Desk::init();
    d.add_person("sup1", "主管陈静", "supervisor", "", "");
    d.new_incident("CRM 登录失败", "-6m");
    d.ok(&["send"]);
    let failed = messages(&d, "failed");
    let email = failed
        .iter()
        .find(|m| m["medium"] == "email" && m["duty"]["kind"] == "report_supervisor")
        .unwrap_or_else(|| panic!("an e-mail report with nobody to send to: {failed:?}"));
    let id = email["id"].to_string();
    assert!(d.fails(1, &["outbox", "retry", &id]).contains("nobody to send to"));
    // The directory learns the supervisor's address: the same message now goes.
    d.add_person("sup2", "主管李明", "supervisor", "", "liming@it.example.com");
    d.ok(&["outbox", "retry", &id]);
    d.ok(&["send"]);
    let sent = d.json(&["outbox", "show", &id]);
    assert_eq!(sent["state"], "sent", "{sent}");
    assert!(sent["to"].to_string().contains("liming@it.example.com"), "{sent}");
}

#[test]
fn b5_the_deadline_report_mails_the_staff_with_the_manager_in_cc_and_texts_the_heads() {
    let d = Desk::init();
    for (login, role, phone) in [
        ("sup1", "supervisor", "13800000001"),
        ("man1", "manager", "13800000002"),
        ("op1", "operator", "13800000003"),
    ] {
        d.add_person(login, login, role, phone, &format!("{login}@example.com"));
    }
    // A run whose deadline has passed: its report is owed now.
    d.ok(&["billing", "new", "--kind", "billing", "--period", "2025-12"]);
    d.ok(&["send"]);
    let drafts = messages(&d, "draft");
    let of = |medium: &str| {
        drafts
            .iter()
            .find(|m| m["medium"] == medium && m["duty"]["kind"] == "b5_deadline_report")
            .unwrap_or_else(|| panic!("a B5 {medium} awaiting review: {drafts:?}"))
    };
    let addrs = |v: &Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|a| a["addr"].as_str().unwrap().to_string())
            .collect()
    };
    let email = of("email");
    let (to, cc) = (addrs(&email["to"]), addrs(&email["cc"]));
    assert!(
        to.contains(&"sup1@example.com".into()) && to.contains(&"op1@example.com".into()),
        "{to:?}"
    );
    assert!(
        !to.contains(&"man1@example.com".into()),
        "the manager is in Cc, not To: {to:?}"
    );
    assert_eq!(cc, vec!["man1@example.com".to_string()]);
    let sms = addrs(&of("sms")["to"]);
    assert_eq!(sms.len(), 2, "the supervisor and the manager: {sms:?}");
}

#[test]
fn n_a_duty_whose_message_cannot_be_written_stops_no_other() {
    let d = Desk::init();
    d.add_person("sup1", "主管陈静", "supervisor", "", "chenjing@it.example.com");
    // The desk's own escalation report template is broken (unreadable: a directory).
    std::fs::create_dir_all(d.path().join("templates/report.zh-CN.md")).unwrap();
    d.new_incident("CRM 登录失败", "-6m");
    let run = d.ok(&["billing", "new", "--kind", "billing", "--period", "2026-11"]);
    d.ok(&[
        "billing",
        "anomaly",
        run.trim(),
        "--what",
        "话单文件缺失",
        "--effect",
        "deadline",
    ]);
    let out = d.run(&["send"]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no message written for duty") && err.contains("report_supervisor"),
        "{err}"
    );
    let sent = messages(&d, "sent");
    assert!(
        sent.iter().any(|m| m["duty"]["kind"] == "b6_anomaly_report"),
        "the anomaly report went all the same: {sent:?}"
    );
}

/// The C7 messages written so far, whatever their state.
fn c7_messages(d: &Desk) -> Vec<Value> {
    messages(d, "draft,queued,sent,failed")
        .into_iter()
        .filter(|m| m["duty"]["kind"] == "c7_change_notice")
        .collect()
}

#[test]
fn c7_a_desk_template_with_an_unknown_variable_writes_no_message_and_send_says_where() {
    let d = Desk::empty();
    let gw = script(d.path(), "gw", "cat > /dev/null");
    let d = desk_with_command(&gw, "", 20);
    let id = scheduled_change(&d);
    // The desk's C7 notice names a variable no notice has, on its line 4.
    let file = d.path().join("templates/c7.zh-CN.md");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(
        &file,
        "# 系统变更通知：{{ title }}\n\n主送：{{ w.people(to) }}\n抄送：{{ copied }}\n",
    )
    .unwrap();
    let out = d.run(&["send"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("no message written for duty")
            && stderr.contains("c7_change_notice")
            && stderr.contains(&format!("{}, line 3", file.display())),
        "send names the template and the line: {stderr}"
    );
    assert!(c7_messages(&d).is_empty(), "no message with a hole");
    // The same refusal for the preview, whose template imports nothing: line 3 names `w`.
    let err = d.fails(1, &["change", "notice", &id, "--kind", "c7", "--lang", "zh-CN"]);
    assert!(err.contains(&format!("{}, line 3", file.display())), "{err}");
    // Fixed, the next pass writes it.
    std::fs::write(
        &file,
        "{% import \"words.zh-CN.md\" as w %}\n# 系统变更通知：{{ title }}\n\n主送：{{ w.people(to) }}\n抄送：{{ copied }}\n",
    )
    .unwrap();
    let err = d.fails(1, &["change", "notice", &id, "--kind", "c7", "--lang", "zh-CN"]);
    assert!(
        err.contains(&format!("{}, line 5", file.display())) && err.contains("copied"),
        "the unknown variable is named: {err}"
    );
    std::fs::remove_file(&file).unwrap();
    d.ok(&["config", "check"]);
    d.ok(&["send"]);
    assert!(!c7_messages(&d).is_empty(), "written once the template is fixed");
}

#[test]
fn c7_a_desk_template_rewords_the_notice_with_a_loop_and_a_conditional() {
    let d = Desk::empty();
    let gw = script(d.path(), "gw", "cat > /dev/null");
    let d = desk_with_command(&gw, "", 20);
    let id = scheduled_change(&d);
    let file = d.path().join("templates/c7.zh-CN.md");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(
        &file,
        "{% import \"words.zh-CN.md\" as w %}\n\
         # 变更告知：{{ title }}\n\n\
         敬请以下部门留意：\n\
         {% for p in to %}\n\
         {{ loop.index }}. {{ p }}\n\
         {% else %}\n\
         （无）\n\
         {% endfor %}\n\n\
         时间：{{ w.window(window) }}，系统：{{ systems|join(\"、\") }}\n\
         {% if overridden %}\n\
         本次为紧急变更（{{ overridden.reason }}）。\n\
         {% endif %}\n\
         —— IT管理部\n",
    )
    .unwrap();
    d.ok(&["config", "check"]);
    let notice = d.ok(&["change", "notice", &id, "--kind", "c7", "--lang", "zh-CN"]);
    assert!(
        notice.starts_with("# 变更告知：计费系统版本升级\n\n敬请以下部门留意：\n1. 孙丽 (市场部)\n"),
        "{notice}"
    );
    assert!(
        !notice.contains("各位同事") && notice.contains("系统：billing\n"),
        "{notice}"
    );
    d.ok(&["send"]);
    let mail = c7_messages(&d)
        .into_iter()
        .find(|m| m["medium"] == "email")
        .expect("the C7 e-mail is written from the desk's template");
    assert_eq!(mail["subject"], "变更告知：计费系统版本升级", "{mail}");
    assert!(mail["body"].as_str().unwrap().contains("1. 孙丽 (市场部)"), "{mail}");
    // The English notice keeps the built-in template.
    let en = d.ok(&["change", "notice", &id, "--kind", "c7", "--lang", "en"]);
    assert!(en.contains("Dear colleagues"), "{en}");
}
