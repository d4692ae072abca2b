//! Duties: something the procedure says must be done for a record by an instant (report to the
//! supervisor, tell every department, send a notice). A general record, so that incidents,
//! changes and billing runs share it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::role::Role;
use crate::error::{Code, OpsError, Refusal};

/// Who a duty's message is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// Users with this role (the IT department's, for supervisor and manager).
    Role(Role),
    /// Every business department, copied to the IT department's staff, supervisors and manager.
    AllDepartments,
    /// The reporter and the customers and users affected.
    Affected,
    /// C5: the maintenance departments.
    Maintenance,
    /// C5: the front-line service departments (call centre, network operations).
    FrontLine,
    /// C6: the departments whose hands the change needs.
    Collaborators,
    /// C7: the concerned departments' interface persons and heads, by relevance; cc the leader in
    /// charge and those departments' managers.
    ChangeNotice,
    /// C8: the change notice's main recipients.
    ChangeResult,
    /// C9: the business departments' managers; cc the leader in charge.
    DeptManagers,
    /// Work the IT department does itself (C9's full confirmation).
    Desk,
    /// B6: the IT department's supervisors and manager.
    SupervisorsAndManager,
    /// B5: SMS to the department manager and supervisors; e-mail to all its staff, the manager
    /// in Cc.
    DeskReport,
    /// R7: the person who sent a request, at the contact they left (else their department's
    /// interface person).
    Requester,
    /// R7: a request's owner and the IT department's supervisors.
    OwnerAndSupervisors,
    /// R9: a contact form's project initiator, at the contact they left (else their department's
    /// interface person).
    Initiator,
    /// E1, E2: the leadership group of the emergency plan, each person as the directory has them.
    Leadership,
    /// Q6: the department a corrective notice is for: its interface person and head; cc its
    /// manager.
    CorrectiveDept,
    /// Q1: the IT department's manager and leaders; cc its supervisors.
    ReportReaders,
}

macro_rules! duty_kinds {
    ($($variant:ident = $text:literal, $audience:expr, $rule:literal, $en:literal;)+) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum DutyKind {
            $(#[serde(rename = $text)] $variant),+
        }

        impl DutyKind {
            pub const ALL: &'static [DutyKind] = &[$(DutyKind::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $(DutyKind::$variant => $text),+ }
            }

            pub fn audience(self) -> Audience {
                match self { $(DutyKind::$variant => $audience),+ }
            }

            /// The SPEC rule that demands it.
            pub fn rule(self) -> &'static str {
                match self { $(DutyKind::$variant => $rule),+ }
            }

            /// One line in English, for the CLI and the history.
            pub fn describe(self) -> &'static str {
                match self { $(DutyKind::$variant => $en),+ }
            }

            pub fn parse(s: &str) -> Result<DutyKind, OpsError> {
                DutyKind::ALL.iter().copied().find(|k| k.as_str() == s)
                    .ok_or_else(|| OpsError::Invalid(format!("unknown duty kind {s:?}")))
            }
        }
    };
}

