//! What a duty's message says and to whom: the record rendered from its template in the
//! configured language, addressed per medium from the directory (U3).

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Result;
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use rusqlite::Connection;

use crate::config::Config;
use crate::domain::duty::{Audience, Duty, DutyKind};
use crate::domain::incident::{Category, Incident, Status};
use crate::domain::message::{Address, Draft, Medium};
use crate::domain::time::local_minute;
use crate::error::not_found;
use crate::notify::recipients::{self, Person, Subject};
use crate::notify::templates;
use crate::ops::billing::{self, Report};
use crate::ops::changes::{self, NoticeDoc};
use crate::store::{changes as change_store, incidents, runs};

/// What composing needs besides the database.
pub struct Composer<'a> {
    pub zone: Tz,
    pub config: &'a Config,
    pub templates: Option<&'a Path>,
}

/// The record a duty is about, loaded. One lives for one composition, so the
/// size difference between variants does not matter.
#[allow(clippy::large_enum_variant)]
enum Record {
    Incident(Incident),
    Change(crate::domain::change::Change),
    Run(crate::domain::billing::Run),
}

impl Record {
    fn load(conn: &Connection, duty: &Duty) -> Result<Record> {
        let (kind, id) = (duty.record_kind.as_str(), duty.record_id);
        let missing = || not_found(format!("duty {} is about {kind} {id}, which does not exist", duty.id));
        Ok(match kind {
            "incident" => Record::Incident(incidents::get(conn, id)?.ok_or_else(missing)?),
            "change" => Record::Change(change_store::get(conn, id)?.ok_or_else(missing)?),
            "run" => Record::Run(runs::get(conn, id)?.ok_or_else(missing)?),
            _ => return Err(missing()),
        })
    }

    fn subject(&self) -> Subject<'_> {
        match self {
            Record::Incident(i) => Subject::Incident(i),
            Record::Change(c) => Subject::Change(c),
            Record::Run(r) => Subject::Run(r),
        }
    }
}

/// The drafts of `duty`'s message, one per medium it goes by (none for work the desk does
/// itself). A panic while composing (a library meeting data it did not expect) fails this duty's
/// message only, with what happened.
pub fn drafts(conn: &Connection, c: &Composer, duty: &Duty, now: DateTime<Utc>) -> Result<Vec<Draft>> {
    crate::notify::guard::contain(|| drafts_of(conn, c, duty, now))
        .unwrap_or_else(|panic| Err(anyhow::anyhow!("opsdesk could not write this message: {panic}")))
}

/// The template a duty's message is written from (`report`, `c7`, …), without language.
fn template_stem(kind: DutyKind) -> &'static str {
    match kind {
        DutyKind::Broadcast => "broadcast",
        DutyKind::RecoveryNotice => "recovery",
        DutyKind::ExplanationNotice => "explanation",
        DutyKind::C5Maintenance | DutyKind::C5FrontLine => "c5",
        DutyKind::C6Request => "c6",
        DutyKind::C7Notice => "c7",
        DutyKind::C8Result => "c8",
        DutyKind::C9Summary | DutyKind::C9Confirmation => "c9",
        DutyKind::B5Report => "b5",
        DutyKind::B6Anomaly => "b6",
        _ => "report",
    }
}

fn drafts_of(conn: &Connection, c: &Composer, duty: &Duty, now: DateTime<Utc>) -> Result<Vec<Draft>> {
    let media = duty.kind.media();
    if media.is_empty() {
        return Ok(Vec::new());
    }
    let record = Record::load(conn, duty)?;
    let lang = c.config.notify.language.code();
    let markdown = markdown(conn, c, duty, &record, lang, now)?;
    let template = format!("{}.{lang}.md", template_stem(duty.kind));
    templates::too_long(&markdown, &templates::source(&template, c.templates))?;
    let subject = markdown
        .lines()
        .find_map(|l| l.strip_prefix("# "))
        .map(|s| crate::text::normalize(&s.replace("**", "")))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| duty.kind.describe().to_string());
    // Titles and notes come from outside (a monitoring hook, a caller): no control character of
    // theirs reaches a phone, a mail reader or a gateway's environment.
    let subject = crate::text::sanitize_line(&subject);
    let plain = crate::text::sanitize_block(&templates::to_plain(&markdown));
    let mut out = Vec::new();
    for medium in media {
        let (to, cc) = addressing(conn, duty.kind, record.subject(), *medium)?;
        let body = match medium {
            Medium::Email => plain.clone(),
            Medium::Sms => sms_text(&subject, &plain, lang, c.config.notify.sms_max_chars as usize),
        };
        out.push(Draft {
            medium: *medium,
            to,
            cc,
            subject: subject.clone(),
            body,
            lang: lang.to_string(),
        });
    }
    Ok(out)
}

