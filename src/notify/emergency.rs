//! What the emergency templates are given (E1, E2): the response's data for the leadership
//! notice, the progress reports, the all-clear and the review document; the drill's for its
//! evaluation report. Built the same way for a message and for `opsdesk config check`'s samples.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::domain::emergency::{
    Declaration, Drill, Held, Measure, NewDrill, NewPlan, Plan, Response, Review, StandDown,
};
use crate::domain::incident::Incident;
use crate::domain::message::Message;
use crate::domain::role::{Actor, Role};
use crate::domain::time::local_minute;
use crate::store::audit::HistoryRow;

/// One line of a timeline: when, who, what.
#[derive(Clone, Debug, Serialize)]
pub struct Line {
    pub at: String,
    pub who: String,
    pub what: String,
}

/// A message of the response: when it went (or was written), how, to how many, what.
#[derive(Clone, Debug, Serialize)]
pub struct Sent {
    pub at: String,
    pub medium: &'static str,
    pub to: usize,
    pub subject: String,
    pub state: &'static str,
}

/// `e2_notice`, `e2_progress`, `e2_all_clear`, `e2_review`.
#[derive(Clone, Debug, Serialize)]
pub struct ResponseContext {
    pub response: i64,
    pub incident: i64,
    pub title: String,
    pub service: String,
    pub severity: &'static str,
    /// The incident's status word (`diagnosing`, `restored` …).
    pub status: &'static str,
    pub plan: String,
    pub revision: i64,
    pub reason: String,
    pub declared_at: String,
    pub declared_by: String,
    /// Declared by the config's rule rather than a person.
    pub auto: bool,
    /// The progress-report interval, in minutes.
    pub every: i64,
    /// `王芳 (组长)`, each person of the leadership group.
    pub group: Vec<String>,
    pub steps: Vec<String>,
    /// The progress report's number (0 for the other messages).
    pub report_no: i64,
    /// Minutes since the declaration (until the stand-down, once stood down).
    pub elapsed_minutes: i64,
    /// The incident's latest steps and notes, newest last (at most 5 rows).
    pub latest: Vec<Line>,
    /// The operator's words for the report, and when they were given ("" if none).
    pub words: String,
    pub words_at: String,
    /// The next progress report's moment ("" once stood down).
    pub next_report_at: String,
    pub stood_down_at: String,
    pub stood_down_by: String,
    pub stand_down_note: String,
    pub review_due: String,
    pub causes: String,
    pub missed: String,
    pub measures: Vec<Measure>,
    pub reviewed_by: String,
    /// The incident's history and the response's, in order.
    pub timeline: Vec<Line>,
    /// The messages the response sent (or holds).
    pub messages: Vec<Sent>,
    pub date: String,
}

fn line(h: &HistoryRow, zone: Tz, label: &dyn Fn(&str) -> String) -> Line {
    let what = if h.detail.is_empty() {
        h.action.clone()
    } else {
        format!("{}: {}", h.action, h.detail)
    };
    Line {
        at: local_minute(h.at, zone),
        who: crate::text::sanitize_line(&label(&h.actor)),
        what: crate::text::sanitize_line(&what),
    }
}

