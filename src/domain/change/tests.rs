use super::*;
use crate::config::Config;
use chrono::TimeZone;

fn cal() -> Calendar {
    Calendar::from_config(&Config::defaults())
}
fn pol() -> ChangePolicy {
    ChangePolicy::from_config(&Config::defaults())
}
/// A Shanghai wall-clock time.
fn sh(s: &str) -> DateTime<Utc> {
    let local = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
    cal().zone.from_local_datetime(&local).unwrap().with_timezone(&Utc)
}
fn show(t: DateTime<Utc>) -> String {
    t.with_timezone(&cal().zone).format("%Y-%m-%d %H:%M").to_string()
}
fn who(role: Role) -> Actor {
    Actor {
        login: "wf".into(),
        name: "王芳".into(),
        role,
    }
}
fn change(window: (&str, &str), user_affecting: bool, collaborators: &[&str]) -> Change {
    let new = NewChange {
        title: "计费系统升级".into(),
        systems: vec!["billing".into()],
        window: Some((sh(window.0), sh(window.1))),
        user_affecting,
        collaborators: collaborators.iter().map(|s| s.to_string()).collect(),
        steps: if collaborators.is_empty() {
            String::new()
        } else {
            "1. 网络部切换 2. IT 部署".into()
        },
        departments: vec!["callcentre".into(), "marketing".into()],
        ..Default::default()
    };
    let mut c = Change::open(&new, &who(Role::Operator), &cal(), sh("2026-11-02 09:00")).unwrap();
    c.id = 9;
    c.status = ChangeStatus::TestConfirmed;
    c.test_confirmed_at = Some(sh("2026-11-10 10:00"));
    c
}
fn rules(f: &[GateFailure]) -> Vec<&'static str> {
    f.iter().map(|g| g.rule).collect()
}

#[test]
fn c1_a_change_belongs_to_its_planned_month() {
    let c = change(("2026-11-26 01:00", "2026-11-26 03:00"), true, &[]);
    assert_eq!(c.planned_month, "2026-11");
    let mut d = c.clone();
    d.status = ChangeStatus::Draft;
    let err = d
        .plan(
            &who(Role::Operator),
            (sh("2026-12-02 01:00"), sh("2026-12-02 02:00")),
            None,
            &cal(),
            sh("2026-11-20 10:00"),
        )
        .unwrap_err();
    assert!(err.message().starts_with("C1:"), "{err}");
    let ok = d
        .plan(
            &who(Role::Operator),
            (sh("2026-12-02 01:00"), sh("2026-12-02 02:00")),
            Some("2026-12"),
            &cal(),
            sh("2026-11-20 10:00"),
        )
        .unwrap();
    assert_eq!(
        (ok.planned_month.as_str(), ok.status),
        ("2026-12", ChangeStatus::Planned)
    );
}

#[test]
fn c2_an_unplanned_change_names_its_requirement() {
    let new = NewChange {
        title: "t".into(),
        systems: vec!["crm".into()],
        planned_month: "2026-11".into(),
        unplanned: true,
        ..Default::default()
    };
    let err = Change::open(&new, &who(Role::Operator), &cal(), sh("2026-11-20 10:00")).unwrap_err();
    assert!(err.message().contains("requirement is required"));
    let ok = NewChange {
        requirement: "REQ-2026-118 紧急资费调整".into(),
        ..new
    };
    assert!(
        Change::open(&ok, &who(Role::Operator), &cal(), sh("2026-11-20 10:00"))
            .unwrap()
            .unplanned
    );
}

#[test]
fn c3_no_schedule_without_test_confirmation() {
    let mut c = change(("2026-11-26 01:00", "2026-11-26 03:00"), true, &[]);
    c.test_confirmed_at = None;
    c.status = ChangeStatus::Planned;
    assert_eq!(rules(&c.gates(&cal(), &pol(), sh("2026-11-20 10:00"))), ["C3"]);
    let confirmed = c
        .confirm_test(
            &who(Role::Operator),
            "市场部 孙丽, 客服 赵敏",
            sh("2026-11-20 09:00"),
            sh("2026-11-20 10:00"),
        )
        .unwrap();
    assert_eq!(confirmed.status, ChangeStatus::TestConfirmed);
    assert!(confirmed.gates(&cal(), &pol(), sh("2026-11-20 10:00")).is_empty());
}

