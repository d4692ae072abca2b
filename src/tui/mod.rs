//! The console: `opsdesk` with no command. An input thread, a worker thread that owns the
//! database, and this loop, which turns events into actions (`App`, pure) and draws the state.

pub mod action;
pub mod app;
mod clipboard;
pub mod count;
pub mod event;
pub mod filter_index;
pub mod form;
pub mod full;
pub mod i18n;
pub mod input;
pub mod keymap;
pub mod layout;
pub mod locale;
pub mod model;
mod sender;
pub mod terminal;
pub mod theme;
pub mod views;
pub mod widgets;
mod worker;

use std::io::IsTerminal;
use std::sync::mpsc;
use std::time::Duration as StdDuration;

use anyhow::{Result, bail};
use chrono::{DateTime, Utc};
use crossterm::event::{Event as TermEvent, KeyEventKind};

use self::app::{App, Effect, Setup};
use self::event::Event;
use self::i18n::{Lang, Strings};
use self::keymap::Keymap;
use self::model::Request;
use crate::config::Config;
use crate::domain::time::whole_seconds;
use crate::ops::pg_desk::PgDesk;
use crate::ops::{Desk, Writes, identity};
use crate::store::Store;

/// What the console is started with.
pub struct Options<'a> {
    pub db: &'a std::path::Path,
    /// The desk's PostgreSQL server, when it is on one (`db` is then unused).
    pub server: Option<&'a crate::store::engine::PgUrl>,
    /// The desk already opened (by the desk's setgid opsdesk, before it gave its group up).
    pub store: Option<Store>,
    /// Whether this console runs the outbox (the desk's setgid opsdesk leaves it to the engine).
    pub sends: bool,
    pub config: &'a Config,
    /// The directory keymap.toml is read from.
    pub config_home: &'a std::path::Path,
    /// The desk's own message templates.
    pub templates: &'a std::path::Path,
    pub lang: Option<&'a str>,
    pub read_only: bool,
}

fn now() -> DateTime<Utc> {
    whole_seconds(Utc::now())
}

pub fn run(mut opts: Options) -> Result<()> {
    // Everything that can fail with a message fails here, before the terminal is taken.
    if let Some(url) = opts.server {
        let desk = PgDesk::open(url, opts.config.clone(), opts.read_only)?.with_templates(opts.templates.to_path_buf());
        let source = count::Source::Server(Box::new(url.clone()), Box::new(opts.config.clone()));
        return run_on(opts, desk, source);
    }
    let store = if let Some(store) = opts.store.take() {
        store
    } else if opts.read_only {
        Store::open_read_only_session(opts.db)?
    } else {
        Store::open(opts.db)?
    };
    let desk = Desk::new(store, opts.config.clone()).with_templates(opts.templates.to_path_buf());
    let source = count::Source::File(opts.db.to_path_buf());
    run_on(opts, desk, source)
}

