use chrono::{DateTime, Duration, TimeZone, Utc};

use super::*;
use crate::config::Config;
use crate::domain::calendar::Calendar;
use crate::domain::duty::DutyKind;
use crate::domain::incident::{Category, Channel, Incident, NewIncident, Status};
use crate::domain::role::Role;
use crate::error::{Code, OpsError};

fn rules() -> Rules {
    Rules::from_config(&Config::defaults())
}

pub(super) fn cal() -> Calendar {
    Calendar::from_config(&Config::defaults())
}

/// A Shanghai wall-clock time.
pub(super) fn sh(s: &str) -> DateTime<Utc> {
    let local = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
    chrono_tz::Asia::Shanghai
        .from_local_datetime(&local)
        .unwrap()
        .with_timezone(&Utc)
}

pub(super) fn who(role: Role) -> Actor {
    Actor {
        login: role.as_str().into(),
        name: role.as_str().into(),
        role,
    }
}

fn member(login: &str, role: &str) -> Member {
    Member {
        login: login.into(),
        name: login.into(),
        role: role.into(),
    }
}

fn new_plan() -> NewPlan {
    NewPlan {
        name: Some("计费系统全省中断应急预案".into()),
        services: Some(vec!["billing".into()]),
        scenarios: Some(vec!["计费主库宕机".into()]),
        group: Some(vec![
            member("wang", "组长"),
            member("zhao", "副组长"),
            member("li", "成员"),
        ]),
        steps: Some(vec!["切换备库".into(), "通报各业务部门".into()]),
        ..NewPlan::default()
    }
}

fn approved(now: DateTime<Utc>) -> Plan {
    let mut p = Plan::draft(&new_plan(), &rules(), &who(Role::Supervisor), now).unwrap();
    p.id = 4;
    p.approve(&who(Role::Manager), now).unwrap()
}

fn incident(received: DateTime<Utc>) -> Incident {
    let n = NewIncident {
        title: "计费全省中断".into(),
        service: "billing".into(),
        category: Some(Category::Database),
        channel: Some(Channel::Monitoring),
        received_at: Some(received),
        ..Default::default()
    };
    let mut i = Incident::open(&n, &who(Role::Operator), received).unwrap();
    i.id = 7;
    i
}

pub(super) fn code(e: OpsError) -> Option<Code> {
    e.refusal().map(|r| r.code)
}

#[test]
fn e1_a_plan_is_drafted_by_a_supervisor_approved_by_a_manager_revised_and_retired() {
    let now = sh("2026-11-20 10:00");
    let op = who(Role::Operator);
    let e = Plan::draft(&new_plan(), &rules(), &op, now).unwrap_err();
    assert!(matches!(e, OpsError::Coded(_)), "{e:?}");
    assert_eq!(e.exit_code(), 5, "an operator writes no plan");
    let p = Plan::draft(&new_plan(), &rules(), &who(Role::Supervisor), now).unwrap();
    assert_eq!(
        (p.status, p.revision, p.report_every_minutes, p.review_days),
        (PlanStatus::Draft, 1, 30, 3)
    );
    // A supervisor does not approve; a manager does.
    assert_eq!(p.approve(&who(Role::Supervisor), now).unwrap_err().exit_code(), 5);
    let a = p.approve(&who(Role::Manager), now).unwrap();
    assert_eq!(
        (a.status, a.approved_by.as_deref()),
        (PlanStatus::Approved, Some("manager"))
    );
    // Approved twice: refused with the plan's state.
    assert_eq!(
        code(a.approve(&who(Role::Manager), now).unwrap_err()),
        Some(Code::PlanWrongState)
    );
    // Revising an approved plan makes the next revision, awaiting approval.
    let change = NewPlan {
        steps: Some(vec!["切换备库".into(), "启用应急计费".into(), "通报".into()]),
        note: Some("加入应急计费".into()),
        ..NewPlan::default()
    };
    let r = a.revise(&change, &who(Role::Supervisor), now).unwrap();
    assert_eq!((r.status, r.revision, r.steps.len()), (PlanStatus::Revised, 2, 3));
    assert!(
        r.expect_in_force("declare").is_ok(),
        "a revision awaiting approval stays in force"
    );
    let ra = r.approve(&who(Role::Manager), now).unwrap();
    assert_eq!((ra.status, ra.revision), (PlanStatus::Approved, 2));
    let gone = ra.retire(&who(Role::Manager), now).unwrap();
    assert_eq!(gone.status, PlanStatus::Retired);
    assert_eq!(
        code(gone.expect_in_force("declare").unwrap_err()),
        Some(Code::PlanWrongState)
    );
    assert_eq!(
        code(gone.revise(&change, &who(Role::Manager), now).unwrap_err()),
        Some(Code::PlanWrongState)
    );
    assert!(p.expect_in_force("declare").is_err(), "a draft is not in force");
}

