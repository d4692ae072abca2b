//! How a message leaves the desk: a spool directory (nothing to install), an SMTP server (lettre
//! with rustls), or a program (the company's SMS gateway script). No database here: a sender
//! claims a message, hands it to [`Channels::deliver`] and records the [`Outcome`].

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::config::Config;
use crate::config::settings::{ChannelName, CommandChannel, Smtp};
use lettre::message::Mailbox;
use lettre::transport::smtp::client::Certificate;

use super::email::{email_bytes, host};
use crate::domain::message::{ChannelKind, Medium, Message, Outcome};

/// A channel, ready to use: paths resolved, the SMTP password read.
#[derive(Clone, Debug)]
pub enum Channel {
    Spool(PathBuf),
    Smtp {
        settings: Smtp,
        password: Option<String>,
        /// The CA certificates of `ca_file`, trusted besides the system's store.
        ca: Option<Certificate>,
    },
    Command(CommandChannel),
}

impl Channel {
    pub fn kind(&self) -> ChannelKind {
        match self {
            Channel::Spool(_) => ChannelKind::Spool,
            Channel::Smtp { .. } => ChannelKind::Smtp,
            Channel::Command(_) => ChannelKind::Command,
        }
    }
}

/// The channel of each medium, the e-mail sender, and the desk's database (whose group and mode
/// the spool takes).
#[derive(Clone, Debug)]
pub struct Channels {
    pub email: Channel,
    pub sms: Channel,
    pub from: String,
    pub db: PathBuf,
}

/// The spool directory of the database at `db`: `spool_dir` when set, else beside the database,
/// `<name>.spool/`.
pub fn spool_dir(config: &Config, db: &Path) -> PathBuf {
    let set = config.notify.spool_dir.trim();
    if !set.is_empty() {
        return PathBuf::from(set);
    }
    let stem = db.file_stem().and_then(|s| s.to_str()).unwrap_or("opsdesk");
    db.with_file_name(format!("{stem}.spool"))
}

impl Channels {
    /// The channels the config names for a desk whose database is at `db`. The SMTP password is
    /// read now, from its file or environment variable, and kept only in memory.
    pub fn from_config(config: &Config, db: &Path) -> Result<Channels> {
        let n = &config.notify;
        let make = |name: ChannelName| -> Result<Channel> {
            Ok(match name {
                ChannelName::Spool => {
                    // A desk on a server has no file to put its spool beside.
                    if config.notify.spool_dir.trim().is_empty()
                        && db.to_str().is_some_and(crate::store::engine::is_postgres)
                    {
                        anyhow::bail!(
                            "notify.spool_dir: a desk on PostgreSQL has no database file to keep its spool beside; set spool_dir to a directory every host that sends can write (or choose the smtp or command channel)"
                        );
                    }
                    Channel::Spool(spool_dir(config, db))
                }
                ChannelName::Command => Channel::Command(n.command.clone()),
                ChannelName::Smtp => Channel::Smtp {
                    settings: n.smtp.clone(),
                    password: smtp_password(&n.smtp)?,
                    ca: ca_file(&n.smtp)?,
                },
            })
        };
        let from: Mailbox = n
            .from
            .parse()
            .with_context(|| format!("notify.from: {:?} is not an e-mail sender", n.from))?;
        Ok(Channels {
            email: make(n.email)?,
            sms: make(n.sms)?,
            from: from.to_string(),
            db: db.to_path_buf(),
        })
    }

    pub fn of(&self, medium: Medium) -> &Channel {
        match medium {
            Medium::Email => &self.email,
            Medium::Sms => &self.sms,
        }
    }

    /// Hand `m` to its medium's channel. Never panics: every way it can go is an [`Outcome`], a
    /// panic in a library included (that message fails; the sender goes on with the next).
    pub fn deliver(&self, m: &Message) -> Outcome {
        let channel = self.of(m.medium);
        super::guard::contain(|| deliver(channel, m, &self.from, &self.db)).unwrap_or_else(|panic| Outcome::Failed {
            channel: channel.kind(),
            error: format!("opsdesk could not send this message: {panic}"),
            permanent: true,
        })
    }
}

fn smtp_password(s: &Smtp) -> Result<Option<String>> {
    if s.user.trim().is_empty() {
        return Ok(None);
    }
    if !s.password_file.trim().is_empty() {
        let text = std::fs::read_to_string(&s.password_file)
            .with_context(|| format!("notify.smtp.password_file: cannot read {}", s.password_file))?;
        return Ok(Some(text.trim_end_matches(['\n', '\r']).to_string()));
    }
    if !s.password_env.trim().is_empty() {
        return match std::env::var(&s.password_env) {
            Ok(p) => Ok(Some(p)),
            Err(_) => bail!(
                "notify.smtp.password_env: the environment variable {} is not set",
                s.password_env
            ),
        };
    }
    bail!("notify.smtp.user is set but neither password_file nor password_env says where its password is")
}

/// `ca_file`'s certificates, read now: a file that is missing or holds none stops whoever would
/// send with it, naming the key, rather than failing every message.
fn ca_file(s: &Smtp) -> Result<Option<Certificate>> {
    let path = s.ca_file.trim();
    if path.is_empty() {
        return Ok(None);
    }
    let pem = std::fs::read(path).with_context(|| format!("notify.smtp.ca_file: cannot read {path}"))?;
    if !String::from_utf8_lossy(&pem).contains("-----BEGIN CERTIFICATE-----") {
        bail!("notify.smtp.ca_file: {path} holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
    }
    let cert = Certificate::from_pem(&pem)
        .map_err(|e| anyhow::anyhow!("notify.smtp.ca_file: {path}: not a PEM certificate: {e}"))?;
    Ok(Some(cert))
}

/// An SMS as the spool keeps it and a gateway program reads it: the text alone.
fn sms_bytes(m: &Message) -> Vec<u8> {
    let mut text = m.body.clone();
    text.push('\n');
    text.into_bytes()
}

fn deliver(channel: &Channel, m: &Message, from: &str, db: &Path) -> Outcome {
    let kind = channel.kind();
    let bytes = || match m.medium {
        Medium::Email => email_bytes(m, from, &host()).map_err(|error| Outcome::Failed {
            channel: kind,
            error,
            permanent: true,
        }),
        Medium::Sms => Ok(sms_bytes(m)),
    };
    match channel {
        Channel::Smtp { settings, password, ca } => {
            super::smtp::send(settings, password.as_deref(), ca.as_ref(), m, from)
        }
        Channel::Spool(dir) => match bytes() {
            Err(refused) => refused,
            Ok(b) => match super::spool::write(dir, db, m, &b) {
                Ok(path) => Outcome::Sent {
                    channel: kind,
                    receipt: format!("written to {}", path.display()),
                },
                Err(e) => Outcome::Failed {
                    channel: kind,
                    error: format!("{e:#}"),
                    permanent: false,
                },
            },
        },
        Channel::Command(c) => match bytes() {
            Err(refused) => refused,
            Ok(b) => super::command::run(c, m, &b),
        },
    }
}
