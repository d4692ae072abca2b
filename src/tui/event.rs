//! Everything the console's loop waits for, on one channel: terminal input (its own thread),
//! the worker's replies, and signals.

use std::sync::mpsc::Sender;

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

/// Read the terminal on a thread of its own: the loop never blocks on a key.
pub fn spawn_input(events: Sender<Event>) -> Result<()> {
    std::thread::Builder::new()
        .name("opsdesk-input".into())
        .spawn(move || {
            loop {
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
