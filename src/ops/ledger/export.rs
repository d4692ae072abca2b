//! `ledger export` (I13, R8, A2): every incident received in a range (and, asked, every request,
//! change and run of the range, a sheet each), as the ledger's reader sees it, read page by page by key from one snapshot and written to a [`Sink`] as it is read;
//! the export is recorded afterwards (who, when, which range, how many rows, to where) as the
//! request archive's is.

use std::collections::HashMap;

use anyhow::Result;
use chrono::{DateTime, Utc};

use super::sink::Sink;
use crate::domain::account::Export;
use crate::domain::kind::Kind;
use crate::domain::ledger::sheets::{
    CHANGE_COLUMNS, Lang, REQUEST_COLUMNS, RUN_COLUMNS, change_row, request_row, run_row,
};
use crate::domain::ledger::{self, Step, Words};
use crate::domain::request::Rules;
use crate::error::invalid;
use crate::ops::requests::record_export;
use crate::ops::{Call, Writes, label_login};
use crate::store::db::Db;
use crate::store::{audit, changes, departments, incidents, requests, runs};

/// What the ledger holds: a sheet each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Incidents received in the range (I13).
    Incident,
    /// Requests received at IT in the range, as the R8 archive has them.
    Request,
    /// Changes planned in the range: a window starting in it, or no window yet and a planned
    /// month in it (C1).
    Change,
    /// Billing and settlement runs due in the range (B1).
    Run,
}