duty_kinds! {
    ReportSupervisor = "report_supervisor", Audience::Role(Role::Supervisor), "I6", "report to the supervisor";
    ReportManager = "report_manager", Audience::Role(Role::Manager), "I6", "report to the department manager";
    ReportLeader = "report_leader", Audience::Role(Role::Leader), "I6", "report to the leader in charge";
    ReportRecurrence = "report_recurrence", Audience::Role(Role::Supervisor), "I7", "report the recurring fault to the supervisor";
    Broadcast = "broadcast", Audience::AllDepartments, "I8", "tell every business department, copy IT staff, supervisors and manager";
    RecoveryNotice = "recovery_notice", Audience::Affected, "I8", "tell affected customers and users the service is restored";
    ExplanationNotice = "explanation_notice", Audience::AllDepartments, "I8", "publish the incident explanation notice";
    C5Maintenance = "c5_maintenance_notice", Audience::Maintenance, "C5", "tell the maintenance departments, working days ahead";
    C5FrontLine = "c5_frontline_notice", Audience::FrontLine, "C5", "tell the front-line service departments";
    C6Request = "c6_collaborator_request", Audience::Collaborators, "C6", "send the change request and plan to the collaborating departments";
    C7Notice = "c7_change_notice", Audience::ChangeNotice, "C7", "send the change notice to the user departments";
    C8Result = "c8_result_notice", Audience::ChangeResult, "C8", "send the change result notice";
    C9Confirmation = "c9_confirmation", Audience::Desk, "C9", "fully confirm the change";
    C9Summary = "c9_summary_report", Audience::DeptManagers, "C9", "send the change summary report";
    B5Report = "b5_deadline_report", Audience::DeskReport, "B5", "report the run by its deadline, done or not";
    B6Anomaly = "b6_anomaly_report", Audience::SupervisorsAndManager, "B6", "report the anomaly to the supervisor and manager";
    R1Evaluation = "r1_first_evaluation", Audience::Desk, "R1", "return the first evaluation of the requirement";
    R2Done = "r2_product_done", Audience::Desk, "R2", "complete the product request";
    R3Done = "r3_account_done", Audience::Desk, "R3", "complete the account request";
    R4Done = "r4_extraction_done", Audience::Desk, "R4", "deliver the data extraction";
    R5Opinion = "r5_first_opinion", Audience::Desk, "R5", "give the first opinion on the data processing";
    R5Urgent = "r5_urgent_reply", Audience::Desk, "R5", "handle the urgent item and reply to the supervisor";
    R7Receipt = "r7_receipt", Audience::Requester, "R7", "tell the requester it was received and when it is due";
    R7Warning = "r7_limit_warning", Audience::OwnerAndSupervisors, "R7", "warn the owner and supervisors the limit is close";
    R3Removal = "r3_account_removal", Audience::Desk, "R3", "remove the account of a person who moved or left";
    R9Reply = "r9_reply", Audience::Initiator, "R9", "reply to the project's initiator in a traceable form";
    E1Drill = "e1_drill", Audience::Desk, "E1", "hold the scheduled drill of the emergency plan";
    E1DrillReport = "e1_drill_report", Audience::Leadership, "E1", "send the drill's evaluation report to the plan's leadership group";
    E2Notice = "e2_leadership_notice", Audience::Leadership, "E2", "tell the plan's leadership group the emergency response has started";
    E2Progress = "e2_progress_report", Audience::Leadership, "E2", "report progress to the plan's leadership group";
    E2AllClear = "e2_all_clear", Audience::Leadership, "E2", "tell the leadership group the response stood down (all-clear)";
    E2Review = "e2_review", Audience::Desk, "E2", "review the emergency response";
    E2ReviewReport = "e2_review_report", Audience::Leadership, "E2", "send the review of the emergency response to the leadership group";
    Q6Notice = "q6_corrective_notice", Audience::CorrectiveDept, "Q6", "send the corrective notice to the department";
    Q6FollowUp = "q6_follow_up", Audience::Desk, "Q6", "follow up the corrective notice by its due date";
    Q7Callback = "q7_callback", Audience::Desk, "Q7", "call the reporter back and record the result";
    Q1Report = "q1_work_report", Audience::ReportReaders, "Q1", "send the work report to the IT department's manager and leaders";
}

impl DutyKind {
    /// A duty that the steps of its record close, never `opsdesk duty done`: a request's limit
    /// is met by evaluating or delivering it, an account is removed by `accounts remove`.
    pub fn closed_by_its_record(self) -> bool {
        matches!(
            self,
            DutyKind::R1Evaluation
                | DutyKind::R2Done
                | DutyKind::R3Done
                | DutyKind::R4Done
                | DutyKind::R5Opinion
                | DutyKind::R5Urgent
                | DutyKind::R3Removal
                | DutyKind::R9Reply
                | DutyKind::E1Drill
                | DutyKind::E2Review
                | DutyKind::Q6FollowUp
                | DutyKind::Q7Callback
        )
    }
}

