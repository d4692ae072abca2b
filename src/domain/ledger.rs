//! The tracking ledger (问题跟踪台账, SPEC I13): every incident with its description, handling,
//! result, satisfaction, times and durations, as a reader of the ledger sees it; and (in
//! `ledger/import.rs`) how a row of a ledger kept elsewhere becomes an incident. Pure: the record
//! and its steps come in, the cells go out.
//!
//! A2: the ledger carries who reported and which department, never how to reach them (no
//! contact column): its readers judge the handling, they do not call the customer.

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

use super::incident::{Category, Channel, Incident, Status};
use super::time::local_minute;

pub mod import;
pub mod sheets;

/// What a column holds, so that a workbook writes it as its type (a date as a date).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Type {
    Text,
    Number,
    Date,
}

/// One column of the ledger: its key (the English header), its Chinese header, its type.
pub struct Column {
    pub en: &'static str,
    pub zh: &'static str,
    pub kind: Type,
}

const fn col(en: &'static str, zh: &'static str, kind: Type) -> Column {
    Column { en, zh, kind }
}

/// The incident ledger's columns, in order; [`row`] gives the values in the same order.
pub const COLUMNS: &[Column] = &[
    col("id", "编号", Type::Number),
    col("received_at", "报告时间", Type::Date),
    col("started_at", "发生时间", Type::Date),
    col("service", "系统", Type::Text),
    col("category", "类别", Type::Text),
    col("severity", "级别", Type::Text),
    col("channel", "渠道", Type::Text),
    col("dept", "报告部门", Type::Text),
    col("reporter", "报告人", Type::Text),
    col("title", "标题", Type::Text),
    col("description", "问题描述", Type::Text),
    col("handling", "处理过程", Type::Text),
    col("cause", "原因", Type::Text),
    col("result", "处理结果", Type::Text),
    col("owner", "处理人", Type::Text),
    col("restored_at", "恢复时间", Type::Date),
    col("resolved_at", "解决时间", Type::Date),
    col("closed_at", "关闭时间", Type::Date),
    col("minutes_to_restore", "恢复用时(分钟)", Type::Number),
    col("minutes_to_resolve", "解决用时(分钟)", Type::Number),
    col("outage", "服务中断", Type::Text),
    col("reopened", "重开次数", Type::Number),
    col("satisfaction", "满意度", Type::Number),
];

/// The headers in the ledger's language.
pub fn headers(zh: bool) -> Vec<&'static str> {
    COLUMNS.iter().map(|c| if zh { c.zh } else { c.en }).collect()
}

/// One value of a row.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Empty,
    Text(String),
    Number(i64),
    Date(DateTime<Utc>),
}

impl Value {
    /// The value as one line of text (a CSV cell): a date in the desk's wall time to the minute,
    /// the lines of a text told apart by a bar.
    pub fn plain(&self, zone: Tz) -> String {
        match self {
            Value::Empty => String::new(),
            Value::Text(s) => s.replace('\n', " | "),
            Value::Number(n) => n.to_string(),
            Value::Date(t) => local_minute(*t, zone),
        }
    }
}

/// One step of an incident's handling as its history has it (A1): when, who (as the ledger names
/// them), the action word, and its detail line.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub at: DateTime<Utc>,
    pub by: String,
    pub action: String,
    pub detail: String,
}

/// The words of the ledger's language for an incident's values; English says the stored words.
pub struct Words {
    pub zh: bool,
}

