//! What each view keeps of its own while another is on screen: its cursors, which of its panes
//! has the keys, the record it shows in full, what it asked the worker for and how far its detail
//! is scrolled. A new view is one struct here, its field in [`Views`] and its arms below.

use crate::tui::layout::ViewKind;
use crate::tui::model::{ChangeView, Detail, RequestDetail, RunView};

/// Which of a view's two lists has the keys: the Escalations view's incidents or duties, the
/// Billing view's runs or the selected run's checklist, the Requests view's open requests or the
/// accounts to remove.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Pane {
    #[default]
    List,
    Second,
}

/// The lists a user moves through, one cursor each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListId {
    Queue,
    Escalated,
    Duties,
    Changes,
    Runs,
    /// The selected run's checklist.
    Items,
    Outbox,
    Requests,
    /// The accounts to remove (R3).
    Removals,
    /// The support centre's forms, the ledger's queue in order (R9).
    Support,
    /// The training report's people (R6).
    Training,
    /// E1: the emergency plans.
    Plans,
    /// P1: the problems.
    Problems,
    /// K1: the articles.
    Articles,
    /// The Reports view's pages: the keys that move in a list move between them.
    Pages,
    /// Q6: the corrective notices.
    Correctives,
    /// Q5: the samples.
    Samples,
    /// Q5: the selected sample's items.
    SampleItems,
    /// Q7: the callbacks.
    Callbacks,
}

impl ListId {
    /// The lists of `view` a snapshot brings, each row keyed by its record (the checklist comes
    /// with its run's detail instead).
    pub fn of(view: ViewKind) -> &'static [ListId] {
        match view {
            ViewKind::Incidents => &[ListId::Queue],
            ViewKind::Escalations => &[ListId::Escalated, ListId::Duties],
            ViewKind::Changes => &[ListId::Changes],
            ViewKind::Billing => &[ListId::Runs],
            ViewKind::Outbox => &[ListId::Outbox],
            ViewKind::Requests => &[ListId::Requests, ListId::Removals],
            ViewKind::Support => &[ListId::Support, ListId::Training],
            ViewKind::Plans => &[ListId::Plans],
            ViewKind::Problems => &[ListId::Problems],
            ViewKind::Knowledge => &[ListId::Articles],
            ViewKind::Reports => &[],
            ViewKind::Quality => &[ListId::Correctives, ListId::Samples, ListId::Callbacks],
        }
    }
}

/// Where a list's selection is, and the first row shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cursor {
    pub sel: usize,
    pub offset: usize,
}

/// The record a view shows in full beside its list, which the worker keeps fresh while the view
/// is on screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown<T> {
    /// What the worker sent; shown while it is the selected record's.
    pub record: Option<T>,
    /// How far its pane is scrolled.
    pub scroll: u16,
    /// The selected record, whose the scroll is.
    on: Option<i64>,
    /// What the worker was asked to keep fresh; `None` while the view is away.
    asked: Option<Option<i64>>,
}

impl<T> Default for Shown<T> {
    fn default() -> Self {
        Shown {
            record: None,
            scroll: 0,
            on: None,
            asked: None,
        }
    }
}

impl<T> Shown<T> {
    /// The selection is on `id`: true when that is another record (it starts at its top).
    pub(super) fn follow(&mut self, id: Option<i64>) -> bool {
        let moved = self.on != id;
        if moved {
            self.on = id;
            self.scroll = 0;
        }
        moved
    }

    /// True when the worker is to be asked for `id`: not asked for since the view came on screen.
    pub(super) fn ask(&mut self, id: Option<i64>) -> bool {
        let new = self.asked != Some(id);
        self.asked = Some(id);
        new
    }

    /// The view leaves the screen: true when the worker was keeping a record fresh for it.
    pub(super) fn release(&mut self) -> bool {
        self.asked.take().flatten().is_some()
    }

