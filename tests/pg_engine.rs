//! The clock on PostgreSQL (issue 20), against a real server (tests/common/pg.rs): five
//! `opsdesk engine`s and a cron `tick` on one server desk record each escalation step once and
//! send each of its messages once; an emergency (E1, E2, I14) and its messages handled step by
//! step on a SQLite desk and on a PostgreSQL one end the same.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use chrono::{DateTime, SecondsFormat, Utc};
use common::pg::{PgDesk, app_desk, kept, same_on_both, same_search, spooling};
use nix::sys::signal::{Signal, kill};
use nix::unistd::Pid;
use serde_json::Value;

/// `seconds` ago, as `--received-at` takes it.
fn ago(seconds: i64) -> String {
    (Utc::now() - chrono::Duration::seconds(seconds)).to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// A running `opsdesk engine`; its stderr lines arrive on `lines`.
struct Engine {
    child: Child,
    lines: mpsc::Receiver<String>,
    seen: Vec<String>,
}

impl Engine {
    fn start(d: &PgDesk) -> Engine {
        let mut child = d
            .cmd(&["engine"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start opsdesk engine");
        let err = child.stderr.take().expect("piped stderr");
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    return;
                }
            }
        });
        let mut e = Engine {
            child,
            lines,
            seen: Vec::new(),
        };
        let until = Instant::now() + Duration::from_secs(20);
        while !e.seen.iter().any(|l| l.contains("engine started")) {
            match e.lines.recv_timeout(until.saturating_duration_since(Instant::now())) {
                Ok(line) => e.seen.push(line),
                Err(_) => panic!("the engine did not start: {:#?}", e.seen),
            }
        }
        e
    }

    /// SIGTERM; its exit status and every line it wrote.
    fn stop(mut self) -> (std::process::ExitStatus, Vec<String>) {
        kill(Pid::from_raw(self.child.id() as i32), Signal::SIGTERM).expect("SIGTERM");
        let sent = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                std::thread::sleep(Duration::from_millis(50));
                self.seen.extend(self.lines.try_iter());
                return (status, std::mem::take(&mut self.seen));
            }
            assert!(sent.elapsed() < Duration::from_secs(10), "the engine ignored SIGTERM");
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Engine {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn i6_five_engines_and_tick_on_postgresql_record_each_step_once_and_send_each_message_once() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = app_desk(pg, "five_engines");
    let spool = spooling(&d);
    d.ok(&["init", "--name", "Admin"]);
    d.ok(&[
        "user",
        "add",
        "zw",
        "--name",
        "张伟",
        "--role",
        "supervisor",
        "--dept",
        "it",
        "--phone",
        "13800000001",
        "--email",
        "zw@example.com",
    ]);
    let received = ago(288);
    let id = d
        .ok(&[
            "incident",
            "new",
            "--title",
            "core switch down",
            "--service",
            "billing",
            "--category",
            "network",
            "--channel",
            "phone",
            "--received-at",
            &received,
        ])
        .lines()
        .next()
        .unwrap()
        .trim()
        .to_string();
    let due = DateTime::parse_from_rfc3339(&received).unwrap().with_timezone(&Utc) + chrono::Duration::minutes(5);
    let engines: Vec<Engine> = (0..5).map(|_| Engine::start(&d)).collect();
    let mut ticks = 0;
    while Utc::now() < due + chrono::Duration::seconds(3) {
        d.ok(&["tick"]);
        ticks += 1;
        std::thread::sleep(Duration::from_millis(700));
    }
    assert!(ticks >= 3);
    // The step's messages go out on the engines' next passes.
    let sent = |d: &PgDesk| -> Vec<Value> {
        d.json(&["outbox", "list", "--state", "sent", "--json"])
            .as_array()
            .unwrap()
            .clone()
    };
    let until = Instant::now() + Duration::from_secs(20);
    while sent(&d).len() < 2 && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(300));
    }
    let mut logged = 0;
    for e in engines {
        let (status, lines) = e.stop();
        assert!(status.success(), "{status:?}: {lines:#?}");
        logged += lines.iter().filter(|l| l.contains("report_supervisor")).count();
        assert!(!lines.iter().any(|l| l.contains("could not run")), "{lines:#?}");
    }
    assert!(logged <= 1, "logged by {logged} engines");

    let v = d.json(&["incident", "show", &id, "--json"]);
    let raised = v["history"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["action"] == "raise report_supervisor")
        .count();
    assert_eq!(raised, 1, "recorded exactly once: {v:#}");
    let duty = v["duties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["kind"] == "report_supervisor")
        .unwrap_or_else(|| panic!("{v:#}"))
        .clone();
    assert_eq!(
        v["duties"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|x| x["kind"] == "report_supervisor")
            .count(),
        1
    );
    // One message per medium, each tried once and sent once: one file each in the spool.
    let mine: Vec<Value> = sent(&d).into_iter().filter(|m| m["duty_id"] == duty["id"]).collect();
    assert_eq!(mine.len(), 2, "{mine:#?}");
    for m in &mine {
        assert_eq!(m["attempts"], 1, "{m:#}");
    }
    let files = std::fs::read_dir(&spool).unwrap().count();
    assert_eq!(files, 2, "one spool file per message sent");
    let v = d.json(&["incident", "show", &id, "--json"]);
    let done = v["duties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == duty["id"])
        .unwrap_or_else(|| panic!("{v:#}"));
    assert_eq!(
        done["state"], "done",
        "the duty is done once its messages went: {done:#}"
    );
}

/// The emergency's script, as admin; each `--json` output kept to compare.
fn emergency(run: &dyn Fn(&[&str]) -> String, drill_at: &str) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    let mut keep = |args: &[&str]| out.push(kept(run, args));
    for (login, name, role, phone) in [
        ("liuyang", "刘洋", "leader", "13800000003"),
        ("wangfang", "王芳", "manager", "13800000002"),
        ("zhangwei", "张伟", "supervisor", "13800000001"),
    ] {
        let email = format!("{login}@example.com");
        run(&[
            "user", "add", login, "--name", name, "--role", role, "--dept", "it", "--phone", phone, "--email", &email,
        ]);
    }
    keep(&[
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
        "--step",
        "切换备库",
        "--step",
        "通报各业务部门",
        "--json",
    ]);
    keep(&["plan", "approve", "1", "--json"]);
    keep(&[
        "plan",
        "revise",
        "1",
        "--step",
        "切换备库",
        "--step",
        "启用应急计费",
        "--note",
        "加入应急计费",
        "--json",
    ]);
    keep(&[
        "drill",
        "schedule",
        "--plan",
        "1",
        "--scenario",
        "切换备库",
        "--at",
        drill_at,
        "--json",
    ]);
    keep(&[
        "drill",
        "hold",
        "1",
        "--at",
        "-70m",
        "--ended-at",
        "-5m",
        "--participant",
        "张伟",
        "--timing",
        "38 分钟",
        "--json",
    ]);
    keep(&[
        "drill",
        "evaluate",
        "1",
        "--worked",
        "切换顺利",
        "--failed",
        "通报晚了",
        "--measure",
        "备用通道",
        "--json",
    ]);
    keep(&[
        "incident",
        "new",
        "--title",
        "计费系统全省中断",
        "--service",
        "billing",
        "--category",
        "application",
        "--channel",
        "phone",
        "--received-at",
        "-40m",
        "--json",
    ]);
    keep(&[
        "incident",
        "declare-major",
        "1",
        "--plan",
        "1",
        "--reason",
        "全省计费中断",
        "--json",
    ]);
    keep(&["send", "--json"]);
    keep(&["response", "report", "1", "--text", "备库已切换", "--json"]);
    keep(&["response", "stand-down", "1", "--note", "计费恢复", "--json"]);
    keep(&["send", "--json"]);
    run(&[
        "response",
        "review",
        "1",
        "--causes",
        "主库存储控制器故障",
        "--measure",
        "存储控制器冗余",
        "--owner",
        "张伟",
    ]);
    keep(&["response", "problem", "1", "--measure", "1", "--json"]);
    keep(&["tick", "--json"]);
    for shown in [
        &["response", "show", "1", "--json"][..],
        &["response", "list", "--json"],
        &["plan", "show", "1", "--json"],
        &["drill", "show", "1", "--json"],
        &["outbox", "list", "--json"],
        &["outbox", "show", "1", "--json"],
        &["duty", "list", "--json"],
        &["history", "response", "1", "--json"],
        &["history", "plan", "1", "--json"],
    ] {
        keep(shown);
    }
    out
}

