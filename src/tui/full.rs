//! Any record in full, open or closed, for the full-screen detail (`Action::OpenDetail`, Enter
//! in a list, `:38` and `:chg#4` in the palette): what the worker reads for it, one kind per arm.
//! A duty is shown as the record it belongs to.

use anyhow::Result;
use chrono::{DateTime, Utc};

use crate::domain::article::Article;
use crate::domain::kind::Kind;
use crate::domain::role::Actor;
use crate::ops::console::{Detail, RequestDetail};
use crate::ops::{Writes, articles, billing, changes, console, emergency, outbox, problems, support};
use crate::store::audit::{self, HistoryRow};

/// A record as its full-screen detail shows it.
#[allow(clippy::large_enum_variant)] // one at a time, on screen
#[derive(Clone, Debug, PartialEq)]
pub enum Full {
    Incident(Detail),
    Change(changes::View),
    Run(billing::View),
    Message(outbox::Row),
    Request(RequestDetail),
    Problem(ProblemFull),
    Article(ArticleFull),
    Support(support::View),
    Response(emergency::ResponseView),
    /// E1: a plan with its drills and its history.
    Plan(PlanFull),
    /// E1: a drill with its duties and history.
    Drill(DrillFull),
    /// Q6, Q5, Q7: a corrective notice, a sample, a callback, each with its history.
    Quality(QualityFull),
}

impl Full {
    /// The record's kind and id (a duty's record's, when a duty was asked for).
    pub fn record(&self) -> (Kind, i64) {
        match self {
            Full::Incident(d) => (Kind::Incident, d.view.incident.id),
            Full::Change(v) => (Kind::Change, v.change.id),
            Full::Run(v) => (Kind::Run, v.run.id),
            Full::Message(r) => (Kind::Message, r.message.id),
            Full::Request(d) => (Kind::Request, d.view.request.id),
            Full::Problem(p) => (Kind::Problem, p.view.problem.id),
            Full::Article(a) => (Kind::Article, a.article.id),
            Full::Support(v) => (Kind::Support, v.form.id),
            Full::Response(v) => (Kind::Response, v.response.id),
            Full::Plan(p) => (Kind::Plan, p.row.plan.id),
            Full::Drill(d) => (Kind::Drill, d.drill.id),
            Full::Quality(q) => q.record(),
        }
    }
}

/// A problem as `opsdesk problem show` reads it, with its history.
#[derive(Clone, Debug, PartialEq)]
pub struct ProblemFull {
    pub view: problems::View,
    pub history: Vec<HistoryRow>,
}

/// An article as `opsdesk article show` reads it, with its history.
#[derive(Clone, Debug, PartialEq)]
pub struct ArticleFull {
    pub article: Article,
    pub history: Vec<HistoryRow>,
}

/// A plan as `opsdesk plan show` reads it: its drills with their duties, its history.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanFull {
    pub row: emergency::PlanRow,
    pub history: Vec<HistoryRow>,
}

/// A drill as `opsdesk drill show` reads it.
#[derive(Clone, Debug, PartialEq)]
pub struct DrillFull {
    pub drill: crate::domain::emergency::Drill,
    pub duties: Vec<crate::domain::duty::Duty>,
    pub history: Vec<HistoryRow>,
}

/// A quality record as `opsdesk corrective show`, `sample show` and `callback list` read it,
/// with its history.
#[derive(Clone, Debug, PartialEq)]
pub struct QualityFull {
    pub record: QualityRecord,
    pub history: Vec<HistoryRow>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum QualityRecord {
    Corrective(crate::ops::quality::correctives::View),
    Sample(crate::ops::quality::samples::View),
    Callback(crate::ops::console::quality::CallbackRow),
}

impl QualityFull {
    fn record(&self) -> (Kind, i64) {
        match &self.record {
            QualityRecord::Corrective(v) => (Kind::Corrective, v.corrective.id),
            QualityRecord::Sample(v) => (Kind::Sample, v.sample.id),
            QualityRecord::Callback(r) => (Kind::Callback, r.view.callback.id),
        }
    }

