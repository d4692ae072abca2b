//! What a console shows, read in one transaction: the open queue, counts per level, the
//! escalated incidents and open duties; one incident in full with who else has it open.

use crate::domain::kind::Kind;
use anyhow::Result;
use chrono::{DateTime, Utc};

use super::Desk;
use super::incidents::{View, views};
use super::outbox::OutboxFilter;
use crate::domain::duty::Duty;
use crate::domain::incident::Incident;
use crate::domain::message::{Message, MessageState};
use crate::domain::role::Actor;
use crate::store::incidents::{self as store, QueueSort};
use crate::store::{duties, presence};

/// Which open incidents the queue shows, in which order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Query {
    pub sort: QueueSort,
    pub filter: String,
    /// Rows to load from the top; grows as the user scrolls toward the end.
    pub limit: usize,
    /// Which messages the Outbox view lists.
    pub outbox: OutboxFilter,
}

/// Rows loaded at a time.
pub const PAGE: usize = 500;

impl Default for Query {
    fn default() -> Query {
        Query {
            sort: QueueSort::Urgency,
            filter: String::new(),
            limit: PAGE,
            outbox: OutboxFilter::default(),
        }
    }
}

/// A duty with the record it belongs to.
#[derive(Clone, Debug, PartialEq)]
pub struct DutyRow {
    pub duty: Duty,
    pub incident: Option<Incident>,
    /// The title of the change or request (or the name of the run, or the account) it belongs
    /// to.
    pub change: Option<String>,
    /// Its messages, one per medium, once written.
    pub messages: Vec<Message>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Snapshot {
    pub query: Query,
    pub queue: Vec<View>,
    /// The queue has more rows than were loaded.
    pub more: bool,
    /// Open incidents by level: none, supervisor, manager, leader.
    pub counts: [i64; 4],
    /// Open, not restored, at supervisor level or above: longest running first.
    pub escalated: Vec<View>,
    /// Every duty not yet done, earliest due first.
    pub duties: Vec<DutyRow>,
    /// Open changes, newest first.
    pub changes: Vec<super::changes::View>,
    /// Runs still ahead of their deadline, soonest first, then the recent past.
    pub runs: Vec<super::billing::View>,
    /// The Outbox view's messages, newest first.
    pub outbox: Vec<super::outbox::Row>,
    /// How many messages are in each state that needs watching (not sent, not cancelled).
    pub outbox_counts: Vec<(MessageState, i64)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Detail {
    pub view: View,
    /// Other people whose console shows this incident now (heartbeat within 30 s).
    pub also_here: Vec<String>,
}

/// The most escalated incidents and open duties a console lists.
const ESCALATIONS_LIMIT: usize = 200;
const DUTIES_LIMIT: usize = 500;
const CHANGES_LIMIT: usize = 200;
const RUNS_LIMIT: usize = 100;
const OUTBOX_LIMIT: usize = 300;

pub fn snapshot(desk: &mut Desk, query: &Query, now: DateTime<Utc>) -> Result<Snapshot> {
    let p = desk.policy.clone();
    let config = desk.config.clone();
    let (sup, man, lead) = (
        p.supervisor_after.num_seconds(),
        p.manager_after.num_seconds(),
        p.leader_after.num_seconds(),
    );
    desk.store.read(|tx| {
        let mut rows = store::queue(tx, query.sort, &query.filter, query.limit + 1)?;
        let more = rows.len() > query.limit;
        rows.truncate(query.limit);
        let queue = views(tx, rows, &p, now)?;
        let counts = store::open_counts(tx, now, sup, man, lead)?;
        let escalated = views(tx, store::escalated(tx, now, sup, ESCALATIONS_LIMIT)?, &p, now)?;
        let open = duties::open(tx, DUTIES_LIMIT)?;
        let mut ids: Vec<i64> = open
            .iter()
            .filter(|d| d.record_kind == Kind::Incident)
            .map(|d| d.record_id)
            .collect();
        ids.sort_unstable();
        ids.dedup();
        let owners = store::by_ids(tx, &ids)?;
        let changes = super::changes::open_views(tx, &config, CHANGES_LIMIT, now)?;
        let titles = other_titles(tx, &open)?;
        let runs = super::billing::console_views(tx, now, RUNS_LIMIT)?;
        let ids: Vec<i64> = open.iter().map(|d| d.id).collect();
        let mut sent = crate::store::messages::of_duties(tx, &ids)?;
        let outbox = super::outbox::rows(tx, query.outbox.states(), None, OUTBOX_LIMIT)?;
        let outbox_counts = crate::store::messages::counts(
            tx,
            &[
                MessageState::Draft,
                MessageState::Queued,
                MessageState::Sending,
                MessageState::Failed,
                MessageState::Uncertain,
            ],
        )?;
        let duties = open
            .into_iter()
            .map(|duty| {
                let incident = owners
                    .iter()
                    .find(|i| duty.record_kind == Kind::Incident && i.id == duty.record_id)
                    .cloned();
                let change = changes
                    .iter()
                    .find(|c| duty.record_kind == Kind::Change && c.change.id == duty.record_id)
                    .map(|c| c.change.title.clone())
                    .or_else(|| {
                        runs.iter()
                            .find(|r| duty.record_kind == Kind::Run && r.run.id == duty.record_id)
                            .map(|r| format!("{} {}", r.run.kind, r.run.period))
                    })
                    .or_else(|| {
                        titles
                            .iter()
                            .find(|(k, id, _)| *k == duty.record_kind && *id == duty.record_id)
                            .map(|(_, _, t)| t.clone())
                    });
                let messages = sent.extract_if(.., |m| m.duty_id == duty.id).collect();
                DutyRow {
                    duty,
                    incident,
                    change,
                    messages,
                }
            })
            .collect();
        Ok(Snapshot {
            query: query.clone(),
            queue,
            more,
            counts,
            escalated,
            duties,
            changes,
            runs,
            outbox,
            outbox_counts,
        })
    })
}

/// What the requests and accounts that open duties belong to are called: a request's title (R4
/// with its classification, A2), an account as `system/account (person)`.
fn other_titles(conn: &rusqlite::Connection, open: &[Duty]) -> Result<Vec<(Kind, i64, String)>> {
    let ids = |kind: Kind| {
        let mut v: Vec<i64> = open
            .iter()
            .filter(|d| d.record_kind == kind)
            .map(|d| d.record_id)
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let mut out: Vec<(Kind, i64, String)> = crate::store::requests::by_ids(conn, &ids(Kind::Request))?
        .into_iter()
        .map(|r| {
            let title = match r.classification {
                Some(c) => format!("[{}] {}", c.chinese(), r.title),
                None => r.title,
            };
            (Kind::Request, r.id, title)
        })
        .collect();
    for id in ids(Kind::Account) {
        if let Some(a) = crate::store::accounts::get(conn, id)? {
            out.push((Kind::Account, id, format!("{}/{} ({})", a.system, a.account, a.person)));
        }
    }
    Ok(out)
}

pub fn detail(desk: &mut Desk, id: i64, me: &Actor, now: DateTime<Utc>) -> Result<Option<Detail>> {
    let view = match super::incidents::show(desk, id, now) {
        Ok(v) => v,
        Err(e) if crate::error::exit_code(&e) == 3 => return Ok(None),
        Err(e) => return Err(e),
    };
    let also_here = presence::others_on(desk.store.conn(), (Kind::Incident, id), &me.login, now)?;
    Ok(Some(Detail { view, also_here }))
}

/// This console (an id unique to the process) is looking at `incident`.
pub fn heartbeat(desk: &mut Desk, console: &str, me: &Actor, incident: Option<i64>, now: DateTime<Utc>) -> Result<()> {
    desk.store.write(|tx| {
        presence::beat(
            tx,
            console,
            &me.login,
            &me.name,
            incident.map(|i| (Kind::Incident, i)),
            now,
        )
    })
}

pub fn leave(desk: &mut Desk, console: &str) -> Result<()> {
    desk.store.write(|tx| presence::leave(tx, console))
}
