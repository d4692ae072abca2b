//! The SMTP channel: one step at a time, so that what may have happened is known, and within one
//! deadline for the whole conversation (`notify.smtp.timeout_seconds`), so that a slow server
//! cannot keep a message past its sender's lease: name lookup, connection, TLS, every command
//! and the message text all count.
//!
//! The conversation runs on a thread of its own; the sender waits for it until the deadline.
//! Whether the text had been handed over by then is decided under a lock, so a conversation
//! given up before DATA's text never hands it over later (it would be sent twice once retried).

use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{Certificate, CertificateStore, SmtpConnection, TlsParameters};
use lettre::transport::smtp::commands::{Data, Mail, Rcpt};
use lettre::transport::smtp::extension::{ClientId, Extension, MailBodyParameter, MailParameter};

use super::email::{build_email, host};
use crate::config::settings::{Security, Smtp};
use crate::domain::message::{ChannelKind, Message, Outcome};

/// Where the conversation stands, as far as the message text is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    /// Nothing of the text has gone: a failure now is one to retry.
    Before,
    /// The text is being handed over or was: only the server's reply tells whether it went.
    HandedOver,
    /// The sender stopped waiting: the conversation must not hand the text over any more.
    GivenUp,
}

fn failed(error: String, permanent: bool) -> Outcome {
    Outcome::Failed {
        channel: ChannelKind::Smtp,
        error,
        permanent,
    }
}

/// Send `m` by SMTP: sent, refused (for good on a 5xx), or, once the text went without an answer,
/// "may have been sent". Returns by the deadline whatever the server does.
pub(crate) fn send(s: &Smtp, password: Option<&str>, ca: Option<&Certificate>, m: &Message, from: &str) -> Outcome {
    let at = format!("smtp {}:{}", s.host, s.port);
    let limit = Duration::from_secs(u64::from(s.timeout_seconds));
    let deadline = Instant::now() + limit;
    let email = match build_email(m, from, &host()) {
        Ok(e) => e,
        Err(error) => return failed(error, true),
    };
    let stage = Arc::new(Mutex::new(Stage::Before));
    let (tx, rx) = mpsc::channel();
    let job = Job {
        settings: s.clone(),
        password: password.map(str::to_string),
        ca: ca.cloned(),
        bytes: email.formatted(),
        envelope: email.envelope().clone(),
        deadline,
        stage: stage.clone(),
        at: at.clone(),
    };
    let spawned = std::thread::Builder::new().name("opsdesk-smtp".into()).spawn(move || {
        let (outcome, conn) = super::guard::contain(|| job.run()).unwrap_or_else(|panic| {
            let error = format!("{}: opsdesk could not send this message: {panic}", job.at);
            (failed(error, true), None)
        });
        // The outcome first: the goodbye must not make a sent message look unanswered.
        let _ = tx.send(outcome);
        if let Some(mut conn) = conn {
            let _ = conn.set_timeout(Some(Duration::from_secs(2)));
            conn.abort();
        }
    });
    if let Err(e) = spawned {
        return failed(format!("{at}: cannot start sending: {e}"), false);
    }
    let wait = deadline.saturating_duration_since(Instant::now());
    match rx.recv_timeout(wait) {
        Ok(outcome) => outcome,
        Err(_) => {
            let mut st = stage.lock().unwrap_or_else(|p| p.into_inner());
            if *st == Stage::HandedOver {
                return Outcome::Unknown {
                    channel: ChannelKind::Smtp,
                    error: format!(
                        "{at}: no answer within {} s after the message was handed over; it may have been sent",
                        s.timeout_seconds
                    ),
                };
            }
            *st = Stage::GivenUp;
            failed(
                format!(
                    "{at}: the server did not take the message within {} s (notify.smtp.timeout_seconds, for the whole send); nothing was handed over",
                    s.timeout_seconds
                ),
                false,
            )
        }
    }
}

/// One conversation, owned by its thread.
struct Job {
    settings: Smtp,
    password: Option<String>,
    ca: Option<Certificate>,
    bytes: Vec<u8>,
    envelope: lettre::address::Envelope,
    deadline: Instant,
    stage: Arc<Mutex<Stage>>,
    at: String,
}

