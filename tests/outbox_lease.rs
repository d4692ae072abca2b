//! A send that takes long must never outlive its lease (issue 21, item 14): once the lease runs
//! out the message shows "may have been sent", an operator sends it again, and the slow first
//! send arrives too. The sender renews its lease while a channel works, and an SMTP send ends by
//! its deadline whatever the server does.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::PermissionsExt;
use std::process::Stdio;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use chrono::Utc;
use common::Desk;
use opsdesk::config::Config;
use opsdesk::config::settings::CommandChannel;
use opsdesk::domain::time::whole_seconds;
use opsdesk::notify::channels::{Channel, Channels};
use opsdesk::ops::{self, outbox};
use opsdesk::store::Store;
use serde_json::Value;

fn messages(d: &Desk, state: &str) -> Vec<Value> {
    d.json(&["outbox", "list", "--state", state, "--limit", "1000"])
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn i21_14_a_sender_at_work_keeps_its_lease_however_slow_the_channel() {
    let d = Desk::init();
    d.add_person("sup1", "主管陈静", "supervisor", "13800000001", "chenjing@example.com");
    d.new_incident("计费系统批价超时", "-6m");
    let log = d.path().join("gateway.log");
    let gw = d.path().join("gw");
    // A gateway that takes twice the lease to answer.
    std::fs::write(
        &gw,
        format!(
            "#!/bin/sh\ncat > /dev/null\nsleep 6\necho \"$OPSDESK_MESSAGE_ID\" >> {}\n",
            log.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&gw, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut config = Config::load(&d.config, true).unwrap();
    config.notify.lease_seconds = 3;
    let gateway = Channel::Command(CommandChannel {
        program: gw.display().to_string(),
        args: Vec::new(),
        timeout_seconds: 30,
    });
    let mut channels = Channels::from_config(&config, &d.db).unwrap();
    channels.sms = gateway.clone();
    channels.email = gateway;
    let mut desk = ops::Desk::new(Store::open(&d.db).unwrap(), config);
    let me = desk.actor(&common::login()).unwrap();
    // Another sender, as a console or a cron tick would be, looking for lapsed leases meanwhile.
    let done = Arc::new(AtomicBool::new(false));
    let lapsed = Arc::new(AtomicUsize::new(0));
    let watcher = {
        let (db, done, lapsed) = (d.db.clone(), done.clone(), lapsed.clone());
        std::thread::spawn(move || {
            let mut other = ops::Desk::new(Store::open(&db).unwrap(), Config::defaults());
            while !done.load(Ordering::SeqCst) {
                let n = outbox::expire(&mut other, "watcher", whole_seconds(Utc::now())).unwrap();
                lapsed.fetch_add(n, Ordering::SeqCst);
                std::thread::sleep(Duration::from_millis(100));
            }
        })
    };
    let r = outbox::pass(&mut desk, &me, &channels, &|| whole_seconds(Utc::now()), 1).unwrap();
    done.store(true, Ordering::SeqCst);
    watcher.join().unwrap();
    assert_eq!(
        lapsed.load(Ordering::SeqCst),
        0,
        "the lease never ran out while it was sending"
    );
    assert_eq!(r.sent, 1, "{r:?}");
    let sent = &messages(&d, "sent")[0];
    let history = d.ok(&["history", "incident", "1"]);
    assert!(
        history.matches("message_lease").count() >= 2,
        "each renewal is in the history: {history}"
    );
    assert_eq!(std::fs::read_to_string(&log).unwrap().trim(), sent["id"].to_string());
    d.ok(&["check"]);
}

/// An SMTP server that answers every command after `delay` and counts the messages it took.
fn slow_server(delay: Duration) -> (u16, Arc<AtomicUsize>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let taken = Arc::new(AtomicUsize::new(0));
    let count = taken.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let count = count.clone();
            std::thread::spawn(move || {
                let mut out = stream.try_clone().unwrap();
                let mut lines = BufReader::new(stream);
                std::thread::sleep(delay);
                let _ = out.write_all(b"220 slow ESMTP\r\n");
                let mut line = String::new();
                let mut in_data = false;
                while lines.read_line(&mut line).unwrap_or(0) > 0 {
                    let l = line.trim_end().to_ascii_uppercase();
                    line.clear();
                    if in_data && l != "." {
                        continue;
                    }
                    std::thread::sleep(delay);
                    let reply: &[u8] = if in_data {
                        in_data = false;
                        count.fetch_add(1, Ordering::SeqCst);
                        b"250 taken\r\n"
                    } else if l.starts_with("EHLO") {
                        b"250-slow\r\n250 8BITMIME\r\n"
                    } else if l == "DATA" {
                        in_data = true;
                        b"354 go ahead\r\n"
                    } else {
                        b"250 ok\r\n"
                    };
                    if out.write_all(reply).is_err() {
                        return;
                    }
                }
            });
        }
    });
    (port, taken)
}

#[test]
fn i21_14_a_slow_smtp_server_is_cut_at_its_deadline_and_a_retry_never_sends_twice() {
    // Each reply within the 2 s timeout, the whole conversation far beyond the 3 s lease.
    let (port, taken) = slow_server(Duration::from_millis(1500));
    let d = Desk::init();
    d.write_config(&format!(
        "[notify]\nemail = \"smtp\"\nlease_seconds = 3\nretry_attempts = 2\nretry_backoff_seconds = 1\n[notify.smtp]\nhost = \"127.0.0.1\"\nport = {port}\ntimeout_seconds = 2\n[notify.command]\ntimeout_seconds = 2\n"
    ));
    d.add_person("sup1", "主管陈静", "supervisor", "", "chenjing@example.com");
    d.new_incident("CRM 登录失败", "-6m");
    let started = Instant::now();
    let mut first = d.cmd(&["send"]).stdout(Stdio::null()).spawn().unwrap();
    // It holds the message before anyone else looks.
    while messages(&d, "sending").is_empty() && first.try_wait().unwrap().is_none() {
        std::thread::sleep(Duration::from_millis(20));
    }
    // Meanwhile other senders run, and an operator resends whatever may have been sent.
    let mut uncertain_seen = 0;
    let first_took = loop {
        let out = d.run(&["send"]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        for m in messages(&d, "uncertain") {
            uncertain_seen += 1;
            d.ok(&["outbox", "retry", &m["id"].to_string()]);
        }
        if let Some(status) = first.try_wait().unwrap() {
            assert!(status.success());
            break started.elapsed();
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    assert!(
        first_took < Duration::from_secs(5),
        "one try ends by the 2 s deadline: {first_took:?}"
    );
    assert_eq!(uncertain_seen, 0, "a send under way never looked abandoned");
    // A conversation given up must not hand the text over later.
    std::thread::sleep(Duration::from_secs(2));
    assert!(taken.load(Ordering::SeqCst) <= 1, "never sent twice");
    let email: Vec<Value> = messages(&d, "all")
        .into_iter()
        .filter(|m| m["medium"] == "email")
        .collect();
    assert_eq!(email.len(), 1);
    let error = email[0]["last_error"].as_str().unwrap();
    assert!(error.contains("within 2 s"), "says the deadline: {}", email[0]);
    d.ok(&["check"]);
}
