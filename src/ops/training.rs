//! Training (SPEC R6): a record written once, with its history row, in one transaction; the
//! month's report against the target, every operations staff member on it.

use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;

use super::Writes;
use crate::domain::audit::diff;
use crate::domain::directory::DeptKind;
use crate::domain::kind::Kind;
use crate::domain::role::{Actor, Role};
use crate::domain::training::{Month, NewTraining, ReportRow, Training, TrainingKind, month_report};
use crate::error::not_found;
use crate::store::db::Db;
use crate::store::{audit, departments, training as store, users};

/// R6: record `new`; the person must be a user of the desk, a session's department known.
pub fn add(desk: &mut impl Writes, actor: &Actor, new: &NewTraining, now: DateTime<Utc>) -> Result<Training> {
    let today = now.with_timezone(&desk.zone()).date_naive();
    desk.write_db_as(actor, |tx, actor| {
        let mut t = Training::open(new, actor, today, now)?;
        if users::by_login(tx, &t.person)?.is_none() {
            return Err(not_found(format!("no user {}; see opsdesk user list", t.person)));
        }
        if t.kind == TrainingKind::Session && departments::by_code(tx, &t.dept)?.is_none() {
            return Err(not_found(format!("no department {:?}; see opsdesk dept list", t.dept)));
        }
        t.id = store::insert(tx, &t)?;
        audit::append(
            tx,
            &audit::Entry {
                record: (Kind::Training, t.id),
                subject: (Kind::Training, t.id),
                at: now,
                actor: &actor.login,
                action: "create",
                version: None,
                changes: &diff(None, &t),
                detail: &t.topic,
            },
        )?;
        Ok(t)
    })
}

/// One page of records, newest day first.
pub fn list(
    desk: &mut impl Writes,
    person: Option<&str>,
    month: Option<Month>,
    before: Option<(String, i64)>,
    limit: usize,
) -> Result<Vec<Training>> {
    desk.read_db(|db| store::page(db, person, month, before, limit))
}

/// The month's report: the target, and a line per person.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub month: String,
    pub target_minutes: i64,
    pub rows: Vec<ReportRow>,
    /// The sessions held for other departments that month.
    pub sessions: Vec<Training>,
}

impl Report {
    /// The staff under the target.
    pub fn below(&self) -> impl Iterator<Item = &ReportRow> {
        self.rows.iter().filter(|r| r.below)
    }
}

/// The operations staff (R6): the IT department's operators and supervisors, as the directory
/// has them now.
fn staff(conn: &dyn Db) -> Result<Vec<(String, String)>> {
    let it: Vec<i64> = departments::list(conn)?
        .into_iter()
        .filter(|d| d.kind == DeptKind::It)
        .map(|d| d.id)
        .collect();
    Ok(users::list(conn)?
        .into_iter()
        .filter(|u| it.contains(&u.dept_id) && matches!(u.role, Role::Operator | Role::Supervisor))
        .map(|u| (u.login, u.name))
        .collect())
}

/// R6: `month`'s hours per person against the target, read in the caller's transaction.
pub fn report_in(conn: &dyn Db, config: &crate::config::Config, month: Month) -> Result<Report> {
    let records = store::of_month(conn, month)?;
    let target_minutes = i64::from(config.training.monthly_target_hours) * 60;
    let mut rows = month_report(&staff(conn)?, &records, target_minutes);
    // Someone with hours who is not on the staff list is named as the directory has them.
    for r in rows.iter_mut().filter(|r| !r.staff) {
        if let Some(u) = users::by_login(conn, &r.login)? {
            r.name = u.name;
        }
    }
    Ok(Report {
        month: month.to_string(),
        target_minutes,
        rows,
        sessions: records
            .into_iter()
            .filter(|t| t.kind == TrainingKind::Session)
            .collect(),
    })
}

/// [`report_in`] in a read transaction of its own.
pub fn report(desk: &mut impl Writes, month: Month) -> Result<Report> {
    let config = desk.config().clone();
    desk.read_db(|tx| report_in(tx, &config, month))
}
