//! Forms: fields that are text, prose (a multi-line editor), a choice or a toggle; Tab moves,
//! Ctrl-S saves from any field and Enter from any but prose (where it is a new line), Esc leaves
//! (asking first when something was typed). Checked as the user types (TIME fields) and before saving (required fields); what the
//! core then refuses comes back into the form's error line.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::i18n::Strings;
use super::input::LineInput;
use super::model::Command;
use crate::domain::time::{parse_time, whole_seconds};

mod articles;
mod billing;
mod changes;
mod choices;
mod editor;
mod emergency;
mod fields;
mod incidents;
mod keys;
mod problems;
mod quality;
mod reports;
mod requests;
mod services;

use fields::{channel, choice, figure, text, time, toggle, with_text};
use incidents::problem_id;

pub use choices::{Choices, Directory, SHOWN};
pub use editor::Editor;

pub use quality::last_month;
pub use requests::kind_label;

macro_rules! field_ids {
    ($($variant:ident = $word:literal,)+) => {
        /// Every field a form can have, by name: a field looked up by a misspelt name does not
        /// compile. The word is the field's label key (`field.<word>`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum F {
            $($variant),+
        }

        impl F {
            pub fn word(self) -> &'static str {
                match self {
                    $(F::$variant => $word),+
                }
            }
        }
    };
}

field_ids! {
    Account = "account",
    AccountAction = "account_action",
    Affected = "affected",
    Approvals = "approvals",
    At = "at",
    Background = "background",
    Body = "body",
    Categories = "categories",
    FixChange = "fix_change",
    Incidents = "incidents",
    Services = "services",
    BeyondAuthority = "beyond_authority",
    By = "by",
    Category = "category",
    Cause = "cause",
    ChangesProduct = "changes_product",
    Channel = "channel",
    Classification = "classification",
    Collaborators = "collaborators",
    Complex = "complex",
    ConfirmedAt = "confirmed_at",
    ConfirmedBy = "confirmed_by",
    Contact = "contact",
    Departments = "departments",
    Dept = "dept",
    Description = "description",
    Difficulty = "difficulty",
    Duty = "duty",
    Effect = "effect",
    Emergency = "emergency",
    EmergencyPlan = "emergency_plan",
    EndedAt = "ended_at",
    Failed = "failed",
    Measures = "measures",
    Participants = "participants",
    Scenario = "scenario",
    Simulated = "simulated",
    Timings = "timings",
    Worked = "worked",
    Encrypted = "encrypted",
    End = "end",
    FeedbackForm = "feedback_form",
    FiledAt = "filed_at",
    FormNo = "form_no",
    How = "how",
    Human = "human",
    ImpactDuration = "impact_duration",
    InCharge = "in_charge",
    ItContact = "it_contact",
    Kind = "kind",
    Late = "late",
    Month = "month",
    // Q5-Q7 (the Quality view's forms; their labels are `quality_view.field_<word>`).
    CallResult = "call_result",
    Due = "due",
    ExpectedEffect = "expected_effect",
    Findings = "findings",
    NextDue = "next_due",
    Responsible = "responsible",
    Seed = "seed",
    Size = "size",
    NeedsChange = "needs_change",
    Problem = "problem",
    NewProject = "new_project",
    Note = "note",
    Notes = "notes",
    Notice = "notice",
    OnTime = "on_time",
    Operator = "operator",
    Outage = "outage",
    Outcome = "outcome",
    Period = "period",
    Permission = "permission",
    Person = "person",
    PersonName = "person_name",
    President = "president",
    Purpose = "purpose",
    Reason = "reason",
    ReceivedAt = "received_at",
    Remaining = "remaining",
    Remark = "remark",
    Reply = "reply",
    Reporter = "reporter",
    RequestDept = "request_dept",
    Requester = "requester",
    Requirement = "requirement",
    RestoredAt = "restored_at",
    Result = "result",
    ReviewNote = "review_note",
    Role = "role",
    RunKind = "run_kind",
    Satisfaction = "satisfaction",
    Scope = "scope",
    SentBy = "sent_by",
    Service = "service",
    Severity = "severity",
    Sha256 = "sha256",
    Significance = "significance",
    Start = "start",
    StartedAt = "started_at",
    Steps = "steps",
    Supervisor = "supervisor",
    System = "system",
    Systems = "systems",
    Text = "text",
    Title = "title",
    To = "to",
    Told = "told",
    Urgent = "urgent",
    UseScope = "use_scope",
    UserAffecting = "user_affecting",
    Verdict = "verdict",
    What = "what",
    Why = "why",
    WorkDone = "work_done",
}

/// A field: one of the named ones, or a figure a checklist item asks for (B4), by its name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldId {
    Named(F),
    Figure(String),
}

