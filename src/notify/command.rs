//! The command channel: the company's SMS gateway (or any program) run with the configured
//! arguments, then `--`, then the recipients' addresses; the message on its standard input.
//!
//! The addresses come from the directory and from incidents: each is checked again here (a phone
//! number for an SMS, an e-mail address for an e-mail) and they follow `--`, so none can be read
//! as an option of the gateway (`--config=…`, `-rf`) whatever the database holds.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::config::settings::CommandChannel;
use crate::domain::directory::{check_email, check_phone};
use crate::domain::message::{ChannelKind, Medium, Message, Outcome};

/// How much of the program's output is kept, per stream (the rest is read and dropped, so the
/// program never blocks on, or dies of, a pipe nobody reads).
const KEPT: usize = 64 * 1024;

/// The addresses as the gateway gets them (a phone number as opsdesk stores it now, also one a
/// desk stored before numbers were checked: `139-0000-0011` goes as `13900000011`), or why this
/// message cannot go to it.
fn addresses(m: &Message) -> Result<Vec<String>, String> {
    m.to.iter()
        .chain(&m.cc)
        .map(|a| {
            let checked = match m.medium {
                Medium::Sms => check_phone(&a.addr).ok().filter(|p| !p.is_empty()),
                Medium::Email => check_email(&a.addr).ok().filter(|e| !e.is_empty()),
            };
            checked.ok_or_else(|| {
                format!(
                    "{:?} ({}) is not {}: not given to the gateway (fix it in the directory or on the incident)",
                    crate::text::sanitize_line(&a.addr),
                    crate::text::sanitize_line(&a.name),
                    match m.medium {
                        Medium::Sms => "a phone number",
                        Medium::Email => "an e-mail address",
                    }
                )
            })
        })
        .collect()
}

/// Read `pipe` to its end, keeping the first [`KEPT`] bytes.
fn drain(mut pipe: impl Read) -> String {
    let mut kept = Vec::new();
    let mut buf = [0u8; 8192];
    loop {
        match pipe.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                let room = KEPT.saturating_sub(kept.len());
                kept.extend_from_slice(&buf[..n.min(room)]);
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => break,
        }
    }
    String::from_utf8_lossy(&kept).into_owned()
}

