//! The registry of record kinds: what the machinery every kind shares (the outbox, `check`)
//! needs of each kind, in one place, so that it never tells kinds apart by name and no kind's
//! module is reached except from here. A new kind is a line in each table below.

use std::path::Path;

use anyhow::Result;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rusqlite::Connection;
use serde::Serialize;
use serde_json::{Map, Value};

pub(crate) mod serviced;

use super::billing::{self, Report};
use super::changes::{self, NoticeDoc};
use crate::config::Config;
use crate::domain::account::Account;
use crate::domain::billing::Run;
use crate::domain::change::Change;
use crate::domain::duty::{Duty, DutyKind};
use crate::domain::incident::Incident;
use crate::domain::kind::Kind;
use crate::domain::request::{Request, Rules};
use crate::domain::role::Actor;
use crate::error::not_found;
use crate::notify::recipients::Subject;
use crate::notify::{context, templates};
use crate::store::db::Db;
use crate::store::{
    accounts, articles, callbacks, changes as change_store, correctives, departments, duties, emergency, incidents,
    messages, problems, requests, runs, samples, users,
};

/// The record a duty is about, loaded: what its message is written from. One lives for one
/// composition, so the size difference between variants does not matter.
#[allow(clippy::large_enum_variant)]
pub enum DutySubject {
    Incident(Incident),
    Change(Change),
    Run(Run),
    Request(Request),
    Account(Account),
    Support(crate::domain::support::SupportForm),
    Response(crate::domain::emergency::Response),
    Drill(crate::domain::emergency::Drill),
    Corrective(crate::domain::corrective::Corrective),
    Callback(crate::domain::callback::Callback),
    /// Q1: a work report sent, written from the figures kept with it.
    WorkReport(crate::domain::report::sent::SentReport),
}

impl DutySubject {
    /// The record `duty` is about.
    pub fn load(conn: &dyn Db, duty: &Duty) -> Result<DutySubject> {
        let (kind, id) = (duty.record_kind, duty.record_id);
        let missing = || not_found(format!("duty {} is about {kind} {id}, which does not exist", duty.id));
        Ok(match kind {
            Kind::Incident => DutySubject::Incident(incidents::get(conn, id)?.ok_or_else(missing)?),
            Kind::Change => DutySubject::Change(change_store::get(conn, id)?.ok_or_else(missing)?),
            Kind::Run => DutySubject::Run(runs::get(conn, id)?.ok_or_else(missing)?),
            Kind::Request => DutySubject::Request(requests::get(conn, id)?.ok_or_else(missing)?),
            Kind::Account => DutySubject::Account(accounts::get(conn, id)?.ok_or_else(missing)?),
            Kind::Support => DutySubject::Support(crate::store::support::get(conn, id)?.ok_or_else(missing)?),
            Kind::Response => DutySubject::Response(emergency::response(conn, id)?.ok_or_else(missing)?),
            Kind::Drill => DutySubject::Drill(emergency::drill(conn, id)?.ok_or_else(missing)?),
            Kind::Corrective => DutySubject::Corrective(correctives::get(conn, id)?.ok_or_else(missing)?),
            Kind::Callback => DutySubject::Callback(callbacks::get(conn, id)?.ok_or_else(missing)?),
            Kind::WorkReport => {
                DutySubject::WorkReport(crate::store::work_reports::get(conn, id)?.ok_or_else(missing)?)
            }
            _ => return Err(missing()),
        })
    }

