//! Checks across keys and bounds of every number: what makes a setting refused with its file,
//! line and key.

use super::{ChannelName, Config};

impl Config {
    /// Checks across keys: returns the key at fault and why.
    pub(in crate::config) fn validate(&self) -> Result<(), (String, String)> {
        let e = &self.escalation;
        let positive = [
            ("escalation.supervisor_minutes", e.supervisor_minutes),
            ("escalation.report_within_minutes", e.report_within_minutes),
            ("recurrence.quick_fix_minutes", self.recurrence.quick_fix_minutes),
            ("recurrence.count", self.recurrence.count),
            ("recurrence.window_days", self.recurrence.window_days),
            ("notify.broadcast_after_minutes", self.notify.broadcast_after_minutes),
            ("notify.broadcast_within_minutes", self.notify.broadcast_within_minutes),
            ("notify.recovery_within_minutes", self.notify.recovery_within_minutes),
            ("notify.explanation_within_hours", self.notify.explanation_within_hours),
            ("outage.single_limit_minutes", self.outage.single_limit_minutes),
            ("outage.monthly_limit_minutes", self.outage.monthly_limit_minutes),
        ];
        for (key, value) in positive {
            if value == 0 {
                return Err((key.into(), "must be greater than 0".into()));
            }
        }
        self.validate_bounds()?;
        self.quality.validate()?;
        self.validate_messages()?;
        if e.manager_minutes <= e.supervisor_minutes {
            return Err((
                "escalation.manager_minutes".into(),
                format!("must be more than supervisor_minutes ({})", e.supervisor_minutes),
            ));
        }
        if e.leader_minutes <= e.manager_minutes {
            return Err((
                "escalation.leader_minutes".into(),
                format!("must be more than manager_minutes ({})", e.manager_minutes),
            ));
        }
        let em = &self.emergency;
        for (key, value, range) in [
            ("emergency.report_every_minutes", em.report_every_minutes, 5..=1440),
            ("emergency.review_working_days", em.review_working_days, 1..=30),
            ("emergency.notice_within_minutes", em.notice_within_minutes, 1..=120),
        ] {
            if !range.contains(&value) {
                return Err((
                    key.into(),
                    format!("must be between {} and {}", range.start(), range.end()),
                ));
            }
        }
        if !(1..=5).contains(&self.incident.satisfied_at_least) {
            return Err(("incident.satisfied_at_least".into(), "must be between 1 and 5".into()));
        }
        if self.change.early_window_end <= self.change.early_window_start {
            return Err((
                "change.early_window_end".into(),
                "must be later than change.early_window_start".into(),
            ));
        }
        if self.change.result_notice_hours == 0 {
            return Err(("change.result_notice_hours".into(), "must be greater than 0".into()));
        }
        let b = &self.billing;
        for (key, day) in [
            ("billing.billing_due_day", b.billing_due_day),
            ("billing.settlement_due_day", b.settlement_due_day),
        ] {
            if !(1..=28).contains(&day) {
                return Err((key.into(), "must be a day between 1 and 28".into()));
            }
        }
        let kinds = ["billing", "settlement-agents", "settlement-cp", "settlement-channels"];
        let mut seen = std::collections::HashSet::new();
        for (i, item) in b.checklist.iter().enumerate() {
            let at = format!("billing.checklist[{i}]");
            if let Some(k) = item.kinds.iter().find(|k| !kinds.contains(&k.as_str())) {
                return Err((
                    format!("{at}.kinds"),
                    format!("unknown kind {k:?}: use {}", kinds.join(", ")),
                ));
            }
            if item.step != "check" && item.step != "preprocess" {
                return Err((format!("{at}.step"), "must be \"check\" or \"preprocess\"".into()));
            }
            if item.key.trim().is_empty() || item.title.trim().is_empty() {
                return Err((at, "needs a key and a title".into()));
            }
            for k in &item.kinds {
                if !seen.insert((k.clone(), item.key.clone())) {
                    return Err((format!("{at}.key"), format!("{:?} is on the {k} list twice", item.key)));
                }
            }
        }
        self.validate_requests()?;
        self.validate_support()?;
        self.validate_console()?;
        if self.work.day_end <= self.work.day_start {
            return Err(("work.day_end".into(), "must be later than work.day_start".into()));
        }
        for y in &self.calendar.years {
            for [from, to] in &y.off {
                if to < from {
                    return Err((
                        "calendar.years".into(),
                        format!("year {}: the range {from} .. {to} ends before it starts", y.year),
                    ));
                }
            }
        }
        Ok(())
    }
}

