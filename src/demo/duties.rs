//! The duties of the demo's year (issue 15, item 9): each closed incident of the eleven months
//! before the story gets the duties the rules raise for it (I6's ladder steps, I8's broadcast,
//! recovery and explanation notices), as the engine would have raised them, each done by the
//! incident's operator: in time mostly, one in eight late, so that the "duties met and missed"
//! chart has a year to show. Raised and done through the same calls as the engine and `opsdesk
//! duty done`, each with its history row: `opsdesk check` replays them.

use anyhow::Result;
use chrono::Duration;

use super::data::Rng;
use crate::domain::escalation::assess;
use crate::domain::kind::Kind;
use crate::notify::recipients::Subject;
use crate::ops::Desk;
use crate::ops::duties::{complete_in, raise};
use crate::store::incidents;

/// One duty in this many is done late.
const LATE_ONE_IN: i64 = 8;

/// The duties of incidents `first..=last`, from the rules at each one's close.
pub fn year(desk: &mut Desk, (first, last): (i64, i64), seed: u64) -> Result<()> {
    let policy = desk.policy.clone();
    let zone = desk.zone();
    let rng = &mut Rng::new(seed ^ 0x5155_414c_4954_5931);
    desk.store.write(|tx| {
        for id in first..=last {
            let Some(inc) = incidents::get(tx, id)? else {
                continue;
            };
            let Some(end) = inc
                .closed_at
                .or(inc.verified_at)
                .or(inc.resolved_at)
                .or(inc.restored_at)
            else {
                continue;
            };
            let by = inc.owner.clone().unwrap_or_else(|| inc.updated_by.clone());
            for spec in assess(&inc, 0, &policy, end).duties {
                let Some(duty) = raise(
                    tx,
                    (Kind::Incident, id),
                    Subject::Incident(&inc),
                    &spec,
                    &by,
                    spec.raised_at,
                    zone,
                )?
                else {
                    continue;
                };
                let window = (spec.due_at - spec.raised_at).num_seconds().max(2);
                let at = if rng.range(1, LATE_ONE_IN) == 1 {
                    spec.due_at + Duration::minutes(rng.range(1, 90))
                } else {
                    spec.raised_at + Duration::seconds(rng.range(1, window - 1))
                };
                complete_in(tx, &duty, &by, at, "电话告知 / told by phone", at, zone)?;
            }
        }
        Ok(())
    })
}
