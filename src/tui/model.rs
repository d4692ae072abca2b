//! What the console's state holds and what passes between it and the worker thread that owns the
//! database connection. Plain data: no connection, no terminal.

use crate::domain::kind::Kind;
use chrono::{DateTime, Utc};

use crate::domain::billing::{CheckResult, Effect, RunKind, Verdict};
use crate::domain::change::{NewChange, Outcome};
use crate::domain::incident::NewIncident;
use crate::error::{OpsError, Refusal};
pub use crate::ops::billing::{Rendered as ReportText, Report, View as RunView};
pub use crate::ops::changes::{MonthPlan, NoticeDoc, Rendered, View as ChangeView};
pub use crate::ops::console::{Detail, DutyRow, PAGE, Query, Snapshot};
use crate::store::audit::HistoryRow;
pub use crate::store::incidents::QueueSort;

/// A change a user asked for. `version` is the version the user saw: the core refuses it if the
/// record moved on since.
#[rustfmt::skip]
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    // Incidents (I3-I12).
    NewIncident(NewIncident),
    Accept { id: i64, version: i64 },
    Contact { id: i64, version: i64, at: DateTime<Utc>, note: String },
    Note { id: i64, version: i64, text: String },
    Restore {
        id: i64,
        version: i64,
        at: DateTime<Utc>,
        outage: bool,
        affected: Vec<String>,
        note: String,
    },
    Resolve { id: i64, version: i64, at: DateTime<Utc>, cause: String, human: bool },
    Verify { id: i64, version: i64, at: DateTime<Utc>, satisfaction: Option<u8>, note: String },
    Close { id: i64, version: i64, at: DateTime<Utc> },
    Reopen { id: i64, version: i64, at: DateTime<Utc>, reason: String },
    DutyDone { id: i64, version: i64, at: DateTime<Utc>, how: String },
    // Changes (C1-C10).
    NewChange(NewChange),
    PlanChange { id: i64, version: i64, start: DateTime<Utc>, end: DateTime<Utc>, month: Option<String> },
    ConfirmTest { id: i64, version: i64, by: String, at: DateTime<Utc> },
    Schedule { id: i64, version: i64, emergency: Option<String> },
    Notify { id: i64, version: i64, notice: String, channel: String, at: DateTime<Utc> },
    StartChange {
        id: i64,
        version: i64,
        at: DateTime<Utc>,
        emergency: Option<String>,
    },
    FinishChange { id: i64, version: i64, at: DateTime<Utc>, outcome: Outcome, why: String },
    ResultNotice { id: i64, version: i64, on_time: bool, late: String, remaining: String, notes: String, channel: String, at: DateTime<Utc> },
    Summary { id: i64, version: i64, confirmed_at: DateTime<Utc>, background: String, work_done: String, difficulty: String, significance: String, channel: String, at: DateTime<Utc> },
    CloseChange { id: i64, version: i64, at: DateTime<Utc> },
    // Billing and settlement runs (B1-B8).
    NewRun { kind: RunKind, period: String, in_charge: Option<String> },
    CheckItem { id: i64, version: i64, key: String, result: CheckResult, figures: std::collections::BTreeMap<String, String>, remark: String },
    ReviewItem { id: i64, version: i64, key: String, verdict: Verdict, note: String },
    Anomaly { id: i64, version: i64, what: String, effect: Effect, told: Option<String> },
    Submit { id: i64, version: i64 },
    ConfirmRun { id: i64, version: i64 },
    Dispute { id: i64, version: i64, reason: String },
    Rollback { id: i64, version: i64, reason: String },
    Retry { id: i64, version: i64 },
    // Messages (the outbox).
    ApproveMessage { id: i64, version: i64 },
    ResendMessage { id: i64, version: i64 },
    EditMessage { id: i64, version: i64, subject: String, body: String },
}