impl Job {
    /// What remains of the deadline, for the next socket operation; none left is a failure to
    /// retry (nothing went).
    fn remaining(&self) -> Result<Duration, (String, bool)> {
        let left = self.deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err((
                format!("no time left within {} s", self.settings.timeout_seconds),
                false,
            ));
        }
        Ok(left)
    }

    /// The outcome, and the connection still to close (after the outcome is reported).
    fn run(&self) -> (Outcome, Option<SmtpConnection>) {
        let s = &self.settings;
        let at = &self.at;
        let tls = match s.security {
            Security::None => None,
            // rustls, verifying against the system's trust store (rustls-native-certs: the
            // certificates the system's OpenSSL would use, /etc/ssl/certs, or SSL_CERT_FILE)
            // and `ca_file`'s certificates besides.
            Security::Starttls | Security::Tls => {
                let mut b = TlsParameters::builder(s.host.clone()).certificate_store(CertificateStore::Default);
                if let Some(ca) = &self.ca {
                    b = b.add_root_certificate(ca.clone());
                }
                match b.build_rustls() {
                    Ok(t) => Some(t),
                    Err(e) => return (failed(format!("{at}: {e}"), true), None),
                }
            }
        };
        let hello = ClientId::Domain(host());
        let implicit = if s.security == Security::Tls {
            tls.as_ref()
        } else {
            None
        };
        let first = match self.remaining() {
            Ok(d) => d,
            Err((e, permanent)) => return (failed(format!("{at}: {e}"), permanent), None),
        };
        // Everything before DATA's text: nothing was handed over, so a failure is retried.
        let mut conn = match SmtpConnection::connect((s.host.as_str(), s.port), Some(first), &hello, implicit, None) {
            Ok(c) => c,
            Err(e) => return (failed(format!("{at}: {e}"), e.is_permanent()), None),
        };
        // Err: what went wrong, and whether the server refused for good (5xx).
        let before_data = (|| -> Result<(), (String, bool)> {
            let smtp_err = |e: lettre::transport::smtp::Error| (e.to_string(), e.is_permanent());
            let step = |conn: &mut SmtpConnection| -> Result<(), (String, bool)> {
                let left = self.remaining()?;
                conn.set_timeout(Some(left)).map_err(|e| (e.to_string(), false))
            };
            if s.security == Security::Starttls {
                let Some(tls) = tls.as_ref() else {
                    return Err(("STARTTLS without TLS parameters".into(), true));
                };
                step(&mut conn)?;
                conn.starttls(tls, &hello).map_err(smtp_err)?;
            }
            if let Some(p) = &self.password {
                step(&mut conn)?;
                conn.auth(
                    &[Mechanism::Plain, Mechanism::Login],
                    &Credentials::new(s.user.clone(), p.clone()),
                )
                .map_err(smtp_err)?;
            }
            let mut options = Vec::new();
            if !self.bytes.is_ascii() {
                if !conn.server_info().supports_feature(Extension::EightBitMime) {
                    return Err((
                        "the message is not ASCII and the server does not take 8BITMIME".into(),
                        true,
                    ));
                }
                options.push(MailParameter::Body(MailBodyParameter::EightBitMime));
            }
            step(&mut conn)?;
            conn.command(Mail::new(self.envelope.from().cloned(), options))
                .map_err(smtp_err)?;
            for to in self.envelope.to() {
                step(&mut conn)?;
                conn.command(Rcpt::new(to.clone(), Vec::new())).map_err(smtp_err)?;
            }
            step(&mut conn)?;
            conn.command(Data).map_err(smtp_err)?;
            step(&mut conn)?;
            Ok(())
        })();
        if let Err((error, permanent)) = before_data {
            return (failed(format!("{at}: {error}"), permanent), Some(conn));
        }
        {
            let mut st = self.stage.lock().unwrap_or_else(|p| p.into_inner());
            if *st == Stage::GivenUp {
                let error = format!("{at}: given up before the message was handed over");
                return (failed(error, false), Some(conn));
            }
            *st = Stage::HandedOver;
        }
        let outcome = match conn.message(&self.bytes) {
            Ok(r) => Outcome::Sent {
                channel: ChannelKind::Smtp,
                receipt: crate::text::sanitize_line(&format!(
                    "{} {}",
                    r.code(),
                    r.message().collect::<Vec<_>>().join(" ")
                )),
            },
            // The server answered: it did not take the message.
            Err(e) if e.is_permanent() || e.is_transient() => failed(format!("{at}: {e}"), e.is_permanent()),
            Err(e) => Outcome::Unknown {
                channel: ChannelKind::Smtp,
                error: format!("{at}: no answer after the message was handed over ({e}); it may have been sent"),
            },
        };
        (outcome, Some(conn))
    }
}
