//! `opsdesk notify test --to ADDRESS`: one message through the channel the config names, and
//! what the server (or the gateway program, or the spool) answered. Nothing is written to the
//! desk's database: it tries the channel, not a duty.

use anyhow::Result;
use chrono::Utc;
use clap::{Args, Subcommand};

use super::Ctx;
use crate::domain::directory::{check_email, check_phone};
use crate::domain::message::{Address, Draft, Medium, Message, MessageState, Outcome};
use crate::domain::time::{local_second, whole_seconds};
use crate::notify::channels::Channels;
use crate::text::sanitize_line;

#[derive(Subcommand, Debug)]
pub enum NotifyCmd {
    /// Send one test message through the configured channel and print the server's answer
    Test(TestArgs),
}

#[derive(Args, Debug)]
pub struct TestArgs {
    /// An e-mail address (the e-mail channel), or a phone number with --sms
    #[arg(long, value_name = "ADDRESS")]
    pub to: String,
    /// Send an SMS through the SMS channel instead of an e-mail
    #[arg(long)]
    pub sms: bool,
}

pub fn run(ctx: &Ctx, cmd: &NotifyCmd) -> Result<()> {
    match cmd {
        NotifyCmd::Test(a) => test(ctx, a),
    }
}

fn test(ctx: &Ctx, a: &TestArgs) -> Result<()> {
    let (medium, addr) = if a.sms {
        (Medium::Sms, check_phone(&a.to)?)
    } else {
        (Medium::Email, check_email(&a.to)?)
    };
    let channels = Channels::from_config(&ctx.config, &ctx.paths.db)?;
    let channel = channels.of(medium).kind();
    let now = whole_seconds(Utc::now());
    let desk = &ctx.config.desk.name;
    let draft = Draft {
        medium,
        to: vec![Address {
            name: String::new(),
            dept: String::new(),
            addr: addr.clone(),
        }],
        cc: Vec::new(),
        subject: format!("{desk}: test message"),
        body: format!(
            "A test message from opsdesk ({desk}), sent {} by {} on {} through its {channel} channel.\nNothing needs doing.\n",
            local_second(now, ctx.config.desk.zone),
            crate::ops::identity::current_login().unwrap_or_else(|_| "?".into()),
            crate::notify::email::host(),
        ),
        lang: "en".into(),
    };
    let m = Message::new(0, draft, MessageState::Queued, now, "notify-test");
    match channels.deliver(&m) {
        Outcome::Sent { channel, receipt } => {
            println!("sent to {addr} via {channel}: {}", sanitize_line(&receipt));
            Ok(())
        }
        Outcome::Failed { channel, error, .. } => Err(crate::error::rule(format!(
            "not sent to {addr} via {channel}: {}",
            sanitize_line(&error)
        ))),
        Outcome::Unknown { channel, error } => Err(crate::error::rule(format!(
            "{addr} via {channel}: {}",
            sanitize_line(&error)
        ))),
    }
}
