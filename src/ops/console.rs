//! What a console shows, read in one transaction: the lists of the view on screen (the open
//! queue, the escalated incidents and open duties, the open changes, the runs, the outbox, or the
//! open requests and the accounts to remove), and what every view's title bar and footer need;
//! one incident or request in full with who else has it open.

use crate::domain::kind::Kind;
use anyhow::Result;
use chrono::{DateTime, Utc};

use super::incidents::{View, views};
use super::outbox::OutboxFilter;
use super::{Desk, Writes};
use crate::domain::duty::{Duty, DutyKind};
use crate::domain::message::MessageState;
use crate::domain::role::Actor;
use crate::store::db::Db;
use crate::store::incidents::{self as store, QueueSort};
use crate::store::{duties, messages, presence};

pub mod duty_rows;
pub mod filter;
pub mod knowledge;
pub mod quality;
pub mod queue;
pub mod sort;

pub use duty_rows::DutyRow;
use duty_rows::duty_rows;

/// A console's views. Each has its own lists, and a snapshot reads those of the view on screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ViewKind {
    #[default]
    Incidents,
    Escalations,
    Changes,
    Billing,
    Outbox,
    Requests,
    Support,
    /// E1: the emergency plans with their drills.
    Plans,
    /// P1: the problems, newest first.
    Problems,
    /// K1: the knowledge base's articles, newest first.
    Knowledge,
    /// Q1-Q3, I11: the charts (issue 15, item 8).
    Reports,
    /// Q5-Q7: corrective notices, samples and callbacks.
    Quality,
}

impl ViewKind {
    pub const ALL: [ViewKind; 12] = [
        ViewKind::Incidents,
        ViewKind::Escalations,
        ViewKind::Changes,
        ViewKind::Billing,
        ViewKind::Outbox,
        ViewKind::Requests,
        ViewKind::Support,
        ViewKind::Plans,
        ViewKind::Problems,
        ViewKind::Knowledge,
        ViewKind::Reports,
        ViewKind::Quality,
    ];
}

/// Which lists to read: those of `view`; for the queue, which open incidents in which order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Query {
    /// The view on screen.
    pub view: ViewKind,
    pub sort: QueueSort,
    pub filter: String,
    /// Rows to load from the top (or the end); grows as the user scrolls toward the other end.
    pub limit: usize,
    /// The queue read from its end (`G`): its last `limit` rows.
    pub from_end: bool,
    /// The queue's `sort` the other way round (its index walked backwards).
    pub reverse: bool,
    /// The sorts of the lists read whole ([`sort::apply`]).
    pub sorts: sort::Sorts,
    /// Which messages the Outbox view lists.
    pub outbox: OutboxFilter,
    /// What the Requests view lists.
    pub requests: RequestsQuery,
    /// The view on screen's own filter, for the views whose lists are read whole
    /// ([`filter::apply`]).
    pub list_filter: String,
    /// The queue's saved filter on (issue 19), besides `filter`.
    pub section: Option<filter::Section>,
    /// Problems and articles to read from the top, by key ([`knowledge::Limits`]).
    pub keyed: knowledge::Limits,
    /// The Quality view's lists to read from the top, by key.
    pub quality: quality::Limits,
}

/// The Requests view's lists: its own filter, and how many rows of each to load from the top
/// (each grows as the user scrolls toward its end).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestsQuery {
    /// Text in the title, the requester, the form's number, the owner, the department, or the id.
    pub filter: String,
    pub limit: usize,
    /// Accounts to remove.
    pub removals: usize,
}

impl Default for RequestsQuery {
    fn default() -> RequestsQuery {
        RequestsQuery {
            filter: String::new(),
            limit: PAGE,
            removals: PAGE,
        }
    }
}

/// Rows loaded at a time.
pub const PAGE: usize = 500;

/// `Snapshot::queue_total` of a filtered queue: not counted with the page, but apart
/// ([`queue_counted_apart`]), so that a key is answered before the count is done.
pub const COUNTED_APART: i64 = -1;

/// The queue's filter when `query` shows a queue whose length is counted apart from its page.
pub fn queue_counted_apart(query: &Query) -> Option<store::QueueFilter> {
    let f = filter::queue(query);
    (query.view == ViewKind::Incidents && !f.is_none()).then_some(f)
}