    /// Keep what the worker sent when it is the `wanted` record's, or says there is none.
    pub(super) fn take(&mut self, record: Option<T>, id: impl Fn(&T) -> i64, wanted: Option<i64>) {
        if record.is_none() || record.as_ref().map(id) == wanted {
            self.record = record;
        }
    }

    /// The record, when it is `id`'s.
    pub fn of(&self, id: i64, key: impl Fn(&T) -> i64) -> Option<&T> {
        self.record.as_ref().filter(|r| key(r) == id)
    }
}

/// The Incidents view: the open queue, the selected incident in full.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IncidentsState {
    pub queue: Cursor,
    pub detail: Shown<Detail>,
}

/// The Escalations view: the escalated incidents and the open duties; the selected incident in
/// full (not drawn: its steps act on the freshest copy).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EscalationsState {
    pub pane: Pane,
    pub escalated: Cursor,
    pub duties: Cursor,
    pub detail: Shown<Detail>,
}

/// The Changes view: the open changes, the selected one in full.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChangesState {
    pub list: Cursor,
    pub detail: Shown<ChangeView>,
}

/// The Billing view: the runs, the selected one in full with its checklist.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BillingState {
    pub pane: Pane,
    pub runs: Cursor,
    pub items: Cursor,
    pub detail: Shown<RunView>,
}

/// The Outbox view: its messages; the selected one is shown in full from its row.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OutboxState {
    pub list: Cursor,
    pub scroll: u16,
    /// The message the scroll is on.
    on: Option<i64>,
}

impl OutboxState {
    /// The selection is on message `id`: another message starts at its top.
    pub(super) fn follow(&mut self, id: Option<i64>) {
        if self.on != id {
            self.on = id;
            self.scroll = 0;
        }
    }
}

/// The Requests view: the open requests and the accounts to remove, one list at a time in the
/// list pane; the selected request in full (an account is shown from its row).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RequestsState {
    pub pane: Pane,
    pub list: Cursor,
    pub removals: Cursor,
    pub detail: Shown<RequestDetail>,
    /// The account to remove the detail pane shows (from its row), whose the scroll is.
    pub(super) account_on: Option<i64>,
}

/// The Support view: the forms in ledger order and the training report, one list at a time with
/// the keys; each form is shown from its row.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SupportState {
    pub pane: Pane,
    pub list: Cursor,
    pub training: Cursor,
    pub scroll: u16,
    /// Enter: the second pane shows the selected form in full instead of the training report.
    pub form: bool,
}

/// The Plans view: the plans; the selected one is shown in full from its row, with its drills.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlansState {
    pub list: Cursor,
    pub scroll: u16,
}

/// The Problems or the Knowledge view: its list; the selected record is shown from its row
/// (Enter: in full, with its history).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KeyedState {
    pub list: Cursor,
    pub scroll: u16,
    /// The record the scroll is on.
    on: Option<i64>,
}

impl KeyedState {
    /// The selection is on record `id`: another record starts at its top.
    pub(super) fn follow(&mut self, id: Option<i64>) {
        if self.on != id {
            self.on = id;
            self.scroll = 0;
        }
    }
}

/// The Reports view's pages (issue 15, item 8), by the key of their name: each fits 80x24.
pub const REPORT_PAGES: [&str; 5] = [
    "reports.page_incidents",
    "reports.page_restore",
    "reports.page_quality",
    "reports.page_outages",
    "reports.page_ranking",
];

/// The Reports view: the page on screen (its cursor's `sel`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReportsState {
    pub page: Cursor,
    pub scroll: u16,
}

/// The Quality view's sections (Q5-Q7), in the order h and l step through them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum QualitySection {
    #[default]
    Correctives,
    Samples,
    Callbacks,
}

impl QualitySection {
    pub const ALL: [QualitySection; 3] = [
        QualitySection::Correctives,
        QualitySection::Samples,
        QualitySection::Callbacks,
    ];
}

