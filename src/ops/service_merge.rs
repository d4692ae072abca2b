//! Merging two services (issue 19): a desk that holds both `计费` and `billing`, typed before the
//! directory existed, makes them one. Every record naming the one merged (found through the
//! registry of kinds that name services) moves to the other, each with its history row as a
//! normal update by the actor; the one merged is retired and its words become the other's
//! aliases, so typing it later names the other, and the outage budget and the reports count one
//! service. All of it in one write transaction, or none of it.

use anyhow::Result;
use chrono::{DateTime, Utc};

use super::kinds::serviced::{Moving, NAMING, SERVICED};
use super::step;
use super::{Call, Writes};
use crate::domain::kind::Kind;
use crate::domain::role::{Actor, Power, require};
use crate::domain::service::{Service, find, known_list, merged};
use crate::error::{invalid, not_found};
use crate::store::services;

/// What a merge did: both services as they now are, and how many records of each kind moved.
#[derive(Debug)]
pub struct Merged {
    pub from: Service,
    pub into: Service,
    pub moved: Vec<(Kind, usize)>,
}

impl Merged {
    /// Records moved, every kind together.
    pub fn total(&self) -> usize {
        self.moved.iter().map(|(_, n)| n).sum()
    }
}

/// What a merge of `from` into `into` would move, before anything moves (the console's
/// confirmation names it): both services as the directory has them, and how many records of
/// each kind name `from`. Refused as [`merge`] refuses: not one who changes the directory, an
/// unknown service, a retired one to merge into. Read in one transaction; the merge counts
/// again in its own.
pub fn preview(desk: &mut impl Writes, actor: &Actor, from: &str, into: &str) -> Result<Merged> {
    require(actor, Power::ManageDirectory)?;
    desk.read_db(|tx| {
        let dir = services::list(tx)?;
        let (from, into) = (known(&dir, from)?, known(&dir, into)?);
        refuse_retired(&from, &into)?;
        merged(&from, &into)?;
        let mut moved = Vec::new();
        for (kind, naming) in NAMING {
            moved.push((*kind, naming(tx, &from.code)?.len()));
        }
        Ok(Merged { from, into, moved })
    })
}

/// The service `typed` names (its code, a name or an alias), or a refusal listing them.
fn known(dir: &[Service], typed: &str) -> Result<Service> {
    find(typed, dir).cloned().ok_or_else(|| {
        not_found(format!(
            "no service {:?}: the services are {}; see opsdesk service list --all",
            crate::text::sanitize_line(typed),
            known_list(dir, &[])
        ))
    })
}

/// A merge into a retired service is refused: it would hide the records it moves.
fn refuse_retired(from: &Service, into: &Service) -> Result<()> {
    if into.retired && from.id != into.id {
        return Err(invalid(format!(
            "service {} is retired: merge into a service in use (opsdesk service retire {} --undo \
             brings it back)",
            into.code, into.code
        )));
    }
    Ok(())
}

/// Merge service `from` into service `into` (each typed by its code, a name or an alias) as
/// `actor`, who must be one who changes the directory (an admin), checked in the transaction.
pub fn merge(desk: &mut impl Writes, actor: &Actor, from: &str, into: &str, now: DateTime<Utc>) -> Result<Merged> {
    let zone = desk.zone();
    desk.write_db_as(actor, |tx, actor| {
        require(actor, Power::ManageDirectory)?;
        let dir = services::list(tx)?;
        let (old_from, old_into) = (known(&dir, from)?, known(&dir, into)?);
        refuse_retired(&old_from, &old_into)?;
        let (mut new_from, mut new_into) = merged(&old_from, &old_into)?;
        for s in [&mut new_from, &mut new_into] {
            s.version += 1;
            s.updated_at = now;
            s.updated_by = actor.login.clone();
        }
        let call = Call::new(actor, now);
        let detail = format!("service {} merged into {}", old_from.code, old_into.code);
        step::write(tx, &call, &old_from, &new_from, "merge", &detail, zone)?;
        step::write(tx, &call, &old_into, &new_into, "merge", &detail, zone)?;
        let m = Moving {
            call: &call,
            from: &old_from.code,
            into: &old_into.code,
            detail: &detail,
            zone,
        };
        let mut moved = Vec::new();
        for (kind, move_records) in SERVICED {
            moved.push((*kind, move_records(tx, &m)?));
        }
        Ok(Merged {
            from: new_from,
            into: new_into,
            moved,
        })
    })
}
