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
use rusqlite::Connection;

use super::rules;
use crate::domain::account::Export;
use crate::domain::audit::diff;
use crate::domain::kind::Kind;
use crate::domain::request::{
    Classification, ClockState, FormChannel, Request, RequestKind, RequestStatus, Rules, working_span,
};
use crate::domain::time::local_minute;
use crate::ops::{Call, Desk, label_login};
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

const COLUMNS_EN: &[&str] = &[
    "id",
    "kind",
    "rule",
    "form_no",
    "channel",
    "title",
    "dept",
    "dept_name",
    "requester",
    "received_at",
    "clock_start",
    "due_at",
    "met_at",
    "late",
    "paused_working",
    "status",
    "owner",
    "delivered_at",
    "closed_at",
    "classification",
];
const COLUMNS_ZH: &[&str] = &[
    "编号",
    "类型",
    "规则",
    "表单号",
    "渠道",
    "标题",
    "部门代码",
    "申请部门",
    "申请人",
    "送达IT",
    "开始计时",
    "时限",
    "完成时间",
    "超时",
    "暂停工作时间",
    "状态",
    "负责人",
    "交付时间",
    "关闭时间",
    "密级",
];

/// The words of the export's language for the record's values; English says the stored words.
struct Words {
    zh: bool,
}

impl Words {
    fn kind(&self, k: RequestKind) -> String {
        let zh = match k {
            RequestKind::Requirement => "业务需求",
            RequestKind::Product => "产品申请",
            RequestKind::Account => "系统帐号",
            RequestKind::Extraction => "数据提取",
            RequestKind::Processing => "数据处理",
        };
        self.pick(zh, k.as_str())
    }

    fn channel(&self, c: FormChannel) -> String {
        let zh = match c {
            FormChannel::Oa => "OA",
            FormChannel::Email => "邮件",
            FormChannel::Paper => "纸质",
            FormChannel::Phone => "电话",
        };
        self.pick(zh, c.as_str())
    }

    fn status(&self, s: RequestStatus) -> String {
        let zh = match s {
            RequestStatus::AwaitingApproval => "待审批",
            RequestStatus::Received => "已收到",
            RequestStatus::Accepted => "已受理",
            RequestStatus::Evaluated => "已评估",
            RequestStatus::Delivered => "已交付",
            RequestStatus::Confirmed => "已确认",
            RequestStatus::NewProject => "转立项",
            RequestStatus::Closed => "已关闭",
        };
        self.pick(zh, s.as_str())
    }

    /// R4: the marking; an extraction not yet classified says so.
    fn class(&self, c: Option<Classification>) -> String {
        match c {
            Some(c) => self.pick(c.chinese(), c.as_str()),
            None => self.pick("未定密级", "unclassified"),
        }
    }

    fn yes_no(&self, yes: bool) -> String {
        match yes {
            true => self.pick("是", "yes"),
            false => self.pick("否", "no"),
        }
    }

    fn pick(&self, zh: &str, en: &str) -> String {
        if self.zh { zh } else { en }.to_string()
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

/// The row of request `r`.
fn row(
    r: &Request,
    depts: &HashMap<String, String>,
    owner: &str,
    rules: &Rules,
    w: &Words,
    now: DateTime<Utc>,
) -> Vec<String> {
    let zone = rules.cal.zone;
    let t = |x: Option<DateTime<Utc>>| x.map(|x| local_minute(x, zone)).unwrap_or_default();
    let clock = r.clock(rules, now);
    let late = match clock.state {
        ClockState::Waiting { .. } => String::new(),
        ClockState::Missed { .. } | ClockState::Met { late: true, .. } | ClockState::Stopped { late: true, .. } => {
            w.yes_no(true)
        }
        _ => w.yes_no(false),
    };
    let classification = match (r.kind, r.classification) {
        (RequestKind::Extraction, c) => w.class(c),
        (_, Some(c)) => w.class(Some(c)),
        _ => String::new(),
    };
    vec![
        r.id.to_string(),
        w.kind(r.kind),
        r.kind.rule().to_string(),
        r.form_no.clone(),
        w.channel(r.channel),
        r.title.clone(),
        r.dept.clone(),
        depts.get(&r.dept).cloned().unwrap_or_default(),
        r.requester.clone(),
        t(Some(r.received_at)),
        t(r.clock_start),
        t(r.due_at),
        t(r.met_at),
        late,
        if clock.paused.is_zero() {
            String::new()
        } else {
            working_span(clock.paused, &rules.cal)
        },
        w.status(r.status),
        owner.to_string(),
        t(r.delivered_at),
        t(r.closed_at),
        classification,
    ]
}

/// Write the CSV of `spec` to `out` from one snapshot; the number of rows.
fn write(conn: &Connection, spec: &ExportSpec, rules: &Rules, out: &mut dyn Write, now: DateTime<Utc>) -> Result<i64> {
    let zh = spec.lang == "zh-CN";
    let words = Words { zh };
    let depts: HashMap<String, String> = departments::list(conn)?.into_iter().map(|d| (d.code, d.name)).collect();
    let mut owners: HashMap<String, String> = HashMap::new();
    out.write_all("\u{feff}".as_bytes())?;
    let header: Vec<String> = (if zh { COLUMNS_ZH } else { COLUMNS_EN })
        .iter()
        .map(|c| c.to_string())
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
            line(out, &row(r, &depts, &owner, rules, &words, now))?;
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
pub fn export(desk: &mut Desk, call: &Call, spec: &ExportSpec, out: &mut dyn Write, output: &str) -> Result<Export> {
    if spec.to <= spec.from {
        return Err(crate::error::invalid(
            "the export's range must end after it starts (--from, --to)",
        ));
    }
    let rules = rules(desk);
    let rows = desk.store.read(|tx| write(tx, spec, &rules, out, call.now))?;
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
pub(crate) fn record(desk: &mut Desk, call: &Call, mut e: Export, what: &str) -> Result<Export> {
    let zone = desk.zone();
    desk.write_as(call.actor, |tx, actor| {
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
pub fn exports(desk: &Desk, before: Option<i64>, limit: usize) -> Result<Vec<Export>> {
    accounts::exports(desk.store.conn(), before, limit)
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
