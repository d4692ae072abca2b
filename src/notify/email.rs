//! A message as an e-mail: what the spool, a gateway program and SMTP all send.

use lettre::message::header::ContentType;
use lettre::message::{Mailbox, Message as Email};

use crate::domain::message::Message;

/// The message as an e-mail: UTF-8 plain text, the subject encoded for any reader, To and Cc
/// (from which SMTP takes the envelope). Built defensively: a name or an address that would
/// break a header (a line break stored behind opsdesk's back, or before names were checked)
/// refuses this message with what to fix, never panics the sender.
pub(crate) fn build_email(m: &Message, from: &str, host: &str) -> Result<Email, String> {
    let mailbox = |a: &crate::domain::message::Address| -> Result<Mailbox, String> {
        let who = crate::text::sanitize_line(&a.name);
        if a.name.chars().any(char::is_control) {
            return Err(format!(
                "the name of {who} <{}> contains a control character (a line break?) and cannot head an e-mail: fix the name in the directory (opsdesk user edit or dept edit), then retry the message",
                crate::text::sanitize_line(&a.addr)
            ));
        }
        let address = a.addr.parse().map_err(|_| {
            format!(
                "{:?} ({who}) is not an e-mail address (fix it in the directory)",
                crate::text::sanitize_line(&a.addr)
            )
        })?;
        Ok(Mailbox::new((!a.name.is_empty()).then(|| a.name.clone()), address))
    };
    let from: Mailbox = from.parse().map_err(|_| format!("{from:?} is not an e-mail sender"))?;
    let mut b = Email::builder()
        .from(from)
        // A subject a person edited may hold a line break: one line, always.
        .subject(crate::text::sanitize_line(&m.subject))
        // One id per message, whatever the try: a reader's mail program can tell a repeat.
        .message_id(Some(format!("<opsdesk.{}.{}@{host}>", m.id, m.created_at.timestamp())))
        .header(ContentType::TEXT_PLAIN);
    for a in &m.to {
        b = b.to(mailbox(a)?);
    }
    for a in &m.cc {
        b = b.cc(mailbox(a)?);
    }
    b.body(m.body.clone())
        .map_err(|e| format!("cannot build the e-mail: {e}"))
}

/// The e-mail as RFC 5322 bytes, for the spool and for a program.
pub fn email_bytes(m: &Message, from: &str, host: &str) -> Result<Vec<u8>, String> {
    Ok(build_email(m, from, host)?.formatted())
}

/// This host's name, for Message-IDs and the SMTP greeting.
pub(crate) fn host() -> String {
    nix::unistd::gethostname()
        .ok()
        .and_then(|h| h.into_string().ok())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".into())
}
