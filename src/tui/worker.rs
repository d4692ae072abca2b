//! The thread that owns the database connection. It loads what the console shows, makes the
//! changes the user asks for, and on its own one-second tick runs the escalation engine, notices
//! other processes' commits ([`Writes::seen`]: `PRAGMA data_version` on SQLite, `LISTEN` on
//! PostgreSQL) and keeps this console's presence fresh. Requests that pile up are coalesced: only
//! the newest query and details are loaded. On a server desk whose connection was lost it says so
//! and carries on: every read and write is tried again once the desk is back.

use crate::domain::kind::Kind;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use anyhow::Result;
use chrono::{DateTime, Utc};

use super::event::Event;
use super::model::{Command, Failure, Query, Reply, Request, Said};
use crate::domain::role::Actor;
use crate::domain::time::whole_seconds;
use crate::error::OpsError;
use crate::ops::billing;
use crate::ops::changes::{self};
use crate::ops::console::ViewKind;
use crate::ops::{Call, Writes, cadence, console, duties, incidents, outbox, requests};
use crate::store::{audit, watch};

/// How often the worker looks for other consoles' commits and runs the engine.
const TICK: Duration = cadence::ENGINE_EVERY;
/// Levels and counts move with the clock alone: a view whose clock-made figures are not foreseen
/// (changes, runs, requests, a record in full) is read again this often.
const RELOAD: Duration = Duration::from_secs(5);
/// The incidents' views are read again when the clock changes what they show (the next level
/// reached, the next duty missed: `watch::next_clock_change`), on a commit, or else this often.
const QUIET_RELOAD: Duration = Duration::from_secs(60);
/// Presence heartbeat (others see it as stale after 30 s).
const BEAT: Duration = Duration::from_secs(10);

/// What the worker is started with.
pub struct Spawn<W> {
    pub desk: W,
    /// Where the counting and indexing threads open connections of their own.
    pub source: super::count::Source,
    pub me: Actor,
    pub read_only: bool,
    /// Where the desk's own notice templates are, if any.
    pub templates: Option<PathBuf>,
}

struct Worker<W> {
    desk: W,
    source: super::count::Source,
    me: Actor,
    console: String,
    read_only: bool,
    templates: Option<PathBuf>,
    events: Sender<Event>,
    query: Query,
    detail: Option<i64>,
    change_detail: Option<i64>,
    run_detail: Option<i64>,
    request_detail: Option<i64>,
    /// The record the full-screen detail shows.
    record: Option<(Kind, i64)>,
    /// Why the desk cannot be reached, while its connection is made again (said once).
    away: Option<String>,
    /// Moves on with every commit this worker makes or sees another make: what kept charts
    /// were read under.
    generation: u64,
    charts: crate::ops::reports::charts::Cache,
    last_tick: Instant,
    last_reload: Instant,
    /// When the clock alone next changes what the incidents' views show, as of the last read.
    next_clock: Option<DateTime<Utc>>,
    /// Reads of the console's state and details (a test counts them: an idle tick reads none).
    reads: u64,
    last_beat: Option<(Instant, Option<(Kind, i64)>)>,
    reload: bool,
    reload_detail: bool,
    /// The directory last sent, and whether to read it again (the desk changed).
    directory: Option<crate::ops::services::Directory>,
    reload_directory: bool,
    /// The live filter's count, on a thread of its own; the filter and generation last asked.
    counter: super::count::Counter,
    counted: Option<(crate::store::incidents::QueueFilter, u64, i64)>,
    /// The live filter's index in memory, once built (`store::live_filter`); its build under way;
    /// whether a build failed (the SQL path serves then).
    index: Option<crate::store::live_filter::OpenIndex>,
    building: Option<super::filter_index::Build>,
    index_failed: bool,
}

pub fn spawn<W: Writes + Send + 'static>(
    s: Spawn<W>,
    events: Sender<Event>,
    requests: Receiver<Request>,
) -> JoinHandle<()> {
    let console = format!(
        "{}:{}:{}",
        hostname(),
        std::process::id(),
        Utc::now().timestamp_millis()
    );
    std::thread::Builder::new()
        .name("opsdesk-db".into())
        .spawn(move || Worker::new(s, events, console).run(requests))
        .unwrap_or_else(|e| panic!("cannot start the database thread: {e}"))
}