#[test]
fn c4_user_affecting_windows_run_in_the_early_hours() {
    let now = sh("2026-11-02 10:00");
    let cases = [
        (("2026-11-26 01:00", "2026-11-26 03:00"), true, None),
        (("2026-11-26 00:00", "2026-11-26 06:00"), true, None),
        (("2026-11-25 14:00", "2026-11-25 16:00"), true, Some("2026-11-26 00:00")),
        (("2026-11-25 23:00", "2026-11-26 01:00"), true, Some("2026-11-26 00:00")),
        (("2026-11-26 05:00", "2026-11-26 07:00"), true, Some("2026-11-27 00:00")),
        (("2026-11-25 14:00", "2026-11-25 16:00"), false, None),
    ];
    for (window, user_affecting, earliest) in cases {
        let c = change(window, user_affecting, &[]);
        let gates = c.gates(&cal(), &pol(), now);
        let c4 = gates.iter().find(|g| g.rule == "C4");
        assert_eq!(c4.and_then(|g| g.earliest).map(show).as_deref(), earliest, "{window:?}");
        if let Some(g) = c4 {
            assert!(g.message.contains("early-hours window 00:00-06:00"), "{}", g.message);
        }
    }
}

#[test]
fn c5_maintenance_notice_three_working_days_ahead() {
    // Change in the early hours of Thursday 26 Nov: its working day is Wednesday 25; three
    // working days before is Friday 20; the notice is due by 18:00 that day.
    let c = change(("2026-11-26 01:00", "2026-11-26 03:00"), true, &[]);
    assert_eq!(c.c5_due(&cal(), &pol()).map(show).as_deref(), Some("2026-11-20 18:00"));
    let cases = [
        ("2026-11-20 17:00", None),
        ("2026-11-20 18:00", None),
        // Too late on Friday evening: told on Monday 23, the change day can be Thursday 26.
        ("2026-11-20 18:30", Some("2026-11-27 00:00")),
        ("2026-11-23 09:00", Some("2026-11-27 00:00")),
    ];
    for (now, earliest) in cases {
        let gates = c.gates(&cal(), &pol(), sh(now));
        let c5 = gates.iter().find(|g| g.rule == "C5");
        assert_eq!(c5.and_then(|g| g.earliest).map(show).as_deref(), earliest, "now {now}");
    }
}

#[test]
fn c5_counts_working_days_across_national_day() {
    // Change in the early hours of Friday 9 October: working day Thursday 8; three working
    // days back skips 1-7 October: 28 September.
    let c = change(("2026-10-09 01:00", "2026-10-09 02:00"), true, &[]);
    assert_eq!(c.c5_due(&cal(), &pol()).map(show).as_deref(), Some("2026-09-28 18:00"));
}

#[test]
fn c6_collaborators_five_working_days_ahead() {
    let c = change(("2026-11-26 01:00", "2026-11-26 03:00"), true, &["netops"]);
    assert_eq!(c.c6_due(&cal(), &pol()).map(show).as_deref(), Some("2026-11-18 18:00"));
    let gates = c.gates(&cal(), &pol(), sh("2026-11-20 10:00"));
    assert_eq!(rules(&gates), ["C6"]);
    // Sent on Friday 20: five working days later is Friday 27; its early window, Saturday 00:00.
    assert_eq!(gates[0].earliest.map(show).as_deref(), Some("2026-11-28 00:00"));
    assert!(gates[0].message.contains("earliest start is 2026-11-28 00:00"));
}

#[test]
fn c7_notice_two_hours_before_the_end_of_the_change_day() {
    let cases = [
        // (window start, notice due)
        ("2026-11-26 01:00", "2026-11-25 16:00"), // early hours: the day before
        ("2026-11-25 20:00", "2026-11-25 16:00"),
        ("2026-11-25 10:00", "2026-11-25 10:00"), // a daytime change: before it starts
        ("2026-11-21 01:00", "2026-11-20 16:00"), // Saturday: Friday
        ("2026-10-08 01:00", "2026-09-30 16:00"), // after National Day
    ];
    for (start, due) in cases {
        let mut c = change(("2026-11-26 01:00", "2026-11-26 03:00"), false, &[]);
        c.window_start = Some(sh(start));
        c.window_end = Some(sh(start) + Duration::hours(1));
        assert_eq!(c.c7_due(&cal(), &pol()).map(show).as_deref(), Some(due), "{start}");
    }
}

#[test]
fn c8_result_within_12_hours_and_c9_summary_within_3_working_days() {
    let mut c = change(("2026-11-26 01:00", "2026-11-26 03:00"), true, &[]);
    c.ended_at = Some(sh("2026-11-26 03:10"));
    assert_eq!(c.c8_due(&pol()).map(show).as_deref(), Some("2026-11-26 15:10"));
    // Ended in Thursday's early hours: it belongs to Wednesday; Thursday, Friday, Monday.
    assert_eq!(c.c9_due(&cal(), &pol()).map(show).as_deref(), Some("2026-11-30 18:00"));
    c.ended_at = Some(sh("2026-09-30 23:00"));
    assert_eq!(
        c.c9_due(&cal(), &pol()).map(show).as_deref(),
        Some("2026-10-10 18:00"),
        "after the holiday: Oct 8, 9 and the make-up Saturday the 10th"
    );
}

