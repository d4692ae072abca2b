//! The Quality view (`i`, Q5-Q7): three sections, h and l stepping through them: corrective
//! notices (`n` issues one, `v` records the follow-up, `x` closes), samples (`n` draws one, `w`
//! moves into its items, `v` records the finding on the selected item) and callbacks (`c` or `v`
//! records the call). Each step opens the form that builds what the command line sends; the core
//! decides who may take it and refuses in its own words.

use super::{App, Cursor, Effect, ListId, Pane, Popup, QualitySection};
use crate::domain::kind::Kind;
use crate::domain::sample::{Finding, Item};
use crate::ops::console::knowledge::PAGE;
use crate::ops::console::quality::CallbackRow;
use crate::ops::quality::{correctives, samples};
use crate::tui::action::Action;
use crate::tui::form::{Form, last_month};
use crate::tui::layout::ViewKind;
use crate::tui::model::Request;

impl App {
    fn in_section(&self, section: QualitySection) -> bool {
        self.view == ViewKind::Quality && self.views.quality.section == section
    }

    /// The corrective notice the user is on.
    pub fn selected_corrective(&self) -> Option<&correctives::View> {
        (self.in_section(QualitySection::Correctives))
            .then(|| self.snap.quality.correctives.get(self.views.quality.correctives.sel))
            .flatten()
    }

    /// The sample the user is on (in its list or in its items).
    pub fn selected_sample(&self) -> Option<&samples::View> {
        (self.in_section(QualitySection::Samples))
            .then(|| self.snap.quality.samples.get(self.views.quality.samples.sel))
            .flatten()
    }

    /// The selected sample's item under the items' cursor.
    pub fn selected_item(&self) -> Option<&(Item, Option<Finding>)> {
        self.selected_sample()?.items.get(self.views.quality.items.sel)
    }

    /// The callback the user is on.
    pub fn selected_callback(&self) -> Option<&CallbackRow> {
        (self.in_section(QualitySection::Callbacks))
            .then(|| self.snap.quality.callbacks.get(self.views.quality.callbacks.sel))
            .flatten()
    }

    /// The record the selection is on, as the full-screen detail opens it.
    pub(super) fn quality_record(&self) -> Option<(Kind, i64)> {
        match self.views.quality.section {
            QualitySection::Correctives => Some((Kind::Corrective, self.selected_corrective()?.corrective.id)),
            QualitySection::Samples => Some((Kind::Sample, self.selected_sample()?.sample.id)),
            QualitySection::Callbacks => Some((Kind::Callback, self.selected_callback()?.view.callback.id)),
        }
    }

    /// What `copy` puts after the selected record's reference.
    pub(super) fn quality_title(&self) -> String {
        if let Some(v) = self.selected_corrective() {
            return format!("{} {}", v.dept_name, v.corrective.responsible);
        }
        if let Some(v) = self.selected_sample() {
            return format!("{} {}", v.sample.month, v.sample.kinds);
        }
        self.selected_callback()
            .map(|r| {
                let c = &r.view.callback;
                format!(
                    "{} {}",
                    crate::tui::widgets::reference(c.record_kind, c.record_id),
                    c.person
                )
            })
            .unwrap_or_default()
    }

    /// The selection moved: another record's detail starts at its top; another sample's items
    /// at its first.
    pub(super) fn quality_follow(&mut self) {
        let list = match self.active() {
            ListId::SampleItems => ListId::Samples,
            l => l,
        };
        let on = self.quality_record().map(|(_, id)| (list, id));
        let q = &mut self.views.quality;
        if q.on != on {
            if list == ListId::Samples && q.on.map(|(l, _)| l) == Some(ListId::Samples) {
                q.items = Cursor::default();
            }
            q.on = on;
            q.scroll = 0;
        }
    }

    /// Near the end of a list with more rows: a page more, read by key.
    pub(super) fn quality_more(&mut self, sel: usize, rows: usize) -> Vec<Effect> {
        if self.view != ViewKind::Quality {
            return Vec::new();
        }
        let lists = &self.snap.quality;
        let limits = &mut self.query.quality;
        let (more, len, limit) = match self.views.active(self.view) {
            ListId::Correctives => (lists.correctives_more, lists.correctives.len(), &mut limits.correctives),
            ListId::Samples => (lists.samples_more, lists.samples.len(), &mut limits.samples),
            ListId::Callbacks => (lists.callbacks_more, lists.callbacks.len(), &mut limits.callbacks),
            _ => return Vec::new(),
        };
        if more && sel + rows * 2 >= len && *limit <= len {
            *limit += PAGE;
            return vec![Effect::Request(Request::Query(self.query.clone()))];
        }
        Vec::new()
    }