impl Words {
    fn pick(&self, zh: &'static str, en: &'static str) -> &'static str {
        if self.zh { zh } else { en }
    }

    pub fn status(&self, s: Status) -> &'static str {
        let zh = match s {
            Status::Reported => "已报告",
            Status::Accepted => "已受理",
            Status::Diagnosing => "诊断中",
            Status::Restored => "已恢复",
            Status::Resolved => "已解决",
            Status::Verified => "已确认",
            Status::Closed => "已关闭",
        };
        self.pick(zh, s.as_str())
    }

    pub fn category(&self, c: Category) -> &'static str {
        let zh = match c {
            Category::Os => "操作系统",
            Category::Network => "网络",
            Category::Application => "应用",
            Category::Database => "数据库",
            Category::Other => "其他",
        };
        self.pick(zh, c.as_str())
    }

    pub fn channel(&self, c: Channel) -> &'static str {
        let zh = match c {
            Channel::Phone => "电话",
            Channel::Email => "邮件",
            Channel::Online => "在线",
            Channel::Monitoring => "监控",
            Channel::WalkIn => "现场",
        };
        self.pick(zh, c.as_str())
    }

    pub fn yes_no(&self, yes: bool) -> &'static str {
        match yes {
            true => self.pick("是", "yes"),
            false => self.pick("否", "no"),
        }
    }

    /// A history action as the ledger says it; an action it has no word for is said as stored.
    pub fn action<'a>(&self, action: &'a str) -> &'a str {
        if !self.zh {
            return action;
        }
        match action {
            "create" => "登记",
            "accept" => "受理",
            "contact" => "到场",
            "diagnose" => "诊断",
            "restore" => "恢复",
            "resolve" => "解决",
            "verify" => "回访确认",
            "close" => "关闭",
            "reopen" => "重新处理",
            "note" => "记录",
            "affects" => "影响部门",
            "import" => "导入",
            other => other,
        }
    }
}

/// Whole minutes from `from` to `to`, when both happened.
pub fn minutes(from: DateTime<Utc>, to: Option<DateTime<Utc>>) -> Value {
    match to {
        Some(to) => Value::Number((to - from).num_minutes()),
        None => Value::Empty,
    }
}

/// I10, I13: the handling in words, one step a line, oldest first: `2026-11-20 10:05 李雷 受理:
/// detail`.
pub fn handling(steps: &[Step], zone: Tz, w: &Words) -> String {
    let lines: Vec<String> = steps
        .iter()
        .map(|s| {
            let head = format!("{} {} {}", local_minute(s.at, zone), s.by, w.action(&s.action));
            if s.detail.trim().is_empty() {
                head
            } else {
                format!("{head}: {}", s.detail.trim())
            }
        })
        .collect();
    lines.join("\n")
}

/// I13: the ledger's row of incident `i`, in [`COLUMNS`]' order. `owner` is how the ledger names
/// its owner; `steps` its handling.
pub fn row(i: &Incident, owner: &str, steps: &[Step], zone: Tz, w: &Words) -> Vec<Value> {
    let text = |s: &str| {
        if s.is_empty() {
            Value::Empty
        } else {
            Value::Text(s.to_string())
        }
    };
    let date = |t: Option<DateTime<Utc>>| t.map_or(Value::Empty, Value::Date);
    vec![
        Value::Number(i.id),
        Value::Date(i.received_at),
        Value::Date(i.started_at),
        text(&i.service),
        text(w.category(i.category)),
        text(i.severity.as_str()),
        text(w.channel(i.channel)),
        text(&i.dept),
        text(&i.reporter),
        text(&i.title),
        text(&i.description),
        text(&handling(steps, zone, w)),
        text(&i.cause),
        text(w.status(i.status)),
        text(owner),
        date(i.restored_at),
        date(i.resolved_at),
        date(i.closed_at),
        minutes(i.clock_start, i.restored_at),
        minutes(i.clock_start, i.resolved_at),
        text(w.yes_no(i.outage && !i.human_cause)),
        Value::Number(i.episode),
        i.satisfaction.map_or(Value::Empty, |s| Value::Number(i64::from(s))),
    ]
}

/// Day 0 of Excel's serial dates (1900 system, after its 1900 leap-year bug).
fn excel_epoch() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(1899, 12, 30)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .unwrap_or_default()
}

/// The instant as a spreadsheet's date: days since Excel's epoch, in the desk's zone's wall time
/// (a workbook has no zones), to the second.
pub fn excel_serial(t: DateTime<Utc>, zone: Tz) -> f64 {
    let local = t.with_timezone(&zone).naive_local();
    (local - excel_epoch()).num_seconds() as f64 / 86_400.0
}

/// A spreadsheet's date in the desk's zone's wall time, to the nearest second; `None` when it is
/// no date (negative, or past what a clock reads).
pub fn from_excel_serial(serial: f64, zone: Tz) -> Option<DateTime<Utc>> {
    if !serial.is_finite() || !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let secs = (serial * 86_400.0).round() as i64;
    let naive = excel_epoch().checked_add_signed(chrono::Duration::seconds(secs))?;
    zone.from_local_datetime(&naive)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

#[cfg(test)]
mod tests;
