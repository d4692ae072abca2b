//! The quality steps as one command (Q5-Q7): what the console's forms build and its worker
//! applies, each through the same function the command line calls (`opsdesk corrective`,
//! `opsdesk sample`, `opsdesk callback`), so the core checks who may take it.

use anyhow::Result;
use chrono::{DateTime, Utc};

use super::{callbacks, correctives, samples};
use crate::domain::callback::CallResult;
use crate::domain::corrective::{FollowUp, NewCorrective};
use crate::domain::kind::Kind;
use crate::domain::role::Actor;
use crate::ops::{Call, Writes};

/// A quality step, on the record at the version the user saw (samples and findings are written
/// once and have none).
#[derive(Clone, Debug, PartialEq)]
pub enum Cmd {
    /// Q6: `opsdesk corrective new`.
    Issue(NewCorrective),
    /// Q6: `opsdesk corrective follow-up`.
    FollowUp { id: i64, version: i64, f: FollowUp },
    /// Q6: `opsdesk corrective close`.
    Close { id: i64, version: i64, note: String },
    /// Q5: `opsdesk sample draw`.
    Draw {
        month: String,
        kinds: Vec<Kind>,
        size: usize,
        seed: Option<i64>,
    },
    /// Q5: `opsdesk sample finding`, on item `pos` of sample `sample`.
    Finding {
        sample: i64,
        pos: i64,
        ok: bool,
        text: String,
    },
    /// Q7: `opsdesk callback record`.
    Call { id: i64, version: i64, result: CallResult },
}

impl Cmd {
    /// The versioned record it changes: (kind, id, the version the user saw).
    pub fn target_mut(&mut self) -> Option<(Kind, i64, &mut i64)> {
        match self {
            Cmd::FollowUp { id, version, .. } | Cmd::Close { id, version, .. } => {
                Some((Kind::Corrective, *id, version))
            }
            Cmd::Call { id, version, .. } => Some((Kind::Callback, *id, version)),
            Cmd::Issue(_) | Cmd::Draw { .. } | Cmd::Finding { .. } => None,
        }
    }
}

/// Take step `cmd` as `me`; the id of the notice, sample or callback it wrote.
pub fn apply(desk: &mut impl Writes, me: &Actor, now: DateTime<Utc>, cmd: &Cmd) -> Result<i64> {
    let call = |v: i64| Call::new(me, now).if_version(Some(v));
    Ok(match cmd {
        Cmd::Issue(new) => correctives::issue(desk, me, new, now)?.corrective.id,
        Cmd::FollowUp { id, version, f } => correctives::follow_up(desk, &call(*version), *id, f)?.corrective.id,
        Cmd::Close { id, version, note } => correctives::close(desk, &call(*version), *id, note)?.corrective.id,
        Cmd::Draw {
            month,
            kinds,
            size,
            seed,
        } => {
            let d = samples::Draw {
                month: month.clone(),
                kinds: kinds.clone(),
                size: *size,
                seed: *seed,
            };
            samples::draw(desk, me, &d, now)?.sample.id
        }
        Cmd::Finding { sample, pos, ok, text } => {
            let r = samples::Review {
                ok: *ok,
                text: text.clone(),
                corrective: None,
            };
            samples::finding(desk, me, *sample, *pos, &r, now)?.sample.id
        }
        Cmd::Call { id, version, result } => callbacks::record(desk, &call(*version), *id, result)?.view.callback.id,
    })
}
