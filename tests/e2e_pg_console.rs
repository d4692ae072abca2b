//! The console on a desk on PostgreSQL (issue 20), driven as a user would: the real binary in
//! tmux (tests/common/tmux.rs) on a real server (tests/common/pg.rs). Two consoles follow one
//! server desk within a second of each other's commits and of a command's (LISTEN/NOTIFY, not
//! SQLite's data_version); its search popup finds on the server; a console whose server restarts
//! says so in its title bar, comes back by itself, reads everything again and goes on writing.

mod common;

use std::time::{Duration, Instant};

use common::pg::{app_desk, spooling};
use common::tmux::{Tmux, tmux_available, within_two_seconds};

#[test]
fn two_consoles_follow_one_server_desk_and_ride_out_a_restart() {
    if !tmux_available() {
        return;
    }
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = app_desk(pg, "console");
    spooling(&d);
    d.ok(&["init", "--name", "Admin"]);
    let config = d.dir.path().join("config.toml");
    let at = (d.dir.path(), config.as_path(), d.url.as_str());
    let t = Tmux::new("pgdesk");
    for w in ["a", "b", "cli"] {
        t.shell_at(w, at, (160, 48));
    }
    t.run("a", "opsdesk --lang en");
    t.run("b", "opsdesk --lang zh-CN");
    t.wait_for("a", "Open incidents");
    t.wait_for("b", "未关闭故障");

    // A report from another shell, received six minutes ago: both consoles show it at the
    // supervisor's level within two seconds.
    t.run(
        "cli",
        "opsdesk incident new --title 'pg billing timeout' --service billing --category application --channel phone --received-at -6m",
    );
    let started = Instant::now();
    let s = t.wait_for("a", "pg billing timeout");
    t.wait_for("b", "pg billing timeout");
    within_two_seconds(started);
    let row = s.lines().find(|l| l.contains("pg billing timeout")).unwrap();
    assert!(row.contains("supervisor"), "{row}");

    // One console accepts it with a key; the other sees it accepted.
    t.keys("a", &["/"]);
    t.type_text("a", "pg billing");
    t.keys("a", &["Enter"]);
    t.wait_for("a", "Open incidents (1)");
    t.keys("a", &["a"]);
    t.wait_for("a", "status accepted");
    t.keys("b", &["/"]);
    t.type_text("b", "pg billing");
    t.keys("b", &["Enter"]);
    let started = Instant::now();
    t.wait_for("b", "已受理");
    within_two_seconds(started);
    for w in ["a", "b"] {
        t.keys(w, &["Escape"]);
        // The queue's header says its filter while there is one.
        t.wait_until(w, Duration::from_secs(5), |s| {
            s.lines().nth(2).is_some_and(|l| !l.contains("pg billing"))
        })
        .unwrap_or_else(|s| panic!("the filter cleared in {w}: {s}"));
    }

    // An incident made through one console's form shows in the other.
    t.keys("b", &["n"]);
    t.wait_for("b", "登记新故障");
    t.type_text("b", "营业厅缴费页面报错");
    t.keys("b", &["Tab"]);
    t.type_text("b", "portal");
    t.keys("b", &["Enter"]);
    let started = Instant::now();
    t.wait_for("a", "营业厅缴费页面报错");
    within_two_seconds(started);

    // The search popup finds on the server what was written there, a 2-character word too.
    t.keys("a", &["F"]);
    t.wait_for("a", "Search everything");
    t.type_text("a", "缴费");
    t.wait_until("a", Duration::from_secs(10), |s| {
        s.lines()
            .any(|l| l.contains(" incident ") && l.contains("营业厅缴费页面报错"))
    })
    .unwrap_or_else(|s| panic!("the hit on the server: {s}"));
    t.keys("a", &["Escape"]);
    t.wait_for("a", "Open incidents");

    // The server restarts under both: each says so in its title bar, and comes back by itself.
    std::thread::scope(|scope| {
        let restart = scope.spawn(|| pg.restart(Duration::from_secs(6)));
        t.wait_until("a", Duration::from_secs(20), |s| {
            s.lines().next().is_some_and(|l| l.contains("desk's server"))
        })
        .unwrap_or_else(|s| panic!("the title bar says the server is away: {s}"));
        t.wait_until("b", Duration::from_secs(20), |s| {
            s.lines().next().is_some_and(|l| l.contains("正在重连"))
        })
        .unwrap_or_else(|s| panic!("the title bar says so in Chinese: {s}"));
        restart.join().unwrap();
    });
    t.wait_until("a", Duration::from_secs(40), |s| {
        s.contains("server is back") && !s.lines().next().unwrap_or("").contains("desk's server")
    })
    .unwrap_or_else(|s| panic!("back by itself: {s}"));
    // Both follow the desk again, and a key writes again.
    t.run(
        "cli",
        "opsdesk incident new --title 'after the restart' --service crm --category network --channel phone",
    );
    t.wait_for("a", "after the restart");
    t.wait_for("b", "after the restart");
    t.keys("a", &["/"]);
    t.type_text("a", "after the restart");
    t.keys("a", &["Enter"]);
    t.wait_for("a", "Open incidents (1)");
    t.keys("a", &["a"]);
    t.wait_for("a", "status accepted");
    // Nothing acknowledged was lost: every record and step is on the server.
    let listed = d.json(&["incident", "list", "--json"]);
    let status = |title: &str| {
        let row = listed.as_array().unwrap().iter().find(|i| i["title"] == title);
        row.unwrap_or_else(|| panic!("{title}: {listed}"))["status"].clone()
    };
    assert_eq!(status("pg billing timeout"), "accepted");
    assert_eq!(status("营业厅缴费页面报错"), "reported");
    assert_eq!(status("after the restart"), "accepted");
    t.keys("a", &["q"]);
    t.keys("b", &["q"]);
    t.assert_terminal_sane("a");
    t.assert_terminal_sane("b");
}
