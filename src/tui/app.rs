//! The console's state and how it changes. Pure: keys, ticks and the worker's replies come in
//! with `now`; what must happen outside (ask the worker, ring the bell) goes out as effects.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Rect;

use super::action::Action;
use super::form::{Form, Outcome};
use super::i18n::Strings;
use super::input::LineInput;
use super::keymap::{KeyPress, Keymap, Lookup};
use super::layout::{self, Screen, ViewKind};
use super::model::{Command, Detail, Failure, PAGE, Query, QueueSort, Reply, Request, Snapshot};
use crate::domain::duty::{Duty, DutyKind};
use crate::domain::escalation::Policy;
use crate::domain::incident::{Incident, Status};
use crate::domain::role::Actor;
use crate::store::audit::HistoryRow;

/// Something for the outside world to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    Request(Request),
    Bell,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pane {
    List,
    Duties,
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
    Help { scroll: u16 },
    Palette(Palette),
    Form(Box<Form>),
    Confirm(Confirm),
    Conflict(Box<Conflict>),
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
    pub sel: usize,
    pub offset: usize,
    pub esc_sel: usize,
    pub esc_offset: usize,
    pub duty_sel: usize,
    pub duty_offset: usize,
    pub pane: Pane,
    pub detail: Option<Detail>,
    pub detail_scroll: u16,
    requested_detail: Option<Option<i64>>,
    /// Select this incident once it shows in the queue (one just created).
    select_when_seen: Option<i64>,
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
            sel: 0,
            offset: 0,
            esc_sel: 0,
            esc_offset: 0,
            duty_sel: 0,
            duty_offset: 0,
            pane: Pane::List,
            detail: None,
            detail_scroll: 0,
            requested_detail: None,
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

    /// The incident the user is on, in whichever view and pane.
    pub fn selected(&self) -> Option<&Incident> {
        match (self.view, self.pane) {
            (ViewKind::Incidents, _) => self.snap.queue.get(self.sel).map(|v| &v.incident),
            (ViewKind::Escalations, Pane::List) => self.snap.escalated.get(self.esc_sel).map(|v| &v.incident),
            (ViewKind::Escalations, Pane::Duties) => {
                self.snap.duties.get(self.duty_sel).and_then(|d| d.incident.as_ref())
            }
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
        if self.view == ViewKind::Escalations && self.pane == Pane::Duties {
            return self
                .snap
                .duties
                .get(self.duty_sel)
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
            .or_else(|| self.snap.queue.get(self.sel).map(|v| v.duties.clone()))
            .unwrap_or_default();
        all.into_iter().filter(|d| d.done_at.is_none()).collect()
    }

    fn detail_effect(&mut self) -> Vec<Effect> {
        let id = self.selected().map(|i| i.id);
        if self.requested_detail == Some(id) {
            return Vec::new();
        }
        self.requested_detail = Some(id);
        self.detail_scroll = 0;
        vec![Effect::Request(Request::Detail(id))]
    }

    fn list_len(&self) -> usize {
        match (self.view, self.pane) {
            (ViewKind::Incidents, _) => self.snap.queue.len(),
            (ViewKind::Escalations, Pane::List) => self.snap.escalated.len(),
            (ViewKind::Escalations, Pane::Duties) => self.snap.duties.len(),
        }
    }

    fn areas(&self) -> Option<layout::Areas> {
        match layout::screen(Rect::new(0, 0, self.size.0, self.size.1), self.view) {
            Screen::Normal(a) => Some(a),
            Screen::TooSmall(_) => None,
        }
    }

    fn visible_rows(&self) -> usize {
        let Some(a) = self.areas() else { return 1 };
        let pane = if self.view == ViewKind::Escalations && self.pane == Pane::Duties {
            a.second
        } else {
            a.list
        };
        layout::table_rows(pane).max(1)
    }

    /// Keep the selection on screen, and ask for more rows near the end of what is loaded.
    fn scrolled(&mut self) -> Vec<Effect> {
        let rows = self.visible_rows();
        let (sel, offset) = match (self.view, self.pane) {
            (ViewKind::Incidents, _) => (self.sel, &mut self.offset),
            (ViewKind::Escalations, Pane::List) => (self.esc_sel, &mut self.esc_offset),
            (ViewKind::Escalations, Pane::Duties) => (self.duty_sel, &mut self.duty_offset),
        };
        if sel < *offset {
            *offset = sel;
        } else if sel >= *offset + rows {
            *offset = sel + 1 - rows;
        }
        let mut effects = Vec::new();
        if self.view == ViewKind::Incidents
            && self.snap.more
            && self.sel + rows * 2 >= self.snap.queue.len()
            && self.query.limit <= self.snap.queue.len()
        {
            self.query.limit += PAGE;
            effects.push(Effect::Request(Request::Query(self.query.clone())));
        }
        effects.extend(self.detail_effect());
        effects
    }

    fn move_to(&mut self, target: isize) -> Vec<Effect> {
        let len = self.list_len();
        let idx = if len == 0 {
            0
        } else {
            target.clamp(0, len as isize - 1) as usize
        };
        match (self.view, self.pane) {
            (ViewKind::Incidents, _) => self.sel = idx,
            (ViewKind::Escalations, Pane::List) => self.esc_sel = idx,
            (ViewKind::Escalations, Pane::Duties) => self.duty_sel = idx,
        }
        self.scrolled()
    }

    fn cursor(&self) -> isize {
        (match (self.view, self.pane) {
            (ViewKind::Incidents, _) => self.sel,
            (ViewKind::Escalations, Pane::List) => self.esc_sel,
            (ViewKind::Escalations, Pane::Duties) => self.duty_sel,
        }) as isize
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
            match key.code {
                KeyCode::Enter => {
                    self.filter_edit = None;
                    return Vec::new();
                }
                KeyCode::Esc => {
                    self.filter_edit = None;
                    return self.set_filter(String::new());
                }
                _ => {
                    if input.handle(&key) {
                        let text = input.text();
                        return self.set_filter(text);
                    }
                    return Vec::new();
                }
            }
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
                    let labels: Vec<(ViewKind, usize)> = ViewKind::ALL
                        .iter()
                        .map(|v| (*v, crate::text::width(self.s.t(v.key()))))
                        .collect();
                    for (view, x, w) in layout::nav_tabs(&labels) {
                        if m.column >= x && m.column < x + w {
                            return self.switch_view(view);
                        }
                    }
                    return Vec::new();
                }
                let (list_pane, list_offset) = match self.view {
                    ViewKind::Incidents => (a.list, self.offset),
                    ViewKind::Escalations => (a.list, self.esc_offset),
                };
                if let Some(row) = layout::row_at(list_pane, list_offset, m.column, m.row) {
                    self.pane = Pane::List;
                    return self.move_to(row as isize);
                }
                if self.view == ViewKind::Escalations
                    && let Some(row) = layout::row_at(a.second, self.duty_offset, m.column, m.row)
                {
                    self.pane = Pane::Duties;
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
        self.sel = 0;
        self.offset = 0;
        vec![Effect::Request(Request::Query(self.query.clone()))]
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
                let next = if self.view == ViewKind::Incidents {
                    ViewKind::Escalations
                } else {
                    ViewKind::Incidents
                };
                self.switch_view(next)
            }
            Action::ViewIncidents => self.switch_view(ViewKind::Incidents),
            Action::ViewEscalations => self.switch_view(ViewKind::Escalations),
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
                self.select_when_seen = self.selected().map(|i| i.id);
                vec![Effect::Request(Request::Query(self.query.clone()))]
            }
            Action::FocusNext => {
                if self.view == ViewKind::Escalations {
                    self.pane = if self.pane == Pane::List {
                        Pane::Duties
                    } else {
                        Pane::List
                    };
                    return self.scrolled();
                }
                Vec::new()
            }
            Action::Open => {
                let Some(id) = self.selected().map(|i| i.id) else {
                    return Vec::new();
                };
                if self.view == ViewKind::Escalations {
                    self.view = ViewKind::Incidents;
                    self.pane = Pane::List;
                    if let Some(idx) = self.snap.queue.iter().position(|v| v.incident.id == id) {
                        return self.move_to(idx as isize);
                    }
                    // Not among the loaded rows: filter to it.
                    return self.set_filter(id.to_string());
                }
                Vec::new()
            }
            Action::DetailDown => {
                self.detail_scroll = self.detail_scroll.saturating_add(3);
                Vec::new()
            }
            Action::DetailUp => {
                self.detail_scroll = self.detail_scroll.saturating_sub(3);
                Vec::new()
            }
            Action::Refresh => vec![Effect::Request(Request::Refresh)],
            Action::NewIncident => {
                self.popup = Some(Popup::Form(Box::new(Form::new_incident(&self.s))));
                Vec::new()
            }
            Action::DutyDone => {
                let open = self.open_duties();
                if open.is_empty() {
                    self.say(self.s.t("msg.no_open_duty").to_string(), true);
                    return Vec::new();
                }
                self.popup = Some(Popup::Form(Box::new(Form::duty_done(&self.s, &open, self.setup.zone))));
                Vec::new()
            }
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

    fn incident_action(&mut self, action: Action) -> Vec<Effect> {
        let Some(inc) = self.current() else {
            self.say(self.s.t("msg.nothing_selected").to_string(), true);
            return Vec::new();
        };
        let s = &self.s;
        let (id, version) = (inc.id, inc.version);
        let form = match action {
            Action::Accept => {
                let cmd = Command::Accept { id, version };
                return match &inc.owner {
                    Some(o) if *o != self.setup.me.login => {
                        let text = s.f("confirm.take_over", &[("id", &id.to_string()), ("owner", o)]);
                        self.popup = Some(Popup::Confirm(Confirm { text, cmd }));
                        Vec::new()
                    }
                    _ => self.send(cmd),
                };
            }
            Action::Close => {
                let text = s.f("confirm.close", &[("id", &id.to_string())]);
                let cmd = Command::Close {
                    id,
                    version,
                    at: self.now,
                };
                self.popup = Some(Popup::Confirm(Confirm { text, cmd }));
                return Vec::new();
            }
            Action::Contact => Form::contact(s, &inc),
            Action::Note => Form::note(s, &inc),
            Action::Restore => Form::restore(s, &inc),
            Action::Resolve => Form::resolve(s, &inc),
            Action::Verify => Form::verify(s, &inc),
            Action::Reopen => Form::reopen(s, &inc),
            _ => return Vec::new(),
        };
        self.popup = Some(Popup::Form(Box::new(form)));
        Vec::new()
    }

    fn send(&mut self, cmd: Command) -> Vec<Effect> {
        let req = self.next_req;
        self.next_req += 1;
        self.inflight.insert(req, cmd.clone());
        self.say(self.s.t("msg.saving").to_string(), false);
        vec![Effect::Request(Request::Mutate { req, cmd })]
    }

    fn popup_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let Some(popup) = self.popup.take() else {
            return Vec::new();
        };
        match popup {
            Popup::Help { scroll } => {
                let scroll = match key.code {
                    KeyCode::Char('j') | KeyCode::Down => scroll.saturating_add(1),
                    KeyCode::Char('k') | KeyCode::Up => scroll.saturating_sub(1),
                    KeyCode::PageDown | KeyCode::Char(' ') => scroll.saturating_add(10),
                    KeyCode::PageUp => scroll.saturating_sub(10),
                    _ => return Vec::new(),
                };
                self.popup = Some(Popup::Help { scroll });
                Vec::new()
            }
            Popup::Palette(mut p) => match key.code {
                KeyCode::Esc => Vec::new(),
                KeyCode::Down | KeyCode::Tab => {
                    p.sel = (p.sel + 1).min(self.palette_matches(&p.input.text()).len().saturating_sub(1));
                    self.popup = Some(Popup::Palette(p));
                    Vec::new()
                }
                KeyCode::Up | KeyCode::BackTab => {
                    p.sel = p.sel.saturating_sub(1);
                    self.popup = Some(Popup::Palette(p));
                    Vec::new()
                }
                KeyCode::Enter => {
                    let typed = p.input.text();
                    let id = typed.trim().trim_start_matches('#');
                    if !id.is_empty() && id.chars().all(|c| c.is_ascii_digit()) {
                        self.view = ViewKind::Incidents;
                        return self.set_filter(id.to_string());
                    }
                    match self.palette_matches(&typed).get(p.sel) {
                        Some(a) => self.update(*a, self.now),
                        None => Vec::new(),
                    }
                }
                _ => {
                    if p.input.handle(&key) {
                        p.sel = 0;
                    }
                    self.popup = Some(Popup::Palette(p));
                    Vec::new()
                }
            },
            Popup::Confirm(c) => match key.code {
                KeyCode::Char('y') | KeyCode::Char('Y') | KeyCode::Enter => self.send(c.cmd),
                KeyCode::Char('n') | KeyCode::Char('N') | KeyCode::Esc | KeyCode::Char('q') => Vec::new(),
                _ => {
                    self.popup = Some(Popup::Confirm(c));
                    Vec::new()
                }
            },
            Popup::Conflict(c) => match key.code {
                KeyCode::Char('r') | KeyCode::Enter => self.send(c.cmd.rebased(c.version)),
                KeyCode::Esc | KeyCode::Char('q') => {
                    self.say(self.s.t("msg.discarded").to_string(), false);
                    Vec::new()
                }
                _ => {
                    self.popup = Some(Popup::Conflict(c));
                    Vec::new()
                }
            },
            Popup::Form(mut f) => match f.handle_key(&key, self.now, self.setup.zone, &self.s) {
                Outcome::Cancel => Vec::new(),
                Outcome::Stay => {
                    self.popup = Some(Popup::Form(f));
                    Vec::new()
                }
                Outcome::Submit => match f.build(self.now, self.setup.zone, &self.s) {
                    Some(cmd) => {
                        let effects = self.send(cmd);
                        if let Some(Effect::Request(Request::Mutate { req, .. })) = effects.first() {
                            f.saving = Some(*req);
                        }
                        f.error = None;
                        self.popup = Some(Popup::Form(f));
                        effects
                    }
                    None => {
                        self.popup = Some(Popup::Form(f));
                        Vec::new()
                    }
                },
            },
        }
    }

    /// Actions whose name or description contains what was typed.
    pub fn palette_matches(&self, typed: &str) -> Vec<Action> {
        let t = typed.trim().to_lowercase();
        Action::ALL
            .iter()
            .copied()
            .filter(|a| !(a.mutates() && self.setup.read_only))
            .filter(|a| t.is_empty() || a.name().contains(&t) || self.s.t(&a.doc_key()).to_lowercase().contains(&t))
            .collect()
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
            Reply::Done { req, incident } => {
                let cmd = self.inflight.remove(&req);
                if matches!(&self.popup, Some(Popup::Form(f)) if f.saving == Some(req)) {
                    self.popup = None;
                }
                let text = match (&cmd, incident) {
                    (Some(Command::NewIncident(_)), Some(id)) => {
                        self.select_when_seen = Some(id);
                        self.s.f("msg.created", &[("id", &id.to_string())])
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
            Reply::Fatal(msg) => {
                self.fatal = Some(msg);
                self.quit = true;
                Vec::new()
            }
        }
    }

    fn take_snapshot(&mut self, snap: Snapshot) -> Vec<Effect> {
        // Keep the selection on the same incident across a reload.
        let keep = self
            .select_when_seen
            .or_else(|| self.snap.queue.get(self.sel).map(|v| v.incident.id));
        let keep_esc = self.snap.escalated.get(self.esc_sel).map(|v| v.incident.id);
        let keep_duty = self.snap.duties.get(self.duty_sel).map(|d| d.duty.id);
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
        if let Some(id) = keep
            && let Some(idx) = self.snap.queue.iter().position(|v| v.incident.id == id)
        {
            self.sel = idx;
            if self.select_when_seen == Some(id) {
                self.select_when_seen = None;
            }
        }
        if let Some(idx) = keep_esc.and_then(|id| self.snap.escalated.iter().position(|v| v.incident.id == id)) {
            self.esc_sel = idx;
        }
        if let Some(idx) = keep_duty.and_then(|id| self.snap.duties.iter().position(|d| d.duty.id == id)) {
            self.duty_sel = idx;
        }
        self.sel = self.sel.min(self.snap.queue.len().saturating_sub(1));
        self.esc_sel = self.esc_sel.min(self.snap.escalated.len().saturating_sub(1));
        self.duty_sel = self.duty_sel.min(self.snap.duties.len().saturating_sub(1));
        effects.extend(self.scrolled());
        effects
    }

    /// True when the selected incident may be driven by this user (for the footer's hints).
    pub fn selected_status(&self) -> Option<Status> {
        self.selected().map(|i| i.status)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::domain::duty::Duty;
    use crate::domain::incident::{Category, Channel, NewIncident};
    use crate::domain::role::Role;
    use crate::ops::incidents::View;
    use crate::tui::i18n::Lang;
    use crossterm::event::KeyModifiers;

    fn t0() -> DateTime<Utc> {
        chrono::TimeZone::with_ymd_and_hms(&Utc, 2026, 11, 20, 2, 0, 0).unwrap()
    }

    fn me(role: Role) -> Actor {
        Actor {
            login: "li".into(),
            name: "李雷".into(),
            role,
        }
    }

    fn incident(id: i64, owner: Option<&str>, minutes_ago: i64) -> Incident {
        let n = NewIncident {
            title: format!("incident {id}"),
            service: "billing".into(),
            category: Some(Category::Application),
            channel: Some(Channel::Phone),
            received_at: Some(t0() - Duration::minutes(minutes_ago)),
            ..Default::default()
        };
        let mut i = Incident::open(&n, &me(Role::Operator), t0()).unwrap();
        i.id = id;
        i.owner = owner.map(String::from);
        if owner.is_some() {
            i.status = Status::Accepted;
        }
        i
    }

    fn view(i: Incident, duties: Vec<Duty>) -> View {
        View {
            incident: i,
            level: crate::domain::escalation::Level::None,
            next: None,
            duties,
            history: vec![],
        }
    }

    fn duty(id: i64, incident: i64) -> Duty {
        Duty {
            id,
            kind: DutyKind::ReportSupervisor,
            record_kind: "incident".into(),
            record_id: incident,
            episode: 0,
            whom: "supervisor: 张伟".into(),
            raised_at: t0(),
            due_at: t0() + Duration::minutes(5),
            done_at: None,
            done_by: None,
            done_how: String::new(),
            version: 1,
        }
    }

    fn app_as(role: Role, read_only: bool) -> App {
        let config = Config::defaults();
        let setup = Setup {
            me: me(role),
            desk_name: "Desk".into(),
            zone: config.desk.zone,
            policy: Policy::from_config(&config),
            read_only,
            bell: true,
        };
        let mut app = App::new(setup, Strings::new(Lang::En), Keymap::defaults(), t0(), (120, 40));
        let queue: Vec<View> = (1..=30)
            .map(|n| view(incident(n, if n % 2 == 0 { Some("wang") } else { None }, n), vec![]))
            .collect();
        let snap = Snapshot {
            query: Query::default(),
            queue,
            more: false,
            counts: [1, 2, 3, 4],
            escalated: vec![view(incident(7, Some("li"), 7), vec![])],
            duties: vec![super::super::model::DutyRow {
                duty: duty(100, 7),
                incident: Some(incident(7, Some("li"), 7)),
            }],
        };
        app.on_reply(Reply::Snapshot(Box::new(snap)), t0());
        app
    }

    fn app() -> App {
        app_as(Role::Operator, false)
    }

    fn key(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
    }

    fn code(c: KeyCode) -> KeyEvent {
        KeyEvent::new(c, KeyModifiers::NONE)
    }

    fn requests(effects: &[Effect]) -> Vec<&Request> {
        effects
            .iter()
            .filter_map(|e| if let Effect::Request(r) = e { Some(r) } else { None })
            .collect()
    }

    #[test]
    fn moving_selects_and_asks_for_the_detail() {
        let mut a = app();
        let page = a.visible_rows();
        let cases: &[(Action, usize)] = &[
            (Action::Down, 1),
            (Action::Up, 0),
            (Action::Bottom, 29),
            (Action::Top, 0),
            (Action::PageDown, page),
            (Action::PageUp, 0),
        ];
        for (action, want) in cases {
            let effects = a.update(*action, t0());
            let want = (*want).min(29);
            assert_eq!(a.sel, want, "{action:?}");
            if let Some(Request::Detail(id)) = requests(&effects).first() {
                assert_eq!(*id, Some(a.snap.queue[want].incident.id), "{action:?}");
            }
        }
    }

    #[test]
    fn selection_stays_visible() {
        let mut a = app();
        a.update(Action::Bottom, t0());
        let rows = a.visible_rows();
        assert!(a.offset + rows > a.sel && a.offset <= a.sel);
    }

    #[test]
    fn key_sequences_map_through_the_keymap() {
        let mut a = app();
        a.update(Action::Bottom, t0());
        assert!(a.on_key(key('g'), t0()).is_empty());
        a.on_key(key('g'), t0());
        assert_eq!(a.sel, 0);
        a.on_key(key('j'), t0());
        a.on_key(code(KeyCode::Down), t0());
        assert_eq!(a.sel, 2);
        // An unfinished sequence followed by another key runs that key.
        a.on_key(key('g'), t0());
        a.on_key(key('k'), t0());
        assert_eq!(a.sel, 1);
    }

    #[test]
    fn every_mutating_action_is_refused_read_only() {
        let mut a = app_as(Role::Supervisor, true);
        for action in Action::ALL.iter().filter(|a| a.mutates()) {
            let effects = a.update(*action, t0());
            assert!(effects.is_empty(), "{action:?}");
            assert!(a.popup.is_none(), "{action:?}");
            assert!(a.status.as_ref().is_some_and(|s| s.error), "{action:?}");
        }
    }

    #[test]
    fn forms_open_for_each_incident_step() {
        let cases = [
            (Action::Contact, "Contact the site: incident 1"),
            (Action::Note, "Note on incident 1"),
            (Action::Restore, "Service restored: incident 1"),
            (Action::Resolve, "Cause removed: incident 1"),
            (Action::Verify, "Verified with the reporter: incident 1"),
            (Action::Reopen, "Reopen incident 1"),
            (Action::NewIncident, "New incident"),
        ];
        for (action, title) in cases {
            let mut a = app();
            a.update(action, t0());
            match &a.popup {
                Some(Popup::Form(f)) => assert_eq!(f.title, title, "{action:?}"),
                other => panic!("{action:?}: {other:?}"),
            }
            // Esc leaves without change.
            assert!(a.on_key(code(KeyCode::Esc), t0()).is_empty());
            assert!(a.popup.is_none());
        }
    }

    #[test]
    fn accepting_an_unowned_incident_sends_at_once_with_the_seen_version() {
        let mut a = app();
        let effects = a.update(Action::Accept, t0());
        assert_eq!(
            requests(&effects),
            vec![&Request::Mutate {
                req: 1,
                cmd: Command::Accept { id: 1, version: 1 }
            }]
        );
    }

    #[test]
    fn taking_over_and_closing_ask_first() {
        let mut a = app();
        a.update(Action::Down, t0()); // incident 2, owned by wang
        assert!(a.update(Action::Accept, t0()).is_empty());
        assert!(matches!(&a.popup, Some(Popup::Confirm(c)) if c.text.contains("wang")));
        assert!(a.on_key(key('n'), t0()).is_empty(), "n declines");
        assert!(a.popup.is_none());
        a.update(Action::Close, t0());
        let effects = a.on_key(key('y'), t0());
        assert!(matches!(
            requests(&effects)[0],
            Request::Mutate {
                cmd: Command::Close { id: 2, .. },
                ..
            }
        ));
    }

    #[test]
    fn a_form_checks_before_it_sends() {
        let mut a = app();
        a.update(Action::Note, t0());
        assert!(a.on_key(code(KeyCode::Enter), t0()).is_empty(), "empty required field");
        let Some(Popup::Form(f)) = &a.popup else { panic!() };
        assert_eq!(f.fields[0].error.as_deref(), Some("required"));
        for c in "已电话联系".chars() {
            a.on_key(key(c), t0());
        }
        let effects = a.on_key(code(KeyCode::Enter), t0());
        assert_eq!(
            requests(&effects),
            vec![&Request::Mutate {
                req: 1,
                cmd: Command::Note {
                    id: 1,
                    version: 1,
                    text: "已电话联系".into()
                }
            }]
        );
        assert!(
            matches!(&a.popup, Some(Popup::Form(f)) if f.saving == Some(1)),
            "stays open while saving"
        );
        a.on_reply(
            Reply::Done {
                req: 1,
                incident: Some(1),
            },
            t0(),
        );
        assert!(a.popup.is_none());
    }

    #[test]
    fn a_bad_time_is_shown_at_its_field() {
        let mut a = app();
        a.update(Action::Restore, t0());
        for c in "yesterday".chars() {
            a.on_key(key(c), t0());
        }
        let Some(Popup::Form(f)) = &a.popup else { panic!() };
        assert!(f.fields[0].error.as_deref().unwrap_or("").contains("not a time"));
    }

    #[test]
    fn a_refusal_comes_back_into_the_form() {
        let mut a = app();
        a.update(Action::Note, t0());
        a.on_key(key('x'), t0());
        a.on_key(code(KeyCode::Enter), t0());
        a.on_reply(
            Reply::Failed {
                req: 1,
                failure: Failure::Refused("owned by wang".into()),
            },
            t0(),
        );
        let Some(Popup::Form(f)) = &a.popup else {
            panic!("the form stays")
        };
        assert_eq!(f.error.as_deref(), Some("owned by wang"));
        assert_eq!(f.saving, None);
    }

    #[test]
    fn a_lost_race_shows_the_conflict_and_reapplies_on_the_new_version() {
        let mut a = app();
        a.update(Action::Note, t0());
        a.on_key(key('x'), t0());
        a.on_key(code(KeyCode::Enter), t0());
        let failure = Failure::Conflict {
            message: "changed".into(),
            changes: vec![],
            version: 3,
        };
        a.on_reply(Reply::Failed { req: 1, failure }, t0());
        assert!(matches!(&a.popup, Some(Popup::Conflict(_))));
        let effects = a.on_key(key('r'), t0());
        assert_eq!(
            requests(&effects),
            vec![&Request::Mutate {
                req: 2,
                cmd: Command::Note {
                    id: 1,
                    version: 3,
                    text: "x".into()
                }
            }]
        );
    }

    #[test]
    fn duty_done_offers_the_open_duties() {
        let mut a = app();
        a.update(Action::ViewEscalations, t0());
        a.update(Action::FocusNext, t0());
        assert_eq!(a.pane, Pane::Duties);
        a.update(Action::DutyDone, t0());
        let Some(Popup::Form(f)) = &a.popup else { panic!() };
        assert_eq!(f.focus, 1, "one duty: straight to how");
        for c in "told 张伟 by phone".chars() {
            a.on_key(key(c), t0());
        }
        let effects = a.on_key(code(KeyCode::Enter), t0());
        assert!(matches!(
            requests(&effects)[0],
            Request::Mutate {
                cmd: Command::DutyDone {
                    id: 100,
                    version: 1,
                    ..
                },
                ..
            }
        ));
    }

    #[test]
    fn filter_and_sort_ask_the_worker_again() {
        let mut a = app();
        a.update(Action::Filter, t0());
        let effects = a.on_key(key('b'), t0());
        assert_eq!(
            requests(&effects),
            vec![&Request::Query(Query {
                filter: "b".into(),
                ..Query::default()
            })]
        );
        a.on_key(code(KeyCode::Enter), t0());
        assert!(a.filter_edit.is_none());
        let effects = a.update(Action::ClearFilter, t0());
        assert_eq!(requests(&effects), vec![&Request::Query(Query::default())]);
        let effects = a.update(Action::SortNext, t0());
        assert!(matches!(requests(&effects)[0], Request::Query(q) if q.sort == QueueSort::Newest));
    }

    #[test]
    fn views_switch_by_key_and_open_jumps_back() {
        let mut a = app();
        a.update(Action::NextView, t0());
        assert_eq!(a.view, ViewKind::Escalations);
        a.update(Action::Open, t0());
        assert_eq!(a.view, ViewKind::Incidents);
        assert_eq!(a.selected().map(|i| i.id), Some(7));
    }

    #[test]
    fn a_new_escalation_step_flashes_and_rings() {
        let mut a = app();
        let mut snap = a.snap.clone();
        snap.duties.push(super::super::model::DutyRow {
            duty: duty(101, 7),
            incident: None,
        });
        let effects = a.on_reply(Reply::Snapshot(Box::new(snap)), t0());
        assert!(effects.contains(&Effect::Bell));
        assert!(a.flash_until.is_some_and(|t| t > t0()));
        a.on_tick(t0() + Duration::seconds(FLASH_SECS));
        assert!(a.flash_until.is_none());
    }

    #[test]
    fn the_palette_runs_actions_and_jumps_to_ids() {
        let mut a = app();
        a.update(Action::Palette, t0());
        for c in "help".chars() {
            a.on_key(key(c), t0());
        }
        a.on_key(code(KeyCode::Enter), t0());
        assert!(matches!(a.popup, Some(Popup::Help { .. })));
        a.on_key(code(KeyCode::Esc), t0());
        a.update(Action::Palette, t0());
        a.on_key(key('2'), t0());
        a.on_key(key('5'), t0());
        let effects = a.on_key(code(KeyCode::Enter), t0());
        assert!(matches!(requests(&effects)[0], Request::Query(q) if q.filter == "25"));
    }

    #[test]
    fn the_selection_follows_its_incident_across_reloads() {
        let mut a = app();
        a.update(Action::Down, t0());
        a.update(Action::Down, t0());
        let id = a.selected().unwrap().id;
        let mut snap = a.snap.clone();
        snap.queue.reverse();
        a.on_reply(Reply::Snapshot(Box::new(snap)), t0());
        assert_eq!(a.selected().unwrap().id, id);
    }

    #[test]
    fn the_remaining_actions_do_what_they_say() {
        let mut a = app();
        assert_eq!(requests(&a.update(Action::Refresh, t0())), vec![&Request::Refresh]);
        a.update(Action::DetailDown, t0());
        a.update(Action::DetailDown, t0());
        assert_eq!(a.detail_scroll, 6);
        a.update(Action::DetailUp, t0());
        assert_eq!(a.detail_scroll, 3);
        a.update(Action::PrevView, t0());
        assert_eq!(a.view, ViewKind::Escalations);
        a.update(Action::PrevView, t0());
        assert_eq!(a.view, ViewKind::Incidents);
        a.update(Action::Help, t0());
        a.on_key(key('j'), t0());
        assert_eq!(a.popup, Some(Popup::Help { scroll: 1 }));
    }

    #[test]
    fn quit_quits() {
        let mut a = app();
        a.on_key(key('q'), t0());
        assert!(a.quit);
    }

    #[test]
    fn mouse_clicks_select_rows_and_views() {
        use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
        let mut a = app();
        let click = |col, row| MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: col,
            row,
            modifiers: KeyModifiers::NONE,
        };
        // Row 5 of the screen: title, nav, pane header, column header, then rows from line 4.
        a.on_mouse(click(10, 5), t0());
        assert_eq!(a.sel, 1);
        let wheel = MouseEvent {
            kind: MouseEventKind::ScrollDown,
            column: 10,
            row: 5,
            modifiers: KeyModifiers::NONE,
        };
        a.on_mouse(wheel, t0());
        assert_eq!(a.sel, 2);
        let tabs = layout::nav_tabs(&[(ViewKind::Incidents, 9), (ViewKind::Escalations, 11)]);
        a.on_mouse(click(tabs[1].1 + 1, 1), t0());
        assert_eq!(a.view, ViewKind::Escalations);
    }
}