/// pending: not done and not yet due; missed: not done and past due; done: done (maybe late);
/// withdrawn: its moment was never reached once the recorded times were known (I6, I8).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DutyState {
    Pending,
    Done,
    Missed,
    Withdrawn,
}

impl DutyState {
    pub fn as_str(self) -> &'static str {
        match self {
            DutyState::Pending => "pending",
            DutyState::Done => "done",
            DutyState::Missed => "missed",
            DutyState::Withdrawn => "withdrawn",
        }
    }
}

/// A duty as stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Duty {
    pub id: i64,
    pub kind: DutyKind,
    pub record_kind: super::kind::Kind,
    pub record_id: i64,
    /// Which handling of the record raised it (an incident's episode: 0, then +1 per reopening).
    pub episode: i64,
    /// Who must be told, as the directory named them when the duty was raised.
    pub whom: String,
    /// When the rule's condition was met.
    pub raised_at: DateTime<Utc>,
    pub due_at: DateTime<Utc>,
    pub done_at: Option<DateTime<Utc>>,
    pub done_by: Option<String>,
    /// How it was done: "told manager Wang by phone"; for a withdrawn duty, why.
    pub done_how: String,
    /// Withdrawn rather than done: closed (`done_at` is when) without anyone being told, because
    /// the recorded times show its moment never came (a restoration recorded after the fact).
    #[serde(default)]
    pub withdrawn: bool,
    pub version: i64,
}

impl Duty {
    pub fn state(&self, now: DateTime<Utc>) -> DutyState {
        match self.done_at {
            Some(_) if self.withdrawn => DutyState::Withdrawn,
            Some(_) => DutyState::Done,
            None if now > self.due_at => DutyState::Missed,
            None => DutyState::Pending,
        }
    }

    /// Done after its deadline.
    pub fn late(&self) -> bool {
        !self.withdrawn && self.done_at.is_some_and(|d| d > self.due_at)
    }

    /// When a message of this duty still waiting for review is flagged (issue 21): half the
    /// duty's window before its deadline, at most `max_lead` before it. A draft nobody approves
    /// must not miss its deadline unseen.
    pub fn review_alarm_at(&self, max_lead: chrono::Duration) -> DateTime<Utc> {
        let half = (self.due_at - self.raised_at) / 2;
        self.due_at - half.min(max_lead).max(chrono::Duration::zero())
    }

    /// An open duty whose draft must be reviewed now: its alarm has gone.
    pub fn review_is_urgent(&self, max_lead: chrono::Duration, now: DateTime<Utc>) -> bool {
        self.done_at.is_none() && now >= self.review_alarm_at(max_lead)
    }

    /// Close an open duty that is no longer owed, with the reason (I6, I8: a step whose moment
    /// was not reached once the restoration was recorded). `None` when it is closed already: what
    /// was done stays done.
    pub fn withdraw(&self, by: &str, reason: &str, now: DateTime<Utc>) -> Option<Duty> {
        if self.done_at.is_some() {
            return None;
        }
        let mut d = self.clone();
        d.done_at = Some(now);
        d.done_by = Some(by.to_string());
        d.done_how = reason.to_string();
        d.withdrawn = true;
        d.version += 1;
        Some(d)
    }

