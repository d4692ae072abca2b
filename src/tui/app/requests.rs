//! Steps in the Requests view: a new request, the selected request's steps (each a form that
//! builds `ops::requests::Cmd`), and the removal of an account to remove.

use super::{App, Effect, ListId, Popup};
use crate::domain::request::RequestKind;
use crate::tui::action::Action;
use crate::tui::form::Form;
use crate::tui::layout::ViewKind;

impl App {
    pub(super) fn request_action(&mut self, action: Action) -> Vec<Effect> {
        if self.view != ViewKind::Requests {
            self.say(self.s.k("msg.only_in_requests"), true);
            return Vec::new();
        }
        let s = &self.s;
        if action == Action::New {
            let form = Form::new_request(s, RequestKind::Requirement, &self.setup.request_policy);
            self.popup = Some(Popup::Form(Box::new(form)));
            return Vec::new();
        }
        // The accounts to remove: removing one is their only step, and does its duty.
        if self.active() == ListId::Removals {
            let form = match (action, self.selected_removal()) {
                (Action::RemoveAccount | Action::DutyDone, Some(row)) => Form::remove_account(s, &row.account),
                (Action::RemoveAccount | Action::DutyDone, None) => {
                    self.say(self.s.t("msg.nothing_selected_account").to_string(), true);
                    return Vec::new();
                }
                _ => {
                    self.say(self.s.k("msg.removals_step"), true);
                    return Vec::new();
                }
            };
            self.popup = Some(Popup::Form(Box::new(form)));
            return Vec::new();
        }
        let key = match action {
            Action::RemoveAccount => Some("msg.remove_in_removals"),
            Action::DutyDone => Some("msg.request_duties_by_steps"),
            _ => None,
        };
        if let Some(key) = key {
            self.say(self.s.k(key), true);
            return Vec::new();
        }
        let Some(r) = self.current_request().map(|v| v.request.clone()) else {
            self.say(self.s.t("msg.nothing_selected_request").to_string(), true);
            return Vec::new();
        };
        // Steps of some sub-kinds only were refused before this, on the key (`App::refused_here`).
        let s = &self.s;
        let form = match action {
            Action::Accept => Form::accept_request(s, &r, &self.setup.me.login),
            Action::Approve => Form::approve(s, &r),
            Action::Decide => Form::decide(s, &r),
            Action::Escalate => Form::escalate(s, &r),
            Action::Pause => Form::pause(s, &r),
            Action::Resume => Form::resume(s, &r),
            Action::Evaluate => Form::evaluate(s, &r),
            Action::Deliver => Form::deliver(s, &r),
            Action::ConfirmRun => Form::confirm_request(s, &r),
            Action::Close => Form::close_request(s, &r),
            _ => return Vec::new(),
        };
        self.popup = Some(Popup::Form(Box::new(form)));
        Vec::new()
    }
}
