//! Taking the terminal and giving it back on every way out: normal quit, error, panic (on any
//! thread), and the signals the loop turns into events.

use std::io::{Stdout, Write, stdout};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use super::clipboard::ClicksAndWheel;
use anyhow::Result;
use crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste};
use crossterm::execute;
use crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

static PANICKED: AtomicBool = AtomicBool::new(false);
/// What the first panic said, and on which thread: the console's exit error.
static PANIC: Mutex<Option<String>> = Mutex::new(None);

/// Set when any thread panicked: the loop stops drawing at once.
pub fn panicked() -> bool {
    PANICKED.load(Ordering::SeqCst)
}

/// The first panic of any thread, as one line: `thread 'opsdesk-sender' panicked at …: …`.
pub fn panic_message() -> Option<String> {
    PANIC.lock().ok().and_then(|m| m.clone())
}

/// Give the terminal back. Safe to call more than once, and when the terminal is gone (SIGHUP).
pub fn restore() {
    let _ = disable_raw_mode();
    let mut out = stdout();
    let _ = execute!(
        out,
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
    let _ = out.flush();
}

/// Restores the terminal when dropped: covers `?` and early returns.
pub struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// From now on a panic on any thread gives the terminal back, is kept for the console's exit
/// error, and stops the loop. Installed before the console's threads start.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // A message that failed to compose or send is that message's failure, not a crash.
        if crate::notify::guard::contained() {
            return previous(info);
        }
        PANICKED.store(true, Ordering::SeqCst);
        if let Ok(mut first) = PANIC.lock()
            && first.is_none()
        {
            let thread = std::thread::current().name().unwrap_or("main").to_string();
            *first = Some(format!("thread '{thread}' panicked: {info}"));
        }
        restore();
        previous(info);
    }));
}

pub fn enter() -> Result<(Terminal<CrosstermBackend<Stdout>>, Guard)> {
    enable_raw_mode()?;
    let guard = Guard;
    execute!(stdout(), EnterAlternateScreen, ClicksAndWheel, EnableBracketedPaste)?;
    let terminal = Terminal::new(CrosstermBackend::new(stdout()))?;
    Ok((terminal, guard))
}

/// Take the terminal again after another program had it (the user's editor).
pub fn resume(terminal: &mut Terminal<CrosstermBackend<Stdout>>) -> Result<()> {
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen, ClicksAndWheel, EnableBracketedPaste)?;
    terminal.clear()?;
    Ok(())
}

/// Run the user's editor ($VISUAL, else $EDITOR, else vi) on `text`; what the file holds when
/// it closes. The terminal is the editor's meanwhile.
pub fn edit_in_editor(text: &str) -> std::result::Result<String, String> {
    let editor = std::env::var("VISUAL")
        .or_else(|_| std::env::var("EDITOR"))
        .ok()
        .filter(|e| !e.trim().is_empty())
        .unwrap_or_else(|| "vi".into());
    // A new file of a name nobody can guess, created exclusively (O_EXCL) and readable by the
    // user alone: a name planted in a shared /tmp can neither be followed nor read.
    let write = || -> std::io::Result<tempfile::TempPath> {
        let mut f = tempfile::Builder::new()
            .prefix("opsdesk-message-")
            .suffix(".txt")
            .tempfile()?;
        f.write_all(text.as_bytes())?;
        Ok(f.into_temp_path())
    };
    let path = write().map_err(|e| {
        format!(
            "cannot write a file for the editor in {}: {e}",
            std::env::temp_dir().display()
        )
    })?;
    // Through the shell, so that an editor given with its options ("code -w") works.
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("opsdesk-editor")
        .arg(&path)
        .status();
    let read = std::fs::read_to_string(&path);
    let shown = path.display().to_string();
    let _ = path.close();
    match status {
        Ok(s) if s.success() => read.map_err(|e| format!("cannot read {shown}: {e}")),
        Ok(s) => Err(format!("{editor} exited with {s}; nothing was changed")),
        Err(e) => Err(format!("cannot run {editor}: {e}")),
    }
}

/// The terminal bell.
pub fn bell() {
    let mut out = stdout();
    let _ = out.write_all(b"\x07");
    let _ = out.flush();
}
