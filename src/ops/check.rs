//! `opsdesk check`: is the file sound, do its references hold, are opsdesk's triggers in place and
//! the counts they keep right, does the history's hash chain hold (and, given a head kept from
//! before, does it still lead there), and does every record's history replay to the record as
//! stored (SPEC A1)? A row changed behind the history's back, or a history row lost, shows as a
//! field whose replayed value and stored value differ; a history row changed, removed or slipped
//! in shows as a broken link of the chain.

use crate::domain::kind::Kind;
use std::collections::BTreeMap;

use anyhow::Result;
use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::Serialize;
use serde_json::Value;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, SyncSender};

use super::Desk;
use super::backup::Progress;
use super::kinds::{REPLAYED, Snapshot};
use crate::domain::audit::Replay;
use crate::domain::role::Actor;
use crate::store::audit::RawReplayRow;
use crate::store::chain::{self, Head, Kept, KeptVerdict, Walk};
use crate::store::{audit, check, page_cache};

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
    /// Triggers dropped, altered or added (the append-only history's, the open counts').
    pub triggers: Vec<String>,
    /// Counts kept beside the records (the open incidents by level) that counting disagrees with.
    pub counts: Vec<String>,
    /// The history's hash chain: its head, the rows whose link is broken, a kept head's verdict.
    pub chain: Walk,
    pub records: u64,
    pub history_rows: u64,
    /// How many findings there were; at most [`MAX_LISTED`] are in `findings`.
    pub finding_count: u64,
    pub findings: Vec<Finding>,
    /// What was checked: a desk's own file, or a copy (whose integrity is not the desk's).
    #[serde(skip)]
    pub of: Option<Of>,
}

