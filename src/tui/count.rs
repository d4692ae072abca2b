//! The live filter's count (issue 18): how many open incidents a filtered queue holds is a count
//! over every open incident (tenths of a second on a desk of a hundred thousand), so it is never
//! on a key's path. The worker answers a key with the page alone and asks this thread, which has
//! a connection of its own, for the count; the header says "counting…" until it arrives. A newer
//! filter interrupts a count still running (SQLite's interrupt), and asks pile up into the newest.
//! On a server desk the count is the server's query on a connection of the thread's own (not
//! interrupted: a newer ask waits for it).

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use rusqlite::InterruptHandle;

use super::event::Event;
use super::model::Reply;
use crate::store::Store;
use crate::store::incidents::{self, QueueFilter};

/// Where the console's helper threads open connections of their own: the desk's file, or its
/// server (with the config its desk is opened with).
#[derive(Clone)]
pub enum Source {
    File(PathBuf),
    Server(Box<crate::store::engine::PgUrl>, Box<crate::config::Config>),
}

/// A connection of the counting thread's own.
enum Conn {
    File(Store),
    Server(Box<crate::ops::pg_desk::PgDesk>),
}

impl Conn {
    fn open(at: &Source, interrupt: &Mutex<Option<InterruptHandle>>) -> anyhow::Result<Conn> {
        Ok(match at {
            Source::File(db) => {
                let s = Store::open_read_only_session(db)?;
                if let Ok(mut guard) = interrupt.lock() {
                    *guard = Some(s.conn().get_interrupt_handle());
                }
                Conn::File(s)
            }
            Source::Server(url, config) => Conn::Server(Box::new(crate::ops::pg_desk::PgDesk::open(
                url,
                (**config).clone(),
                true,
            )?)),
        })
    }

    fn count(&mut self, filter: &QueueFilter, now: DateTime<Utc>) -> anyhow::Result<i64> {
        match self {
            Conn::File(s) => incidents::queue_count(s.conn(), filter, now),
            Conn::Server(desk) => {
                use crate::ops::Writes;
                desk.read_db(|db| incidents::queue_count(db, filter, now))
            }
        }
    }
}

/// One count asked for.
struct Ask {
    filter: QueueFilter,
    now: DateTime<Utc>,
}

/// The worker's end: ask for a count, interrupting the one running.
pub struct Counter {
    asks: Sender<Ask>,
    /// The counting connection's interrupt, once it is open.
    interrupt: Arc<Mutex<Option<InterruptHandle>>>,
    /// Why there is no counting thread, when it could not start (each ask is answered with it).
    failed: Option<(String, Sender<Event>)>,
}

impl Counter {
    /// Start the thread on the desk at `db`; answers go to `events` as [`Reply::QueueCount`].
    pub fn spawn(db: Source, events: Sender<Event>) -> Counter {
        let (asks, rx) = std::sync::mpsc::channel();
        let interrupt = Arc::new(Mutex::new(None));
        let shared = interrupt.clone();
        let back = events.clone();
        let failed = std::thread::Builder::new()
            .name("opsdesk-count".into())
            .spawn(move || run(db, rx, events, shared))
            .err()
            .map(|e| (format!("cannot start the counting thread: {e}"), back));
        Counter {
            asks,
            interrupt,
            failed,
        }
    }

    /// Count the open queue under `filter` at `now`; a count still running for an older filter
    /// stops.
    pub fn ask(&self, filter: QueueFilter, now: DateTime<Utc>) {
        if let Some((why, events)) = &self.failed {
            let _ = send(events, filter, Err(why.clone()));
            return;
        }
        if let Ok(guard) = self.interrupt.lock()
            && let Some(h) = guard.as_ref()
        {
            h.interrupt();
        }
        let _ = self.asks.send(Ask { filter, now });
    }
}

fn run(db: Source, asks: Receiver<Ask>, events: Sender<Event>, interrupt: Arc<Mutex<Option<InterruptHandle>>>) {
    // Opened on the first ask: a console that never filters never opens it.
    let mut conn: Option<Conn> = None;
    while let Ok(first) = asks.recv() {
        // Only the newest ask matters.
        let ask = asks.try_iter().last().unwrap_or(first);
        if conn.is_none() {
            match Conn::open(&db, &interrupt) {
                Ok(c) => conn = Some(c),
                Err(e) => {
                    let total = Err(format!("{e:#}"));
                    if send(&events, ask.filter, total).is_err() {
                        return;
                    }
                    continue;
                }
            }
        }
        let Some(c) = &mut conn else { continue };
        let total = c.count(&ask.filter, ask.now);
        let interrupted = total.as_ref().is_err_and(|e| {
            e.downcast_ref::<rusqlite::Error>()
                .and_then(|e| e.sqlite_error_code())
                .is_some_and(|c| c == rusqlite::ErrorCode::OperationInterrupted)
        });
        // An interrupted count was for a filter no longer typed: a newer ask follows it.
        if interrupted {
            continue;
        }
        if send(&events, ask.filter, total.map_err(|e| format!("{e:#}"))).is_err() {
            return;
        }
    }
}

fn send(events: &Sender<Event>, filter: QueueFilter, total: Result<i64, String>) -> Result<(), ()> {
    events
        .send(Event::Reply(Reply::QueueCount { filter, total }))
        .map_err(|_| ())
}
