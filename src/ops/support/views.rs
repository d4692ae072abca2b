//! Contact forms as the screens show them: one with its reply clock, its place in the ledger,
//! duties and history; the ledger's queue; a page of the archive; what the console's Support view
//! lists.

use anyhow::Result;
use chrono::{DateTime, Utc};

use super::rules;
use crate::domain::duty::Duty;
use crate::domain::kind::Kind;
use crate::domain::support::{ReplyClock, SupportForm, SupportRules, SupportStatus, ledger as order};
use crate::error::not_found;
use crate::ops::Writes;
use crate::store::audit::{self, HistoryRow};
use crate::store::db::Db;
use crate::store::support::{self as store, Filter};
use crate::store::{departments, duties};

/// The most forms the ledger's queue holds in one read (a centre's queue is a few dozen).
const QUEUE_MAX: usize = 2_000;

/// A form as screens and `--json` show it: the record, its reply clock at `now`, its department's
/// name, its place in the ledger's queue (none when not in it), its duties and (for `show`) its
/// timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    pub form: SupportForm,
    pub clock: ReplyClock,
    pub dept_name: String,
    pub position: Option<usize>,
    pub duties: Vec<Duty>,
    pub history: Vec<HistoryRow>,
}

/// The ledger: the queue in order, each with its place.
pub type LedgerView = Vec<View>;

fn views(conn: &dyn Db, page: Vec<SupportForm>, rules: &SupportRules, now: DateTime<Utc>) -> Result<Vec<View>> {
    let ids: Vec<i64> = page.iter().map(|f| f.id).collect();
    let mut all = duties::of_records(conn, Kind::Support, &ids)?;
    let depts = departments::list(conn)?;
    let queue: Vec<i64> = if page.iter().any(|f| f.status.in_ledger()) {
        order(store::queue(conn, QUEUE_MAX)?)
            .into_iter()
            .map(|e| e.form.id)
            .collect()
    } else {
        Vec::new()
    };
    Ok(page
        .into_iter()
        .map(|f| {
            let duties: Vec<Duty> = all.extract_if(.., |d| d.record_id == f.id).collect();
            let dept_name = depts
                .iter()
                .find(|d| d.code == f.dept)
                .map_or_else(|| f.dept.clone(), |d| d.name.clone());
            View {
                clock: f.reply_clock(rules, now),
                position: queue.iter().position(|id| *id == f.id).map(|i| i + 1),
                form: f,
                dept_name,
                duties,
                history: Vec::new(),
            }
        })
        .collect())
}

/// One form with everything: its clock at `now`, its place, duties and timeline.
pub fn show(desk: &mut impl Writes, id: i64, now: DateTime<Utc>) -> Result<View> {
    let rules = rules(desk);
    desk.read_db(|tx| {
        let f = store::get(tx, id)?.ok_or_else(|| not_found(format!("no support form {id}")))?;
        let mut v = views(tx, vec![f], &rules, now)?
            .pop()
            .ok_or_else(|| not_found(format!("no support form {id}")))?;
        v.history = audit::timeline(tx, Kind::Support, id)?;
        Ok(v)
    })
}

/// R9: the ledger's queue in the order the centre works on it.
pub fn ledger(desk: &mut impl Writes, now: DateTime<Utc>) -> Result<LedgerView> {
    let rules = rules(desk);
    desk.read_db(|tx| views(tx, store::queue(tx, QUEUE_MAX)?, &rules, now))
}

/// One page of the archive, newest first.
pub fn list(desk: &mut impl Writes, filter: &Filter, now: DateTime<Utc>) -> Result<Vec<View>> {
    let rules = rules(desk);
    desk.read_db(|tx| views(tx, store::list(tx, filter, now)?, &rules, now))
}

/// What the console's Support view lists, read inside its snapshot: the forms received and not
/// yet accepted (their reply clocks), then the ledger's queue in order, then those passed and not
/// yet closed; at most `limit`.
pub fn open_views(
    conn: &dyn Db,
    config: &crate::config::Config,
    limit: usize,
    now: DateTime<Utc>,
) -> Result<Vec<View>> {
    let rules = SupportRules::from_config(config);
    let mut forms = store::with_status(conn, SupportStatus::Received, limit)?;
    forms.extend(store::queue(conn, limit.saturating_sub(forms.len()))?);
    forms.extend(store::with_status(
        conn,
        SupportStatus::Passed,
        limit.saturating_sub(forms.len()),
    )?);
    views(conn, forms, &rules, now)
}

/// What the console's Support view shows: the forms of [`open_views`], and the training report of
/// the month of `now` and of the month before (the last whole month), read in one snapshot.
pub fn console_lists(
    conn: &dyn Db,
    config: &crate::config::Config,
    limit: usize,
    now: DateTime<Utc>,
) -> Result<(Vec<View>, Vec<crate::ops::training::Report>)> {
    let forms = open_views(conn, config, limit, now)?;
    let this = crate::domain::training::Month::of(now.with_timezone(&config.desk.zone).date_naive());
    let reports = vec![
        crate::ops::training::report_in(conn, config, this)?,
        crate::ops::training::report_in(conn, config, this.previous())?,
    ];
    Ok((forms, reports))
}