#[test]
fn e1_a_plan_needs_its_group_steps_and_coverage_and_sane_numbers() {
    let now = sh("2026-11-20 10:00");
    let sup = who(Role::Supervisor);
    let cases: Vec<(&str, NewPlan)> = vec![
        (
            "no name",
            NewPlan {
                name: Some(" ".into()),
                ..new_plan()
            },
        ),
        (
            "no group",
            NewPlan {
                group: Some(vec![]),
                ..new_plan()
            },
        ),
        (
            "no steps",
            NewPlan {
                steps: Some(vec![]),
                ..new_plan()
            },
        ),
        (
            "no coverage",
            NewPlan {
                services: Some(vec![]),
                scenarios: Some(vec![]),
                ..new_plan()
            },
        ),
        (
            "twice in the group",
            NewPlan {
                group: Some(vec![member("wang", "组长"), member("wang", "成员")]),
                ..new_plan()
            },
        ),
        (
            "interval too short",
            NewPlan {
                report_every_minutes: Some(2),
                ..new_plan()
            },
        ),
        (
            "review too far",
            NewPlan {
                review_days: Some(90),
                ..new_plan()
            },
        ),
    ];
    for (what, n) in cases {
        let e = Plan::draft(&n, &rules(), &sup, now).unwrap_err();
        assert_eq!(e.exit_code(), 2, "{what}: {e:?}");
    }
    let own = Plan::draft(
        &NewPlan {
            report_every_minutes: Some(15),
            ..new_plan()
        },
        &rules(),
        &sup,
        now,
    )
    .unwrap();
    assert_eq!(own.report_every(), Duration::minutes(15));
}

#[test]
fn e1_a_drill_is_scheduled_with_its_countdown_held_then_evaluated() {
    let now = sh("2026-11-20 10:00");
    let plan = approved(now);
    let sup = who(Role::Supervisor);
    let at = sh("2026-11-27 14:00");
    let new = NewDrill {
        scenario: "计费主库宕机，切换备库".into(),
        at,
    };
    assert_eq!(
        Drill::schedule(&plan, &new, &who(Role::Operator), now)
            .unwrap_err()
            .exit_code(),
        5
    );
    let retired = plan.retire(&who(Role::Manager), now).unwrap();
    assert_eq!(
        code(Drill::schedule(&retired, &new, &sup, now).unwrap_err()),
        Some(Code::PlanWrongState)
    );
    let d = Drill::schedule(&plan, &new, &sup, now).unwrap();
    let duty = d.duty(now);
    assert_eq!((duty.kind, duty.raised_at, duty.due_at), (DutyKind::E1Drill, now, at));
    // Evaluated before it was held: refused.
    assert_eq!(
        code(d.evaluate("ok", "", &[], &sup, now).unwrap_err()),
        Some(Code::DrillWrongState)
    );
    let after = sh("2026-11-27 16:00");
    let held_spec = Held {
        at: Some(at),
        ended_at: Some(sh("2026-11-27 15:10")),
        participants: vec!["张伟".into(), "王经理".into()],
        simulated: String::new(),
        timings: vec!["发现 2 分钟".into(), "切换完成 38 分钟".into()],
    };
    // Nobody took part / held in the future / ends before it begins: refused.
    let nobody = Held {
        participants: vec![],
        ..held_spec.clone()
    };
    assert_eq!(d.hold(&nobody, &sup, after).unwrap_err().exit_code(), 2);
    assert_eq!(
        d.hold(&held_spec, &sup, sh("2026-11-27 13:00"))
            .unwrap_err()
            .exit_code(),
        2
    );
    let backwards = Held {
        ended_at: Some(sh("2026-11-27 13:59")),
        ..held_spec.clone()
    };
    assert_eq!(d.hold(&backwards, &sup, after).unwrap_err().exit_code(), 2);
    let h = d.hold(&held_spec, &sup, after).unwrap();
    assert_eq!(
        (h.status, h.simulated.as_str()),
        (DrillStatus::Held, "计费主库宕机，切换备库")
    );
    // What did not work needs its measures.
    assert_eq!(
        h.evaluate("切换顺利", "短信通报晚了", &[], &sup, after)
            .unwrap_err()
            .exit_code(),
        2
    );
    let ev = h
        .evaluate("切换顺利", "短信通报晚了", &["短信网关加备用通道".into()], &sup, after)
        .unwrap();
    assert_eq!(
        (ev.status, ev.evaluated_by.as_deref()),
        (DrillStatus::Evaluated, Some("supervisor"))
    );
    let report = ev.report_duty(rules().notice_within, after);
    assert_eq!(
        (report.kind, report.due_at),
        (DutyKind::E1DrillReport, after + Duration::minutes(5))
    );
    assert_eq!(
        DutyKind::E1DrillReport.media(),
        &[crate::domain::message::Medium::Email][..]
    );
}

