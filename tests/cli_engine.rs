//! `opsdesk engine`: the real binary as a service would run it, on a real database, stopped by a
//! real signal.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use chrono::{DateTime, SecondsFormat, Utc};
use common::Desk;
use common::tmux::{Tmux, tmux_available};
use nix::sys::signal::{Signal, kill};
use nix::unistd::Pid;

/// A running `opsdesk engine`, its stderr lines arriving on `lines`.
struct Engine {
    child: Child,
    lines: mpsc::Receiver<String>,
    seen: Vec<String>,
}

impl Engine {
    fn start(d: &Desk) -> Engine {
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
        e.wait_for("engine started", Duration::from_secs(10));
        e
    }

    /// Wait for a stderr line holding `text`; panics with what was seen after `limit`.
    fn wait_for(&mut self, text: &str, limit: Duration) -> String {
        let until = Instant::now() + limit;
        loop {
            let left = until.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    self.seen.push(line.clone());
                    if line.contains(text) {
                        return line;
                    }
                }
                Err(_) => panic!("no line with {text:?} within {limit:?}; seen: {:#?}", self.seen),
            }
        }
    }

    /// Send `signal`, then how long it took to exit, its exit status and every line it wrote.
    fn stop(mut self, signal: Signal) -> (Duration, std::process::ExitStatus, Vec<String>) {
        let sent = Instant::now();
        kill(Pid::from_raw(self.child.id() as i32), signal).expect("send the signal");
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                let took = sent.elapsed();
                self.seen.extend(self.lines.try_iter());
                // The reader thread may still hold the last lines: give it a moment.
                std::thread::sleep(Duration::from_millis(50));
                self.seen.extend(self.lines.try_iter());
                return (took, status, std::mem::take(&mut self.seen));
            }
            assert!(sent.elapsed() < Duration::from_secs(10), "the engine ignored {signal}");
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

/// `seconds` ago, as `--received-at` takes it.
fn ago(seconds: i64) -> String {
    (Utc::now() - chrono::Duration::seconds(seconds)).to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn time(v: &serde_json::Value) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(v.as_str().expect("a time"))
        .expect("RFC 3339")
        .with_timezone(&Utc)
}

#[test]
fn i6_with_engines_a_console_and_tick_running_the_supervisor_report_is_recorded_at_five_minutes_exactly_once() {
    let d = Desk::init();
    d.add_person("zw", "张伟", "supervisor", "13800000001", "");
    let received = ago(290);
    let id = d.new_incident("core switch down", &received).to_string();
    let received = time(&serde_json::Value::String(received));

    // A console open on the desk as well (its worker runs the same engine every second).
    let console = tmux_available().then(|| {
        let t = Tmux::new("engine");
        t.shell("a", &d, (120, 40));
        t.run("a", "opsdesk --lang en");
        t.wait_for("a", "Open incidents");
        t
    });
    let first = Engine::start(&d);
    let second = Engine::start(&d);
    let due = received + chrono::Duration::minutes(5);
    // While both engines run, a cron `tick` now and then as well.
    let mut ticks = 0;
    while Utc::now() < due + chrono::Duration::seconds(3) {
        d.ok(&["tick"]);
        ticks += 1;
        std::thread::sleep(Duration::from_millis(700));
    }
    assert!(ticks >= 3);
    // Whichever of the three got there first recorded it; an engine logs only what it recorded.
    let logged: usize = [first, second]
        .into_iter()
        .map(|e| e.stop(Signal::SIGTERM).2)
        .map(|lines| lines.iter().filter(|l| l.contains("report_supervisor")).count())
        .sum();
    assert!(logged <= 1, "logged by {logged} engines");

    let v = d.json(&["incident", "show", &id]);
    let raised: Vec<&serde_json::Value> = v["history"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["action"] == "raise report_supervisor")
        .collect();
    assert_eq!(raised.len(), 1, "recorded exactly once: {raised:#?}");
    let late = (time(&raised[0]["at"]) - due).num_milliseconds();
    assert!(
        (0..=2000).contains(&late),
        "recorded {late} ms after its moment, not within 2 s"
    );
    let duties = v["duties"].as_array().unwrap();
    let supervisor = duties.iter().filter(|x| x["kind"] == "report_supervisor").count();
    assert_eq!(supervisor, 1, "{duties:#?}");
    if let Some(t) = console {
        t.keys("a", &["q"]);
        t.assert_terminal_sane("a");
    }
}

#[test]
fn an_engine_stops_within_a_second_of_sigterm_and_leaves_the_desk_consistent() {
    let d = Desk::init();
    d.add_person("zw", "张伟", "supervisor", "13800000001", "");
    // `incident new` records the steps already due itself: the engine records the next one.
    d.new_incident("core switch down", &ago(297));
    d.new_incident("mail down", "-31m");
    let mut e = Engine::start(&d);
    e.wait_for("report_supervisor", Duration::from_secs(8));
    let (took, status, lines) = e.stop(Signal::SIGTERM);
    assert!(took < Duration::from_secs(1), "took {took:?} to stop");
    assert!(status.success(), "{status:?}: {lines:#?}");
    assert!(lines.iter().any(|l| l.contains("engine stopped")), "{lines:#?}");
    // Nothing half-written: check finds the records as their history says (it exits 1 if not).
    d.ok(&["check"]);

    // SIGINT (Ctrl-C by hand) as well.
    let (took, status, lines) = Engine::start(&d).stop(Signal::SIGINT);
    assert!(took < Duration::from_secs(1), "took {took:?} to stop");
    assert!(status.success(), "{status:?}: {lines:#?}");
    d.ok(&["check"]);
}

#[test]
fn the_engine_logs_one_line_per_step_it_records() {
    let d = Desk::init();
    d.add_person("zw", "张伟", "supervisor", "13800000001", "");
    let id = d.new_incident("core switch down", &ago(897));
    let mut e = Engine::start(&d);
    let line = e.wait_for("report_manager", Duration::from_secs(8));
    assert!(line.contains(&format!("incident {id}")), "{line}");
    let (_, status, lines) = e.stop(Signal::SIGTERM);
    assert!(status.success());
    for l in &lines {
        assert_eq!(l.lines().count(), 1);
    }
    let manager = lines.iter().filter(|l| l.contains("report_manager")).count();
    assert_eq!(manager, 1, "{lines:#?}");
}

#[test]
fn a1_the_engine_logs_the_historys_head_at_start_and_check_holds_the_desk_to_it() {
    let d = Desk::init();
    d.add_person("zw", "张伟", "supervisor", "13800000001", "");
    d.new_incident("core switch down", &ago(30));
    let mut e = Engine::start(&d);
    let line = e.wait_for("history head ", Duration::from_secs(5));
    let (_, status, _) = e.stop(Signal::SIGTERM);
    assert!(status.success());
    // `history head ID:HASH at TIME`: the copy outside the desk that check is held to later.
    let head = line
        .split("history head ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("{line}"))
        .to_string();
    assert!(head.split_once(':').is_some_and(|(_, h)| h.len() == 64), "{line}");
    d.new_incident("a later one", &ago(10));
    let out = d.ok(&["check", "--head", &head]);
    assert!(out.contains(&format!("kept head {head}: holds")), "{out}");
}
