//! The console driven as a user would: the real binary in tmux (a private server, `tmux -L`),
//! keys sent, the screen read back. Waits for text, never for a fixed time.
//!
//! Needs tmux. Without it the test says so and passes, unless OPSDESK_REQUIRE_TMUX is set (CI
//! sets it, and `.ci/run` installs tmux). OPSDESK_E2E_SLOW=N scales every timeout N times.

mod common;

use std::time::{Duration, Instant};

use common::Desk;
use common::tmux::{Tmux, column_of, scale, tmux_available, within_two_seconds};
use opsdesk::text::width;

#[test]
fn readme_first_command_opens_the_console_help_and_quit() {
    if !tmux_available() {
        return;
    }
    let desk = Desk::empty();
    let t = Tmux::new("readme");
    t.shell("main", &desk, (160, 48));
    // README: `cargo run --release -- demo --open`, i.e. the binary with `demo --open`. The demo
    // goes to <data dir>/demo.db under HOME: unset OPSDESK_DB as a newcomer would not have it.
    t.run("main", "unset OPSDESK_DB; opsdesk demo --open");
    // `demo` writes a year of records first: about 9 s on a machine loaded ten times over, so
    // the wait is generous (it ends as soon as the console shows).
    let s = t
        .wait_until("main", Duration::from_secs(60), |s| s.contains("Open incidents"))
        .unwrap_or_else(|last| panic!("the demo console within a minute: {last}"));
    assert!(s.contains("Incidents") && s.contains("Escalations"));
    // Countdowns run: the same row shows a different clock a second later.
    let clock = |s: &str| s.lines().find(|l| l.contains(" in ")).map(String::from);
    // The title appears before the queue's first read lands: wait for a countdown, not the title.
    let s = t
        .wait_until("main", Duration::from_secs(5), |s| clock(s).is_some())
        .unwrap_or_else(|last| panic!("a countdown on screen: {last}"));
    let before = clock(&s).unwrap();
    t.wait_until("main", Duration::from_secs(5), |s| {
        clock(s).is_some_and(|c| c != before)
    })
    .expect("the countdown moves");
    t.keys("main", &["?"]);
    t.wait_for("main", "Show every key and what it does");
    t.keys("main", &["Escape"]);
    t.wait_until("main", Duration::from_secs(5), |s| !s.contains("Show every key"))
        .unwrap();
    t.keys("main", &["q"]);
    t.assert_terminal_sane("main");
}