impl Report {
    pub fn clean(&self) -> bool {
        self.integrity.is_empty()
            && self.foreign_keys.is_empty()
            && self.triggers.is_empty()
            && self.counts.is_empty()
            && self.chain.break_count == 0
            && matches!(self.chain.kept, None | Some(KeptVerdict::Holds { .. }))
            && self.finding_count == 0
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
        if !self.triggers.is_empty() {
            wrong.push(format!("{} trigger(s) dropped, altered or added", self.triggers.len()));
        }
        if !self.counts.is_empty() {
            wrong.push(format!("{} kept count(s) wrong", self.counts.len()));
        }
        if self.chain.break_count > 0 {
            wrong.push(format!(
                "the history's hash chain is broken at {} row(s)",
                self.chain.break_count
            ));
        }
        if matches!(&self.chain.kept, Some(k) if !matches!(k, KeptVerdict::Holds { .. })) {
            wrong.push("the history no longer leads to the kept head".into());
        }
        if self.finding_count > 0 {
            wrong.push(format!(
                "{} field(s) where a record and its history disagree",
                self.finding_count
            ));
        }
        if wrong.is_empty() {
            // As before the chain: its head, and a kept head's verdict, have lines of their own.
            let checked = match self.of {
                Some(Of::Copy) => "references",
                _ => "integrity, foreign keys",
            };
            format!(
                "ok: {checked}, and {} history rows replay to all {} records",
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

/// Check the whole desk; with `kept`, also that the history still leads to that head (taken
/// from an earlier check or the engine's log). Any user of the desk may: it only reads.
/// Everything is read in one snapshot, so consoles working meanwhile cannot make a sound desk look
/// broken.
///
/// Speed at a million records (issue 18): the file is first read front to back once (see
/// [`page_cache::read_ahead`]), then this thread reads each record with its history and hands
/// them to a second thread, which parses and replays them (the larger part of the work) while
/// this one goes on with the integrity check and the hash chain, whose rows it reads for a third
/// thread to hash (`chain::walk`). This thread puts back the texts rows name by number (it has
/// the connection) and leaves their decoding to the others.
/// What a check is run on: a desk's own file, or the scratch copy of one snapshot of a desk on
/// PostgreSQL, whose pages, triggers and kept counts are the copy's own (made by SQLite as it was
/// written), not the server's: on a copy those are not checked, and the report leaves them empty.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Of {
    File,
    Copy,
}

pub fn run(desk: &mut Desk, actor: &Actor, kept: Option<&Kept>, progress: Progress) -> Result<Report> {
    run_of(desk, actor, kept, progress, Of::File)
}

/// [`run`] on what `of` says the desk's file is.
pub fn run_of(desk: &mut Desk, _actor: &Actor, kept: Option<&Kept>, progress: Progress, of: Of) -> Result<Report> {
    let path = desk.store.path().to_path_buf();
    page_cache::read_ahead(&path, &mut |done, total| progress("reading the file", done, total))?;
    desk.store.read(|tx| {
        let replayed = AtomicU64::new(0);
        std::thread::scope(|scope| {
            let (send, batches) = mpsc::sync_channel::<Batch>(4);
            let worker = scope.spawn(|| replay(batches, &replayed));
            let mut total = 0;
            for (kind, _) in REPLAYED {
                total += check::count(tx, *kind)?;
            }
            // Damage met while reading is the integrity check's finding, below.
            let unread = match read_records(tx, send, &mut |done| progress("history", done, total)) {
                Ok(()) => None,
                Err(e) if crate::store::damage::is_damage(&e) => Some(e),
                Err(e) => return Err(e),
            };
            let mut report = Report {
                of: Some(of),
                ..Report::default()
            };
            if of == Of::File {
                progress("integrity check", 0, 1);
                // Damage SQLite cannot even walk past is itself the finding; nothing beyond it
                // can be trusted, so the replay's findings are not reported.
                report.integrity = match check::integrity(tx, 100) {
                    Ok(found) => found,
                    Err(e) if crate::store::damage::is_damage(&e) => vec![format!("{e:#}")],
                    Err(e) => return Err(e),
                };
            }
            if !report.integrity.is_empty() {
                return Ok(report);
            }
            if let Some(e) = unread {
                return Err(e);
            }
            report.foreign_keys = check::foreign_keys(tx, 100)?;
            if of == Of::File {
                report.triggers = check::triggers(tx)?;
                report.counts = check::open_counts(tx, 100)?;
            }
            let rows = check::count_history(tx)?;
            report.chain = chain::walk(tx, kept, MAX_LISTED, &mut |done| progress("hash chain", done, rows))?;
            while !worker.is_finished() {
                progress("history", replayed.load(Ordering::Relaxed), total);
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            let found = worker
                .join()
                .map_err(|_| anyhow::anyhow!("the thread replaying the history failed"))?;
            report.records = found.records;
            report.history_rows = found.history_rows;
            report.finding_count = found.finding_count;
            report.findings = found.findings;
            Ok(report)
        })
    })
}

/// The history's head as stored, and when it was read: what the engine writes to its log once an
/// hour, an external copy that `opsdesk check --head ID:HASH` can hold the desk to later. One
/// indexed read; it verifies nothing (that is `check`'s work).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HeadAt {
    /// `None` while the history is empty.
    pub head: Option<Head>,
    pub at: DateTime<Utc>,
}

impl std::fmt::Display for HeadAt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.head {
            Some(h) => write!(f, "history head {h} at {}", self.at.to_rfc3339()),
            None => write!(f, "history empty at {}", self.at.to_rfc3339()),
        }
    }
}

/// The desk's chain head at `now` (see [`HeadAt`]).
pub fn chain_head(desk: &Desk, now: DateTime<Utc>) -> Result<HeadAt> {
    chain_head_on(desk.store.conn(), now)
}

/// [`chain_head`] on either engine.
pub fn chain_head_on(db: &dyn crate::store::db::Db, now: DateTime<Utc>) -> Result<HeadAt> {
    Ok(HeadAt {
        head: crate::store::chain_tail::head(db)?,
        at: now,
    })
}

/// One kind's records with ids in `lo..=hi` and the history rows of exactly those ids, so history
/// of records that are gone is caught as well.
struct Batch {
    kind: Kind,
    records: Vec<Snapshot>,
    rows: Vec<RawReplayRow>,
}

/// Read every kind's records and their history a batch at a time, in one snapshot, and send each
/// batch to the replaying thread; `progress` counts the records read.
fn read_records(conn: &Connection, send: SyncSender<Batch>, progress: &mut dyn FnMut(u64)) -> Result<()> {
    let mut read = 0;
    let mut reader = audit::ReplayReader::new(conn)?;
    for (kind, scan) in REPLAYED {
        let mut after = i64::MIN;
        loop {
            let records = scan(conn, after, BATCH)?;
            let last_page = records.len() < BATCH;
            let hi = match records.last() {
                Some(r) if !last_page => r.id,
                _ => i64::MAX,
            };
            let rows = audit::replay_rows(&mut reader, *kind, after.saturating_add(1), hi)?;
            read += records.len() as u64;
            let batch = Batch {
                kind: *kind,
                records,
                rows,
            };
            if send.send(batch).is_err() {
                // The replaying thread is gone; joining it says why.
                return Ok(());
            }
            progress(read);
            if last_page {
                break;
            }
            after = hi;
        }
    }
    Ok(())
}

/// Replay each batch's history and compare it with its records (on its own thread); `replayed`
/// counts the records done.
fn replay(batches: Receiver<Batch>, replayed: &AtomicU64) -> Report {
    let mut report = Report::default();
    for Batch { kind, records, rows } in batches {
        let mut replays: BTreeMap<i64, Replay> = BTreeMap::new();
        for row in rows {
            let row = row.parse();
            report.history_rows += 1;
            let replay = replays.entry(row.record_id).or_default();
            match &row.changes {
                Ok(changes) => replay.step_by(changes, row.version, row.at.timestamp(), &row.actor),
                Err(e) => report.found(Finding {
                    kind,
                    id: row.record_id,
                    field: format!("(history row {}, {})", row.id, row.action),
                    replayed: format!("unreadable: {e}").into(),
                    current: Value::Null,
                }),
            }
        }
        for rec in &records {
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
        replayed.fetch_add(records.len() as u64, Ordering::Relaxed);
    }
    report
}