#[test]
fn e1_e2_i14_an_emergency_and_its_messages_end_the_same_on_postgresql_as_on_sqlite() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let drill_at = ago(-2 * 86_400);
    let (lite, server) = same_on_both(pg, "emergency", &|run| emergency(run, &drill_at));
    // The plan's group and steps are searched on the server as on SQLite: the backup's index
    // (made from the server's documents) finds the same records.
    same_search(
        &lite,
        &server,
        &["刘洋", "副组长", "启用应急计费", "备用通道", "存储控制器冗余"],
    );
    assert!(server.ok(&["check"]).contains("check: ok"));
}

#[test]
fn an_engine_whose_server_restarts_says_so_reconnects_by_itself_and_records_the_next_step() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = app_desk(pg, "restarted");
    spooling(&d);
    d.ok(&["init", "--name", "Admin"]);
    let mut engine = Engine::start(&d);
    pg.restart(Duration::from_secs(3));
    // A step that falls due after the server is back: the engine records it, once.
    let received = ago(4 * 60 + 55);
    d.ok(&[
        "incident",
        "new",
        "--title",
        "core switch down",
        "--service",
        "billing",
        "--category",
        "network",
        "--channel",
        "phone",
        "--severity",
        "P1",
        "--received-at",
        &received,
    ]);
    let until = Instant::now() + Duration::from_secs(30);
    while !engine.seen.iter().any(|l| l.contains("report_supervisor")) && Instant::now() < until {
        if let Ok(line) = engine.lines.recv_timeout(Duration::from_millis(200)) {
            engine.seen.push(line);
        }
    }
    let (status, lines) = engine.stop();
    assert!(status.success(), "{lines:#?}");
    let said = |text: &str| lines.iter().position(|l| l.contains(text));
    let lost = said("could not run").unwrap_or_else(|| panic!("the lost connection was not said: {lines:#?}"));
    let back = said("runs again").unwrap_or_else(|| panic!("it did not come back: {lines:#?}"));
    let step = said("report_supervisor").unwrap_or_else(|| panic!("no step after: {lines:#?}"));
    assert!(lost < back && back < step, "{lines:#?}");
    let v = d.json(&["incident", "show", "1", "--json"]);
    let raised = v["history"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["action"] == "raise report_supervisor")
        .count();
    assert_eq!(raised, 1, "{v:#}");
}
