//! Steps on the selected incident: the forms and confirmations they open.

use super::{App, Confirm, Effect, Popup};
use crate::ops::incidents::Cmd;
use crate::tui::action::Action;
use crate::tui::form::Form;
use crate::tui::model::Command;

impl App {
    pub(super) fn incident_action(&mut self, action: Action) -> Vec<Effect> {
        use crate::tui::layout::ViewKind;
        if matches!(self.view, ViewKind::Changes | ViewKind::Requests) {
            self.say(self.s.k("msg.only_for_incidents"), true);
            return Vec::new();
        }
        let Some(inc) = self.current() else {
            self.say(self.s.t("msg.nothing_selected").to_string(), true);
            return Vec::new();
        };
        let s = &self.s;
        let (id, version) = (inc.id, inc.version);
        let form = match action {
            Action::Accept => {
                let cmd = Command::Incident {
                    id,
                    version,
                    cmd: Cmd::Accept { to: None, at: None },
                };
                return match &inc.owner {
                    Some(o) if *o != self.setup.me.login => {
                        let text = s.f("confirm.take_over", &[("id", &id.to_string()), ("owner", o)]);
                        self.popup = Some(Popup::Confirm(Box::new(Confirm { text, cmd })));
                        Vec::new()
                    }
                    _ => self.send(cmd),
                };
            }
            Action::Close => {
                let text = s.f("confirm.close", &[("id", &id.to_string())]);
                let cmd = Command::Incident {
                    id,
                    version,
                    cmd: Cmd::Close { at: self.now },
                };
                self.popup = Some(Popup::Confirm(Box::new(Confirm { text, cmd })));
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
}
