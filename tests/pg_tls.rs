//! A desk on a PostgreSQL server reached over TCP with TLS (issue 20): the server turns away
//! whoever does not encrypt (`hostssl`); opsdesk verifies the server's certificate against the
//! system's store and the URL's `sslrootcert`, and the name it was issued for. A certificate
//! nobody vouches for, a name it was not issued for, or a URL that does not encrypt is refused
//! with a message that says what to do.

mod common;

use std::net::TcpListener;

use common::pg::{APP_ROLE, PgDesk};

#[test]
fn a_desk_over_tls_verifies_its_server_and_refuses_what_does_not_encrypt() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let scratch = tempfile::tempdir().unwrap();
    let Some(made) = common::certs::make(scratch.path(), "DNS:localhost") else {
        assert!(
            std::env::var("OPSDESK_REQUIRE_PG").is_err(),
            "OPSDESK_REQUIRE_PG is set but openssl could not make the test certificates"
        );
        eprintln!("skipped: openssl could not make the test certificates");
        return;
    };
    let db = pg.fresh_db("over_tls");
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    pg.serve_tls(port, &made.key, &made.cert);
    let ca = made.ca.display().to_string();
    let url = |host: &str, query: &str| format!("postgresql://{APP_ROLE}@{host}:{port}/{db}?{query}");

    let d = PgDesk::new(url("localhost", &format!("sslmode=verify-full&sslrootcert={ca}")));
    d.ok(&["init", "--name", "Admin"]);
    d.ok(&[
        "incident",
        "new",
        "--title",
        "gateway down",
        "--service",
        "billing",
        "--category",
        "network",
        "--channel",
        "phone",
    ]);
    let listed = d.json(&["incident", "list", "--json"]);
    assert_eq!(listed[0]["title"], "gateway down", "{listed}");
    assert!(d.ok(&["check"]).contains("check: ok"));

    // The server's CA not given: the system's store does not vouch for it.
    let e = PgDesk::new(url("localhost", "sslmode=require")).fails(1, &["incident", "list"]);
    assert!(
        e.contains("UnknownIssuer") && e.contains("sslrootcert=/path/to/ca.pem"),
        "{e}"
    );
    // The certificate names localhost, not the address.
    let e = PgDesk::new(url("127.0.0.1", &format!("sslmode=require&sslrootcert={ca}"))).fails(1, &["incident", "list"]);
    assert!(e.contains("does not name the host"), "{e}");
    // No TLS at all: the server turns it away, and says why.
    let e = PgDesk::new(url("localhost", "sslmode=disable")).fails(1, &["incident", "list"]);
    assert!(e.contains("no encryption"), "{e}");
    // A CA file that is not one is named.
    let e =
        PgDesk::new(url("localhost", &format!("sslrootcert={}", made.key.display()))).fails(1, &["incident", "list"]);
    assert!(e.contains("sslrootcert") && e.contains("server.key"), "{e}");
}