#[test]
fn w2_a_change_whose_counts_cross_an_unknown_year_says_so() {
    let c = change(("2026-11-26 01:00", "2026-11-26 03:00"), true, &[]);
    assert!(
        c.unknown_calendar_years(&cal(), &pol(), sh("2026-11-20 10:00"))
            .is_empty()
    );
    let next = change(("2027-01-20 01:00", "2027-01-20 03:00"), true, &["network"]);
    assert_eq!(
        next.unknown_calendar_years(&cal(), &pol(), sh("2026-12-20 10:00")),
        vec![2027],
        "its C5/C6 lead times count working days in 2027"
    );
    // A refusal whose dates are counted there says so too; one inside known years does not.
    let m = next
        .schedule(&who(Role::Operator), &cal(), &pol(), None, sh("2027-01-19 10:00"))
        .unwrap_err()
        .message()
        .to_string();
    assert!(m.contains("C6") && m.contains("no holidays for 2027"), "{m}");
    let m = c
        .schedule(&who(Role::Operator), &cal(), &pol(), None, sh("2026-11-25 10:00"))
        .unwrap_err()
        .message()
        .to_string();
    assert!(m.contains("C5") && !m.contains("no holidays"), "{m}");
    let note = crate::domain::calendar::unknown_years_note(&[2027]).unwrap();
    assert!(
        note.contains("no holidays for 2027") && note.contains("[[calendar.years]]"),
        "{note}"
    );
}

#[test]
fn c9_an_end_in_the_early_hours_counts_from_the_working_day_before() {
    let mut c = change(("2026-11-25 00:30", "2026-11-25 02:00"), true, &[]);
    let cases = [
        // (ended, due): Wednesday 02:00 belongs to Tuesday: Wed, Thu, Fri.
        ("2026-11-25 02:00", "2026-11-27 18:00"),
        // During Wednesday's working hours: Thu, Fri, Mon.
        ("2026-11-25 14:00", "2026-11-30 18:00"),
        // Wednesday evening: still Wednesday's; Thu, Fri, Mon.
        ("2026-11-25 20:00", "2026-11-30 18:00"),
        // Saturday: Friday's; Mon, Tue, Wed.
        ("2026-11-28 02:00", "2026-12-02 18:00"),
    ];
    for (ended, due) in cases {
        c.ended_at = Some(sh(ended));
        assert_eq!(c.c9_due(&cal(), &pol()).map(show).as_deref(), Some(due), "{ended}");
    }
}

#[test]
fn c4_c5_refusals_name_the_rule_and_the_earliest_start() {
    let c = change(("2026-11-25 14:00", "2026-11-25 16:00"), true, &[]);
    let err = c
        .schedule(&who(Role::Operator), &cal(), &pol(), None, sh("2026-11-23 10:00"))
        .unwrap_err();
    let m = err.message();
    assert!(m.contains("C4: a change that affects users"), "{m}");
    assert!(
        m.contains("C5: the maintenance departments must be told 3 working days ahead"),
        "{m}"
    );
    assert!(
        m.contains("the earliest start that passes every gate with a date: 2026-11-27 00:00"),
        "{m}"
    );
    assert_eq!(err.exit_code(), 1);
}

#[test]
fn c3_c6_override_needs_a_manager_and_a_reason() {
    let c = change(("2026-11-25 14:00", "2026-11-25 16:00"), true, &[]);
    let now = sh("2026-11-23 10:00");
    let err = c
        .schedule(&who(Role::Supervisor), &cal(), &pol(), Some("billing outage fix"), now)
        .unwrap_err();
    assert_eq!(err.exit_code(), 5);
    assert!(
        c.schedule(&who(Role::Manager), &cal(), &pol(), Some("  "), now)
            .is_err()
    );
    let s = c
        .schedule(&who(Role::Manager), &cal(), &pol(), Some("计费中断，必须今天修复"), now)
        .unwrap();
    assert_eq!(s.status, ChangeStatus::Scheduled);
    assert_eq!(s.override_gates, vec!["C4", "C5"]);
    assert_eq!(s.override_by.as_deref(), Some("wf"));
}

