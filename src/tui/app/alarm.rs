//! Alarms that say what happened: a new escalation step names its record and step in the status
//! line until a key is pressed; missed duties ring (and flash) again every
//! `desk.missed_ring_minutes` until none is missed.

use std::collections::HashSet;

use chrono::Duration;

use super::{App, Effect, FLASH_SECS};
use crate::domain::duty::Duty;
use crate::tui::widgets::reference;

impl App {
    /// The ladder's open steps as just read: flash, ring and name those not seen before (none at
    /// the first read: they were there before this console).
    pub(super) fn notice_steps(&mut self, steps: &[Duty]) -> Vec<Effect> {
        let mut effects = Vec::new();
        let ids: HashSet<i64> = steps.iter().map(|d| d.id).collect();
        if let Some(seen) = &self.seen_steps {
            let new: Vec<String> = steps
                .iter()
                .filter(|d| !seen.contains(&d.id))
                .map(|d| {
                    self.s.kf(
                        "alert.step",
                        &[
                            ("record", &reference(d.record_kind, d.record_id)),
                            ("step", self.s.t(&format!("duty.{}", d.kind.as_str()))),
                        ],
                    )
                })
                .collect();
            if !new.is_empty() {
                self.flash_until = Some(self.now + Duration::seconds(FLASH_SECS));
                if self.setup.bell {
                    effects.push(Effect::Bell);
                }
                self.alarm = Some(new.join("  "));
            }
        }
        self.seen_steps.get_or_insert_with(HashSet::new).extend(ids);
        effects
    }

    /// Once a second: while a duty is missed, ring and flash at once and then every
    /// `missed_ring` until it is done.
    pub(super) fn ring_missed(&mut self) -> Vec<Effect> {
        if self.snap.missed <= 0 {
            self.rung_missed = None;
            return Vec::new();
        }
        let due = match (self.rung_missed, self.setup.missed_ring) {
            (None, _) => true,
            (Some(at), Some(every)) => self.now - at >= every,
            (Some(_), None) => false,
        };
        if !due {
            return Vec::new();
        }
        self.rung_missed = Some(self.now);
        self.flash_until = Some(self.now + Duration::seconds(FLASH_SECS));
        if self.setup.bell {
            vec![Effect::Bell]
        } else {
            Vec::new()
        }
    }
}