#[test]
fn two_consoles_follow_one_desk() {
    if !tmux_available() {
        return;
    }
    let desk = Desk::demo("supervisor");
    let t = Tmux::new("desk");
    t.shell("a", &desk, (160, 48));
    t.shell("b", &desk, (160, 48));
    t.shell("cli", &desk, (160, 48));
    t.run("a", "opsdesk --lang en");
    t.run("b", "opsdesk --lang en");
    t.wait_for("a", "Open incidents");
    t.wait_for("b", "Open incidents");

    // A report received six minutes ago, from another shell, shows at supervisor level.
    t.run("cli", "opsdesk incident new --title 'e2e billing timeout' --service billing --category application --channel phone --received-at -6m");
    let started = Instant::now();
    let s = t.wait_for("a", "e2e billing timeout");
    within_two_seconds(started);
    let row = s.lines().find(|l| l.contains("e2e billing timeout")).unwrap();
    assert!(row.contains("supervisor"), "{row}");

    // Restore it with keys only: filter to it, accept, restore.
    t.keys("a", &["/"]);
    t.type_text("a", "e2e billing");
    t.keys("a", &["Enter"]);
    t.wait_for("a", "Open incidents (1)");
    t.keys("a", &["a"]);
    t.wait_for("a", "status accepted");
    t.keys("a", &["r"]);
    t.wait_for("a", "Service restored: incident");
    t.keys("a", &["Enter"]);
    // The status line says the step and its deadline (issue 19 item 6); the duty counts down.
    let s = t
        .wait_until("a", Duration::from_secs(10), |s| {
            s.contains("restored: recovery notice due")
                && s.lines().any(|l| l.contains("recovery notice") && l.contains("due in"))
        })
        .unwrap_or_else(|s| panic!("the step said and its duty: {s}"));
    let duty = s
        .lines()
        .find(|l| l.contains("recovery notice") && l.contains("due in"))
        .unwrap();
    assert!(
        duty.contains("due in 4m 5") || duty.contains("due in 5m 00s"),
        "a 5-minute countdown: {duty}"
    );

    // The other console sees the restoration within two seconds.
    t.keys("b", &["/"]);
    t.type_text("b", "e2e billing");
    t.keys("b", &["Enter"]);
    let started = Instant::now();
    t.wait_for("b", "status restored");
    within_two_seconds(started);

    // Two consoles edit the same incident: the second save shows the conflict; reapplying keeps
    // what was typed.
    t.keys("a", &["R"]);
    t.wait_for("a", "Cause removed");
    t.type_text("a", "证书过期，已更换");
    t.keys("b", &["c"]);
    t.wait_for("b", "Contact the site");
    t.type_text("b", "reached the billing hall");
    // Ctrl-S saves: a note and a cause are prose, where Enter is a new line.
    t.keys("b", &["C-s"]);
    // The step named with its record (issue 19 item 6).
    t.wait_for("b", "Contact with the reporting site recorded for inc#");
    t.keys("a", &["C-s"]);
    t.wait_for("a", "Changed by someone else");
    t.wait_for("a", "contacted the site");
    t.keys("a", &["r"]);
    t.wait_for("a", "status resolved");
    t.run(
        "cli",
        "opsdesk incident list --status resolved --json | grep -c '证书过期，已更换'",
    );
    t.wait_for("cli", "\n1\n");

    // A new incident through the form with a Chinese title: columns stay aligned.
    t.keys("a", &["Escape"]);
    t.wait_until("a", Duration::from_secs(5), |s| !s.contains("(1)"))
        .unwrap();
    t.keys("a", &["n"]);
    t.wait_for("a", "New incident");
    t.type_text("a", "营业厅缴费页面报错");
    t.keys("a", &["Tab"]);
    t.type_text("a", "portal");
    t.keys("a", &["Enter"]);
    t.wait_for("a", "recorded.");
    let s = t
        .wait_until("a", Duration::from_secs(10), |s| {
            !s.contains("New incident")
                && s.lines()
                    .any(|l| l.contains("营业厅缴费页面报错") && l.starts_with(char::is_numeric))
        })
        .unwrap_or_else(|s| panic!("the new row: {s}"));
    let lines: Vec<&str> = s.lines().collect();
    let header = lines
        .iter()
        .position(|l| l.starts_with("id "))
        .expect("the column headers");
    let age_col = column_of(lines[header], "age").unwrap();
    let rows: Vec<&&str> = lines[header + 1..]
        .iter()
        .take_while(|l| l.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .collect();
    assert!(rows.iter().any(|l| l.contains("营业厅缴费页面报错")));
    for row in rows {
        // The age cell is the first "m:ss"-like token after the title; it starts under "age".
        let cells: Vec<(usize, &str)> = row
            .match_indices(char::is_whitespace)
            .map(|(i, _)| (i, &row[i + 1..]))
            .collect();
        let at = cells.iter().find(|(i, rest)| {
            width(&row[..*i + 1]) >= age_col && rest.chars().next().is_some_and(|c| c.is_ascii_digit())
        });
        let (i, _) = at.unwrap_or_else(|| panic!("no age cell in {row:?}"));
        assert_eq!(width(&row[..i + 1]), age_col, "misaligned row: {row:?}");
    }

    // Down to 20x6 and back.
    t.resize("a", (20, 6));
    t.wait_for("a", "Enlarge");
    t.resize("a", (160, 48));
    t.wait_for("a", "Open incidents");

    // An SSH drop (SIGHUP) leaves the terminal sane.
    let pid = t.console_pid("a");
    nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), nix::sys::signal::Signal::SIGHUP).unwrap();
    t.assert_terminal_sane("a");
    t.keys("b", &["q"]);
    t.assert_terminal_sane("b");
}

