//! The history's compact form (issue 18 item 5, schema 16) on real files: every kind of value a
//! row can hold reads back as it was written, the hash chain covers the same text as before, a
//! desk of schema 15 is migrated in place and reads, checks and chains as it did, and the queries
//! by record read indexes, never the whole history.

mod common;

use common::Desk;
use common::history_cases::{at, cases, change};
use opsdesk::domain::audit::FieldChange;
use opsdesk::domain::kind::Kind;
use opsdesk::store::{audit, chain, compact};
use proptest::strategy::Strategy;
use rusqlite::Connection;
use serde_json::Value;

#[test]
fn a1_every_kind_of_value_reads_back_from_the_compact_form_as_it_was_written() {
    let t = at().timestamp();
    for changes in cases() {
        let text = serde_json::to_string(&changes).unwrap();
        let stored = compact::compact(&text, t);
        assert_eq!(compact::canonical_str(&stored, t), text, "{stored}");
        let read: Vec<FieldChange> = serde_json::from_str(&compact::canonical_str(&stored, t)).unwrap();
        assert_eq!(read, changes);
        if !changes.is_empty() {
            assert!(compact::is_compact(stored.as_bytes()), "{text} stays as it is");
            assert!(stored.len() < text.len(), "{stored} is no shorter than {text}");
        }
    }
    // A created incident's row, as the demo writes one: a third of its canonical size or less.
    let create = serde_json::to_string(&cases()[0]).unwrap();
    let small = compact::compact(&create, t);
    assert!(
        small.len() * 3 <= create.len() + 300,
        "{} of {}",
        small.len(),
        create.len()
    );
    // Text that is not what serde_json writes (spaces, another key order) is kept as it is.
    for odd in [
        r#"[{"field": "status", "before": null, "after": "x"}]"#,
        r#"[{"before":null,"field":"status","after":"x"}]"#,
        r#"[{"field":"status","before":null,"after":"x"}] "#,
        "not json",
    ] {
        assert_eq!(compact::compact(odd, t), odd);
        assert_eq!(compact::canonical_str(odd, t), odd);
    }
}

#[test]
fn a1_rows_written_through_the_store_are_compact_read_back_whole_and_chained_over_their_text() {
    let d = Desk::init();
    let c = Connection::open(&d.db).unwrap();
    c.execute_batch("BEGIN IMMEDIATE").unwrap();
    let mut ids = Vec::new();
    for (n, changes) in cases().iter().enumerate() {
        let e = audit::Entry {
            record: (Kind::Incident, 900 + n as i64),
            subject: (Kind::Incident, 900 + n as i64),
            at: at(),
            actor: "lilei",
            action: "update",
            version: Some(1),
            changes,
            detail: "",
        };
        ids.push((audit::append(&c, &e).unwrap(), changes.clone()));
    }
    c.execute_batch("COMMIT").unwrap();
    for (n, (id, changes)) in ids.iter().enumerate() {
        let rows = audit::of_record(&c, Kind::Incident, 900 + n as i64).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].id, *id);
        assert_eq!(&rows[0].changes, changes);
        let stored: String = c
            .query_row("SELECT changes FROM history WHERE id = ?1", [id], |r| r.get(0))
            .unwrap();
        assert_eq!(compact::is_compact(stored.as_bytes()), !changes.is_empty(), "{stored}");
        // The hash covers the canonical text: what the row would have held before schema 16.
        // The row stores its hash or a prefix of it (anchors.rs); the link is to the full hash
        // of the row before, whatever that row stores.
        let prev = match opsdesk::store::chain_tail::at(&c, Some(id - 1)).unwrap() {
            Some((_, rusqlite::types::Value::Blob(b), _)) => b,
            _ => Vec::new(),
        };
        let fields: (i64, Vec<u8>, Vec<u8>) = c
            .query_row("SELECT at, hash FROM history h WHERE id = ?1", [id], |r| {
                Ok((r.get(0)?, r.get(1)?, prev.clone()))
            })
            .unwrap();
        assert!([4, 32].contains(&fields.1.len()), "row {id}");
        let text = serde_json::to_string(changes).unwrap();
        let row = |changes: &str| {
            use rusqlite::types::ValueRef::{Integer, Text};
            let k = Kind::Incident.as_str().as_bytes();
            chain::link(
                &[
                    Integer(*id),
                    Text(k),
                    Integer(900 + n as i64),
                    Text(k),
                    Integer(900 + n as i64),
                    Integer(fields.0),
                    Text(b"lilei"),
                    Text(b"update"),
                    Integer(1),
                    Text(changes.as_bytes()),
                    Text(b""),
                ],
                if fields.2.is_empty() {
                    rusqlite::types::ValueRef::Null
                } else {
                    rusqlite::types::ValueRef::Blob(&fields.2)
                },
            )
        };
        assert_eq!(row(&text)[..fields.1.len()].to_vec(), fields.1, "row {id}");
    }
    let walk = chain::walk(&c, None, 10, &mut |_| {}).unwrap();
    assert_eq!(walk.break_count, 0, "{:?}", walk.breaks);
    // Compact text that was changed behind opsdesk's back breaks the chain where it stands.
    let (id, _) = &ids[0];
    common::forge::behind_trigger(
        &c,
        "history_no_update",
        &format!("UPDATE history SET changes = replace(changes, '\"lilei\"', '\"mallory\"') WHERE id = {id}"),
    );
    let walk = chain::walk(&c, None, 10, &mut |_| {}).unwrap();
    assert_eq!(walk.breaks.first().map(|b| b.id), Some(*id));
}

