//! The packaged desk's privilege boundary (issue 17, item 5). The package installs
//! `/usr/bin/opsdesk` setgid to the group `opsdesk`, which alone may open the desk's directory
//! and database; operators are not in it. Such a process ("setgid mode": its real gid is not its
//! effective one) opens the database with the group, then gives the group up for good before it
//! reads anything the user names or runs anything ($EDITOR, a gateway program, the user's own
//! config and keymap, a backup's destination). Who is at the keyboard is still the real uid.
//!
//! Root is not bound (it can open the file anyway), nor is a process whose groups are already
//! its own (a developer's `cargo run`, the engine service running as the user `opsdesk`):
//! for them nothing here changes anything.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Result, bail};
use nix::unistd::{Gid, getgroups, getresgid, getuid, setegid, setresgid};

/// The groups of a setgid process, as it started.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Groups {
    /// The desk's group, the effective one at start.
    pub desk: Gid,
    /// The user's own (real) group.
    pub real: Gid,
}

static AT_START: OnceLock<Option<Groups>> = OnceLock::new();
static DROPPED: AtomicBool = AtomicBool::new(false);

/// The groups when this is the desk's setgid opsdesk run by someone other than root; `None`
/// otherwise. Decided once, at the first call (`run` makes it first thing), so the answer stays
/// the same after the group is given up.
pub fn setgid_groups() -> Option<Groups> {
    *AT_START.get_or_init(|| {
        let ids = getresgid().ok()?;
        (ids.real != ids.effective && !getuid().is_root()).then_some(Groups {
            desk: ids.effective,
            real: ids.real,
        })
    })
}

/// Whether this is the desk's setgid opsdesk (see [`setgid_groups`]).
pub fn setgid_mode() -> bool {
    setgid_groups().is_some()
}

/// Whether the group has been given up (it never comes back).
pub fn dropped() -> bool {
    DROPPED.load(Ordering::SeqCst)
}

/// Give the desk's group up for good: real, effective and saved gid all become the user's own,
/// and taking the group back must fail. Nothing in setgid mode; safe to call twice.
pub fn drop_group() -> Result<()> {
    let Some(g) = setgid_groups() else { return Ok(()) };
    if dropped() {
        return Ok(());
    }
    setresgid(g.real, g.real, g.real)?;
    let ids = getresgid()?;
    if (ids.real, ids.effective, ids.saved) != (g.real, g.real, g.real) {
        bail!("could not give up the desk's group (gids now {ids:?}); stopping");
    }
    if g.desk != g.real && setegid(g.desk).is_ok() {
        bail!("the desk's group could be taken back after giving it up; stopping");
    }
    DROPPED.store(true, Ordering::SeqCst);
    if getgroups().is_ok_and(|gs| gs.contains(&g.desk)) {
        eprintln!(
            "opsdesk: warning: you are a member of the desk's group (gid {}): the boundary does not hold for you; operators are not to be in it (README, A shared desk)",
            g.desk
        );
    }
    Ok(())
}

/// Refuse `what` in setgid mode, saying why and how it is done instead.
pub fn refuse(what: &str, instead: &str) -> Result<()> {
    if setgid_mode() {
        return Err(crate::error::permission(format!(
            "{what} is not run by the desk's setgid opsdesk: {instead}"
        )));
    }
    Ok(())
}