/// To and Cc for one medium. E-mail follows the rule's To and Cc; an SMS goes to the To people
/// by phone (I8: the departments by SMS, the IT department's people copied by e-mail), except
/// B5's, which goes to the department manager and supervisors.
fn addressing(
    conn: &Connection,
    kind: DutyKind,
    subject: Subject,
    medium: Medium,
) -> Result<(Vec<Address>, Vec<Address>)> {
    let r = recipients::resolve(conn, kind.audience(), subject)?;
    let pick = |people: &[Person], medium: Medium| -> Vec<Address> {
        let mut out: Vec<Address> = Vec::new();
        for p in people {
            let addr = match medium {
                Medium::Email => p.email.trim(),
                Medium::Sms => p.phone.trim(),
            };
            if !addr.is_empty() && !out.iter().any(|a| a.addr == addr) {
                out.push(Address {
                    name: p.name.clone(),
                    dept: p.dept.clone(),
                    addr: addr.to_string(),
                });
            }
        }
        out
    };
    Ok(match medium {
        Medium::Email => {
            let to = pick(&r.to, Medium::Email);
            let cc = pick(&r.cc, Medium::Email)
                .into_iter()
                .filter(|a| !to.iter().any(|t| t.addr == a.addr))
                .collect();
            (to, cc)
        }
        Medium::Sms if kind.audience() == Audience::DeskReport => {
            let heads = recipients::resolve(conn, Audience::SupervisorsAndManager, subject)?;
            (pick(&heads.to, Medium::Sms), Vec::new())
        }
        Medium::Sms => (pick(&r.to, Medium::Sms), Vec::new()),
    })
}

/// An SMS: the subject, then the text on one line, cut to `max` characters. A wrapped
/// paragraph is joined back into one sentence; paragraphs and list items are separated by
/// "；" unless the one before already ends a sentence.
fn sms_text(subject: &str, plain: &str, lang: &str, max: usize) -> String {
    let zh = lang == "zh-CN";
    let mut items: Vec<String> = Vec::new();
    let mut open = false; // the last item is a paragraph that the next line continues
    for line in plain.lines().map(str::trim) {
        // The title and its underline are the subject already.
        if items.is_empty() && (line == subject || (!line.is_empty() && line.chars().all(|c| c == '=' || c == '-'))) {
            continue;
        }
        if line.is_empty() {
            open = false;
        } else if let Some(item) = line.strip_prefix("- ") {
            items.push(item.to_string());
            open = false;
        } else if open {
            let last = items.last_mut().expect("an open paragraph");
            if !zh {
                last.push(' ');
            }
            last.push_str(line);
        } else {
            items.push(line.to_string());
            open = true;
        }
    }
    let (sep, colon) = if zh { ("；", "：") } else { ("; ", ": ") };
    let mut text = format!("{subject}{colon}");
    for (i, item) in items.iter().enumerate() {
        let ended = i == 0 || items[i - 1].ends_with(['。', '.', '：', ':', '！', '!']);
        if !ended {
            text.push_str(sep);
        } else if i > 0 && !zh {
            text.push(' ');
        }
        text.push_str(item);
    }
    if text.chars().count() <= max {
        return text;
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

fn markdown(
    conn: &Connection,
    c: &Composer,
    duty: &Duty,
    record: &Record,
    lang: &str,
    now: DateTime<Utc>,
) -> Result<String> {
    match record {
        Record::Incident(inc) => {
            let file = format!("{}.{lang}.md", template_stem(duty.kind));
            let v = incident_values(conn, c, duty.kind, inc, lang, now);
            Ok(templates::render(&templates::load(&file, c.templates)?, &v))
        }
        Record::Change(ch) => {
            let doc = NoticeDoc::of_duty(duty.kind)
                .ok_or_else(|| not_found(format!("duty {} of a change sends no notice", duty.id)))?;
            let r = changes::notice_in(conn, c.zone, ch, doc, duty.kind.audience(), lang, c.templates, now)?;
            Ok(r.body)
        }
        Record::Run(run) => match duty.kind {
            DutyKind::B6Anomaly => billing::anomaly_report_in(conn, c.zone, run.id, duty.id, lang, c.templates, now),
            _ => Ok(billing::report_in(conn, c.zone, run.id, Report::Deadline, lang, None, c.templates, now)?.markdown),
        },
    }
}

/// A span in words: `35 分钟`, `1 小时 5 分钟`; `35 min`, `1 h 5 min`.
fn span(d: Duration, zh: bool) -> String {
    let m = d.num_minutes().max(0);
    match (m / 60, m % 60, zh) {
        (0, m, true) => format!("{m} 分钟"),
        (h, m, true) => format!("{h} 小时 {m} 分钟"),
        (0, m, false) => format!("{m} min"),
        (h, m, false) => format!("{h} h {m} min"),
    }
}

fn category_word(c: Category, zh: bool) -> &'static str {
    match (c, zh) {
        (Category::Os, true) => "操作系统",
        (Category::Network, true) => "网络",
        (Category::Application, true) => "应用系统",
        (Category::Database, true) => "数据库",
        (Category::Other, true) => "其他",
        (Category::Os, false) => "operating system",
        (c, false) => c.as_str(),
    }
}

fn status_word(s: Status, zh: bool) -> &'static str {
    match (s, zh) {
        (Status::Reported, true) => "已报告，待受理",
        (Status::Accepted, true) => "已受理",
        (Status::Diagnosing, true) => "诊断中",
        (Status::Restored, true) => "业务已恢复",
        (Status::Resolved, true) => "已解决",
        (Status::Verified, true) => "已回访确认",
        (Status::Closed, true) => "已关闭",
        (s, false) => s.as_str(),
    }
}

