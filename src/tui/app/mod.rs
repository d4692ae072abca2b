//! The console's state and how it changes. Pure: keys, ticks and the worker's replies come in
//! with `now`; what must happen outside (ask the worker, ring the bell) goes out as effects.

use crate::domain::kind::Kind;
use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Datelike, Duration, Utc};
use ratatui::layout::Rect;

mod alarm;
mod alerts;
mod billing;
mod changes;
mod done;
mod emergency;
mod events;
mod filters;
mod foresee;
mod incidents;
mod keyed;
mod outbox;
mod paging;
mod per_view;
mod popups;
mod quality;
mod replies;
mod reports;
mod requests;
mod search;
pub mod sections;
mod selection;
mod services;
mod sorting;
mod state;
mod tabs;
#[cfg(test)]
mod tests;
mod zoom;

pub use keyed::fix_text;
pub use outbox::approves;
pub use paging::grouped;
pub use per_view::{
    BillingState, ChangesState, Cursor, EscalationsState, IncidentsState, ListId, OutboxState, Pane, QualitySection,
    QualityState, REPORT_PAGES, RequestsState, Shown, Views,
};
pub use quality::countdown;
pub use search::SearchBox;
pub use state::{Confirm, Conflict, Effect, Palette, Popup, Setup, StatusLine};
pub use zoom::Zoom;

use super::keymap::{KeyPress, Keymap};
use super::layout::{self, Screen, ViewKind};
use super::model::{Command, PAGE, Query, Request, Snapshot};
use super::{action::Action, i18n::Strings, input::LineInput};

pub struct App {
    pub setup: Setup,
    pub s: Strings,
    pub keys: Keymap,
    pub now: DateTime<Utc>,
    pub size: (u16, u16),
    /// The view on screen.
    pub view: ViewKind,
    /// Each view's own state, kept while another is on screen.
    pub views: Views,
    /// What the worker reads: the view on screen's lists, in this order and filter.
    pub query: Query,
    /// Every view's lists as last read (each while it was on screen), and the chrome's figures.
    pub snap: Snapshot,
    /// Select this record once it shows in its list (one just created).
    select_when_seen: Option<(ListId, i64)>,
    pub filter_edit: Option<LineInput>,
    /// The filters of the views not on screen that filter what they read (`query.list_filter`
    /// is the one on screen's).
    list_filters: HashMap<ViewKind, String>,
    pub popup: Option<Popup>,
    pending_keys: Vec<KeyPress>,
    pub status: Option<StatusLine>,
    /// What happened that must be seen (a new escalation step, by record and step): it stays in
    /// the status line until the next key.
    pub alarm: Option<String>,
    /// When the console last rang for missed duties (`None` while there are none).
    rung_missed: Option<DateTime<Utc>>,
    pub flash_until: Option<DateTime<Utc>>,
    /// Ladder steps (duties, by id) already seen, to notice new ones.
    seen_steps: Option<HashSet<i64>>,
    next_req: u64,
    inflight: HashMap<u64, Command>,
    pub quit: bool,
    pub fatal: Option<String>,
    /// Why this console's sender cannot send, while it cannot.
    pub sender_error: Option<String>,
    /// Why the desk's server cannot be reached just now (the worker reconnects by itself).
    pub away: Option<String>,
    /// The filtered queue's length as the counter last gave it, with the filter it counted.
    queue_count: Option<(crate::store::incidents::QueueFilter, Result<i64, String>)>,
}

/// How long a status message stays, and the title bar flashes.
const STATUS_SECS: i64 = 6;
const FLASH_SECS: i64 = 3;

impl App {
    pub fn new(setup: Setup, s: Strings, keys: Keymap, now: DateTime<Utc>, size: (u16, u16)) -> App {
        App {
            setup,
            s: s.with_keys(&keys),
            keys,
            now,
            size,
            view: ViewKind::Incidents,
            views: Views::default(),
            query: Query::default(),
            snap: Snapshot::default(),
            select_when_seen: None,
            filter_edit: None,
            list_filters: HashMap::new(),
            popup: None,
            pending_keys: Vec::new(),
            status: None,
            alarm: None,
            rung_missed: None,
            flash_until: None,
            seen_steps: None,
            next_req: 1,
            inflight: HashMap::new(),
            quit: false,
            fatal: None,
            sender_error: None,
            away: None,
            queue_count: None,
        }
    }

    /// What the worker should load first.
    pub fn start(&mut self) -> Vec<Effect> {
        vec![Effect::Request(Request::Query(self.query.clone()))]
    }

    /// Put the words of `key` on the status line (not an error).
    pub fn tell(&mut self, key: &str) {
        let text = self.s.t(key).to_string();
        self.say(text, false);
    }