#[test]
fn b3_a_checklist_item_performed_in_the_console_is_not_reviewed_by_the_same_person() {
    if !tmux_available() {
        return;
    }
    let desk = Desk::demo("supervisor");
    let t = Tmux::new("billing");
    t.shell("a", &desk, (160, 48));
    t.shell("cli", &desk, (160, 48));
    t.run("a", "opsdesk --lang en");
    t.wait_for("a", "Open incidents");
    t.keys("a", &["4"]);
    let s = t.wait_for("a", "Billing and settlement runs (3)");
    assert!(s.contains("left"), "this month's run counts down: {s}");
    // This month's run (the third row), its third item: performed with its two figures.
    t.keys("a", &["j", "j"]);
    t.wait_for("a", "#3 billing");
    t.keys("a", &["w", "j", "j", "C"]);
    t.wait_for("a", "Run 3: 批价结果核对 performed");
    t.keys("a", &["Tab"]);
    t.type_text("a", "2000");
    t.keys("a", &["Tab"]);
    t.type_text("a", "0");
    t.keys("a", &["Enter"]);
    t.wait_for("a", "mismatches=0");
    // The same person may not review it: refused, and nothing changes.
    t.keys("a", &["V"]);
    t.wait_for("a", "Run 3: review");
    t.keys("a", &["Enter"]);
    t.wait_for("a", "may not review it");
    t.run("cli", "opsdesk billing show 3 | grep ' rating '");
    let s = t.wait_for("cli", "sampled=2000");
    let row = s
        .lines()
        .find(|l| l.contains(" rating ") && l.contains("sampled"))
        .unwrap();
    assert!(
        row.contains(&common::login()) && row.split_whitespace().rev().take(2).all(|w| w == "-"),
        "performed, not reviewed: {row}"
    );
    t.keys("a", &["Escape"]);
    t.wait_until("a", Duration::from_secs(5), |s| !s.contains("Run 3: review"))
        .unwrap_or_else(|s| panic!("the form stays: {s}"));
    t.keys("a", &["q"]);
    t.assert_terminal_sane("a");
}