impl Command {
    /// The record it changes, as (kind, id, the version the user saw).
    fn target_mut(&mut self) -> Option<(Kind, i64, &mut i64)> {
        Some(match self {
            Command::NewIncident(_) | Command::NewChange(_) | Command::NewRun { .. } => return None,
            Command::DutyDone { id, version, .. } => (Kind::Duty, *id, version),
            Command::Accept { id, version }
            | Command::Contact { id, version, .. }
            | Command::Note { id, version, .. }
            | Command::Restore { id, version, .. }
            | Command::Resolve { id, version, .. }
            | Command::Verify { id, version, .. }
            | Command::Close { id, version, .. }
            | Command::Reopen { id, version, .. } => (Kind::Incident, *id, version),
            Command::PlanChange { id, version, .. }
            | Command::ConfirmTest { id, version, .. }
            | Command::Schedule { id, version, .. }
            | Command::Notify { id, version, .. }
            | Command::StartChange { id, version, .. }
            | Command::FinishChange { id, version, .. }
            | Command::ResultNotice { id, version, .. }
            | Command::Summary { id, version, .. }
            | Command::CloseChange { id, version, .. } => (Kind::Change, *id, version),
            Command::CheckItem { id, version, .. }
            | Command::ReviewItem { id, version, .. }
            | Command::Anomaly { id, version, .. }
            | Command::Submit { id, version }
            | Command::ConfirmRun { id, version }
            | Command::Dispute { id, version, .. }
            | Command::Rollback { id, version, .. }
            | Command::Retry { id, version } => (Kind::Run, *id, version),
            Command::ApproveMessage { id, version }
            | Command::ResendMessage { id, version }
            | Command::EditMessage { id, version, .. } => (Kind::Message, *id, version),
        })
    }

    /// The version of the record the user saw when asking.
    pub fn version(&self) -> Option<i64> {
        self.clone().target_mut().map(|(_, _, v)| *v)
    }

    /// The same change, made against `version` (after the user saw what changed).
    pub fn rebased(&self, version: i64) -> Command {
        let mut c = self.clone();
        if let Some((_, _, v)) = c.target_mut() {
            *v = version;
        }
        c
    }

    /// The record it changes: (kind, id).
    pub fn record(&self) -> Option<(Kind, i64)> {
        self.clone().target_mut().map(|(k, id, _)| (k, id))
    }
}

/// Why a change was not made.
#[derive(Clone, Debug, PartialEq)]
pub enum Failure {
    /// Someone changed the record first: who, what, and the version to reapply on.
    Conflict {
        message: Said,
        changes: Vec<HistoryRow>,
        version: i64,
    },
    /// A rule, a permission or the input refused it; nothing changed.
    Refused(Said),
}

/// What the core said: its English (what the CLI prints) and, when it has them, its rule code
/// and arguments, for the console to say it in its own language (`Strings::said`).
#[derive(Clone, Debug, PartialEq)]
pub struct Said {
    pub english: String,
    pub refusal: Option<Refusal>,
}

impl From<&OpsError> for Said {
    fn from(e: &OpsError) -> Said {
        Said {
            english: e.message().to_string(),
            refusal: e.refusal().cloned(),
        }
    }
}

impl From<String> for Said {
    fn from(english: String) -> Said {
        Said { english, refusal: None }
    }
}

impl From<&str> for Said {
    fn from(english: &str) -> Said {
        Said::from(english.to_string())
    }
}

/// From the console to the worker. One per user action or screen change: their size does not
/// matter, and boxing would only make them harder to write and compare.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    Query(Query),
    /// The incident whose detail to keep fresh (and to show others as "also here").
    Detail(Option<i64>),
    /// The change whose detail to keep fresh.
    ChangeDetail(Option<i64>),
    /// One month's change plan (C1), `YYYY-MM`.
    MonthPlan(String),
    /// A change's notice rendered for preview, in `lang` (en or zh-CN).
    Notice {
        id: i64,
        doc: NoticeDoc,
        lang: String,
    },
    /// The run whose detail to keep fresh.
    RunDetail(Option<i64>),
    /// A run's report rendered for preview.
    Report {
        id: i64,
        which: Report,
        lang: String,
    },
    Mutate {
        req: u64,
        cmd: Command,
    },
    Refresh,
    Quit,
}

/// From the worker to the console.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply {
    Snapshot(Box<Snapshot>),
    Detail(Box<Option<Detail>>),
    ChangeDetail(Box<Option<ChangeView>>),
    MonthPlan(Box<Result<MonthPlan, String>>),
    Notice(Box<Result<Rendered, String>>),
    RunDetail(Box<Option<RunView>>),
    Report(Box<Result<ReportText, String>>),
    /// The change was made; `record` is the id of the incident or change it made or changed.
    Done {
        req: u64,
        record: Option<i64>,
    },
    Failed {
        req: u64,
        failure: Failure,
    },
    /// What this console's sender did in its last pass that did anything, or why it cannot send.
    Outbox(Result<crate::ops::outbox::PassReport, String>),
    /// The database failed in a way the console cannot go on from.
    Fatal(String),
}