/// How many rows a list read whole to be sorted holds at most (beyond it, it says there are more).
const SORTED_WHOLE: usize = 100_000;

impl Default for Query {
    fn default() -> Query {
        Query {
            view: ViewKind::default(),
            sort: QueueSort::Urgency,
            filter: String::new(),
            limit: PAGE,
            from_end: false,
            reverse: false,
            sorts: sort::Sorts::default(),
            outbox: OutboxFilter::default(),
            requests: RequestsQuery::default(),
            list_filter: String::new(),
            section: None,
            keyed: knowledge::Limits::default(),
            quality: quality::Limits::default(),
        }
    }
}

/// What a console shows. The lists are those of the views in `views`, the one on screen when it
/// was read; the others' are empty and mean nothing (a console keeps them from their last read,
/// [`Snapshot::absorb`]). The rest is read whatever the view: the title bar and footer show it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Snapshot {
    pub query: Query,
    /// The views whose lists this holds.
    pub views: Vec<ViewKind>,
    /// Open incidents by level: none, supervisor, manager, leader.
    pub counts: [i64; 4],
    /// How many messages are in each state that needs watching (not sent, not cancelled).
    pub outbox_counts: Vec<(MessageState, i64)>,
    /// Open duties that are steps of the escalation ladder: a console flashes at a new one and
    /// names its record and step.
    pub steps: Vec<Duty>,
    /// Open duties past their deadline, all records: the title bar counts them, the console
    /// rings again while there are any.
    pub missed: i64,
    /// Open incidents not yet restored at supervisor, manager and leader level: the title bar's
    /// counts (a restored one needs nobody told any more).
    pub unrestored: [i64; 3],
    /// Open duties whose message awaits review (a draft), with their messages, earliest due first.
    pub drafts: Vec<DutyRow>,
    /// Incidents: the open queue.
    pub queue: Vec<View>,
    /// The queue has more rows than were loaded (below them, or above them read from its end).
    pub more: bool,
    /// How many incidents the queue holds under its filter; [`COUNTED_APART`] when filtered.
    pub queue_total: i64,
    /// Escalations: open, not restored, at supervisor level or above, longest running first.
    pub escalated: Vec<View>,
    /// Escalations: every duty not yet done, earliest due first.
    pub duties: Vec<DutyRow>,
    /// Changes: open changes, newest first.
    pub changes: Vec<super::changes::View>,
    /// Billing: runs still ahead of their deadline, soonest first, then the recent past.
    pub runs: Vec<super::billing::View>,
    /// Outbox: the messages it lists, newest first.
    pub outbox: Vec<super::outbox::Row>,
    /// Requests: the open requests, most urgent first, and whether there are more than loaded.
    pub requests: Vec<super::requests::View>,
    pub requests_more: bool,
    /// Requests: the accounts whose removal an HR record asked for (R3), not yet removed, the
    /// earliest due first; and whether there are more.
    pub removals: Vec<super::requests::AccountRow>,
    pub removals_more: bool,
    /// Support: the forms received, the ledger's queue in order, those passed (R9); the training
    /// report of this month and the month before (R6).
    pub support: Vec<super::support::View>,
    pub training: Vec<super::training::Report>,
    /// E2: every active response, whatever the view (the banner).
    pub banners: Vec<super::emergency::Banner>,
    /// I14: the plans in force (id, name, services), whatever the view: what a declaration picks.
    pub in_force: Vec<(i64, String, Vec<String>)>,
    /// Plans: the plans, newest first, each with its drills.
    pub plans: Vec<super::emergency::PlanRow>,
    /// Problems and Knowledge: their lists, newest first, read by key under the view's filter.
    pub keyed: knowledge::Lists,
    /// Reports: the charts, once read.
    pub reports: Option<Box<super::reports::charts::Charts>>,
    /// Quality: its three lists, newest first, read by key under the view's filter.
    pub quality: quality::Lists,
}

impl Snapshot {
    /// Whether this holds `view`'s lists.
    pub fn holds(&self, view: ViewKind) -> bool {
        self.views.contains(&view)
    }

