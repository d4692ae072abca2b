//! What `check` reads on the server itself (issue 20), beside the snapshot it copies and checks
//! as a file: opsdesk's triggers and the functions they run, as the shipped schema writes them
//! (dropped, disabled, altered or added behind opsdesk's back); the history's privileges (the
//! role opsdesk connects as may not UPDATE, DELETE or TRUNCATE it); and the open counts the
//! triggers keep, against counting the incidents.

use std::collections::BTreeMap;

use anyhow::Result;

use super::{SCHEMA_FILES, describe, open_checked, snapshot};
use crate::store::db::Pg;
use crate::store::engine::PgUrl;

/// The append-only tables (04_history.sql).
const APPEND_ONLY: [&str; 3] = ["history", "history_words", "history_texts"];

/// What the server's own check found.
#[derive(Debug, Default)]
pub struct Found {
    /// Triggers and their functions missing, disabled, altered or added; privileges granted back.
    pub triggers: Vec<String>,
    /// Kept counts that differ from counting.
    pub counts: Vec<String>,
}

/// Check the desk at `url` on its server, in one snapshot.
pub fn check(url: &PgUrl, max: usize) -> Result<Found> {
    let (mut client, _) = open_checked(url)?;
    let mut tx = snapshot(&mut client, url)?;
    let mut found = Found::default();
    let ours = |e: postgres::Error| describe(&e, url, "reading the server's catalogue");
    let triggers: BTreeMap<String, (String, bool, String)> = tx
        .query(
            "SELECT t.tgname::text, c.relname::text, t.tgenabled <> 'D', p.proname::text
             FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
             JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_proc p ON p.oid = t.tgfoid
             WHERE NOT t.tgisinternal AND n.nspname = current_schema()",
            &[],
        )
        .map_err(ours)?
        .iter()
        .map(|r| (r.get(0), (r.get(1), r.get(2), r.get(3))))
        .collect();
    let expected = shipped_triggers();
    for (name, table) in &expected {
        match triggers.get(name) {
            None => found
                .triggers
                .push(format!("trigger {name} on {table} is missing (dropped)")),
            Some((t, _, _)) if t != table => found
                .triggers
                .push(format!("trigger {name} on {table} was moved: it is now on {t}")),
            Some((_, false, _)) => found.triggers.push(format!("trigger {name} on {table} is disabled")),
            Some(_) => {}
        }
    }
    for (name, (table, _, _)) in &triggers {
        if !expected.contains_key(name) {
            found
                .triggers
                .push(format!("trigger {name} on {table} is not opsdesk's (added)"));
        }
    }
    let bodies: BTreeMap<String, String> = tx
        .query(
            "SELECT p.proname::text, p.prosrc FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = current_schema()",
            &[],
        )
        .map_err(ours)?
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    for (name, body) in shipped_functions() {
        match bodies.get(&name) {
            None => found.triggers.push(format!("function {name} is missing (dropped)")),
            Some(b) if words(b) != words(&body) => found
                .triggers
                .push(format!("function {name} was altered: it is now {}", words(b))),
            Some(_) => {}
        }
    }
    for table in APPEND_ONLY {
        for power in ["UPDATE", "DELETE", "TRUNCATE"] {
            let granted: bool = tx
                .query_one("SELECT has_table_privilege(current_user, $1, $2)", &[&table, &power])
                .map_err(ours)?
                .get(0);
            if granted {
                found.triggers.push(format!(
                    "the role opsdesk connects as may {power} {table}, which is append-only: REVOKE {power} ON {table} FROM that role"
                ));
            }
        }
    }
    let db = Pg::new(tx);
    found.counts = crate::store::check::open_counts(&db, max)?;
    db.into_inner()
        .commit()
        .map_err(|e| describe(&e, url, "ending the read"))?;
    Ok(found)
}

/// Every trigger the shipped schema makes, with its table.
fn shipped_triggers() -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (_, sql) in SCHEMA_FILES {
        for part in sql.split("CREATE TRIGGER ").skip(1) {
            let mut w = part.split_whitespace();
            let Some(name) = w.next() else { continue };
            if let Some(table) = w.skip_while(|x| *x != "ON").nth(1) {
                out.insert(name.to_string(), table.to_string());
            }
        }
    }
    out
}

/// Every function the shipped schema makes, with its body (between `$$` and `$$`).
fn shipped_functions() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (_, sql) in SCHEMA_FILES {
        for part in sql.split("CREATE FUNCTION ").skip(1) {
            let name = part.split(['(', ' ']).next().unwrap_or("").to_string();
            let mut bodies = part.splitn(3, "$$");
            if let (Some(_), Some(body)) = (bodies.next(), bodies.next()) {
                out.push((name, body.to_string()));
            }
        }
    }
    out
}

/// `s` as words, so that only a change of what it says counts, not of its layout.
fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_schema_is_read_for_its_triggers_and_functions() {
        let t = shipped_triggers();
        assert_eq!(t.get("history_no_update").map(String::as_str), Some("history"));
        assert_eq!(t.get("incidents_count_insert").map(String::as_str), Some("incidents"));
        let f: BTreeMap<String, String> = shipped_functions().into_iter().collect();
        assert!(f["opsdesk_open_counts"].contains("UPDATE open_total"));
        assert!(f["opsdesk_append_only"].contains("append-only"));
    }
}
