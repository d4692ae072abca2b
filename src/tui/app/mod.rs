//! The console's state and how it changes. Pure: keys, ticks and the worker's replies come in
//! with `now`; what must happen outside (ask the worker, ring the bell) goes out as effects.

use crate::domain::kind::Kind;
use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Datelike, Duration, Utc};
use chrono_tz::Tz;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Rect;

mod alerts;
mod billing;
mod changes;
mod incidents;
mod outbox;
mod popups;
#[cfg(test)]
mod tests;

use super::action::Action;
use super::i18n::Strings;
use super::input::LineInput;
use super::keymap::{KeyPress, Keymap, Lookup};
use super::layout::{self, Screen, ViewKind};
use super::model::{
    ChangeView, Command, Detail, Failure, MonthPlan, NoticeDoc, PAGE, Query, QueueSort, Reply, Report, ReportText,
    Request, RunView, Snapshot,
};
use crate::domain::duty::{Duty, DutyKind};
use crate::domain::escalation::Policy;
use crate::domain::incident::Incident;
use crate::domain::role::Actor;
use crate::ops::changes::Rendered;
use crate::store::audit::HistoryRow;

/// Something for the outside world to do.
#[allow(clippy::large_enum_variant)] // one per user action; see `Request`
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    Request(Request),
    Bell,
    /// Open the user's editor on a message's text (subject line, blank line, body); the result
    /// comes back through `App::on_edited`.
    EditText {
        id: i64,
        version: i64,
        text: String,
    },
}

/// Which of a view's two lists has the keys: the Escalations view's incidents or duties, the
/// Billing view's runs or the selected run's checklist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pane {
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
}

/// Where a list's selection is, and the first row shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cursor {
    pub sel: usize,
    pub offset: usize,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cursors {
    pub queue: Cursor,
    pub escalated: Cursor,
    pub duties: Cursor,
    pub changes: Cursor,
    pub runs: Cursor,
    pub items: Cursor,
    pub outbox: Cursor,
}

impl Cursors {
    pub fn get(&self, id: ListId) -> Cursor {
        match id {
            ListId::Queue => self.queue,
            ListId::Escalated => self.escalated,
            ListId::Duties => self.duties,
            ListId::Changes => self.changes,
            ListId::Runs => self.runs,
            ListId::Items => self.items,
            ListId::Outbox => self.outbox,
        }
    }

