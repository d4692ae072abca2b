//! TLS to a desk's server over TCP (issue 20): rustls (ring), as the SMTP channel uses. The
//! server's certificate is always verified, its chain against the system's store and the URL's
//! `sslrootcert` file, and its name against the host the URL names: libpq's `verify-full`,
//! whatever stricter or looser mode the URL says (`require` and `verify-ca` too: an operator's
//! desk is not to be read by whoever answers on the address). A Unix socket carries no TLS.

use std::path::Path;
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use rustls::RootCertStore;
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;
use tokio_postgres_rustls::MakeRustlsConnect;

/// The connector for a server verified as [`Tls::Verified`] says.
pub fn connector(root: Option<&Path>) -> Result<MakeRustlsConnect> {
    let mut roots = RootCertStore::empty();
    // A store that cannot be read in part still trusts what it could read.
    let native = rustls_native_certs::load_native_certs();
    roots.add_parsable_certificates(native.certs);
    if let Some(path) = root {
        let pem = std::fs::read(path).with_context(|| format!("sslrootcert: cannot read {}", path.display()))?;
        let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(&pem)
            .collect::<Result<_, _>>()
            .map_err(|e| anyhow::anyhow!("sslrootcert: {}: not a PEM certificate: {e}", path.display()))?;
        if certs.is_empty() {
            bail!(
                "sslrootcert: {} holds no PEM certificate (-----BEGIN CERTIFICATE-----)",
                path.display()
            );
        }
        for c in certs {
            roots
                .add(c)
                .map_err(|e| anyhow::anyhow!("sslrootcert: {}: {e}", path.display()))?;
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .context("TLS: the protocol versions")?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(MakeRustlsConnect::new(config))
}
