//! Steps in the Problems view (P1: `n` opens a problem, `p` plans the fix as a change, `x` closes) and the Knowledge
//! view (K1: `n` writes an article, `v` reviews, `u` publishes, `e` updates, `x` retires), and
//! `W` on an incident: a case drafted from it (I10). Each builds the step the command line takes;
//! the core checks who may take it and refuses in its own words.

use super::{App, Confirm, Effect, Popup};
use crate::domain::article::Article;
use crate::domain::kind::Kind;
use crate::ops::console::Detail;
use crate::ops::problems::View as ProblemView;
use crate::ops::{articles, problems};
use crate::tui::action::Action;
use crate::tui::form::Form;
use crate::tui::layout::ViewKind;
use crate::tui::model::{Command, Said};
use crate::tui::widgets::reference;

impl App {
    /// The problem the user is on, in the Problems view.
    pub fn selected_problem(&self) -> Option<&ProblemView> {
        (self.view == ViewKind::Problems)
            .then(|| self.snap.keyed.problems.get(self.views.problems.list.sel))
            .flatten()
    }

    /// The article the user is on, in the Knowledge view.
    pub fn selected_article(&self) -> Option<&Article> {
        (self.view == ViewKind::Knowledge)
            .then(|| self.snap.keyed.articles.get(self.views.knowledge.list.sel))
            .flatten()
    }

    /// Whether `action` is a step of the view on screen's records (Problems, Knowledge).
    pub(super) fn keyed_step(&self, action: Action) -> bool {
        match self.view {
            ViewKind::Problems => matches!(action, Action::New | Action::PlanChange | Action::Close),
            ViewKind::Knowledge => matches!(
                action,
                Action::New | Action::Verify | Action::Submit | Action::EditMessage | Action::Close
            ),
            _ => false,
        }
    }

    pub(super) fn keyed_action(&mut self, action: Action) -> Vec<Effect> {
        if self.view == ViewKind::Knowledge && action == Action::New {
            self.popup = Some(Popup::Form(Box::new(Form::new_article(&self.s, None))));
            return Vec::new();
        }
        if self.view == ViewKind::Problems && action == Action::New {
            self.popup = Some(Popup::Form(Box::new(Form::new_problem(&self.s))));
            return Vec::new();
        }
        if self.view == ViewKind::Problems {
            let Some(p) = self.selected_problem().map(|v| v.problem.clone()) else {
                self.tell("kb.no_problem_selected");
                return Vec::new();
            };
            let form = if action == Action::PlanChange {
                Form::plan_problem(&self.s, &p)
            } else {
                Form::close_problem(&self.s, &p)
            };
            self.popup = Some(Popup::Form(Box::new(form)));
            return Vec::new();
        }
        let Some(a) = self.selected_article().cloned() else {
            self.tell("kb.no_article_selected");
            return Vec::new();
        };
        let (key, cmd) = match action {
            Action::EditMessage => {
                self.popup = Some(Popup::Form(Box::new(Form::update_article(&self.s, &a))));
                return Vec::new();
            }
            Action::Verify => ("kb.confirm_review", articles::Cmd::Review),
            Action::Submit => ("kb.confirm_publish", articles::Cmd::Publish),
            _ => ("kb.confirm_retire", articles::Cmd::Retire),
        };
        let text = self.s.f(
            key,
            &[
                ("record", &reference(Kind::Article, a.id)),
                ("title", &crate::text::sanitize_line(&a.title)),
                ("author", &a.author),
            ],
        );
        let cmd = Command::Article {
            id: a.id,
            version: a.version,
            cmd,
        };
        self.popup = Some(Popup::Confirm(Box::new(Confirm { text, cmd })));
        Vec::new()
    }

    /// `W` on an incident: a case analysis drafted from its description, cause and handling (the
    /// history its detail shows), in the new article's form; the core's refusal when it is not
    /// resolved yet.
    pub(super) fn case_action(&mut self) -> Vec<Effect> {
        if !matches!(self.view, ViewKind::Incidents | ViewKind::Escalations) {
            self.say(self.s.k("msg.only_for_incidents"), true);
            return Vec::new();
        }
        if self.selected().is_none() {
            self.say(self.s.t("msg.nothing_selected").to_string(), true);
            return Vec::new();
        }
        let Some(d) = self.incident_detail() else {
            self.say(self.s.t("kb.detail_loading").to_string(), true);
            return Vec::new();
        };
        let d = d.clone();
        self.case_from(&d);
        Vec::new()
    }

    /// The new article's form filled in from incident detail `d` (true), or the core's refusal
    /// on the status line (false).
    pub(super) fn case_from(&mut self, d: &Detail) -> bool {
        let handling = articles::handling(&d.view.history, self.setup.zone);
        match Article::case_from(&d.view.incident, &handling) {
            Ok(draft) => {
                self.popup = Some(Popup::Form(Box::new(Form::new_article(&self.s, Some(&draft)))));
                true
            }
            Err(e) => {
                let said = self.s.said(&Said::from(&e));
                self.say(said, true);
                false
            }
        }
    }
}

/// A problem's fix as its row shows it: `chg#12 (closed)`, or nothing.
pub fn fix_text(s: &crate::tui::i18n::Strings, v: &problems::View) -> String {
    match &v.change {
        Some((id, _, status)) => format!(
            "{} {}",
            reference(Kind::Change, *id),
            s.get(&format!("change_status.{status}")).unwrap_or(status)
        ),
        None => "-".to_string(),
    }
}