/// The step a report is for, and the rule's words, with the desk's own numbers.
fn step_words(kind: DutyKind, config: &Config, zh: bool) -> (String, String) {
    let e = &config.escalation;
    let r = &config.recurrence;
    let (minutes, whom_zh, whom_en) = match kind {
        DutyKind::ReportManager => (e.manager_minutes, "部门经理", "the department manager"),
        DutyKind::ReportLeader => (e.leader_minutes, "分管领导", "the leader in charge"),
        _ => (e.supervisor_minutes, "主管", "the supervisor"),
    };
    if kind == DutyKind::ReportRecurrence {
        return if zh {
            (
                "报主管".into(),
                format!(
                    "{} 分钟内修复的同类故障 {} 天内第 {} 次发生",
                    r.quick_fix_minutes, r.window_days, r.count
                ),
            )
        } else {
            (
                "to the supervisor".into(),
                format!(
                    "a fault fixed within {} minutes happened for time {} in {} days",
                    r.quick_fix_minutes, r.count, r.window_days
                ),
            )
        };
    }
    if zh {
        (format!("报{whom_zh}"), format!("超过 {minutes} 分钟未恢复报{whom_zh}"))
    } else {
        (
            format!("to {whom_en}"),
            format!("not restored in {minutes} minutes: report to {whom_en}"),
        )
    }
}

