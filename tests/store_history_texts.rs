//! A1 with the history's texts held once (issue 18, item 5; store/compact/texts.rs, schema 24): a
//! text the history repeats is stored once in `history_texts` and named by number, every row
//! still standing for its very text (`history --json`, `check`'s replay, the chain); a text
//! changed behind opsdesk's back breaks the chain at each row that names it; the texts are
//! append-only as the history is.

mod common;

use common::Desk;
use common::forge::behind_trigger;
use rusqlite::Connection;

const TITLE: &str = "短信网关下发积压，用户收不到验证码 / SMS gateway backlog";

/// The id of the row that created incident `id`.
fn create_row(c: &Connection, id: i64) -> i64 {
    c.query_row(
        "SELECT id FROM history_text WHERE record_kind = 'incident' AND record_id = ?1 AND action = 'create'",
        [id],
        |r| r.get(0),
    )
    .unwrap()
}

fn title_in_history(d: &Desk, id: i64) -> serde_json::Value {
    let shown = d.json(&["history", "incident", &id.to_string()]);
    shown.as_array().unwrap()[0]["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["field"] == "title")
        .unwrap()["after"]
        .clone()
}

#[test]
fn a1_a_text_the_history_repeats_is_stored_once_and_every_row_reads_it() {
    let d = Desk::demo("admin");
    let a = d.new_incident(TITLE, "2026-11-30 10:00");
    // A row stores its full hash at least every 64 rows (anchors.rs); after a break, check names
    // the next break only past such a row. So there are 64 rows between the two: however many
    // rows the demo wrote (it depends on the hour it ran), a full hash lies between them.
    for i in 0..opsdesk::store::anchors::ANCHOR_EVERY {
        d.ok(&["incident", "note", &a.to_string(), &format!("note {i}")]);
    }
    let b = d.new_incident(TITLE, "2026-11-30 10:05");
    let c = Connection::open(&d.db).unwrap();
    let quoted = serde_json::to_string(TITLE).unwrap();
    let copies: i64 = c
        .query_row("SELECT count(*) FROM history_texts WHERE text = ?1", [&quoted], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(copies, 1, "the title is held once");
    // Both rows name it by number: neither holds the title itself.
    for id in [a, b] {
        let stored: String = c
            .query_row("SELECT changes FROM history WHERE id = ?1", [create_row(&c, id)], |r| {
                r.get(0)
            })
            .unwrap();
        assert!(stored.starts_with('7'), "{stored}");
        assert!(!stored.contains("SMS gateway"), "{stored}");
        assert_eq!(title_in_history(&d, id), TITLE);
    }
    // The demo's history holds its repeated texts once each, and much of it by number.
    let (n, distinct): (i64, i64) = c
        .query_row("SELECT count(*), count(DISTINCT text) FROM history_texts", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(n, distinct);
    let (rows, by_number): (i64, i64) = c
        .query_row(
            "SELECT count(*), sum(substr(changes, 1, 1) IN ('7', '8')) FROM history WHERE changes <> '[]'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(by_number * 2 > rows, "{by_number} of {rows} rows name texts");
    drop(c);
    let out = d.ok(&["check"]);
    assert!(out.lines().last().unwrap().starts_with("check: ok:"), "{out}");
}

#[test]
fn a1_a_text_changed_behind_opsdesk_breaks_the_chain_at_every_row_that_names_it() {
    let d = Desk::demo("admin");
    let a = d.new_incident(TITLE, "2026-11-30 10:00");
    // A row stores its full hash at least every 64 rows (anchors.rs); after a break, check names
    // the next break only past such a row. So there are 64 rows between the two: however many
    // rows the demo wrote (it depends on the hour it ran), a full hash lies between them.
    for i in 0..opsdesk::store::anchors::ANCHOR_EVERY {
        d.ok(&["incident", "note", &a.to_string(), &format!("note {i}")]);
    }
    let b = d.new_incident(TITLE, "2026-11-30 10:05");
    let c = Connection::open(&d.db).unwrap();
    let quoted = serde_json::to_string(TITLE).unwrap();
    behind_trigger(
        &c,
        "history_texts_no_update",
        &format!(
            "UPDATE history_texts SET text = '\"a forged title\"' WHERE text = '{}'",
            quoted.replace('\'', "''")
        ),
    );
    let rows = [create_row(&c, a), create_row(&c, b)];
    drop(c);
    // What the rows say now is the forged text; the chain they were linked with says otherwise.
    assert_eq!(title_in_history(&d, a), "a forged title");
    let out = d.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    for row in rows {
        assert!(
            stdout.contains(&format!("hash chain broken at history row {row} (incident ")),
            "{stdout}"
        );
    }

    // A text that is no JSON string: the rows naming it read as what they store, and break too.
    let c = Connection::open(&d.db).unwrap();
    behind_trigger(
        &c,
        "history_texts_no_update",
        "UPDATE history_texts SET text = 'not a string' WHERE text = '\"a forged title\"'",
    );
    drop(c);
    let out = d.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(&format!("hash chain broken at history row {}", rows[0])),
        "{stdout}"
    );
}

#[test]
fn a1_the_history_texts_are_append_only() {
    let d = Desk::demo("admin");
    d.new_incident(TITLE, "2026-11-30 10:00");
    let c = Connection::open(&d.db).unwrap();
    for sql in ["UPDATE history_texts SET text = '\"x\"'", "DELETE FROM history_texts"] {
        let err = c.execute(sql, []).unwrap_err().to_string();
        assert!(err.contains("history is append-only"), "{sql}: {err}");
    }
}