    /// Whom the directory names for it.
    pub fn subject(&self) -> Subject<'_> {
        match self {
            DutySubject::Incident(i) => Subject::Incident(i),
            DutySubject::Change(c) => Subject::Change(c),
            DutySubject::Run(r) => Subject::Run(r),
            DutySubject::Request(r) => Subject::Request(r),
            DutySubject::Account(a) => Subject::Account(a),
            DutySubject::Support(f) => Subject::Support(f),
            DutySubject::Response(r) => Subject::Response(r),
            DutySubject::Drill(d) => Subject::Drill(d),
            DutySubject::Corrective(c) => Subject::Corrective(c),
            DutySubject::Callback(c) => Subject::Callback(c),
            DutySubject::WorkReport(r) => Subject::WorkReport(r),
        }
    }

    /// The duty's message as Markdown, from the template `file` (`report.zh-CN.md`) for an
    /// incident, the kind's notice or report otherwise.
    pub fn markdown(
        &self,
        conn: &dyn Db,
        (zone, config, dir): (Tz, &Config, Option<&Path>),
        duty: &Duty,
        file: &str,
        lang: &str,
        now: DateTime<Utc>,
    ) -> Result<String> {
        match self {
            DutySubject::Incident(inc) => {
                let owner = inc.owner.as_deref().map(|l| super::label_login(conn, l));
                let values = context::incident(inc, owner, duty.kind, config, zone, now);
                templates::render(file, dir, &values)
            }
            DutySubject::Change(ch) => {
                let doc = NoticeDoc::of_duty(duty.kind)
                    .ok_or_else(|| not_found(format!("duty {} of a change sends no notice", duty.id)))?;
                Ok(changes::notice_in(conn, zone, ch, doc, duty.kind.audience(), lang, dir, now)?.body)
            }
            DutySubject::Request(r) => {
                let dept = departments::by_code(conn, &r.dept)?.map_or_else(|| r.dept.clone(), |d| d.name);
                let owner = r.owner.as_deref().map(|l| super::label_login(conn, l));
                let values = context::request(r, &dept, owner, &Rules::from_config(config), now);
                templates::render(file, dir, &values)
            }
            DutySubject::Support(f) => {
                let dept = departments::by_code(conn, &f.dept)?.map_or_else(|| f.dept.clone(), |d| d.name);
                let rules = crate::domain::support::SupportRules::from_config(config);
                let values = context::support(f, &dept, &rules, now);
                templates::render(file, dir, &values)
            }
            DutySubject::Response(r) => {
                super::emergency::documents::response_markdown(conn, r, duty, (zone, dir), file, now)
            }
            DutySubject::Drill(d) => super::emergency::documents::drill_markdown(conn, d, (zone, dir), file, now),
            DutySubject::Corrective(c) => {
                let dept = departments::by_code(conn, &c.dept)?.map_or_else(|| c.dept.clone(), |d| d.name);
                let by = super::label_login(conn, &c.issued_by);
                let values = crate::notify::quality::corrective(c, &dept, &by, zone, now);
                templates::render(file, dir, &values)
            }
            DutySubject::WorkReport(r) => {
                let values: serde_json::Value = serde_json::from_str(&r.context)?;
                templates::render(file, dir, &values)
            }
            DutySubject::Callback(_) => Err(not_found(format!(
                "duty {} of a callback sends no message: the desk calls the reporter",
                duty.id
            ))),
            DutySubject::Account(_) => Err(not_found(format!(
                "duty {} of an account sends no message: the desk removes the account",
                duty.id
            ))),
            DutySubject::Run(run) => match duty.kind {
                DutyKind::B6Anomaly => billing::anomaly_report_in(conn, zone, run.id, duty.id, lang, dir, now),
                _ => Ok(billing::report_in(conn, zone, run.id, Report::Deadline, lang, None, dir, now)?.markdown),
            },
        }
    }
}

/// Every message of `duty` has gone: the duty is done, and whatever its record does then (a
/// change's notice moves the change along as if it had been marked sent).
pub fn on_sent(tx: &dyn Db, duty: &Duty, actor: &Actor, now: DateTime<Utc>, how: &str, zone: Tz) -> Result<()> {
    match duty.record_kind {
        Kind::Change => changes::notice_sent_by_outbox(tx, duty, actor, now, how, zone),
        Kind::Support => super::support::reply_sent_by_outbox(tx, duty, actor, now, how, zone),
        _ => super::duties::complete_in(tx, duty, &actor.login, now, how, now, zone).map(|_| ()),
    }
}

/// A stored record as the history sees it: its id, its version if it has one, its fields.
pub(crate) struct Snapshot {
    pub(crate) id: i64,
    pub(crate) version: Option<i64>,
    pub(crate) fields: Map<String, Value>,
}

fn snap<T: Serialize>(rows: Vec<T>, key: fn(&T) -> (i64, Option<i64>)) -> Result<Vec<Snapshot>> {
    rows.into_iter()
        .map(|r| {
            let (id, version) = key(&r);
            let fields = match serde_json::to_value(&r)? {
                Value::Object(m) => m,
                _ => Map::new(),
            };
            Ok(Snapshot { id, version, fields })
        })
        .collect()
}

pub(crate) type Scan = fn(&Connection, i64, usize) -> Result<Vec<Snapshot>>;

