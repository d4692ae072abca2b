//! Requests as the screens show them: one with its clock, duties, accounts and history; a page
//! of the archive (R8); the open ones by urgency, for the console's Requests view.

use anyhow::Result;
use chrono::{DateTime, Utc};

use super::rules;
use crate::domain::account::Account;
use crate::domain::duty::Duty;
use crate::domain::kind::Kind;
use crate::domain::request::{Clock, Request, Rules};
use crate::error::not_found;
use crate::ops::Writes;
use crate::store::audit::{self, HistoryRow};
use crate::store::db::Db;
use crate::store::requests::{self as store, Filter};
use crate::store::{departments, duties};

/// A request as screens and `--json` show it: the record, where its clock stands (the text
/// inputs of a countdown: the deadline, the pause and its reason, the classification on the
/// record), its department's name, its duties and (for `show`) the accounts it granted and its
/// timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    pub request: Request,
    pub clock: Clock,
    pub dept_name: String,
    pub duties: Vec<Duty>,
    pub accounts: Vec<Account>,
    pub history: Vec<HistoryRow>,
}

/// Views of `page`, each with its duties, read in the caller's transaction.
fn views(conn: &dyn Db, page: Vec<Request>, rules: &Rules, now: DateTime<Utc>) -> Result<Vec<View>> {
    let ids: Vec<i64> = page.iter().map(|r| r.id).collect();
    let mut all = duties::of_records(conn, Kind::Request, &ids)?;
    let depts = departments::list(conn)?;
    Ok(page
        .into_iter()
        .map(|r| {
            let mine: Vec<Duty> = all.extract_if(.., |d| d.record_id == r.id).collect();
            let dept_name = depts
                .iter()
                .find(|d| d.code == r.dept)
                .map_or_else(|| r.dept.clone(), |d| d.name.clone());
            View {
                clock: r.clock(rules, now),
                request: r,
                dept_name,
                duties: mine,
                accounts: Vec::new(),
                history: Vec::new(),
            }
        })
        .collect())
}

/// One request with everything: its clock at `now`, duties, accounts and timeline.
pub fn show(desk: &mut impl Writes, id: i64, now: DateTime<Utc>) -> Result<View> {
    let rules = rules(desk);
    desk.read_db(|tx| {
        let r = store::get(tx, id)?.ok_or_else(|| not_found(format!("no request {id}")))?;
        let mut v = views(tx, vec![r], &rules, now)?
            .pop()
            .ok_or_else(|| not_found(format!("no request {id}")))?;
        v.accounts = crate::store::accounts::of_request(tx, id)?;
        v.history = audit::timeline(tx, Kind::Request, id)?;
        Ok(v)
    })
}

/// One page of the archive (R8), newest first, each with its clock and duties.
pub fn list(desk: &mut impl Writes, filter: &Filter, now: DateTime<Utc>) -> Result<Vec<View>> {
    let rules = rules(desk);
    desk.read_db(|tx| views(tx, store::list(tx, filter, now)?, &rules, now))
}

/// The open requests, most urgent first (a running clock by its deadline, then those paused,
/// those met and not closed, those waiting for approvals), those `filter` finds: what the
/// console's Requests view lists, read inside its snapshot.
pub fn open_views(
    conn: &dyn Db,
    config: &crate::config::Config,
    filter: &str,
    limit: usize,
    now: DateTime<Utc>,
) -> Result<Vec<View>> {
    let rules = Rules::from_config(config);
    views(conn, store::open_by_urgency(conn, filter, limit)?, &rules, now)
}
