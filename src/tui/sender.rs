//! The console's sender: a thread with its own connection that runs the outbox every few
//! seconds, so that sending (an SMTP server may take seconds) never holds up the screen. Several
//! consoles and `opsdesk tick` may run it at once: the outbox's leases keep every message to one
//! sender.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::count::Source;
use super::event::Event;
use super::model::Reply;
use crate::config::Config;
use crate::domain::role::Actor;
use crate::notify::channels::Channels;
use crate::ops::cadence::{self, Sent};
use crate::ops::pg_desk::PgDesk;
use crate::ops::{Desk, outbox};
use crate::store::Store;

pub struct Handle {
    stop: Arc<AtomicBool>,
    thread: JoinHandle<()>,
}

impl Handle {
    /// Ask it to stop and give it up to `wait` to finish a send under way (a message it holds
    /// when the process ends would show as "may have been sent").
    pub fn stop(self, wait: Duration) {
        self.stop.store(true, Ordering::SeqCst);
        // It sleeps between passes until unparked (cadence::send_loop).
        self.thread.thread().unpark();
        let deadline = Instant::now() + wait;
        while !self.thread.is_finished() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

pub fn spawn(at: Source, config: Config, templates: PathBuf, me: Actor, events: Sender<Event>) -> Handle {
    let stop = Arc::new(AtomicBool::new(false));
    let flag = stop.clone();
    let thread = std::thread::Builder::new()
        .name("opsdesk-sender".into())
        .spawn(move || run(at, config, templates, me, events, flag))
        .unwrap_or_else(|e| panic!("cannot start the sender thread: {e}"));
    Handle { stop, thread }
}

fn run(at: Source, config: Config, templates: PathBuf, me: Actor, events: Sender<Event>, stop: Arc<AtomicBool>) {
    // Fault injection for the end-to-end test of a crashed thread (debug builds only): the
    // console must exit non-zero with the panic on stderr and the terminal restored.
    #[cfg(debug_assertions)]
    if std::env::var_os("OPSDESK_TEST_CRASH").is_some_and(|v| v == "sender") {
        panic!("crash asked for by OPSDESK_TEST_CRASH");
    }
    let say = |r: Result<outbox::PassReport, String>| events.send(Event::Reply(Reply::Outbox(r))).is_ok();
    let place = match &at {
        Source::File(db) => db.clone(),
        Source::Server(url, _) => PathBuf::from(url.to_string()),
    };
    let channels = match Channels::from_config(&config, &place) {
        Ok(c) => c,
        Err(e) => {
            say(Err(format!("{e:#}")));
            return;
        }
    };
    let mut said = |sent: Sent| match sent {
        Sent::Report(r) => say(Ok(r)),
        Sent::Trouble(text) => say(Err(text)),
    };
    let opened = match at {
        Source::File(db) => Store::open(&db).map(|store| {
            let mut desk = Desk::new(store, config).with_templates(templates);
            cadence::send_loop(&mut desk, &me, &channels, &stop, &mut said);
        }),
        Source::Server(url, _) => PgDesk::open(&url, config, false).map(|desk| {
            let mut desk = desk.with_templates(templates);
            cadence::send_loop(&mut desk, &me, &channels, &stop, &mut said);
        }),
    };
    if let Err(e) = opened {
        say(Err(format!("{e:#}")));
    }
}
