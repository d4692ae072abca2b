//! `opsdesk config check` renders every template of the desk: each built-in name (the desk's
//! file where it has one) with sample records built here and turned into the template's context
//! by the same code a real message uses, so a variable a template names that no message has is
//! found before a message needs it. Each family is rendered twice: a record just opened, and one
//! with everything filled in, so both sides of most conditionals run.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{DateTime, Duration, Utc};

use super::context;
use super::recipients::Person;
use super::templates;
use crate::config::Config;
use crate::domain::billing::{
    Anomaly, BillingPolicy, Check, CheckResult, Effect, RoundEnd, Run, RunKind, RunState, Verdict,
};
use crate::domain::calendar::Calendar;
use crate::domain::change::{Change, NewChange, Outcome};
use crate::domain::duty::DutyKind;
use crate::domain::incident::{Category, Channel, Incident, NewIncident, Status};
use crate::domain::request::{Classification, FormChannel, NewRequest, Request, RequestKind, Rules};
use crate::domain::role::{Actor, Role};

/// Every problem with the templates of the desk (`dir`: its `templates/`), one line each: a
/// template that cannot be read or rendered, with its file and line.
pub fn check(config: &Config, dir: Option<&Path>, now: DateTime<Utc>) -> Vec<String> {
    let mut problems: Vec<String> = dir.map(templates::check_dir).unwrap_or_default();
    let samples = match (Samples::fresh(config, now), Samples::full(config, now)) {
        (Ok(fresh), Ok(full)) => [fresh, full],
        (Err(e), _) | (_, Err(e)) => return vec![format!("opsdesk could not make its sample records: {e:#}")],
    };
    for name in templates::built_in_names() {
        for s in &samples {
            let rendered = render(name, s, config, dir, now)
                .and_then(|text| templates::too_long(&text, &templates::source(name, dir)));
            if let Err(e) = rendered {
                problems.push(format!("{e:#}"));
            }
        }
    }
    // A file too big is named by both checks, and an error both samples meet twice.
    problems.sort();
    problems.dedup();
    problems
}

/// Template `name` rendered with sample `s`.
fn render(name: &str, s: &Samples, config: &Config, dir: Option<&Path>, now: DateTime<Utc>) -> anyhow::Result<String> {
    let zone = config.desk.zone;
    let label = |l: &str| format!("{l} ({l})");
    let stem = name.split('.').next().unwrap_or(name);
    match stem {
        "report" | "broadcast" | "recovery" | "explanation" => {
            let owner = s.incident.owner.as_deref().map(label);
            let values = context::incident(&s.incident, owner, s.step, config, zone, now);
            templates::render(name, dir, &values)
        }
        "c5" | "c6" | "c7" | "c8" | "c9" => {
            let values = context::notice(&s.change, &s.people, &s.people, stem == "c8", &label, zone, now);
            templates::render(name, dir, &values)
        }
        "b4" | "b5" => {
            let ends: Vec<&RoundEnd> = s.ends.iter().collect();
            let (run, checks, anomalies) = (&s.run, &s.checks, &s.anomalies);
            let values = context::report(run, run.attempt, checks, anomalies, &ends, &label, zone, now);
            templates::render(name, dir, &values)
        }
        "r7_receipt" | "r7_warning" => {
            let rules = Rules::from_config(config);
            let owner = s.request.owner.as_deref().map(label);
            let values = context::request(&s.request, "市场经营部", owner, &rules, now);
            templates::render(name, dir, &values)
        }
        "r9_reply" => {
            let rules = crate::domain::support::SupportRules::from_config(config);
            let values = context::support(&s.support, "政企客户部", &rules, now);
            templates::render(name, dir, &values)
        }
        "q6_corrective" => {
            let notices = super::quality::samples(zone, now)?;
            templates::render(name, dir, &notices[0])?;
            templates::render(name, dir, &notices[1])
        }
        "b6" => {
            let values = context::anomaly(&s.run, &s.anomaly, &s.checks, &label, zone, s.b6_now);
            templates::render(name, dir, &values)
        }
        // E1, E2: a response just declared and one reviewed; a drill scheduled and one evaluated.
        "e2_notice" | "e2_progress" | "e2_all_clear" | "e2_review" | "e1_drill" => {
            let (responses, drills) = super::emergency::samples(&s.incident, now)?;
            if stem == "e1_drill" {
                templates::render(name, dir, &drills[0])?;
                templates::render(name, dir, &drills[1])
            } else {
                templates::render(name, dir, &responses[0])?;
                templates::render(name, dir, &responses[1])
            }
        }
        "q1_report" => super::work_report::sample(name, dir, config, now),
        // The shared words: macros only, which the others use.
        "words" => templates::render(name, dir, &BTreeMap::<String, String>::new()),
        _ => anyhow::bail!("opsdesk has no sample for the template {name}"),
    }
}