/// The Quality view: the section on screen, a cursor in each list (the Samples section's
/// second pane: the selected sample's items); the selected record is shown from its row.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QualityState {
    pub section: QualitySection,
    /// In the Samples section: the samples or the selected sample's items.
    pub pane: Pane,
    pub correctives: Cursor,
    pub samples: Cursor,
    pub items: Cursor,
    pub callbacks: Cursor,
    pub scroll: u16,
    /// The record the scroll is on.
    pub(super) on: Option<(ListId, i64)>,
}

/// Every view's state, on screen or not.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Views {
    pub incidents: IncidentsState,
    pub escalations: EscalationsState,
    pub changes: ChangesState,
    pub billing: BillingState,
    pub outbox: OutboxState,
    pub requests: RequestsState,
    pub support: SupportState,
    pub plans: PlansState,
    pub problems: KeyedState,
    pub knowledge: KeyedState,
    pub reports: ReportsState,
    pub quality: QualityState,
}

impl Views {
    /// The list the keys move in, in `view`.
    pub fn active(&self, view: ViewKind) -> ListId {
        match (view, self.pane(view)) {
            (ViewKind::Incidents, _) => ListId::Queue,
            (ViewKind::Escalations, Pane::List) => ListId::Escalated,
            (ViewKind::Escalations, Pane::Second) => ListId::Duties,
            (ViewKind::Changes, _) => ListId::Changes,
            (ViewKind::Billing, Pane::List) => ListId::Runs,
            (ViewKind::Billing, Pane::Second) => ListId::Items,
            (ViewKind::Outbox, _) => ListId::Outbox,
            (ViewKind::Requests, Pane::List) => ListId::Requests,
            (ViewKind::Requests, Pane::Second) => ListId::Removals,
            (ViewKind::Support, Pane::List) => ListId::Support,
            (ViewKind::Support, Pane::Second) => ListId::Training,
            (ViewKind::Plans, _) => ListId::Plans,
            (ViewKind::Problems, _) => ListId::Problems,
            (ViewKind::Knowledge, _) => ListId::Articles,
            (ViewKind::Reports, _) => ListId::Pages,
            (ViewKind::Quality, pane) => match self.quality.section {
                QualitySection::Correctives => ListId::Correctives,
                QualitySection::Samples if pane == Pane::Second => ListId::SampleItems,
                QualitySection::Samples => ListId::Samples,
                QualitySection::Callbacks => ListId::Callbacks,
            },
        }
    }

    /// Which of `view`'s panes has the keys (the list, in a view of one).
    pub fn pane(&self, view: ViewKind) -> Pane {
        match view {
            ViewKind::Escalations => self.escalations.pane,
            ViewKind::Billing => self.billing.pane,
            ViewKind::Requests => self.requests.pane,
            ViewKind::Support => self.support.pane,
            ViewKind::Quality if self.quality.section == QualitySection::Samples => self.quality.pane,
            ViewKind::Quality
            | ViewKind::Incidents
            | ViewKind::Changes
            | ViewKind::Outbox
            | ViewKind::Plans
            | ViewKind::Problems
            | ViewKind::Knowledge
            | ViewKind::Reports => Pane::List,
        }
    }

    /// The pane switch of a view with two lists.
    pub(super) fn pane_mut(&mut self, view: ViewKind) -> Option<&mut Pane> {
        match view {
            ViewKind::Escalations => Some(&mut self.escalations.pane),
            ViewKind::Billing => Some(&mut self.billing.pane),
            ViewKind::Requests => Some(&mut self.requests.pane),
            ViewKind::Support => Some(&mut self.support.pane),
            // h and l step through its sections instead (`App::quality_focus`).
            ViewKind::Quality
            | ViewKind::Incidents
            | ViewKind::Changes
            | ViewKind::Outbox
            | ViewKind::Plans
            | ViewKind::Problems
            | ViewKind::Knowledge
            | ViewKind::Reports => None,
        }
    }

