//! Everything the console's loop waits for, on one channel: terminal input (its own thread),
//! the worker's replies, and signals.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;
use std::time::Duration;

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
pub struct InputGate(Arc<AtomicBool>);

impl InputGate {
    pub fn pause(&self) {
        self.0.store(true, Ordering::SeqCst);
        // Let a read under way finish before the editor starts.
        std::thread::sleep(POLL * 2);
    }

    pub fn resume(&self) {
        self.0.store(false, Ordering::SeqCst);
    }

    fn paused(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

const POLL: Duration = Duration::from_millis(50);

/// Read the terminal on a thread of its own: the loop never blocks on a key.
pub fn spawn_input(events: Sender<Event>, gate: InputGate) -> Result<()> {
    std::thread::Builder::new()
        .name("opsdesk-input".into())
        .spawn(move || {
            loop {
                if gate.paused() {
                    std::thread::sleep(POLL);
                    continue;
                }
                match crossterm::event::poll(POLL) {
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
