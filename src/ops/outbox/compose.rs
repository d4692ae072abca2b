//! What a duty's message says and to whom: the record rendered from its template in the
//! configured language, addressed per medium from the directory (U3).

use std::path::Path;

use anyhow::Result;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::config::Config;
use crate::domain::duty::{Audience, Duty, DutyKind};
use crate::domain::message::{Address, Draft, Medium};
use crate::notify::recipients::{self, Person, Subject};
use crate::notify::templates;
use crate::ops::kinds;
use crate::store::db::Db;

/// What composing needs besides the database.
pub struct Composer<'a> {
    pub zone: Tz,
    pub config: &'a Config,
    pub templates: Option<&'a Path>,
}

/// The drafts of `duty`'s message, one per medium it goes by (none for work the desk does
/// itself). A panic while composing (a library meeting data it did not expect) fails this duty's
/// message only, with what happened.
pub fn drafts(conn: &dyn Db, c: &Composer, duty: &Duty, now: DateTime<Utc>) -> Result<Vec<Draft>> {
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
        DutyKind::R7Receipt => "r7_receipt",
        DutyKind::R7Warning => "r7_warning",
        DutyKind::R9Reply => "r9_reply",
        DutyKind::Q6Notice => "q6_corrective",
        DutyKind::Q1Report => "q1_report",
        k => crate::ops::emergency::documents::template_stem(k).unwrap_or("report"),
    }
}

fn drafts_of(conn: &dyn Db, c: &Composer, duty: &Duty, now: DateTime<Utc>) -> Result<Vec<Draft>> {
    let media = duty.kind.media();
    if media.is_empty() {
        return Ok(Vec::new());
    }
    let record = kinds::DutySubject::load(conn, duty)?;
    let lang = c.config.notify.language.code();
    let file = format!("{}.{lang}.md", template_stem(duty.kind));
    let markdown = record.markdown(conn, (c.zone, c.config, c.templates), duty, &file, lang, now)?;
    templates::too_long(&markdown, &templates::source(&file, c.templates))?;
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
    // A requester is reached by the one contact they left (R7): the other medium is not a gap
    // in the directory, so no failed message stands for it.
    if matches!(duty.kind.audience(), Audience::Requester | Audience::Initiator) && out.iter().any(|d| !d.to.is_empty())
    {
        out.retain(|d| !d.to.is_empty() || !d.cc.is_empty());
    }
    Ok(out)
}

/// To and Cc for one medium. E-mail follows the rule's To and Cc; an SMS goes to the To people
/// by phone (I8: the departments by SMS, the IT department's people copied by e-mail), except
/// B5's, which goes to the department manager and supervisors.
fn addressing(conn: &dyn Db, kind: DutyKind, subject: Subject, medium: Medium) -> Result<(Vec<Address>, Vec<Address>)> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notify::context;

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
        let now = chrono::Utc::now();
        let report = |kind: DutyKind, lang: &str| {
            let samples = crate::notify::samples::Samples::fresh(&config, now).unwrap();
            let values = context::incident(&samples.incident, None, kind, &config, config.desk.zone, now);
            templates::render(&format!("report.{lang}.md"), None, &values).unwrap()
        };
        let zh = report(DutyKind::ReportManager, "zh-CN");
        assert!(
            zh.starts_with("# 故障报告（报部门经理）") && zh.contains("（超过 15 分钟未恢复报部门经理）"),
            "{zh}"
        );
        let rule = report(DutyKind::ReportRecurrence, "en");
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
            let m = std::collections::BTreeMap::from([("m", m)]);
            assert_eq!(templates::words(if zh { "zh-CN" } else { "en" }, "w.span(m)", &m), want);
        }
    }
}