    fn get_mut(&mut self, id: ListId) -> &mut Cursor {
        match id {
            ListId::Queue => &mut self.queue,
            ListId::Escalated => &mut self.escalated,
            ListId::Duties => &mut self.duties,
            ListId::Changes => &mut self.changes,
            ListId::Runs => &mut self.runs,
            ListId::Items => &mut self.items,
            ListId::Outbox => &mut self.outbox,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Confirm {
    pub text: String,
    pub cmd: Command,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub message: String,
    pub changes: Vec<HistoryRow>,
    pub cmd: Command,
    pub version: i64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Palette {
    pub input: LineInput,
    pub sel: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Popup {
    Help {
        scroll: u16,
    },
    Palette(Palette),
    Form(Box<super::form::Form>),
    Confirm(Box<Confirm>),
    Conflict(Box<Conflict>),
    /// C1: a month's change plan; `None` while loading.
    MonthPlan {
        month: (i32, u32),
        plan: Option<Box<Result<MonthPlan, String>>>,
        scroll: u16,
    },
    /// A change's notice rendered for preview; `None` while loading.
    Notice {
        id: i64,
        doc: NoticeDoc,
        text: Option<Box<Result<Rendered, String>>>,
        scroll: u16,
    },
    /// A message in full, as it will go (or went).
    Message {
        id: i64,
        scroll: u16,
    },
    /// A run's check report (B4) or deadline report (B5); `None` while loading.
    Report {
        id: i64,
        which: Report,
        text: Option<Box<Result<ReportText, String>>>,
        scroll: u16,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct StatusLine {
    pub text: String,
    pub error: bool,
    pub until: DateTime<Utc>,
}

/// Who is at the keyboard and the desk's settings the screen needs.
#[derive(Clone, Debug)]
pub struct Setup {
    pub me: Actor,
    pub desk_name: String,
    pub zone: Tz,
    pub policy: Policy,
    pub read_only: bool,
    pub bell: bool,
    /// How long before its deadline, at most, a draft awaiting review is flagged.
    pub review_lead: chrono::Duration,
    /// The working calendar: which years it knows (W2).
    pub calendar: crate::domain::calendar::Calendar,
}

impl Setup {
    /// A console of `me` on a desk with `config`.
    pub fn new(me: Actor, config: &crate::config::Config, read_only: bool) -> Setup {
        Setup {
            me,
            desk_name: config.desk.name.clone(),
            zone: config.desk.zone,
            policy: Policy::from_config(config),
            read_only,
            bell: config.desk.bell,
            review_lead: crate::ops::duties::review_lead(config),
            calendar: crate::domain::calendar::Calendar::from_config(config),
        }
    }
}

pub struct App {
    pub setup: Setup,
    pub s: Strings,
    pub keys: Keymap,
    pub now: DateTime<Utc>,
    pub size: (u16, u16),
    pub view: ViewKind,
    pub query: Query,
    pub snap: Snapshot,
    pub loaded: bool,
    pub cur: Cursors,
    pub pane: Pane,
    pub detail: Option<Detail>,
    pub change_detail: Option<ChangeView>,
    pub run_detail: Option<RunView>,
    pub detail_scroll: u16,
    requested_detail: Option<Option<i64>>,
    requested_change: Option<Option<i64>>,
    requested_run: Option<Option<i64>>,
    /// Select this record once it shows in its list (one just created).
    select_when_seen: Option<(ListId, i64)>,
    pub filter_edit: Option<LineInput>,
    pub popup: Option<Popup>,
    pending_keys: Vec<KeyPress>,
    pub status: Option<StatusLine>,
    pub flash_until: Option<DateTime<Utc>>,
    /// Ladder steps (duties) already seen, to notice new ones.
    seen_steps: Option<HashSet<i64>>,
    next_req: u64,
    inflight: HashMap<u64, Command>,
    pub quit: bool,
    pub fatal: Option<String>,
    /// Why this console's sender cannot send, while it cannot.
    pub sender_error: Option<String>,
}

/// How long a status message stays, and the title bar flashes.
const STATUS_SECS: i64 = 6;
const FLASH_SECS: i64 = 3;

fn is_step(kind: DutyKind) -> bool {
    matches!(
        kind,
        DutyKind::ReportSupervisor
            | DutyKind::ReportManager
            | DutyKind::ReportLeader
            | DutyKind::ReportRecurrence
            | DutyKind::Broadcast
    )
}

impl App {
    pub fn new(setup: Setup, s: Strings, keys: Keymap, now: DateTime<Utc>, size: (u16, u16)) -> App {
        App {
            setup,
            s,
            keys,
            now,
            size,
            view: ViewKind::Incidents,
            query: Query::default(),
            snap: Snapshot::default(),
            loaded: false,
            cur: Cursors::default(),
            pane: Pane::List,
            detail: None,
            change_detail: None,
            run_detail: None,
            detail_scroll: 0,
            requested_detail: None,
            requested_change: None,
            requested_run: None,
            select_when_seen: None,
            filter_edit: None,
            popup: None,
            pending_keys: Vec::new(),
            status: None,
            flash_until: None,
            seen_steps: None,
            next_req: 1,
            inflight: HashMap::new(),
            quit: false,
            fatal: None,
            sender_error: None,
        }
    }

    /// What the worker should load first.
    pub fn start(&mut self) -> Vec<Effect> {
        vec![Effect::Request(Request::Query(self.query.clone()))]
    }

    fn say(&mut self, text: impl Into<String>, error: bool) {
        self.status = Some(StatusLine {
            text: text.into(),
            error,
            until: self.now + Duration::seconds(STATUS_SECS),
        });
    }

    // ----- what is selected -------------------------------------------------------------------

    /// The list the keys move in.
    pub fn active(&self) -> ListId {
        match (self.view, self.pane) {
            (ViewKind::Incidents, _) => ListId::Queue,
            (ViewKind::Escalations, Pane::List) => ListId::Escalated,
            (ViewKind::Escalations, Pane::Second) => ListId::Duties,
            (ViewKind::Changes, _) => ListId::Changes,
            (ViewKind::Billing, Pane::List) => ListId::Runs,
            (ViewKind::Billing, Pane::Second) => ListId::Items,
            (ViewKind::Outbox, _) => ListId::Outbox,
        }
    }

    fn len(&self, id: ListId) -> usize {
        match id {
            ListId::Queue => self.snap.queue.len(),
            ListId::Escalated => self.snap.escalated.len(),
            ListId::Duties => self.snap.duties.len(),
            ListId::Changes => self.snap.changes.len(),
            ListId::Runs => self.snap.runs.len(),
            ListId::Items => self.selected_run().map_or(0, |r| r.checks.len()),
            ListId::Outbox => self.snap.outbox.len(),
        }
    }

    /// The incident the user is on, in whichever view and pane.
    pub fn selected(&self) -> Option<&Incident> {
        let sel = self.cur.get(self.active()).sel;
        match self.active() {
            ListId::Queue => self.snap.queue.get(sel).map(|v| &v.incident),
            ListId::Escalated => self.snap.escalated.get(sel).map(|v| &v.incident),
            ListId::Duties => self.snap.duties.get(sel).and_then(|d| d.incident.as_ref()),
            ListId::Changes | ListId::Runs | ListId::Items | ListId::Outbox => None,
        }
    }

    /// The change the user is on, in the Changes view.
    pub fn selected_change(&self) -> Option<&ChangeView> {
        match self.active() {
            ListId::Changes => self.snap.changes.get(self.cur.changes.sel),
            _ => None,
        }
    }

    /// The run the user is on, in the Billing view: the loaded detail when it is that run's.
    pub fn selected_run(&self) -> Option<&RunView> {
        if self.view != ViewKind::Billing {
            return None;
        }
        let row = self.snap.runs.get(self.cur.runs.sel)?;
        match &self.run_detail {
            Some(d) if d.run.id == row.run.id && d.run.version >= row.run.version => Some(d),
            _ => Some(row),
        }
    }

    /// The freshest copy of the selected incident: the detail when it is loaded and newer.
    fn current(&self) -> Option<Incident> {
        let row = self.selected()?;
        match &self.detail {
            Some(d) if d.view.incident.id == row.id && d.view.incident.version >= row.version => {
                Some(d.view.incident.clone())
            }
            _ => Some(row.clone()),
        }
    }

    /// Open duties of the selected incident (from the detail when loaded).
    fn open_duties(&self) -> Vec<Duty> {
        if self.active() == ListId::Duties {
            return self
                .snap
                .duties
                .get(self.cur.duties.sel)
                .map(|d| vec![d.duty.clone()])
                .unwrap_or_default();
        }
        let Some(inc) = self.selected() else { return Vec::new() };
        let from_detail = self
            .detail
            .as_ref()
            .filter(|d| d.view.incident.id == inc.id)
            .map(|d| d.view.duties.clone());
        let all = from_detail
            .or_else(|| self.snap.queue.get(self.cur.queue.sel).map(|v| v.duties.clone()))
            .unwrap_or_default();
        all.into_iter().filter(|d| d.done_at.is_none()).collect()
    }

    fn detail_effect(&mut self) -> Vec<Effect> {
        let mut out = Vec::new();
        let id = self.selected().map(|i| i.id);
        if self.requested_detail != Some(id) {
            self.requested_detail = Some(id);
            self.detail_scroll = 0;
            out.push(Effect::Request(Request::Detail(id)));
        }
        let change = self.selected_change().map(|c| c.change.id);
        if self.view == ViewKind::Changes && self.requested_change != Some(change) {
            self.requested_change = Some(change);
            self.detail_scroll = 0;
            out.push(Effect::Request(Request::ChangeDetail(change)));
        }
        let run = self
            .snap
            .runs
            .get(self.cur.runs.sel)
            .map(|r| r.run.id)
            .filter(|_| self.view == ViewKind::Billing);
        if self.view == ViewKind::Billing && self.requested_run != Some(run) {
            self.requested_run = Some(run);
            self.cur.items = Cursor::default();
            out.push(Effect::Request(Request::RunDetail(run)));
        }
        out
    }

    fn areas(&self) -> Option<layout::Areas> {
        match layout::screen(Rect::new(0, 0, self.size.0, self.size.1), self.view) {
            Screen::Normal(a) => Some(a),
            Screen::TooSmall(_) => None,
        }
    }

    fn visible_rows(&self) -> usize {
        let Some(a) = self.areas() else { return 1 };
        let pane = if matches!(self.active(), ListId::Duties | ListId::Items) {
            a.second
        } else {
            a.list
        };
        layout::table_rows(pane).max(1)
    }

    /// Keep the selection on screen, and ask for more rows near the end of what is loaded.
    fn scrolled(&mut self) -> Vec<Effect> {
        let rows = self.visible_rows();
        let c = self.cur.get_mut(self.active());
        if c.sel < c.offset {
            c.offset = c.sel;
        } else if c.sel >= c.offset + rows {
            c.offset = c.sel + 1 - rows;
        }
        let mut effects = Vec::new();
        if self.active() == ListId::Queue
            && self.snap.more
            && self.cur.queue.sel + rows * 2 >= self.snap.queue.len()
            && self.query.limit <= self.snap.queue.len()
        {
            self.query.limit += PAGE;
            effects.push(Effect::Request(Request::Query(self.query.clone())));
        }
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
        self.cur.get_mut(self.active()).sel = idx;
        self.scrolled()
    }

    fn cursor(&self) -> isize {
        self.cur.get(self.active()).sel as isize
    }

    // ----- input ------------------------------------------------------------------------------

    pub fn on_key(&mut self, key: KeyEvent, now: DateTime<Utc>) -> Vec<Effect> {
        self.now = now;
        if key.kind == KeyEventKind::Release {
            return Vec::new();
        }
        if self.popup.is_some() {
            return self.popup_key(key);
        }
        if let Some(input) = &mut self.filter_edit {
            return match key.code {
                KeyCode::Enter => {
                    self.filter_edit = None;
                    Vec::new()
                }
                KeyCode::Esc => {
                    self.filter_edit = None;
                    self.set_filter(String::new())
                }
                _ if input.handle(&key) => {
                    let text = input.text();
                    self.set_filter(text)
                }
                _ => Vec::new(),
            };
        }
        self.pending_keys.push(KeyPress::from_event(&key));
        match self.keys.lookup(&self.pending_keys) {
            Lookup::Action(a) => {
                self.pending_keys.clear();
                self.update(a, now)
            }
            Lookup::Pending => Vec::new(),
            Lookup::Unbound => {
                // A sequence that went nowhere: try the last key on its own.
                let last = self.pending_keys.pop();
                let retry = !self.pending_keys.is_empty();
                self.pending_keys.clear();
                match (retry, last) {
                    (true, Some(k)) => match self.keys.lookup(&[k]) {
                        Lookup::Action(a) => self.update(a, now),
                        Lookup::Pending => {
                            self.pending_keys.push(k);
                            Vec::new()
                        }
                        Lookup::Unbound => Vec::new(),
                    },
                    _ => Vec::new(),
                }
            }
        }
    }

    pub fn on_paste(&mut self, text: &str) -> Vec<Effect> {
        match (&mut self.popup, &mut self.filter_edit) {
            (Some(Popup::Form(f)), _) => f.paste(text),
            (Some(Popup::Palette(p)), _) => p.input.paste(text),
            (None, Some(input)) => {
                input.paste(text);
                let t = input.text();
                return self.set_filter(t);
            }
            _ => {}
        }
        Vec::new()
    }

    pub fn on_mouse(&mut self, m: MouseEvent, now: DateTime<Utc>) -> Vec<Effect> {
        self.now = now;
        if self.popup.is_some() {
            return Vec::new();
        }
        let Some(a) = self.areas() else { return Vec::new() };
        match m.kind {
            MouseEventKind::ScrollDown => self.update(Action::Down, now),
            MouseEventKind::ScrollUp => self.update(Action::Up, now),
            MouseEventKind::Down(MouseButton::Left) => {
                if m.row == a.nav.y {
                    let tabs: Vec<(ViewKind, usize)> = ViewKind::ALL
                        .iter()
                        .map(|v| (*v, crate::text::width(&self.tab_text(*v))))
                        .collect();
                    for (view, x, w) in layout::nav_tabs(&tabs) {
                        if m.column >= x && m.column < x + w {
                            return self.switch_view(view);
                        }
                    }
                    return Vec::new();
                }
                let list = if self.view == ViewKind::Escalations {
                    ListId::Escalated
                } else {
                    self.active()
                };
                if let Some(row) = layout::row_at(a.list, self.cur.get(list).offset, m.column, m.row) {
                    self.pane = Pane::List;
                    return self.move_to(row as isize);
                }
                if self.view == ViewKind::Escalations
                    && let Some(row) = layout::row_at(a.second, self.cur.duties.offset, m.column, m.row)
                {
                    self.pane = Pane::Second;
                    return self.move_to(row as isize);
                }
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    pub fn on_resize(&mut self, w: u16, h: u16) -> Vec<Effect> {
        self.size = (w, h);
        self.scrolled()
    }

    /// Once a second.
    pub fn on_tick(&mut self, now: DateTime<Utc>) -> Vec<Effect> {
        self.now = now;
        if self.status.as_ref().is_some_and(|s| s.until <= now) {
            self.status = None;
        }
        if self.flash_until.is_some_and(|t| t <= now) {
            self.flash_until = None;
        }
        Vec::new()
    }

    fn set_filter(&mut self, text: String) -> Vec<Effect> {
        if self.query.filter == text {
            return Vec::new();
        }
        self.query.filter = text;
        self.query.limit = PAGE;
        self.cur.queue = Cursor::default();
        vec![Effect::Request(Request::Query(self.query.clone()))]
    }

    /// A view's tab in the navigation strip: its key and its name.
    pub fn tab_text(&self, view: ViewKind) -> String {
        let action = match view {
            ViewKind::Incidents => Action::ViewIncidents,
            ViewKind::Escalations => Action::ViewEscalations,
            ViewKind::Changes => Action::ViewChanges,
            ViewKind::Billing => Action::ViewBilling,
            ViewKind::Outbox => Action::ViewOutbox,
        };
        // The Outbox tab counts what waits for a person.
        let waiting: i64 = self
            .snap
            .outbox_counts
            .iter()
            .filter(|(st, _)| {
                matches!(
                    st,
                    crate::domain::message::MessageState::Draft
                        | crate::domain::message::MessageState::Failed
                        | crate::domain::message::MessageState::Uncertain
                )
            })
            .map(|(_, n)| n)
            .sum();
        let count = if view == ViewKind::Outbox && waiting > 0 {
            format!(" ({waiting})")
        } else {
            String::new()
        };
        format!(
            " {} {}{count} ",
            self.keys.first_key(action).unwrap_or_default(),
            self.s.t(view.key())
        )
    }

    fn switch_view(&mut self, view: ViewKind) -> Vec<Effect> {
        self.view = view;
        self.pane = Pane::List;
        self.scrolled()
    }

    // ----- actions ----------------------------------------------------------------------------

    /// Carry out a named action.
    pub fn update(&mut self, action: Action, now: DateTime<Utc>) -> Vec<Effect> {
        self.now = now;
        if action.mutates() && self.setup.read_only {
            self.say(self.s.t("msg.read_only").to_string(), true);
            return Vec::new();
        }
        let page = self.visible_rows() as isize;
        match action {
            Action::Quit => {
                self.quit = true;
                Vec::new()
            }
            Action::Help => {
                self.popup = Some(Popup::Help { scroll: 0 });
                Vec::new()
            }
            Action::Palette => {
                self.popup = Some(Popup::Palette(Palette {
                    input: LineInput::default(),
                    sel: 0,
                }));
                Vec::new()
            }
            Action::Filter => {
                self.filter_edit = Some(LineInput::new(&self.query.filter));
                if self.view != ViewKind::Incidents {
                    return self.switch_view(ViewKind::Incidents);
                }
                Vec::new()
            }
            Action::ClearFilter => self.set_filter(String::new()),
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
                self.say(self.s.t("msg.only_in_outbox").to_string(), true);
                Vec::new()
            }
            Action::Down => self.move_to(self.cursor() + 1),
            Action::Up => self.move_to(self.cursor() - 1),
            Action::PageDown => self.move_to(self.cursor() + page),
            Action::PageUp => self.move_to(self.cursor() - page),
            Action::Top => self.move_to(0),
            Action::Bottom => self.move_to(isize::MAX / 2),
            Action::SortNext => {
                self.query.sort = match self.query.sort {
                    QueueSort::Urgency => QueueSort::Newest,
                    QueueSort::Newest => QueueSort::Severity,
                    QueueSort::Severity => QueueSort::Urgency,
                };
                self.select_when_seen = self
                    .snap
                    .queue
                    .get(self.cur.queue.sel)
                    .map(|v| (ListId::Queue, v.incident.id));
                vec![Effect::Request(Request::Query(self.query.clone()))]
            }
            Action::FocusNext => {
                if matches!(self.view, ViewKind::Escalations | ViewKind::Billing) {
                    self.pane = if self.pane == Pane::List {
                        Pane::Second
                    } else {
                        Pane::List
                    };
                    return self.scrolled();
                }
                Vec::new()
            }
            Action::Open => self.open_selected(),
            Action::DetailDown => {
                self.detail_scroll = self.detail_scroll.saturating_add(3);
                Vec::new()
            }
            Action::DetailUp => {
                self.detail_scroll = self.detail_scroll.saturating_sub(3);
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
            return Vec::new();
        }
        if let Some(row) = self
            .snap
            .duties
            .get(self.cur.duties.sel)
            .filter(|_| self.pane == Pane::Second)
            && row.duty.record_kind == Kind::Change
        {
            let id = row.duty.record_id;
            self.view = ViewKind::Changes;
            self.pane = Pane::List;
            let idx = self.snap.changes.iter().position(|c| c.change.id == id).unwrap_or(0);
            return self.move_to(idx as isize);
        }
        let Some(id) = self.selected().map(|i| i.id) else {
            return Vec::new();
        };
        self.view = ViewKind::Incidents;
        self.pane = Pane::List;
        if let Some(idx) = self.snap.queue.iter().position(|v| v.incident.id == id) {
            return self.move_to(idx as isize);
        }
        // Not among the loaded rows: filter to it.
        self.set_filter(id.to_string())
    }

    fn duty_done(&mut self) -> Vec<Effect> {
        if let Some(row) = self
            .snap
            .duties
            .get(self.cur.duties.sel)
            .filter(|_| self.active() == ListId::Duties)
            && row.duty.record_kind == Kind::Change
        {
            self.say(self.s.t("msg.change_notice_in_changes").to_string(), true);
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
        self.inflight.insert(req, cmd.clone());
        self.say(self.s.t("msg.saving").to_string(), false);
        vec![Effect::Request(Request::Mutate { req, cmd })]
    }

    // ----- replies ----------------------------------------------------------------------------

    pub fn on_reply(&mut self, reply: Reply, now: DateTime<Utc>) -> Vec<Effect> {
        self.now = now;
        match reply {
            Reply::Snapshot(snap) => self.take_snapshot(*snap),
            Reply::Detail(d) => {
                let d = *d;
                let wanted = self.selected().map(|i| i.id);
                if d.as_ref().map(|d| d.view.incident.id) == wanted || d.is_none() {
                    self.detail = d;
                }
                Vec::new()
            }
            Reply::ChangeDetail(c) => {
                let c = *c;
                let wanted = self.snap.changes.get(self.cur.changes.sel).map(|c| c.change.id);
                if c.as_ref().map(|c| c.change.id) == wanted || c.is_none() {
                    self.change_detail = c;
                }
                Vec::new()
            }
            Reply::MonthPlan(p) => {
                if let Some(Popup::MonthPlan { month, plan, .. }) = &mut self.popup
                    && (p.as_ref().as_ref().map(|p| (p.year, p.month)).unwrap_or(*month) == *month)
                {
                    *plan = Some(p);
                }
                Vec::new()
            }
            Reply::RunDetail(r) => {
                let r = *r;
                let wanted = self.snap.runs.get(self.cur.runs.sel).map(|r| r.run.id);
                if r.as_ref().map(|r| r.run.id) == wanted || r.is_none() {
                    self.run_detail = r;
                }
                let len = self.len(ListId::Items);
                self.cur.items.sel = self.cur.items.sel.min(len.saturating_sub(1));
                Vec::new()
            }
            Reply::Report(r) => {
                if let Some(Popup::Report { text, .. }) = &mut self.popup {
                    *text = Some(r);
                }
                Vec::new()
            }
            Reply::Notice(r) => {
                if let Some(Popup::Notice { text, .. }) = &mut self.popup {
                    *text = Some(r);
                }
                Vec::new()
            }
            Reply::Done { req, record } => {
                let cmd = self.inflight.remove(&req);
                if matches!(&self.popup, Some(Popup::Form(f)) if f.saving == Some(req)) {
                    self.popup = None;
                }
                let text = match (&cmd, record) {
                    (Some(Command::NewIncident(_)), Some(id)) => {
                        self.select_when_seen = Some((ListId::Queue, id));
                        self.s.f("msg.created", &[("id", &id.to_string())])
                    }
                    (Some(Command::NewChange(_)), Some(id)) => {
                        self.select_when_seen = Some((ListId::Changes, id));
                        self.s.f("msg.change_created", &[("id", &id.to_string())])
                    }
                    (Some(Command::NewRun { .. }), Some(id)) => {
                        self.select_when_seen = Some((ListId::Runs, id));
                        self.s.f("msg.run_created", &[("id", &id.to_string())])
                    }
                    _ => self.s.t("msg.saved").to_string(),
                };
                self.say(text, false);
                Vec::new()
            }
            Reply::Failed { req, failure } => {
                let cmd = self.inflight.remove(&req);
                let form_waiting = matches!(&self.popup, Some(Popup::Form(f)) if f.saving == Some(req));
                match failure {
                    Failure::Conflict {
                        message,
                        changes,
                        version,
                    } => {
                        if let Some(cmd) = cmd {
                            self.popup = Some(Popup::Conflict(Box::new(Conflict {
                                message,
                                changes,
                                cmd,
                                version,
                            })));
                        }
                        self.say(self.s.t("msg.conflict").to_string(), true);
                    }
                    Failure::Refused(msg) => {
                        if form_waiting && let Some(Popup::Form(f)) = &mut self.popup {
                            f.saving = None;
                            f.error = Some(msg.clone());
                        }
                        self.say(self.s.f("msg.refused", &[("why", &msg)]), true);
                    }
                }
                Vec::new()
            }
            Reply::Outbox(r) => {
                self.sender_said(r);
                Vec::new()
            }
            Reply::Fatal(msg) => {
                self.fatal = Some(msg);
                self.quit = true;
                Vec::new()
            }
        }
    }

    /// True when `reply` brings nothing the screen does not show already: the worker reloads
    /// every few seconds, and an idle console need not draw a frame for each.
    pub fn unchanged(&self, reply: &Reply) -> bool {
        match reply {
            Reply::Snapshot(s) => self.loaded && **s == self.snap,
            Reply::Detail(d) => **d == self.detail,
            _ => false,
        }
    }

    fn take_snapshot(&mut self, snap: Snapshot) -> Vec<Effect> {
        // Keep each list's selection on the same record across a reload.
        let key = |s: &Snapshot, id: ListId, i: usize| -> Option<i64> {
            match id {
                ListId::Queue => s.queue.get(i).map(|v| v.incident.id),
                ListId::Escalated => s.escalated.get(i).map(|v| v.incident.id),
                ListId::Duties => s.duties.get(i).map(|d| d.duty.id),
                ListId::Changes => s.changes.get(i).map(|c| c.change.id),
                ListId::Runs => s.runs.get(i).map(|r| r.run.id),
                ListId::Outbox => s.outbox.get(i).map(|r| r.message.id),
                ListId::Items => None,
            }
        };
        let lists = [
            ListId::Queue,
            ListId::Escalated,
            ListId::Duties,
            ListId::Changes,
            ListId::Runs,
            ListId::Outbox,
        ];
        let kept: Vec<(ListId, Option<i64>)> = lists
            .iter()
            .map(|l| match self.select_when_seen {
                Some((wanted, id)) if wanted == *l => (*l, Some(id)),
                _ => (*l, key(&self.snap, *l, self.cur.get(*l).sel)),
            })
            .collect();
        let mut effects = Vec::new();
        // A new escalation step: flash the title bar and ring the bell.
        let steps: HashSet<i64> = snap
            .duties
            .iter()
            .filter(|d| is_step(d.duty.kind))
            .map(|d| d.duty.id)
            .collect();
        if let Some(seen) = &self.seen_steps
            && steps.iter().any(|id| !seen.contains(id))
        {
            self.flash_until = Some(self.now + Duration::seconds(FLASH_SECS));
            if self.setup.bell {
                effects.push(Effect::Bell);
            }
        }
        let mut all_seen = self.seen_steps.take().unwrap_or_default();
        all_seen.extend(steps);
        self.seen_steps = Some(all_seen);
        self.snap = snap;
        self.loaded = true;
        for (list, id) in kept {
            let len = self.len(list);
            let found = id.and_then(|id| (0..len).find(|i| key(&self.snap, list, *i) == Some(id)));
            let c = self.cur.get_mut(list);
            if let Some(i) = found {
                c.sel = i;
                if self.select_when_seen.is_some_and(|(l, _)| l == list) {
                    self.select_when_seen = None;
                }
            }
            c.sel = c.sel.min(len.saturating_sub(1));
        }
        effects.extend(self.scrolled());
        effects
    }
}