    /// Record `id` of `kind`, `None` when there is none.
    fn load(conn: &dyn crate::store::db::Db, kind: Kind, id: i64) -> Result<Option<QualityFull>> {
        use crate::ops::quality::{callbacks, correctives, samples};
        let record = match kind {
            Kind::Corrective => found(correctives::get(conn, id))?.map(QualityRecord::Corrective),
            Kind::Sample => found(samples::get(conn, id))?.map(QualityRecord::Sample),
            _ => found(callbacks::get(conn, id))?
                .map(|view| -> Result<QualityRecord> {
                    let c = &view.callback;
                    let record_status = crate::ops::console::quality::status_of(conn, c.record_kind, c.record_id)?;
                    Ok(QualityRecord::Callback(crate::ops::console::quality::CallbackRow {
                        view,
                        record_status,
                    }))
                })
                .transpose()?,
        };
        let Some(record) = record else { return Ok(None) };
        // A sample's findings and a notice's duties are rows under it; a callback's rows are
        // under the record it follows.
        let history = match kind {
            Kind::Callback => audit::of_record(conn, kind, id)?,
            _ => audit::timeline(conn, kind, id)?,
        };
        Ok(Some(QualityFull { record, history }))
    }
}

/// What the worker read for a record asked for by kind and id: `full` is `None` when there is
/// no such record.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub kind: Kind,
    pub id: i64,
    pub full: Option<Full>,
}

/// The kinds the full-screen detail shows.
pub fn shown(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Incident
            | Kind::Change
            | Kind::Run
            | Kind::Message
            | Kind::Request
            | Kind::Duty
            | Kind::Problem
            | Kind::Article
            | Kind::Support
            | Kind::Response
            | Kind::Plan
            | Kind::Drill
            | Kind::Corrective
            | Kind::Sample
            | Kind::Callback
    )
}

/// `None` for "not found" (exit code 3); other errors are the database's and stop the console.
fn found<T>(r: Result<T>) -> Result<Option<T>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(e) if crate::error::exit_code(&e) == 3 => Ok(None),
        Err(e) => Err(e),
    }
}

/// Read record `id` of `kind` in full.
pub fn load(desk: &mut impl Writes, kind: Kind, id: i64, me: &Actor, now: DateTime<Utc>) -> Result<Loaded> {
    let full = match kind {
        Kind::Incident => console::detail(desk, id, me, now)?.map(Full::Incident),
        Kind::Change => found(changes::show(desk, id, now))?.map(Full::Change),
        Kind::Run => found(billing::show(desk, id))?.map(Full::Run),
        Kind::Message => found(outbox::show(desk, id))?.map(|v| {
            Full::Message(outbox::Row {
                message: v.message,
                duty: v.duty,
            })
        }),
        Kind::Request => console::request_detail(desk, id, me, now)?.map(Full::Request),
        Kind::Problem => desk.read_db(|db| {
            Ok(match found(problems::get(db, id))? {
                Some(view) => Some(Full::Problem(ProblemFull {
                    view,
                    history: audit::of_record(db, Kind::Problem, id)?,
                })),
                None => None,
            })
        })?,
        Kind::Support => found(support::show(desk, id, now))?.map(Full::Support),
        Kind::Response => found(emergency::show_response(desk, id, now))?.map(Full::Response),
        Kind::Plan => match found(emergency::show_plan(desk, id))? {
            Some(v) => Some(Full::Plan(PlanFull {
                row: emergency::PlanRow {
                    drills: emergency::drills(desk, Some(id), None, 100)?,
                    plan: v.plan,
                },
                history: v.history,
            })),
            None => None,
        },
        Kind::Drill => found(emergency::show_drill(desk, id))?
            .map(|(drill, duties, history)| Full::Drill(DrillFull { drill, duties, history })),
        Kind::Article => desk.read_db(|db| {
            Ok(match found(articles::get(db, id))? {
                Some(article) => Some(Full::Article(ArticleFull {
                    article,
                    history: audit::of_record(db, Kind::Article, id)?,
                })),
                None => None,
            })
        })?,
        Kind::Corrective | Kind::Sample | Kind::Callback => {
            desk.read_db(|db| QualityFull::load(db, kind, id))?.map(Full::Quality)
        }
        Kind::Duty => match crate::ops::duties::record_of(desk, id)? {
            Some((k, rid)) if k != Kind::Duty && shown(k) => load(desk, k, rid, me, now)?.full,
            _ => None,
        },
        _ => None,
    };
    Ok(Loaded { kind, id, full })
}