#[derive(Clone, Debug, PartialEq)]
pub enum FieldKind {
    /// `time`: a TIME (RFC 3339, HH:MM, -16m); empty means the field's default.
    Text {
        input: LineInput,
        time: bool,
    },
    /// (value, label) pairs.
    Choice {
        options: Vec<(String, String)>,
        idx: usize,
    },
    Toggle(bool),
    /// Prose (a note, a description, a cause): a multi-line editor; Enter is a new line.
    Prose(Box<Editor>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    /// What the field is.
    pub id: FieldId,
    pub label: String,
    /// Shown in an empty text field: what leaving it empty means.
    pub hint: String,
    pub kind: FieldKind,
    pub required: bool,
    pub error: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormKind {
    NewIncident,
    /// Issue 19: merge a service into another (an admin).
    MergeService,
    Contact {
        id: i64,
        version: i64,
    },
    Note {
        id: i64,
        version: i64,
    },
    Restore {
        id: i64,
        version: i64,
    },
    Resolve {
        id: i64,
        version: i64,
    },
    Verify {
        id: i64,
        version: i64,
    },
    Reopen {
        id: i64,
        version: i64,
    },
    DutyDone,
    NewChange,
    PlanChange {
        id: i64,
        version: i64,
    },
    ConfirmTest {
        id: i64,
        version: i64,
    },
    Schedule {
        id: i64,
        version: i64,
    },
    Notify {
        id: i64,
        version: i64,
    },
    StartChange {
        id: i64,
        version: i64,
    },
    FinishChange {
        id: i64,
        version: i64,
    },
    ResultNotice {
        id: i64,
        version: i64,
    },
    Summary {
        id: i64,
        version: i64,
    },
    NewRun,
    CheckItem {
        id: i64,
        version: i64,
    },
    ReviewItem {
        id: i64,
        version: i64,
    },
    Anomaly {
        id: i64,
        version: i64,
    },
    Dispute {
        id: i64,
        version: i64,
    },
    Rollback {
        id: i64,
        version: i64,
    },
    /// A new request, laid out for this sub-kind.
    NewRequest {
        kind: crate::domain::request::RequestKind,
    },
    /// E1: a drill of plan `plan`.
    ScheduleDrill {
        plan: i64,
    },
    /// I14: declare incident `id` major.
    DeclareMajor {
        id: i64,
    },
    /// E2: stand response `id` down.
    StandDown {
        id: i64,
        version: i64,
    },
    HoldDrill {
        id: i64,
        version: i64,
    },
    EvaluateDrill {
        id: i64,
        version: i64,
    },
    AcceptRequest {
        id: i64,
        version: i64,
    },
    Approve {
        id: i64,
        version: i64,
    },
    Decide {
        id: i64,
        version: i64,
    },
    Escalate {
        id: i64,
        version: i64,
    },
    Pause {
        id: i64,
        version: i64,
    },
    Resume {
        id: i64,
        version: i64,
    },
    Evaluate {
        id: i64,
        version: i64,
    },
    Deliver {
        id: i64,
        version: i64,
    },
    ConfirmRequest {
        id: i64,
        version: i64,
    },
    CloseRequest {
        id: i64,
        version: i64,
    },
    /// R3: an account to remove was removed.
    RemoveAccount {
        id: i64,
        version: i64,
    },
    /// P1: plan a problem's fix as a change.
    PlanProblem {
        id: i64,
        version: i64,
    },
    CloseProblem {
        id: i64,
        version: i64,
    },
    /// K1: a new article (I10: a case from an incident, filled in).
    NewArticle,
    UpdateArticle {
        id: i64,
        version: i64,
    },
    /// P1: a new problem, as `opsdesk problem new` writes it.
    NewProblem,
    /// Q1: the supervisor's work report of a day or a week (`today` when no date is typed).
    WorkReport {
        today: chrono::NaiveDate,
    },
    /// Q6: a corrective notice issued, followed up, closed.
    NewCorrective,
    FollowUpCorrective {
        id: i64,
        version: i64,
    },
    CloseCorrective {
        id: i64,
        version: i64,
    },
    /// Q5: a sample drawn; the finding on item `pos` of sample `sample`.
    DrawSample,
    Finding {
        sample: i64,
        pos: i64,
    },
    /// Q7: a callback's result.
    RecordCall {
        id: i64,
        version: i64,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Form {
    pub kind: FormKind,
    pub title: String,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// What the core said when it refused the last save.
    pub error: Option<String>,
    /// The request in flight, while saving.
    pub saving: Option<u64>,
    /// What inside the record the form is about (a checklist item's key; an updated article's
    /// words as they were).
    pub subject: Option<String>,
    /// Something was typed, pasted or chosen: Esc asks before dropping it.
    pub touched: bool,
    /// The highlighted row of the values offered under the focused field.
    pub pick: usize,
    /// Lines shown under the fields: what the form will send beside what is typed (a work
    /// report's figures, as the worker read them).
    pub preview: Vec<String>,
}

/// The value of a choice's first option when the user must choose (a satisfaction score is asked
/// for, never assumed): saving refuses it at the field.
pub const ASK: &str = "?";

pub enum Outcome {
    Stay,
    Cancel,
    Submit,
}

impl Form {
    fn new(s: &Strings, kind: FormKind, title_key: &str, id: Option<i64>, fields: Vec<Field>) -> Form {
        let id = id.map(|i| i.to_string()).unwrap_or_default();
        Form {
            kind,
            title: s.f(title_key, &[("id", &id)]),
            fields,
            focus: 0,
            error: None,
            saving: None,
            subject: None,
            touched: false,
            pick: 0,
            preview: Vec::new(),
        }
    }

    /// A comma-separated field (either comma) as its items.
    fn list_of(&self, id: F) -> Vec<String> {
        self.text_of(id)
            .split([',', '，'])
            .map(|x| x.trim().to_string())
            .filter(|x| !x.is_empty())
            .collect()
    }

    fn text_of(&self, id: F) -> String {
        self.text_at(&FieldId::Named(id))
    }

    /// A field's value as it would be sent (trimmed; a choice's value).
    pub fn text_at(&self, id: &FieldId) -> String {
        match self.fields.iter().find(|f| &f.id == id).map(|f| &f.kind) {
            Some(FieldKind::Text { input, .. }) => input.text().trim().to_string(),
            Some(FieldKind::Prose(editor)) => editor.text().trim().to_string(),
            Some(FieldKind::Choice { options, idx }) => options.get(*idx).map(|o| o.0.clone()).unwrap_or_default(),
            _ => String::new(),
        }
    }

    fn toggle_of(&self, id: F) -> bool {
        matches!(
            self.fields.iter().find(|f| f.id == FieldId::Named(id)).map(|f| &f.kind),
            Some(FieldKind::Toggle(true))
        )
    }

    /// The TIME field `id` as an instant; `None` when empty (its default applies).
    fn time_of(&self, id: F, now: DateTime<Utc>, zone: Tz) -> Option<DateTime<Utc>> {
        let t = self.text_of(id);
        (!t.is_empty())
            .then(|| parse_time(&t, now, zone).ok().map(whole_seconds))
            .flatten()
    }

    /// Check every field; the command to send, or `None` with the errors shown at their fields.
    pub fn build(&mut self, now: DateTime<Utc>, zone: Tz, s: &Strings) -> Option<Command> {
        let mut ok = true;
        for f in &mut self.fields {
            f.error = None;
            if let FieldKind::Choice { options, idx } = &f.kind
                && options.get(*idx).is_some_and(|o| o.0 == ASK)
            {
                f.error = Some(s.t("form.choose").to_string());
            }
            if let FieldKind::Prose(editor) = &f.kind
                && f.required
                && editor.is_empty()
            {
                f.error = Some(s.t("form.required").to_string());
            }
            if let FieldKind::Text { input, time } = &f.kind {
                if f.required && input.is_empty() {
                    f.error = Some(s.t("form.required").to_string());
                } else if *time {
                    f.error = check_time(&input.text(), now, zone, s).err();
                } else if f.id == FieldId::Named(F::Problem) && !input.is_empty() {
                    f.error = problem_id(&input.text())
                        .is_none()
                        .then(|| s.t("form.bad_problem").to_string());
                }
            }
            ok &= f.error.is_none();
        }
        if let Some(first) = self.fields.iter().position(|f| f.error.is_some()) {
            self.focus = first;
        }
        if !ok {
            return None;
        }
        match self.kind {
            FormKind::NewIncident
            | FormKind::Contact { .. }
            | FormKind::Note { .. }
            | FormKind::Restore { .. }
            | FormKind::Resolve { .. }
            | FormKind::Verify { .. }
            | FormKind::Reopen { .. }
            | FormKind::DutyDone => self.incidents_command(now, zone),
            FormKind::NewRun
            | FormKind::CheckItem { .. }
            | FormKind::ReviewItem { .. }
            | FormKind::Anomaly { .. }
            | FormKind::Dispute { .. }
            | FormKind::Rollback { .. } => self.billing_command(),
            FormKind::MergeService => self.merge_command(),
            _ if self.is_request_form() => self.requests_command(now, zone, s),
            _ if self.is_emergency_form() => self.emergency_command(now, zone),
            _ if self.is_problem_form() => self.problem_command(s),
            _ if self.is_work_report_form() => self.work_report_command(s),
            _ if self.is_article_form() => self.article_command(s),
            _ if self.is_quality_form() => self.quality_command(now, zone, s),
            _ => self.changes_command(now, zone),
        }
    }
}

fn check_time(text: &str, now: DateTime<Utc>, zone: Tz, s: &Strings) -> Result<(), String> {
    if text.trim().is_empty() {
        return Ok(());
    }
    parse_time(text, now, zone)
        .map(|_| ())
        .map_err(|_| s.t("form.bad_time").to_string())
}