#[test]
fn n_a_notice_edited_in_the_editor_and_approved_in_the_outbox_goes_out_once() {
    if !tmux_available() {
        return;
    }
    let desk = Desk::demo("supervisor");
    // The "editor": changes one phrase in place, as a person would, and says what file it got.
    let editor = desk.path().join("editor.sh");
    let seen = desk.path().join("editor-saw");
    std::fs::write(
        &editor,
        format!(
            "#!/bin/sh\nstat -c '%a %n' \"$1\" > '{}'\nsed -i 's/请相关部门知悉/请各部门务必知悉/' \"$1\"\n",
            seen.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&editor, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let t = Tmux::new("outbox");
    t.shell("a", &desk, (160, 48));
    t.shell("cli", &desk, (160, 48));
    t.run("a", &format!("EDITOR={} opsdesk --lang en", editor.display()));
    t.wait_for("a", "Open incidents");
    t.keys("a", &["5"]);
    let s = t.wait_for("a", "Outbox: needs a person");
    // The C7 notice of the scheduled change, awaiting review: selected by moving down to it
    // (newer notices, a corrective notice of the demo's, may stand above it).
    let rows: Vec<&str> = s.lines().skip_while(|l| !l.starts_with("id ")).skip(1).collect();
    let at = rows
        .iter()
        .position(|l| l.contains("awaiting review") && l.contains("C7"))
        .unwrap_or_else(|| panic!("a C7 notice awaiting review: {s}"));
    let id = rows[at].split_whitespace().next().unwrap().to_string();
    for _ in 0..at {
        t.keys("a", &["j"]);
    }
    t.wait_for("a", &format!("msg#{id} "));
    t.keys("a", &["e"]);
    t.wait_for("a", "edited by hand");
    // y asks first, naming the recipients; Enter approves.
    t.keys("a", &["y"]);
    t.wait_for("a", "recipient(s)");
    t.keys("a", &["Enter"]);
    t.wait_for("a", "Outbox: 1 sent");
    // The editor's file was the user's alone, of a name nobody could plant beforehand (not the
    // console's pid), and is gone once read.
    let saw = std::fs::read_to_string(&seen).unwrap();
    let (mode, file) = saw.trim().split_once(' ').unwrap();
    assert_eq!(mode, "600", "{saw}");
    let name = std::path::Path::new(file)
        .file_name()
        .unwrap()
        .to_string_lossy()
        .to_string();
    let middle = name.trim_start_matches("opsdesk-message-").trim_end_matches(".txt");
    assert!(
        name.starts_with("opsdesk-message-") && !middle.chars().all(|c| c.is_ascii_digit()),
        "{name}"
    );
    assert!(!std::path::Path::new(file).exists(), "{file} left behind");
    t.run(
        "cli",
        &format!("opsdesk outbox show {id} --json | grep -c -e '\"state\": \"sent\"' -e '务必'"),
    );
    t.wait_for("cli", "\n2\n");
    // Another console and a tick later: still sent once.
    t.run(
        "cli",
        &format!(
            "opsdesk tick >/dev/null; echo files=$(ls \"$(dirname \"$OPSDESK_DB\")\"/*.spool | grep -c -- '-0*{id}-email')"
        ),
    );
    t.wait_for("cli", "files=1");
    t.keys("a", &["q"]);
    t.assert_terminal_sane("a");
}

#[test]
fn n_two_consoles_and_a_tick_send_nothing_twice() {
    if !tmux_available() {
        return;
    }
    let desk = Desk::init();
    let log = desk.path().join("gateway.log");
    let gw = desk.path().join("gw.sh");
    std::fs::write(
        &gw,
        format!("#!/bin/sh\necho \"$OPSDESK_MESSAGE_ID\" >> {}\n", log.display()),
    )
    .unwrap();
    std::fs::set_permissions(&gw, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    desk.write_config(&format!(
        "[notify]\nemail = \"command\"\nsms = \"command\"\nsend_every_seconds = 1\n[notify.command]\nprogram = \"{}\"\n",
        gw.display()
    ));
    for (login, role, phone) in [
        ("sup1", "supervisor", "13800000001"),
        ("man1", "manager", "13800000002"),
        ("lead1", "leader", "13800000003"),
    ] {
        desk.add_person(login, login, role, phone, &format!("{login}@example.com"));
    }
    let t = Tmux::new("senders");
    t.shell("a", &desk, (160, 48));
    t.shell("b", &desk, (160, 48));
    t.shell("cli", &desk, (160, 48));
    t.run("a", "opsdesk --lang en");
    t.run("b", "opsdesk --lang zh-CN");
    t.wait_for("a", "Open incidents");
    for i in 0..3 {
        desk.new_incident(&format!("批价超时 {i}"), "-31m");
    }
    t.run(
        "cli",
        "for i in 1 2 3 4 5; do opsdesk tick >/dev/null; sleep 0.5; done; echo TICKS-DONE",
    );
    t.wait_for("cli", "TICKS-DONE");
    // Three incidents, three reports each (supervisor, manager, leader), by e-mail and SMS; the
    // broadcasts wait for review.
    let started = std::time::Instant::now();
    let lines = loop {
        let text = std::fs::read_to_string(&log).unwrap_or_default();
        let lines: Vec<String> = text.lines().map(String::from).collect();
        if lines.len() >= 18 || started.elapsed() > std::time::Duration::from_secs(30) {
            break lines;
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    };
    // A little longer: any second send would show now.
    std::thread::sleep(std::time::Duration::from_secs(3));
    let again = std::fs::read_to_string(&log).unwrap();
    let mut seen = std::collections::HashMap::new();
    for l in again.lines() {
        *seen.entry(l.to_string()).or_insert(0) += 1;
    }
    assert_eq!(lines.len(), 18, "{lines:?}");
    assert_eq!(seen.len(), 18, "{seen:?}");
    assert!(seen.values().all(|n| *n == 1), "nothing twice: {seen:?}");
    t.keys("a", &["q"]);
    t.keys("b", &["q"]);
    t.assert_terminal_sane("a");
}

#[test]
fn a_console_whose_thread_crashed_exits_non_zero_with_the_panic_and_the_terminal_back() {
    if !tmux_available() {
        return;
    }
    let desk = Desk::demo("operator");
    let t = Tmux::new("crash");
    t.shell("main", &desk, (120, 40));
    // Debug builds crash the sender thread on request (the tests' fault injection).
    let err = desk.path().join("stderr.txt");
    t.run(
        "main",
        &format!("OPSDESK_TEST_CRASH=sender opsdesk 2>'{}'; echo EXIT=$?", err.display()),
    );
    let s = t
        .wait_until("main", Duration::from_secs(10), |s| {
            s.lines().any(|l| l.trim().starts_with("EXIT="))
        })
        .unwrap_or_else(|s| panic!("the console did not end:\n{s}"));
    let code = s
        .lines()
        .find_map(|l| l.trim().strip_prefix("EXIT="))
        .map(str::to_string)
        .unwrap_or_default();
    assert_ne!(code, "0", "a crashed console must not exit 0:\n{s}");
    let said = std::fs::read_to_string(&err).unwrap();
    assert!(said.contains("panicked") && said.contains("opsdesk-sender"), "{said}");
    assert!(said.contains("the console stopped because"), "{said}");
    t.assert_terminal_sane("main");
}

#[test]
fn i21_11_a_line_break_in_a_name_fails_one_message_and_the_console_carries_on() {
    if !tmux_available() {
        return;
    }
    let desk = Desk::init();
    desk.write_config("[notify]\nsend_every_seconds = 1\n");
    desk.add_person("sup1", "主管陈静", "supervisor", "13800000001", "sup1@example.com");
    desk.add_person("man1", "经理王芳", "manager", "13800000002", "man1@example.com");
    // Behind opsdesk's back (the directory refuses it now): a name that would break a header.
    rusqlite::Connection::open(&desk.db)
        .unwrap()
        .execute(
            "UPDATE users SET name = '主管陈静' || char(10) || 'Bcc: x@evil.example' WHERE login = 'sup1'",
            [],
        )
        .unwrap();
    let t = Tmux::new("badname");
    t.shell("main", &desk, (160, 48));
    // The marker as printed differs from the command line as typed.
    t.run("main", "opsdesk --lang en; echo \"CONSOLE\"\"-EXIT=$?\"");
    t.wait_for("main", "Open incidents");
    desk.new_incident("billing timeout", "-16m");
    // The console's own sender deals with the supervisor's and the manager's reports.
    let deadline = Instant::now() + Duration::from_secs(20) * scale();
    let reports = loop {
        let all = desk.json(&["outbox", "list", "--state", "all"]);
        let reports: Vec<serde_json::Value> = all
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["duty"]["kind"].as_str().unwrap_or("").starts_with("report_"))
            .cloned()
            .collect();
        let settled = reports.len() == 4 && reports.iter().all(|m| m["state"] == "sent" || m["state"] == "failed");
        if settled || Instant::now() > deadline {
            break reports;
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    let failed: Vec<&serde_json::Value> = reports.iter().filter(|m| m["state"] == "failed").collect();
    assert_eq!(failed.len(), 1, "{reports:#?}");
    assert!(
        failed[0]["last_error"].as_str().unwrap().contains("control character"),
        "{}",
        failed[0]
    );
    assert_eq!(
        reports.iter().filter(|m| m["state"] == "sent").count(),
        3,
        "{reports:#?}"
    );
    let s = t.screen("main");
    assert!(!s.contains("CONSOLE-EXIT"), "the console is still running: {s}");
    t.keys("main", &["q"]);
    let s = t.wait_for("main", "CONSOLE-EXIT=");
    assert!(s.contains("CONSOLE-EXIT=0"), "{s}");
    t.assert_terminal_sane("main");
}

/// The cells `from..to` of a screen line (display columns: a Chinese character takes two).
fn cells(line: &str, from: usize, to: usize) -> String {
    let mut col = 0;
    let mut out = String::new();
    for c in line.chars() {
        if col >= from && col < to {
            out.push(c);
        }
        col += width(&c.to_string()).max(1);
    }
    out
}

#[test]
fn c4_a_zh_cn_console_refusing_a_schedule_says_it_in_chinese_with_the_earliest_start() {
    if !tmux_available() {
        return;
    }
    let desk = Desk::demo("supervisor");
    // A change that affects users, in the afternoon twenty days from now: only C4 refuses it.
    let day = chrono::Utc::now()
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .date_naive()
        + chrono::Days::new(20);
    let (start, end) = (format!("{day} 14:00"), format!("{day} 16:00"));
    let id = desk
        .ok(&[
            "change",
            "new",
            "--title",
            "CRM 报表升级",
            "--systems",
            "crm",
            "--start",
            &start,
            "--end",
            &end,
            "--user-affecting",
        ])
        .trim()
        .to_string();
    desk.ok(&["change", "plan", &id, "--start", &start, "--end", &end]);
    desk.ok(&["change", "confirm-test", &id, "--by", "客服 赵敏"]);
    // The CLI says it in English, as it always has.
    let cli = desk.fails(1, &["change", "schedule", &id]);
    assert!(cli.contains("C4: a change that affects users"), "{cli}");
    let t = Tmux::new("c4zh");
    t.shell("main", &desk, (160, 48));
    t.run("main", "opsdesk --lang zh-CN");
    t.wait_for("main", "未关闭");
    t.keys("main", &["3"]);
    // Down the list to the change: its row among the ids under the header, once listed.
    let ids = |s: &str| -> Vec<String> {
        s.lines()
            .skip_while(|l| !l.contains("未关闭变更"))
            .skip(2)
            .map_while(|l| {
                l.split_whitespace()
                    .next()
                    .filter(|w| w.chars().all(|c| c.is_ascii_digit()))
                    .map(String::from)
            })
            .collect()
    };
    let s = t
        .wait_until("main", Duration::from_secs(10), |s| ids(s).contains(&id))
        .unwrap_or_else(|s| panic!("change {id} listed: {s}"));
    let row = ids(&s).iter().position(|i| *i == id).unwrap_or(0);
    for _ in 0..row {
        t.keys("main", &["j"]);
    }
    let title = format!("#{id} CRM 报表升级");
    t.wait_for("main", &title);
    t.keys("main", &["S"]);
    t.wait_for("main", &format!("排期：变更 {id}"));
    t.keys("main", &["Enter"]);
    let s = t.wait_for("main", "被拒绝：");
    // The form (76 columns in the middle) shows the whole refusal, wrapped.
    let form: String = s
        .lines()
        .map(|l| cells(l, 42, 118))
        .collect::<String>()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let next = day + chrono::Days::new(1);
    for said in [
        format!("变更{id}不能排期：C4：影响用户的变更须在零点以后的凌晨窗口00:00-06:00内进行"),
        format!("{day}14:00-{day}16:00不在窗口内。最早可用窗口：{next}00:00"),
        format!("通过所有有日期关卡的最早开始时间：{next}00:00"),
    ] {
        assert!(form.contains(&said), "{said} in:\n{s}");
    }
    // Escape, then q once the form is gone: an Escape followed at once by q reads as Alt-q.
    t.keys("main", &["Escape"]);
    let form = format!("排期：变更 {id}");
    t.wait_until("main", Duration::from_secs(5), |s| !s.contains(&form))
        .unwrap_or_else(|s| panic!("the form stays: {s}"));
    t.keys("main", &["q"]);
    t.assert_terminal_sane("main");
}
