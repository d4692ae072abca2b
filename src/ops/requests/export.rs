//! The archive's export (SPEC R8, A2): every request received in a range, closed ones included,
//! as CSV in UTF-8 with a byte-order mark (so a spreadsheet opens the Chinese correctly), with
//! what its reader needs and no more: no contacts, no account names, no purposes; an
//! extraction's classification in every row. The export is itself recorded: who, when, which
//! range, how many rows, to where.
//!
//! The column names and words are here rather than in a template: a CSV cell has quoting rules a
//! text template would break.

use std::collections::HashMap;
use std::io::Write;

use anyhow::Result;
use chrono::{DateTime, Utc};

use super::rules;
use crate::domain::account::Export;
use crate::domain::audit::diff;
use crate::domain::kind::Kind;
use crate::domain::ledger::sheets::{Lang, REQUEST_COLUMNS, request_row};
use crate::domain::request::{RequestKind, Rules};
use crate::domain::time::local_minute;
use crate::ops::{Call, Writes, label_login};
use crate::store::db::Db;
use crate::store::requests::{self as store, Filter};
use crate::store::{accounts, audit, departments};

/// What to export.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportSpec {
    /// Received at IT in `[from, to)`.
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    pub kind: Option<RequestKind>,
    pub dept: Option<String>,
    /// `zh-CN` or `en`: the column names and words.
    pub lang: String,
}

impl ExportSpec {
    fn filter(&self) -> String {
        let mut parts = Vec::new();
        if let Some(k) = self.kind {
            parts.push(format!("kind={k}"));
        }
        if let Some(d) = &self.dept {
            parts.push(format!("dept={d}"));
        }
        parts.join(" ")
    }
}

/// One cell: one line, inert in a spreadsheet (a leading `=`, `+`, `-` or `@` would make text
/// from outside a formula), quoted when it holds a comma or a quote.
pub(crate) fn cell(s: &str) -> String {
    let s = crate::text::sanitize_line(s);
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s
    };
    if s.contains([',', '"']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn line(out: &mut dyn Write, cells: &[String]) -> std::io::Result<()> {
    let row: Vec<String> = cells.iter().map(|c| cell(c)).collect();
    out.write_all(row.join(",").as_bytes())?;
    out.write_all(b"\r\n")
}

/// Write the CSV of `spec` to `out` from one snapshot; the number of rows.
fn write(conn: &dyn Db, spec: &ExportSpec, rules: &Rules, out: &mut dyn Write, now: DateTime<Utc>) -> Result<i64> {
    let lang = Lang {
        zh: spec.lang == "zh-CN",
    };
    let zone = rules.cal.zone;
    let depts: HashMap<String, String> = departments::list(conn)?.into_iter().map(|d| (d.code, d.name)).collect();
    let mut owners: HashMap<String, String> = HashMap::new();
    out.write_all("\u{feff}".as_bytes())?;
    let header: Vec<String> = REQUEST_COLUMNS
        .iter()
        .map(|c| if lang.zh { c.zh } else { c.en }.to_string())
        .collect();
    line(out, &header)?;
    let filter = Filter {
        kind: spec.kind,
        dept: spec.dept.clone(),
        ..Filter::default()
    };
    let (mut after, mut rows) = (None, 0);
    loop {
        let page = store::received_page(conn, (spec.from, spec.to), after, &filter, 500)?;
        for r in &page {
            let owner = match &r.owner {
                Some(l) => owners.entry(l.clone()).or_insert_with(|| label_login(conn, l)).clone(),
                None => String::new(),
            };
            let dept = depts.get(&r.dept).map_or("", String::as_str);
            let cells: Vec<String> = request_row(r, dept, &owner, rules, lang, now)
                .iter()
                .map(|v| v.plain(zone))
                .collect();
            line(out, &cells)?;
            rows += 1;
        }
        match page.last() {
            Some(last) if page.len() == 500 => after = Some((last.received_at, last.id)),
            _ => break,
        }
    }
    out.flush()?;
    Ok(rows)
}

/// R8: export the requests `spec` asks for to `out` (`output` says where it went, for the
/// record), then record the export: who, when, which range, how many rows.
pub fn export(
    desk: &mut impl Writes,
    call: &Call,
    spec: &ExportSpec,
    out: &mut dyn Write,
    output: &str,
) -> Result<Export> {
    if spec.to <= spec.from {
        return Err(crate::error::invalid(
            "the export's range must end after it starts (--from, --to)",
        ));
    }
    let rules = rules(desk);
    let rows = desk.read_db(|tx| write(tx, spec, &rules, out, call.now))?;
    let e = Export {
        id: 0,
        what: "requests".into(),
        range_from: spec.from,
        range_to: spec.to,
        filter: spec.filter(),
        rows,
        format: "csv".into(),
        output: crate::text::sanitize_line(output),
        by: String::new(),
        at: call.now,
    };
    record(desk, call, e, "requests received")
}

/// R8: record an export made (`e`, its `by` the actor as the directory has them now) with its
/// history row, which says `what` was exported: who, when, which range, how many rows, to where.
pub(crate) fn record(desk: &mut impl Writes, call: &Call, mut e: Export, what: &str) -> Result<Export> {
    let zone = desk.zone();
    desk.write_db_as(call.actor, |tx, actor| {
        e.by = actor.login.clone();
        e.id = accounts::insert_export(tx, &e)?;
        let filter = if e.filter.is_empty() {
            String::new()
        } else {
            format!(" ({})", e.filter)
        };
        let detail = format!(
            "{what} {} .. {}{filter}: {} rows, {}, to {}",
            local_minute(e.range_from, zone),
            local_minute(e.range_to, zone),
            e.rows,
            e.format,
            e.output
        );
        audit::append(
            tx,
            &audit::Entry {
                record: (Kind::Export, e.id),
                subject: (Kind::Export, e.id),
                at: call.now,
                actor: &actor.login,
                action: "export",
                version: None,
                changes: &diff(None, &e),
                detail: &detail,
            },
        )?;
        Ok(e)
    })
}

/// The exports made, newest first (keyed by id).
pub fn exports(desk: &mut impl Writes, before: Option<i64>, limit: usize) -> Result<Vec<Export>> {
    desk.read_db(|db| accounts::exports(db, before, limit))
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn r8_a_cell_is_one_line_quoted_when_it_must_be_and_never_a_formula() {
        let cases = [
            ("新增流量包", "新增流量包"),
            ("a,b", "\"a,b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "two lines"),
            ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
            ("+86 139", "'+86 139"),
            ("-1", "'-1"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("esc\u{1b}[2J", "esc^[[2J"),
            ("", ""),
        ];
        for (value, want) in cases {
            assert_eq!(cell(value), want, "{value:?}");
        }
    }
}
