//! The live filter's index in memory (issue 18, item 3; `store::live_filter`), built on a thread
//! of its own with a connection of its own, started after the console's first frame: the worker
//! answers keys all along, by SQL until the index is there, and by the index after. A build that
//! fails leaves the console on the SQL path, which gives the same rows. On a server (issue 20)
//! too: the index is kept fresh from the history there as on a file.

use std::sync::mpsc::{Receiver, TryRecvError};

use super::count::Source;
use crate::ops::Writes;
use crate::ops::pg_desk::PgDesk;
use crate::store::Store;
use crate::store::live_filter::{self, OpenIndex};

/// A build under way.
pub struct Build {
    done: Receiver<Result<OpenIndex, String>>,
}

impl Build {
    /// Start building from the desk at `db`.
    pub fn spawn(db: Source) -> Build {
        let (tx, done) = std::sync::mpsc::channel();
        let started = std::thread::Builder::new()
            .name("opsdesk-filter".into())
            .spawn(move || {
                let _ = tx.send(build(&db));
            });
        if let Err(e) = started {
            let (tx, rx) = std::sync::mpsc::channel();
            let _ = tx.send(Err(format!("cannot start the filter's thread: {e}")));
            return Build { done: rx };
        }
        Build { done }
    }

    /// The index once it is built (or why it could not be); `None` while it is being built.
    pub fn done(&self) -> Option<Result<OpenIndex, String>> {
        match self.done.try_recv() {
            Ok(r) => Some(r),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err("the filter's thread stopped".into())),
        }
    }
}

/// Every open incident of the desk at `db`, read in one transaction (on a server, one snapshot)
/// of a connection of its own.
pub fn build(db: &Source) -> Result<OpenIndex, String> {
    let built = match db {
        Source::File(path) => {
            Store::open_read_only_session(path).and_then(|mut store| store.read(|tx| live_filter::build(tx)))
        }
        Source::Server(url, config) => {
            PgDesk::open(url, (**config).clone(), true).and_then(|mut desk| desk.read_db(|tx| live_filter::build(tx)))
        }
    };
    built.map_err(|e| format!("{e:#}"))
}