    /// Take what `new` read: what every view's title bar and footer show, and the lists of the
    /// views it holds; the other views' lists stay as they were last read.
    pub fn absorb(&mut self, mut new: Snapshot) {
        use std::mem::take;
        for view in take(&mut new.views) {
            if !self.holds(view) {
                self.views.push(view);
            }
            match view {
                ViewKind::Incidents => {
                    (self.queue, self.more, self.queue_total) = (take(&mut new.queue), new.more, new.queue_total);
                }
                ViewKind::Escalations => {
                    (self.escalated, self.duties) = (take(&mut new.escalated), take(&mut new.duties));
                }
                ViewKind::Changes => self.changes = take(&mut new.changes),
                ViewKind::Billing => self.runs = take(&mut new.runs),
                ViewKind::Outbox => self.outbox = take(&mut new.outbox),
                ViewKind::Requests => {
                    (self.requests, self.requests_more) = (take(&mut new.requests), new.requests_more);
                    (self.removals, self.removals_more) = (take(&mut new.removals), new.removals_more);
                }
                ViewKind::Support => {
                    (self.support, self.training) = (take(&mut new.support), take(&mut new.training));
                }
                ViewKind::Plans => self.plans = take(&mut new.plans),
                ViewKind::Problems | ViewKind::Knowledge => self.keyed.absorb(view, &mut new.keyed),
                ViewKind::Reports => self.reports = take(&mut new.reports),
                ViewKind::Quality => self.quality = take(&mut new.quality),
            }
        }
        // What every view shows. A field added to `Snapshot` fails to compile in `agrees` until it
        // is named there: take it here too.
        (
            self.query,
            self.counts,
            self.outbox_counts,
            self.steps,
            self.drafts,
            self.missed,
        ) = (
            new.query,
            new.counts,
            new.outbox_counts,
            new.steps,
            new.drafts,
            new.missed,
        );
        self.unrestored = new.unrestored;
        self.banners = new.banners;
        self.in_force = new.in_force;
    }

