//! `opsdesk engine`: the escalation engine and the outbox on a console's cadence, with no
//! console: what the `opsdesk-engine` service runs. One line on stderr per thing it did (journald
//! keeps them); SIGTERM or SIGINT stops it within a second.
//!
//! Any number of engines, consoles and `tick`s may run on one desk: each step is recorded once
//! (the duties' unique key, in one transaction) and each message sent once (the outbox's
//! leases), so a second engine is not refused; it only does no more than the first.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use chrono::Utc;
use clap::Args;

use super::Ctx;
use super::render::duty_line;
use crate::domain::message::MessageState;
use crate::domain::role::Actor;
use crate::domain::time::{local_second, whole_seconds};
use crate::notify::channels::Channels;
use crate::ops::cadence::{self, Sent};
use crate::ops::outbox::PassReport;
use crate::ops::pg_desk::PgDesk;
use crate::ops::{Writes, identity};

#[derive(Args, Debug)]
pub struct EngineArgs {}

/// How often the history's chain head goes to the log (A1: a copy outside the desk that
/// `opsdesk check --head` can hold it to later); also once at start.
const HEAD_EVERY: Duration = Duration::from_secs(3600);

/// How long a stop waits for a send under way before leaving it to its lease.
const STOP_WITHIN: Duration = Duration::from_millis(800);

/// One line on stderr, one line whatever the text holds. Under systemd (journald stamps each
/// line) without a time; by hand with the desk's time first.
fn log(zone: chrono_tz::Tz, text: &str) {
    let line = crate::text::sanitize_line(text);
    if std::env::var_os("JOURNAL_STREAM").is_some() {
        eprintln!("{line}");
    } else {
        eprintln!("{} {line}", local_second(Utc::now(), zone));
    }
}

pub fn run(ctx: &Ctx, _a: &EngineArgs) -> Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGINT] {
        // The first asks it to stop; a second, while it is stopping, ends it at once (exit 1).
        signal_hook::flag::register_conditional_shutdown(signal, 1, stop.clone())
            .and_then(|_| signal_hook::flag::register(signal, stop.clone()))
            .context("cannot handle SIGTERM and SIGINT")?;
    }
    match &ctx.paths.postgres {
        // Two connections: the beat's and the sender's.
        Some(url) => {
            let open = || {
                PgDesk::open(url, ctx.config.clone(), ctx.read_only)
                    .map(|d| d.with_templates(ctx.paths.templates.clone()))
            };
            run_on(ctx, open()?, open()?, stop)
        }
        None => run_on(ctx, ctx.open()?, ctx.open()?, stop),
    }
}

/// The engine on a desk of either engine: `desk` beats, `sender` runs the outbox on a thread of
/// its own.
fn run_on<W: Writes + Send + 'static>(ctx: &Ctx, mut desk: W, sender: W, stop: Arc<AtomicBool>) -> Result<()> {
    let zone = ctx.config.desk.zone;
    if desk.read_only() {
        return Err(crate::error::permission(
            "this is a read-only session: the engine records and sends, so it is refused",
        ));
    }
    let me = cadence::service_actor(&mut desk, &identity::current_login()?)?;
    // A channel that cannot work (no password file, a bad sender) stops the service at start,
    // where its manager shows it, rather than failing every message.
    let channels = Channels::from_config(&ctx.config, &ctx.paths.db)?;
    log(
        zone,
        &format!(
            "engine started on {} as {} (pid {}; config: {}; sending every {} s)",
            ctx.paths.db.display(),
            me.label(),
            std::process::id(),
            ctx.paths.sources_line(),
            ctx.config.notify.send_every_seconds,
        ),
    );
    let sender = spawn_sender(ctx, sender, channels, me.clone(), stop.clone())?;
    let result = beat_until_stopped(&mut desk, &me, &stop, zone);
    stop.store(true, Ordering::SeqCst);
    // It sleeps between passes until unparked (cadence::send_loop).
    sender.thread().unpark();
    let deadline = Instant::now() + STOP_WITHIN;
    while !sender.is_finished() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
    }
    match (&result, sender.is_finished()) {
        (Err(e), _) => log(zone, &format!("engine stopped: {e:#}")),
        (Ok(()), true) => log(zone, "engine stopped"),
        (Ok(()), false) => log(
            zone,
            "engine stopped with a send under way: its message is left to its lease and shows as \"may have been sent\" once that runs out, unless the send is recorded first",
        ),
    }
    result
}

