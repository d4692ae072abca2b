//! The full-screen detail (k9s's describe, lazygit's zoom): any record, open or closed, read by
//! kind and id and kept fresh while it is on screen; scrolled with the list keys, Esc back to the
//! view as it was (no filter left behind). A closed incident can be reopened from it.

use std::cell::Cell;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{App, Effect, Popup};
use crate::domain::incident::Status;
use crate::domain::kind::Kind;
use crate::tui::action::Action;
use crate::tui::form::Form;
use crate::tui::full::{Full, Loaded, shown};
use crate::tui::keymap::{KeyPress, Lookup};
use crate::tui::model::Request;
use crate::tui::widgets::reference;

/// The record on screen in full.
#[derive(Clone, Debug, PartialEq)]
pub struct Zoom {
    pub kind: Kind,
    pub id: i64,
    /// What the worker read; `None` until it has.
    pub loaded: Option<Box<Loaded>>,
    /// The first line shown.
    pub scroll: u16,
    /// The furthest it can scroll, as last drawn (the drawing knows how the lines wrap).
    pub max_scroll: Cell<u16>,
    /// Lines a page holds, as last drawn.
    pub page: Cell<u16>,
}

impl Zoom {
    /// The record, once read.
    pub fn full(&self) -> Option<&Full> {
        self.loaded.as_ref().and_then(|l| l.full.as_ref())
    }
}

impl App {
    /// Open record `id` of `kind` full screen.
    pub(super) fn open_detail(&mut self, kind: Kind, id: i64) -> Vec<Effect> {
        if !shown(kind) {
            let r = reference(kind, id);
            let command = kind.show_command(id);
            self.say(
                self.s.f("msg.no_full_view", &[("record", &r), ("command", &command)]),
                true,
            );
            return Vec::new();
        }
        self.filter_edit = None;
        self.popup = Some(Popup::Record(Box::new(Zoom {
            kind,
            id,
            loaded: None,
            scroll: 0,
            max_scroll: Cell::new(u16::MAX),
            page: Cell::new(10),
        })));
        vec![Effect::Request(Request::Record(Some((kind, id))))]
    }

    /// Enter in a list: its selected record full screen.
    pub(super) fn open_selected_full(&mut self) -> Option<Vec<Effect>> {
        use crate::tui::app::ListId;
        let (kind, id) = match self.active() {
            ListId::Queue => (Kind::Incident, self.selected()?.id),
            ListId::Changes => (Kind::Change, self.selected_change()?.change.id),
            ListId::Runs => (Kind::Run, self.selected_run()?.run.id),
            ListId::Requests => (Kind::Request, self.selected_request()?.request.id),
            ListId::Plans => (Kind::Plan, self.snap.plans.get(self.views.plans.list.sel)?.plan.id),
            ListId::Problems => (Kind::Problem, self.selected_problem()?.problem.id),
            ListId::Articles => (Kind::Article, self.selected_article()?.id),
            ListId::Correctives | ListId::Samples | ListId::SampleItems | ListId::Callbacks => self.quality_record()?,
            _ => return None,
        };
        Some(self.open_detail(kind, id))
    }

    /// The selected record as `inc#52 title`: what `copy` puts on the clipboard.
    pub fn selected_reference(&self) -> Option<String> {
        use crate::tui::app::ListId;
        if let Some(Popup::Record(z)) = &self.popup {
            return Some(reference(z.kind, z.id));
        }
        let (kind, id, title) = match self.active() {
            ListId::Queue | ListId::Escalated | ListId::Duties => {
                let i = self.selected()?;
                (Kind::Incident, i.id, i.title.clone())
            }
            ListId::Changes => {
                let c = &self.selected_change()?.change;
                (Kind::Change, c.id, c.title.clone())
            }
            ListId::Runs | ListId::Items => {
                let r = &self.selected_run()?.run;
                (Kind::Run, r.id, format!("{} {}", r.kind.as_str(), r.period))
            }
            ListId::Outbox => {
                let m = &self.selected_message()?.message;
                (Kind::Message, m.id, m.subject.clone())
            }
            ListId::Requests => {
                let r = &self.selected_request()?.request;
                (Kind::Request, r.id, r.title.clone())
            }
            ListId::Support => {
                let f = &self.snap.support.get(self.views.cursor(ListId::Support).sel)?.form;
                (Kind::Support, f.id, f.project_name.clone())
            }
            ListId::Plans => {
                let p = &self.snap.plans.get(self.views.cursor(ListId::Plans).sel)?.plan;
                (Kind::Plan, p.id, p.name.clone())
            }
            ListId::Problems => {
                let p = &self.selected_problem()?.problem;
                (Kind::Problem, p.id, p.title.clone())
            }
            ListId::Articles => {
                let a = self.selected_article()?;
                (Kind::Article, a.id, a.title.clone())
            }
            ListId::Correctives | ListId::Samples | ListId::SampleItems | ListId::Callbacks => {
                let (kind, id) = self.quality_record()?;
                (kind, id, self.quality_title())
            }
            ListId::Removals | ListId::Training | ListId::Pages => return None,
        };
        Some(format!(
            "{} {}",
            reference(kind, id),
            crate::text::sanitize_line(&title)
        ))
    }

