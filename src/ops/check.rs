//! `opsdesk check`: is the file sound, do its references hold, and does every record's history
//! replay to the record as stored (SPEC A1)? A row changed behind the history's back, or a
//! history row lost, shows as a field whose replayed value and stored value differ.

use crate::domain::kind::Kind;
use std::collections::BTreeMap;

use anyhow::Result;
use rusqlite::Connection;
use serde::Serialize;
use serde_json::Value;

use super::Desk;
use super::backup::Progress;
use super::kinds::{REPLAYED, Scan};
use crate::domain::audit::Replay;
use crate::domain::role::Actor;
use crate::store::{audit, check};

/// Records read per query: bounds memory whatever the size of the file.
const BATCH: usize = 500;
/// Findings kept for the report; beyond this they are only counted.
const MAX_LISTED: usize = 1000;

/// One disagreement between a record and its history. For a whole-record problem (no history,
/// history of a record that is gone, a history row that cannot be read) `field` is in
/// parentheses and `replayed` / `current` say what each side has.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    pub kind: Kind,
    pub id: i64,
    pub field: String,
    pub replayed: Value,
    pub current: Value,
}

#[derive(Debug, Default, Serialize)]
pub struct Report {
    /// `PRAGMA integrity_check` findings; empty when sound.
    pub integrity: Vec<String>,
    /// `PRAGMA foreign_key_check` findings.
    pub foreign_keys: Vec<String>,
    pub records: u64,
    pub history_rows: u64,
    /// How many findings there were; at most [`MAX_LISTED`] are in `findings`.
    pub finding_count: u64,
    pub findings: Vec<Finding>,
}

impl Report {
    pub fn clean(&self) -> bool {
        self.integrity.is_empty() && self.foreign_keys.is_empty() && self.finding_count == 0
    }

    /// One line: what was checked and what was wrong.
    pub fn summary(&self) -> String {
        let mut wrong = Vec::new();
        if !self.integrity.is_empty() {
            wrong.push(format!("the integrity check found {} problem(s)", self.integrity.len()));
        }
        if !self.foreign_keys.is_empty() {
            wrong.push(format!("{} broken reference(s)", self.foreign_keys.len()));
        }
        if self.finding_count > 0 {
            wrong.push(format!(
                "{} field(s) where a record and its history disagree",
                self.finding_count
            ));
        }
        if wrong.is_empty() {
            format!(
                "ok: integrity, foreign keys, and {} history rows replay to all {} records",
                self.history_rows, self.records
            )
        } else {
            format!(
                "{} ({} records, {} history rows checked)",
                wrong.join(", "),
                self.records,
                self.history_rows
            )
        }
    }

    fn found(&mut self, f: Finding) {
        self.finding_count += 1;
        if self.findings.len() < MAX_LISTED {
            self.findings.push(f);
        }
    }
}

/// Check the whole desk. Any user of the desk may: it only reads. Everything is read in one
/// snapshot, so consoles working meanwhile cannot make a sound desk look broken.
pub fn run(desk: &mut Desk, _actor: &Actor, progress: Progress) -> Result<Report> {
    desk.store.read(|tx| {
        let mut report = Report::default();
        progress("integrity check", 0, 1);
        // Damage SQLite cannot even walk past is itself the finding; nothing beyond it can be
        // trusted, so the replay is not tried.
        report.integrity = match check::integrity(tx, 100) {
            Ok(found) => found,
            Err(e) if crate::store::damage::is_damage(&e) => vec![format!("{e:#}")],
            Err(e) => return Err(e),
        };
        if !report.integrity.is_empty() {
            return Ok(report);
        }
        report.foreign_keys = check::foreign_keys(tx, 100)?;
        let mut total = 0;
        for (kind, _) in REPLAYED {
            total += check::count(tx, *kind)?;
        }
        for (kind, scan) in REPLAYED {
            replay_kind(tx, *kind, *scan, &mut report, &mut |done| {
                progress("history", done, total)
            })?;
        }
        Ok(report)
    })
}

/// Replay every `kind` record's history, a batch of records at a time: the records with ids
/// in `lo..=hi` and the history rows of exactly those ids, so history of records that are
/// gone is caught as well.
fn replay_kind(
    conn: &Connection,
    kind: Kind,
    scan: Scan,
    report: &mut Report,
    progress: &mut dyn FnMut(u64),
) -> Result<()> {
    let mut after = i64::MIN;
    loop {
        let page = scan(conn, after, BATCH)?;
        let last_page = page.len() < BATCH;
        let hi = match page.last() {
            Some(r) if !last_page => r.id,
            _ => i64::MAX,
        };
        let mut replays: BTreeMap<i64, Replay> = BTreeMap::new();
        for row in audit::replay_rows(conn, kind, after.saturating_add(1), hi)? {
            report.history_rows += 1;
            let replay = replays.entry(row.record_id).or_default();
            match &row.changes {
                Ok(changes) => replay.step(changes, row.version),
                Err(e) => report.found(Finding {
                    kind,
                    id: row.record_id,
                    field: format!("(history row {}, {})", row.id, row.action),
                    replayed: format!("unreadable: {e}").into(),
                    current: Value::Null,
                }),
            }
        }
        for rec in &page {
            report.records += 1;
            let Some(replay) = replays.remove(&rec.id) else {
                report.found(Finding {
                    kind,
                    id: rec.id,
                    field: "(history)".into(),
                    replayed: "none".into(),
                    current: "a record".into(),
                });
                continue;
            };
            for m in replay.compare(&rec.fields, rec.version) {
                report.found(Finding {
                    kind,
                    id: rec.id,
                    field: m.field,
                    replayed: m.replayed,
                    current: m.current,
                });
            }
        }
        for id in replays.into_keys() {
            report.found(Finding {
                kind,
                id,
                field: "(record)".into(),
                replayed: "a history".into(),
                current: "no such record".into(),
            });
        }
        progress(report.records);
        if last_page {
            return Ok(());
        }
        after = hi;
    }
}
