//! `ledger export` (I13, R8, A2): every incident received in a range, as the ledger's reader
//! sees it, read page by page by key from one snapshot and written to a [`Sink`] as it is read;
//! the export is recorded afterwards (who, when, which range, how many rows, to where) as the
//! request archive's is.

use std::collections::HashMap;

use anyhow::Result;
use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::sink::Sink;
use crate::domain::account::Export;
use crate::domain::kind::Kind;
use crate::domain::ledger::{self, Step, Words};
use crate::error::invalid;
use crate::ops::requests::record_export;
use crate::ops::{Call, Desk, label_login};
use crate::store::{audit, incidents};

/// What the ledger holds. Incidents only, for now: the other kinds keep their own archives
/// (`request export`), and the command says so rather than export a sheet that is not there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Incident,
}

impl Part {
    /// `--kind incident,request,…`: each word once.
    pub fn parse_list(s: &str) -> Result<Vec<Part>> {
        let mut out = Vec::new();
        for w in s.split(',').map(str::trim).filter(|w| !w.is_empty()) {
            let part = match Kind::parse(w).map_err(|_| invalid(format!("--kind {w:?}: use incident")))? {
                Kind::Incident => Part::Incident,
                Kind::Request => {
                    return Err(invalid(format!(
                        "--kind {w}: the ledger export holds incidents only so far; `opsdesk request export` exports the requests' archive (R8)"
                    )));
                }
                other => {
                    return Err(invalid(format!(
                        "--kind {other}: the ledger export holds incidents only so far"
                    )));
                }
            };
            if !out.contains(&part) {
                out.push(part);
            }
        }
        if out.is_empty() {
            out.push(Part::Incident);
        }
        Ok(out)
    }

    fn sheet(self, zh: bool) -> &'static str {
        match self {
            Part::Incident => {
                if zh {
                    "问题跟踪台账"
                } else {
                    "incidents"
                }
            }
        }
    }
}

/// What to export.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportSpec {
    /// Received in `[from, to)`.
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    pub parts: Vec<Part>,
    /// `zh-CN` or `en`: the headers and words.
    pub lang: String,
    /// `csv` or `xlsx`, for the record.
    pub format: String,
}

/// Rows read per page: a page's history is one query.
const PAGE: usize = 500;

/// Names the ledger gives logins, each looked up once.
struct Names(HashMap<String, String>);

impl Names {
    fn of(&mut self, conn: &Connection, login: &str) -> String {
        self.0
            .entry(login.to_string())
            .or_insert_with(|| label_login(conn, login))
            .clone()
    }
}

/// Every incident of the range into `sink`, `progress` told (done, of) after each page.
fn incidents(
    conn: &Connection,
    spec: &ExportSpec,
    zone: chrono_tz::Tz,
    sink: &mut dyn Sink,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<i64> {
    let w = Words {
        zh: spec.lang == "zh-CN",
    };
    let of = incidents::count_received(conn, (spec.from, spec.to))?;
    sink.table(Part::Incident.sheet(w.zh), ledger::COLUMNS, &ledger::headers(w.zh))?;
    let mut names = Names(HashMap::new());
    let (mut after, mut rows) = (0, 0i64);
    loop {
        let page = incidents::received_page(conn, (spec.from, spec.to), after, PAGE)?;
        let ids: Vec<i64> = page.iter().map(|i| i.id).collect();
        let mut steps: HashMap<i64, Vec<Step>> = HashMap::new();
        for h in audit::of_records(conn, Kind::Incident, &ids)? {
            let by = names.of(conn, &h.actor);
            steps.entry(h.record_id).or_default().push(Step {
                at: h.at,
                by,
                action: h.action,
                detail: h.detail,
            });
        }
        for i in &page {
            let owner = i.owner.as_deref().map(|o| names.of(conn, o)).unwrap_or_default();
            let s = steps.remove(&i.id).unwrap_or_default();
            sink.row(&ledger::row(i, &owner, &s, zone, &w))?;
            rows += 1;
        }
        progress(rows as u64, of.max(rows) as u64);
        match page.last() {
            Some(last) if page.len() == PAGE => after = last.id,
            _ => break,
        }
    }
    Ok(rows)
}

/// I13: the ledger `spec` asks for into `sink` (`output` says where it went, for the record),
/// then the export recorded.
pub fn export(
    desk: &mut Desk,
    call: &Call,
    spec: &ExportSpec,
    sink: &mut dyn Sink,
    progress: &mut dyn FnMut(u64, u64),
    output: &str,
) -> Result<Export> {
    if spec.to <= spec.from {
        return Err(invalid("the export's range must end after it starts (--from, --to)"));
    }
    let zone = desk.zone();
    let rows = desk.store.read(|tx| {
        let mut rows = 0;
        for part in &spec.parts {
            rows += match part {
                Part::Incident => incidents(tx, spec, zone, sink, progress)?,
            };
        }
        sink.finish()?;
        Ok(rows)
    })?;
    let e = Export {
        id: 0,
        what: "ledger".into(),
        range_from: spec.from,
        range_to: spec.to,
        filter: String::new(),
        rows,
        format: spec.format.clone(),
        output: crate::text::sanitize_line(output),
        by: String::new(),
        at: call.now,
    };
    record_export(desk, call, e, "ledger: incidents received")
}