    fn say(&mut self, text: impl Into<String>, error: bool) {
        self.status = Some(StatusLine {
            text: text.into(),
            error,
            warning: false,
            seen: false,
            until: self.now + Duration::seconds(STATUS_SECS),
        });
    }

    fn areas(&self) -> Option<layout::Areas> {
        let banner = !self.snap.banners.is_empty();
        match layout::screen(Rect::new(0, 0, self.size.0, self.size.1), self.view, banner) {
            Screen::Normal(a) => Some(a),
            Screen::TooSmall(_) => None,
        }
    }

    fn visible_rows(&self) -> usize {
        let Some(a) = self.areas() else { return 1 };
        let pane = if matches!(self.active(), ListId::Duties | ListId::Items | ListId::SampleItems) {
            a.second
        } else {
            a.list
        };
        layout::table_rows(pane).max(1)
    }

    /// Keep the selection on screen, and ask for more rows near the end of what is loaded.
    fn scrolled(&mut self) -> Vec<Effect> {
        let rows = self.visible_rows();
        let c = self.views.cursor_mut(self.active());
        if c.sel < c.offset {
            c.offset = c.sel;
        } else if c.sel >= c.offset + rows {
            c.offset = c.sel + 1 - rows;
        }
        let mut effects = Vec::new();
        // A list loaded from the top asks for a page more near its end.
        let sel = self.views.cursor(self.active()).sel;
        let step = if matches!(self.active(), ListId::Problems | ListId::Articles) {
            crate::ops::console::knowledge::PAGE
        } else {
            PAGE
        };
        let (more, len, limit) = match self.active() {
            // Read from its end, the queue grows upwards instead (`queue_upwards`).
            ListId::Queue => (
                self.snap.more && !self.query.from_end,
                self.snap.queue.len(),
                Some(&mut self.query.limit),
            ),
            ListId::Requests => (
                self.snap.requests_more,
                self.snap.requests.len(),
                Some(&mut self.query.requests.limit),
            ),
            ListId::Removals => (
                self.snap.removals_more,
                self.snap.removals.len(),
                Some(&mut self.query.requests.removals),
            ),
            ListId::Problems => (
                self.snap.keyed.problems_more,
                self.snap.keyed.problems.len(),
                Some(&mut self.query.keyed.problems),
            ),
            ListId::Articles => (
                self.snap.keyed.articles_more,
                self.snap.keyed.articles.len(),
                Some(&mut self.query.keyed.articles),
            ),
            _ => (false, 0, None),
        };
        if let Some(limit) = limit
            && more
            && sel + rows * 2 >= len
            && *limit <= len
        {
            *limit += step;
            effects.push(Effect::Request(Request::Query(self.query.clone())));
        }
        effects.extend(self.quality_more(sel, rows));
        effects.extend(self.queue_upwards());
        effects.extend(self.detail_effect());
        effects
    }

    fn move_to(&mut self, target: isize) -> Vec<Effect> {
        let len = self.len(self.active());
        let idx = if len == 0 {
            0
        } else {
            target.clamp(0, len as isize - 1) as usize
        };
        self.views.cursor_mut(self.active()).sel = idx;
        self.scrolled()
    }

    fn cursor(&self) -> isize {
        self.views.cursor(self.active()).sel as isize
    }

    // ----- input ------------------------------------------------------------------------------

    /// Put `view` on screen, the keys in its list, its cursors as it left them: the worker reads
    /// its lists at once and keeps its record fresh instead of the last view's.
    fn switch_view(&mut self, view: ViewKind) -> Vec<Effect> {
        let mut effects = self.enter(view);
        effects.extend(self.scrolled());
        effects
    }

    /// Put `view` on screen, its selection as it left it: the requests for its lists and for the
    /// end of the last view's record (none when it is on screen already).
    fn enter(&mut self, view: ViewKind) -> Vec<Effect> {
        if let Some(pane) = self.views.pane_mut(view) {
            *pane = Pane::List;
        }
        if view == self.view {
            return Vec::new();
        }
        let released = self.release(self.view);
        self.swap_list_filter(self.view, view);
        self.view = view;
        self.query.view = view;
        std::iter::once(Effect::Request(Request::Query(self.query.clone())))
            .chain(released)
            .collect()
    }

    // ----- actions ----------------------------------------------------------------------------