/// One record of each kind, with what a template is given about it.
pub(crate) struct Samples {
    pub incident: Incident,
    /// The duty the incident's report is for.
    pub step: DutyKind,
    pub change: Change,
    pub people: Vec<Person>,
    pub run: Run,
    pub checks: Vec<Check>,
    /// The anomalies of the attempt reported on, and the one a B6 report is about.
    pub anomalies: Vec<Anomaly>,
    pub anomaly: Anomaly,
    pub ends: Vec<RoundEnd>,
    /// When the anomaly report is written: before the deadline, or after it.
    pub b6_now: DateTime<Utc>,
    /// A service request: just received (no owner, no form number), or a classified extraction
    /// accepted and past its deadline.
    pub request: Request,
    /// A contact form: just received, or accepted with its plan and project number.
    pub support: crate::domain::support::SupportForm,
}

fn actor(login: &str, name: &str) -> Actor {
    Actor {
        login: login.into(),
        name: name.into(),
        role: Role::Supervisor,
    }
}

impl Samples {
    /// Records just opened: nobody owns the incident, the change has no window yet, the run's
    /// checklist is untouched.
    pub(crate) fn fresh(config: &Config, now: DateTime<Utc>) -> anyhow::Result<Samples> {
        let duty = actor("duty", "值班员");
        let new = NewIncident {
            title: "计费系统批价超时".into(),
            service: "billing".into(),
            category: Some(Category::Application),
            channel: Some(Channel::Monitoring),
            received_at: Some(now - Duration::minutes(16)),
            ..NewIncident::default()
        };
        let mut incident = Incident::open(&new, &duty, now)?;
        incident.id = 1;
        let cal = Calendar::from_config(config);
        let new = NewChange {
            title: "计费系统版本升级".into(),
            systems: vec!["billing".into(), "crm".into()],
            planned_month: crate::domain::billing::period_of(now, config.desk.zone),
            ..NewChange::default()
        };
        let change = Change::open(&new, &duty, &cal, now)?;
        let policy = BillingPolicy::from_config(config);
        let period = crate::domain::billing::period_of(now - Duration::days(31), config.desk.zone);
        let run = Run::open(RunKind::Billing, &period, "duty", &duty, &policy, config.desk.zone, now)?;
        let checks = Check::list_for(&run, &config.billing.checklist);
        let anomaly = Anomaly::new(&run, &duty, "3 个话单文件未到", Effect::Deadline, now)?;
        let new = NewRequest {
            kind: Some(RequestKind::Requirement),
            title: "营业厅新增缴费方式".into(),
            dept: "marketing".into(),
            requester: "孙丽".into(),
            contact: "sunli@example.com".into(),
            channel: Some(FormChannel::Email),
            received_at: Some(now - Duration::hours(1)),
            ..NewRequest::default()
        };
        let mut request = Request::open(&new, &duty, &Rules::from_config(config), now)?;
        request.id = 1;
        let chain = &config.support.approvals;
        let new = crate::domain::support::NewForm {
            project_name: "智慧园区综合信息化".into(),
            client: "高新区管委会".into(),
            types: vec![crate::domain::support::ProjectType::Full],
            support: "出具完整方案".into(),
            needs: "需要胶片方案".into(),
            initiator: "周经理".into(),
            dept: "enterprise".into(),
            channel: Some(FormChannel::Email),
            received_at: Some(now - Duration::minutes(10)),
            approvals: chain
                .iter()
                .map(|role| crate::domain::request::Approval {
                    role: role.clone(),
                    by: "许经理".into(),
                    at: now - Duration::hours(1),
                })
                .collect(),
            ..Default::default()
        };
        let rules = crate::domain::support::SupportRules::from_config(config);
        let mut support = crate::domain::support::SupportForm::open(&new, &duty, &rules, now)?;
        support.id = 1;
        Ok(Samples {
            incident,
            step: DutyKind::ReportSupervisor,
            change,
            people: Vec::new(),
            run,
            checks,
            anomalies: Vec::new(),
            anomaly,
            ends: Vec::new(),
            b6_now: now,
            request,
            support,
        })
    }

