//! What the console's state holds and what passes between it and the worker thread that owns the
//! database connection. Plain data: no connection, no terminal.

use crate::domain::kind::Kind;
use chrono::{DateTime, Utc};

use crate::domain::billing::RunKind;
use crate::domain::change::NewChange;
use crate::domain::incident::NewIncident;
use crate::domain::request::NewRequest;
use crate::error::{OpsError, Refusal};
pub use crate::ops::billing::{Rendered as ReportText, Report, View as RunView};
pub use crate::ops::changes::{MonthPlan, NoticeDoc, Rendered, View as ChangeView};
pub use crate::ops::console::{Detail, DutyRow, PAGE, Query, RequestDetail, RequestsQuery, Snapshot};
pub use crate::ops::requests::{AccountRow, View as RequestView};
use crate::ops::{billing, changes, incidents, outbox, requests};
use crate::store::audit::HistoryRow;
pub use crate::store::incidents::QueueSort;

/// A change a user asked for: the kind's own command (the one the command line builds too), on
/// the record at the version the user saw (the core refuses it if the record moved on since).
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    NewIncident(NewIncident),
    Incident {
        id: i64,
        version: i64,
        cmd: incidents::Cmd,
    },
    /// I10: a handling note (changes no field).
    Note {
        id: i64,
        version: i64,
        text: String,
    },
    DutyDone {
        id: i64,
        version: i64,
        at: DateTime<Utc>,
        how: String,
    },
    NewChange(NewChange),
    Change {
        id: i64,
        version: i64,
        cmd: changes::Cmd,
    },
    NewRun {
        kind: RunKind,
        period: String,
        in_charge: Option<String>,
    },
    Run {
        id: i64,
        version: i64,
        cmd: billing::Cmd,
    },
    Message {
        id: i64,
        version: i64,
        cmd: outbox::Cmd,
    },
    NewRequest(Box<NewRequest>),
    /// E1: a drill of plan `plan`.
    ScheduleDrill {
        plan: i64,
        new: crate::domain::emergency::NewDrill,
    },
    Drill {
        id: i64,
        version: i64,
        cmd: crate::ops::emergency::DrillCmd,
    },
    /// I14: incident `incident` declared major on plan `plan`.
    DeclareMajor {
        incident: i64,
        plan: i64,
        reason: String,
    },
    Response {
        id: i64,
        version: i64,
        cmd: crate::ops::emergency::ResponseCmd,
    },
    Request {
        id: i64,
        version: i64,
        cmd: requests::Cmd,
    },
    /// R3: an account to remove was removed (`how`: the ticket, the system's confirmation).
    RemoveAccount {
        id: i64,
        version: i64,
        how: String,
        at: DateTime<Utc>,
    },
    /// K1: a new article (a draft), as `opsdesk article new` writes it.
    NewArticle(crate::domain::article::NewArticle),
    /// K1: a step on an article.
    Article {
        id: i64,
        version: i64,
        cmd: crate::ops::articles::Cmd,
    },
    /// P1: a step on a problem.
    Problem {
        id: i64,
        version: i64,
        cmd: crate::ops::problems::Cmd,
    },
    /// P1: a new problem and the incidents it caused, as `opsdesk problem new` writes it.
    NewProblem {
        new: crate::domain::problem::NewProblem,
        incidents: Vec<i64>,
    },
    /// Q1: the work report of the day (or week) of `date`, sent with the supervisor's words, as
    /// `opsdesk report daily|weekly --send` sends it.
    SendWorkReport {
        span: crate::domain::report::period::Span,
        date: chrono::NaiveDate,
        text: String,
    },
    /// Q5-Q7: a corrective notice's, a sample's or a callback's step.
    Quality(crate::ops::quality::cmd::Cmd),
    /// Issue 19: merge service `from` into `into` (an admin), each typed by any of its words.
    MergeService {
        from: String,
        into: String,
    },
}