impl Config {
    /// R1-R5, R7: limits a desk can work to, chains of role words.
    fn validate_requests(&self) -> Result<(), (String, String)> {
        let r = &self.request;
        for (key, value, min, max) in [
            (
                "request.requirement_evaluation_working_days",
                r.requirement_evaluation_working_days,
                1,
                60,
            ),
            ("request.product_working_days", r.product_working_days, 1, 60),
            ("request.account_working_days", r.account_working_days, 1, 60),
            ("request.extraction_working_days", r.extraction_working_days, 1, 60),
            (
                "request.processing_opinion_working_days",
                r.processing_opinion_working_days,
                1,
                60,
            ),
            (
                "request.account_removal_working_days",
                r.account_removal_working_days,
                1,
                60,
            ),
            ("request.warn_before_minutes", r.warn_before_minutes, 0, 7 * 24 * 60),
            (
                "request.receipt_within_minutes",
                r.receipt_within_minutes,
                1,
                7 * 24 * 60,
            ),
        ] {
            if !(min..=max).contains(&value) {
                return Err((
                    key.into(),
                    format!("must be between {min} and {max}; {value} is not a working value"),
                ));
            }
        }
        let a = &r.approvals;
        for (kind, chain) in [
            ("requirement", &a.requirement),
            ("product", &a.product),
            ("account", &a.account),
            ("extraction", &a.extraction),
            ("processing", &a.processing),
        ] {
            for role in chain {
                if let Err(e) = crate::domain::request::role_word(role) {
                    return Err((format!("request.approvals.{kind}"), e.to_string()));
                }
            }
        }
        Ok(())
    }
}

impl Config {
    /// R9's reply time and approvals, R6's target.
    fn validate_support(&self) -> Result<(), (String, String)> {
        let (s, t) = (&self.support, &self.training);
        if !(1..=WEEK_MINUTES).contains(&s.reply_within_minutes) {
            return Err((
                "support.reply_within_minutes".into(),
                format!(
                    "must be between 1 and {WEEK_MINUTES}; {} is not a working value",
                    s.reply_within_minutes
                ),
            ));
        }
        if !(1..=200).contains(&t.monthly_target_hours) {
            return Err((
                "training.monthly_target_hours".into(),
                format!(
                    "must be between 1 and 200; {} is not a working value",
                    t.monthly_target_hours
                ),
            ));
        }
        for role in &s.approvals {
            if let Err(e) = crate::domain::request::role_word(role) {
                return Err(("support.approvals".into(), e.to_string()));
            }
        }
        Ok(())
    }
}

/// A week, a month, a year: upper bounds for durations, so that no deadline computed from a
/// setting can leave the calendar (an overflow would stop every command that counts one).
const WEEK_MINUTES: u32 = 7 * 24 * 60;
const MONTH_MINUTES: u32 = 31 * 24 * 60;
const DAY_SECONDS: u32 = 24 * 3600;

impl Config {
    /// Every number has an upper bound an operator would never need to pass.
    fn validate_bounds(&self) -> Result<(), (String, String)> {
        let (e, r, n, ch) = (&self.escalation, &self.recurrence, &self.notify, &self.change);
        let bounded: [(&str, u32, u32, &str); 29] = [
            (
                "escalation.supervisor_minutes",
                e.supervisor_minutes,
                WEEK_MINUTES,
                "minutes (a week)",
            ),
            (
                "escalation.manager_minutes",
                e.manager_minutes,
                WEEK_MINUTES,
                "minutes (a week)",
            ),
            (
                "escalation.leader_minutes",
                e.leader_minutes,
                WEEK_MINUTES,
                "minutes (a week)",
            ),
            (
                "escalation.report_within_minutes",
                e.report_within_minutes,
                WEEK_MINUTES,
                "minutes (a week)",
            ),
            (
                "recurrence.quick_fix_minutes",
                r.quick_fix_minutes,
                24 * 60,
                "minutes (a day)",
            ),
            ("recurrence.count", r.count, 1000, ""),
            ("recurrence.window_days", r.window_days, 366, "days (a year)"),
            (
                "notify.broadcast_after_minutes",
                n.broadcast_after_minutes,
                WEEK_MINUTES,
                "minutes (a week)",
            ),
            (
                "notify.broadcast_within_minutes",
                n.broadcast_within_minutes,
                WEEK_MINUTES,
                "minutes (a week)",
            ),
            (
                "notify.recovery_within_minutes",
                n.recovery_within_minutes,
                WEEK_MINUTES,
                "minutes (a week)",
            ),
            (
                "notify.explanation_within_hours",
                n.explanation_within_hours,
                31 * 24,
                "hours (a month)",
            ),
            (
                "notify.review_warning_minutes",
                n.review_warning_minutes,
                24 * 60,
                "minutes (a day)",
            ),
            ("notify.retry_attempts", n.retry_attempts, 100, ""),
            (
                "notify.retry_backoff_seconds",
                n.retry_backoff_seconds,
                DAY_SECONDS,
                "seconds (a day)",
            ),
            ("notify.lease_seconds", n.lease_seconds, DAY_SECONDS, "seconds (a day)"),
            ("notify.sms_max_chars", n.sms_max_chars, 10_000, "characters"),
            (
                "notify.send_every_seconds",
                n.send_every_seconds,
                3600,
                "seconds (an hour)",
            ),
            (
                "notify.smtp.timeout_seconds",
                n.smtp.timeout_seconds,
                3600,
                "seconds (an hour)",
            ),
            (
                "notify.command.timeout_seconds",
                n.command.timeout_seconds,
                3600,
                "seconds (an hour)",
            ),
            (
                "outage.single_limit_minutes",
                self.outage.single_limit_minutes,
                MONTH_MINUTES,
                "minutes (a month)",
            ),
            (
                "outage.monthly_limit_minutes",
                self.outage.monthly_limit_minutes,
                MONTH_MINUTES,
                "minutes (a month)",
            ),
            (
                "change.maintenance_notice_working_days",
                ch.maintenance_notice_working_days,
                60,
                "working days",
            ),
            (
                "change.collaborator_request_working_days",
                ch.collaborator_request_working_days,
                60,
                "working days",
            ),
            (
                "change.notice_hours_before_end_of_day",
                ch.notice_hours_before_end_of_day,
                24,
                "hours",
            ),
            (
                "change.result_notice_hours",
                ch.result_notice_hours,
                31 * 24,
                "hours (a month)",
            ),
            (
                "change.summary_working_days",
                ch.summary_working_days,
                60,
                "working days",
            ),
            (
                "billing.anomaly_report_within_minutes",
                self.billing.anomaly_report_within_minutes,
                WEEK_MINUTES,
                "minutes (a week)",
            ),
            (
                "incident.satisfied_at_least",
                u32::from(self.incident.satisfied_at_least),
                5,
                "",
            ),
            (
                "quality.callback_after_days",
                self.quality.callback_after_days,
                90,
                "days",
            ),
        ];
        for (key, value, max, unit) in bounded {
            if value > max {
                let unit = if unit.is_empty() {
                    String::new()
                } else {
                    format!(" {unit}")
                };
                return Err((
                    key.into(),
                    format!("must be at most {max}{unit}; {value} is not a working value"),
                ));
            }
        }
        for y in &self.calendar.years {
            if !(2000..=2099).contains(&y.year) {
                return Err(("calendar.years".into(), format!("year {} is outside 2000-2099", y.year)));
            }
        }
        Ok(())
    }

