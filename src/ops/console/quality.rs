//! The Quality view's lists (Q5-Q7): corrective notices, samples and callbacks, newest first,
//! each read by key (`before` the last id seen, a page at a time) under the view's filter, as
//! the Problems and Knowledge views read theirs; one row more than asked for says there are more.

use crate::store::db::Db;
use anyhow::Result;

use super::filter::matches;
use super::knowledge::{PAGE, SCAN, keyed};
use crate::domain::kind::Kind;
use crate::ops::quality::{callbacks, correctives, samples};
use crate::store::samples as sample_store;
use crate::store::{callbacks as callback_store, correctives as corrective_store, incidents, requests};

/// How many rows of each list to show from the top.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub correctives: usize,
    pub samples: usize,
    pub callbacks: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            correctives: PAGE,
            samples: PAGE,
            callbacks: PAGE,
        }
    }
}

/// A callback with where its record stands now (an incident reopened by it, I12).
#[derive(Clone, Debug, PartialEq)]
pub struct CallbackRow {
    pub view: callbacks::View,
    /// The record's status word (`reopened`, `closed`), when it is still there.
    pub record_status: Option<String>,
}

/// The three lists as last read, and whether each has more rows than loaded.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lists {
    pub correctives: Vec<correctives::View>,
    pub correctives_more: bool,
    pub samples: Vec<samples::View>,
    pub samples_more: bool,
    pub callbacks: Vec<CallbackRow>,
    pub callbacks_more: bool,
}

/// The first `limit` rows (and whether there are more) of a keyed read.
fn cut<T>(mut rows: Vec<T>, limit: usize) -> (Vec<T>, bool) {
    let more = rows.len() > limit;
    rows.truncate(limit);
    (rows, more)
}

/// The three lists under `filter`, as many rows of each as `limits` asks for.
pub fn read(tx: &dyn Db, filter: &str, limits: &Limits) -> Result<Lists> {
    let t = filter.trim().to_lowercase();
    let rows = keyed(
        limits.correctives,
        |before| corrective_store::list(tx, &[], before, SCAN),
        |c| c.id,
        |c| {
            matches(
                &t,
                c.id,
                &[&c.dept, &c.responsible, c.status.as_str(), &c.findings, &c.issued_by],
            )
        },
    )?;
    let (rows, correctives_more) = cut(rows, limits.correctives);
    let correctives = rows
        .into_iter()
        .map(|c| correctives::view(tx, c))
        .collect::<Result<_>>()?;
    let rows = keyed(
        limits.samples,
        |before| sample_store::list(tx, before, SCAN),
        |s| s.id,
        |s| matches(&t, s.id, &[&s.month, &s.kinds, &s.drawn_by]),
    )?;
    let (rows, samples_more) = cut(rows, limits.samples);
    let samples = rows.into_iter().map(|s| samples::view(tx, s)).collect::<Result<_>>()?;
    let rows = keyed(
        limits.callbacks,
        |before| callback_store::list(tx, &[], before, SCAN),
        |c| c.id,
        |c| {
            let record = format!("{}#{}", c.record_kind, c.record_id);
            matches(&t, c.id, &[&c.person, &c.contact, c.status.as_str(), &record])
        },
    )?;
    let (rows, callbacks_more) = cut(rows, limits.callbacks);
    let mut callbacks = Vec::with_capacity(rows.len());
    for c in rows {
        let record_status = status_of(tx, c.record_kind, c.record_id)?;
        callbacks.push(CallbackRow {
            view: callbacks::view(tx, c)?,
            record_status,
        });
    }
    Ok(Lists {
        correctives,
        correctives_more,
        samples,
        samples_more,
        callbacks,
        callbacks_more,
    })
}

/// Where the record a callback follows stands now.
pub fn status_of(tx: &dyn Db, kind: Kind, id: i64) -> Result<Option<String>> {
    Ok(match kind {
        Kind::Incident => incidents::get(tx, id)?.map(|i| i.status.as_str().to_string()),
        Kind::Request => requests::get(tx, id)?.map(|r| r.status.as_str().to_string()),
        _ => None,
    })
}
