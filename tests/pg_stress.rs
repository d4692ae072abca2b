//! Several writers on one desk on PostgreSQL (issue 20, item 6), the server killed under them as
//! a crash would (`pg_ctl -m immediate`) and started again: every write a command acknowledged
//! (exit 0) is there once; a write refused for a stale version (exit 4) left nothing; one that
//! met the dying server was said not to be saved, or not saved at all, never twice; and `check`
//! passes afterwards (the hash chain, every record replayed from its history, the kept counts).
//!
//! Bounded: four writers for about ten seconds, the server down for two in the middle.

mod common;

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use common::pg::{PgDesk, app_desk};
use serde_json::Value;

const WRITERS: usize = 4;
/// The incidents every writer notes and accepts: contention, so versions go stale.
const HOT: i64 = 4;

/// What each command did: (title or note text, exit code, stderr).
type Said = Vec<(String, Option<i32>, String)>;

fn writer(d: &PgDesk, w: usize, until: Instant) -> Said {
    let mut said = Said::new();
    // Every writer takes every hot incident from the version it was recorded at: one wins each,
    // the others are told it changed (exit 4).
    for id in 1..=HOT {
        let out = d.run(&["incident", "accept", &id.to_string(), "--if-version", "1"]);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        said.push((format!("accept {id}"), out.status.code(), stderr));
    }
    let mut n = 0;
    while Instant::now() < until {
        n += 1;
        let (text, out) = if n % 2 == 0 {
            let title = format!("w{w} incident {n}");
            let out = d.run(&[
                "incident",
                "new",
                "--title",
                &title,
                "--service",
                "billing",
                "--category",
                "network",
                "--channel",
                "phone",
            ]);
            (title, out)
        } else {
            // A note at the version last seen: another writer's step in between makes it stale.
            let id = (n as i64 + w as i64) % HOT + 1;
            let shown = d.run(&["incident", "show", &id.to_string(), "--json"]);
            let version = serde_json::from_slice::<Value>(&shown.stdout)
                .ok()
                .and_then(|v| v["version"].as_i64())
                .unwrap_or(1);
            let text = format!("[w{w} note {n}]");
            let out = d.run(&[
                "incident",
                "note",
                &id.to_string(),
                &text,
                "--if-version",
                &version.to_string(),
            ]);
            (text, out)
        };
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(!stderr.contains("panicked"), "{text}: {stderr}");
        said.push((text, out.status.code(), stderr));
    }
    said
}

#[test]
fn writers_lose_nothing_acknowledged_when_the_server_is_killed_under_them() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = app_desk(pg, "stressed");
    d.ok(&["init", "--name", "Admin"]);
    for i in 1..=HOT {
        d.ok(&[
            "incident",
            "new",
            "--title",
            &format!("hot {i}"),
            "--service",
            "crm",
            "--category",
            "application",
            "--channel",
            "phone",
        ]);
    }
    let until = Instant::now() + Duration::from_secs(10);
    let said = Mutex::new(Said::new());
    std::thread::scope(|s| {
        for w in 0..WRITERS {
            let (d, said) = (&d, &said);
            s.spawn(move || {
                let mine = writer(d, w, until);
                said.lock().unwrap().extend(mine);
            });
        }
        std::thread::sleep(Duration::from_secs(4));
        pg.crash(Duration::from_secs(2));
    });
    let said = said.into_inner().unwrap();
    let count = |code: Option<i32>| said.iter().filter(|s| s.1 == code).count();
    let (acked, stale) = (count(Some(0)), count(Some(4)));
    let lost: Vec<&(String, Option<i32>, String)> = said.iter().filter(|s| !matches!(s.1, Some(0 | 4))).collect();
    assert!(acked > 10, "writes acknowledged: {acked} of {}", said.len());
    assert!(
        !lost.is_empty(),
        "no command met the killed server: the crash came too late"
    );
    for (text, code, stderr) in &lost {
        // The server's going named as such, never a success nor a stack trace.
        assert_eq!(*code, Some(1), "{text}: {stderr}");
    }
    // Every text on the desk, once each: the titles and the histories' notes.
    let listed = d.json(&["incident", "list", "--json", "--limit", "10000"]);
    let mut on_desk: BTreeMap<String, usize> = BTreeMap::new();
    for i in listed.as_array().unwrap() {
        *on_desk.entry(i["title"].as_str().unwrap().to_string()).or_default() += 1;
        let id = i["id"].as_i64().unwrap().to_string();
        let history = d.json(&["history", "incident", &id, "--json"]);
        for row in history.as_array().unwrap() {
            let detail = row["detail"].as_str().unwrap_or("");
            if let Some(note) = said.iter().find(|s| s.0.contains(" note ") && detail.contains(&s.0)) {
                *on_desk.entry(note.0.clone()).or_default() += 1;
            }
        }
    }
    for id in 1..=HOT {
        let tried: Vec<Option<i32>> = said
            .iter()
            .filter(|s| s.0 == format!("accept {id}"))
            .map(|s| s.1)
            .collect();
        assert_eq!(
            tried.iter().filter(|c| **c == Some(0)).count(),
            1,
            "accept {id}: {tried:?}"
        );
        assert_eq!(
            tried.iter().filter(|c| **c == Some(4)).count(),
            WRITERS - 1,
            "accept {id}: {tried:?}"
        );
        let history = d.json(&["history", "incident", &id.to_string(), "--json"]);
        let accepted = history
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["action"] == "accept")
            .count();
        assert_eq!(accepted, 1, "incident {id} accepted once: {history}");
    }
    for (text, code, stderr) in said.iter().filter(|s| !s.0.starts_with("accept ")) {
        let times = on_desk.get(text).copied().unwrap_or(0);
        match code {
            Some(0) => assert_eq!(times, 1, "acknowledged {text}: on the desk {times} times"),
            Some(4) => assert_eq!(times, 0, "refused {text} left a trace: {stderr}"),
            _ => assert!(times <= 1, "{text}, not acknowledged, is there {times} times"),
        }
    }
    eprintln!(
        "{} commands: {acked} acknowledged, {stale} stale, {} met the killed server",
        said.len(),
        lost.len()
    );
    let check = d.run(&["check"]);
    assert!(
        check.status.success(),
        "{}{}",
        String::from_utf8_lossy(&check.stdout),
        String::from_utf8_lossy(&check.stderr)
    );
}
