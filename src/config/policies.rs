//! The domain's policies, built from the effective configuration: the numbers of the procedure
//! the rules take. The domain knows nothing of files; the config builds what it needs.

use chrono::Duration;

use super::Config;
use crate::domain::billing::BillingPolicy;
use crate::domain::calendar::{Calendar, CalendarYear, SHIPPED};
use crate::domain::change::ChangePolicy;
use crate::domain::escalation::Policy;
use crate::domain::message::SendPolicy;
use crate::domain::request::{RequestPolicy, Rules};

impl Policy {
    pub fn from_config(c: &Config) -> Policy {
        let m = |v: u32| Duration::minutes(i64::from(v));
        Policy {
            supervisor_after: m(c.escalation.supervisor_minutes),
            manager_after: m(c.escalation.manager_minutes),
            leader_after: m(c.escalation.leader_minutes),
            report_within: m(c.escalation.report_within_minutes),
            quick_fix: m(c.recurrence.quick_fix_minutes),
            recurrence_count: c.recurrence.count,
            recurrence_window: Duration::days(i64::from(c.recurrence.window_days)),
            broadcast_after: m(c.notify.broadcast_after_minutes),
            broadcast_within: m(c.notify.broadcast_within_minutes),
            recovery_within: m(c.notify.recovery_within_minutes),
            explanation_within: Duration::hours(i64::from(c.notify.explanation_within_hours)),
        }
    }
}

impl ChangePolicy {
    pub fn from_config(c: &Config) -> ChangePolicy {
        let ch = &c.change;
        ChangePolicy {
            early_start: ch.early_window_start,
            early_end: ch.early_window_end,
            maintenance_days: i64::from(ch.maintenance_notice_working_days),
            collaborator_days: i64::from(ch.collaborator_request_working_days),
            notice_before_end: Duration::hours(i64::from(ch.notice_hours_before_end_of_day)),
            result_within: Duration::hours(i64::from(ch.result_notice_hours)),
            summary_days: i64::from(ch.summary_working_days),
        }
    }
}

impl Calendar {
    /// The shipped years and the desk's own (a desk's year replaces a shipped one).
    pub fn from_config(c: &Config) -> Calendar {
        let mut years: Vec<CalendarYear> = SHIPPED
            .iter()
            .map(|text| toml::from_str(text).unwrap_or_else(|e| panic!("a shipped calendar is invalid: {e}")))
            .collect();
        for y in &c.calendar.years {
            years.retain(|s| s.year != y.year);
            years.push(y.clone());
        }
        Calendar::new(c.desk.zone, c.work.day_start, c.work.day_end, &years)
    }
}

impl crate::domain::emergency::Rules {
    pub fn from_config(c: &Config) -> crate::domain::emergency::Rules {
        let e = &c.emergency;
        crate::domain::emergency::Rules {
            report_every: Duration::minutes(i64::from(e.report_every_minutes)),
            review_days: i64::from(e.review_working_days),
            notice_within: Duration::minutes(i64::from(e.notice_within_minutes)),
            critical_services: e.critical_services.iter().map(|s| crate::text::normalize(s)).collect(),
            declare_on_p1: e.declare_on_p1,
            declare_at_leader: e.declare_at_leader,
        }
    }
}

impl BillingPolicy {
    pub fn from_config(c: &Config) -> BillingPolicy {
        BillingPolicy {
            billing_due_day: c.billing.billing_due_day,
            settlement_due_day: c.billing.settlement_due_day,
            anomaly_report_within: Duration::minutes(i64::from(c.billing.anomaly_report_within_minutes)),
        }
    }
}

impl SendPolicy {
    pub fn from_config(c: &Config) -> SendPolicy {
        let n = &c.notify;
        SendPolicy {
            max_attempts: i64::from(n.retry_attempts),
            backoff: Duration::seconds(i64::from(n.retry_backoff_seconds)),
            max_backoff: Duration::minutes(30),
            lease: Duration::seconds(i64::from(n.lease_seconds)),
        }
    }
}

impl RequestPolicy {
    pub fn from_config(c: &Config) -> RequestPolicy {
        let r = &c.request;
        let days = |v: u32| i64::from(v);
        RequestPolicy {
            requirement_days: days(r.requirement_evaluation_working_days),
            product_days: days(r.product_working_days),
            account_days: days(r.account_working_days),
            extraction_days: days(r.extraction_working_days),
            processing_days: days(r.processing_opinion_working_days),
            requirement_chain: r.approvals.requirement.clone(),
            product_chain: r.approvals.product.clone(),
            account_chain: r.approvals.account.clone(),
            extraction_chain: r.approvals.extraction.clone(),
            processing_chain: r.approvals.processing.clone(),
            warn_before: Duration::minutes(i64::from(r.warn_before_minutes)),
            receipt_within: Duration::minutes(i64::from(r.receipt_within_minutes)),
            removal_days: days(r.account_removal_working_days),
        }
    }
}

impl Rules {
    pub fn from_config(c: &Config) -> Rules {
        Rules {
            cal: Calendar::from_config(c),
            policy: RequestPolicy::from_config(c),
        }
    }
}

impl crate::domain::support::SupportRules {
    pub fn from_config(c: &Config) -> crate::domain::support::SupportRules {
        crate::domain::support::SupportRules {
            cal: Calendar::from_config(c),
            policy: crate::domain::support::SupportPolicy {
                reply_within: Duration::minutes(i64::from(c.support.reply_within_minutes)),
                chain: c.support.approvals.clone(),
            },
        }
    }
}
