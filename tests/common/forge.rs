//! A forger's tools: raw SQL on the desk's file, as an operator who can write it would use them
//! (SPEC A1's tests).

use opsdesk::store::chain;
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, params};

const COVERED: &str =
    "id, record_kind, record_id, subject_kind, subject_id, at, actor, action, version, changes, detail";

/// What a forger does to get around a trigger: drop it, write, put the very same trigger back.
pub fn behind_trigger(c: &Connection, trigger: &str, sql: &str) {
    let def: String = c
        .query_row(
            "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?1",
            [trigger],
            |r| r.get(0),
        )
        .unwrap();
    c.execute_batch(&format!("DROP TRIGGER {trigger}; {sql}; {def};"))
        .unwrap();
}

/// A forger who knows the encoding (it is public, the compact form of the changes too) recomputes
/// every hash from row `from` on.
pub fn recompute_chain(c: &Connection, from: i64) {
    let prev: Option<Vec<u8>> = c
        .query_row(
            "SELECT hash FROM history WHERE id < ?1 ORDER BY id DESC LIMIT 1",
            [from],
            |r| r.get(0),
        )
        .unwrap_or(None);
    let rows: Vec<(i64, Vec<Value>)> = {
        let mut st = c
            .prepare(&format!("SELECT {COVERED} FROM history WHERE id >= ?1 ORDER BY id"))
            .unwrap();
        st.query_map([from], |r| {
            Ok((
                r.get(0)?,
                (0..11).map(|i| r.get::<_, Value>(i)).collect::<rusqlite::Result<_>>()?,
            ))
        })
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
    };
    let def: String = c
        .query_row(
            "SELECT sql FROM sqlite_schema WHERE name = 'history_no_update'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    c.execute_batch("DROP TRIGGER history_no_update").unwrap();
    let mut prev = prev;
    for (id, values) in rows {
        let fields: [ValueRef<'_>; 11] = std::array::from_fn(|i| ValueRef::from(&values[i]));
        let hash = chain::link_stored(&fields, prev.as_deref().map_or(ValueRef::Null, ValueRef::Blob));
        c.execute("UPDATE history SET hash = ?1 WHERE id = ?2", params![&hash[..], id])
            .unwrap();
        prev = Some(hash.to_vec());
    }
    c.execute_batch(&def).unwrap();
}

pub fn a_note(c: &Connection) -> i64 {
    c.query_row(
        "SELECT id FROM history WHERE action = 'note' AND version IS NULL ORDER BY id LIMIT 1",
        [],
        |r| r.get(0),
    )
    .unwrap()
}