    /// Record that it was done: when, by whom, how.
    pub fn complete(&self, by: &str, at: DateTime<Utc>, how: &str, now: DateTime<Utc>) -> Result<Duty, OpsError> {
        if self.done_at.is_some() {
            let by = self.done_by.as_deref().unwrap_or("?");
            return Err(OpsError::Rule(format!("duty {} was already done by {by} ", self.id))
                .coded(Refusal::new(Code::DutyAlreadyDone).text("id", self.id).text("by", by)));
        }
        let how = crate::text::normalize(how);
        if how.is_empty() {
            return Err(OpsError::Invalid(
                "say how it was done, e.g. \"told manager Wang by phone\"".into(),
            ));
        }
        crate::text::check_len("how", &how, 1000)?;
        if (at - now).num_seconds() > 60 {
            return Err(OpsError::Invalid("done_at is in the future".into()));
        }
        if at < self.raised_at {
            return Err(OpsError::Invalid("done_at is before the duty was raised".into()));
        }
        let mut d = self.clone();
        d.done_at = Some(at);
        d.done_by = Some(by.to_string());
        d.done_how = how;
        d.version += 1;
        Ok(d)
    }
}

record!(Duty, super::kind::Kind::Duty);

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    fn duty() -> Duty {
        let t = Utc.with_ymd_and_hms(2026, 11, 20, 2, 0, 0).unwrap();
        Duty {
            id: 1,
            kind: DutyKind::ReportManager,
            record_kind: crate::domain::kind::Kind::Incident,
            record_id: 3,
            episode: 0,
            whom: "王经理".into(),
            raised_at: t,
            due_at: t + Duration::minutes(5),
            done_at: None,
            done_by: None,
            done_how: String::new(),
            withdrawn: false,
            version: 1,
        }
    }

    #[test]
    fn i8_duty_is_pending_until_due_then_missed() {
        let d = duty();
        let cases = [(0, DutyState::Pending), (5, DutyState::Pending), (6, DutyState::Missed)];
        for (minutes, want) in cases {
            assert_eq!(d.state(d.raised_at + Duration::minutes(minutes)), want, "{minutes} min");
        }
    }

    #[test]
    fn i8_done_records_who_when_how_and_lateness() {
        let d = duty();
        let at = d.raised_at + Duration::minutes(7);
        let done = d.complete("zhang", at, "told manager Wang by phone", at).unwrap();
        assert_eq!(done.state(at), DutyState::Done);
        assert!(done.late());
        assert!(done.complete("li", at, "again", at).is_err());
        assert!(d.complete("zhang", at, "  ", at).is_err());
    }

    #[test]
    fn i8_a_draft_awaiting_review_is_flagged_half_its_window_before_at_most_ten_minutes() {
        let ten = Duration::minutes(10);
        let mut d = duty(); // raised t, due t + 5 min: flagged from t + 2:30
        let cases = [(0, false), (149, false), (150, true), (300, true), (900, true)];
        for (secs, flagged) in cases {
            let now = d.raised_at + Duration::seconds(secs);
            assert_eq!(d.review_is_urgent(ten, now), flagged, "5-minute window at +{secs} s");
        }
        // A 24-hour window (the explanation notice): flagged 10 minutes before, not 12 hours.
        d.due_at = d.raised_at + Duration::hours(24);
        assert_eq!(d.review_alarm_at(ten), d.due_at - ten);
        // Done another way: no longer flagged.
        let done = d.complete("li", d.due_at, "phoned", d.due_at).unwrap();
        assert!(!done.review_is_urgent(ten, d.due_at));
    }

    #[test]
    fn i6_a_withdrawn_duty_is_closed_not_done_and_never_late() {
        let d = duty();
        let at = d.due_at + Duration::minutes(30);
        let w = d.withdraw("li", "restored before this step", at).unwrap();
        assert_eq!(w.state(at), DutyState::Withdrawn);
        assert!(!w.late());
        assert_eq!((w.version, w.done_how.as_str()), (2, "restored before this step"));
        assert!(w.withdraw("li", "again", at).is_none(), "withdrawn once");
        let done = d.complete("zhang", at, "told", at).unwrap();
        assert!(
            done.withdraw("li", "too late", at).is_none(),
            "what was done stays done"
        );
    }
}