    pub fn cursor(&self, list: ListId) -> Cursor {
        match list {
            ListId::Queue => self.incidents.queue,
            ListId::Escalated => self.escalations.escalated,
            ListId::Duties => self.escalations.duties,
            ListId::Changes => self.changes.list,
            ListId::Runs => self.billing.runs,
            ListId::Items => self.billing.items,
            ListId::Outbox => self.outbox.list,
            ListId::Requests => self.requests.list,
            ListId::Removals => self.requests.removals,
            ListId::Support => self.support.list,
            ListId::Training => self.support.training,
            ListId::Plans => self.plans.list,
            ListId::Problems => self.problems.list,
            ListId::Articles => self.knowledge.list,
            ListId::Pages => self.reports.page,
            ListId::Correctives => self.quality.correctives,
            ListId::Samples => self.quality.samples,
            ListId::SampleItems => self.quality.items,
            ListId::Callbacks => self.quality.callbacks,
        }
    }

    pub(super) fn cursor_mut(&mut self, list: ListId) -> &mut Cursor {
        match list {
            ListId::Queue => &mut self.incidents.queue,
            ListId::Escalated => &mut self.escalations.escalated,
            ListId::Duties => &mut self.escalations.duties,
            ListId::Changes => &mut self.changes.list,
            ListId::Runs => &mut self.billing.runs,
            ListId::Items => &mut self.billing.items,
            ListId::Outbox => &mut self.outbox.list,
            ListId::Requests => &mut self.requests.list,
            ListId::Removals => &mut self.requests.removals,
            ListId::Support => &mut self.support.list,
            ListId::Training => &mut self.support.training,
            ListId::Plans => &mut self.plans.list,
            ListId::Problems => &mut self.problems.list,
            ListId::Articles => &mut self.knowledge.list,
            ListId::Pages => &mut self.reports.page,
            ListId::Correctives => &mut self.quality.correctives,
            ListId::Samples => &mut self.quality.samples,
            ListId::SampleItems => &mut self.quality.items,
            ListId::Callbacks => &mut self.quality.callbacks,
        }
    }

    /// How far `view`'s detail pane is scrolled.
    pub(super) fn scroll_mut(&mut self, view: ViewKind) -> &mut u16 {
        match view {
            ViewKind::Incidents => &mut self.incidents.detail.scroll,
            ViewKind::Escalations => &mut self.escalations.detail.scroll,
            ViewKind::Changes => &mut self.changes.detail.scroll,
            ViewKind::Billing => &mut self.billing.detail.scroll,
            ViewKind::Outbox => &mut self.outbox.scroll,
            ViewKind::Requests => &mut self.requests.detail.scroll,
            ViewKind::Support => &mut self.support.scroll,
            ViewKind::Plans => &mut self.plans.scroll,
            ViewKind::Problems => &mut self.problems.scroll,
            ViewKind::Knowledge => &mut self.knowledge.scroll,
            ViewKind::Reports => &mut self.reports.scroll,
            ViewKind::Quality => &mut self.quality.scroll,
        }
    }

    /// The incident `view` shows in full, in the views that list incidents.
    pub fn incident(&self, view: ViewKind) -> Option<&Shown<Detail>> {
        match view {
            ViewKind::Incidents => Some(&self.incidents.detail),
            ViewKind::Escalations => Some(&self.escalations.detail),
            ViewKind::Changes
            | ViewKind::Billing
            | ViewKind::Outbox
            | ViewKind::Requests
            | ViewKind::Support
            | ViewKind::Plans
            | ViewKind::Problems
            | ViewKind::Knowledge => None,
            ViewKind::Reports | ViewKind::Quality => None,
        }
    }

    pub(super) fn incident_mut(&mut self, view: ViewKind) -> Option<&mut Shown<Detail>> {
        match view {
            ViewKind::Incidents => Some(&mut self.incidents.detail),
            ViewKind::Escalations => Some(&mut self.escalations.detail),
            ViewKind::Changes
            | ViewKind::Billing
            | ViewKind::Outbox
            | ViewKind::Requests
            | ViewKind::Support
            | ViewKind::Plans
            | ViewKind::Problems
            | ViewKind::Knowledge => None,
            ViewKind::Reports | ViewKind::Quality => None,
        }
    }
}