    /// Carry out a named action.
    pub fn update(&mut self, action: Action, now: DateTime<Utc>) -> Vec<Effect> {
        self.now = now;
        if action.mutates() && self.setup.read_only {
            self.say(self.s.t("msg.read_only").to_string(), true);
            return Vec::new();
        }
        // A step the record's state or this user's role cannot take: said on the key, before
        // any form (the core checks again when it is saved).
        if let Some(why) = self.refused_here(action) {
            self.say(why, true);
            return Vec::new();
        }
        let page = self.visible_rows() as isize;
        match action {
            Action::Quit => {
                self.quit = true;
                Vec::new()
            }
            Action::Help => {
                self.popup = Some(Popup::Help {
                    scroll: 0,
                    search: None,
                });
                Vec::new()
            }
            Action::Palette => {
                self.popup = Some(Popup::Palette(Palette {
                    input: LineInput::default(),
                    sel: 0,
                }));
                Vec::new()
            }
            Action::Filter => self.start_filter(),
            Action::ClearFilter => self.clear_filter(),
            Action::OpenDetail { kind, id } => self.open_detail(kind, id),
            Action::Copy => self.copy_selected(),
            Action::NextView | Action::PrevView => {
                let all = ViewKind::ALL;
                let i = all.iter().position(|v| *v == self.view).unwrap_or(0);
                let n = all.len();
                let next = if action == Action::NextView {
                    (i + 1) % n
                } else {
                    (i + n - 1) % n
                };
                self.switch_view(all[next])
            }
            Action::ViewIncidents => self.switch_view(ViewKind::Incidents),
            Action::ViewEscalations => self.switch_view(ViewKind::Escalations),
            Action::ViewChanges => self.switch_view(ViewKind::Changes),
            Action::ViewBilling => self.switch_view(ViewKind::Billing),
            Action::ViewOutbox => self.switch_view(ViewKind::Outbox),
            Action::ViewRequests => self.switch_view(ViewKind::Requests),
            Action::ViewSupport => self.switch_view(ViewKind::Support),
            Action::ViewPlans => self.switch_view(ViewKind::Plans),
            Action::ViewProblems => self.switch_view(ViewKind::Problems),
            Action::ViewKnowledge => self.switch_view(ViewKind::Knowledge),
            Action::Case => self.case_action(),
            Action::MergeService => self.merge_service_action(),
            _ if self.keyed_step(action) => self.keyed_action(action),
            Action::ViewQuality => self.switch_view(ViewKind::Quality),
            _ if self.quality_step(action) => self.quality_action(action),
            Action::ViewReports => self.switch_view(ViewKind::Reports),
            Action::New if self.view == ViewKind::Reports => self.report_action(),
            Action::Search => self.open_search(),
            Action::SortNext
            | Action::Open
            | Action::Preview
            | Action::ConfirmRun
            | Action::Retry
            | Action::EditMessage
                if self.view == ViewKind::Outbox =>
            {
                self.outbox_action(action)
            }
            Action::EditMessage => {
                self.say(self.s.k("msg.only_in_outbox"), true);
                Vec::new()
            }
            Action::Down => self.move_to(self.cursor() + 1),
            Action::Up => self.move_to(self.cursor() - 1),
            Action::PageDown => self.move_to(self.cursor() + page),
            Action::PageUp => self.move_to(self.cursor() - page),
            Action::Top => self.top(),
            Action::Bottom => self.bottom(),
            Action::SortNext if self.view == ViewKind::Requests => {
                self.say(self.s.t("msg.requests_by_urgency").to_string(), false);
                Vec::new()
            }
            Action::SortNext | Action::SortColumn | Action::SortBack | Action::SortReverse => self.sort_action(action),
            Action::FocusNext if self.view == ViewKind::Support && self.views.support.form => {
                self.views.support.form = false;
                self.views.support.pane = Pane::Second;
                self.scrolled()
            }
            Action::FocusLeft | Action::FocusRight => {
                let want = if action == Action::FocusLeft {
                    Pane::List
                } else {
                    Pane::Second
                };
                if let Some(pane) = self.views.pane_mut(self.view)
                    && *pane != want
                {
                    *pane = want;
                    return self.scrolled();
                }
                Vec::new()
            }
            Action::FocusNext => {
                if let Some(pane) = self.views.pane_mut(self.view) {
                    *pane = if *pane == Pane::List { Pane::Second } else { Pane::List };
                    return self.scrolled();
                }
                Vec::new()
            }
            Action::Open if self.view == ViewKind::Support => {
                let support = &mut self.views.support;
                (support.form, support.pane, support.scroll) = (!support.form, Pane::List, 0);
                Vec::new()
            }
            Action::Open => self.open_selected(),
            Action::DetailDown => {
                let scroll = self.views.scroll_mut(self.view);
                *scroll = scroll.saturating_add(3);
                Vec::new()
            }
            Action::DetailUp => {
                let scroll = self.views.scroll_mut(self.view);
                *scroll = scroll.saturating_sub(3);
                Vec::new()
            }
            Action::Refresh => vec![Effect::Request(Request::Refresh)],
            Action::MonthPlan => {
                let d = self.now.with_timezone(&self.setup.zone);
                let month = self
                    .selected_change()
                    .and_then(|c| crate::domain::change::parse_month(&c.change.planned_month).ok())
                    .unwrap_or((d.year(), d.month()));
                self.show_month(month)
            }
            Action::New | Action::Deliver | Action::Evaluate if self.view == ViewKind::Plans => {
                self.plans_action(action)
            }
            Action::DeclareMajor => self.declare_action(),
            Action::New | Action::Accept | Action::Close | Action::ConfirmRun | Action::DutyDone
                if self.view == ViewKind::Requests =>
            {
                self.request_action(action)
            }
            Action::Approve
            | Action::Decide
            | Action::Escalate
            | Action::Pause
            | Action::Resume
            | Action::Evaluate
            | Action::Deliver
            | Action::RemoveAccount => self.request_action(action),
            Action::New if self.view == ViewKind::Changes => self.change_action(action),
            Action::New | Action::Preview if self.view == ViewKind::Billing => self.billing_action(action),
            Action::CheckItem
            | Action::ReviewItem
            | Action::Anomaly
            | Action::Submit
            | Action::ConfirmRun
            | Action::Dispute
            | Action::Rollback
            | Action::Retry => self.billing_action(action),
            Action::New => {
                self.popup = Some(Popup::Form(Box::new(super::form::Form::new_incident(&self.s))));
                Vec::new()
            }
            Action::Close | Action::DutyDone if self.view == ViewKind::Changes => self.change_action(action),
            Action::DutyDone => self.duty_done(),
            Action::PlanChange
            | Action::ConfirmTest
            | Action::Schedule
            | Action::Notify
            | Action::StartChange
            | Action::FinishChange
            | Action::ResultNotice
            | Action::Summary
            | Action::Preview => self.change_action(action),
            Action::Accept
            | Action::Contact
            | Action::Note
            | Action::Restore
            | Action::Resolve
            | Action::Verify
            | Action::Close
            | Action::Reopen => self.incident_action(action),
        }
    }

