//! A real SMTP server on loopback for the tests: Python's aiosmtpd, storing what it receives in a
//! maildir. `.ci/run` installs it; without it (and without OPSDESK_REQUIRE_SMTP=1) the tests that
//! need it say so and pass.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A loopback port nothing listens on (the listener that found it is dropped): a mail server
/// that is down.
pub fn unused_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

pub struct SmtpServer {
    child: Child,
    pub port: u16,
    pub maildir: PathBuf,
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One received message: its headers decoded, its body as text.
#[derive(Debug)]
pub struct Received {
    pub subject: String,
    pub to: String,
    pub cc: String,
    pub rcpt_to: String,
    pub message_id: String,
    pub body: String,
}

fn available() -> bool {
    Command::new("python3")
        .args(["-c", "import aiosmtpd"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

impl SmtpServer {
    /// Start one in `dir`, or `None` (after saying why) when aiosmtpd is not installed here.
    pub fn start(dir: &Path) -> Option<SmtpServer> {
        SmtpServer::start_with(dir, &[])
    }

    /// One that requires STARTTLS with a certificate for 127.0.0.1 issued by a CA of its own (not
    /// in the system's store), made here with openssl; returns the CA's PEM file too.
    pub fn start_tls(dir: &Path) -> Option<(SmtpServer, PathBuf)> {
        let Some(super::certs::Made { ca, key, cert }) = super::certs::make(dir, "IP:127.0.0.1") else {
            assert!(
                std::env::var("OPSDESK_REQUIRE_SMTP").is_err(),
                "OPSDESK_REQUIRE_SMTP is set but openssl could not make the test certificates"
            );
            eprintln!("skipped: openssl could not make the test certificates");
            return None;
        };
        let tls = [
            "--tlscert".as_ref(),
            cert.as_os_str(),
            "--tlskey".as_ref(),
            key.as_os_str(),
        ];
        SmtpServer::start_with(dir, &tls).map(|s| (s, ca))
    }

    fn start_with(dir: &Path, extra: &[&std::ffi::OsStr]) -> Option<SmtpServer> {
        if !available() {
            assert!(
                std::env::var("OPSDESK_REQUIRE_SMTP").is_err(),
                "OPSDESK_REQUIRE_SMTP is set but python3 -m aiosmtpd is not available"
            );
            eprintln!("skipped: python3 -m aiosmtpd is not installed (pip install aiosmtpd)");
            return None;
        }
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let maildir = dir.join("maildir");
        let child = Command::new("python3")
            .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}")])
            .args(extra)
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(&maildir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start aiosmtpd");
        let server = SmtpServer { child, port, maildir };
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(started.elapsed() < Duration::from_secs(20), "aiosmtpd did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        Some(server)
    }

    /// Everything received so far.
    pub fn received(&self) -> Vec<Received> {
        let mut out = Vec::new();
        let Ok(entries) = std::fs::read_dir(self.maildir.join("new")) else {
            return out;
        };
        for e in entries.flatten() {
            let raw = std::fs::read(e.path()).unwrap();
            let m = mailparse::parse_mail(&raw).unwrap();
            let h = |name: &str| {
                use mailparse::MailHeaderMap;
                m.headers.get_first_value(name).unwrap_or_default()
            };
            out.push(Received {
                subject: h("Subject"),
                to: h("To"),
                cc: h("Cc"),
                rcpt_to: h("X-RcptTo"),
                message_id: h("Message-ID"),
                body: m.get_body().unwrap(),
            });
        }
        out
    }
}
