//! Who is at the keyboard (SPEC U2): the login of the process's real uid. Never a flag or an
//! environment variable: several people share one host over SSH, and `sudo -E` or a stray
//! `export` must not turn one of them into another.

use anyhow::{Result, anyhow};
use nix::unistd::{Uid, User};

pub fn current_login() -> Result<String> {
    let uid = Uid::current();
    match User::from_uid(uid) {
        Ok(Some(u)) => Ok(u.name),
        Ok(None) => Err(anyhow!(
            "uid {uid} has no entry in the password database; opsdesk needs a login name"
        )),
        Err(e) => Err(anyhow!("cannot look up uid {uid}: {e}")),
    }
}

/// The full name in the password database's GECOS field, if any.
pub fn current_full_name() -> Option<String> {
    let u = User::from_uid(Uid::current()).ok()??;
    let gecos = u.gecos.to_str().ok()?.split(',').next()?.trim().to_string();
    (!gecos.is_empty()).then_some(gecos)
}