/// The context of a response's message. `timeline` is the incident's history and the
/// response's in order; `report_no` the progress report's number.
#[allow(clippy::too_many_arguments)]
pub fn response(
    r: &Response,
    inc: &Incident,
    timeline: &[HistoryRow],
    messages: &[Message],
    report_no: i64,
    label: &dyn Fn(&str) -> String,
    zone: Tz,
    now: DateTime<Utc>,
) -> ResponseContext {
    let at = |t: Option<DateTime<Utc>>| t.map(|t| local_minute(t, zone)).unwrap_or_default();
    let one = crate::text::sanitize_line;
    // The incident's own steps and notes; its duties' and messages' rows are the desk's
    // bookkeeping, not news for the leadership group.
    let of_incident: Vec<&HistoryRow> = timeline
        .iter()
        .filter(|h| h.record_kind == crate::domain::kind::Kind::Incident)
        .collect();
    let latest = of_incident[of_incident.len().saturating_sub(5)..]
        .iter()
        .map(|h| line(h, zone, label))
        .collect();
    let until = r.stood_down_at.unwrap_or(now);
    let mut sent: Vec<&Message> = messages.iter().collect();
    sent.sort_by_key(|m| (m.sent_at.unwrap_or(m.created_at), m.id));
    ResponseContext {
        response: r.id,
        incident: inc.id,
        title: one(&inc.title),
        service: one(&inc.service),
        severity: inc.severity.as_str(),
        status: inc.status.as_str(),
        plan: one(&r.plan_name),
        revision: r.plan_revision,
        reason: r.reason.clone(),
        declared_at: local_minute(r.declared_at, zone),
        declared_by: one(&label(&r.declared_by)),
        auto: r.auto,
        every: r.report_every_minutes,
        group: r
            .group
            .iter()
            .map(|m| one(&format!("{} ({})", m.name, m.role)))
            .collect(),
        steps: Vec::new(),
        report_no,
        elapsed_minutes: (until - r.declared_at).num_minutes().max(0),
        latest,
        words: r.words.clone(),
        words_at: at(r.words_at),
        next_report_at: at(r.next_report_at(now)),
        stood_down_at: at(r.stood_down_at),
        stood_down_by: r.stood_down_by.as_deref().map(|l| one(&label(l))).unwrap_or_default(),
        stand_down_note: r.stand_down_note.clone(),
        review_due: at(r.review_due),
        causes: r.causes.clone(),
        missed: r.missed.clone(),
        measures: r.measures.clone(),
        reviewed_by: r.reviewed_by.as_deref().map(|l| one(&label(l))).unwrap_or_default(),
        timeline: timeline.iter().map(|h| line(h, zone, label)).collect(),
        messages: sent
            .into_iter()
            .map(|m| Sent {
                at: local_minute(m.sent_at.unwrap_or(m.created_at), zone),
                medium: m.medium.as_str(),
                to: m.to.len() + m.cc.len(),
                subject: one(&m.subject),
                state: m.state.as_str(),
            })
            .collect(),
        date: now.with_timezone(&zone).format("%Y-%m-%d").to_string(),
    }
}

/// `e1_drill`: the drill's evaluation report.
#[derive(Clone, Debug, Serialize)]
pub struct DrillContext {
    pub drill: i64,
    pub plan: String,
    pub revision: i64,
    pub scenario: String,
    pub scheduled_at: String,
    pub held_at: String,
    pub ended_at: String,
    pub minutes: i64,
    pub participants: Vec<String>,
    pub simulated: String,
    pub timings: Vec<String>,
    pub worked: String,
    pub failed: String,
    pub measures: Vec<String>,
    pub evaluated_by: String,
    pub date: String,
}

pub fn drill(d: &Drill, label: &dyn Fn(&str) -> String, zone: Tz, now: DateTime<Utc>) -> DrillContext {
    let at = |t: Option<DateTime<Utc>>| t.map(|t| local_minute(t, zone)).unwrap_or_default();
    let one = crate::text::sanitize_line;
    DrillContext {
        drill: d.id,
        plan: one(&d.plan_name),
        revision: d.plan_revision,
        scenario: d.scenario.clone(),
        scheduled_at: local_minute(d.scheduled_at, zone),
        held_at: at(d.held_at),
        ended_at: at(d.ended_at),
        minutes: match (d.held_at, d.ended_at) {
            (Some(a), Some(b)) => (b - a).num_minutes(),
            _ => 0,
        },
        participants: d.participants.iter().map(|p| one(p)).collect(),
        simulated: d.simulated.clone(),
        timings: d.timings.iter().map(|p| one(p)).collect(),
        worked: d.worked.clone(),
        failed: d.failed.clone(),
        measures: d.measures.clone(),
        evaluated_by: d.evaluated_by.as_deref().map(|l| one(&label(l))).unwrap_or_default(),
        date: now.with_timezone(&zone).format("%Y-%m-%d").to_string(),
    }
}

