//! `opsdesk outbox …` and `opsdesk send`: the messages the duties produce, their review and
//! their sending.

use anyhow::Result;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::Ctx;
use super::output::{Table, field, json};
use super::render::{duty_json, duty_line, time_json};
use crate::domain::message::{Message, MessageState};
use crate::domain::role::Actor;
use crate::domain::time::{local_minute, local_second, whole_seconds};
use crate::notify::channels::Channels;
use crate::ops::Call;
use crate::ops::Writes;
use crate::ops::outbox::{self as ops, Cmd, PassReport};
use crate::text::{sanitize_block, sanitize_line};

#[derive(Subcommand, Debug)]
pub enum OutboxCmd {
    /// Messages, newest first: all, or by state (draft, queued, sending, sent, failed, uncertain, cancelled)
    List {
        /// One state or several, comma-separated; "all" for every message
        #[arg(long, default_value = "all")]
        state: String,
        /// Keyed paging: messages with ids below this one
        #[arg(long, value_name = "ID")]
        before: Option<i64>,
        #[arg(long, default_value_t = 50)]
        limit: usize,
        #[arg(long)]
        json: bool,
    },
    /// One message in full: recipients, text, every try and the duty it serves
    Show {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Approve a message awaiting review: it goes on the next pass
    Approve(MessageStep),
    /// Rewrite a message before it goes (a draft, or one to send again)
    Edit {
        id: i64,
        #[arg(long)]
        subject: Option<String>,
        /// The new text; "-" reads it from standard input
        #[arg(long)]
        body: Option<String>,
        #[arg(long, value_name = "N")]
        if_version: Option<i64>,
        #[arg(long)]
        json: bool,
    },
    /// Approve (a draft) or queue again (a failed one, or one that may have been sent), then send
    /// what is due now
    Send(MessageStep),
    /// Queue a failed message, or one that may have been sent, again
    Retry(MessageStep),
}

/// What a step on one message takes.
#[derive(Args, Debug)]
pub struct MessageStep {
    pub id: i64,
    /// Refuse (exit 4) unless the message is still at this version
    #[arg(long, value_name = "N")]
    pub if_version: Option<i64>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct SendArgs {
    /// Send at most this many messages in this pass
    #[arg(long, default_value_t = 500)]
    pub limit: usize,
    #[arg(long)]
    pub json: bool,
}

pub fn message_json(m: &Message, zone: Tz) -> Value {
    json!({
        "id": m.id,
        "duty_id": m.duty_id,
        "medium": m.medium.as_str(),
        "to": m.to,
        "cc": m.cc,
        "subject": m.subject,
        "body": m.body,
        "lang": m.lang,
        "state": m.state.as_str(),
        "edited": m.edited,
        "attempts": m.attempts,
        "next_attempt_at": crate::domain::time::rfc3339(m.next_attempt_at, zone),
        "lease_owner": m.lease_owner,
        "lease_until": time_json(m.lease_until, zone),
        "last_error": m.last_error,
        "approved_by": m.approved_by,
        "approved_at": time_json(m.approved_at, zone),
        "sent_at": time_json(m.sent_at, zone),
        "channel": m.channel.map(|c| c.as_str()),
        "receipt": m.receipt,
        "version": m.version,
    })
}

/// The state as a reader wants it: `failed: gateway down`, `sent 10:05 via smtp`.
/// One line on where a message stands; the error may quote a server or a gateway, so it is
/// made inert for the terminal.
fn state_line(m: &Message, zone: Tz) -> String {
    sanitize_line(&state_words(m, zone))
}

fn state_words(m: &Message, zone: Tz) -> String {
    match m.state {
        MessageState::Sent => format!(
            "sent {} via {}",
            m.sent_at.map(|t| local_minute(t, zone)).unwrap_or_default(),
            m.channel.map_or("-", |c| c.as_str())
        ),
        MessageState::Draft => "awaiting review".into(),
        MessageState::Queued if m.attempts > 0 => format!(
            "retry {} at {}: {}",
            m.attempts + 1,
            local_minute(m.next_attempt_at, zone),
            m.last_error
        ),
        MessageState::Failed | MessageState::Uncertain => format!("{}: {}", m.state, m.last_error),
        s => s.as_str().to_string(),
    }
}

fn names(m: &Message) -> String {
    let mut s = m.to.iter().map(|a| a.name.as_str()).collect::<Vec<_>>().join(", ");
    if !m.cc.is_empty() {
        s.push_str("; cc ");
        s.push_str(&m.cc.iter().map(|a| a.name.as_str()).collect::<Vec<_>>().join(", "));
    }
    s
}

fn print_report(r: &PassReport, as_json: bool) -> Result<()> {
    if as_json {
        json(&serde_json::to_value(r)?);
    } else {
        println!(
            "outbox: {} written, {} sent, {} to retry, {} failed, {} may have been sent, {} leases ran out",
            r.prepared, r.sent, r.retrying, r.failed, r.uncertain, r.expired
        );
    }
    for p in &r.problems {
        eprintln!("opsdesk: no message written for {}", sanitize_line(p));
    }
    Ok(())
}

/// One pass of the outbox with this desk's channels.
pub fn pass(ctx: &Ctx, desk: &mut impl Writes, actor: &crate::domain::role::Actor, limit: usize) -> Result<PassReport> {
    // The desk's setgid opsdesk would run the gateway as the operator: the engine sends.
    if crate::boundary::setgid_mode() {
        eprintln!("opsdesk: the opsdesk-engine service sends the desk's messages; this command sends none");
        return Ok(PassReport::default());
    }
    let channels = Channels::from_config(&ctx.config, &ctx.paths.db)?;
    ops::pass(desk, actor, &channels, &|| whole_seconds(Utc::now()), limit)
}

/// `opsdesk send`: one pass.
pub fn send(ctx: &Ctx, a: &SendArgs) -> Result<()> {
    let (mut desk, actor) = ctx.open_as_user()?;
    send_on(ctx, &mut desk, &actor, a)
}

/// [`send`] on a desk of either engine.
pub fn send_on(ctx: &Ctx, desk: &mut impl Writes, actor: &Actor, a: &SendArgs) -> Result<()> {
    let r = pass(ctx, desk, actor, a.limit.clamp(1, 100_000))?;
    print_report(&r, a.json)
}

fn print_message(v: &ops::View, zone: Tz, now: DateTime<Utc>) {
    let m = &v.message;
    println!("message #{} ({}, version {})", m.id, m.medium, m.version);
    field("state", &state_line(m, zone));
    field("duty", &duty_line(&v.duty, zone, now));
    field("record", &format!("{} {}", v.duty.record_kind, v.duty.record_id));
    field("to", &m.to.iter().map(|a| a.line()).collect::<Vec<_>>().join(", "));
    if !m.cc.is_empty() {
        field("cc", &m.cc.iter().map(|a| a.line()).collect::<Vec<_>>().join(", "));
    }
    if let Some(by) = &m.approved_by {
        field(
            "approved",
            &format!(
                "{by} {}",
                m.approved_at.map(|t| local_minute(t, zone)).unwrap_or_default()
            ),
        );
    }
    if m.edited {
        field(
            "edited",
            "yes: the text is a person's, no longer rendered from the record",
        );
    }
    field("subject", &m.subject);
    println!("\n{}", sanitize_block(&m.body));
    if !v.attempts.is_empty() {
        println!("\nattempts");
        for a in &v.attempts {
            println!(
                "  #{} {} {} {} {}: {}",
                a.attempt,
                local_second(a.at, zone),
                a.owner,
                a.channel.as_deref().unwrap_or("-"),
                a.outcome,
                crate::text::sanitize_line(&a.detail)
            );
        }
    }
}

fn view_json(v: &ops::View, zone: Tz, now: DateTime<Utc>) -> Value {
    let mut j = message_json(&v.message, zone);
    j["duty"] = duty_json(&v.duty, zone, now);
    j["attempts"] = serde_json::to_value(&v.attempts).unwrap_or(Value::Null);
    j
}

pub fn run(ctx: &Ctx, cmd: &OutboxCmd) -> Result<()> {
    let (mut desk, actor) = ctx.open_as_user()?;
    run_on(ctx, &mut desk, &actor, cmd)
}

/// [`run`] on a desk of either engine.
pub fn run_on(ctx: &Ctx, desk: &mut impl Writes, actor: &Actor, cmd: &OutboxCmd) -> Result<()> {
    let zone = desk.zone();
    let now = ctx.now;
    let call = |v: Option<i64>| Call::new(actor, now).if_version(v);
    let done = |m: &Message, as_json: bool| {
        if as_json {
            json(&message_json(m, zone));
        } else {
            println!("message {} is {}", m.id, state_line(m, zone));
        }
    };
    match cmd {
        OutboxCmd::List {
            state,
            before,
            limit,
            json: as_json,
        } => {
            let states = ops::parse_states(state)?;
            let rows = ops::list(desk, &states, *before, (*limit).clamp(1, 1000))?;
            if *as_json {
                json(&Value::Array(
                    rows.iter()
                        .map(|r| {
                            let mut j = message_json(&r.message, zone);
                            j["duty"] = duty_json(&r.duty, zone, now);
                            j
                        })
                        .collect(),
                ));
            } else if rows.is_empty() {
                println!("no messages");
            } else {
                let mut t = Table::new(&["id", "duty", "record", "medium", "state", "to", "subject"])
                    .limit(4, 60)
                    .limit(5, 40);
                for r in &rows {
                    let m = &r.message;
                    t.row(vec![
                        m.id.to_string(),
                        format!("#{} {}", r.duty.id, r.duty.kind.rule()),
                        format!("{} {}", r.duty.record_kind, r.duty.record_id),
                        m.medium.as_str().into(),
                        state_line(m, zone),
                        names(m),
                        m.subject.clone(),
                    ]);
                }
                t.print();
            }
        }
        OutboxCmd::Show { id, json: as_json } => {
            let v = ops::show(desk, *id)?;
            if *as_json {
                json(&view_json(&v, zone, now));
            } else {
                print_message(&v, zone, now);
            }
        }
        OutboxCmd::Approve(a) => {
            let m = ops::apply(desk, &call(a.if_version), a.id, &Cmd::Approve)?;
            done(&m, a.json);
        }
        OutboxCmd::Edit {
            id,
            subject,
            body,
            if_version,
            json: as_json,
        } => {
            let old = ops::show(desk, *id)?.message;
            let body = match body.as_deref() {
                Some("-") => {
                    let mut s = String::new();
                    std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)?;
                    s
                }
                Some(b) => b.to_string(),
                None => old.body.clone(),
            };
            let subject = subject.clone().unwrap_or(old.subject.clone());
            let m = ops::apply(desk, &call(*if_version), *id, &Cmd::Edit { subject, body })?;
            done(&m, *as_json);
        }
        OutboxCmd::Retry(a) => {
            let m = ops::apply(desk, &call(a.if_version), a.id, &Cmd::Retry)?;
            done(&m, a.json);
        }
        OutboxCmd::Send(a) => {
            let m = ops::show(desk, a.id)?.message;
            match m.state {
                MessageState::Draft => {
                    ops::apply(desk, &call(a.if_version), a.id, &Cmd::Approve)?;
                }
                MessageState::Failed | MessageState::Uncertain => {
                    ops::apply(desk, &call(a.if_version), a.id, &Cmd::Retry)?;
                }
                _ => {}
            }
            pass(ctx, desk, actor, 500)?;
            let m = ops::show(desk, a.id)?.message;
            done(&m, a.json);
        }
    }
    Ok(())
}
