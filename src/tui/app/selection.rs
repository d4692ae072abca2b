//! What the user is on in the view on screen, and what of it the worker keeps fresh.

use super::{App, Cursor, Effect, ListId};
use crate::domain::duty::Duty;
use crate::domain::incident::Incident;
use crate::tui::layout::ViewKind;
use crate::tui::model::{AccountRow, ChangeView, Detail, Request, RequestView, RunView};

impl App {
    /// The list the keys move in.
    pub fn active(&self) -> ListId {
        self.views.active(self.view)
    }

    /// Whether the view on screen has its lists: until then it says it is loading, not that they
    /// are empty.
    pub fn loaded(&self) -> bool {
        self.snap.holds(self.view)
    }

    pub(super) fn len(&self, id: ListId) -> usize {
        match id {
            ListId::Queue => self.snap.queue.len(),
            ListId::Escalated => self.snap.escalated.len(),
            ListId::Duties => self.snap.duties.len(),
            ListId::Changes => self.snap.changes.len(),
            ListId::Runs => self.snap.runs.len(),
            ListId::Items => self.selected_run().map_or(0, |r| r.checks.len()),
            ListId::Outbox => self.snap.outbox.len(),
            ListId::Requests => self.snap.requests.len(),
            ListId::Removals => self.snap.removals.len(),
            ListId::Support => self.snap.support.len(),
            ListId::Training => self.snap.training.first().map_or(0, |r| r.rows.len()),
            ListId::Plans => self.snap.plans.len(),
            ListId::Problems => self.snap.keyed.problems.len(),
            ListId::Articles => self.snap.keyed.articles.len(),
            ListId::Pages => super::per_view::REPORT_PAGES.len(),
            ListId::Correctives => self.snap.quality.correctives.len(),
            ListId::Samples => self.snap.quality.samples.len(),
            ListId::SampleItems => self.selected_sample().map_or(0, |v| v.items.len()),
            ListId::Callbacks => self.snap.quality.callbacks.len(),
        }
    }

    /// The incident the user is on, in whichever view and pane.
    pub fn selected(&self) -> Option<&Incident> {
        let sel = self.views.cursor(self.active()).sel;
        match self.active() {
            ListId::Queue => self.snap.queue.get(sel).map(|v| &v.incident),
            ListId::Escalated => self.snap.escalated.get(sel).map(|v| &v.incident),
            ListId::Duties => self.snap.duties.get(sel).and_then(|d| d.incident.as_ref()),
            ListId::Changes
            | ListId::Runs
            | ListId::Items
            | ListId::Outbox
            | ListId::Requests
            | ListId::Removals
            | ListId::Support
            | ListId::Training
            | ListId::Plans
            | ListId::Problems
            | ListId::Articles
            | ListId::Pages
            | ListId::Correctives
            | ListId::Samples
            | ListId::SampleItems
            | ListId::Callbacks => None,
        }
    }

    /// The change the user is on, in the Changes view.
    pub fn selected_change(&self) -> Option<&ChangeView> {
        match self.active() {
            ListId::Changes => self.snap.changes.get(self.views.changes.list.sel),
            _ => None,
        }
    }

    /// The run the user is on, in the Billing view: the loaded detail when it is that run's.
    pub fn selected_run(&self) -> Option<&RunView> {
        if self.view != ViewKind::Billing {
            return None;
        }
        let row = self.snap.runs.get(self.views.billing.runs.sel)?;
        match self.views.billing.detail.of(row.run.id, |d| d.run.id) {
            Some(d) if d.run.version >= row.run.version => Some(d),
            _ => Some(row),
        }
    }

    /// The request the user is on, in the Requests view's list of them.
    pub fn selected_request(&self) -> Option<&RequestView> {
        match self.active() {
            ListId::Requests => self.snap.requests.get(self.views.requests.list.sel),
            _ => None,
        }
    }

    /// The freshest copy of the selected request: the detail when it is loaded and newer.
    pub fn current_request(&self) -> Option<&RequestView> {
        let row = self.selected_request()?;
        match self.views.requests.detail.of(row.request.id, |d| d.view.request.id) {
            Some(d) if d.view.request.version >= row.request.version => Some(&d.view),
            _ => Some(row),
        }
    }

    /// The account to remove the user is on, in the Requests view.
    pub fn selected_removal(&self) -> Option<&AccountRow> {
        match self.active() {
            ListId::Removals => self.snap.removals.get(self.views.requests.removals.sel),
            _ => None,
        }
    }

    /// The selected incident in full, when the view on screen has it loaded.
    pub(super) fn incident_detail(&self) -> Option<&Detail> {
        let id = self.selected()?.id;
        self.views.incident(self.view)?.of(id, |d| d.view.incident.id)
    }