/// Every kind of record whose changes the history records with [`crate::domain::audit::diff`],
/// under the name the history uses for it.
pub(crate) const REPLAYED: &[(Kind, Scan)] = &[
    (Kind::Dept, |c, a, n| {
        snap(departments::scan(c, a, n)?, |r| (r.id, Some(r.version)))
    }),
    (Kind::User, |c, a, n| {
        snap(users::scan(c, a, n)?, |r| (r.id, Some(r.version)))
    }),
    (Kind::Incident, |c, a, n| {
        snap(incidents::scan(c, a, n)?, |r| (r.id, Some(r.version)))
    }),
    (Kind::Duty, |c, a, n| {
        snap(duties::scan(c, a, n)?, |r| (r.id, Some(r.version)))
    }),
    (Kind::Change, |c, a, n| {
        snap(change_store::scan(c, a, n)?, |r| (r.id, Some(r.version)))
    }),
    (Kind::Run, |c, a, n| {
        snap(runs::scan(c, a, n)?, |r| (r.id, Some(r.version)))
    }),
    (Kind::Check, |c, a, n| {
        snap(runs::scan_checks(c, a, n)?, |r| (r.id, Some(r.version)))
    }),
    // Anomalies and round ends are written once and carry no version.
    (Kind::Anomaly, |c, a, n| {
        snap(runs::scan_anomalies(c, a, n)?, |r| (r.id, None))
    }),
    (Kind::RoundEnd, |c, a, n| {
        snap(runs::scan_round_ends(c, a, n)?, |r| (r.id, None))
    }),
    (Kind::Message, |c, a, n| {
        snap(messages::scan(c, a, n)?, |r| (r.id, Some(r.version)))
    }),
    (Kind::Request, |c, a, n| {
        snap(requests::scan(c, a, n)?, |r| (r.id, Some(r.version)))
    }),
    (Kind::Account, |c, a, n| {
        snap(accounts::scan(c, a, n)?, |r| (r.id, Some(r.version)))
    }),
    // HR records and exports are written once and carry no version.
    (Kind::PersonChange, |c, a, n| {
        snap(accounts::scan_person_changes(c, a, n)?, |r| (r.id, None))
    }),
    (Kind::Export, |c, a, n| {
        snap(accounts::scan_exports(c, a, n)?, |r| (r.id, None))
    }),
    (Kind::Support, |c, a, n| {
        snap(crate::store::support::scan(c, a, n)?, |r| (r.id, Some(r.version)))
    }),
    // Training records are written once and carry no version.
    (Kind::Training, |c, a, n| {
        snap(crate::store::training::scan(c, a, n)?, |r| (r.id, None))
    }),
    (Kind::Plan, |c, a, n| {
        snap(emergency::scan_plans(c, a, n)?, |r| (r.id, Some(r.version)))
    }),
    (Kind::Drill, |c, a, n| {
        snap(emergency::scan_drills(c, a, n)?, |r| (r.id, Some(r.version)))
    }),
    (Kind::Response, |c, a, n| {
        snap(emergency::scan_responses(c, a, n)?, |r| (r.id, Some(r.version)))
    }),
    (Kind::Problem, |c, a, n| {
        snap(problems::scan(c, a, n)?, |r| (r.id, Some(r.version)))
    }),
    (Kind::Article, |c, a, n| {
        snap(articles::scan(c, a, n)?, |r| (r.id, Some(r.version)))
    }),
    (Kind::Corrective, |c, a, n| {
        snap(correctives::scan(c, a, n)?, |r| (r.id, Some(r.version)))
    }),
    // Samples and findings are written once and carry no version.
    (Kind::Sample, |c, a, n| snap(samples::scan(c, a, n)?, |r| (r.id, None))),
    (Kind::Finding, |c, a, n| {
        snap(samples::scan_findings(c, a, n)?, |r| (r.id, None))
    }),
    (Kind::Callback, |c, a, n| {
        snap(callbacks::scan(c, a, n)?, |r| (r.id, Some(r.version)))
    }),
    (Kind::WorkReport, |c, a, n| {
        snap(crate::store::work_reports::scan(c, a, n)?, |r| (r.id, Some(r.version)))
    }),
    (Kind::Service, |c, a, n| {
        snap(crate::store::services::scan(c, a, n)?, |r| (r.id, Some(r.version)))
    }),
];