/// The console on `desk`, of either engine; its helper threads open theirs at `source`.
fn run_on<W: Writes + Send + 'static>(opts: Options, mut desk: W, source: count::Source) -> Result<()> {
    let place = desk.place();
    let login = identity::current_login()?;
    let me = desk.read_db(|db| crate::ops::known_actor(db, &login, &place))?;
    let keys = Keymap::load(&opts.config_home.join("keymap.toml"))?;
    app::sections::resolve(opts.config, &me.login)
        .and_then(|s| app::sections::check_free(&s, &keys))
        .map_err(crate::error::invalid)?;
    let lang = Lang::choose(
        opts.lang,
        opts.config.desk.language,
        std::env::var("LANG").ok().as_deref(),
    )
    .map_err(crate::error::invalid)?;
    if let Some(why) = locale::unusable_terminal(std::env::var("TERM").ok().as_deref()) {
        bail!("{why}");
    }
    let env = |k: &str| std::env::var(k).ok();
    let bad_locale = locale::non_utf8(
        env("LC_ALL").as_deref(),
        env("LC_CTYPE").as_deref(),
        env("LANG").as_deref(),
    );
    let locale_warning = bad_locale.as_deref().map(locale::warning);
    if let Some(w) = &locale_warning {
        // Said again on leaving (the console's screen is gone by then).
        eprintln!("opsdesk: {w}");
    }
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        bail!(
            "the console needs a terminal; from scripts use the commands (opsdesk incident list --open, opsdesk --help)"
        );
    }
    let setup = Setup {
        locale_warning: bad_locale.as_deref().map(locale::short_warning),
        choices: form::Choices::of(form::Directory::read(&mut desk)?, lang),
        ..Setup::new(me.clone(), opts.config, opts.read_only)
    };

    theme::set_light(opts.config.desk.theme == crate::config::settings::Theme::Light);
    terminal::install_panic_hook();
    let (events_tx, events) = mpsc::channel::<Event>();
    let (requests, requests_rx) = mpsc::channel::<Request>();
    let me_for_sender = me.clone();
    let spawn = worker::Spawn {
        desk,
        source: source.clone(),
        me,
        read_only: opts.read_only,
        templates: Some(opts.templates.to_path_buf()),
    };
    let worker = worker::spawn(spawn, events_tx.clone(), requests_rx);
    // A read-only console sends nothing: sending changes the outbox.
    let sender = (!opts.read_only && opts.sends).then(|| {
        sender::spawn(
            source,
            opts.config.clone(),
            opts.templates.to_path_buf(),
            me_for_sender.clone(),
            events_tx.clone(),
        )
    });
    event::spawn_signals(events_tx.clone())?;
    let (mut terminal, guard) = terminal::enter()?;
    let gate = event::InputGate::default();
    event::spawn_input(events_tx, gate.clone())?;

    let size = terminal.size()?;
    let mut app = App::new(setup, Strings::new(lang), keys, now(), (size.width, size.height));
    let mut effects = app.start();
    if !opts.read_only && !opts.sends {
        app.tell("msg.engine_sends");
    }
    let mut dirty = true;
    let mut shown_second = app.now.timestamp();
    let mut outcome: Result<()> = Ok(());
    loop {
        for e in effects.drain(..) {
            match e {
                Effect::Request(r) => {
                    if requests.send(r).is_err() {
                        app.quit = true;
                    }
                }
                Effect::Bell => terminal::bell(),
                Effect::Copy(text) => {
                    use std::io::Write;
                    let mut out = std::io::stdout();
                    let _ = out.write_all(clipboard::osc52(&text).as_bytes());
                    let _ = out.flush();
                }
                Effect::EditText { id, version, text } => {
                    gate.pause();
                    terminal::restore();
                    let edited = terminal::edit_in_editor(&text);
                    terminal::resume(&mut terminal)?;
                    gate.resume();
                    let more = app.on_edited(id, version, &text, edited, now());
                    for e in more {
                        if let Effect::Request(r) = e
                            && requests.send(r).is_err()
                        {
                            app.quit = true;
                        }
                    }
                    dirty = true;
                }
            }
        }
        if app.quit || terminal::panicked() {
            break;
        }
        if worker.is_finished() {
            // It says why on its way out: take that reply before giving up.
            for ev in events.try_iter() {
                if let Event::Reply(r) = ev {
                    app.on_reply(r, now());
                }
            }
            if app.fatal.is_none() {
                outcome = Err(anyhow::anyhow!("the database thread stopped unexpectedly"));
            }
            break;
        }
        if dirty {
            terminal.draw(|f| views::render(&app, f))?;
            dirty = false;
        }
        // Wake at the next whole second: the clocks on screen move then.
        let wait = StdDuration::from_millis(1000 - (Utc::now().timestamp_subsec_millis() as u64).min(999));
        let t = now();
        match events.recv_timeout(wait) {
            Ok(Event::Input(TermEvent::Key(k))) if k.kind != KeyEventKind::Release => {
                effects = app.on_key(k, t);
                dirty = true;
            }
            Ok(Event::Input(TermEvent::Mouse(m))) => {
                effects = app.on_mouse(m, t);
                dirty = true;
            }
            Ok(Event::Input(TermEvent::Resize(w, h))) => {
                effects = app.on_resize(w, h);
                terminal.autoresize()?;
                dirty = true;
            }
            Ok(Event::Input(TermEvent::Paste(text))) => {
                effects = app.on_paste(&text);
                dirty = true;
            }
            Ok(Event::Input(_)) => {}
            Ok(Event::Reply(r)) => {
                let same = app.unchanged(&r);
                effects = app.on_reply(r, t);
                dirty |= !same;
            }
            Ok(Event::Signal(_)) => break,
            Ok(Event::InputClosed(e)) => {
                outcome = Err(anyhow::anyhow!("the terminal closed: {e}"));
                break;
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
        let t = now();
        if t.timestamp() != shown_second {
            shown_second = t.timestamp();
            effects.extend(app.on_tick(t));
            dirty = true;
        }
    }
    let _ = requests.send(Request::Quit);
    drop(guard);
    // A send under way finishes rather than being left "may have been sent".
    if let Some(s) = sender {
        s.stop(StdDuration::from_secs(5));
    }
    // The worker says goodbye (presence) within its tick; do not hang on it.
    let deadline = std::time::Instant::now() + StdDuration::from_secs(2);
    while !worker.is_finished() && std::time::Instant::now() < deadline {
        std::thread::sleep(StdDuration::from_millis(10));
    }
    if let Some(w) = &locale_warning {
        eprintln!("opsdesk: {w}");
    }
    if let Some(msg) = app.fatal.take() {
        bail!("{msg}");
    }
    // A thread that crashed stopped the console: say so, and exit non-zero.
    if terminal::panicked() {
        bail!(
            "the console stopped because {}",
            terminal::panic_message().unwrap_or_else(|| "a thread panicked".into())
        );
    }
    outcome
}