/// `config check`'s samples: a response just declared, and one stood down and reviewed; a drill
/// just scheduled and one evaluated.
pub(crate) fn samples(inc: &Incident, now: DateTime<Utc>) -> anyhow::Result<([ResponseContext; 2], [DrillContext; 2])> {
    let zone = chrono_tz::Asia::Shanghai;
    let sup = Actor {
        login: "zhangwei".into(),
        name: "张伟".into(),
        role: Role::Manager,
    };
    let member = |login: &str, name: &str, role: &str| crate::domain::emergency::Member {
        login: login.into(),
        name: name.into(),
        role: role.into(),
    };
    let new = NewPlan {
        name: Some("计费系统全省中断应急预案".into()),
        services: Some(vec![inc.service.clone()]),
        group: Some(vec![
            member("liuyang", "刘洋", "组长"),
            member("wangfang", "王芳", "副组长"),
        ]),
        steps: Some(vec!["切换备库".into()]),
        ..NewPlan::default()
    };
    let rules = crate::domain::emergency::Rules::default();
    let mut plan = Plan::draft(&new, &rules, &sup, now)?.approve(&sup, now)?;
    plan.id = 1;
    let declared = now - Duration::minutes(50);
    let d = Declaration {
        reason: "全省计费中断".into(),
        at: Some(declared.max(inc.received_at)),
        auto: false,
    };
    let mut fresh = Response::declare(inc, &plan, &d, &sup, now)?;
    fresh.id = 1;
    let said = fresh.say("备库已切换，正在核对话单", &sup, now)?;
    let cal = crate::domain::calendar::Calendar::new(
        zone,
        chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default(),
        chrono::NaiveTime::from_hms_opt(18, 0, 0).unwrap_or_default(),
        &[],
    );
    let down = said.stand_down(
        &StandDown {
            note: "计费恢复".into(),
            at: None,
        },
        &cal,
        &sup,
        now,
    )?;
    let rv = Review {
        causes: "主库存储控制器故障".into(),
        missed: "未写短信网关故障时的通报方式".into(),
        measures: vec![Measure {
            what: "存储控制器冗余".into(),
            owner: "张伟".into(),
            problem: None,
            corrective: None,
        }],
    };
    let full = down.review(&rv, &sup, now)?;
    let label = |l: &str| l.to_string();
    let row = HistoryRow {
        id: 1,
        record_kind: crate::domain::kind::Kind::Incident,
        record_id: inc.id,
        subject_kind: crate::domain::kind::Kind::Incident,
        subject_id: inc.id,
        at: inc.received_at,
        actor: "lilei".into(),
        action: "create".into(),
        version: Some(1),
        changes: Vec::new(),
        detail: "计费系统批价超时".into(),
    };
    let responses = [
        response(&fresh, inc, &[], &[], 1, &label, zone, now),
        response(&full, inc, &[row], &[], 2, &label, zone, now),
    ];
    let at = now - Duration::days(2);
    let mut drill_fresh = Drill::schedule(
        &plan,
        &NewDrill {
            scenario: "计费主库宕机".into(),
            at,
        },
        &sup,
        at,
    )?;
    drill_fresh.id = 1;
    let held = Held {
        at: Some(at),
        ended_at: Some(at + Duration::minutes(70)),
        participants: vec!["张伟".into(), "李雷".into()],
        simulated: String::new(),
        timings: vec!["切换完成 38 分钟".into()],
    };
    let evaluated = drill_fresh.hold(&held, &sup, now)?.evaluate(
        "切换顺利",
        "短信通报晚了",
        &["短信网关加备用通道".into()],
        &sup,
        now,
    )?;
    let drills = [
        drill(&drill_fresh, &label, zone, now),
        drill(&evaluated, &label, zone, now),
    ];
    Ok((responses, drills))
}