impl Command {
    /// The record it changes, as (kind, id, the version the user saw).
    fn target_mut(&mut self) -> Option<(Kind, i64, &mut i64)> {
        Some(match self {
            Command::NewIncident(_)
            | Command::NewChange(_)
            | Command::NewRun { .. }
            | Command::NewRequest(_)
            | Command::ScheduleDrill { .. }
            | Command::NewArticle(_)
            | Command::NewProblem { .. }
            | Command::SendWorkReport { .. }
            | Command::DeclareMajor { .. }
            | Command::MergeService { .. } => {
                return None;
            }
            Command::Drill { id, version, .. } => (Kind::Drill, *id, version),
            Command::Response { id, version, .. } => (Kind::Response, *id, version),
            Command::DutyDone { id, version, .. } => (Kind::Duty, *id, version),
            Command::Incident { id, version, .. } | Command::Note { id, version, .. } => (Kind::Incident, *id, version),
            Command::Change { id, version, .. } => (Kind::Change, *id, version),
            Command::Run { id, version, .. } => (Kind::Run, *id, version),
            Command::Message { id, version, .. } => (Kind::Message, *id, version),
            Command::Request { id, version, .. } => (Kind::Request, *id, version),
            Command::RemoveAccount { id, version, .. } => (Kind::Account, *id, version),
            Command::Article { id, version, .. } => (Kind::Article, *id, version),
            Command::Problem { id, version, .. } => (Kind::Problem, *id, version),
            Command::Quality(q) => return q.target_mut(),
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

/// What a service merge would move: the code merged, the code kept, and how many records of
/// each kind name the one merged.
pub type MergeMoves = (String, String, Vec<(Kind, usize)>);

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
    /// The request whose detail to keep fresh (and to show others as "also here").
    RequestDetail(Option<i64>),
    /// A run's report rendered for preview.
    Report {
        id: i64,
        which: Report,
        lang: String,
    },
    /// The record the full-screen detail shows, to keep fresh (`None` when it closes).
    Record(Option<(Kind, i64)>),
    Mutate {
        req: u64,
        cmd: Command,
    },
    /// The global search's hits for what is typed (issue 14).
    Search(crate::store::search::find::Query),
    /// Q1: the figures of the work report of the day (or week) of `date`, for its form.
    WorkReport {
        span: crate::domain::report::period::Span,
        date: chrono::NaiveDate,
    },
    /// What merging service `from` into `into` would move, for its confirmation.
    MergePreview {
        from: String,
        into: String,
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
    RequestDetail(Box<Option<RequestDetail>>),
    Report(Box<Result<ReportText, String>>),
    /// A record in full for the full-screen detail.
    Record(Box<crate::tui::full::Loaded>),
    /// The hits for the words `text`.
    Search {
        text: String,
        hits: Result<Vec<crate::ops::search::Hit>, String>,
    },
    /// Q1: a work report's figures (its period's label and counts) for its form.
    WorkReport {
        span: crate::domain::report::period::Span,
        date: chrono::NaiveDate,
        figures: Box<Result<(String, crate::store::reports::WorkCounts), String>>,
    },
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
    /// How many open incidents the queue holds under `filter` (counted apart from its page, off
    /// the keys' path: `tui::count`), or why it could not be counted.
    QueueCount {
        filter: crate::store::incidents::QueueFilter,
        total: Result<i64, String>,
    },
    /// The directory as it now stands (services, departments, people): what the forms offer.
    Directory(Box<crate::ops::services::Directory>),
    /// What merging service `from` into `into` would move: the two services' codes and the
    /// records of each kind naming `from`; or why it is refused.
    MergePreview {
        from: String,
        into: String,
        moved: Result<MergeMoves, Said>,
    },
    /// Why a server desk cannot be reached while its connection is made again (the title bar
    /// says so); `None` once it is back.
    Away(Option<String>),
    /// The database failed in a way the console cannot go on from.
    Fatal(String),
}
