//! Everything the console's loop waits for, on one channel: terminal input (its own thread),
//! the worker's replies, and signals.

use std::sync::mpsc::Sender;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use anyhow::Result;
use crossterm::event::Event as TermEvent;

use super::model::Reply;

#[derive(Debug)]
pub enum Event {
    Input(TermEvent),
    Reply(Reply),
    /// SIGTERM, SIGHUP (the SSH session dropped), SIGINT, SIGQUIT: leave cleanly.
    Signal(i32),
    /// The terminal cannot be read any more.
    InputClosed(String),
}

/// Stops the input thread reading the terminal while another program (the user's editor) has it.
#[derive(Clone, Default)]
pub struct InputGate(Arc<(Mutex<Gate>, Condvar)>);

#[derive(Default)]
struct Gate {
    paused: bool,
    /// The input thread saw `paused` and is out of any read: the editor may have the terminal.
    parked: bool,
}

impl InputGate {
    /// Stop the input thread and wait until it is out of the read it may be in (crossterm's poll
    /// takes what is typed into its own buffer: the editor would lose it).
    pub fn pause(&self) {
        let (lock, turn) = &*self.0;
        let Ok(mut g) = lock.lock() else { return };
        g.paused = true;
        // A poll lasts POLL soon after a key (what starts the editor), IDLE_POLL at most.
        let _ = turn.wait_timeout_while(g, IDLE_POLL + POLL, |g| !g.parked);
    }

    pub fn resume(&self) {
        let (lock, turn) = &*self.0;
        if let Ok(mut g) = lock.lock() {
            g.paused = false;
            turn.notify_all();
        }
    }

    fn paused(&self) -> bool {
        self.0.0.lock().map(|g| g.paused).unwrap_or(false)
    }

    /// On the input thread: while paused, say so and wait for `resume`.
    fn park_while_paused(&self) {
        let (lock, turn) = &*self.0;
        let Ok(mut g) = lock.lock() else { return };
        if !g.paused {
            return;
        }
        g.parked = true;
        turn.notify_all();
        if let Ok(mut g) = turn.wait_while(g, |g| g.paused) {
            g.parked = false;
        }
    }
}

/// How long a poll of the terminal lasts in the seconds after a key, when the console may hand
/// the terminal to the editor (`InputGate::pause` waits for the poll under way to end).
const POLL: Duration = Duration::from_millis(50);
/// How long it lasts when the console is idle: a key, a paste or a resize ends it at once, so this
/// only bounds the wait of a pause; an idle console wakes once a second, not twenty times.
pub const IDLE_POLL: Duration = Duration::from_secs(1);
/// How long after an event the polls stay short.
const BUSY: Duration = Duration::from_secs(3);

/// How long the input thread's next poll of the terminal lasts, the last event `since` ago.
pub fn poll_for(since: Duration) -> Duration {
    if since < BUSY { POLL } else { IDLE_POLL }
}

/// Read the terminal on a thread of its own: the loop never blocks on a key.
pub fn spawn_input(events: Sender<Event>, gate: InputGate) -> Result<()> {
    std::thread::Builder::new()
        .name("opsdesk-input".into())
        .spawn(move || {
            let mut last = Instant::now();
            loop {
                gate.park_while_paused();
                match crossterm::event::poll(poll_for(last.elapsed())) {
                    Ok(false) => continue,
                    Ok(true) => {}
                    Err(e) => {
                        let _ = events.send(Event::InputClosed(e.to_string()));
                        return;
                    }
                }
                if gate.paused() {
                    continue;
                }
                last = Instant::now();
                match crossterm::event::read() {
                    Ok(ev) => {
                        if events.send(Event::Input(ev)).is_err() {
                            return;
                        }
                    }
                    Err(e) => {
                        let _ = events.send(Event::InputClosed(e.to_string()));
                        return;
                    }
                }
            }
        })?;
    Ok(())
}

/// Turn termination signals into events, so the terminal is restored on the way out.
pub fn spawn_signals(events: Sender<Event>) -> Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    std::thread::Builder::new()
        .name("opsdesk-signals".into())
        .spawn(move || {
            for sig in signals.forever() {
                if events.send(Event::Signal(sig)).is_err() {
                    return;
                }
            }
        })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polls_are_short_after_a_key_and_long_when_idle() {
        assert_eq!(poll_for(Duration::ZERO), POLL);
        assert_eq!(poll_for(BUSY - Duration::from_millis(1)), POLL);
        assert_eq!(poll_for(BUSY), IDLE_POLL);
        assert_eq!(poll_for(Duration::from_secs(3600)), IDLE_POLL);
    }

    #[test]
    fn a_pause_returns_once_the_input_thread_is_parked_and_resume_frees_it() {
        let gate = InputGate::default();
        let reads = Arc::new(std::sync::atomic::AtomicU64::new(0));
        let (g, r) = (gate.clone(), reads.clone());
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let s = stop.clone();
        let t = std::thread::spawn(move || {
            while !s.load(std::sync::atomic::Ordering::SeqCst) {
                g.park_while_paused();
                // A "read" of the terminal.
                r.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                std::thread::sleep(Duration::from_millis(5));
            }
        });
        gate.pause();
        assert!(
            gate.0.0.lock().unwrap().parked,
            "pause returned before the thread parked"
        );
        let n = reads.load(std::sync::atomic::Ordering::SeqCst);
        std::thread::sleep(Duration::from_millis(50));
        assert_eq!(
            reads.load(std::sync::atomic::Ordering::SeqCst),
            n,
            "the thread read while paused"
        );
        gate.resume();
        stop.store(true, std::sync::atomic::Ordering::SeqCst);
        t.join().unwrap();
        assert!(
            reads.load(std::sync::atomic::Ordering::SeqCst) > n,
            "resume did not free the thread"
        );
        assert!(!gate.0.0.lock().unwrap().parked);
    }
}