/// The engine's beat, once a second, until a signal. A beat that fails (the database busy for
/// longer than its timeout) is said once and tried again; damage stops the engine.
fn beat_until_stopped(desk: &mut impl Writes, me: &Actor, stop: &AtomicBool, zone: chrono_tz::Tz) -> Result<()> {
    let mut trouble: Option<String> = None;
    let mut head_logged: Option<Instant> = None;
    while !stop.load(Ordering::SeqCst) {
        let started = Instant::now();
        let now = whole_seconds(Utc::now());
        if head_logged.is_none_or(|t| t.elapsed() >= HEAD_EVERY) {
            match desk.read_db(|db| crate::ops::check::chain_head_on(db, now)) {
                Ok(head) => log(zone, &head.to_string()),
                Err(e) => log(zone, &format!("the history's head could not be read: {e:#}")),
            }
            head_logged = Some(started);
        }
        match cadence::engine_beat(desk, &me.login, now) {
            Ok(raised) => {
                if trouble.take().is_some() {
                    log(zone, "the escalation engine runs again");
                }
                for r in raised {
                    log(
                        zone,
                        &format!("incident {}: {}", r.incident_id, duty_line(&r.duty, zone, now)),
                    );
                }
            }
            Err(e) if crate::store::damage::is_damage(&e) => {
                return Err(desk.explain(e));
            }
            Err(e) => {
                let text = format!("{:#}", desk.explain(e));
                if trouble.as_ref() != Some(&text) {
                    log(zone, &format!("the escalation engine could not run: {text}"));
                    trouble = Some(text);
                }
            }
        }
        cadence::nap(cadence::ENGINE_EVERY.saturating_sub(started.elapsed()), stop);
    }
    log(zone, "stopping (signal)");
    Ok(())
}

/// The outbox on its own thread and connection, as a console's sender: a slow server never
/// holds up the engine's beat.
fn spawn_sender(
    ctx: &Ctx,
    mut desk: impl Writes + Send + 'static,
    channels: Channels,
    me: Actor,
    stop: Arc<AtomicBool>,
) -> Result<std::thread::JoinHandle<()>> {
    let zone = ctx.config.desk.zone;
    Ok(std::thread::Builder::new()
        .name("opsdesk-sender".into())
        .spawn(move || {
            cadence::send_loop(&mut desk, &me, &channels, &stop, &mut |sent| {
                match sent {
                    Sent::Report(r) => report(zone, &r),
                    Sent::Trouble(text) => log(zone, &format!("the outbox could not run: {text}")),
                }
                true
            });
        })?)
}

fn report(zone: chrono_tz::Tz, r: &PassReport) {
    if r.expired > 0 {
        log(
            zone,
            &format!(
                "{} message(s) whose sender stopped mid-send: may have been sent (opsdesk outbox list --state uncertain)",
                r.expired
            ),
        );
    }
    if r.prepared > 0 {
        log(zone, &format!("wrote {} message(s) for new duties", r.prepared));
    }
    for p in &r.problems {
        log(zone, &format!("no message written for {p}"));
    }
    for s in &r.settled {
        let what = match s.state {
            MessageState::Sent => "sent",
            MessageState::Queued => "not sent, to retry",
            MessageState::Failed => "failed",
            _ => "may have been sent",
        };
        log(
            zone,
            &format!(
                "message {} ({}, duty {}): {what}: {}",
                s.message_id, s.medium, s.duty_id, s.detail
            ),
        );
    }
}