#[test]
fn i14_a_supervisor_or_above_declares_on_a_plan_in_force_and_an_operator_is_refused() {
    let now = sh("2026-11-20 10:30");
    let plan = approved(now);
    let inc = incident(sh("2026-11-20 10:00"));
    let d = Declaration {
        reason: "全省计费中断".into(),
        ..Declaration::default()
    };
    let cases = [
        (Role::Operator, Some(5)),
        (Role::Supervisor, None),
        (Role::Manager, None),
        (Role::Leader, None),
    ];
    for (role, refused) in cases {
        let r = Response::declare(&inc, &plan, &d, &who(role), now);
        assert_eq!(r.as_ref().err().map(|e| e.exit_code()), refused, "{role}");
    }
    // The config's rule declares as the engine, whatever its role.
    let auto = Declaration {
        auto: true,
        ..d.clone()
    };
    let r = Response::declare(&inc, &plan, &auto, &who(Role::Operator), now).unwrap();
    assert!(r.auto);
    assert_eq!((r.plan_id, r.group.len(), r.report_every_minutes), (4, 3, 30));
    // A draft plan, a closed incident, a declaration before the incident or in the future.
    let draft = Plan::draft(&new_plan(), &rules(), &who(Role::Supervisor), now).unwrap();
    let sup = who(Role::Supervisor);
    assert_eq!(
        code(Response::declare(&inc, &draft, &d, &sup, now).unwrap_err()),
        Some(Code::PlanWrongState)
    );
    let mut closed = inc.clone();
    closed.status = Status::Closed;
    assert!(Response::declare(&closed, &plan, &d, &sup, now).is_err());
    let early = Declaration {
        at: Some(sh("2026-11-20 09:00")),
        ..d.clone()
    };
    assert_eq!(
        Response::declare(&inc, &plan, &early, &sup, now)
            .unwrap_err()
            .exit_code(),
        2
    );
    let later = Declaration {
        at: Some(now + Duration::hours(1)),
        ..d
    };
    assert_eq!(
        Response::declare(&inc, &plan, &later, &sup, now)
            .unwrap_err()
            .exit_code(),
        2
    );
}

#[test]
fn i14_the_config_declares_the_top_severity_or_the_leader_step_on_a_critical_service_only() {
    let mut r = rules();
    assert!(!r.declares("billing", true, true), "no critical service by default");
    r.critical_services = vec!["billing".into()];
    let cases = [
        ("billing", true, false, true),
        ("billing", false, true, true),
        ("billing", false, false, false),
        ("crm", true, true, false),
    ];
    for (service, p1, leader, want) in cases {
        assert_eq!(
            r.declares(service, p1, leader),
            want,
            "{service} p1={p1} leader={leader}"
        );
    }
    r.declare_on_p1 = false;
    assert!(!r.declares("billing", true, false));
    assert!(r.declares("billing", false, true));
}

pub(super) fn declared(at: &str) -> Response {
    let now = sh(at);
    let mut r = Response::declare(
        &incident(now),
        &approved(now),
        &Declaration {
            reason: "全省计费中断".into(),
            ..Declaration::default()
        },
        &who(Role::Supervisor),
        now,
    )
    .unwrap();
    r.id = 2;
    r
}