    /// Copy the selected record's reference and title (OSC 52).
    pub(super) fn copy_selected(&mut self) -> Vec<Effect> {
        match self.selected_reference() {
            Some(text) => {
                let r = text.split(' ').next().unwrap_or_default().to_string();
                self.say(self.s.f("msg.copied", &[("record", &r)]), false);
                vec![Effect::Copy(text)]
            }
            None => {
                self.say(self.s.t("msg.nothing_to_copy").to_string(), true);
                Vec::new()
            }
        }
    }

    /// The worker read a record: keep it when it is the one on screen.
    pub(super) fn take_record(&mut self, loaded: Loaded) {
        if let Some(Popup::Record(z)) = &mut self.popup
            && (z.kind, z.id) == (loaded.kind, loaded.id)
        {
            z.loaded = Some(Box::new(loaded));
        }
    }

    pub(super) fn zoom_key(&mut self, mut z: Box<Zoom>, key: KeyEvent) -> Vec<Effect> {
        let page = z.page.get().max(1);
        let max = z.max_scroll.get();
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let scroll = match key.code {
            KeyCode::Esc | KeyCode::Char('q') => {
                return vec![Effect::Request(Request::Record(None))];
            }
            KeyCode::Char('j') | KeyCode::Down => Some(z.scroll.saturating_add(1)),
            KeyCode::Char('k') | KeyCode::Up => Some(z.scroll.saturating_sub(1)),
            KeyCode::Char('d') if ctrl => Some(z.scroll.saturating_add(page / 2)),
            KeyCode::Char('u') if ctrl => Some(z.scroll.saturating_sub(page / 2)),
            KeyCode::PageDown | KeyCode::Char(' ') => Some(z.scroll.saturating_add(page)),
            KeyCode::PageUp => Some(z.scroll.saturating_sub(page)),
            KeyCode::Home | KeyCode::Char('g') => Some(0),
            KeyCode::End | KeyCode::Char('G') => Some(max),
            _ => None,
        };
        if let Some(to) = scroll {
            z.scroll = to.min(max);
            self.popup = Some(Popup::Record(z));
            return Vec::new();
        }
        let action = match self.keys.lookup(&[KeyPress::from_event(&key)]) {
            Lookup::Action(a) => Some(a),
            _ => None,
        };
        if action == Some(Action::Copy) {
            self.popup = Some(Popup::Record(z));
            return self.copy_selected();
        }
        // I10: a case from the incident shown (its form replaces the detail).
        if action == Some(Action::Case)
            && !self.setup.read_only
            && let Some(Full::Incident(d)) = z.full()
        {
            let d = d.clone();
            if self.case_from(&d) {
                return vec![Effect::Request(Request::Record(None))];
            }
        }
        // Reopen a closed incident from here (its form replaces the detail).
        let reopen = action == Some(Action::Reopen);
        if reopen && let Some(Full::Incident(d)) = z.full() {
            let inc = d.view.incident.clone();
            if self.setup.read_only {
                self.say(self.s.t("msg.read_only").to_string(), true);
            } else if matches!(
                inc.status,
                Status::Restored | Status::Resolved | Status::Verified | Status::Closed
            ) {
                self.popup = Some(Popup::Form(Box::new(Form::reopen(&self.s, &inc))));
                return vec![Effect::Request(Request::Record(None))];
            } else {
                self.say(self.s.t("msg.reopen_only_closed").to_string(), true);
            }
        }
        self.popup = Some(Popup::Record(z));
        Vec::new()
    }
}
