//! How a message leaves the desk: a spool directory (nothing to install), an SMTP server (lettre
//! with rustls), or a program (the company's SMS gateway script). No database here: a sender
//! claims a message, hands it to [`deliver`] and records the [`Outcome`].

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use lettre::message::header::ContentType;
use lettre::message::{Mailbox, Message as Email};

use crate::config::Config;
use crate::config::settings::{ChannelName, CommandChannel, Security, Smtp};
use crate::domain::message::{ChannelKind, Medium, Message, Outcome};

/// A channel, ready to use: paths resolved, the SMTP password read.
#[derive(Clone, Debug)]
pub enum Channel {
    Spool(PathBuf),
    Smtp { settings: Smtp, password: Option<String> },
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

/// The channel of each medium, and the e-mail sender.
#[derive(Clone, Debug)]
pub struct Channels {
    pub email: Channel,
    pub sms: Channel,
    pub from: String,
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
                ChannelName::Spool => Channel::Spool(spool_dir(config, db)),
                ChannelName::Command => Channel::Command(n.command.clone()),
                ChannelName::Smtp => Channel::Smtp {
                    settings: n.smtp.clone(),
                    password: smtp_password(&n.smtp)?,
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
        })
    }

    pub fn of(&self, medium: Medium) -> &Channel {
        match medium {
            Medium::Email => &self.email,
            Medium::Sms => &self.sms,
        }
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

/// The message as an e-mail: UTF-8 plain text, the subject encoded for any reader, To and Cc
/// (from which SMTP takes the envelope).
fn build_email(m: &Message, from: &str, host: &str) -> Result<Email, String> {
    let mailbox = |name: &str, addr: &str| -> Result<Mailbox, String> {
        let address = addr
            .parse()
            .map_err(|_| format!("{addr:?} is not an e-mail address (fix it in the directory)"))?;
        Ok(Mailbox::new((!name.is_empty()).then(|| name.to_string()), address))
    };
    let from: Mailbox = from.parse().map_err(|_| format!("{from:?} is not an e-mail sender"))?;
    let mut b = Email::builder()
        .from(from)
        .subject(m.subject.clone())
        .message_id(Some(format!("<opsdesk.{}.{}@{host}>", m.id, m.attempts)))
        .header(ContentType::TEXT_PLAIN);
    for a in &m.to {
        b = b.to(mailbox(&a.name, &a.addr)?);
    }
    for a in &m.cc {
        b = b.cc(mailbox(&a.name, &a.addr)?);
    }
    b.body(m.body.clone())
        .map_err(|e| format!("cannot build the e-mail: {e}"))
}

/// The e-mail as RFC 5322 bytes, for the spool and for a program.
pub fn email_bytes(m: &Message, from: &str, host: &str) -> Result<Vec<u8>, String> {
    Ok(build_email(m, from, host)?.formatted())
}

/// An SMS as the spool keeps it and a gateway program reads it: the text alone.
fn sms_bytes(m: &Message) -> Vec<u8> {
    let mut text = m.body.clone();
    text.push('\n');
    text.into_bytes()
}

fn host() -> String {
    nix::unistd::gethostname()
        .ok()
        .and_then(|h| h.into_string().ok())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".into())
}

/// Hand `m` to `channel`. Never panics; every way it can go is an [`Outcome`].
pub fn deliver(channel: &Channel, m: &Message, from: &str) -> Outcome {
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
        Channel::Smtp { settings, password } => smtp(settings, password.as_deref(), m, from),
        Channel::Spool(dir) => match bytes() {
            Err(refused) => refused,
            Ok(b) => match spool(dir, m, &b) {
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
            Ok(b) => command(c, m, &b),
        },
    }
}

/// Write the message into the spool directory: a temporary name first, then renamed, so a
/// reader never sees half a file.
fn spool(dir: &Path, m: &Message, bytes: &[u8]) -> Result<PathBuf> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o770)
        .create(dir)
        .with_context(|| format!("cannot create the spool directory {}", dir.display()))?;
    let ext = match m.medium {
        Medium::Email => "eml",
        Medium::Sms => "sms",
    };
    let name = format!("{:06}-{}.{ext}", m.id, m.medium);
    let tmp = dir.join(format!(".{name}.tmp"));
    let path = dir.join(&name);
    let mut f = std::fs::File::create(&tmp).with_context(|| format!("cannot write {}", tmp.display()))?;
    f.write_all(bytes)?;
    f.sync_all()?;
    std::fs::rename(&tmp, &path).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(path)
}