    /// Whether `action` is one of the Quality view's own (its sections, its steps).
    pub(super) fn quality_step(&self, action: Action) -> bool {
        self.view == ViewKind::Quality
            && matches!(
                action,
                Action::FocusLeft
                    | Action::FocusRight
                    | Action::FocusNext
                    | Action::New
                    | Action::Verify
                    | Action::Contact
                    | Action::Close
            )
    }

    pub(super) fn quality_action(&mut self, action: Action) -> Vec<Effect> {
        let section = self.views.quality.section;
        match action {
            Action::FocusLeft | Action::FocusRight => {
                let all = QualitySection::ALL;
                let i = all.iter().position(|s| *s == section).unwrap_or(0);
                let next = if action == Action::FocusRight {
                    (i + 1) % all.len()
                } else {
                    (i + all.len() - 1) % all.len()
                };
                self.views.quality.section = all[next];
                self.views.quality.pane = Pane::List;
                return self.scrolled();
            }
            Action::FocusNext if section == QualitySection::Samples => {
                if self.selected_sample().is_none_or(|v| v.items.is_empty()) && self.views.quality.pane == Pane::List {
                    self.tell("quality_view.no_items");
                    return Vec::new();
                }
                let pane = &mut self.views.quality.pane;
                *pane = if *pane == Pane::List { Pane::Second } else { Pane::List };
                return self.scrolled();
            }
            Action::FocusNext => return self.quality_action(Action::FocusRight),
            _ => {}
        }
        let form = match (section, action) {
            (QualitySection::Correctives, Action::New) => Form::new_corrective(&self.s),
            (QualitySection::Samples, Action::New) => {
                Form::draw_sample(&self.s, &last_month(self.now, self.setup.zone))
            }
            (QualitySection::Correctives, Action::Verify | Action::Close) => {
                let Some(c) = self.selected_corrective().map(|v| v.corrective.clone()) else {
                    self.tell("quality_view.no_corrective");
                    return Vec::new();
                };
                if action == Action::Verify {
                    Form::follow_up_corrective(&self.s, &c)
                } else {
                    Form::close_corrective(&self.s, &c)
                }
            }
            (QualitySection::Samples, Action::Verify) => {
                let Some(id) = self.selected_sample().map(|v| v.sample.id) else {
                    self.tell("quality_view.no_sample");
                    return Vec::new();
                };
                match self.selected_item().cloned() {
                    Some((_, Some(f))) => {
                        let text = self.s.f(
                            "quality_view.reviewed_already",
                            &[("pos", &f.pos.to_string()), ("by", &f.reviewer)],
                        );
                        self.say(text, true);
                        return Vec::new();
                    }
                    Some((item, None)) => Form::finding(&self.s, id, &item),
                    None => {
                        self.tell("quality_view.no_items");
                        return Vec::new();
                    }
                }
            }
            (QualitySection::Callbacks, Action::Verify | Action::Contact) => {
                let Some(c) = self.selected_callback().map(|r| r.view.callback.clone()) else {
                    self.tell("quality_view.no_callback");
                    return Vec::new();
                };
                Form::record_call(&self.s, c.id, c.version)
            }
            (QualitySection::Callbacks, Action::New) => {
                self.tell("quality_view.callbacks_scheduled");
                return Vec::new();
            }
            (QualitySection::Samples, Action::Close) | (QualitySection::Callbacks, Action::Close) => {
                self.tell("quality_view.close_only_notices");
                return Vec::new();
            }
            _ => {
                self.tell("quality_view.not_here");
                return Vec::new();
            }
        };
        self.popup = Some(Popup::Form(Box::new(form)));
        Vec::new()
    }
}

/// A notice's countdown to its due date while its follow-up is owed: the time left, or how long
/// ago it was missed (true); none once followed up or closed.
pub fn countdown(
    s: &crate::tui::i18n::Strings,
    c: &crate::domain::corrective::Corrective,
    now: chrono::DateTime<chrono::Utc>,
) -> Option<(String, bool)> {
    use crate::tui::widgets::clock;
    if !c.awaits_follow_up() {
        return None;
    }
    Some(if c.due_at > now {
        (s.f("duty.due_in", &[("time", &clock(s, c.due_at - now))]), false)
    } else {
        (s.f("duty.missed_ago", &[("time", &clock(s, now - c.due_at))]), true)
    })
}
