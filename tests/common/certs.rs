//! A test CA and a server certificate it signed, made by the `openssl` program in a scratch
//! directory: what the TLS tests (SMTP's STARTTLS, PostgreSQL's TLS) trust and serve.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The files made: the CA's certificate (what a client is told to trust), the server's key and
/// certificate.
pub struct Made {
    pub ca: PathBuf,
    pub key: PathBuf,
    pub cert: PathBuf,
}

/// A CA and a server certificate for `san` (`IP:127.0.0.1`, `DNS:localhost`) in `dir`; `None`
/// when openssl could not make them.
pub fn make(dir: &Path, san: &str) -> Option<Made> {
    let ca = dir.join("test-ca.pem");
    let (key, cert) = (dir.join("server.key"), dir.join("server.pem"));
    let ca_key = dir.join("test-ca.key");
    let csr = dir.join("server.csr");
    let ext = dir.join("server.ext");
    std::fs::write(&ext, format!("subjectAltName={san}\nbasicConstraints=CA:FALSE\n")).unwrap();
    let openssl = |args: &[&str], files: &[(&str, &Path)]| {
        let mut c = Command::new("openssl");
        c.args(args);
        for (flag, path) in files {
            c.arg(flag).arg(path);
        }
        c.stdout(Stdio::null()).stderr(Stdio::null()).status()
    };
    let subject = |cn: &'static str| ["-nodes", "-newkey", "rsa:2048", "-subj", cn];
    let steps = [
        openssl(
            &[&["req", "-x509", "-days", "2"][..], &subject("/CN=opsdesk test CA")[..]].concat(),
            &[("-keyout", &ca_key), ("-out", &ca)],
        ),
        openssl(
            &[&["req"][..], &subject("/CN=opsdesk test server")[..]].concat(),
            &[("-keyout", &key), ("-out", &csr)],
        ),
        openssl(
            &["x509", "-req", "-days", "2", "-CAcreateserial"],
            &[
                ("-in", &csr),
                ("-CA", &ca),
                ("-CAkey", &ca_key),
                ("-extfile", &ext),
                ("-out", &cert),
            ],
        ),
    ];
    steps
        .into_iter()
        .all(|made| made.is_ok_and(|s| s.success()))
        .then_some(Made { ca, key, cert })
}