fn hostname() -> String {
    nix::unistd::gethostname()
        .ok()
        .and_then(|h| h.into_string().ok())
        .unwrap_or_else(|| "host".into())
}

impl<W: Writes> Worker<W> {
    fn new(mut s: Spawn<W>, events: Sender<Event>, console: String) -> Worker<W> {
        // Start looking for others' commits before the first read.
        let _ = s.desk.seen();
        let counter = super::count::Counter::spawn(s.source.clone(), events.clone());
        Worker {
            desk: s.desk,
            source: s.source,
            me: s.me,
            console,
            read_only: s.read_only,
            templates: s.templates,
            events,
            query: Query::default(),
            detail: None,
            change_detail: None,
            run_detail: None,
            request_detail: None,
            record: None,
            away: None,
            generation: 0,
            charts: Default::default(),
            last_tick: Instant::now() - TICK,
            last_reload: Instant::now(),
            next_clock: None,
            reads: 0,
            last_beat: None,
            reload: true,
            reload_detail: false,
            directory: None,
            reload_directory: true,
            counter,
            counted: None,
            index: None,
            building: None,
            index_failed: false,
        }
    }

    fn run(&mut self, requests: Receiver<Request>) {
        loop {
            let wait = TICK.saturating_sub(self.last_tick.elapsed());
            match requests.recv_timeout(wait) {
                Ok(first) => {
                    let batch: Vec<Request> = std::iter::once(first).chain(requests.try_iter()).collect();
                    if !self.handle(batch) {
                        break;
                    }
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => break,
            }
            let step = if self.last_tick.elapsed() >= TICK {
                self.tick()
            } else {
                Ok(())
            };
            let step = step.and_then(|()| self.flush());
            if !self.reachable(&step) {
                continue;
            }
            if let Err(e) = step {
                let _ = self.events.send(Event::Reply(Reply::Fatal(format!("{e:#}"))));
                break;
            }
        }
        if !self.read_only {
            let _ = console::leave(&mut self.desk, &self.console);
        }
    }

    /// Whether the desk answered: while a server desk's connection is being made again, a
    /// failed step is not the end of the console: it says why in the title bar, and everything
    /// is read again once the desk is back.
    fn reachable(&mut self, step: &Result<()>) -> bool {
        let away = self.desk.away();
        if away == self.away {
            return away.is_none() || step.is_ok();
        }
        if away.is_none() {
            self.generation += 1;
            self.reload = true;
            self.reload_detail = true;
            self.reload_directory = true;
        }
        self.away = away.clone();
        self.send(Reply::Away(away.clone()));
        away.is_none() || step.is_ok()
    }

    fn send(&self, reply: Reply) {
        let _ = self.events.send(Event::Reply(reply));
    }

    /// Coalesce a batch: every change in order, the newest query and details. False on Quit.
    fn handle(&mut self, batch: Vec<Request>) -> bool {
        for r in batch {
            match r {
                Request::Quit => return false,
                Request::Query(q) => {
                    self.query = q;
                    self.reload = true;
                }
                Request::Detail(id) => {
                    self.detail = id;
                    self.reload_detail = true;
                }
                Request::ChangeDetail(id) => {
                    self.change_detail = id;
                    self.reload_detail = true;
                }
                Request::RunDetail(id) => {
                    self.run_detail = id;
                    self.reload_detail = true;
                }
                Request::RequestDetail(id) => {
                    self.request_detail = id;
                    self.reload_detail = true;
                }
                Request::Record(r) => {
                    self.record = r;
                    self.reload_detail = true;
                }
                Request::Report { id, which, lang } => {
                    let now = self.now();
                    let r =
                        billing::render_report(&mut self.desk, id, which, &lang, None, self.templates.as_deref(), now)
                            .map_err(|e| format!("{e:#}"));
                    self.send(Reply::Report(Box::new(r)));
                }
                Request::Search(q) => {
                    let hits = self
                        .desk
                        .read_db(|db| crate::ops::search::search(db, &q))
                        .map_err(|e| format!("{e:#}"));
                    self.send(Reply::Search { text: q.text, hits });
                }
                Request::WorkReport { span, date } => {
                    let now = self.now();
                    let figures = crate::ops::reports::work(&mut self.desk, span, date, "", now)
                        .map(|r| (r.period.label, r.counts))
                        .map_err(|e| format!("{e:#}"));
                    self.send(Reply::WorkReport {
                        span,
                        date,
                        figures: Box::new(figures),
                    });
                }
                Request::MergePreview { from, into } => {
                    let me = self.me.clone();
                    let moved = crate::ops::service_merge::preview(&mut self.desk, &me, &from, &into)
                        .map(|m| (m.from.code, m.into.code, m.moved))
                        .map_err(|e| said_of(&e));
                    self.send(Reply::MergePreview { from, into, moved });
                }
                Request::Refresh => {
                    // Asked for: everything read again, the charts too.
                    self.generation += 1;
                    self.reload = true;
                    self.reload_detail = true;
                    self.reload_directory = true;
                }
                Request::MonthPlan(month) => {
                    let plan = changes::month_plan(&mut self.desk, &month).map_err(|e| format!("{e:#}"));
                    self.send(Reply::MonthPlan(Box::new(plan)));
                }
                Request::Notice { id, doc, lang } => {
                    let now = self.now();
                    let r = changes::render_notice(&mut self.desk, id, doc, &lang, self.templates.as_deref(), now)
                        .map_err(|e| format!("{e:#}"));
                    self.send(Reply::Notice(Box::new(r)));
                }
                Request::Mutate { req, cmd } => {
                    let reply = self.mutate(req, &cmd);
                    self.send(reply);
                    self.generation += 1;
                    self.reload = true;
                    self.reload_detail = true;
                    self.reload_directory = true;
                }
            }
        }
        true
    }

    fn now(&self) -> DateTime<Utc> {
        whole_seconds(Utc::now())
    }

    fn tick(&mut self) -> Result<()> {
        self.last_tick = Instant::now();
        let now = self.now();
        if !self.read_only && !cadence::engine_beat(&mut self.desk, &self.me.login, now)?.is_empty() {
            self.generation += 1;
            self.reload = true;
            self.reload_detail = true;
        }
        let seen = self.desk.seen()?;
        if seen.changes {
            self.generation += 1;
            self.reload = true;
            // Another console or a command may have added a service, a department or a person.
            self.reload_directory = true;
        }
        // A presence alone moved who else is on the record shown, nothing the views list.
        if seen.changes || seen.presence {
            self.reload_detail = true;
        }
        if self.clock_moved(now) {
            self.reload = true;
            self.reload_detail = true;
        }
        // Others see this console on the incident or the request it shows in full.
        let on = self
            .detail
            .map(|id| (Kind::Incident, id))
            .or(self.request_detail.map(|id| (Kind::Request, id)));
        let beat_due = match self.last_beat {
            None => true,
            Some((at, was)) => was != on || at.elapsed() >= BEAT,
        };
        if !self.read_only && beat_due {
            console::heartbeat_on(&mut self.desk, &self.console, &self.me, on, now)?;
            self.last_beat = Some((Instant::now(), on));
        }
        Ok(())
    }

    /// Whether the clock alone changed what the console shows since it was read: the incidents'
    /// views know when (the next level, the next missed duty), the others are read every RELOAD.
    fn clock_moved(&self, now: DateTime<Utc>) -> bool {
        // A record in full (any kind) over them has clocks of its own.
        let foreseen = matches!(self.query.view, ViewKind::Incidents | ViewKind::Escalations) && self.record.is_none();
        if !foreseen {
            return self.last_reload.elapsed() >= RELOAD;
        }
        self.last_reload.elapsed() >= QUIET_RELOAD || self.next_clock.is_some_and(|t| now >= t)
    }

    fn flush(&mut self) -> Result<()> {
        let now = self.now();
        if self.reload_directory {
            self.reload_directory = false;
            let dir = crate::ops::services::Directory::read(&mut self.desk)?;
            if self.directory.as_ref() != Some(&dir) {
                self.send(Reply::Directory(Box::new(dir.clone())));
                self.directory = Some(dir);
            }
        }
        if self.reload {
            self.reload = false;
            self.last_reload = Instant::now();
            // The Reports view's charts: read again only when the desk changed, the day rolled
            // over or a minute passed, not on each reload.
            let zone = self.desk.zone();
            let charts = self.query.view == ViewKind::Reports;
            let kept = charts.then(|| self.charts.get(self.generation, now, zone)).flatten();
            let read = charts && kept.is_none();
            self.index_built();
            let snap = console::snapshot_with(&mut self.desk, &self.query, now, kept, &mut self.index)?;
            self.reads += 1;
            let p = self.desk.policy();
            let steps =
                [p.supervisor_after, p.manager_after, p.leader_after, p.broadcast_after].map(|d| d.num_seconds());
            self.next_clock = self.desk.read_db(|tx| watch::next_clock_change(tx, now, &steps))?;
            if read && let Some(c) = &snap.reports {
                self.charts.put(self.generation, now, zone, c);
            }
            let counted_apart = snap.queue_total == console::COUNTED_APART;
            self.send(Reply::Snapshot(Box::new(snap)));
            // After the first frame (and after a change too big to follow): the filter's index.
            if self.index.is_none() && self.building.is_none() && !self.index_failed {
                self.building = Some(super::filter_index::Build::spawn(self.source.clone()));
            }
            // A filtered queue's length, when the index did not give it: asked of the counter
            // once per filter and state of the desk (an idle console does not count again every
            // few seconds).
            if let Some(f) = console::queue_counted_apart(&self.query).filter(|_| counted_apart) {
                // "Missed" moves with the clock alone: such a count is asked again each minute.
                let minute = if f.missed { now.timestamp() / 60 } else { 0 };
                let asked = (f, self.generation, minute);
                if self.counted.as_ref() != Some(&asked) {
                    self.counter.ask(asked.0.clone(), now);
                    self.counted = Some(asked);
                }
            }
        }
        if self.reload_detail {
            self.reload_detail = false;
            self.reads += 1;
            let d = match self.detail {
                Some(id) => console::detail(&mut self.desk, id, &self.me, now)?,
                None => None,
            };
            self.send(Reply::Detail(Box::new(d)));
            if let Some(id) = self.change_detail {
                let c = match changes::show(&mut self.desk, id, now) {
                    Ok(v) => Some(v),
                    Err(e) if crate::error::exit_code(&e) == 3 => None,
                    Err(e) => return Err(e),
                };
                self.send(Reply::ChangeDetail(Box::new(c)));
            }
            if let Some(id) = self.run_detail {
                let r = match billing::show(&mut self.desk, id) {
                    Ok(v) => Some(v),
                    Err(e) if crate::error::exit_code(&e) == 3 => None,
                    Err(e) => return Err(e),
                };
                self.send(Reply::RunDetail(Box::new(r)));
            }
            if let Some(id) = self.request_detail {
                let r = console::request_detail(&mut self.desk, id, &self.me, now)?;
                self.send(Reply::RequestDetail(Box::new(r)));
            }
            if let Some((kind, id)) = self.record {
                let r = crate::tui::full::load(&mut self.desk, kind, id, &self.me, now)?;
                self.send(Reply::Record(Box::new(r)));
            }
        }
        Ok(())
    }

    /// Take the filter's index once its build is done.
    fn index_built(&mut self) {
        let Some(done) = self.building.as_ref().and_then(|b| b.done()) else {
            return;
        };
        self.building = None;
        match done {
            Ok(index) => self.index = Some(index),
            Err(_) => self.index_failed = true,
        }
    }

    fn mutate(&mut self, req: u64, cmd: &Command) -> Reply {
        let now = self.now();
        let me = self.me.clone();
        match self.apply(cmd, &me, now) {
            Ok(record) => Reply::Done { req, record },
            Err(e) => Reply::Failed {
                req,
                failure: self.failure(cmd, e),
            },
        }
    }

    /// Make the change through the core, one arm per kind; the id of the record whose detail the
    /// console shows afterwards (an incident, a change, a run; a duty's record).
    fn apply(&mut self, cmd: &Command, me: &Actor, now: DateTime<Utc>) -> Result<Option<i64>> {
        let d = &mut self.desk;
        let call = |v: &i64| Call::new(me, now).if_version(Some(*v));
        Ok(match cmd {
            Command::NewIncident(new) => Some(incidents::create(d, me, new, now)?.incident.id),
            Command::Incident { id, version, cmd } => Some(incidents::apply(d, &call(version), *id, cmd)?.incident.id),
            Command::Note { id, version, text } => {
                incidents::note(d, &call(version), *id, text)?;
                Some(*id)
            }
            Command::DutyDone { id, version, at, how } => {
                let duty = duties::complete(d, &call(version), *id, *at, how)?;
                Some(duty.record_id)
            }
            Command::NewChange(new) => Some(changes::create(d, me, new, now)?.id),
            Command::Change { id, version, cmd } => Some(changes::apply(d, &call(version), *id, cmd)?.id),
            Command::NewRun {
                kind,
                period,
                in_charge,
            } => Some(billing::create(d, me, *kind, period, in_charge.as_deref(), now)?.id),
            Command::Run { id, version, cmd } => Some(billing::apply(d, &call(version), *id, cmd)?.id),
            Command::Message { id, version, cmd } => {
                outbox::apply(d, &call(version), *id, cmd)?;
                None
            }
            Command::NewRequest(new) => Some(requests::create(d, me, new, now)?.request.id),
            Command::Request { id, version, cmd } => Some(requests::apply(d, &call(version), *id, cmd)?.request.id),
            Command::RemoveAccount { id, version, how, at } => {
                Some(requests::remove_account(d, &call(version), *id, how, *at)?.request_id)
            }
            Command::ScheduleDrill { plan, new } => {
                crate::ops::emergency::schedule_drill(d, me, *plan, new, now)?;
                Some(*plan)
            }
            Command::Drill { id, version, cmd } => Some(
                crate::ops::emergency::apply_drill(d, &call(version), *id, cmd)?
                    .drill
                    .plan_id,
            ),
            Command::DeclareMajor { incident, plan, reason } => {
                let decl = crate::domain::emergency::Declaration {
                    reason: reason.clone(),
                    ..Default::default()
                };
                crate::ops::emergency::declare(d, &Call::new(me, now), *incident, *plan, &decl)?;
                Some(*incident)
            }
            Command::Response { id, version, cmd } => Some(
                crate::ops::emergency::apply_response(d, &call(version), *id, cmd)?
                    .response
                    .incident_id,
            ),
            Command::NewArticle(new) => Some(crate::ops::articles::create(d, me, new, now)?.id),
            Command::Article { id, version, cmd } => Some(crate::ops::articles::apply(d, &call(version), *id, cmd)?.id),
            Command::Problem { id, version, cmd } => {
                Some(crate::ops::problems::apply(d, &call(version), *id, cmd)?.problem.id)
            }
            Command::NewProblem { new, incidents } => {
                Some(crate::ops::problems::create(d, me, new, incidents, now)?.problem.id)
            }
            Command::SendWorkReport { span, date, text } => {
                Some(crate::ops::reports::send(d, me, *span, *date, text, now)?.0.id)
            }
            Command::Quality(q) => Some(crate::ops::quality::cmd::apply(d, me, now, q)?),
            Command::MergeService { from, into } => {
                crate::ops::service_merge::merge(d, me, from, into, now)?;
                None
            }
        })
    }

    fn failure(&mut self, cmd: &Command, e: anyhow::Error) -> Failure {
        let e = self.desk.explain(e);
        match e.downcast_ref::<OpsError>() {
            Some(err) if matches!(err.plain(), OpsError::Conflict(_)) => {
                let (kind, id) = cmd.record().unwrap_or((Kind::Incident, 0));
                let seen = cmd.version().unwrap_or(0);
                let changes = self
                    .desk
                    .read_db(|db| audit::since_version(db, kind, id, seen))
                    .unwrap_or_default();
                let version = changes.iter().filter_map(|h| h.version).max().unwrap_or(seen);
                Failure::Conflict {
                    message: Said::from(err),
                    changes,
                    version,
                }
            }
            Some(err) => Failure::Refused(Said::from(err)),
            None => Failure::Refused(format!("{e:#}").into()),
        }
    }
}

/// A refusal as the console says it: the core's words with its code, or the error's English.
fn said_of(e: &anyhow::Error) -> Said {
    match e.downcast_ref::<OpsError>() {
        Some(err) => Said::from(err),
        None => format!("{e:#}").into(),
    }
}

#[cfg(test)]
#[path = "worker_tests.rs"]
mod tests;
