//! What the console's state holds and what passes between it and the worker thread that owns the
//! database connection. Plain data: no connection, no terminal.

use chrono::{DateTime, Utc};

use crate::domain::incident::NewIncident;
pub use crate::ops::console::{Detail, DutyRow, PAGE, Query, Snapshot};
use crate::store::audit::HistoryRow;
pub use crate::store::incidents::QueueSort;

/// A change a user asked for. `version` is the version the user saw: the core refuses it if the
/// record moved on since.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    NewIncident(NewIncident),
    Accept {
        id: i64,
        version: i64,
    },
    Contact {
        id: i64,
        version: i64,
        at: DateTime<Utc>,
        note: String,
    },
    Note {
        id: i64,
        version: i64,
        text: String,
    },
    Restore {
        id: i64,
        version: i64,
        at: DateTime<Utc>,
        outage: bool,
        note: String,
    },
    Resolve {
        id: i64,
        version: i64,
        at: DateTime<Utc>,
        cause: String,
        human: bool,
    },
    Verify {
        id: i64,
        version: i64,
        at: DateTime<Utc>,
        satisfaction: Option<u8>,
        note: String,
    },
    Close {
        id: i64,
        version: i64,
        at: DateTime<Utc>,
    },
    Reopen {
        id: i64,
        version: i64,
        at: DateTime<Utc>,
        reason: String,
    },
    DutyDone {
        id: i64,
        version: i64,
        at: DateTime<Utc>,
        how: String,
    },
}

impl Command {
    fn version_mut(&mut self) -> Option<&mut i64> {
        match self {
            Command::NewIncident(_) => None,
            Command::Accept { version, .. }
            | Command::Contact { version, .. }
            | Command::Note { version, .. }
            | Command::Restore { version, .. }
            | Command::Resolve { version, .. }
            | Command::Verify { version, .. }
            | Command::Close { version, .. }
            | Command::Reopen { version, .. }
            | Command::DutyDone { version, .. } => Some(version),
        }
    }

    /// The version of the record the user saw when asking.
    pub fn version(&self) -> Option<i64> {
        self.clone().version_mut().copied()
    }

    /// The same change, made against `version` (after the user saw what changed).
    pub fn rebased(&self, version: i64) -> Command {
        let mut c = self.clone();
        if let Some(v) = c.version_mut() {
            *v = version;
        }
        c
    }

    /// The record it changes: (kind, id).
    pub fn record(&self) -> Option<(&'static str, i64)> {
        match self {
            Command::NewIncident(_) => None,
            Command::DutyDone { id, .. } => Some(("duty", *id)),
            Command::Accept { id, .. }
            | Command::Contact { id, .. }
            | Command::Note { id, .. }
            | Command::Restore { id, .. }
            | Command::Resolve { id, .. }
            | Command::Verify { id, .. }
            | Command::Close { id, .. }
            | Command::Reopen { id, .. } => Some(("incident", *id)),
        }
    }
}

/// Why a change was not made.
#[derive(Clone, Debug, PartialEq)]
pub enum Failure {
    /// Someone changed the record first: who, what, and the version to reapply on.
    Conflict {
        message: String,
        changes: Vec<HistoryRow>,
        version: i64,
    },
    /// A rule, a permission or the input refused it; nothing changed.
    Refused(String),
}

/// From the console to the worker.
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    Query(Query),
    /// The incident whose detail to keep fresh (and to show others as "also here").
    Detail(Option<i64>),
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
    /// The change was made; `incident` is the incident it made or changed.
    Done {
        req: u64,
        incident: Option<i64>,
    },
    Failed {
        req: u64,
        failure: Failure,
    },
    /// The database failed in a way the console cannot go on from.
    Fatal(String),
}