    /// Enter: from the Escalations view, the incident in the Incidents view (or the change in the
    /// Changes view, for a change's duty).
    fn open_selected(&mut self) -> Vec<Effect> {
        if self.view != ViewKind::Escalations {
            return self.open_selected_full().unwrap_or_default();
        }
        if let Some(row) = self
            .snap
            .duties
            .get(self.views.escalations.duties.sel)
            .filter(|_| self.views.escalations.pane == Pane::Second)
            && row.duty.record_kind == Kind::Change
        {
            let id = row.duty.record_id;
            let mut effects = self.enter(ViewKind::Changes);
            match self.snap.changes.iter().position(|c| c.change.id == id) {
                Some(idx) => effects.extend(self.move_to(idx as isize)),
                // Not among the changes as last read: once the fresh list has it.
                None => {
                    self.select_when_seen = Some((ListId::Changes, id));
                    effects.extend(self.scrolled());
                }
            }
            return effects;
        }
        let Some(id) = self.selected().map(|i| i.id) else {
            return Vec::new();
        };
        match self.snap.queue.iter().position(|v| v.incident.id == id) {
            Some(idx) => {
                let mut effects = self.enter(ViewKind::Incidents);
                effects.extend(self.move_to(idx as isize));
                effects
            }
            // Not among the loaded rows: it in full, no filter left behind.
            None => self.open_detail(Kind::Incident, id),
        }
    }

    fn duty_done(&mut self) -> Vec<Effect> {
        if let Some(row) = self
            .snap
            .duties
            .get(self.views.escalations.duties.sel)
            .filter(|_| self.active() == ListId::Duties)
            && row.duty.record_kind == Kind::Change
        {
            self.say(self.s.k("msg.change_notice_in_changes"), true);
            return Vec::new();
        }
        let open = self.open_duties();
        if open.is_empty() {
            self.say(self.s.t("msg.no_open_duty").to_string(), true);
            return Vec::new();
        }
        self.popup = Some(Popup::Form(Box::new(super::form::Form::duty_done(
            &self.s,
            &open,
            self.setup.zone,
        ))));
        Vec::new()
    }

    fn show_month(&mut self, month: (i32, u32)) -> Vec<Effect> {
        self.popup = Some(Popup::MonthPlan {
            month,
            plan: None,
            scroll: 0,
        });
        vec![Effect::Request(Request::MonthPlan(format!(
            "{:04}-{:02}",
            month.0, month.1
        )))]
    }

    fn send(&mut self, cmd: Command) -> Vec<Effect> {
        let req = self.next_req;
        self.next_req += 1;
        let saying = match cmd.record() {
            Some((kind, id)) => self.s.f(
                "msg.saving_record",
                &[("record", &crate::tui::widgets::reference(kind, id))],
            ),
            None => self.s.t("msg.saving").to_string(),
        };
        self.inflight.insert(req, cmd.clone());
        self.say(saying, false);
        vec![Effect::Request(Request::Mutate { req, cmd })]
    }

    // ----- replies ----------------------------------------------------------------------------
}