/// Put the desk back as schema 15 had it: every row's changes in their canonical text, the record
/// index over every row. Returns each row's text.
fn back_to_schema_15(path: &std::path::Path) -> Vec<(i64, String)> {
    let c = Connection::open(path).unwrap();
    common::forge::back_to_text_columns(&c, opsdesk::store::HISTORY_CODES_SCHEMA - 1);
    let rows: Vec<(i64, String)> = c
        .prepare("SELECT id, at, changes FROM history ORDER BY id")
        .unwrap()
        .query_map([], |r| {
            let at: i64 = r.get(1)?;
            let stored: String = r.get(2)?;
            Ok((r.get(0)?, compact::canonical_str(&stored, at).into_owned()))
        })
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    c.execute_batch(
        "BEGIN; DROP TRIGGER history_no_update;
         DROP INDEX history_record; CREATE INDEX history_record ON history (record_kind, record_id, id);",
    )
    .unwrap();
    let mut set = c.prepare("UPDATE history SET changes = ?1 WHERE id = ?2").unwrap();
    for (id, text) in &rows {
        set.execute(rusqlite::params![text, id]).unwrap();
    }
    drop(set);
    c.execute_batch(
        "CREATE TRIGGER history_no_update BEFORE UPDATE ON history
         BEGIN
             SELECT RAISE(ABORT, 'history is append-only');
         END;
         COMMIT;",
    )
    .unwrap();
    c.execute_batch("PRAGMA user_version = 15;").unwrap();
    let compact_rows: i64 = c
        .query_row(
            "SELECT count(*) FROM history WHERE changes LIKE '[1,%' OR changes LIKE '[2,%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(compact_rows, 0);
    rows
}

fn head(out: &str) -> String {
    let line = out.lines().find(|l| l.starts_with("history head: ")).expect(out);
    line["history head: ".len()..]
        .split_whitespace()
        .next()
        .unwrap()
        .to_string()
}

#[test]
fn a1_a_desk_of_schema_15_is_compacted_in_place_and_reads_checks_and_chains_as_before() {
    let d = Desk::demo("operator");
    let kept = head(&d.ok(&["check"]));
    let c = Connection::open(&d.db).unwrap();
    let records: Vec<(String, i64)> = c
        .prepare(
            "SELECT * FROM (SELECT record_kind, record_id FROM history_text
                 WHERE record_kind IN ('incident', 'change', 'request', 'user')
                 GROUP BY record_kind, record_id ORDER BY count(*) DESC LIMIT 10)
             UNION ALL
             SELECT * FROM (SELECT DISTINCT record_kind, record_id FROM history_text
                 WHERE record_kind = 'duty' ORDER BY record_id LIMIT 4)",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    drop(c);
    assert!(records.iter().any(|(k, _)| k == "duty"), "{records:?}");
    let shown = |d: &Desk| -> Vec<Value> {
        records
            .iter()
            .map(|(k, id)| d.json(&["history", k, &id.to_string()]))
            .collect()
    };
    let before = shown(&d);
    let texts = back_to_schema_15(&d.db);
    let size_at_15 = std::fs::metadata(&d.db).unwrap().len();

    // The first command migrates: the old file kept aside, check clean, the same head.
    let out = d.run(&["check"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("upgraded database schema 15 -> "),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.lines().last().unwrap().starts_with("check: ok:"), "{stdout}");
    // The rows shrank in place; the file gave the space back (VACUUM after the upgrade).
    assert!(String::from_utf8_lossy(&out.stderr).contains("now holds"));
    let size_at_16 = std::fs::metadata(&d.db).unwrap().len();
    assert!(size_at_16 < size_at_15, "{size_at_16} of {size_at_15}");
    assert_eq!(head(&stdout), kept, "nothing re-chained");
    let held = d.ok(&["check", "--head", &kept]);
    assert!(held.contains(&format!("kept head {kept}: holds")), "{held}");
    let backups = std::fs::read_dir(d.dir.path())
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().contains(".schema15-"))
        .count();
    assert_eq!(backups, 1);

    // Every row compact where it can be, each standing for the very text it held.
    let c = Connection::open(&d.db).unwrap();
    let mut small = 0;
    let mut st = c.prepare("SELECT id, at, changes FROM history ORDER BY id").unwrap();
    let mut rows = st.query([]).unwrap();
    let mut i = 0;
    while let Some(r) = rows.next().unwrap() {
        let (id, at, stored): (i64, i64, String) = (r.get(0).unwrap(), r.get(1).unwrap(), r.get(2).unwrap());
        assert_eq!((id, compact::canonical_str(&stored, at).into_owned()), texts[i]);
        small += usize::from(compact::is_compact(stored.as_bytes()));
        i += 1;
    }
    assert_eq!(i, texts.len());
    let legacy_rows = texts.iter().filter(|(_, t)| t != "[]").count();
    assert!(small * 10 >= legacy_rows * 9, "{small} of {legacy_rows} compact");
    let v: i64 = c.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(v, opsdesk::store::SCHEMA_VERSION);
    drop(rows);
    drop(st);
    drop(c);
    assert_eq!(shown(&d), before);
}

#[test]
fn a1_queries_by_record_read_the_two_indexes_and_never_the_whole_history() {
    let d = Desk::demo("operator");
    d.ok(&["check"]);
    let c = Connection::open(&d.db).unwrap();
    let plan = |sql: &str| -> String {
        c.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap()
            .query_map(["incident", "1", "50"], |r| r.get::<_, String>(3))
            .unwrap()
            .map(|r| r.unwrap() + "\n")
            .collect()
    };
    for (cond, order, unsorted) in [
        ("h.record_id = ?2 AND ?3 = ?3", "h.id", true),
        ("h.record_id BETWEEN ?2 AND ?3", "h.record_id, h.id", true),
        ("h.record_id = ?2 AND h.version > ?3", "h.id", true),
        (
            "h.record_id IN (SELECT value FROM json_each(?2)) AND ?3 = ?3",
            "h.record_id, h.at, h.id",
            false,
        ),
    ] {
        let p = plan(&audit::by_record("h.id, h.record_id, h.at, h.changes", cond, order));
        assert!(p.contains("USING INDEX history_record"), "{cond}: {p}");
        assert!(!p.contains("SCAN h") && !p.contains("SCAN history"), "{cond}: {p}");
        if unsorted {
            assert!(!p.contains("TEMP B-TREE"), "{cond}: {p}");
        }
    }
    // A timeline: the record's own rows by record, the rows of its duties by subject.
    let sql = "SELECT h.id FROM history h WHERE h.record_kind = (SELECT id FROM history_words WHERE word = ?1)
           AND h.record_id = ?2 AND h.subject_id IS NULL AND ?3 = ?3
         UNION ALL
         SELECT h.id FROM history h WHERE h.subject_kind = (SELECT id FROM history_words WHERE word = ?1)
           AND h.subject_id = ?2 ORDER BY 1";
    let p = plan(sql);
    assert!(p.contains("USING INDEX history_record"), "{p}");
    assert!(p.contains("INDEX history_subject"), "{p}");
    assert!(!p.contains("SCAN h\n") && !p.contains("SCAN history"), "{p}");
    // The subject index holds only rows of another's timeline; every row's words are numbers.
    let (all, other, words): (i64, i64, i64) = c
        .query_row(
            "SELECT count(*), count(subject_id), (SELECT count(*) FROM history_words) FROM history",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    // (The demo year's duties put about half of the rows on their incidents' timelines.)
    assert!(other > 0 && other < all, "{other} of {all}");
    let own_written_out: i64 = c
        .query_row(
            "SELECT count(*) FROM history WHERE subject_id = record_id AND subject_kind = record_kind",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(own_written_out, 0, "a record's own rows leave their subject out");
    assert!(words < 200, "{words} words");
    let incident: i64 = c
        .query_row("SELECT id FROM history_words WHERE word = 'incident'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(incident, 0, "stored in no bytes");
}

fn any_value() -> impl Strategy<Value = Value> {
    use proptest::prelude::{Just, any, prop_oneof};
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        any::<String>().prop_map(Value::from),
        proptest::sample::select(vec!["accepted", "closed", "walk-in", "P1", "monitoring", "other"])
            .prop_map(Value::from),
        (0i64..4_102_444_800).prop_map(|t| Value::from(
            chrono::DateTime::from_timestamp(t, 0)
                .unwrap()
                .format("%Y-%m-%dT%H:%M:%SZ")
                .to_string()
        )),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            proptest::collection::btree_map(any::<String>(), inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest::proptest! {
    /// Whatever a field holds, and whatever its name, the stored form reads back as the text.
    #[test]
    fn a1_any_changes_read_back_from_what_is_stored(
        changes in proptest::collection::vec(
            (
                proptest::prop_oneof![
                    proptest::sample::select(vec!["status", "owner", "accepted_at", "round", "title"])
                        .prop_map(String::from),
                    proptest::arbitrary::any::<String>(),
                ],
                proptest::option::of(any_value()),
                any_value(),
            ),
            0..6,
        ),
        at in -100_000_000_000i64..100_000_000_000,
    ) {
        let changes: Vec<FieldChange> = changes
            .into_iter()
            .map(|(field, before, after)| change(&field, before.unwrap_or(Value::Null), after))
            .collect();
        let text = serde_json::to_string(&changes).unwrap();
        let stored = compact::compact(&text, at);
        proptest::prop_assert_eq!(compact::canonical_str(&stored, at), text.as_str());
        proptest::prop_assert_eq!(compact::is_compact(stored.as_bytes()), !changes.is_empty());
    }
}

fn hits(d: &Desk, term: &str) -> Vec<(String, i64)> {
    d.json(&["search", term, "--limit", "50"])
        .as_array()
        .unwrap()
        .iter()
        .map(|h| (h["kind"].as_str().unwrap().to_string(), h["id"].as_i64().unwrap()))
        .collect()
}

#[test]
fn a1_a_desk_before_history_codes_is_rewritten_in_place_and_reads_checks_chains_and_searches_as_before() {
    let d = Desk::demo("operator");
    let noted = d.new_incident("话单计费系统延迟", "2026-11-20T08:30:00Z");
    d.ok(&["incident", "note", &noted.to_string(), "短信网关已恢复"]);
    let kept = head(&d.ok(&["check"]));
    let c = Connection::open(&d.db).unwrap();
    let records: Vec<(String, i64)> = c
        .prepare(
            "SELECT * FROM (SELECT record_kind, record_id FROM history_text
                 WHERE record_kind <> 'duty' GROUP BY record_kind, record_id ORDER BY count(*) DESC LIMIT 12)
             UNION ALL
             SELECT * FROM (SELECT DISTINCT record_kind, record_id FROM history_text
                 WHERE record_kind = 'duty' ORDER BY record_id LIMIT 4)",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let history = |d: &Desk| -> Vec<String> {
        records
            .iter()
            .map(|(k, id)| String::from_utf8(d.run(&["history", k, &id.to_string(), "--json"]).stdout).unwrap())
            .collect()
    };
    let before = history(&d);
    let terms = [
        "话",
        "话单",
        "短信",
        "计费系统",
        &noted.to_string(),
        &format!("#{noted}"),
    ];
    let found: Vec<Vec<(String, i64)>> = terms.iter().map(|t| hits(&d, t)).collect();
    for (t, f) in terms.iter().zip(&found) {
        assert!(f.contains(&("incident".to_string(), noted)), "{t}: {f:?}");
    }
    // A plan's document as the index held it before lists were read as words (issue 14): its
    // text with the JSON list, and a word no column holds.
    let (doc, plan): (i64, i64) = c
        .query_row(
            "SELECT id, record_id FROM search_docs WHERE kind = 'plan' ORDER BY id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    c.execute("DELETE FROM search_text WHERE rowid = ?1", [doc]).unwrap();
    c.execute(
        "INSERT INTO search_text (rowid, text, tags) VALUES (?1, '[\"zzstale\",\"billing\"]', 'plan open')",
        [doc],
    )
    .unwrap();
    assert_eq!(hits(&d, "zzstale"), vec![("plan".to_string(), plan)]);
    let version = opsdesk::store::HISTORY_CODES_SCHEMA - 1;
    common::forge::back_to_text_columns(&c, version);
    drop(c);
    let size_before = std::fs::metadata(&d.db).unwrap().len();

    // The first command migrates: the old file kept aside, check clean, the same head.
    let out = d.run(&["check"]);
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(out.status.success(), "{stdout}{stderr}");
    assert!(
        stderr.contains(&format!("upgraded database schema {version} -> ")),
        "{stderr}"
    );
    assert!(stdout.lines().last().unwrap().starts_with("check: ok:"), "{stdout}");
    assert_eq!(head(&stdout), kept, "nothing re-chained");
    let held = d.ok(&["check", "--head", &kept]);
    assert!(held.contains(&format!("kept head {kept}: holds")), "{held}");
    assert!(std::fs::metadata(&d.db).unwrap().len() < size_before);
    assert_eq!(history(&d), before, "history --json byte for byte");
    for (t, f) in terms.iter().zip(&found) {
        assert_eq!(&hits(&d, t), f, "{t}");
    }
    assert_eq!(hits(&d, "zzstale"), vec![], "the plan's document read again");
    let c = Connection::open(&d.db).unwrap();
    let (doc_now, stale): (i64, i64) = c
        .query_row(
            "SELECT id, (SELECT count(*) FROM sqlite_schema WHERE name IN ('history_v1', 'incidents_received', 'search_docs_record'))
             FROM search_docs WHERE kind = 'plan' AND record_id = ?1",
            [plan],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        (doc_now, stale),
        (doc, 0),
        "the document keeps its number; the old tables and indexes are gone"
    );
    // A row appended after the upgrade chains on.
    d.ok(&["incident", "note", &noted.to_string(), "升级之后"]);
    assert!(d.ok(&["check"]).lines().last().unwrap().starts_with("check: ok:"));
}
