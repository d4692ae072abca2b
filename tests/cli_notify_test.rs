//! `opsdesk notify test --to ADDRESS`: one message through the configured channel to a real SMTP
//! server on loopback (aiosmtpd), and the server's answer printed.

mod common;

use common::Desk;
use common::smtp::SmtpServer;

#[test]
fn notify_test_delivers_one_message_through_the_configured_smtp_server_and_prints_its_answer() {
    let d = Desk::empty();
    let Some(server) = SmtpServer::start(d.path()) else {
        return;
    };
    d.write_config(&format!(
        "[desk]\nname = \"Test Desk\"\n[notify]\nemail = \"smtp\"\nfrom = \"opsdesk <opsdesk@example.com>\"\n[notify.smtp]\nhost = \"127.0.0.1\"\nport = {}\n",
        server.port
    ));
    // No desk is needed: it tries the channel, not a duty.
    let out = d.ok(&["notify", "test", "--to", "wang@example.com"]);
    assert!(out.starts_with("sent to wang@example.com via smtp"), "{out}");
    assert!(out.contains("250"), "the server's answer: {out}");
    assert!(!d.db.exists(), "nothing written to a desk");
    let got = server.received();
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].rcpt_to, "wang@example.com");
    assert!(
        got[0].subject.contains("Test Desk: test message"),
        "{:?}",
        got[0].subject
    );
    assert!(got[0].body.contains("smtp channel"), "{}", got[0].body);
}

#[test]
fn notify_test_says_why_a_message_was_not_sent() {
    let d = Desk::empty();
    // Nothing listens on this port once the listener is dropped.
    let port = common::smtp::unused_port();
    d.write_config(&format!(
        "[notify]\nemail = \"smtp\"\n[notify.smtp]\nhost = \"127.0.0.1\"\nport = {port}\ntimeout_seconds = 2\n"
    ));
    let e = d.fails(1, &["notify", "test", "--to", "wang@example.com"]);
    assert!(
        e.contains("not sent to wang@example.com via smtp") && e.contains("127.0.0.1"),
        "{e}"
    );
    // An address that is not one is refused before anything is sent.
    d.fails(2, &["notify", "test", "--to", "not an address"]);
}

#[test]
fn a_ca_file_that_holds_no_certificate_is_named_before_anything_is_sent() {
    let d = Desk::empty();
    let ca = d.path().join("internal-ca.pem");
    std::fs::write(&ca, "not a certificate\n").unwrap();
    d.write_config(&format!(
        "[notify]\nemail = \"smtp\"\n[notify.smtp]\nhost = \"127.0.0.1\"\nport = 25\nsecurity = \"starttls\"\nca_file = \"{}\"\n",
        ca.display()
    ));
    let e = d.fails(1, &["notify", "test", "--to", "wang@example.com"]);
    assert!(
        e.contains("notify.smtp.ca_file") && e.contains("internal-ca.pem"),
        "{e}"
    );
    std::fs::remove_file(&ca).unwrap();
    let e = d.fails(1, &["notify", "test", "--to", "wang@example.com"]);
    assert!(e.contains("notify.smtp.ca_file: cannot read"), "{e}");
}

#[test]
fn starttls_verifies_the_server_against_the_ca_file_besides_the_system_store() {
    let d = Desk::empty();
    let Some((server, ca)) = SmtpServer::start_tls(d.path()) else {
        return;
    };
    let config = |ca_file: &str| {
        format!(
            "[notify]\nemail = \"smtp\"\n[notify.smtp]\nhost = \"127.0.0.1\"\nport = {}\nsecurity = \"starttls\"\nca_file = \"{ca_file}\"\ntimeout_seconds = 5\n",
            server.port
        )
    };
    // The server's CA is not in the system's store: refused, nothing delivered.
    d.write_config(&config(""));
    let e = d.fails(1, &["notify", "test", "--to", "wang@example.com"]);
    assert!(
        e.contains("not sent to wang@example.com via smtp") && e.to_lowercase().contains("certificate"),
        "{e}"
    );
    assert_eq!(server.received().len(), 0);
    // With the desk's ca_file it is trusted, and the message goes over TLS.
    d.write_config(&config(ca.to_str().unwrap()));
    let out = d.ok(&["notify", "test", "--to", "wang@example.com"]);
    assert!(out.starts_with("sent to wang@example.com via smtp"), "{out}");
    assert_eq!(server.received().len(), 1);
}
