//! Upgrading a desk on PostgreSQL to this opsdesk's schema, as SQLite's migrations upgrade a
//! file (store/migrations): the steps after [`BASELINE`], each the SQL that brings the server's
//! schema to one version, run in order in one transaction that holds the desk's write lock and
//! moves `opsdesk_schema`'s version with each. DDL is transactional on PostgreSQL: a step that
//! fails leaves the desk at the version it had, and two opsdesks opening an old desk at once
//! upgrade it once (the second finds it done when the lock is its turn).
//!
//! `init` makes the baseline (schema/*.sql) and runs the same steps, so a new desk and an
//! upgraded one are the same schema. A SQLite migration that changes the schema needs its step
//! here too: [`MIGRATIONS`] must reach [`crate::store::SCHEMA_VERSION`] (its unit test says so).
//! A step that changes a trigger or a function changes what `check` compares the server's with
//! (store/pg/server_check.rs reads them from the schema's files).

use anyhow::Result;
use postgres::Client;

use super::write::WRITE_LOCK;
use super::{VERSION_TABLE, describe};
use crate::store::engine::PgUrl;

/// The schema src/store/pg/schema/*.sql create.
pub const BASELINE: i64 = 24;

/// The steps after [`BASELINE`]: (the version it brings the desk to, its SQL), in order.
pub const MIGRATIONS: &[(i64, &str)] = &[];

/// Whether an opsdesk can bring a desk at `version` to `target` with `steps`.
pub fn covers(version: i64, target: i64, steps: &[(i64, &str)]) -> bool {
    version >= BASELINE && (version + 1..=target).all(|v| steps.iter().any(|(s, _)| *s == v))
}

/// Run `steps` after the desk's version up to `target` inside `tx` (which holds the write lock
/// or is `init`'s own): the version reached.
pub fn apply(
    tx: &mut postgres::Transaction,
    url: &PgUrl,
    from: i64,
    target: i64,
    steps: &[(i64, &str)],
) -> Result<i64> {
    let mut at = from;
    while at < target {
        let next = at + 1;
        let Some((_, sql)) = steps.iter().find(|(v, _)| *v == next) else {
            return Err(crate::error::rule(format!(
                "{url} is at schema {at} and this opsdesk has no step to schema {next}; the database was left untouched"
            )));
        };
        tx.batch_execute(sql).map_err(|e| {
            describe(
                &e,
                url,
                &format!("upgrading the schema to {next}; the database was left at {from}"),
            )
        })?;
        tx.execute(&format!("UPDATE {VERSION_TABLE} SET version = $1"), &[&next])
            .map_err(|e| describe(&e, url, "writing the schema's version"))?;
        at = next;
    }
    Ok(at)
}

/// Bring the desk on `client` to `target` with `steps`, all or nothing, under the desk's write
/// lock: `Some(from)` when this call upgraded it, `None` when it was at `target` already (or
/// another opsdesk upgraded it first).
pub fn upgrade(client: &mut Client, url: &PgUrl, target: i64, steps: &[(i64, &str)]) -> Result<Option<i64>> {
    let mut tx = client
        .transaction()
        .map_err(|e| describe(&e, url, "starting the schema's upgrade"))?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])
        .map_err(|e| describe(&e, url, "waiting for the desk's write lock"))?;
    let from: i64 = tx
        .query_one(&format!("SELECT version FROM {VERSION_TABLE}"), &[])
        .map_err(|e| describe(&e, url, "reading the schema's version"))?
        .get(0);
    if from >= target {
        return Ok(None);
    }
    apply(&mut tx, url, from, target, steps)?;
    tx.commit()
        .map_err(|e| describe(&e, url, "committing the schema's upgrade; it may not have been saved"))?;
    Ok(Some(from))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::SCHEMA_VERSION;

    #[test]
    fn every_schema_after_the_baseline_has_its_step_on_the_server() {
        const { assert!(BASELINE <= SCHEMA_VERSION) };
        assert!(
            covers(BASELINE, SCHEMA_VERSION, MIGRATIONS),
            "SQLite's schema is {SCHEMA_VERSION}: src/store/pg/upgrade.rs needs a step to each version after {BASELINE}"
        );
        let versions: Vec<i64> = MIGRATIONS.iter().map(|(v, _)| *v).collect();
        // Empty while the server's baseline is SQLite's schema.
        let (first, last) = (BASELINE + 1, SCHEMA_VERSION);
        let expected: Vec<i64> = (first..=last).collect();
        assert_eq!(versions, expected, "one step per version, in order");
    }

    #[test]
    fn covers_only_a_desk_from_the_baseline_on_with_every_step() {
        let steps: &[(i64, &str)] = &[(25, "a"), (26, "b"), (28, "d")];
        let cases = [
            (24, 24, true),
            (24, 26, true),
            (25, 26, true),
            (24, 27, false),
            (26, 28, false),
            (23, 24, false),
        ];
        for (version, target, ok) in cases {
            assert_eq!(covers(version, target, steps), ok, "{version} -> {target}");
        }
    }
}
