//! Notifications through a real SMTP server on loopback (issue: notifications). An incident left
//! unrestored for 31 minutes produces the supervisor, manager and leader reports at once and,
//! once approved, the broadcast to every business department: each arrives exactly once, with
//! its To and Cc, and a Chinese subject any mail reader shows.

mod common;

use common::Desk;
use common::smtp::SmtpServer;
use serde_json::Value;

/// A desk with a directory worth addressing, sending e-mail to `port` and SMS to the spool.
fn desk(port: u16) -> Desk {
    let d = Desk::init();
    d.write_config(&format!(
        "[notify]\nemail = \"smtp\"\n[notify.smtp]\nhost = \"127.0.0.1\"\nport = {port}\n"
    ));
    for (login, name, role, email) in [
        ("op1", "值班员小赵", "operator", "zhao@it.example.com"),
        ("sup1", "主管陈静", "supervisor", "chenjing@it.example.com"),
        ("man1", "经理王芳", "manager", "wangfang@it.example.com"),
        ("lead1", "分管领导刘洋", "leader", "liuyang@example.com"),
    ] {
        d.add_person(login, name, role, "13800000000", email);
    }
    d.ok(&[
        "dept",
        "add",
        "mkt",
        "--name",
        "市场部",
        "--interface",
        "孙丽",
        "--interface-email",
        "sunli@mkt.example.com",
        "--interface-phone",
        "13900000001",
    ]);
    d.ok(&[
        "dept",
        "add",
        "cs",
        "--name",
        "客服中心",
        "--interface",
        "周强",
        "--interface-email",
        "zhouqiang@cs.example.com",
        "--interface-phone",
        "13900000002",
    ]);
    d
}

fn mails_about(server: &SmtpServer, title: &str) -> Vec<common::smtp::Received> {
    server
        .received()
        .into_iter()
        .filter(|m| m.subject.contains(title))
        .collect()
}

#[test]
fn i6_i8_reports_and_the_approved_broadcast_arrive_exactly_once() {
    let d = Desk::empty();
    let Some(server) = SmtpServer::start(d.path()) else {
        return;
    };
    let d = desk(server.port);
    let title = "计费系统批价超时";
    d.new_incident(title, "-31m");
    // Two senders and a tick at once: nothing goes twice.
    let runs: Vec<_> = [["send"], ["tick"], ["send"]]
        .iter()
        .map(|args| d.cmd(&args[..]).stdout(std::process::Stdio::null()).spawn().unwrap())
        .collect();
    for mut r in runs {
        assert!(r.wait().unwrap().success());
    }
    let mails = mails_about(&server, title);
    let mut subjects: Vec<&str> = mails.iter().map(|m| m.subject.as_str()).collect();
    subjects.sort();
    assert_eq!(
        subjects,
        vec![
            "故障报告（报主管）：计费系统批价超时",
            "故障报告（报分管领导）：计费系统批价超时",
            "故障报告（报部门经理）：计费系统批价超时",
        ],
        "the three reports, each once; the broadcast waits for review"
    );
    let to_leader = mails.iter().find(|m| m.subject.contains("分管领导")).unwrap();
    assert!(to_leader.to.contains("liuyang@example.com"), "{to_leader:?}");
    assert!(to_leader.body.contains("31 分钟"), "{}", to_leader.body);

    // The broadcast: reviewed, approved, then sent once to every business department, the IT
    // department's staff, supervisors and manager in Cc.
    let drafts = d.json(&["outbox", "list", "--state", "draft"]);
    let broadcast = drafts
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["medium"] == "email" && m["duty"]["kind"] == "broadcast")
        .unwrap_or_else(|| panic!("a broadcast e-mail awaiting review: {drafts}"));
    let id = broadcast["id"].to_string();
    d.ok(&["outbox", "approve", &id]);
    for _ in 0..3 {
        d.ok(&["send"]);
    }
    let mails = mails_about(&server, title);
    assert_eq!(
        mails.len(),
        4,
        "{:#?}",
        mails.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
    let b = mails.iter().find(|m| m.subject.starts_with("故障通报")).unwrap();
    for to in ["sunli@mkt.example.com", "zhouqiang@cs.example.com"] {
        assert!(b.to.contains(to), "To {}", b.to);
    }
    for cc in [
        "zhao@it.example.com",
        "chenjing@it.example.com",
        "wangfang@it.example.com",
    ] {
        assert!(b.cc.contains(cc), "Cc {}", b.cc);
        assert!(b.rcpt_to.contains(cc), "the envelope reaches the Cc too: {}", b.rcpt_to);
    }
    assert!(b.cc.contains("主管陈静"), "names in UTF-8: {}", b.cc);
    let ids: std::collections::HashSet<&str> = mails.iter().map(|m| m.message_id.as_str()).collect();
    assert_eq!(ids.len(), 4, "four distinct messages");

    // The broadcast's e-mail went; its SMS still waits, so the duty is still open.
    let shown = d.json(&["outbox", "show", &id]);
    assert_eq!(shown["state"], "sent");
    assert_eq!(shown["duty"]["done_at"], Value::Null, "the SMS half is still a draft");
    let report = d.json(&["outbox", "list", "--state", "sent"]);
    let report_duty = report
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["duty"]["kind"] == "report_leader")
        .unwrap();
    let duty = d.json(&["outbox", "show", &report_duty["id"].to_string()])["duty"].clone();
    assert!(
        duty["done_how"].as_str().unwrap().starts_with("sent by opsdesk"),
        "a report sent by e-mail and SMS is a duty done: {duty}"
    );
}