    /// Records with everything filled in: restored and explained, a change that ended (and
    /// failed, late, with gates overridden), a run published after a dispute and a rollback,
    /// checks performed and reviewed, an anomaly reported after the deadline.
    pub(crate) fn full(config: &Config, now: DateTime<Utc>) -> anyhow::Result<Samples> {
        let mut s = Samples::fresh(config, now)?;
        let i = &mut s.incident;
        i.status = Status::Resolved;
        i.owner = Some("lilei".into());
        i.reporter = "孙丽".into();
        i.dept = "市场部".into();
        i.contact = "13900000013".into();
        i.description = "批价超时，话单积压".into();
        i.cause = "数据库锁等待；已重建索引".into();
        i.restored_at = Some(now - Duration::minutes(5));
        i.resolved_at = Some(now);
        s.step = DutyKind::ReportRecurrence;
        let c = &mut s.change;
        c.description = "升级批价引擎。".into();
        c.window_start = Some(now + Duration::days(10));
        c.window_end = Some(now + Duration::days(10) + Duration::hours(2));
        (c.scope, c.impact_duration) = ("全网用户".into(), "约 2 小时".into());
        (c.operator, c.it_contact) = ("李雷".into(), "张伟 13800000001".into());
        (c.notes, c.result_notes) = ("请一线部门提前告知用户".into(), "已恢复".into());
        c.override_gates = vec!["C4".into(), "C5".into()];
        (c.override_by, c.override_reason) = (Some("wangfang".into()), "安全漏洞修复".into());
        (c.outcome, c.outcome_note) = (Some(Outcome::Failed), "数据迁移失败".into());
        (c.on_time, c.delay_reason) = (Some(false), "回退用时较长".into());
        c.remaining_issues = "下周重新实施".into();
        c.confirmed_at = Some(now);
        (c.background, c.work_done) = ("原引擎性能不足".into(), "完成升级准备".into());
        (c.difficulty, c.significance) = ("涉及三套系统".into(), "批价提速一倍".into());
        s.people = vec![Person {
            name: "孙丽".into(),
            dept: "市场部".into(),
            phone: "13900000013".into(),
            email: "sunli@example.com".into(),
        }];
        let run = &mut s.run;
        run.attempt = 2;
        run.state = RunState::Published;
        (run.confirmed_by, run.published_at) = (Some("wangfang".into()), Some(now));
        for (n, c) in s.checks.iter_mut().enumerate() {
            c.attempt = 2;
            c.performed_by = Some("lilei".into());
            c.performed_at = Some(now - Duration::hours(3));
            c.result = Some(if n == 0 { CheckResult::Anomaly } else { CheckResult::Ok });
            c.figures = c.figure_names.iter().map(|f| (f.clone(), "9000".to_string())).collect();
            c.remark = "核对无误".into();
            c.reviewed_by = Some("wangfang".into());
            c.reviewed_at = Some(now - Duration::hours(2));
            c.verdict = Some(if n == 1 { Verdict::Rejected } else { Verdict::Ok });
            c.review_note = "重做".into();
        }
        s.anomaly.attempt = 2;
        s.anomaly.effect = Effect::Both;
        s.anomalies = vec![s.anomaly.clone()];
        s.ends = [(RunState::Disputed, "话单数量不符"), (RunState::RolledBack, "重新出账")]
            .into_iter()
            .map(|(how, reason)| RoundEnd {
                id: 1,
                run_id: run.id,
                attempt: 2,
                round: 1,
                how,
                at: now - Duration::hours(1),
                by: "wangfang".into(),
                reason: reason.into(),
            })
            .collect();
        s.b6_now = run.deadline + Duration::hours(5);
        let q = &mut s.request;
        (q.kind, q.form_no, q.owner) = (RequestKind::Extraction, "OA-2026-1120-007".into(), Some("lilei".into()));
        q.classification = Some(Classification::TopSecret);
        q.due_at = Some(now - Duration::hours(3));
        let f = &mut s.support;
        (f.project_no, f.form_no, f.accepted_at) = ("XM-2026-031".into(), "OA-2026-1120-009".into(), Some(now));
        f.types.push(crate::domain::support::ProjectType::Standard);
        f.plan = "11 月 25 日前交初稿".into();
        Ok(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_template_renders_with_its_samples() {
        let config = Config::defaults();
        assert_eq!(check(&config, None, Utc::now()), Vec::<String>::new());
    }

    #[test]
    fn c7_a_desk_template_with_an_unknown_variable_is_named_with_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("c7.zh-CN.md");
        std::fs::write(&file, "# 通知：{{ title }}\n\n主送：{{ recipients }}\n").unwrap();
        let problems = check(&Config::defaults(), Some(dir.path()), Utc::now());
        assert_eq!(problems.len(), 1, "{problems:?}");
        let p = &problems[0];
        assert!(
            p.contains(&file.display().to_string()) && p.contains("line 3") && p.contains("recipients"),
            "{p}"
        );
    }
}
