//! A1 through the real binary: `opsdesk check` prints the history's head, `check --print-head`
//! prints it with the time, and `check --head` holds the desk to a head kept from before.

mod common;

use common::Desk;
use common::forge::{a_note, behind_trigger, recompute_chain};
use rusqlite::Connection;

/// The `ID:HASH` of `check`'s head line.
fn head_of(check_stdout: &str) -> String {
    let line = check_stdout
        .lines()
        .find(|l| l.starts_with("history head: "))
        .unwrap_or_else(|| panic!("no head line: {check_stdout}"));
    line["history head: ".len()..]
        .split_whitespace()
        .next()
        .unwrap()
        .to_string()
}

#[test]
fn a1_check_prints_the_head_and_a_kept_head_catches_a_recomputed_chain() {
    let d = Desk::demo("operator");
    let out = d.ok(&["check"]);
    let head = head_of(&out);
    assert!(out.lines().last().unwrap().starts_with("check: ok:"), "{out}");
    let (id, hash) = head.split_once(':').unwrap();
    assert!(id.parse::<i64>().is_ok() && hash.len() == 64, "{head}");

    // The line an engine logs: the same head, and the time it was read.
    let printed = d.ok(&["check", "--print-head"]);
    assert!(printed.starts_with(&format!("history head {head} at 20")), "{printed}");
    let json = d.json(&["check", "--print-head"]);
    assert_eq!(json["head"]["id"].as_i64(), id.parse().ok());
    assert_eq!(json["head"]["hash"].as_str(), Some(hash));

    // A kept head holds while nothing before it changed.
    let out = d.ok(&["check", "--head", &head]);
    assert!(out.contains(&format!("kept head {head}: holds")), "{out}");

    // A note deleted and the chain recomputed after it: check alone cannot tell ...
    let c = Connection::open(&d.db).unwrap();
    let note = a_note(&c);
    behind_trigger(
        &c,
        "history_no_delete",
        &format!("DELETE FROM history WHERE id = {note}"),
    );
    recompute_chain(&c, note + 1);
    drop(c);
    d.ok(&["check"]);
    // ... the head kept from before can.
    let err = d.fails(1, &["check", "--head", &head]);
    assert!(err.contains("the history no longer leads to the kept head"), "{err}");
    let out = d.run(&["check", "--head", &head]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains(&format!("kept head {head}: does not hold")), "{stdout}");

    // A head that is not one is refused as input.
    d.fails(2, &["check", "--head", "1:nothex"]);
}

#[test]
fn a1_check_reports_a_dropped_trigger_and_a_broken_link() {
    let d = Desk::demo("operator");
    let c = Connection::open(&d.db).unwrap();
    let note = a_note(&c);
    c.execute_batch(&format!(
        "DROP TRIGGER history_no_update; UPDATE history SET detail = 'rewritten' WHERE id = {note};"
    ))
    .unwrap();
    drop(c);
    let out = d.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("trigger history_no_update on history is missing (dropped)"),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("hash chain broken at history row {note} (incident ")),
        "{stdout}"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("1 trigger(s) dropped, altered or added")
            && stderr.contains("the history's hash chain is broken at 1 row(s)"),
        "{stderr}"
    );
}

#[test]
fn a1_a_role_change_forged_with_the_sqlite3_shell_is_reported_by_check() {
    let d = Desk::demo("operator");
    let me = common::login();
    let sql = format!(
        "BEGIN;
         INSERT OR IGNORE INTO history_words (word) VALUES ('user'), ('zhaolei'), ('set_role');
         INSERT INTO history (record_kind, record_id, at, actor, action, version, changes)
             SELECT (SELECT id FROM history_words WHERE word = 'user'), id, unixepoch(),
                    (SELECT id FROM history_words WHERE word = 'zhaolei'),
                    (SELECT id FROM history_words WHERE word = 'set_role'), version + 1,
                    '[{{\"field\":\"role\",\"before\":\"operator\",\"after\":\"admin\"}}]'
             FROM users WHERE login = '{me}';
         UPDATE users SET role = 'admin', version = version + 1, updated_at = unixepoch(), updated_by = 'zhaolei'
             WHERE login = '{me}';
         COMMIT;"
    );
    let shell = std::process::Command::new("sqlite3").arg(&d.db).arg(&sql).output();
    let Ok(out) = shell else {
        eprintln!("no sqlite3 shell here: the same forgery through rusqlite is in store_chain.rs");
        return;
    };
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = d.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    // Consistent: no field disagrees with the history; the chain does not hold.
    assert!(!stdout.contains("history says"), "{stdout}");
    assert!(
        stdout.contains("(user ") && stdout.contains("set_role by zhaolei): it has no hash"),
        "{stdout}"
    );
}
