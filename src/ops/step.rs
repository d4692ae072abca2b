//! The one transaction step every kind's command goes through: load the record, refuse a stale
//! version (naming who changed it since), let the kind's rule compute what the record becomes as
//! the actor is *now* (U4), write each change with its history row (A1), then the kind's hooks
//! (duties, the escalation engine) — all of it in one transaction, or none of it.

use anyhow::Result;
use serde::Serialize;

use super::{Call, Writes, conflict};
use crate::domain::audit::diff;
use crate::domain::kind::{Kind, Record};
use crate::error::not_found;
use crate::store::audit;
use crate::store::db::Db;

/// A kind of record the step can load and write back (the store's typed queries), on either
/// engine; a kind not carried over to PostgreSQL yet reaches SQLite through `db::sqlite`.
pub(crate) trait Stored: Record + Serialize + Sized {
    fn load(conn: &dyn Db, id: i64) -> Result<Option<Self>>;
    /// Write `new` over `old`; false when the row is no longer at `old`'s version.
    fn save(conn: &dyn Db, old: &Self, new: &Self) -> Result<bool>;
    /// The record whose timeline shows this one's changes: itself, unless it belongs to another
    /// (a message to its duty's record).
    fn subject(&self, _conn: &dyn Db) -> Result<(Kind, i64)> {
        Ok((Self::KIND, self.id()))
    }
}

/// One change of a record the rule computed: the history's action word, its detail line, and
/// the record as it becomes.
pub(crate) struct Transition<T> {
    pub action: &'static str,
    pub detail: Option<String>,
    pub record: T,
}

impl<T> Transition<T> {
    /// `record` after `action`, with the step's own detail line.
    pub fn to(action: &'static str, record: T) -> Transition<T> {
        Transition {
            action,
            detail: None,
            record,
        }
    }

    /// The same, with a detail line of its own.
    pub fn with_detail(mut self, detail: impl Into<String>) -> Transition<T> {
        self.detail = Some(detail.into());
        self
    }
}

/// Run one step on record `id` of kind `T` for `call`: the rule sees the record and the call
/// with the actor as the directory has them now, and returns the transitions to write in order;
/// `after` sees the record as it ends up. `detail` is the history's detail line unless a
/// transition brings its own.
pub(crate) fn step<T: Stored, O>(
    desk: &mut impl Writes,
    call: &Call,
    id: i64,
    detail: &str,
    rule: impl FnOnce(&dyn Db, &T, &Call) -> Result<Vec<Transition<T>>>,
    after: impl FnOnce(&dyn Db, &T, &Call) -> Result<O>,
) -> Result<O> {
    let zone = desk.zone();
    open(desk, call, id, |tx, old: &T, call| {
        let mut current = None;
        for t in rule(tx, old, call)? {
            let from = current.as_ref().unwrap_or(old);
            write(
                tx,
                call,
                from,
                &t.record,
                t.action,
                t.detail.as_deref().unwrap_or(detail),
                zone,
            )?;
            current = Some(t.record);
        }
        after(tx, current.as_ref().unwrap_or(old), call)
    })
}

/// The step's first half, for kinds whose commands write other records between their own
/// changes (a run's checks and anomalies): record `id` loaded and its version checked, in one
/// transaction with the actor as they are now; `f` writes with [`write`].
pub(crate) fn open<T: Stored, O>(
    desk: &mut impl Writes,
    call: &Call,
    id: i64,
    f: impl FnOnce(&dyn Db, &T, &Call) -> Result<O>,
) -> Result<O> {
    let zone = desk.zone();
    desk.write_db_as(call.actor, |tx, actor| {
        let call = &Call { actor, ..*call };
        let current = T::load(tx, id)?.ok_or_else(|| not_found(format!("no {} {id}", T::KIND)))?;
        let at_version = current.version().unwrap_or(0);
        if let Some(v) = call.if_version.filter(|v| *v != at_version) {
            return Err(conflict(tx, T::KIND, id, v, at_version, zone));
        }
        f(tx, &current, call)
    })
}

/// Write `new` over `old` with its history row, on the timeline of `old`'s subject; a row that
/// moved on meanwhile is a conflict naming who moved it.
pub(crate) fn write<T: Stored>(
    tx: &dyn Db,
    call: &Call,
    old: &T,
    new: &T,
    action: &str,
    detail: &str,
    zone: chrono_tz::Tz,
) -> Result<()> {
    let was = old.version().unwrap_or(0);
    if !T::save(tx, old, new)? {
        return Err(conflict(tx, T::KIND, old.id(), was, was + 1, zone));
    }
    audit::append(
        tx,
        &audit::Entry {
            record: (T::KIND, old.id()),
            subject: old.subject(tx)?,
            at: call.now,
            actor: &call.actor.login,
            action,
            version: new.version(),
            changes: &diff(Some(old), new),
            detail,
        },
    )?;
    Ok(())
}