#[test]
fn e2_the_group_is_told_at_once_and_one_progress_report_is_owed_per_interval() {
    let r = declared("2026-11-20 10:00");
    let t0 = r.declared_at;
    let open = r.opening_duties(rules().notice_within, t0);
    let kinds: Vec<(DutyKind, i64)> = open.iter().map(|d| (d.kind, d.episode)).collect();
    assert_eq!(kinds, vec![(DutyKind::E2Notice, 0), (DutyKind::E2Progress, 1)]);
    assert_eq!(open[0].due_at, t0 + Duration::minutes(5));
    assert_eq!(open[1].due_at, t0 + Duration::minutes(30));
    // (minutes after the declaration, reports owed, the next report's moment)
    let cases = [
        (0, 1, 30),
        (29, 1, 30),
        (30, 2, 60),
        (59, 2, 60),
        (60, 3, 90),
        (95, 4, 120),
    ];
    for (m, owed, next) in cases {
        let now = t0 + Duration::minutes(m);
        let specs = r.reports_owed(now);
        assert_eq!(specs.len() as i64, owed, "at +{m} min");
        let episodes: Vec<i64> = specs.iter().map(|s| s.episode).collect();
        assert_eq!(episodes, (1..=owed).collect::<Vec<_>>(), "one per interval, numbered");
        for s in &specs {
            assert_eq!(s.due_at - s.raised_at, Duration::minutes(30));
        }
        assert_eq!(r.next_report_at(now), Some(t0 + Duration::minutes(next)), "at +{m} min");
    }
}

#[test]
fn e2_the_stand_down_ends_the_reports_sends_the_all_clear_and_owes_the_review_in_working_days() {
    let r = declared("2026-11-20 10:00"); // a Friday
    let now = sh("2026-11-20 11:40");
    let sd = StandDown {
        note: "计费恢复".into(),
        at: None,
    };
    assert_eq!(
        r.stand_down(&sd, &cal(), &who(Role::Operator), now)
            .unwrap_err()
            .exit_code(),
        5
    );
    let s = r.stand_down(&sd, &cal(), &who(Role::Supervisor), now).unwrap();
    assert!(!s.active());
    assert!(
        s.reports_owed(now + Duration::hours(5)).is_empty(),
        "no report after the stand-down"
    );
    assert_eq!(s.next_report_at(now), None);
    // Three working days after Friday: Wednesday, at the end of its working day.
    assert_eq!(s.review_due, Some(sh("2026-11-25 18:00")));
    let closing = s.closing_duties(rules().notice_within);
    let kinds: Vec<DutyKind> = closing.iter().map(|d| d.kind).collect();
    assert_eq!(kinds, vec![DutyKind::E2AllClear, DutyKind::E2Review]);
    assert_eq!(closing[1].due_at, sh("2026-11-25 18:00"));
    assert_eq!(
        code(s.stand_down(&sd, &cal(), &who(Role::Manager), now).unwrap_err()),
        Some(Code::ResponseStoodDown)
    );
    assert_eq!(
        code(s.say("还在处理", &who(Role::Operator), now).unwrap_err()),
        Some(Code::ResponseStoodDown)
    );
    // Across the National Day holidays the review waits for working days (W2).
    let autumn = declared("2026-09-30 10:00");
    let st = autumn
        .stand_down(&sd, &cal(), &who(Role::Supervisor), sh("2026-09-30 12:00"))
        .unwrap();
    assert_eq!(
        st.review_due,
        Some(sh("2026-10-10 18:00")),
        "Oct 1-7 off, Oct 8, 9, 10 (make-up)"
    );
}

#[test]
fn e2_the_operator_gives_words_for_the_next_report_while_it_lasts() {
    let r = declared("2026-11-20 10:00");
    let now = sh("2026-11-20 10:20");
    assert_eq!(r.say("  ", &who(Role::Operator), now).unwrap_err().exit_code(), 2);
    let s = r.say("备库已切换，正在核对话单", &who(Role::Operator), now).unwrap();
    assert_eq!(
        (s.words.as_str(), s.words_at, s.version),
        ("备库已切换，正在核对话单", Some(now), 2)
    );
}