#[test]
fn c10_a_window_in_the_past_is_not_scheduled() {
    let c = change(("2026-11-26 01:00", "2026-11-26 03:00"), false, &[]);
    assert_eq!(rules(&c.gates(&cal(), &pol(), sh("2026-11-26 02:00"))), ["C10"]);
    let s = c.schedule(
        &who(Role::Manager),
        &cal(),
        &pol(),
        Some("done in the night of the outage"),
        sh("2026-11-26 04:00"),
    );
    assert_eq!(s.unwrap().override_gates, vec!["C10"]);
}

#[test]
fn c10_life_runs_in_order() {
    let op = who(Role::Operator);
    let c = change(("2026-11-26 01:00", "2026-11-26 03:00"), true, &[]);
    let c = c.schedule(&op, &cal(), &pol(), None, sh("2026-11-20 10:00")).unwrap();
    let err = c
        .start(
            &op,
            sh("2026-11-26 01:00"),
            &cal(),
            &pol(),
            None,
            sh("2026-11-26 01:00"),
        )
        .unwrap_err();
    assert!(err.message().starts_with("C7:"), "no start before the notice: {err}");
    let c = c.notified(&op, sh("2026-11-25 15:00")).unwrap();
    assert!(
        c.start(
            &op,
            sh("2026-11-25 15:00"),
            &cal(),
            &pol(),
            None,
            sh("2026-11-25 15:00")
        )
        .unwrap_err()
        .message()
        .starts_with("C4:")
    );
    let c = c
        .start(
            &op,
            sh("2026-11-26 01:00"),
            &cal(),
            &pol(),
            None,
            sh("2026-11-26 01:00"),
        )
        .unwrap();
    assert!(
        c.finish(
            &op,
            sh("2026-11-26 03:00"),
            Outcome::Failed,
            " ",
            sh("2026-11-26 03:00")
        )
        .is_err(),
        "a failure says why"
    );
    let c = c
        .finish(
            &op,
            sh("2026-11-26 03:00"),
            Outcome::Succeeded,
            "",
            sh("2026-11-26 03:00"),
        )
        .unwrap();
    assert!(
        c.announce(&op, false, "", "", "", sh("2026-11-26 08:00")).is_err(),
        "late says why"
    );
    let c = c
        .announce(&op, true, "", "发票模板待下周更新", "", sh("2026-11-26 08:00"))
        .unwrap();
    assert!(
        c.summarise(&op, sh("2026-11-27 10:00"), "b", "d", "x", "s", sh("2026-11-27 10:00"))
            .is_err(),
        "C9 only for complex"
    );
    let c = c.close(&op, sh("2026-11-26 09:00"), sh("2026-11-26 09:00")).unwrap();
    assert_eq!(c.status, ChangeStatus::Closed);
}

#[test]
fn c10_a_change_starts_only_inside_its_scheduled_window() {
    let op = who(Role::Operator);
    // Announced for 2027-01-20 01:00-03:00, notified on 2026-11-25 15:00.
    let mut c = change(("2027-01-20 01:00", "2027-01-20 03:00"), false, &[]);
    c.status = ChangeStatus::Notified;
    c.updated_at = sh("2026-11-25 15:00");
    let start = |c: &Change, who: &Actor, at: &str, now: &str, why: Option<&str>| {
        c.start(who, sh(at), &cal(), &pol(), why, sh(now))
    };
    let cases: [(&str, &str, &str, Option<&str>); 5] = [
        (
            "today, long before the window",
            "2026-11-26 01:30",
            "2026-11-26 01:30",
            Some("C10:"),
        ),
        ("a minute early", "2027-01-20 00:59", "2027-01-20 01:00", Some("C10:")),
        ("at the window's start", "2027-01-20 01:00", "2027-01-20 01:00", None),
        ("inside it", "2027-01-20 02:59", "2027-01-20 03:10", None),
        ("at its end", "2027-01-20 03:00", "2027-01-20 03:10", Some("C10:")),
    ];
    for (name, at, now, want) in cases {
        let got = start(&c, &op, at, now, None);
        match want {
            None => assert_eq!(got.unwrap().started_at, Some(sh(at)), "{name}"),
            Some(rule) => {
                let err = got.unwrap_err();
                assert!(err.message().starts_with(rule), "{name}: {err}");
                assert!(
                    err.message().contains("2027-01-20 01:00 - 2027-01-20 03:00"),
                    "{name}: {err}"
                );
            }
        }
    }
}