impl Part {
    /// `--kind incident,request,…`: each word once.
    pub fn parse_list(s: &str) -> Result<Vec<Part>> {
        let mut out = Vec::new();
        for w in s.split(',').map(str::trim).filter(|w| !w.is_empty()) {
            let use_these = "use incident, request, change or run";
            let part = match Kind::parse(w).map_err(|_| invalid(format!("--kind {w:?}: {use_these}")))? {
                Kind::Incident => Part::Incident,
                Kind::Request => Part::Request,
                Kind::Change => Part::Change,
                Kind::Run => Part::Run,
                other => {
                    return Err(invalid(format!(
                        "--kind {other}: the ledger holds no sheet of those; {use_these}"
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
        let (zh_name, en) = match self {
            Part::Incident => ("问题跟踪台账", "incidents"),
            Part::Request => ("需求受理台账", "requests"),
            Part::Change => ("变更台账", "changes"),
            Part::Run => ("出账台账", "runs"),
        };
        if zh { zh_name } else { en }
    }

    /// The kind's word in the export's summary and history.
    pub fn word(self) -> &'static str {
        match self {
            Part::Incident => "incidents",
            Part::Request => "requests",
            Part::Change => "changes",
            Part::Run => "runs",
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
    fn of(&mut self, conn: &dyn Db, login: &str) -> String {
        self.0
            .entry(login.to_string())
            .or_insert_with(|| label_login(conn, login))
            .clone()
    }
}

/// Every incident of the range into `sink`, `progress` told (done, of) after each page.
fn incidents(
    conn: &dyn Db,
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

/// R8's archive in the ledger: every request received at IT in the range.
fn requests(conn: &dyn Db, spec: &ExportSpec, rules: &Rules, now: DateTime<Utc>, sink: &mut dyn Sink) -> Result<i64> {
    let lang = Lang {
        zh: spec.lang == "zh-CN",
    };
    sink.table(
        Part::Request.sheet(lang.zh),
        REQUEST_COLUMNS,
        &headers(REQUEST_COLUMNS, lang.zh),
    )?;
    let depts: HashMap<String, String> = departments::list(conn)?.into_iter().map(|d| (d.code, d.name)).collect();
    let mut names = Names(HashMap::new());
    let (mut after, mut rows) = (None, 0i64);
    loop {
        let page = requests::received_page(conn, (spec.from, spec.to), after, &Default::default(), PAGE)?;
        for r in &page {
            let owner = r.owner.as_deref().map(|o| names.of(conn, o)).unwrap_or_default();
            let dept = depts.get(&r.dept).map_or("", String::as_str);
            sink.row(&request_row(r, dept, &owner, rules, lang, now))?;
            rows += 1;
        }
        match page.last() {
            Some(last) if page.len() == PAGE => after = Some((last.received_at, last.id)),
            _ => break,
        }
    }
    Ok(rows)
}

/// C1: the changes planned in the range, by planned month and id.
fn changes(conn: &dyn Db, spec: &ExportSpec, zone: chrono_tz::Tz, sink: &mut dyn Sink) -> Result<i64> {
    let lang = Lang {
        zh: spec.lang == "zh-CN",
    };
    sink.table(
        Part::Change.sheet(lang.zh),
        CHANGE_COLUMNS,
        &headers(CHANGE_COLUMNS, lang.zh),
    )?;
    let month = |t: DateTime<Utc>| t.with_timezone(&zone).format("%Y-%m").to_string();
    let months = (month(spec.from), month(spec.to - chrono::Duration::seconds(1)));
    let mut names = Names(HashMap::new());
    let (mut after, mut rows): (Option<(String, i64)>, i64) = (None, 0);
    loop {
        let key = after.as_ref().map(|(m, id)| (m.as_str(), *id));
        let page = changes::planned_page(conn, (&months.0, &months.1), key, PAGE)?;
        for c in &page {
            let planned_here = match c.window_start {
                Some(start) => start >= spec.from && start < spec.to,
                None => true,
            };
            if planned_here {
                let operator = if c.operator.is_empty() {
                    String::new()
                } else {
                    names.of(conn, &c.operator)
                };
                sink.row(&change_row(c, &operator, lang))?;
                rows += 1;
            }
        }
        match page.last() {
            Some(last) if page.len() == PAGE => after = Some((last.planned_month.clone(), last.id)),
            _ => break,
        }
    }
    Ok(rows)
}

/// B1: the runs due in the range, by deadline.
fn runs(conn: &dyn Db, spec: &ExportSpec, sink: &mut dyn Sink) -> Result<i64> {
    let lang = Lang {
        zh: spec.lang == "zh-CN",
    };
    sink.table(Part::Run.sheet(lang.zh), RUN_COLUMNS, &headers(RUN_COLUMNS, lang.zh))?;
    let mut names = Names(HashMap::new());
    let mut rows = 0;
    for r in runs::due_between(conn, (spec.from, spec.to))? {
        let in_charge = names.of(conn, &r.in_charge);
        let confirmed = r.confirmed_by.as_deref().map(|l| names.of(conn, l)).unwrap_or_default();
        let anomalies = runs::anomalies(conn, r.id)?.len() as i64;
        sink.row(&run_row(&r, &in_charge, &confirmed, anomalies, lang))?;
        rows += 1;
    }
    Ok(rows)
}

fn headers(columns: &[ledger::Column], zh: bool) -> Vec<&'static str> {
    columns.iter().map(|c| if zh { c.zh } else { c.en }).collect()
}

/// I13: the ledger `spec` asks for into `sink` (`output` says where it went, for the record),
/// then the export recorded.
pub fn export(
    desk: &mut impl Writes,
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
    let rules = crate::ops::requests::rules(desk);
    let rows = desk.read_db(|tx| {
        let mut rows = 0;
        for part in &spec.parts {
            rows += match part {
                Part::Incident => incidents(tx, spec, zone, sink, progress)?,
                Part::Request => requests(tx, spec, &rules, call.now, sink)?,
                Part::Change => changes(tx, spec, zone, sink)?,
                Part::Run => runs(tx, spec, sink)?,
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
    let what: Vec<&str> = spec.parts.iter().map(|p| p.word()).collect();
    record_export(desk, call, e, &format!("ledger: {}", what.join(", ")))
}
