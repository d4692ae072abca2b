use super::*;

fn load(text: &str) -> Result<Config, ConfigError> {
    Config::from_text(text, Path::new("/etc/opsdesk/config.toml"), true)
}

#[test]
fn defaults_hold_every_number_of_the_spec() {
    let c = Config::defaults();
    assert_eq!(
        (
            c.escalation.supervisor_minutes,
            c.escalation.manager_minutes,
            c.escalation.leader_minutes
        ),
        (5, 15, 30),
        "I6"
    );
    assert_eq!(
        (
            c.recurrence.quick_fix_minutes,
            c.recurrence.count,
            c.recurrence.window_days
        ),
        (5, 3, 7),
        "I7"
    );
    assert_eq!(
        (c.notify.broadcast_after_minutes, c.notify.recovery_within_minutes),
        (30, 5),
        "I8"
    );
    assert_eq!(
        (c.outage.single_limit_minutes, c.outage.monthly_limit_minutes),
        (30, 60),
        "I11"
    );
    assert_eq!(c.desk.zone.name(), "Asia/Shanghai", "W1");
    assert_eq!(c.work.day_start.format("%H:%M").to_string(), "09:00", "W1");
    assert_eq!(c.work.day_end.format("%H:%M").to_string(), "18:00", "W1");
    assert_eq!((c.billing.billing_due_day, c.billing.settlement_due_day), (2, 10), "B2");
    let ch = &c.change;
    assert_eq!(ch.early_window_start.format("%H:%M").to_string(), "00:00", "C4");
    assert_eq!(ch.early_window_end.format("%H:%M").to_string(), "06:00", "C4");
    assert_eq!(
        (
            ch.maintenance_notice_working_days,
            ch.collaborator_request_working_days,
            ch.notice_hours_before_end_of_day,
            ch.result_notice_hours,
            ch.summary_working_days
        ),
        (3, 5, 2, 12, 3),
        "C5-C9"
    );
    let r = &c.request;
    assert_eq!(
        (
            r.requirement_evaluation_working_days,
            r.product_working_days,
            r.account_working_days,
            r.extraction_working_days,
            r.processing_opinion_working_days,
            r.account_removal_working_days
        ),
        (3, 3, 1, 3, 3, 1),
        "R1-R5, R3's removals"
    );
    assert_eq!(r.approvals.product, ["dept_manager", "marketing_manager"], "R2's chain");
    assert_eq!(r.approvals.account, ["dept_manager", "business_management"], "R3");
}

#[test]
fn a_desk_file_overrides_single_keys() {
    let c = load("[escalation]\nmanager_minutes = 20\n").unwrap();
    assert_eq!(c.escalation.manager_minutes, 20);
    assert_eq!(c.escalation.supervisor_minutes, 5);
    assert_eq!(c.desk.zone.name(), "Asia/Shanghai");
}

#[test]
fn errors_name_file_line_and_key() {
    let cases: &[(&str, u32, &str, &str)] = &[
        (
            "[escalation]\nmanager_minutes = \"ten\"\n",
            2,
            "escalation.manager_minutes",
            "invalid type",
        ),
        (
            "[desk]\nname = \"x\"\n\n[escalation]\nmanagr_minutes = 10\n",
            5,
            "escalation.managr_minutes",
            "unknown",
        ),
        ("[deks]\nname = 1\n", 1, "deks", "unknown"),
        (
            "[escalation]\nmanager_minutes = 10\nleader_minutes = 9\n",
            3,
            "escalation.leader_minutes",
            "more than",
        ),
        ("[desk]\nzone = \"Mars/Olympus\"\n", 2, "desk.zone", "unknown time zone"),
        ("[work]\nday_start = \"9am\"\n", 2, "work.day_start", "HH:MM"),
        (
            "[escalation]\nmanager_minutes = -3\n",
            2,
            "escalation.manager_minutes",
            "invalid value",
        ),
        ("[escalation\nmanager_minutes = 3\n", 1, "escalation", ""),
        ("[escalation]\nmanager_minutes = \n", 2, "manager_minutes", ""),
        (
            "[billing]\nbilling_due_day = 31\n",
            2,
            "billing.billing_due_day",
            "between 1 and 28",
        ),
        (
            "[[billing.checklist]]\nkinds = [\"billing\"]\nkey = \"a\"\nstep = \"look\"\ntitle = \"A\"\nverify = \"\"\n",
            4,
            "billing.checklist[0].step",
            "check",
        ),
        // Plausibility (issue 21): values config check used to accept made commands panic.
        (
            "[notify]\nexplanation_within_hours = 4294967295\n",
            2,
            "notify.explanation_within_hours",
            "at most 744 hours",
        ),
        (
            "[recurrence]\nwindow_days = 4294967295\n",
            2,
            "recurrence.window_days",
            "at most 366 days",
        ),
        (
            "# a desk\n[change]\nsummary_working_days = 100000\n",
            3,
            "change.summary_working_days",
            "at most 60",
        ),
        (
            "[request]\nproduct_working_days = 0\n",
            2,
            "request.product_working_days",
            "between 1 and 60",
        ),
        (
            "[request.approvals]\nproduct = [\"dept manager\"]\n",
            2,
            "request.approvals.product",
            "not a word",
        ),
    ];
    for (text, line, key, fragment) in cases {
        let err = load(text).unwrap_err();
        let shown = err.to_string();
        assert_eq!(err.line, Some(*line), "{text:?}: {shown}");
        assert_eq!(err.key.as_deref(), Some(*key), "{text:?}: {shown}");
        assert!(
            shown.starts_with(&format!("/etc/opsdesk/config.toml:{line}:")),
            "{shown}"
        );
        assert!(shown.contains(fragment), "{text:?}: {shown}");
    }
}