#[test]
fn e2_the_review_follows_the_stand_down_once_with_causes_and_owned_measures() {
    let r = declared("2026-11-20 10:00");
    let now = sh("2026-11-20 12:00");
    let sup = who(Role::Supervisor);
    let rv = Review {
        causes: "主库存储控制器故障".into(),
        missed: "预案未写短信网关故障时的通报方式".into(),
        measures: vec![Measure {
            what: "存储控制器冗余".into(),
            owner: "张伟".into(),
            problem: None,
            corrective: None,
        }],
    };
    assert_eq!(code(r.review(&rv, &sup, now).unwrap_err()), Some(Code::ResponseActive));
    let s = r
        .stand_down(&StandDown::default(), &cal(), &sup, sh("2026-11-20 11:30"))
        .unwrap();
    assert_eq!(s.review(&rv, &who(Role::Operator), now).unwrap_err().exit_code(), 5);
    let no_owner = Review {
        measures: vec![Measure {
            what: "x".into(),
            owner: " ".into(),
            problem: None,
            corrective: None,
        }],
        ..rv.clone()
    };
    assert_eq!(s.review(&no_owner, &sup, now).unwrap_err().exit_code(), 2);
    let no_cause = Review {
        causes: String::new(),
        ..rv.clone()
    };
    assert_eq!(s.review(&no_cause, &sup, now).unwrap_err().exit_code(), 2);
    let done = s.review(&rv, &sup, now).unwrap();
    assert_eq!(
        (done.reviewed_by.as_deref(), done.measures.len()),
        (Some("supervisor"), 1)
    );
    assert_eq!(
        code(done.review(&rv, &sup, now).unwrap_err()),
        Some(Code::ResponseReviewed)
    );
    let doc = done.review_report_duty(rules().notice_within, now);
    assert_eq!(doc.kind, DutyKind::E2ReviewReport);
    assert_eq!(
        DutyKind::E2Progress.media().len(),
        2,
        "progress reports go by SMS and e-mail"
    );
    assert!(DutyKind::E2Progress.message_waits_until_due());
}

/// One refusal of each emergency code, for the console's words (`tui::i18n`'s tests).
pub(crate) fn refusal_cases() -> Vec<OpsError> {
    let now = sh("2026-11-20 10:30");
    let (sup, mgr) = (who(Role::Supervisor), who(Role::Manager));
    let plan = approved(now);
    let drill = Drill::schedule(
        &plan,
        &NewDrill {
            scenario: "演练".into(),
            at: now,
        },
        &sup,
        now,
    )
    .unwrap();
    let r = declared("2026-11-20 10:00");
    let down = r.stand_down(&StandDown::default(), &cal(), &sup, now).unwrap();
    let rv = Review {
        causes: "c".into(),
        missed: String::new(),
        measures: vec![Measure {
            what: "m".into(),
            owner: "张伟".into(),
            problem: None,
            corrective: None,
        }],
    };
    let reviewed = down.review(&rv, &sup, now).unwrap();
    vec![
        plan.approve(&mgr, now).unwrap_err(),
        drill.evaluate("ok", "", &[], &sup, now).unwrap_err(),
        down.say("x", &sup, now).unwrap_err(),
        r.review(&rv, &sup, now).unwrap_err(),
        reviewed.review(&rv, &sup, now).unwrap_err(),
        reviewed
            .measure_became(1, Becomes::Corrective, 3, &sup, now)
            .unwrap()
            .measure_for(1, Becomes::Corrective, &sup)
            .unwrap_err(),
        reviewed
            .measure_became(1, Becomes::Problem, 4, &sup, now)
            .unwrap()
            .measure_for(1, Becomes::Problem, &sup)
            .unwrap_err(),
        Response::already_declared(7, 2),
    ]
}

#[test]
fn i14_e1_can_declare_and_can_schedule_need_a_supervisor_before_any_form() {
    let now = sh("2026-11-20 10:00");
    let inc = incident(now - Duration::minutes(40));
    let plan = approved(now);
    for (role, allowed) in [(Role::Operator, false), (Role::Supervisor, true), (Role::Manager, true)] {
        assert_eq!(Response::can_declare(&inc, &who(role)).is_ok(), allowed, "{role}");
        assert_eq!(Drill::can_schedule(&plan, &who(role)).is_ok(), allowed, "{role}");
    }
    let e = Response::can_declare(&inc, &who(Role::Operator)).unwrap_err();
    assert_eq!(e.exit_code(), 5, "{e:?}");
    // A closed incident is not declared major, whoever asks.
    let mut closed = inc.clone();
    closed.status = Status::Closed;
    assert_eq!(
        code(Response::can_declare(&closed, &who(Role::Manager)).unwrap_err()),
        Some(Code::IncidentReopenFirst)
    );
}