#[test]
fn c10_a_start_before_the_last_recorded_step_is_refused() {
    let op = who(Role::Operator);
    let mut c = change(("2026-11-26 01:00", "2026-11-26 03:00"), false, &[]);
    c.status = ChangeStatus::Notified;
    c.updated_at = sh("2026-11-26 01:30");
    let err = c
        .start(
            &op,
            sh("2026-11-26 01:10"),
            &cal(),
            &pol(),
            None,
            sh("2026-11-26 01:40"),
        )
        .unwrap_err();
    assert!(err.message().contains("before its last recorded step"), "{err}");
    assert_eq!(err.exit_code(), 1);
    // Recorded after the fact: a manager signs for it.
    let s = c
        .start(
            &who(Role::Manager),
            sh("2026-11-26 01:10"),
            &cal(),
            &pol(),
            Some("recorded after the fact"),
            sh("2026-11-26 01:40"),
        )
        .unwrap();
    assert_eq!(s.start_override_reason, "recorded after the fact");
}

#[test]
fn c10_a_start_outside_the_window_needs_a_managers_recorded_override() {
    let mut c = change(("2027-01-20 01:00", "2027-01-20 03:00"), true, &[]);
    c.status = ChangeStatus::Notified;
    c.updated_at = sh("2026-11-25 15:00");
    let (at, now) = (sh("2026-11-26 14:00"), sh("2026-11-26 14:00"));
    let err = c
        .start(&who(Role::Supervisor), at, &cal(), &pol(), Some("计费中断"), now)
        .unwrap_err();
    assert_eq!(err.exit_code(), 5, "{err}");
    let err = c.start(&who(Role::Manager), at, &cal(), &pol(), None, now).unwrap_err();
    assert!(err.message().contains("C4:") && err.message().contains("C10:"), "{err}");
    assert!(err.message().contains("--override"), "{err}");
    let s = c
        .start(
            &who(Role::Manager),
            at,
            &cal(),
            &pol(),
            Some("计费中断，必须今天修复"),
            now,
        )
        .unwrap();
    assert_eq!(s.status, ChangeStatus::Executing);
    assert_eq!(s.start_override_by.as_deref(), Some("wf"));
    assert_eq!(s.start_override_reason, "计费中断，必须今天修复");
}

#[test]
fn c9_a_complex_change_closes_after_its_summary() {
    let op = who(Role::Operator);
    let mut c = change(("2026-11-26 01:00", "2026-11-26 03:00"), true, &[]);
    c.complex = true;
    c.status = ChangeStatus::ResultAnnounced;
    assert!(c.close(&op, sh("2026-11-26 09:00"), sh("2026-11-26 09:00")).is_err());
    let s = c
        .summarise(
            &op,
            sh("2026-11-27 10:00"),
            "背景",
            "完成",
            "难点",
            "意义",
            sh("2026-11-27 10:00"),
        )
        .unwrap();
    assert!(s.close(&op, sh("2026-11-27 11:00"), sh("2026-11-27 11:00")).is_ok());
}

#[test]
fn c10_can_says_before_a_form_which_steps_the_state_allows() {
    use ChangeStatus::*;
    // (status, complex, step, allowed)
    let cases = [
        (Draft, false, Step::Plan, true),
        (Draft, false, Step::Schedule, false),
        (Planned, false, Step::ConfirmTest, true),
        (Planned, false, Step::Schedule, true),
        (Notified, false, Step::Schedule, false),
        (Scheduled, false, Step::Start, false), // C7: the notice first
        (Notified, false, Step::Start, true),
        (Executing, false, Step::Finish, true),
        (Notified, false, Step::Finish, false),
        (Done, false, Step::Result, true),
        (ResultAnnounced, false, Step::Summary, false), // C9: not complex
        (ResultAnnounced, true, Step::Summary, true),
        (ResultAnnounced, false, Step::Close, true),
        (ResultAnnounced, true, Step::Close, false), // C9: the summary first
        (SummarySent, true, Step::Close, true),
    ];
    for (status, complex, step, allowed) in cases {
        let mut c = change(("2026-12-02 01:00", "2026-12-02 03:00"), false, &[]);
        c.status = status;
        c.complex = complex;
        assert_eq!(c.can(step).is_ok(), allowed, "{status:?} complex {complex}: {step:?}");
    }
}

#[test]
fn c7_a_start_before_the_notice_is_refused_the_same_on_the_key_and_in_the_step() {
    let mut c = change(("2026-12-02 01:00", "2026-12-02 03:00"), false, &[]);
    c.status = ChangeStatus::Scheduled;
    let foreseen = c.can(Step::Start).unwrap_err();
    assert!(foreseen.message().starts_with("C7:"), "{}", foreseen.message());
    let at = sh("2026-12-02 01:30");
    let taken = c.start(&who(Role::Operator), at, &cal(), &pol(), None, at).unwrap_err();
    assert_eq!(foreseen.message(), taken.message());
}
