//! The ledger (R9, 台账): accepted projects in the order the centre works on them. First come
//! first served by the time the approved form arrived; a project with an urgent form goes ahead
//! of every one without, urgent ones among themselves by the time their urgent form arrived.

use chrono::{DateTime, Utc};

use super::{Overtaken, SupportForm};

/// A project in the ledger's queue, with its place (1 is worked on first).
#[derive(Clone, Debug, PartialEq)]
pub struct LedgerEntry {
    pub position: usize,
    pub form: SupportForm,
}

impl SupportForm {
    /// Its key in the ledger's order: urgent first, then by arrival, then by number.
    pub fn ledger_key(&self) -> (bool, DateTime<Utc>, i64) {
        (
            self.urgent_at.is_none(),
            self.urgent_at.unwrap_or(self.received_at),
            self.id,
        )
    }
}

/// The queue of `forms` (those in the ledger: accepted, proposal not yet passed) in order, each
/// with its place. Forms not in the ledger are left out.
pub fn ledger(forms: Vec<SupportForm>) -> Vec<LedgerEntry> {
    let mut open: Vec<SupportForm> = forms.into_iter().filter(|f| f.status.in_ledger()).collect();
    open.sort_by_key(SupportForm::ledger_key);
    open.into_iter()
        .enumerate()
        .map(|(i, form)| LedgerEntry { position: i + 1, form })
        .collect()
}

/// The projects an urgent form for `form` overtakes: those in the ledger ahead of it without an
/// urgent form of their own (an earlier urgent one stays ahead).
pub fn overtaken_by(form: &SupportForm, queue: &[SupportForm]) -> Vec<Overtaken> {
    let mine = form.ledger_key();
    let mut ahead: Vec<&SupportForm> = queue
        .iter()
        .filter(|f| f.id != form.id && f.status.in_ledger() && !f.is_urgent() && f.ledger_key() < mine)
        .collect();
    ahead.sort_by_key(|f| f.ledger_key());
    ahead
        .into_iter()
        .map(|f| Overtaken {
            id: f.id,
            project: f.project_name.clone(),
        })
        .collect()
}