    /// The freshest copy of the selected incident: the detail when it is loaded and newer.
    pub(super) fn current(&self) -> Option<Incident> {
        let row = self.selected()?;
        match self.incident_detail() {
            Some(d) if d.view.incident.version >= row.version => Some(d.view.incident.clone()),
            _ => Some(row.clone()),
        }
    }

    /// Open duties of the selected incident (from the detail when loaded).
    pub(super) fn open_duties(&self) -> Vec<Duty> {
        if self.active() == ListId::Duties {
            return self
                .snap
                .duties
                .get(self.views.escalations.duties.sel)
                .map(|d| vec![d.duty.clone()])
                .unwrap_or_default();
        }
        if self.selected().is_none() {
            return Vec::new();
        }
        let all = self
            .incident_detail()
            .map(|d| d.view.duties.clone())
            .or_else(|| {
                self.snap
                    .queue
                    .get(self.views.incidents.queue.sel)
                    .map(|v| v.duties.clone())
            })
            .unwrap_or_default();
        all.into_iter().filter(|d| d.done_at.is_none()).collect()
    }

    /// Ask the worker for what the view on screen shows in full of its selection.
    pub(super) fn detail_effect(&mut self) -> Vec<Effect> {
        let view = self.view;
        match view {
            ViewKind::Incidents | ViewKind::Escalations => {
                let id = self.selected().map(|i| i.id);
                let Some(shown) = self.views.incident_mut(view) else {
                    return Vec::new();
                };
                shown.follow(id);
                if shown.ask(id) {
                    return vec![Effect::Request(Request::Detail(id))];
                }
            }
            ViewKind::Changes => {
                let id = self.selected_change().map(|c| c.change.id);
                let shown = &mut self.views.changes.detail;
                shown.follow(id);
                if shown.ask(id) {
                    return vec![Effect::Request(Request::ChangeDetail(id))];
                }
            }
            ViewKind::Billing => {
                let id = self.snap.runs.get(self.views.billing.runs.sel).map(|r| r.run.id);
                let billing = &mut self.views.billing;
                if billing.detail.follow(id) {
                    billing.items = Cursor::default();
                }
                if billing.detail.ask(id) {
                    return vec![Effect::Request(Request::RunDetail(id))];
                }
            }
            ViewKind::Outbox => {
                let id = self.selected_message().map(|r| r.message.id);
                self.views.outbox.follow(id);
            }
            // Each form is shown from its row: the worker keeps nothing fresh for it.
            ViewKind::Support => {}
            // A plan is shown from its row, with its drills; a problem or an article too.
            ViewKind::Plans => {}
            ViewKind::Problems => {
                let id = self.selected_problem().map(|v| v.problem.id);
                self.views.problems.follow(id);
            }
            ViewKind::Knowledge => {
                let id = self.selected_article().map(|a| a.id);
                self.views.knowledge.follow(id);
            }
            // The charts come with every snapshot of the view.
            ViewKind::Reports => {}
            // Each record is shown from its row.
            ViewKind::Quality => self.quality_follow(),
            ViewKind::Requests => {
                // An account is shown from its row: the worker keeps no request fresh meanwhile.
                let id = self.selected_request().map(|r| r.request.id);
                let account = self.selected_removal().map(|r| r.account.id);
                let requests = &mut self.views.requests;
                requests.detail.follow(id);
                if requests.account_on != account {
                    requests.account_on = account;
                    requests.detail.scroll = 0;
                }
                if requests.detail.ask(id) {
                    return vec![Effect::Request(Request::RequestDetail(id))];
                }
            }
        }
        Vec::new()
    }

    /// `view` leaves the screen: the worker stops keeping its record fresh (and others stop
    /// seeing this console on its incident).
    pub(super) fn release(&mut self, view: ViewKind) -> Option<Effect> {
        let released = match view {
            ViewKind::Incidents | ViewKind::Escalations => {
                let shown = self.views.incident_mut(view)?;
                shown.release().then_some(Request::Detail(None))
            }
            ViewKind::Changes => self
                .views
                .changes
                .detail
                .release()
                .then_some(Request::ChangeDetail(None)),
            ViewKind::Billing => self.views.billing.detail.release().then_some(Request::RunDetail(None)),
            ViewKind::Outbox
            | ViewKind::Support
            | ViewKind::Plans
            | ViewKind::Problems
            | ViewKind::Knowledge
            | ViewKind::Reports
            | ViewKind::Quality => None,
            ViewKind::Requests => self
                .views
                .requests
                .detail
                .release()
                .then_some(Request::RequestDetail(None)),
        };
        released.map(Effect::Request)
    }
}
