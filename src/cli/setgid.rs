//! The command line of the desk's setgid opsdesk (`crate::boundary`): which commands it runs,
//! and the order it does things in: the system's config, then the database opened with the
//! desk's group, then the group given up for good, and only then the user's own config and
//! whatever the command does with the files and programs the user names.

use std::cell::RefCell;

use anyhow::Result;
use chrono::Utc;

use super::{Cli, Command, Ctx};
use crate::boundary;
use crate::config::Paths;
use crate::domain::time::whole_seconds;
use crate::store::Store;

/// What a command needs of the desk's group.
enum Need {
    /// The desk's database, opened before the group goes.
    Desk,
    /// To create the desk's database (`init`): it keeps the group and reads nothing of the user's.
    Create,
    /// Nothing: the group goes at once.
    Nothing,
}

const ENGINE: &str = "the opsdesk-engine service sends the desk's messages (systemctl enable --now opsdesk-engine)";

fn need(command: Option<&Command>) -> Result<Need> {
    let refused = |what: &str, instead: &str| boundary::refuse(what, instead).map(|()| Need::Nothing);
    Ok(match command {
        None => Need::Desk,
        Some(Command::Init(_)) => Need::Create,
        Some(Command::Demo(_)) => {
            return refused(
                "opsdesk demo",
                "a demo desk is made by an opsdesk of your own build (cargo run -- demo)",
            );
        }
        Some(Command::Restore(_)) => {
            return refused(
                "opsdesk restore",
                "restoring replaces the desk's file in its directory; the administrator runs it as root (sudo opsdesk restore FILE)",
            );
        }
        Some(Command::Bench(_)) => {
            return refused(
                "opsdesk bench",
                "time a copy of the desk with an opsdesk of your own build",
            );
        }
        Some(Command::Engine(_)) => return refused("opsdesk engine", ENGINE),
        Some(Command::Send(_)) => return refused("opsdesk send", ENGINE),
        Some(
            Command::Config(_)
            | Command::Notify(_)
            | Command::Calendar(_)
            | Command::Completions(_)
            | Command::Manpages(_),
        ) => Need::Nothing,
        Some(_) => Need::Desk,
    })
}

fn warn(warnings: &mut Vec<String>) {
    for w in warnings.drain(..) {
        eprintln!("opsdesk: warning: {}", crate::text::sanitize_line(&w));
    }
}

/// The database opened for the whole command, with every file SQLite keeps beside it (`-wal`,
/// `-shm`) open too: a read maps them. Without the group none could be opened again.
fn open(paths: &Paths, read_only: bool) -> Result<Store> {
    let store = if read_only {
        Store::open_read_only_session(&paths.db)?
    } else {
        Store::open(&paths.db)?
    };
    store
        .conn()
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0))?;
    // SQLite checkpoints a WAL database when its last connection closes, but only if the file is
    // still where it was opened, which it checks by the path: without the group the path cannot
    // be looked up, so it would take the file for moved and leave every commit in the -wal.
    // Instead each commit checkpoints what it can at once (a passive checkpoint, through the
    // handles already open).
    if !store.is_read_only() {
        store.conn().pragma_update(None, "wal_autocheckpoint", 1)?;
    }
    Ok(store)
}

/// [`Ctx::new`] for the desk's setgid opsdesk.
pub(super) fn ctx(cli: &Cli) -> Result<Ctx> {
    let need = need(cli.command.as_ref())?;
    let mut warnings = Vec::new();
    let loaded = Paths::load_for_desk(cli.db.as_deref(), cli.config.as_deref(), &mut warnings);
    warn(&mut warnings);
    let (mut paths, mut config, mut layers) = loaded?;
    // A server desk needs nothing of the group past its password, read with the config: its
    // connections are made again after a restart, with the group long gone.
    let store = match need {
        Need::Desk if paths.postgres.is_none() => Some(open(&paths, cli.read_only)?),
        Need::Desk | Need::Create | Need::Nothing => None,
    };
    if !matches!(need, Need::Create) {
        boundary::drop_group()?;
        let users = paths.add_users_own(&mut layers, &mut warnings);
        warn(&mut warnings);
        config = users?;
    }
    Ok(Ctx {
        paths,
        config,
        layers,
        now: whole_seconds(Utc::now()),
        read_only: cli.read_only,
        lang: cli.lang.clone(),
        opened: RefCell::new(store),
    })
}
