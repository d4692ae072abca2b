//! A run's checklist (B3, B4): each item performed, with its result and figures, by one person
//! and reviewed by another.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use super::{Check, CheckResult, ChecklistItem, Run, Verdict, text};
use crate::domain::role::Actor;
use crate::error::{Code, OpsError, Refusal};
use crate::text::{check_len, normalize};

impl Check {
    /// The checklist of one attempt, from the configured items for the run's kind (B4).
    pub fn list_for(run: &Run, items: &[ChecklistItem]) -> Vec<Check> {
        items
            .iter()
            .filter(|i| i.kinds.iter().any(|k| k == run.kind.as_str()))
            .enumerate()
            .map(|(n, i)| Check {
                id: 0,
                run_id: run.id,
                attempt: run.attempt,
                round: run.round,
                seq: n as i64 + 1,
                key: i.key.clone(),
                step: i.step.clone(),
                title: i.title.clone(),
                verify: i.verify.clone(),
                figure_names: i.figures.clone(),
                performed_by: None,
                performed_at: None,
                result: None,
                figures: BTreeMap::new(),
                remark: String::new(),
                reviewed_by: None,
                reviewed_at: None,
                verdict: None,
                review_note: String::new(),
                version: 1,
            })
            .collect()
    }

    /// B4: performed, with its result and figures. Performing again clears an earlier review:
    /// what was reviewed is no longer what stands.
    pub fn perform(
        &self,
        actor: &Actor,
        result: CheckResult,
        figures: &BTreeMap<String, String>,
        remark: &str,
        now: DateTime<Utc>,
    ) -> Result<Check, OpsError> {
        if self.verdict == Some(Verdict::Ok) {
            let by = self.reviewed_by.as_deref().unwrap_or("?");
            return Err(OpsError::Rule(format!(
                "item {} was already reviewed by {by}; a dispute (B8) reopens the checklist",
                self.key
            ))
            .coded(
                Refusal::new(Code::ItemReviewedBeforePerform)
                    .text("key", &self.key)
                    .text("by", by),
            ));
        }
        for name in figures.keys() {
            if !self.figure_names.contains(name) {
                return Err(OpsError::Invalid(format!(
                    "item {} records {}; {name:?} is not one of them",
                    self.key,
                    if self.figure_names.is_empty() {
                        "no figures".to_string()
                    } else {
                        self.figure_names.join(", ")
                    }
                )));
            }
        }
        if let Some(missing) = self
            .figure_names
            .iter()
            .find(|n| figures.get(*n).is_none_or(|v| v.trim().is_empty()))
        {
            return Err(OpsError::Invalid(format!(
                "item {}: record the figure {missing:?} (B4)",
                self.key
            )));
        }
        let mut recorded = BTreeMap::new();
        for (name, value) in figures {
            recorded.insert(name.clone(), figure(&self.key, name, value)?);
        }
        let mut c = self.clone();
        c.version += 1;
        c.performed_by = Some(actor.login.clone());
        c.performed_at = Some(now);
        c.result = Some(result);
        c.figures = recorded;
        c.remark = text("remark", remark, result == CheckResult::Anomaly, 2000)?;
        c.reviewed_by = None;
        c.reviewed_at = None;
        c.verdict = None;
        c.review_note = String::new();
        Ok(c)
    }

    /// B3: reviewed by a second person, never the one who performed it.
    pub fn review(&self, actor: &Actor, verdict: Verdict, note: &str, now: DateTime<Utc>) -> Result<Check, OpsError> {
        let Some(performer) = &self.performed_by else {
            return Err(OpsError::Rule(format!("item {} has not been performed yet", self.key))
                .coded(Refusal::new(Code::ItemNotPerformed).text("key", &self.key)));
        };
        if *performer == actor.login {
            return Err(OpsError::Permission(format!(
                "permission denied: B3: {} performed item {} and may not review it; a second person does",
                actor.label(),
                self.key
            ))
            .coded(
                Refusal::new(Code::ItemOwnWork)
                    .text("actor", actor.label())
                    .text("key", &self.key),
            ));
        }
        if let (Some(v), Some(by)) = (self.verdict, &self.reviewed_by) {
            return Err(OpsError::Rule(format!(
                "item {} was already reviewed by {by} ({v}); it is performed again before another review",
                self.key
            ))
            .coded(
                Refusal::new(Code::ItemAlreadyReviewed)
                    .text("key", &self.key)
                    .text("by", by)
                    .word("verdict", "verdict", v.as_str()),
            ));
        }
        let mut c = self.clone();
        c.version += 1;
        c.reviewed_by = Some(actor.login.clone());
        c.reviewed_at = Some(now);
        c.verdict = Some(verdict);
        c.review_note = text("note", note, verdict == Verdict::Rejected, 2000)?;
        Ok(c)
    }

    /// B8: the same item, fresh, for the next round of checking after a dispute.
    pub fn again(&self, round: i64) -> Check {
        Check {
            id: 0,
            round,
            performed_by: None,
            performed_at: None,
            result: None,
            figures: BTreeMap::new(),
            remark: String::new(),
            reviewed_by: None,
            reviewed_at: None,
            verdict: None,
            review_note: String::new(),
            version: 1,
            ..self.clone()
        }
    }
}

/// B4: a recorded figure is a number: digits with an optional sign, decimal point, thousands
/// separators and a trailing `%` ("1,234.50", "-3.2%").
fn figure(item: &str, name: &str, value: &str) -> Result<String, OpsError> {
    let v = normalize(value);
    check_len(name, &v, 40)?;
    let bare: String = v
        .strip_suffix('%')
        .unwrap_or(&v)
        .chars()
        .filter(|c| *c != ',')
        .collect();
    if bare.parse::<f64>().map_or(true, |n| !n.is_finite()) {
        return Err(OpsError::Invalid(format!(
            "item {item}: the figure {name} is {v:?}, which is not a number"
        )));
    }
    Ok(v)
}