fn smtp(s: &Smtp, password: Option<&str>, m: &Message, from: &str) -> Outcome {
    use lettre::Transport;
    use lettre::transport::smtp::SmtpTransport;
    use lettre::transport::smtp::authentication::Credentials;
    let kind = ChannelKind::Smtp;
    let email = match build_email(m, from, &host()) {
        Ok(e) => e,
        Err(error) => {
            return Outcome::Failed {
                channel: kind,
                error,
                permanent: true,
            };
        }
    };
    let builder = match s.security {
        Security::None => Ok(SmtpTransport::builder_dangerous(s.host.clone())),
        Security::Starttls => SmtpTransport::starttls_relay(&s.host),
        Security::Tls => SmtpTransport::relay(&s.host),
    };
    let mut builder = match builder {
        Ok(b) => b
            .port(s.port)
            .timeout(Some(Duration::from_secs(u64::from(s.timeout_seconds)))),
        Err(e) => {
            return Outcome::Failed {
                channel: kind,
                error: format!("smtp {}:{}: {e}", s.host, s.port),
                permanent: true,
            };
        }
    };
    if let Some(p) = password {
        builder = builder.credentials(Credentials::new(s.user.clone(), p.to_string()));
    }
    match builder.build().send(&email) {
        Ok(r) => Outcome::Sent {
            channel: kind,
            receipt: format!("{} {}", r.code(), r.message().collect::<Vec<_>>().join(" ")),
        },
        Err(e) if e.is_timeout() => Outcome::Unknown {
            channel: kind,
            error: format!("smtp {}:{} timed out ({e}); it may have been sent", s.host, s.port),
        },
        Err(e) => Outcome::Failed {
            channel: kind,
            error: format!("smtp {}:{}: {e}", s.host, s.port),
            permanent: e.is_permanent(),
        },
    }
}

/// Run the configured program with the recipients' addresses as arguments and the message on its
/// standard input. Exit 0 is sent; any other exit is a failure to retry; no answer within the
/// timeout may have been sent.
fn command(c: &CommandChannel, m: &Message, bytes: &[u8]) -> Outcome {
    let kind = ChannelKind::Command;
    let addrs: Vec<&str> = m.to.iter().chain(&m.cc).map(|a| a.addr.as_str()).collect();
    let spawned = Command::new(&c.program)
        .args(&c.args)
        .args(&addrs)
        .env("OPSDESK_MEDIUM", m.medium.as_str())
        .env("OPSDESK_MESSAGE_ID", m.id.to_string())
        .env("OPSDESK_SUBJECT", &m.subject)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match spawned {
        Ok(child) => child,
        Err(e) => {
            return Outcome::Failed {
                channel: kind,
                error: format!("cannot run {}: {e}", c.program),
                permanent: e.kind() == std::io::ErrorKind::NotFound || e.kind() == std::io::ErrorKind::PermissionDenied,
            };
        }
    };
    // Feed and drain on their own threads: a program that does not read its input, or writes a
    // lot, must not stall the sender.
    let input = child.stdin.take().map(|mut stdin| {
        let bytes = bytes.to_vec();
        std::thread::spawn(move || {
            // A program that exits without reading its input must not take opsdesk with it: the
            // command line keeps SIGPIPE's default action, so block it on this thread and let
            // the write fail with EPIPE instead (the signal is aimed at the writing thread).
            let mut pipe = nix::sys::signal::SigSet::empty();
            pipe.add(nix::sys::signal::Signal::SIGPIPE);
            let _ = pipe.thread_block();
            let _ = stdin.write_all(&bytes);
        })
    });
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        pipe.map(|mut p| {
            std::thread::spawn(move || {
                let mut buf = Vec::new();
                let _ = p.by_ref().take(64 * 1024).read_to_end(&mut buf);
                String::from_utf8_lossy(&buf).into_owned()
            })
        })
    };
    let out = drain(child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let err = drain(child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let limit = Duration::from_secs(u64::from(c.timeout_seconds));
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if started.elapsed() >= limit => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(_) => break None,
        }
    };
    if let Some(t) = input {
        let _ = t.join();
    }
    let text = |t: Option<std::thread::JoinHandle<String>>| t.and_then(|t| t.join().ok()).unwrap_or_default();
    let (stdout, stderr) = (text(out), text(err));
    let last =
        |s: &str| crate::text::sanitize_line(s.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").trim());
    match status {
        Some(s) if s.success() => Outcome::Sent {
            channel: kind,
            receipt: match last(&stdout) {
                l if l.is_empty() => format!("{} exited 0", c.program),
                l => l,
            },
        },
        Some(s) => Outcome::Failed {
            channel: kind,
            error: format!(
                "{} exited {}: {}",
                c.program,
                s.code().map_or_else(|| "on a signal".to_string(), |c| c.to_string()),
                match last(&stderr) {
                    l if l.is_empty() => "no message".to_string(),
                    l => l,
                }
            ),
            permanent: false,
        },
        None => Outcome::Unknown {
            channel: kind,
            error: format!(
                "{} gave no answer within {} s and was stopped; it may have been sent",
                c.program, c.timeout_seconds
            ),
        },
    }
}