    /// The sending settings: known duty kinds, a lease longer than any timeout, a channel that
    /// can carry its medium.
    fn validate_messages(&self) -> Result<(), (String, String)> {
        let n = &self.notify;
        for (key, value) in [
            ("notify.retry_attempts", n.retry_attempts),
            ("notify.retry_backoff_seconds", n.retry_backoff_seconds),
            ("notify.lease_seconds", n.lease_seconds),
            ("notify.sms_max_chars", n.sms_max_chars),
            ("notify.send_every_seconds", n.send_every_seconds),
            ("notify.smtp.timeout_seconds", n.smtp.timeout_seconds),
            ("notify.command.timeout_seconds", n.command.timeout_seconds),
        ] {
            if value == 0 {
                return Err((key.into(), "must be greater than 0".into()));
            }
        }
        for (key, path) in [
            ("desk.database", &self.desk.database),
            ("notify.smtp.ca_file", &n.smtp.ca_file),
            ("notify.smtp.password_file", &n.smtp.password_file),
            ("notify.spool_dir", &n.spool_dir),
        ] {
            if path.chars().any(char::is_control) {
                return Err((key.into(), "a path may not hold a control character".into()));
            }
        }
        for k in &n.automatic {
            if crate::domain::duty::DutyKind::parse(k).is_err() {
                let known: Vec<&str> = crate::domain::duty::DutyKind::ALL.iter().map(|k| k.as_str()).collect();
                return Err((
                    "notify.automatic".into(),
                    format!("unknown duty kind {k:?}: use {}", known.join(", ")),
                ));
            }
        }
        let longest = n.smtp.timeout_seconds.max(n.command.timeout_seconds);
        if n.lease_seconds <= longest {
            return Err((
                "notify.lease_seconds".into(),
                format!("must be longer than the longest channel timeout ({longest} s)"),
            ));
        }
        if n.sms == ChannelName::Smtp {
            return Err((
                "notify.sms".into(),
                "SMS goes by \"spool\" or \"command\", not smtp".into(),
            ));
        }
        let uses = |c: ChannelName| n.email == c || n.sms == c;
        if uses(ChannelName::Command) && n.command.program.trim().is_empty() {
            return Err((
                "notify.command.program".into(),
                "a command channel is chosen but no program is set".into(),
            ));
        }
        if uses(ChannelName::Smtp) && n.smtp.host.trim().is_empty() {
            return Err((
                "notify.smtp.host".into(),
                "the smtp channel is chosen but no host is set".into(),
            ));
        }
        if n.from.trim().is_empty() {
            return Err(("notify.from".into(), "e-mail needs a sender".into()));
        }
        Ok(())
    }
}