#[test]
fn n_an_smtp_server_that_is_down_is_retried_and_the_duty_stays_open() {
    let d = Desk::init();
    // Nothing listens on this port.
    let port = common::smtp::unused_port();
    d.write_config(&format!(
        "[notify]\nemail = \"smtp\"\nretry_backoff_seconds = 3600\n[notify.smtp]\nhost = \"127.0.0.1\"\nport = {port}\ntimeout_seconds = 2\n"
    ));
    d.add_person("sup1", "主管陈静", "supervisor", "", "chenjing@it.example.com");
    d.new_incident("CRM 登录失败", "-6m");
    let out = d.ok(&["send"]);
    assert!(out.contains("1 to retry"), "{out}");
    let list = d.json(&["outbox", "list", "--state", "queued"]);
    let m = &list[0];
    assert_eq!(m["attempts"], 1);
    assert!(m["last_error"].as_str().unwrap().contains("smtp 127.0.0.1"), "{m}");
    assert_eq!(m["duty"]["done_at"], Value::Null);
}

/// A server that takes the whole message and then never answers: the one case where nobody can
/// know whether it went. Returns its port and how many messages it took.
fn silent_after_data() -> (u16, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use std::io::{BufRead, BufReader, Write};
    use std::sync::atomic::Ordering;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let taken = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let count = taken.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let count = count.clone();
            std::thread::spawn(move || {
                let mut out = stream.try_clone().unwrap();
                let mut lines = BufReader::new(stream);
                let _ = out.write_all(b"220 silent ESMTP\r\n");
                let mut line = String::new();
                let mut in_data = false;
                while lines.read_line(&mut line).unwrap_or(0) > 0 {
                    let l = line.trim_end().to_ascii_uppercase();
                    let reply: &[u8] = if in_data {
                        if l == "." {
                            count.fetch_add(1, Ordering::SeqCst);
                            // Keep the connection open and say nothing.
                            std::thread::sleep(std::time::Duration::from_secs(30));
                            return;
                        }
                        b""
                    } else if l.starts_with("EHLO") {
                        b"250-silent\r\n250 8BITMIME\r\n"
                    } else if l == "DATA" {
                        in_data = true;
                        b"354 go ahead\r\n"
                    } else {
                        b"250 ok\r\n"
                    };
                    let _ = out.write_all(reply);
                    line.clear();
                }
            });
        }
    });
    (port, taken)
}

#[test]
fn n_no_answer_after_the_message_went_is_may_have_been_sent_and_never_sent_again_by_itself() {
    let (port, taken) = silent_after_data();
    let d = Desk::init();
    d.write_config(&format!(
        "[notify]\nemail = \"smtp\"\nretry_backoff_seconds = 1\n[notify.smtp]\nhost = \"127.0.0.1\"\nport = {port}\ntimeout_seconds = 1\n"
    ));
    d.add_person("sup1", "主管陈静", "supervisor", "", "chenjing@it.example.com");
    d.new_incident("CRM 登录失败", "-6m");
    d.ok(&["send"]);
    let m = d.json(&["outbox", "list", "--state", "uncertain"]);
    assert_eq!(m.as_array().unwrap().len(), 1, "{m}");
    assert!(
        m[0]["last_error"].as_str().unwrap().contains("may have been sent"),
        "{m}"
    );
    std::thread::sleep(std::time::Duration::from_secs(2));
    d.ok(&["send"]);
    assert_eq!(
        taken.load(std::sync::atomic::Ordering::SeqCst),
        1,
        "handed over once, never again by itself"
    );
}