/// Run the configured program. Exit 0 is sent; any other exit is a failure to retry; killed by a
/// signal once it had the whole message, or no answer within the timeout, may have been sent.
pub(crate) fn run(c: &CommandChannel, m: &Message, bytes: &[u8]) -> Outcome {
    let kind = ChannelKind::Command;
    let addrs = match addresses(m) {
        Ok(a) => a,
        Err(error) => {
            return Outcome::Failed {
                channel: kind,
                error,
                permanent: true,
            };
        }
    };
    use std::os::unix::process::{CommandExt, ExitStatusExt};
    let spawned = Command::new(&c.program)
        // Its own process group, so that a timeout stops whatever it started too.
        .process_group(0)
        .args(&c.args)
        // The end of the options: what follows are addresses, whatever they look like.
        .arg("--")
        .args(&addrs)
        .env("OPSDESK_MEDIUM", m.medium.as_str())
        .env("OPSDESK_MESSAGE_ID", m.id.to_string())
        .env("OPSDESK_SUBJECT", crate::text::sanitize_line(&m.subject))
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
    // lot, must not stall the sender. Each reports on a channel, so that a pipe held open by
    // something that escaped the process group cannot keep the sender waiting.
    let (fed_tx, fed) = mpsc::channel();
    if let Some(mut stdin) = child.stdin.take() {
        let bytes = bytes.to_vec();
        std::thread::spawn(move || {
            // A program that exits without reading its input must not take opsdesk with it: the
            // command line keeps SIGPIPE's default action, so block it on this thread and let
            // the write fail with EPIPE instead (the signal is aimed at the writing thread).
            let mut pipe = nix::sys::signal::SigSet::empty();
            pipe.add(nix::sys::signal::Signal::SIGPIPE);
            let _ = pipe.thread_block();
            let whole = stdin.write_all(&bytes).is_ok();
            drop(stdin);
            let _ = fed_tx.send(whole);
        });
    }
    let reader = |pipe: Option<Box<dyn Read + Send>>| {
        let (tx, rx) = mpsc::channel();
        if let Some(p) = pipe {
            std::thread::spawn(move || {
                let _ = tx.send(drain(p));
            });
        }
        rx
    };
    let out = reader(child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let err = reader(child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
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
    let text = |rx: mpsc::Receiver<String>| rx.recv_timeout(Duration::from_secs(2)).unwrap_or_default();
    let (stdout, stderr) = (text(out), text(err));
    // Whether the program took the whole message: a writer that has not finished by now is
    // stuck on a pipe that something still holds, so the program may have had it all.
    let fed_all = fed.recv_timeout(Duration::from_millis(200)).unwrap_or(true);
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
        // Killed after it had the message (by SIGPIPE, say, writing to a closed pipe after it
        // sent): it may well have gone, and sending again could make it twice.
        Some(s) if s.signal().is_some() && fed_all => Outcome::Unknown {
            channel: kind,
            error: format!(
                "{} was killed by signal {} after it had the whole message; it may have been sent",
                c.program,
                s.signal().unwrap_or_default()
            ),
        },
        Some(s) => Outcome::Failed {
            channel: kind,
            error: format!(
                "{} {}: {}",
                c.program,
                match (s.code(), s.signal()) {
                    (Some(code), _) => format!("exited {code}"),
                    (None, Some(sig)) => format!("was killed by signal {sig} before it had the whole message"),
                    (None, None) => "ended".to_string(),
                },
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn i21_12_only_phone_numbers_and_addresses_reach_the_gateway() {
        use crate::domain::message::{Address, MessageState};
        let to = |medium: Medium, addr: &str| {
            let mut m = Message::new(
                1,
                crate::domain::message::Draft {
                    medium,
                    to: vec![Address {
                        name: "王芳".into(),
                        dept: String::new(),
                        addr: addr.into(),
                    }],
                    cc: vec![],
                    subject: "s".into(),
                    body: "b".into(),
                    lang: "zh-CN".into(),
                },
                MessageState::Queued,
                chrono::Utc::now(),
                "li",
            );
            m.id = 1;
            addresses(&m).ok().map(|a| a.join(" "))
        };
        let cases = [
            (Medium::Sms, "13800000001", Some("13800000001")),
            (Medium::Sms, "139-0000-0011", Some("13900000011")),
            (Medium::Sms, "--config=/etc/passwd", None),
            (Medium::Sms, "-rf", None),
            (Medium::Sms, "138\n--output=x", None),
            (Medium::Email, "wf@example.com", Some("wf@example.com")),
            (Medium::Email, "--config=/x@evil.example", None),
            (Medium::Email, "wf@example.com\r\nBcc: x@y.cn", None),
        ];
        for (medium, addr, want) in cases {
            assert_eq!(to(medium, addr).as_deref(), want, "{medium} {addr:?}");
        }
    }

    /// A pipe that counts what was read from it.
    struct Counted<'a>(&'a [u8], &'a std::cell::Cell<usize>);

    impl Read for Counted<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = self.0.read(buf)?;
            self.1.set(self.1.get() + n);
            Ok(n)
        }
    }

    #[test]
    fn i21_13_a_chatty_gateway_is_read_to_the_end_and_its_first_64_kib_kept() {
        let big = vec![b'x'; 300 * 1024];
        let read = std::cell::Cell::new(0);
        let kept = drain(Counted(&big, &read));
        assert_eq!(kept.len(), KEPT);
        assert_eq!(
            read.get(),
            big.len(),
            "nothing left in the pipe to make it block or die"
        );
    }
}
