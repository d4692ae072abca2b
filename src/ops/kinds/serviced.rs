//! The kinds of record that name services (issue 19: merging duplicates): for each, how its
//! records naming one service are moved to another, each with its history row (A1) as a normal
//! update by the actor. A new kind that names services is a line in [`SERVICED`].

use anyhow::Result;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::domain::article::Article;
use crate::domain::change::Change;
use crate::domain::emergency::Plan;
use crate::domain::incident::Incident;
use crate::domain::kind::Kind;
use crate::domain::problem::Problem;
use crate::domain::service::same_code;
use crate::ops::Call;
use crate::ops::step::{self, Stored};
use crate::store::db::Db;
use crate::store::services as store;

/// A service being merged: every record naming `from` is to name `into`.
pub(crate) struct Moving<'a> {
    pub call: &'a Call<'a>,
    pub from: &'a str,
    pub into: &'a str,
    /// The history's detail line of each record moved.
    pub detail: &'a str,
    pub zone: Tz,
}

/// Move every record of one kind naming `from`; how many moved.
pub(crate) type Move = fn(&dyn Db, &Moving) -> Result<usize>;

/// Every kind of record with a service field, and how its records are moved.
pub(crate) const SERVICED: &[(Kind, Move)] = &[
    (Kind::Incident, |tx, m| {
        moved(tx, m, store::incidents_naming(tx, m.from)?, |r: &mut Incident| {
            one(&mut r.service, m)
        })
    }),
    (Kind::Problem, |tx, m| {
        moved(tx, m, store::problems_naming(tx, m.from)?, |r: &mut Problem| {
            one(&mut r.service, m)
        })
    }),
    (Kind::Change, |tx, m| {
        moved(tx, m, store::changes_naming(tx, m.from)?, |r: &mut Change| {
            list(&mut r.systems, m)
        })
    }),
    (Kind::Plan, |tx, m| {
        moved(tx, m, store::plans_naming(tx, m.from)?, |r: &mut Plan| {
            list(&mut r.services, m)
        })
    }),
    (Kind::Article, |tx, m| {
        moved(tx, m, store::articles_naming(tx, m.from)?, |r: &mut Article| {
            list(&mut r.services, m)
        })
    }),
];

/// The records of one kind naming a service, in any case: the ids a merge would move.
pub(crate) type Naming = fn(&dyn Db, &str) -> Result<Vec<i64>>;

/// Every kind of record with a service field, and how its records naming one are found (what a
/// merge's confirmation counts before anything moves).
pub(crate) const NAMING: &[(Kind, Naming)] = &[
    (Kind::Incident, store::incidents_naming),
    (Kind::Problem, store::problems_naming),
    (Kind::Change, store::changes_naming),
    (Kind::Plan, store::plans_naming),
    (Kind::Article, store::articles_naming),
];

/// A record's new version, by whom and when.
trait Stamped {
    fn stamp(&mut self, by: &str, now: DateTime<Utc>);
}

macro_rules! stamped {
    ($($t:ty),*) => {$(
        impl Stamped for $t {
            fn stamp(&mut self, by: &str, now: DateTime<Utc>) {
                self.version += 1;
                self.updated_at = now;
                self.updated_by = by.to_string();
            }
        }
    )*};
}

stamped!(Incident, Problem, Change, Plan, Article);

/// Records `ids` of kind `T` as `edit` moves them (false: it names no `from` after all), each
/// written over its version with its history row.
fn moved<T: Stored + Stamped + Clone>(
    tx: &dyn Db,
    m: &Moving,
    ids: Vec<i64>,
    edit: impl Fn(&mut T) -> bool,
) -> Result<usize> {
    let mut n = 0;
    for id in ids {
        let Some(old) = T::load(tx, id)? else { continue };
        let mut new = old.clone();
        if !edit(&mut new) {
            continue;
        }
        new.stamp(&m.call.actor.login, m.call.now);
        step::write(tx, m.call, &old, &new, "edit", m.detail, m.zone)?;
        n += 1;
    }
    Ok(n)
}

/// A service field naming `from` names `into`.
fn one(s: &mut String, m: &Moving) -> bool {
    if !same_code(s, m.from) {
        return false;
    }
    *s = m.into.to_string();
    true
}

/// A list naming `from` names `into` in its place, once (a change of `计费` and `billing`
/// touches billing).
fn list(v: &mut Vec<String>, m: &Moving) -> bool {
    if !v.iter().any(|s| same_code(s, m.from)) {
        return false;
    }
    let mut out: Vec<String> = Vec::with_capacity(v.len());
    for s in v.drain(..) {
        let s = if same_code(&s, m.from) { m.into.to_string() } else { s };
        if !out.contains(&s) {
            out.push(s);
        }
    }
    *v = out;
    true
}
