//! The outbox against what real use found (issue 21): a line break in a name, an incident contact
//! that looks like a gateway option, a gateway that talks too much or dies after sending, and a
//! template big enough to make every message huge. One bad message fails alone; nothing crashes
//! a sender; nothing goes twice.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use common::Desk;
use serde_json::Value;

/// A gateway script at `dir/name` with `body` after the shebang; returns its path.
fn script(dir: &Path, name: &str, body: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
    p
}

/// The IT department's supervisor, manager and leader, and a business department's interface
/// person, each with a phone and an address.
fn ladder(d: &Desk) {
    for (login, name, role, phone) in [
        ("sup1", "主管陈静", "supervisor", "13800000001"),
        ("man1", "经理王芳", "manager", "13800000002"),
        ("lead1", "领导刘洋", "leader", "13800000003"),
    ] {
        d.add_person(login, name, role, phone, &format!("{login}@example.com"));
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
}

fn messages(d: &Desk) -> Vec<Value> {
    d.json(&["outbox", "list", "--state", "all", "--limit", "1000"])
        .as_array()
        .unwrap()
        .clone()
}

/// Change the directory behind opsdesk's back, as an old version or a hand in sqlite3 could.
fn sql(d: &Desk, statement: &str) {
    let conn = rusqlite::Connection::open(&d.db).unwrap();
    conn.execute(statement, []).unwrap();
}

fn addrs(m: &Value) -> String {
    m["to"].to_string() + &m["cc"].to_string()
}

#[test]
fn i21_11_a_line_break_in_a_name_fails_that_message_and_every_other_goes() {
    let d = Desk::init();
    ladder(&d);
    sql(
        &d,
        "UPDATE users SET name = '主管陈静' || char(13) || char(10) || 'Bcc: everyone@evil.example' WHERE login = 'sup1'",
    );
    d.new_incident("计费系统批价超时", "-31m");
    let out = d.run(&["tick"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && !stderr.contains("panicked"),
        "tick: {:?} {stderr}",
        out.status
    );
    let all = messages(&d);
    // The ladder's reports (the broadcast waits for review).
    let all: Vec<Value> = all
        .into_iter()
        .filter(|m| m["duty"]["kind"].as_str().unwrap().starts_with("report_"))
        .collect();
    let bad: Vec<&Value> = all.iter().filter(|m| m["state"] == "failed").collect();
    assert_eq!(bad.len(), 1, "only the e-mail to the supervisor: {all:#?}");
    assert_eq!(bad[0]["medium"], "email");
    assert!(addrs(bad[0]).contains("sup1@example.com"), "{}", bad[0]);
    let error = bad[0]["last_error"].as_str().unwrap();
    assert!(
        error.contains("control character") && error.contains("fix the name in the directory"),
        "a clear error: {error}"
    );
    assert!(!error.contains('\n') && !error.contains('\r'), "{error:?}");
    // Every other message the ladder owes went: the manager's and the leader's, and the SMS to
    // the supervisor (a phone number has no display name to break).
    let owed: Vec<&Value> = all.iter().filter(|m| m["state"] != "failed").collect();
    assert_eq!(owed.len(), 5, "{all:#?}");
    assert!(owed.iter().all(|m| m["state"] == "sent"), "{owed:#?}");
    // Sending again changes nothing and crashes nothing.
    let again = d.run(&["send"]);
    assert!(again.status.success(), "{}", String::from_utf8_lossy(&again.stderr));
    assert_eq!(messages(&d).iter().filter(|m| m["state"] == "failed").count(), 1);
}

#[test]
fn i21_11_control_characters_in_names_and_addresses_are_refused_at_input() {
    let d = Desk::init();
    let err = d.fails(
        2,
        &[
            "user",
            "add",
            "sup1",
            "--name",
            "陈静\nBcc: x@evil.example",
            "--role",
            "supervisor",
            "--dept",
            "it",
        ],
    );
    assert!(err.contains("control character"), "{err}");
    let err = d.fails(
        2,
        &[
            "dept",
            "add",
            "mkt",
            "--name",
            "市场部",
            "--interface",
            "孙\r丽",
            "--interface-phone",
            "139",
        ],
    );
    assert!(
        err.contains("interface name") && err.contains("control character"),
        "{err}"
    );
    let err = d.fails(
        2,
        &[
            "dept",
            "add",
            "mkt",
            "--name",
            "市场部",
            "--interface",
            "孙丽",
            "--interface-email",
            "a@b.cn\nBcc: x@y.cn",
        ],
    );
    assert!(err.contains("not an e-mail address"), "{err}");
    let user_list = d.ok(&["user", "list"]);
    assert!(!user_list.contains("sup1"), "nothing added: {user_list}");
    assert!(!d.ok(&["dept", "list"]).contains("mkt"), "nothing added");
    let err = d.fails(
        2,
        &[
            "incident",
            "new",
            "--title",
            "x",
            "--service",
            "billing",
            "--category",
            "application",
            "--channel",
            "phone",
            "--reporter",
            "赵敏\r\nX-Injected: 1",
        ],
    );
    assert!(err.contains("reporter") && err.contains("control character"), "{err}");
    assert_eq!(d.json(&["incident", "list"]).as_array().unwrap().len(), 0);
}

#[test]
fn i21_12_an_incident_contact_or_a_phone_never_reaches_the_gateway_as_an_option() {
    let d = Desk::init();
    let log = d.path().join("gateway-args.log");
    // Each run logs its arguments, one run a line, separated by '|'.
    let gw = script(
        d.path(),
        "gw",
        &format!(
            "cat > /dev/null\nfor a in \"$@\"; do printf '%s|' \"$a\"; done >> {log}\necho >> {log}",
            log = log.display()
        ),
    );
    d.write_config(&format!(
        "[notify]\nsms = \"command\"\n[notify.command]\nprogram = \"{}\"\nargs = [\"--from\", \"IT\"]\n",
        gw.display()
    ));
    ladder(&d);
    // At input: neither an incident's contact nor a directory phone may be an option.
    for contact in [
        "--contact=--config=/etc/passwd",
        "--contact=-rf",
        "--contact=139\n--output=/tmp/x",
    ] {
        let err = d.fails(
            2,
            &[
                "incident",
                "new",
                "--title",
                "x",
                "--service",
                "billing",
                "--category",
                "application",
                "--channel",
                "phone",
                contact,
            ],
        );
        assert!(
            err.contains("neither a phone number nor an e-mail address"),
            "{contact}: {err}"
        );
    }
    let err = d.fails(
        2,
        &[
            "user",
            "add",
            "op9",
            "--name",
            "x",
            "--role",
            "operator",
            "--dept",
            "it",
            "--phone=--config=/x",
        ],
    );
    assert!(err.contains("not a phone number"), "{err}");
    let id = d
        .ok(&[
            "incident",
            "new",
            "--title",
            "CRM 登录失败",
            "--service",
            "crm",
            "--category",
            "application",
            "--channel",
            "phone",
            "--contact",
            "139 0000 0011",
            "--received-at",
            "-6m",
        ])
        .trim()
        .to_string();
    assert_eq!(
        d.json(&["incident", "show", &id])["contact"],
        "13900000011",
        "stored as one clean number"
    );
    d.ok(&["send"]);
    // Behind opsdesk's back, the supervisor's phone becomes an option: that SMS is refused, not run.
    sql(
        &d,
        "UPDATE users SET phone = '--config=/etc/passwd' WHERE login = 'sup1'",
    );
    d.new_incident("计费系统批价超时", "-6m");
    d.ok(&["send"]);
    let runs = std::fs::read_to_string(&log).unwrap();
    assert!(!runs.contains("--config"), "never given to the gateway: {runs}");
    let lines: Vec<&str> = runs.lines().collect();
    assert_eq!(
        lines,
        vec!["--from|IT|--|13800000001|"],
        "its own options, then --, then the numbers"
    );
    let refused: Vec<Value> = messages(&d)
        .into_iter()
        .filter(|m| m["medium"] == "sms" && m["state"] == "failed")
        .collect();
    assert_eq!(refused.len(), 1, "{refused:#?}");
    assert!(
        refused[0]["last_error"]
            .as_str()
            .unwrap()
            .contains("is not a phone number"),
        "{}",
        refused[0]
    );
}

#[test]
fn i21_13_a_chatty_gateway_sends_each_message_once() {
    let d = Desk::init();
    let log = d.path().join("gateway.log");
    // The shell's own echo writes 300 KB after sending: a closed pipe would kill it (SIGPIPE).
    let gw = script(
        d.path(),
        "gw",
        &format!(
            "cat > /dev/null\necho \"$OPSDESK_MESSAGE_ID\" >> {}\ni=0\nwhile [ $i -lt 4000 ]; do echo \"sent, line $i of a gateway that says a great deal about it\"; i=$((i+1)); done\necho 'sent: all done' >&2",
            log.display()
        ),
    );
    d.write_config(&format!(
        "[notify]\nemail = \"command\"\nsms = \"command\"\nretry_backoff_seconds = 1\n[notify.command]\nprogram = \"{}\"\n",
        gw.display()
    ));
    ladder(&d);
    d.new_incident("计费系统批价超时", "-6m");
    d.ok(&["send"]);
    std::thread::sleep(std::time::Duration::from_millis(1500));
    d.ok(&["send"]);
    let sent = messages(&d);
    assert_eq!(sent.len(), 2, "{sent:#?}");
    for m in &sent {
        assert_eq!(m["state"], "sent", "{m}");
        assert!(m["receipt"].as_str().unwrap().starts_with("sent, line"), "{m}");
    }
    let tries = std::fs::read_to_string(&log).unwrap();
    assert_eq!(tries.lines().count(), 2, "each message once: {tries}");
}

#[test]
fn i21_13_a_gateway_killed_after_it_took_the_message_may_have_sent_it() {
    let d = Desk::init();
    let log = d.path().join("gateway.log");
    let gw = script(
        d.path(),
        "gw",
        &format!(
            "cat > /dev/null\necho \"$OPSDESK_MESSAGE_ID\" >> {}\nkill -KILL $$",
            log.display()
        ),
    );
    d.write_config(&format!(
        "[notify]\nsms = \"command\"\nretry_backoff_seconds = 1\n[notify.command]\nprogram = \"{}\"\n",
        gw.display()
    ));
    ladder(&d);
    d.new_incident("计费系统批价超时", "-6m");
    d.ok(&["send"]);
    std::thread::sleep(std::time::Duration::from_millis(1500));
    d.ok(&["send"]);
    let sms: Vec<Value> = messages(&d).into_iter().filter(|m| m["medium"] == "sms").collect();
    assert_eq!(sms.len(), 1);
    assert_eq!(sms[0]["state"], "uncertain", "{}", sms[0]);
    assert!(
        sms[0]["last_error"].as_str().unwrap().contains("may have been sent"),
        "{}",
        sms[0]
    );
    assert_eq!(
        std::fs::read_to_string(&log).unwrap().lines().count(),
        1,
        "never again by itself"
    );
}

#[test]
fn i21_20_an_oversized_template_is_refused_naming_the_file() {
    let d = Desk::init();
    ladder(&d);
    // A desk's own templates are in templates/ beside its config.
    let templates = d.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    let report = templates.join("report.zh-CN.md");
    std::fs::write(
        &report,
        "# 故障报告\n\n".to_string() + &"很长的一行。\n".repeat(200_000),
    )
    .unwrap();
    let out = d.run(&["config", "check"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&report.display().to_string()) && err.contains("at most 64 KiB"),
        "config check names it: {err}"
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        !said.contains(": ok"),
        "a failing check does not call the config ok: {said}"
    );
    d.new_incident("计费系统批价超时", "-6m");
    let started = std::time::Instant::now();
    let out = d.run(&["send"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
    assert!(
        stderr.contains("no message written for duty") && stderr.contains(&report.display().to_string()),
        "{stderr}"
    );
    assert!(messages(&d).is_empty(), "nothing written from it");
    // Within the limit, but a placeholder repeated until the message would be megabytes.
    std::fs::write(
        &report,
        "# 故障报告：{{title}}\n\n".to_string() + &"{{description}}\n".repeat(3_000),
    )
    .unwrap();
    d.ok(&["config", "check"]);
    let out = d.run(&["send"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    // The incident's description is empty ("无"): add one of 10,000 characters.
    let id = d
        .ok(&[
            "incident",
            "new",
            "--title",
            "CRM 登录失败",
            "--service",
            "crm",
            "--category",
            "application",
            "--channel",
            "phone",
            "--received-at",
            "-6m",
            "--description",
            &"说明".repeat(5_000),
        ])
        .trim()
        .to_string();
    let out = d.run(&["send"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("longer than 256 KiB") && stderr.contains(&report.display().to_string()),
        "incident {id}: {stderr}"
    );
    let big = messages(&d)
        .into_iter()
        .map(|m| m["body"].as_str().unwrap_or("").len())
        .max()
        .unwrap_or(0);
    assert!(big <= 256 * 1024, "no message over the limit: {big}");
}

#[test]
fn i21_12_the_example_gateway_reads_its_options_up_to_the_double_dash() {
    let d = Desk::init();
    let gw = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sms-gateway.sh");
    d.write_config(&format!(
        "[notify]\nsms = \"command\"\n[notify.command]\nprogram = \"{}\"\nargs = [\"--from\", \"IT\"]\n",
        gw.display()
    ));
    ladder(&d);
    d.new_incident("计费系统批价超时", "-6m");
    d.ok(&["send"]);
    let sms: Vec<Value> = messages(&d).into_iter().filter(|m| m["medium"] == "sms").collect();
    assert_eq!(sms.len(), 1);
    assert_eq!(sms[0]["state"], "sent", "{}", sms[0]);
    assert_eq!(
        sms[0]["receipt"],
        format!("accepted {} for 1", sms[0]["id"]),
        "{}",
        sms[0]
    );
}
