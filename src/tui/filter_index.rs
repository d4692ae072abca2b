//! The live filter's index in memory (issue 18, item 3; `store::live_filter`), built on a thread
//! of its own with a connection of its own, started after the console's first frame: the worker
//! answers keys all along, by SQL until the index is there, and by the index after. A build that
//! fails leaves the console on the SQL path, which gives the same rows.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError};

use crate::store::Store;
use crate::store::live_filter::{self, OpenIndex};

/// A build under way.
pub struct Build {
    done: Receiver<Result<OpenIndex, String>>,
}

impl Build {
    /// Start building from the desk at `db`.
    pub fn spawn(db: PathBuf) -> Build {
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

/// Every open incident of the desk at `db`, read in one transaction.
pub fn build(db: &std::path::Path) -> Result<OpenIndex, String> {
    let mut store = Store::open_read_only_session(db).map_err(|e| format!("{e:#}"))?;
    store.read(|tx| live_filter::build(tx)).map_err(|e| format!("{e:#}"))
}