    /// Whether `new` brings nothing this does not hold already (the worker's periodic reload of
    /// an idle desk).
    pub fn agrees(&self, new: &Snapshot) -> bool {
        let Snapshot {
            query,
            views,
            counts,
            outbox_counts,
            steps,
            missed,
            unrestored,
            drafts,
            queue,
            more,
            queue_total,
            escalated,
            duties,
            changes,
            runs,
            outbox,
            requests,
            requests_more,
            removals,
            removals_more,
            support,
            training,
            banners,
            in_force,
            plans,
            keyed,
            reports,
            quality,
        } = new;
        (query, counts, outbox_counts, steps, drafts, missed, banners, in_force)
            == (
                &self.query,
                &self.counts,
                &self.outbox_counts,
                &self.steps,
                &self.drafts,
                &self.missed,
                &self.banners,
                &self.in_force,
            )
            && *unrestored == self.unrestored
            && views.iter().all(|view| {
                self.holds(*view)
                    && match view {
                        ViewKind::Incidents => {
                            (queue, more, queue_total) == (&self.queue, &self.more, &self.queue_total)
                        }
                        ViewKind::Escalations => (escalated, duties) == (&self.escalated, &self.duties),
                        ViewKind::Changes => *changes == self.changes,
                        ViewKind::Billing => *runs == self.runs,
                        ViewKind::Outbox => *outbox == self.outbox,
                        ViewKind::Requests => {
                            (requests, requests_more, removals, removals_more)
                                == (&self.requests, &self.requests_more, &self.removals, &self.removals_more)
                        }
                        ViewKind::Support => (support, training) == (&self.support, &self.training),
                        ViewKind::Plans => *plans == self.plans,
                        ViewKind::Problems | ViewKind::Knowledge => self.keyed.agrees(*view, keyed),
                        ViewKind::Reports => *reports == self.reports,
                        ViewKind::Quality => *quality == self.quality,
                    }
            })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Detail {
    pub view: View,
    /// Other people whose console shows this incident now (heartbeat within 30 s).
    pub also_here: Vec<String>,
    /// E2: its emergency responses, newest first, each with its timeline and report clock.
    pub responses: Vec<super::emergency::ResponseView>,
    /// P1: the problems it is linked to, (id, status, title).
    pub problems: Vec<(i64, String, String)>,
    /// K1: the published articles for its service and category, (id, title): the desk's advice
    /// beside the incident being handled.
    pub knowledge: Vec<(i64, String)>,
}

/// A request in full (its clock, duties, accounts and history), with who else has it open.
#[derive(Clone, Debug, PartialEq)]
pub struct RequestDetail {
    pub view: super::requests::View,
    /// Other people whose console shows this request now (heartbeat within 30 s).
    pub also_here: Vec<String>,
}

/// The most escalated incidents and open duties a console lists.
const ESCALATIONS_LIMIT: usize = 200;
const DUTIES_LIMIT: usize = 500;
const CHANGES_LIMIT: usize = 200;
const RUNS_LIMIT: usize = 100;
const OUTBOX_LIMIT: usize = 300;
const SUPPORT_LIMIT: usize = 500;
const PLANS_LIMIT: usize = 200;

/// The escalation ladder's steps: a new one flashes every console's title bar.
const STEPS: &[DutyKind] = &[
    DutyKind::ReportSupervisor,
    DutyKind::ReportManager,
    DutyKind::ReportLeader,
    DutyKind::ReportRecurrence,
    DutyKind::Broadcast,
];

pub fn snapshot(desk: &mut Desk, query: &Query, now: DateTime<Utc>) -> Result<Snapshot> {
    snapshot_with(desk, query, now, None, &mut None)
}

/// [`snapshot`], the Reports view's charts taken from `charts` when the caller has them still
/// good (the worker's [`super::reports::charts::Cache`]) instead of read again.
pub fn snapshot_with(
    desk: &mut impl Writes,
    query: &Query,
    now: DateTime<Utc>,
    charts: Option<Box<super::reports::charts::Charts>>,
    index: &mut Option<crate::store::live_filter::OpenIndex>,
) -> Result<Snapshot> {
    let p = desk.policy().clone();
    let config = desk.config().clone();
    let (sup, man, lead) = (
        p.supervisor_after.num_seconds(),
        p.manager_after.num_seconds(),
        p.leader_after.num_seconds(),
    );
    desk.read_db(|tx| {
        let mut s = Snapshot {
            query: query.clone(),
            views: vec![query.view],
            counts: store::open_counts(tx, now, sup, man, lead)?,
            outbox_counts: messages::counts(
                tx,
                &[
                    MessageState::Draft,
                    MessageState::Queued,
                    MessageState::Sending,
                    MessageState::Failed,
                    MessageState::Uncertain,
                ],
            )?,
            steps: duties::open_of(tx, STEPS, DUTIES_LIMIT)?,
            missed: duties::count_open_due_before(tx, now)?,
            unrestored: store::unrestored_counts(tx, now, sup, man, lead)?,
            drafts: duty_rows(tx, messages::duties_with_drafts(tx, DUTIES_LIMIT)?)?,
            banners: super::emergency::banners(tx)?,
            in_force: super::emergency::in_force(tx)?,
            ..Snapshot::default()
        };
        match query.view {
            ViewKind::Incidents => {
                let f = filter::queue(query);
                let (rows, more, total) = queue::read(tx, query, &f, now, index)?;
                s.more = more;
                s.queue_total = total;
                s.queue = views(tx, rows, &p, now)?;
            }
            ViewKind::Escalations => {
                s.escalated = views(tx, store::escalated(tx, now, sup, ESCALATIONS_LIMIT)?, &p, now)?;
                s.duties = duty_rows(tx, duties::open(tx, DUTIES_LIMIT)?)?;
            }
            ViewKind::Changes => s.changes = super::changes::open_views(tx, &config, CHANGES_LIMIT, now)?,
            ViewKind::Billing => s.runs = super::billing::console_views(tx, now, RUNS_LIMIT)?,
            ViewKind::Outbox => {
                // What waits for someone (attention, queued) is few and read whole once sorted;
                // the archive (sent, all) sorts the newest it loads.
                let work = matches!(query.outbox, OutboxFilter::Attention | OutboxFilter::Queued);
                let sorted = query.sorts.get((ViewKind::Outbox, 0)).is_some();
                let limit = if work && sorted { SORTED_WHOLE } else { OUTBOX_LIMIT };
                s.outbox = super::outbox::rows(tx, query.outbox.states(), None, limit)?
            }
            ViewKind::Requests => {
                let whole = [0, 1].map(|pane| query.sorts.get((ViewKind::Requests, pane)).is_some());
                requests_lists(tx, &mut s, &query.requests, whole, &config, now)?
            }
            ViewKind::Support => {
                (s.support, s.training) = super::support::console_lists(tx, &config, SUPPORT_LIMIT, now)?
            }
            ViewKind::Plans => s.plans = super::emergency::plan_rows(tx, PLANS_LIMIT)?,
            ViewKind::Problems | ViewKind::Knowledge => {
                s.keyed = knowledge::read(tx, query.view, &query.list_filter, &query.keyed)?
            }
            ViewKind::Reports => {
                s.reports = Some(match charts {
                    Some(kept) => kept,
                    None => Box::new(super::reports::charts::read(tx, &config, now)?),
                })
            }
            ViewKind::Quality => s.quality = quality::read(tx, &query.list_filter, &query.quality)?,
        }
        filter::apply(&mut s, query.view, &query.list_filter);
        sort::apply(&mut s, query.view, &query.sorts);
        Ok(s)
    })
}

/// The Requests view's lists: one row more than asked for of each says there are more. A list
/// the user sorted (`whole`, per pane) is read whole, so that its sort is over all of it: open
/// requests and accounts to remove are the desk's work in hand, never its archive.
fn requests_lists(
    tx: &dyn Db,
    s: &mut Snapshot,
    q: &RequestsQuery,
    whole: [bool; 2],
    config: &crate::config::Config,
    now: DateTime<Utc>,
) -> Result<()> {
    let limit = |asked: usize, whole: bool| if whole { SORTED_WHOLE } else { asked };
    let (open_limit, removals_limit) = (limit(q.limit, whole[0]), limit(q.removals, whole[1]));
    let mut open = super::requests::open_views(tx, config, &q.filter, open_limit + 1, now)?;
    s.requests_more = open.len() > open_limit;
    open.truncate(open_limit);
    s.requests = open;
    let mut removals = super::requests::removals_by_due(tx, removals_limit + 1)?;
    s.removals_more = removals.len() > removals_limit;
    removals.truncate(removals_limit);
    s.removals = removals;
    Ok(())
}

pub fn detail(desk: &mut impl Writes, id: i64, me: &Actor, now: DateTime<Utc>) -> Result<Option<Detail>> {
    let view = match super::incidents::show(desk, id, now) {
        Ok(v) => v,
        Err(e) if crate::error::exit_code(&e) == 3 => return Ok(None),
        Err(e) => return Err(e),
    };
    desk.read_db(|conn| {
        let also_here = presence::others_on(conn, (Kind::Incident, id), &me.login, now)?;
        let problems = super::problems::of_incident(conn, id)?
            .into_iter()
            .map(|p| (p.id, p.status.as_str().to_string(), p.title))
            .collect();
        let (service, category) = (&view.incident.service, view.incident.category.as_str());
        let knowledge = super::articles::for_incident(conn, service, category, 5)?
            .into_iter()
            .map(|a| (a.id, a.title))
            .collect();
        let responses = super::emergency::of_incident(conn, id, now)?;
        Ok(Some(Detail {
            view,
            also_here,
            responses,
            problems,
            knowledge,
        }))
    })
}

/// Request `id` in full, with who else has it open; `None` when there is no such request.
pub fn request_detail(
    desk: &mut impl Writes,
    id: i64,
    me: &Actor,
    now: DateTime<Utc>,
) -> Result<Option<RequestDetail>> {
    let view = match super::requests::show(desk, id, now) {
        Ok(v) => v,
        Err(e) if crate::error::exit_code(&e) == 3 => return Ok(None),
        Err(e) => return Err(e),
    };
    let also_here = desk.read_db(|conn| presence::others_on(conn, (Kind::Request, id), &me.login, now))?;
    Ok(Some(RequestDetail { view, also_here }))
}

/// This console (an id unique to the process) is looking at `incident`.
pub fn heartbeat(desk: &mut Desk, console: &str, me: &Actor, incident: Option<i64>, now: DateTime<Utc>) -> Result<()> {
    heartbeat_on(desk, console, me, incident.map(|i| (Kind::Incident, i)), now)
}

/// This console is looking at `record` (an incident or a request shown in full), or at none.
pub fn heartbeat_on(
    desk: &mut impl Writes,
    console: &str,
    me: &Actor,
    record: Option<(Kind, i64)>,
    now: DateTime<Utc>,
) -> Result<()> {
    desk.write_aside(|tx| presence::beat(tx, console, &me.login, &me.name, record, now))
}

pub fn leave(desk: &mut impl Writes, console: &str) -> Result<()> {
    desk.write_aside(|tx| presence::leave(tx, console))
}
