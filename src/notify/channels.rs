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
        // One id per message, whatever the try: a reader's mail program can tell a repeat.
        .message_id(Some(format!("<opsdesk.{}.{}@{host}>", m.id, m.created_at.timestamp())))
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

/// Write the message into the spool directory: a temporary file first, then linked under its
/// name, so a reader never sees half a file and an existing file is never replaced (ids repeat
/// after a restore, or when two desks share a directory). Readable by owner and group only.
fn spool(dir: &Path, m: &Message, bytes: &[u8]) -> Result<PathBuf> {
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o770)
        .create(dir)
        .with_context(|| format!("cannot create the spool directory {}", dir.display()))?;
    let ext = match m.medium {
        Medium::Email => "eml",
        Medium::Sms => "sms",
    };
    let stem = format!("{}-{:06}-{}", m.created_at.format("%Y%m%dT%H%M%SZ"), m.id, m.medium);
    let tmp = dir.join(format!(".{stem}.{}.tmp", std::process::id()));
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o640)
        .open(&tmp)
        .with_context(|| format!("cannot write {}", tmp.display()))?;
    f.write_all(bytes)?;
    f.sync_all()?;
    let mut n = 0;
    let path = loop {
        let name = if n == 0 {
            format!("{stem}.{ext}")
        } else {
            format!("{stem}.{n}.{ext}")
        };
        let path = dir.join(name);
        match std::fs::hard_link(&tmp, &path) {
            Ok(()) => break path,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && n < 100 => n += 1,
            Err(e) => {
                let _ = std::fs::remove_file(&tmp);
                return Err(e).with_context(|| format!("cannot write {}", path.display()));
            }
        }
    };
    let _ = std::fs::remove_file(&tmp);
    Ok(path)
}

/// Send by SMTP one step at a time, so that what may have happened is known: a failure before
/// the message text went out is a failure to retry (or a permanent one, when the server says
/// 5xx); once the text went out, only the server's reply tells, and no reply means it may have
/// been sent: never sent again by itself.
fn smtp(s: &Smtp, password: Option<&str>, m: &Message, from: &str) -> Outcome {
    use lettre::transport::smtp::authentication::{Credentials, Mechanism};
    use lettre::transport::smtp::client::{SmtpConnection, TlsParameters};
    use lettre::transport::smtp::commands::{Data, Mail, Rcpt};
    use lettre::transport::smtp::extension::{ClientId, Extension, MailBodyParameter, MailParameter};
    let kind = ChannelKind::Smtp;
    let at = format!("smtp {}:{}", s.host, s.port);
    let failed = |error: String, permanent: bool| Outcome::Failed {
        channel: kind,
        error,
        permanent,
    };
    let email = match build_email(m, from, &host()) {
        Ok(e) => e,
        Err(error) => return failed(error, true),
    };
    let bytes = email.formatted();
    let tls = match s.security {
        Security::None => None,
        Security::Starttls | Security::Tls => match TlsParameters::new(s.host.clone()) {
            Ok(t) => Some(t),
            Err(e) => return failed(format!("{at}: {e}"), true),
        },
    };
    let hello = ClientId::Domain(host());
    let timeout = Some(Duration::from_secs(u64::from(s.timeout_seconds)));
    let implicit = if s.security == Security::Tls {
        tls.as_ref()
    } else {
        None
    };
    // Everything before DATA's text: nothing was handed over, so a failure is retried.
    let mut conn = match SmtpConnection::connect((s.host.as_str(), s.port), timeout, &hello, implicit, None) {
        Ok(c) => c,
        Err(e) => return failed(format!("{at}: {e}"), e.is_permanent()),
    };
    // Err: what went wrong, and whether the server refused for good (5xx).
    let before_data = (|| -> Result<(), (String, bool)> {
        let smtp_err = |e: lettre::transport::smtp::Error| (e.to_string(), e.is_permanent());
        if s.security == Security::Starttls {
            conn.starttls(tls.as_ref().expect("starttls has parameters"), &hello)
                .map_err(smtp_err)?;
        }
        if let Some(p) = password {
            conn.auth(
                &[Mechanism::Plain, Mechanism::Login],
                &Credentials::new(s.user.clone(), p.to_string()),
            )
            .map_err(smtp_err)?;
        }
        let mut options = Vec::new();
        if !bytes.is_ascii() {
            if !conn.server_info().supports_feature(Extension::EightBitMime) {
                return Err((
                    "the message is not ASCII and the server does not take 8BITMIME".into(),
                    true,
                ));
            }
            options.push(MailParameter::Body(MailBodyParameter::EightBitMime));
        }
        let envelope = email.envelope();
        conn.command(Mail::new(envelope.from().cloned(), options))
            .map_err(smtp_err)?;
        for to in envelope.to() {
            conn.command(Rcpt::new(to.clone(), Vec::new())).map_err(smtp_err)?;
        }
        conn.command(Data).map_err(smtp_err)?;
        Ok(())
    })();
    if let Err((error, permanent)) = before_data {
        conn.abort();
        return failed(format!("{at}: {error}"), permanent);
    }
    let sent = conn.message(&bytes);
    let outcome = match sent {
        Ok(r) => Outcome::Sent {
            channel: kind,
            receipt: crate::text::sanitize_line(&format!("{} {}", r.code(), r.message().collect::<Vec<_>>().join(" "))),
        },
        // The server answered: it did not take the message.
        Err(e) if e.is_permanent() || e.is_transient() => failed(format!("{at}: {e}"), e.is_permanent()),
        Err(e) => Outcome::Unknown {
            channel: kind,
            error: format!("{at}: no answer after the message was handed over ({e}); it may have been sent"),
        },
    };
    let _ = conn.quit();
    outcome
}

/// Run the configured program with the recipients' addresses as arguments and the message on its
/// standard input. Exit 0 is sent; any other exit is a failure to retry; no answer within the
/// timeout may have been sent.
fn command(c: &CommandChannel, m: &Message, bytes: &[u8]) -> Outcome {
    let kind = ChannelKind::Command;
    let addrs: Vec<&str> = m.to.iter().chain(&m.cc).map(|a| a.addr.as_str()).collect();
    use std::os::unix::process::CommandExt;
    let spawned = Command::new(&c.program)
        // Its own process group, so that a timeout stops whatever it started too.
        .process_group(0)
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
    // Each reader reports on a channel, so that a pipe held open by something that escaped the
    // process group cannot keep the sender waiting.
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        let (tx, rx) = std::sync::mpsc::channel();
        if let Some(mut p) = pipe {
            std::thread::spawn(move || {
                let mut buf = Vec::new();
                let _ = p.by_ref().take(64 * 1024).read_to_end(&mut buf);
                let _ = tx.send(String::from_utf8_lossy(&buf).into_owned());
            });
        }
        rx
    };
    let out = drain(child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let err = drain(child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let limit = Duration::from_secs(u64::from(c.timeout_seconds));
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if started.elapsed() >= limit => {
                let group = nix::unistd::Pid::from_raw(child.id() as i32);
                let _ = nix::sys::signal::killpg(group, nix::sys::signal::Signal::SIGKILL);
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(_) => break None,
        }
    };
    // The writer ends when the program's end of the pipe closes; not joined, for the same reason.
    drop(input);
    let text = |rx: std::sync::mpsc::Receiver<String>| rx.recv_timeout(Duration::from_secs(2)).unwrap_or_default();
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