fn incident_values(
    conn: &Connection,
    c: &Composer,
    kind: DutyKind,
    inc: &Incident,
    lang: &str,
    now: DateTime<Utc>,
) -> BTreeMap<&'static str, String> {
    let zh = lang == "zh-CN";
    let none = if zh { "无" } else { "none" };
    let or_none = |s: &str| {
        if s.trim().is_empty() {
            none.to_string()
        } else {
            s.to_string()
        }
    };
    let t = |t: Option<DateTime<Utc>>| t.map(|t| local_minute(t, c.zone)).unwrap_or_else(|| none.to_string());
    let (step, rule) = step_words(kind, c.config, zh);
    let mut reporter = inc.reporter.clone();
    for extra in [&inc.dept, &inc.contact] {
        if !extra.is_empty() {
            reporter.push(' ');
            reporter.push_str(extra);
        }
    }
    let owner = match &inc.owner {
        Some(l) => crate::ops::label_login(conn, l),
        None if zh => "尚未受理".into(),
        None => "not accepted yet".into(),
    };
    let until = inc.restored_at.unwrap_or(now);
    let mut v = BTreeMap::new();
    // One-line values stay one line whatever was stored (a line break in a reporter's name
    // would start a new line of the notice, or a new header of an e-mail).
    let line = |s: &str| crate::text::sanitize_line(s);
    let reporter = line(&reporter);
    let owner = line(&owner);
    v.insert("id", inc.id.to_string());
    v.insert("title", line(&inc.title));
    v.insert("service", line(&inc.service));
    v.insert("category", category_word(inc.category, zh).to_string());
    v.insert("severity", inc.severity.as_str().to_string());
    v.insert("status", status_word(inc.status, zh).to_string());
    v.insert("owner", owner);
    v.insert("reporter", or_none(&reporter));
    v.insert("description", or_none(&inc.description));
    v.insert("cause", or_none(&inc.cause));
    v.insert("received", local_minute(inc.clock_start, c.zone));
    v.insert("started", local_minute(inc.started_at, c.zone));
    v.insert("restored", t(inc.restored_at));
    v.insert("resolved", t(inc.resolved_at));
    v.insert("elapsed", span(until - inc.clock_start, zh));
    let progress = match (inc.restored_at, zh) {
        (None, true) => format!("至今 {} 仍未恢复", span(until - inc.clock_start, zh)),
        (None, false) => format!("still not restored after {}", span(until - inc.clock_start, zh)),
        (Some(r), true) => format!(
            "已于 {} 恢复，历时 {}",
            local_minute(r, c.zone),
            span(until - inc.clock_start, zh)
        ),
        (Some(r), false) => format!(
            "restored at {} after {}",
            local_minute(r, c.zone),
            span(until - inc.clock_start, zh)
        ),
    };
    v.insert("progress", progress);
    v.insert("step", step);
    v.insert("rule", rule);
    v.insert("date", local_minute(now, c.zone));
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn n_an_sms_is_the_subject_then_the_text_on_one_line_cut_to_size() {
        let plain = "故障报告：计费超时\n==========\n\n故障 #3 于 10:00 受理。\n\n- 业务系统：billing\n";
        assert_eq!(
            sms_text("故障报告：计费超时", plain, "zh-CN", 300),
            "故障报告：计费超时：故障 #3 于 10:00 受理。业务系统：billing"
        );
        // A wrapped paragraph stays one sentence; list items are separated.
        let wrapped = "各业务部门：\n\n计费系统故障，正在处理，\n恢复后另行通知。\n\n- 现象：超时\n- 状态：诊断中\n";
        assert_eq!(
            sms_text("故障通报", wrapped, "zh-CN", 300),
            "故障通报：各业务部门：计费系统故障，正在处理，恢复后另行通知。现象：超时；状态：诊断中"
        );
        let en = "To all departments:\n\nBilling is down, we are\nworking on it.\n\n- Status: diagnosing\n";
        assert_eq!(
            sms_text("Outage", en, "en", 300),
            "Outage: To all departments: Billing is down, we are working on it. Status: diagnosing"
        );
        let cut = sms_text("故障报告：计费超时", plain, "zh-CN", 12);
        assert_eq!(cut.chars().count(), 12);
        assert!(cut.ends_with('…'));
    }

    #[test]
    fn i6_report_words_carry_the_desk_numbers() {
        let config = Config::defaults();
        let (step, rule) = step_words(DutyKind::ReportManager, &config, true);
        assert_eq!(
            (step.as_str(), rule.as_str()),
            ("报部门经理", "超过 15 分钟未恢复报部门经理")
        );
        let (_, rule) = step_words(DutyKind::ReportRecurrence, &config, false);
        assert!(
            rule.contains("fixed within 5 minutes") && rule.contains("time 3 in 7 days"),
            "{rule}"
        );
    }

    #[test]
    fn spans_read_as_words() {
        let cases = [
            (31, true, "31 分钟"),
            (65, true, "1 小时 5 分钟"),
            (65, false, "1 h 5 min"),
        ];
        for (m, zh, want) in cases {
            assert_eq!(span(Duration::minutes(m), zh), want);
        }
    }
}
