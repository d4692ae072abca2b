//! A one-line progress bar on stderr for long work (backup, restore, check), drawn only when
//! stderr is a terminal: scripts and cron mail get no carriage-return noise.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

/// Redraw at most this often: a terminal need not see every step.
const EVERY: Duration = Duration::from_millis(100);
const WIDTH: u64 = 30;

pub struct Bar {
    on: bool,
    drawn: Option<(Instant, String)>,
}

impl Bar {
    pub fn new() -> Bar {
        Bar {
            on: std::io::stderr().is_terminal(),
            drawn: None,
        }
    }

    /// `what` has `done` of `of` steps done.
    pub fn show(&mut self, what: &str, done: u64, of: u64) {
        if !self.on {
            return;
        }
        let fresh = match &self.drawn {
            Some((at, label)) => label != what || at.elapsed() >= EVERY || done >= of,
            None => true,
        };
        if !fresh {
            return;
        }
        let filled = (done.min(of) * WIDTH).checked_div(of).unwrap_or(0);
        let pct = (done.min(of) * 100).checked_div(of).unwrap_or(0);
        let bar: String = (0..WIDTH).map(|i| if i < filled { '#' } else { '.' }).collect();
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r{what} [{bar}] {pct:>3}%\x1b[K");
        let _ = err.flush();
        self.drawn = Some((Instant::now(), what.to_string()));
    }

    /// Take the bar off the line, leaving it for the next message.
    pub fn clear(&mut self) {
        if self.drawn.take().is_some() {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[K");
            let _ = err.flush();
        }
    }
}

impl Drop for Bar {
    fn drop(&mut self) {
        self.clear();
    }
}
